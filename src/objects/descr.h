/* Descriptors (descr.c): what a class dict holds for builtin methods and
 * attributes, and the decorators that change how a function binds.
 *   method_descriptor   a method_def of a builtin type: list.append
 *   classmethod_descriptor  a METH_CLASS method_def: dict.fromkeys
 *   getset_descriptor   a getset_def: type.__name__, a class's __dict__
 *   member_descriptor   a __slots__ entry: a value at a fixed offset
 *   wrapper_descriptor  a "slot wrapper" (int.__add__): see typeslots.c
 *   classmethod, staticmethod, property  the Python-level decorators */
#ifndef TAIPAN_DESCR_H
#define TAIPAN_DESCR_H
#include "object.h"
#include "instance.h"

extern type_object method_descr_type, classmethod_descr_type, getset_descr_type,
    member_descr_type, classmethod_type, staticmethod_type, property_type;

typedef struct method_descr {
    object hdr;
    type_object *objtype;      /* the type that defines it */
    const method_def *def;
} method_descr;

typedef struct getset_descr {
    object hdr;
    type_object *objtype;
    const getset_def *def;
} getset_descr;

typedef struct member_descr {
    object hdr;
    type_object *objtype;
    value name;                /* str */
    size_t offset;             /* byte offset of the value in the instance */
} member_descr;

typedef struct funcwrap_object {  /* classmethod / staticmethod */
    object hdr;
    value func;
    inst_attrs attrs;          /* __dict__: __name__, __doc__, ... copied from func */
} funcwrap_object;

typedef struct property_object {
    object hdr;
    value fget, fset, fdel, doc;   /* V_NONE when absent */
    value name;                    /* from __set_name__, or V_NULL */
} property_object;

TP_MUST_CHECK value method_descr_new(type_object *t, const method_def *def);
TP_MUST_CHECK value getset_descr_new(type_object *t, const getset_def *def);
TP_MUST_CHECK value member_descr_new(type_object *t, value name, size_t offset);
TP_MUST_CHECK value classmethod_new(value func);
TP_MUST_CHECK value staticmethod_new(value func);

#endif
