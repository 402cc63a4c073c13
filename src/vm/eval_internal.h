/* Helpers of the eval loop that live outside eval.c, by concern:
 * eval_match.c (the match statement's run-time tests) and eval_async.c
 * (await, async for, async with). Each returns V_NULL with an exception
 * on error, as everywhere. */
#ifndef TAIPAN_EVAL_INTERNAL_H
#define TAIPAN_EVAL_INTERNAL_H
#include "../objects/object.h"

/* MATCH_SEQUENCE / MATCH_MAPPING: is the subject a sequence / mapping
 * for patterns (str, bytes and bytearray are not sequences here)? */
bool eval_match_sequence(value subject);
bool eval_match_mapping(value subject);
/* MATCH_KEYS: a tuple of subject[key] for each key of the tuple `keys`,
 * read through subject.get; V_NONE when a key is missing. */
TP_MUST_CHECK value eval_match_keys(value subject, value keys);
/* MATCH_CLASS: the tuple of nargs positional (via __match_args__) then
 * keyword (names in the tuple kwnames) attributes, or V_NONE (no match). */
TP_MUST_CHECK value eval_match_class(value subject, value cls, int nargs, value kwnames);

/* GET_AWAITABLE: the iterator an `await v` delegates to; `where` 1 / 2
 * says v came from __aenter__ / __aexit__ (for the error message). */
TP_MUST_CHECK value eval_get_awaitable(value v, int where);
/* GET_AITER: aiter(v); GET_ANEXT: the awaitable of anext(aiter). */
TP_MUST_CHECK value eval_get_aiter(value v);
TP_MUST_CHECK value eval_get_anext(value aiter);
/* BEFORE_ASYNC_WITH: sets *exit_out to mgr.__aexit__ and returns what
 * mgr.__aenter__() returned (to be awaited). */
TP_MUST_CHECK value eval_before_async_with(value mgr, value *exit_out);

#endif
