/* The `time` module: the clocks (time, monotonic, perf_counter,
 * process_time, thread_time and their _ns forms, clock_gettime...),
 * sleep, the conversions between timestamps and struct_time (gmtime,
 * localtime, mktime), asctime/ctime/strftime, strptime (which, as in
 * CPython, is the pure-Python _strptime module's), and the time zone
 * constants, computed as CPython does on Linux from the local times of
 * January and July. struct_time is a struct sequence of nine items with
 * the hidden fields tm_zone and tm_gmtoff. Argument checks and messages
 * follow CPython 3.11's: timestamps become time_t by flooring, a time
 * tuple becomes a struct tm with CPython's range checks. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "modules.h"
#include "posixmodule.h"
#include "timemodule.h"
#include "../gc/gc.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/namespace.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "../vm/gil.h"
#include "../vm/import.h"
#include "../vm/interrupt.h"

static type_object struct_time_type = { .name = "time.struct_time" };

#define NS_PER_SEC 1000000000LL

/* -- Argument helpers ----------------------------------------------------------- */

/* CPython's PyArg_ParseTuple wording for a count of positional arguments. */
static int tm_count(const char *fn, int argc, int min, int max)
{
    if (argc >= min && argc <= max)
        return 0;
    const char *how = min == max ? "exactly" : argc < min ? "at least" : "at most";
    int n = argc < min ? min : max;
    exc_raise(&exc_TypeError, "%s() takes %s %d argument%s (%d given)", fn, how, n, n == 1 ? "" : "s", argc);
    return -1;
}

static int tm_no_kw(const char *fn, value kwnames)
{
    if (kwnames && tuple_len(kwnames) > 0) {
        exc_raise(&exc_TypeError, "%s() takes no keyword arguments", fn);
        return -1;
    }
    return 0;
}

/* An int argument for a C int ('i' format): __index__, range checked. */
static int tm_int(value v, int *out)
{
    if (v_is_float(v)) {
        exc_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    value i = obj_index(v);
    int64_t x;
    if (!i || int_as_i64(i, &x) < 0)
        return -1;
    if (x > INT_MAX || x < INT_MIN) {
        exc_raise(&exc_OverflowError, "signed integer is %s", x > INT_MAX ? "greater than maximum" : "less than minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int time_t_overflow(void)
{
    exc_raise(&exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* A timestamp as time_t, rounded towards minus infinity. */
static int to_time_t(value v, time_t *out)
{
    if (v_is_float(v)) {
        double d = v_float(v);
        if (isnan(d)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return time_t_overflow();
        *out = (time_t)d;
        return 0;
    }
    value i = obj_index(v);
    int64_t x;
    if (!i)
        return -1;
    if (int_as_i64(i, &x) < 0) {
        exc_clear();
        return time_t_overflow();
    }
    *out = (time_t)x;
    return 0;
}

/* -- Clocks ------------------------------------------------------------------- */

static int read_clock(clockid_t clk, int64_t *ns)
{
    struct timespec t;
    if (clock_gettime(clk, &t) < 0) {
        raise_os(errno, V_NULL);
        return -1;
    }
    *ns = (int64_t)t.tv_sec * NS_PER_SEC + t.tv_nsec;
    return 0;
}

/* Seconds as a float: exact when whole, else the nearest double to ns / 1e9. */
static value ns_to_float(int64_t ns)
{
    if (ns % NS_PER_SEC == 0)
        return float_new((double)(ns / NS_PER_SEC));
    return float_new((double)ns / 1e9);
}

static value clock_float(clockid_t clk)
{
    int64_t ns;
    return read_clock(clk, &ns) < 0 ? V_NULL : ns_to_float(ns);
}

static value clock_ns(clockid_t clk)
{
    int64_t ns;
    return read_clock(clk, &ns) < 0 ? V_NULL : int_from_i64(ns);
}

static value tm_time(value self, int argc, const value *argv, value kw) { return clock_float(CLOCK_REALTIME); }
static value tm_time_ns(value self, int argc, const value *argv, value kw) { return clock_ns(CLOCK_REALTIME); }
static value tm_monotonic(value self, int argc, const value *argv, value kw) { return clock_float(CLOCK_MONOTONIC); }
static value tm_monotonic_ns(value self, int argc, const value *argv, value kw) { return clock_ns(CLOCK_MONOTONIC); }
static value tm_process_time(value self, int argc, const value *argv, value kw) { return clock_float(CLOCK_PROCESS_CPUTIME_ID); }
static value tm_process_time_ns(value self, int argc, const value *argv, value kw) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }
static value tm_thread_time(value self, int argc, const value *argv, value kw) { return clock_float(CLOCK_THREAD_CPUTIME_ID); }
static value tm_thread_time_ns(value self, int argc, const value *argv, value kw) { return clock_ns(CLOCK_THREAD_CPUTIME_ID); }

static int clk_arg(const char *fn, int argc, const value *argv, int nargs, clockid_t *clk)
{
    int id;
    if (tm_count(fn, argc, nargs, nargs) < 0 || tm_int(argv[0], &id) < 0)
        return -1;
    *clk = (clockid_t)id;
    return 0;
}

static value tm_clock_gettime(value self, int argc, const value *argv, value kw)
{
    clockid_t clk;
    return clk_arg("clock_gettime", argc, argv, 1, &clk) < 0 ? V_NULL : clock_float(clk);
}

static value tm_clock_gettime_ns(value self, int argc, const value *argv, value kw)
{
    clockid_t clk;
    return clk_arg("clock_gettime_ns", argc, argv, 1, &clk) < 0 ? V_NULL : clock_ns(clk);
}

static value tm_clock_getres(value self, int argc, const value *argv, value kw)
{
    clockid_t clk;
    struct timespec t;
    if (clk_arg("clock_getres", argc, argv, 1, &clk) < 0)
        return V_NULL;
    if (clock_getres(clk, &t) < 0)
        return raise_os(errno, V_NULL);
    return float_new((double)t.tv_sec + t.tv_nsec * 1e-9);
}

static value do_settime(clockid_t clk, int64_t ns)
{
    struct timespec t = { .tv_sec = ns / NS_PER_SEC, .tv_nsec = ns % NS_PER_SEC };
    if (t.tv_nsec < 0) {
        t.tv_sec--;
        t.tv_nsec += NS_PER_SEC;
    }
    if (clock_settime(clk, &t) < 0)
        return raise_os(errno, V_NULL);
    return V_NONE;
}

static value tm_clock_settime(value self, int argc, const value *argv, value kw)
{
    clockid_t clk;
    double d;
    if (clk_arg("clock_settime", argc, argv, 2, &clk) < 0 || obj_as_double(argv[1], &d) < 0)
        return V_NULL;
    if (isnan(d))
        return exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
    if (!(fabs(d * 1e9) < 9.2e18))
        return exc_raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return do_settime(clk, (int64_t)(d * 1e9));
}

static value tm_clock_settime_ns(value self, int argc, const value *argv, value kw)
{
    clockid_t clk;
    int64_t ns;
    if (clk_arg("clock_settime_ns", argc, argv, 2, &clk) < 0)
        return V_NULL;
    value i = obj_index(argv[1]);
    if (!i || int_as_i64(i, &ns) < 0)
        return V_NULL;
    return do_settime(clk, ns);
}

static value tm_pthread_getcpuclockid(value self, int argc, const value *argv, value kw)
{
    if (tm_count("pthread_getcpuclockid", argc, 1, 1) < 0)
        return V_NULL;
    value i = obj_index(argv[0]);
    int64_t id;
    if (!i || int_as_i64(i, &id) < 0)
        return V_NULL;
    clockid_t clk;
    int err = pthread_getcpuclockid((pthread_t)id, &clk);
    if (err)
        return raise_os(err, V_NULL);
    return int_from_i64(clk);
}

/* get_clock_info(name): the implementation and properties of a clock. */
static value tm_get_clock_info(value self, int argc, const value *argv, value kw)
{
    if (tm_count("get_clock_info", argc, 1, 1) < 0)
        return V_NULL;
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "get_clock_info() argument 1 must be str, not %s", v_type_name(argv[0]));
    static const struct { const char *name, *impl; clockid_t clk; bool monotonic, adjustable; } clocks[] = {
        { "time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true },
        { "monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
        { "perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
        { "process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true, false },
        { "thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true, false },
    };
    for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++) {
        if (!str_eq_cstr(argv[0], clocks[i].name))
            continue;
        struct timespec res;
        double r = clock_getres(clocks[i].clk, &res) == 0 ? (double)res.tv_sec + res.tv_nsec * 1e-9 : 1e-9;
        value d = dict_new(), impl = str_from_cstr(clocks[i].impl), rv = float_new(r);
        if (!d || !impl || !rv || dict_set_cstr(d, "implementation", impl) < 0 ||
            dict_set_cstr(d, "monotonic", v_bool(clocks[i].monotonic)) < 0 ||
            dict_set_cstr(d, "adjustable", v_bool(clocks[i].adjustable)) < 0 ||
            dict_set_cstr(d, "resolution", rv) < 0)
            return V_NULL;
        return namespace_new(d);
    }
    return exc_raise(&exc_ValueError, "unknown clock");
}

/* -- sleep -------------------------------------------------------------------- */

int time_obj_to_ns(value v, int64_t unit, int64_t *out)
{
    if (v_is_float(v)) {
        double d = v_float(v);
        if (isnan(d)) {
            exc_raise(&exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = d >= 0 ? ceil(d * (double)unit) : floor(d * (double)unit);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0))
            return time_t_overflow();
        *out = (int64_t)d;
        return 0;
    }
    value i = obj_index(v);
    int64_t s;
    if (!i)
        return -1;
    if (int_as_i64(i, &s) < 0 || s > INT64_MAX / unit || s < INT64_MIN / unit) {
        exc_clear();
        exc_raise(&exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = s * unit;
    return 0;
}

/* Sleeps until a deadline on the monotonic clock; a signal wakes it to
 * run the Python handlers (a KeyboardInterrupt ends the sleep), then it
 * sleeps on. */
static value tm_sleep(value self, int argc, const value *argv, value kw)
{
    int64_t ns, now;
    if (time_obj_to_ns(argv[0], NS_PER_SEC, &ns) < 0)
        return V_NULL;
    if (ns < 0)
        return exc_raise(&exc_ValueError, "sleep length must be non-negative");
    if (read_clock(CLOCK_MONOTONIC, &now) < 0)
        return V_NULL;
    int64_t end = now > INT64_MAX - ns ? INT64_MAX : now + ns;
    struct timespec deadline = { .tv_sec = end / NS_PER_SEC, .tv_nsec = end % NS_PER_SEC };
    for (;;) {
        GIL_BLOCKING_BEGIN();   /* other threads run meanwhile (gil.h) */
        int err = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL);
        GIL_BLOCKING_END();
        if (err == 0)
            return V_NONE;
        if (err != EINTR)
            return raise_os(err, V_NULL);
        if (interrupt_pending && interrupt_check() < 0)
            return V_NULL;
    }
}

/* -- struct_time and struct tm --------------------------------------------------- */

static value make_struct_time(const struct tm *t)
{
    value items[11] = {
        int_from_i64((int64_t)t->tm_year + 1900), v_small(t->tm_mon + 1), v_small(t->tm_mday),
        v_small(t->tm_hour), v_small(t->tm_min), v_small(t->tm_sec), v_small((t->tm_wday + 6) % 7),
        v_small(t->tm_yday + 1), v_small(t->tm_isdst),
        t->tm_zone ? str_from_cstr(t->tm_zone) : V_NONE, int_from_i64(t->tm_gmtoff),
    };
    for (int i = 0; i < 11; i++)
        if (!items[i])
            return V_NULL;
    return structseq_new(&struct_time_type, items);
}

/* gettmarg: a time tuple or struct_time as a struct tm (tm_zone, when
 * set, points into a str the caller's stack keeps alive: *keep). */
static int to_tm(value v, struct tm *t, const char *illegal, value *keep)
{
    memset(t, 0, sizeof *t);
    if (!v_isinstance(v, &tuple_type)) {
        exc_raise(&exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (tuple_len(v) != 9) {
        exc_raise(&exc_TypeError, "%s", illegal);
        return -1;
    }
    int f[9];
    for (int i = 0; i < 9; i++)
        if (tm_int(tuple_get(v, (size_t)i), &f[i]) < 0)
            return -1;
    if (f[0] < INT_MIN + 1900) {   /* tm_year would underflow */
        exc_raise(&exc_OverflowError, "year out of range");
        return -1;
    }
    t->tm_year = f[0] - 1900;
    t->tm_mon = f[1] - 1;
    t->tm_mday = f[2];
    t->tm_hour = f[3];
    t->tm_min = f[4];
    t->tm_sec = f[5];
    t->tm_wday = (f[6] + 1) % 7;
    t->tm_yday = f[7] - 1;
    t->tm_isdst = f[8];
    if (v_type(v) == &struct_time_type) {
        value zone = obj_getattr_cstr(v, "tm_zone");
        value off = zone ? obj_getattr_cstr(v, "tm_gmtoff") : V_NULL;
        if (!off)
            return -1;
        if (zone != V_NONE) {
            if (!v_is_str(zone)) {
                exc_raise(&exc_TypeError, "bad argument type for built-in operation");
                return -1;
            }
            *keep = zone;
            t->tm_zone = str_data(zone);
        }
        if (off != V_NONE) {
            value i = obj_index(off);
            int64_t x;
            if (!i || int_as_i64(i, &x) < 0)
                return -1;
            t->tm_gmtoff = (long)x;
        }
    }
    return 0;
}

/* checktm: what asctime and strftime accept (zeros mean the lowest value). */
static int check_tm(struct tm *t)
{
    const char *bad = NULL;
    if (t->tm_mon == -1)
        t->tm_mon = 0;
    else if (t->tm_mon < 0 || t->tm_mon > 11)
        bad = "month out of range";
    if (!bad) {
        if (t->tm_mday == 0)
            t->tm_mday = 1;
        else if (t->tm_mday < 0 || t->tm_mday > 31)
            bad = "day of month out of range";
    }
    if (!bad && (t->tm_hour < 0 || t->tm_hour > 23))
        bad = "hour out of range";
    if (!bad && (t->tm_min < 0 || t->tm_min > 59))
        bad = "minute out of range";
    if (!bad && (t->tm_sec < 0 || t->tm_sec > 61))
        bad = "seconds out of range";
    if (!bad && t->tm_wday < 0)
        bad = "day of week out of range";
    if (!bad) {
        if (t->tm_yday == -1)
            t->tm_yday = 0;
        else if (t->tm_yday < 0 || t->tm_yday > 365)
            bad = "day of year out of range";
    }
    if (bad) {
        exc_raise(&exc_ValueError, "%s", bad);
        return -1;
    }
    return 0;
}

/* The optional timestamp of gmtime/localtime/ctime (None or absent: now). */
static int opt_time(const char *fn, int argc, const value *argv, value kwnames, time_t *out)
{
    if (tm_no_kw(fn, kwnames) < 0 || tm_count(fn, argc, 0, 1) < 0)
        return -1;
    if (argc == 0 || argv[0] == V_NONE) {
        *out = time(NULL);
        return 0;
    }
    return to_time_t(argv[0], out);
}

static int local_tm(time_t t, struct tm *out)
{
    errno = 0;
    if (!localtime_r(&t, out)) {
        raise_os(errno ? errno : EINVAL, V_NULL);
        return -1;
    }
    return 0;
}

static value tm_gmtime(value self, int argc, const value *argv, value kw)
{
    time_t when;
    struct tm t;
    if (opt_time("gmtime", argc, argv, kw, &when) < 0)
        return V_NULL;
    errno = 0;
    if (!gmtime_r(&when, &t))
        return raise_os(errno ? errno : EINVAL, V_NULL);
    return make_struct_time(&t);
}

static value tm_localtime(value self, int argc, const value *argv, value kw)
{
    time_t when;
    struct tm t;
    if (opt_time("localtime", argc, argv, kw, &when) < 0 || local_tm(when, &t) < 0)
        return V_NULL;
    return make_struct_time(&t);
}

static value tm_mktime(value self, int argc, const value *argv, value kw)
{
    struct tm t;
    value keep = V_NULL;
    if (to_tm(argv[0], &t, "mktime(): illegal time tuple argument", &keep) < 0)
        return V_NULL;
    t.tm_wday = -1;   /* mktime sets it: still -1 afterwards means failure */
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1)
        return exc_raise(&exc_OverflowError, "mktime argument out of range");
    return float_new((double)r);
}

static const char *const wday_names[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
static const char *const mon_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static value format_asctime(const struct tm *t)
{
    return str_format("%s %s%3d %.2d:%.2d:%.2d %lld", wday_names[t->tm_wday], mon_names[t->tm_mon], t->tm_mday,
                      t->tm_hour, t->tm_min, t->tm_sec, (long long)t->tm_year + 1900);
}

static value tm_asctime(value self, int argc, const value *argv, value kw)
{
    struct tm t;
    value keep = V_NULL;
    if (args_count("asctime", argc, 0, 1) < 0)
        return V_NULL;
    if (argc == 0) {
        if (local_tm(time(NULL), &t) < 0)
            return V_NULL;
    } else if (to_tm(argv[0], &t, "asctime(): illegal time tuple argument", &keep) < 0 || check_tm(&t) < 0) {
        return V_NULL;
    }
    return format_asctime(&t);
}

static value tm_ctime(value self, int argc, const value *argv, value kw)
{
    time_t when;
    struct tm t;
    if (opt_time("ctime", argc, argv, kw, &when) < 0 || local_tm(when, &t) < 0)
        return V_NULL;
    return format_asctime(&t);
}

static value tm_strftime(value self, int argc, const value *argv, value kw)
{
    struct tm t;
    value keep = V_NULL;
    if (tm_no_kw("strftime", kw) < 0 || tm_count("strftime", argc, 1, 2) < 0)
        return V_NULL;
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "strftime() argument 1 must be str, not %s", v_type_name(argv[0]));
    if (argc == 1) {
        if (local_tm(time(NULL), &t) < 0)
            return V_NULL;
    } else if (to_tm(argv[1], &t, "strftime(): illegal time tuple argument", &keep) < 0 || check_tm(&t) < 0) {
        return V_NULL;
    }
    /* %Z must not index tzname with an isdst outside [-1, 1] */
    if (t.tm_isdst < -1)
        t.tm_isdst = -1;
    else if (t.tm_isdst > 1)
        t.tm_isdst = 1;
    value fmt = str_encode(argv[0], "utf-8", "surrogateescape");
    if (!fmt)
        return V_NULL;
    size_t fmtlen = bytes_size(fmt);
    if (strlen(bytes_data(fmt)) != fmtlen)
        return exc_raise(&exc_ValueError, "embedded null character");
    if (fmtlen == 0)
        return str_from_cstr("");
    /* strftime gives 0 both for "too small" and for an empty result:
     * grow the buffer until it is clearly not the size (CPython's rule) */
    for (size_t size = 1024;; size += size) {
        char *buf = malloc(size);
        if (!buf)
            return exc_no_memory();
        size_t n = strftime(buf, size, bytes_data(fmt), &t);
        if (n > 0 || size >= 256 * fmtlen) {
            value b = bytes_from(buf, n);
            free(buf);
            return b ? bytes_decode(b, "utf-8", "surrogateescape") : V_NULL;
        }
        free(buf);
    }
}

static value tm_strptime(value self, int argc, const value *argv, value kw)
{
    value mod = import_module_cstr("_strptime");
    value fn = mod ? obj_getattr_cstr(mod, "_strptime_time") : V_NULL;
    return fn ? obj_call(fn, argc, argv, kw) : V_NULL;
}

/* -- Time zones ----------------------------------------------------------------- */

static value time_dict;   /* the module's namespace, for tzset (a GC root) */

/* timezone, altzone, daylight and tzname from the local times of the
 * start of this year and half a year later: whichever is further west
 * of UTC is standard time (the southern hemisphere has DST in January). */
static int set_timezone(value d)
{
    const time_t year = (365 * 24 + 6) * 3600;
    time_t jan = time(NULL) / year * year, jul = jan + year / 2;
    struct tm a, b;
    if (local_tm(jan, &a) < 0 || local_tm(jul, &b) < 0)
        return -1;
    long janzone = -a.tm_gmtoff, julzone = -b.tm_gmtoff;
    char janname[10] = "", julname[10] = "";
    if (a.tm_zone)
        snprintf(janname, sizeof janname, "%s", a.tm_zone);
    if (b.tm_zone)
        snprintf(julname, sizeof julname, "%s", b.tm_zone);
    bool reversed = janzone < julzone;
    long std = reversed ? julzone : janzone, dst = reversed ? janzone : julzone;
    value n0 = str_from_cstr(reversed ? julname : janname), n1 = str_from_cstr(reversed ? janname : julname);
    value names = n0 && n1 ? tuple_pack(2, n0, n1) : V_NULL;
    if (!names || dict_set_cstr(d, "timezone", int_from_i64(std)) < 0 ||
        dict_set_cstr(d, "altzone", int_from_i64(dst)) < 0 ||
        dict_set_cstr(d, "daylight", v_small(janzone != julzone)) < 0 || dict_set_cstr(d, "tzname", names) < 0)
        return -1;
    return 0;
}

static value tm_tzset(value self, int argc, const value *argv, value kw)
{
    tzset();
    return set_timezone(time_dict) < 0 ? V_NULL : V_NONE;
}

/* -- The module ------------------------------------------------------------------ */

static const method_def time_functions[] = {
    { "time", tm_time, METH_NOARGS, "time() -> float\n\nSeconds since the Epoch, now (the wall clock)." },
    { "time_ns", tm_time_ns, METH_NOARGS, "time_ns() -> int\n\nNanoseconds since the Epoch, now." },
    { "monotonic", tm_monotonic, METH_NOARGS, "monotonic() -> float\n\nA clock that never goes back, in seconds." },
    { "monotonic_ns", tm_monotonic_ns, METH_NOARGS, "monotonic_ns() -> int\n\nThe monotonic clock in nanoseconds." },
    { "perf_counter", tm_monotonic, METH_NOARGS, "perf_counter() -> float\n\nThe clock for measuring short durations, in seconds." },
    { "perf_counter_ns", tm_monotonic_ns, METH_NOARGS, "perf_counter_ns() -> int\n\nThe clock for measuring short durations, in nanoseconds." },
    { "process_time", tm_process_time, METH_NOARGS, "process_time() -> float\n\nCPU time (user and system) of this process, in seconds." },
    { "process_time_ns", tm_process_time_ns, METH_NOARGS, "process_time_ns() -> int\n\nCPU time of this process, in nanoseconds." },
    { "thread_time", tm_thread_time, METH_NOARGS, "thread_time() -> float\n\nCPU time (user and system) of this thread, in seconds." },
    { "thread_time_ns", tm_thread_time_ns, METH_NOARGS, "thread_time_ns() -> int\n\nCPU time of this thread, in nanoseconds." },
    { "clock_gettime", tm_clock_gettime, METH_FAST, "clock_gettime(clk_id) -> float\n\nThe time of clock clk_id, in seconds." },
    { "clock_gettime_ns", tm_clock_gettime_ns, METH_FAST, "clock_gettime_ns(clk_id) -> int\n\nThe time of clock clk_id, in nanoseconds." },
    { "clock_getres", tm_clock_getres, METH_FAST, "clock_getres(clk_id) -> float\n\nThe resolution of clock clk_id, in seconds." },
    { "clock_settime", tm_clock_settime, METH_FAST, "clock_settime(clk_id, time)\n\nSets clock clk_id (seconds)." },
    { "clock_settime_ns", tm_clock_settime_ns, METH_FAST, "clock_settime_ns(clk_id, time)\n\nSets clock clk_id (nanoseconds)." },
    { "pthread_getcpuclockid", tm_pthread_getcpuclockid, METH_FAST, "pthread_getcpuclockid(thread_id) -> int\n\nThe clock id of a thread's CPU time." },
    { "get_clock_info", tm_get_clock_info, METH_FAST, "get_clock_info(name: str) -> namespace\n\nHow the named clock is implemented and behaves." },
    { "sleep", tm_sleep, METH_O, "sleep(seconds)\n\nWaits that long; a signal handler's exception ends the wait." },
    { "gmtime", tm_gmtime, METH_KEYWORDS, "gmtime([seconds]) -> struct_time\n\nA timestamp (default: now) as UTC time." },
    { "localtime", tm_localtime, METH_KEYWORDS, "localtime([seconds]) -> struct_time\n\nA timestamp (default: now) as local time." },
    { "mktime", tm_mktime, METH_O, "mktime(tuple) -> float\n\nA local time as a timestamp (the inverse of localtime)." },
    { "asctime", tm_asctime, METH_FAST, "asctime([tuple]) -> str\n\nA time (default: now) as text like 'Sat Jun  6 16:26:11 1998'." },
    { "ctime", tm_ctime, METH_KEYWORDS, "ctime([seconds]) -> str\n\nasctime(localtime(seconds))." },
    { "strftime", tm_strftime, METH_KEYWORDS, "strftime(format[, tuple]) -> str\n\nA time (default: now) formatted by the C library's strftime." },
    { "strptime", tm_strptime, METH_FAST, "strptime(string, format) -> struct_time\n\nParses a time by a strftime-style format (the _strptime module)." },
    { "tzset", tm_tzset, METH_NOARGS, "tzset()\n\nRereads the TZ environment variable and updates timezone, altzone, daylight and tzname." },
    { NULL, NULL, 0, NULL },
};

#define CLOCK(name) { #name, name }
static const struct { const char *name; int v; } time_constants[] = {
    CLOCK(CLOCK_BOOTTIME), CLOCK(CLOCK_MONOTONIC), CLOCK(CLOCK_MONOTONIC_RAW), CLOCK(CLOCK_PROCESS_CPUTIME_ID),
    CLOCK(CLOCK_REALTIME), CLOCK(CLOCK_TAI), CLOCK(CLOCK_THREAD_CPUTIME_ID),
};

value timemodule_init(void)
{
    static const char *const fields[] = { "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                          "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff", NULL };
    value m = module_new("time");
    if (!m || modules_add_functions(m, time_functions) < 0 ||
        structseq_init_type_hidden(&struct_time_type, fields, 9, true) < 0)
        return V_NULL;
    value d = module_dict(m);
    if (dict_set_cstr(d, "struct_time", v_from_obj(&struct_time_type)) < 0 ||
        dict_set_cstr(d, "_STRUCT_TM_ITEMS", v_small(11)) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof time_constants / sizeof *time_constants; i++)
        if (dict_set_cstr(d, time_constants[i].name, v_small(time_constants[i].v)) < 0)
            return V_NULL;
    if (!time_dict)
        gc_root(&time_dict);
    time_dict = d;
    tzset();
    if (set_timezone(d) < 0)
        return V_NULL;
    return m;
}
