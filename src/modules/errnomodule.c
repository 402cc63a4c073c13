/* The `errno` module: every E* error number of Linux as an int constant
 * and `errorcode`, the dict from number back to name. Names are added in
 * CPython's order, so where two names share a number (EAGAIN and
 * EWOULDBLOCK, ...) errorcode keeps the same one CPython's does: the
 * later. */
#include <errno.h>
#include "modules.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/str.h"

#define E(name) { #name, name }
static const struct { const char *name; int code; } errno_names[] = {
    E(ENODEV), E(ENOCSI), E(EHOSTUNREACH), E(ENOMSG), E(EUCLEAN), E(EL2NSYNC), E(EL2HLT),
    E(ENODATA), E(ENOTBLK), E(ENOSYS), E(EPIPE), E(EINVAL), E(EOVERFLOW), E(EADV), E(EINTR),
    E(EUSERS), E(ENOTEMPTY), E(ENOBUFS), E(EPROTO), E(EREMOTE), E(ENAVAIL), E(ECHILD), E(ELOOP),
    E(EXDEV), E(E2BIG), E(ESRCH), E(EMSGSIZE), E(EAFNOSUPPORT), E(EBADR), E(EHOSTDOWN),
    E(EPFNOSUPPORT), E(ENOPROTOOPT), E(EBUSY), E(EWOULDBLOCK), E(EBADFD), E(EDOTDOT),
    E(EISCONN), E(ENOANO), E(ESHUTDOWN), E(ECHRNG), E(ELIBBAD), E(ENONET), E(EBADE), E(EBADF),
    E(EMULTIHOP), E(EIO), E(EUNATCH), E(EPROTOTYPE), E(ENOSPC), E(ENOEXEC), E(EALREADY),
    E(ENETDOWN), E(ENOTNAM), E(EACCES), E(ELNRNG), E(EILSEQ), E(ENOTDIR), E(ENOTUNIQ), E(EPERM),
    E(EDOM), E(EXFULL), E(ECONNREFUSED), E(EISDIR), E(EPROTONOSUPPORT), E(EROFS),
    E(EADDRNOTAVAIL), E(EIDRM), E(ECOMM), E(ESRMNT), E(EREMOTEIO), E(EL3RST), E(EBADMSG),
    E(ENFILE), E(ELIBMAX), E(ESPIPE), E(ENOLINK), E(ENETRESET), E(ETIMEDOUT), E(ENOENT),
    E(EEXIST), E(EDQUOT), E(ENOSTR), E(EBADSLT), E(EBADRQC), E(ELIBACC), E(EFAULT), E(EFBIG),
    E(EDEADLK), E(ENOTCONN), E(EDESTADDRREQ), E(ELIBSCN), E(ENOLCK), E(EISNAM), E(ECONNABORTED),
    E(ENETUNREACH), E(ESTALE), E(ENOSR), E(ENOMEM), E(ENOTSOCK), E(ESTRPIPE), E(EMLINK),
    E(ERANGE), E(ELIBEXEC), E(EL3HLT), E(ECONNRESET), E(EADDRINUSE), E(EOPNOTSUPP), E(EREMCHG),
    E(EAGAIN), E(ENAMETOOLONG), E(ENOTTY), E(ERESTART), E(ESOCKTNOSUPPORT), E(ETIME), E(EBFONT),
    E(EDEADLOCK), E(ETOOMANYREFS), E(EMFILE), E(ETXTBSY), E(EINPROGRESS), E(ENXIO), E(ENOPKG),
    E(ENOMEDIUM), E(EMEDIUMTYPE), E(ECANCELED), E(ENOKEY), E(EKEYEXPIRED), E(EKEYREVOKED),
    E(EKEYREJECTED), E(EOWNERDEAD), E(ENOTRECOVERABLE), E(ERFKILL), E(ENOTSUP),
};
#undef E

static const char errno_doc[] =
    "The system's error numbers: each E* name is an int (ENOENT is 2 on\n"
    "Linux), and errorcode maps a number back to its name.\n"
    "os.strerror(n) gives the message of number n.";

value errnomodule_init(void)
{
    value m = module_new("errno");
    value codes = dict_new();
    if (!m || !codes)
        return V_NULL;
    value d = module_dict(m);
    value doc = str_from_cstr(errno_doc);
    if (!doc || dict_set_cstr(d, "__doc__", doc) < 0 || dict_set_cstr(d, "errorcode", codes) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof errno_names / sizeof *errno_names; i++) {
        value name = str_from_cstr(errno_names[i].name);
        value code = v_small(errno_names[i].code);
        if (!name || dict_set(d, name, code) < 0 || dict_set(codes, code, name) < 0)
            return V_NULL;
    }
    return m;
}
