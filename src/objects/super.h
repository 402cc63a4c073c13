/* super (super.c): super(type, obj) / super(type, type2) proxies that look
 * attributes up along type(obj)'s MRO after `type`. Zero-argument super()
 * needs the running frame, which the VM owns: it sets super_zero_args_hook
 * to a function that finds the __class__ cell and the first argument of the
 * calling function (returning -1 with RuntimeError "super(): no arguments"
 * etc. when it cannot). */
#ifndef TAIPAN_SUPER_H
#define TAIPAN_SUPER_H
#include "object.h"

extern type_object super_type;
extern int (*super_zero_args_hook)(value *type, value *obj);

/* super(type, obj) made directly. */
TP_MUST_CHECK value super_new(value type, value obj);

#endif
