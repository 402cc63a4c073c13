/* The thread state and the raising side of exceptions (exc.h): formatting
 * a message the way PyErr_Format does, instantiating and setting the
 * current exception (with implicit chaining: an exception raised while
 * another is being handled gets it as __context__, as CPython's
 * _PyErr_SetObject does), MemoryError without allocating, matching,
 * fetch/restore, and the C-level recursion guard. The exception classes
 * themselves live in src/objects/exceptions.c, the printer in traceback.c. */
#include "exc.h"
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include "../objects/exceptions.h"
#include "../objects/str.h"

/* The main thread's state; other threads get their own when threads exist. */
static thread_state main_thread_state = {
    .recursion_limit = 1000,
};
__thread thread_state *ts_current = &main_thread_state;

/* -- Message formatting ---------------------------------------------------- */

/* Appends the UTF-8 encoding of code point c. */
static void add_codepoint(str_builder *b, unsigned c)
{
    char buf[4];
    size_t n;
    if (c < 0x80) {
        buf[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    sb_str_add(b, buf, n);
}

/* Appends at most `prec` code points of s (prec < 0: all of it), as
 * PyUnicode_FromFormat's "%.200s" does. */
static void add_utf8_prec(str_builder *b, const char *s, size_t n, long prec)
{
    if (prec >= 0) {
        size_t i = 0;
        long chars = 0;
        while (i < n && chars < prec) {
            i++;
            while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
                i++;
            chars++;
        }
        n = i;
    }
    sb_str_add(b, s, n);
}

/* %R / %S: the repr or str of a value; false when that failed (its
 * exception is then the current one, as with CPython's PyErr_Format). */
static bool add_object(str_builder *b, value v, bool use_repr, long prec)
{
    value s = use_repr ? obj_repr(v) : obj_str(v);
    if (!s)
        return false;
    add_utf8_prec(b, str_data(s), str_size(s), prec);
    return true;
}

value exc_format_va(const char *fmt, va_list ap)
{
    str_builder b;
    sb_str_init(&b);
    const char *p = fmt;
    while (*p) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            sb_str_add(&b, p, strlen(p));
            break;
        }
        sb_str_add(&b, p, (size_t)(pct - p));
        p = pct + 1;
        /* flags and width are accepted for numbers; precision for strings */
        char spec[32] = "%";
        size_t sl = 1;
        long prec = -1;
        while (*p && strchr("-+ #0123456789", *p) && sl < 16)
            spec[sl++] = *p++;
        if (*p == '.') {
            p++;
            prec = 0;
            while (*p >= '0' && *p <= '9')
                prec = prec * 10 + (*p++ - '0');
        }
        int lng = 0, sz = 0;
        while (*p == 'l') {
            lng++;
            p++;
        }
        if (*p == 'z') {
            sz = 1;
            p++;
        }
        char conv = *p ? *p++ : 0;
        char num[64];
        switch (conv) {
        case '%':
            sb_str_add(&b, "%", 1);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            add_utf8_prec(&b, s, strlen(s), prec);
            break;
        }
        case 'c':
            add_codepoint(&b, (unsigned)va_arg(ap, int));
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            bool is_signed = conv == 'd' || conv == 'i';
            const char *len = sz ? "z" : lng >= 2 ? "ll" : lng == 1 ? "l" : "";
            snprintf(spec + sl, sizeof spec - sl, "%s%c", len, conv);
            if (sz)
                snprintf(num, sizeof num, spec, is_signed ? (size_t)va_arg(ap, ptrdiff_t) : va_arg(ap, size_t));
            else if (lng >= 2)
                snprintf(num, sizeof num, spec, va_arg(ap, long long));
            else if (lng == 1)
                snprintf(num, sizeof num, spec, va_arg(ap, long));
            else
                snprintf(num, sizeof num, spec, va_arg(ap, int));
            sb_str_add(&b, num, strlen(num));
            break;
        }
        case 'p':
            snprintf(num, sizeof num, "%p", va_arg(ap, void *));
            sb_str_add(&b, num, strlen(num));
            break;
        case 'R':
        case 'S':
            if (!add_object(&b, va_arg(ap, value), conv == 'R', prec)) {
                sb_str_abandon(&b);
                return V_NULL;
            }
            break;
        case 'U': {   /* a str value, as is */
            value s = va_arg(ap, value);
            add_utf8_prec(&b, str_data(s), str_size(s), prec);
            break;
        }
        case 'N': {   /* a type object's name */
            value t = va_arg(ap, value);
            const char *name = ((type_object *)v_obj(t))->name;
            add_utf8_prec(&b, name, strlen(name), prec);
            break;
        }
        case 'V': {   /* the name of a value's type */
            const char *name = v_type_name(va_arg(ap, value));
            add_utf8_prec(&b, name, strlen(name), prec);
            break;
        }
        default:      /* unknown: copied as written, as CPython does */
            sb_str_add(&b, pct, (size_t)(p - pct));
            break;
        }
    }
    return sb_str_finish(&b);
}

value exc_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    value s = exc_format_va(fmt, ap);
    va_end(ap);
    return s;
}

/* -- Setting the current exception ---------------------------------------- */

/* Implicit chaining: while `handled` is being handled, a newly raised exc
 * gets it as __context__. A cycle (exc already in handled's context
 * chain) is cut there, as CPython cuts it. */
static void chain_context(value exc)
{
    value handled = exc_handled();
    if (!handled || handled == exc || !v_is_exc(handled) || !v_is_exc(exc))
        return;
    value o = handled;
    while (o) {
        value ctx = v_exc(o)->context;
        if (ctx == exc) {
            v_exc(o)->context = V_NULL;
            break;
        }
        o = ctx && v_is_exc(ctx) ? ctx : V_NULL;
    }
    exc_set_context(exc, handled);
}

/* Sets exc (an exception instance) as the current exception. */
static value set_current(value exc)
{
    chain_context(exc);
    ts_current->exc = exc;
    return V_NULL;
}

value exc_raise_va(type_object *type, const char *fmt, va_list ap)
{
    value msg = exc_format_va(fmt, ap);
    if (!msg)
        return V_NULL;   /* the formatting error (a failing repr) is raised instead */
    value exc = exc_new(type, 1, &msg);
    if (!exc)
        return V_NULL;
    return set_current(exc);
}

value exc_raise(type_object *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    exc_raise_va(type, fmt, ap);
    va_end(ap);
    return V_NULL;
}

value exc_raise_value(value exc)
{
    if (v_is_exc(exc))
        return set_current(exc);
    if (exc && v_isinstance(exc, &type_type)
        && (((type_object *)v_obj(exc))->flags & TYPE_EXC_SUBCLASS)) {
        value inst = obj_call0(exc);
        if (!inst)
            return V_NULL;
        if (!v_is_exc(inst))
            return exc_raise(&exc_TypeError,
                             "calling %R should have returned an instance of BaseException, not %s",
                             exc, v_type_name(inst));
        return set_current(inst);
    }
    return exc_raise(&exc_TypeError, "exceptions must derive from BaseException");
}

value exc_no_memory(void)
{
    value exc = exc_memory_error_instance();
    if (!exc) {
        /* before exceptions_ready: nothing to raise yet */
        fputs("Fatal Python error: out of memory during start-up\n", stderr);
        return V_NULL;
    }
    /* the shared instance must not carry a stale traceback or chain */
    v_exc(exc)->traceback = V_NULL;
    v_exc(exc)->context = V_NULL;
    v_exc(exc)->cause = V_NULL;
    ts_current->exc = exc;
    return V_NULL;
}

bool exc_matches(type_object *type)
{
    value e = ts_current->exc;
    return e && v_isinstance(e, type);
}

value exc_fetch(void)
{
    value e = ts_current->exc;
    ts_current->exc = V_NULL;
    return e;
}

void exc_restore(value exc)
{
    ts_current->exc = exc;
}

/* -- Recursion guard -------------------------------------------------------- */

/* CPython 3.11 counts C and Python recursion against one limit; so does
 * this guard (Python depth plus C depth). The hard cap keeps the C stack
 * safe when a program raises the limit very high. */
enum { C_RECURSION_HARD_LIMIT = 20000 };

bool exc_enter_recursive(const char *where)
{
    thread_state *t = ts_current;
    t->c_depth++;
    if (t->c_depth + t->recursion_depth <= t->recursion_limit && t->c_depth <= C_RECURSION_HARD_LIMIT)
        return true;
    t->c_depth--;
    if (!where)
        where = "";
    exc_raise(&exc_RecursionError, "maximum recursion depth exceeded%s%s",
              where[0] && where[0] != ' ' ? " " : "", where);
    return false;
}
