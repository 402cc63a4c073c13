/* dict: compact and insertion-ordered (an index table over an entries
 * array), with a fast path for str keys (pointer compare for interned
 * names, cached hashes). A version number changes whenever a key is
 * added or removed or the entries move, not when a value is replaced, so
 * a global look-up can cache the position of a name's entry (DESIGN.md:
 * "global load by dict version"). Mutation during iteration raises RuntimeError as CPython. */
#ifndef TAIPAN_DICT_H
#define TAIPAN_DICT_H
#include "object.h"

typedef struct dict_entry {
    int64_t hash;
    value key;      /* V_NULL: a deleted entry */
    value val;
} dict_entry;

typedef struct dict_object {
    object hdr;
    size_t len;           /* live entries */
    size_t nentries;      /* used slots of entries (live + deleted) */
    size_t cap;           /* capacity of entries */
    size_t mask;          /* index table size - 1 */
    void *index;          /* index table (int8/16/32/64 by size) */
    dict_entry *entries;
    uint64_t version;
} dict_object;

static inline bool v_is_dict(value v) { return v_is_ptr(v) && v_obj(v)->type == &dict_type; }
static inline dict_object *v_dict(value v) { return (dict_object *)v_obj(v); }
static inline size_t dict_len(value d) { return v_dict(d)->len; }
TP_MUST_CHECK value dict_new(void);
/* Look-up: the value, or V_NULL with no exception when absent, or V_NULL
 * with an exception when hashing/comparing failed. */
TP_MUST_CHECK value dict_get(value d, value key);
value dict_get_str(value d, value key);        /* key: a str; cannot fail */
value dict_get_cstr(value d, const char *key); /* cannot fail (V_NULL: absent) */
TP_MUST_CHECK int dict_set(value d, value key, value v);
TP_MUST_CHECK int dict_set_cstr(value d, const char *key, value v);
/* 1 deleted, 0 absent (no exception), -1 error. */
TP_MUST_CHECK int dict_del(value d, value key);
/* Iteration: start with *pos = 0; returns 0 at the end. */
int dict_next(value d, size_t *pos, value *key, value *val);
TP_MUST_CHECK value dict_copy(value d);
TP_MUST_CHECK int dict_update(value d, value other);   /* dict.update(other) */
TP_MUST_CHECK int dict_update_mapping(value d, value other);   /* {**other}: keys() only */

/* dict.clear() */
void dict_clear(value d);
/* A new empty dict of type (dict or a subclass). */
TP_MUST_CHECK value dict_new_of_type(type_object *type);
/* f(**a, **b): update d from the mapping `other`, but a key already in d
 * returns -2 with *dup set to it and no exception, so the VM can word its
 * message ("got multiple values for keyword argument 'x'"). */
TP_MUST_CHECK int dict_merge_nodup(value d, value other, value *dup);
/* The hash dict uses for key (str: cached, never fails). */
TP_MUST_CHECK int dict_hash_key(value key, int64_t *hash);
/* Look-up and insertion with a known hash. */
TP_MUST_CHECK value dict_get_hashed(value d, value key, int64_t hash);
TP_MUST_CHECK int dict_set_hashed(value d, value key, int64_t hash, value v);
/* 1 removed (*old set if non-NULL), 0 absent, -1 error. */
TP_MUST_CHECK int dict_pop_hashed(value d, value key, int64_t hash, value *old);
extern type_object dict_keys_type, dict_values_type, dict_items_type;
extern type_object dict_keyiterator_type, dict_valueiterator_type, dict_itemiterator_type;
extern type_object dict_reversekeyiterator_type, dict_reversevalueiterator_type,
    dict_reverseitemiterator_type;

#endif
