/* The interactive prompt (repl.h). A statement is read line by line:
 * each line is added to a buffer that is parsed in 'single' mode; a
 * failure at the end of the input (an open bracket or string, a
 * backslash, a block still expected) asks for another line with sys.ps2,
 * and a compound statement (def, if, for, ...) always waits for a blank
 * line, as CPython's prompt does. The complete statement is compiled
 * (never cached) as "<stdin>" and run in __main__. Lines come from GNU
 * readline on a terminal, through its callback interface so that a
 * Ctrl-C (interrupt.h's flag, select() returning EINTR) abandons the line
 * with "KeyboardInterrupt" and a fresh prompt; readline also keeps the
 * history and completes names (globals, builtins, keywords) and
 * attributes of dotted names (from dir()). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <readline/history.h>
#include <readline/readline.h>
#include "repl.h"
#include "cli.h"
#include "cli_internal.h"
#include "front/parser.h"
#include "modules/builtins.h"
#include "modules/sysmodule.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/exc.h"
#include "vm/interrupt.h"
#include "vm/pycompile.h"

enum { REPL_LINE, REPL_EOF, REPL_INTR };

static value repl_globals;   /* __main__'s dict, for completion */
static bool repl_tty;        /* readline in use */

/* -- Reading a line ------------------------------------------------------------------- */

static char *repl_got;
static bool repl_done;

static void repl_on_line(char *line)
{
    repl_got = line;
    repl_done = true;
    rl_callback_handler_remove();
}

/* Abandons the line being edited after a Ctrl-C. */
static int repl_readline_interrupted(void)
{
    interrupt_pending = 0;
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_cleanup_after_signal();
    rl_callback_handler_remove();
    return REPL_INTR;
}

/* One line from readline. SIGINT is blocked except inside pselect(), so
 * a Ctrl-C that comes while readline handles a key is seen before the
 * next wait instead of being lost until another key is pressed. */
static int repl_readline(const char *prompt, char **out)
{
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigprocmask(SIG_BLOCK, &block, &old);
    sigdelset(&old, SIGINT);
    repl_got = NULL;
    repl_done = false;
    rl_callback_handler_install(prompt, repl_on_line);
    int result = REPL_LINE;
    while (!repl_done) {
        if (interrupt_pending) {
            result = repl_readline_interrupted();
            break;
        }
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(0, &fds);
        int r = pselect(1, &fds, NULL, NULL, NULL, &old);
        if (r < 0 && errno != EINTR) {
            rl_callback_handler_remove();
            result = REPL_EOF;
            break;
        }
        if (r > 0)
            rl_callback_read_char();
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (result != REPL_LINE)
        return result;
    *out = repl_got;
    return repl_got ? REPL_LINE : REPL_EOF;
}

/* One line from a stdin that is not a terminal; the prompt goes to
 * stderr, as CPython writes it there. */
static int repl_readstdin(const char *prompt, char **out)
{
    fputs(prompt, stderr);
    fflush(stderr);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        bool intr = interrupt_pending;
        interrupt_pending = 0;
        clearerr(stdin);
        return intr ? REPL_INTR : REPL_EOF;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[n - 1] = 0;
    *out = line;
    return REPL_LINE;
}

/* str(sys.NAME) copied into buf, or `dflt` when missing or failing. */
static const char *repl_prompt(const char *name, const char *dflt, char *buf, size_t size)
{
    value p = sys_get(name);
    value s = p ? obj_str(p) : V_NULL;
    if (!s) {
        exc_clear();
        return dflt;
    }
    snprintf(buf, size, "%s", str_data(s));
    return buf;
}

static int repl_read(bool more, char **out)
{
    static char buf[256];
    const char *prompt = more ? repl_prompt("ps2", "... ", buf, sizeof buf)
                              : repl_prompt("ps1", ">>> ", buf, sizeof buf);
    fflush(stdout);
    fflush(stderr);
    return repl_tty ? repl_readline(prompt, out) : repl_readstdin(prompt, out);
}

/* -- Completion --------------------------------------------------------------------------- */

static const char *const repl_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield", NULL,
};

static char **repl_matches;
static int repl_nmatches, repl_capmatches;

static void repl_add_match(const char *head, const char *name, const char *tail)
{
    for (int i = 0; i < repl_nmatches; i++)
        if (!strncmp(repl_matches[i], head, strlen(head)) &&
            !strcmp(repl_matches[i] + strlen(head), name))
            return;
    if (repl_nmatches == repl_capmatches) {
        int cap = repl_capmatches ? repl_capmatches * 2 : 32;
        char **m = realloc(repl_matches, (size_t)cap * sizeof *m);
        if (!m)
            return;
        repl_matches = m;
        repl_capmatches = cap;
    }
    size_t n = strlen(head) + strlen(name) + strlen(tail) + 1;
    char *s = malloc(n);
    if (!s)
        return;
    snprintf(s, n, "%s%s%s", head, name, tail);
    repl_matches[repl_nmatches++] = s;
}

/* rlcompleter's suffixes: "(" after a callable, a space or ":" after
 * most keywords. */
static const char *repl_keyword_tail(const char *kw)
{
    static const char *const bare[] = { "False", "None", "True", "break", "continue", "pass", "else", NULL };
    if (!strcmp(kw, "try") || !strcmp(kw, "finally"))
        return ":";
    for (int i = 0; bare[i]; i++)
        if (!strcmp(kw, bare[i]))
            return "";
    return " ";
}

static bool repl_callable(value v)
{
    value f = dict_get_cstr(module_dict(builtins_module), "callable");
    value r = f ? obj_call1(f, v) : V_NULL;
    if (!r)
        exc_clear();
    return r == V_TRUE;
}

/* The names of `names` (a list of str: dir(obj)) starting with prefix,
 * each looked up on obj for its suffix. */
static void repl_match_list(value names, const char *head, const char *prefix, value obj)
{
    if (!names || !v_is_list(names))
        return;
    size_t plen = strlen(prefix);
    for (size_t i = 0; i < list_len(names); i++) {
        value k = list_get(names, i);
        if (!v_is_str(k) || strncmp(str_data(k), prefix, plen))
            continue;
        /* as rlcompleter: _private names only when asked for */
        if (plen == 0 && str_data(k)[0] == '_')
            continue;
        value v = obj_getattr(obj, k);
        if (!v)
            exc_clear();
        repl_add_match(head, str_data(k), v && repl_callable(v) ? "(" : "");
    }
}

static value repl_dir(value obj)
{
    value f = dict_get_cstr(module_dict(builtins_module), "dir");
    value r = f ? obj_call1(f, obj) : V_NULL;
    if (!r)
        exc_clear();
    return r;
}

static bool repl_is_dotted_name(const char *s, size_t n)
{
    bool start = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.') {
            if (start)
                return false;
            start = true;
        } else if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
                   (!start && c >= '0' && c <= '9')) {
            start = false;
        } else {
            return false;
        }
    }
    return !start;
}

/* `obj.pre`: obj (a dotted name only, so typing never runs a call) is
 * looked up in __main__ then builtins, then attribute by attribute. */
static void repl_complete_attr(const char *text, const char *dot)
{
    size_t n = (size_t)(dot - text);
    if (!repl_is_dotted_name(text, n))
        return;
    char *expr = strndup(text, n);
    if (!expr)
        return;
    value obj = V_NULL;
    char *save = NULL;
    for (char *part = strtok_r(expr, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
        if (!obj) {
            obj = dict_get_cstr(repl_globals, part);
            if (!obj)
                obj = dict_get_cstr(module_dict(builtins_module), part);
        } else {
            obj = obj_getattr_cstr(obj, part);
        }
        if (!obj) {
            exc_clear();
            break;
        }
    }
    free(expr);
    if (!obj)
        return;
    char *head = strndup(text, n + 1);
    if (head)
        repl_match_list(repl_dir(obj), head, dot + 1, obj);
    free(head);
}

/* The str keys of the dict d starting with prefix. */
static void repl_match_dict(value d, const char *prefix)
{
    size_t plen = strlen(prefix), pos = 0;
    value k, v;
    while (dict_next(d, &pos, &k, &v))
        if (v_is_str(k) && !strncmp(str_data(k), prefix, plen))
            repl_add_match("", str_data(k), repl_callable(v) ? "(" : "");
}

static void repl_complete_name(const char *text)
{
    size_t n = strlen(text);
    for (int i = 0; repl_keywords[i]; i++)
        if (!strncmp(repl_keywords[i], text, n))
            repl_add_match("", repl_keywords[i], repl_keyword_tail(repl_keywords[i]));
    repl_match_dict(repl_globals, text);
    repl_match_dict(module_dict(builtins_module), text);
}

/* readline's generator: state 0 computes every match, then hands them
 * out one by one (readline frees them). */
static char *repl_complete(const char *text, int state)
{
    if (state == 0) {
        for (int i = 0; i < repl_nmatches; i++)
            free(repl_matches[i]);
        repl_nmatches = 0;
        value saved = exc_fetch();
        if (!*text) {
            /* as CPython: a Tab with nothing before it indents */
            repl_add_match("", "\t", "");
        } else {
            const char *dot = strrchr(text, '.');
            if (dot)
                repl_complete_attr(text, dot);
            else
                repl_complete_name(text);
        }
        if (saved)
            exc_restore(saved);
    }
    rl_completion_append_character = '\0';
    if (state >= repl_nmatches)
        return NULL;
    char *m = repl_matches[state];
    repl_matches[state] = NULL;
    return m;
}

/* ~/.python_history, shared with CPython's prompt as its site module
 * sets it up (-S is not told apart yet: the file is always used). */
static char *repl_history_path(void)
{
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    size_t n = strlen(home) + sizeof "/.python_history";
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/.python_history", home);
    return p;
}

static void repl_readline_init(void)
{
    rl_readline_name = "python";
    rl_catch_signals = 0;
    rl_completion_entry_function = repl_complete;
    /* a dot is part of the word, so `obj.attr` completes as a whole */
    rl_basic_word_break_characters = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";
    rl_completer_word_break_characters = rl_basic_word_break_characters;
    using_history();
}

/* -- Deciding whether the input is complete --------------------------------------------- */

enum { REPL_RUN, REPL_MORE, REPL_BAD };

static bool repl_ends_in_colon(const char *text)
{
    size_t n = text ? strlen(text) : 0;
    while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\r'))
        n--;
    return n > 0 && text[n - 1] == ':';
}

/* A failure at the very end of the input that more lines could mend. */
static bool repl_incomplete_error(const diag *d, int nlines, bool blank)
{
    const char *m = d->msg ? d->msg : "";
    if (strstr(m, "was never closed") || strstr(m, "unexpected EOF") ||
        strstr(m, "unterminated triple-quoted string"))
        return true;
    /* a blank line ends the statement: `if x:` then a blank line is the
     * error CPython reports */
    if (blank)
        return false;
    /* after a header that ends the input (`if x:`), not after a line
     * that should have been indented */
    if (strstr(m, "expected an indented block"))
        return d->lineno > nlines || (d->lineno == nlines && repl_ends_in_colon(d->text));
    if (strstr(m, "expected 'except' or 'finally' block"))
        return d->lineno >= nlines;
    /* an error past the last line is at the end of input (`@dec`) */
    return d->lineno > nlines;
}

static bool repl_is_compound(const ast_node *mod)
{
    ast_seq *body = mod->v.Interactive.body;
    if (ast_seq_len(body) == 0)
        return false;
    switch (((ast_node *)body->items[0])->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef: case AST_ClassDef: case AST_For:
    case AST_AsyncFor: case AST_While: case AST_If: case AST_With: case AST_AsyncWith:
    case AST_Match: case AST_Try: case AST_TryStar:
        return true;
    default:
        return false;
    }
}

/* The last line of buf is a decorator (`@dec`): its function comes next. */
static bool repl_ends_in_decorator(const char *buf, size_t len)
{
    size_t i = len;
    if (i > 0 && buf[i - 1] == '\n')
        i--;
    while (i > 0 && buf[i - 1] != '\n')
        i--;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t'))
        i++;
    return i + 1 < len && buf[i] == '@' && buf[i + 1] != '\n' && buf[i + 1] != ' ';
}

static int repl_count_lines(const char *s, size_t n)
{
    int lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

/* What to do with buf (every line so far, each ending in "\n"), the last
 * line being blank or not. */
static int repl_classify(const char *buf, size_t len, bool blank)
{
    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    ast_node *mod = parse_source(buf, len, "<stdin>", PARSE_SINGLE, PARSE_STRING_INPUT | PARSE_UTF8_INPUT,
                                 &arena, &err);
    int r;
    if (mod)
        r = repl_is_compound(mod) && !blank ? REPL_MORE : REPL_RUN;
    else
        r = repl_incomplete_error(&err, repl_count_lines(buf, len), blank) ||
                    (!blank && repl_ends_in_decorator(buf, len)) ? REPL_MORE : REPL_BAD;
    diag_clear(&err);
    arena_free(&arena);
    return r;
}

static bool repl_only_blank(const char *s, size_t n)
{
    bool comment = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '#')
            comment = true;
        else if (s[i] == '\n')
            comment = false;
        else if (!comment && s[i] != ' ' && s[i] != '\t' && s[i] != '\f' && s[i] != '\r')
            return false;
    }
    return true;
}

/* -- Running -------------------------------------------------------------------------------- */

/* SystemExit's status as the top level computes it (its message printed
 * when the code is not an int or None). */
static int repl_exit_status(value exc)
{
    value code = exc_slot(exc, EXC_SYSEXIT_CODE);
    if (code == V_NONE)
        return 0;
    int64_t n;
    if (v_is_int_like(code) && int_as_i64(code, &n) == 0)
        return (int)(n & 0xff);
    exc_clear();
    value s = obj_str(code);
    fflush(stdout);
    if (s)
        fprintf(stderr, "%s\n", str_data(s));
    else
        exc_clear();
    return 1;
}

/* Reports the current exception as the prompt does (keeping it in
 * sys.last_value); -1 for SystemExit with its status in *status. */
static int repl_report(int *status)
{
    value exc = exc_fetch();
    if (exc && v_isinstance(exc, &exc_SystemExit)) {
        *status = repl_exit_status(exc);
        return -1;
    }
    if (exc && sys_module) {
        value d = module_dict(sys_module);
        if (dict_set_cstr(d, "last_type", v_from_obj(v_type(exc))) < 0 ||
            dict_set_cstr(d, "last_value", exc) < 0)
            exc_clear();
    }
    sys_print_exception(exc);
    return 0;
}

/* Compiles and runs one statement; -1 when the program must end. */
static int repl_exec(value main, const char *buf, size_t len, int *status)
{
    value code = pycompile_source(buf, len, "<stdin>", PARSE_SINGLE, PYCOMPILE_STR);
    int ok = code && builtins_run_main(code, main) == 0;
    /* a Ctrl-C the code never looked at is not kept for the next line */
    interrupt_pending = 0;
    fflush(stdout);
    return ok ? 0 : repl_report(status);
}

/* -- The loop ------------------------------------------------------------------------------- */

static void repl_banner(void)
{
    value v = sys_get("version"), p = sys_get("platform");
    fprintf(stderr, "Python %s on %s\n", v && v_is_str(v) ? str_data(v) : "3.11",
            p && v_is_str(p) ? str_data(p) : "linux");
    fprintf(stderr, "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
}

/* sys.ps1 and sys.ps2 exist while the prompt runs, as in CPython. */
static void repl_set_prompts(void)
{
    if (!sys_module)
        return;
    value d = module_dict(sys_module);
    if ((!dict_get_cstr(d, "ps1") && dict_set_cstr(d, "ps1", str_from_cstr(">>> ")) < 0) ||
        (!dict_get_cstr(d, "ps2") && dict_set_cstr(d, "ps2", str_from_cstr("... ")) < 0))
        exc_clear();
}

typedef struct repl_buf {
    char *s;
    size_t len, cap;
} repl_buf;

static int repl_append(repl_buf *b, const char *line)
{
    size_t n = strlen(line);
    if (b->len + n + 2 > b->cap) {
        size_t cap = (b->len + n + 2) * 2;
        char *s = realloc(b->s, cap);
        if (!s)
            return -1;
        b->s = s;
        b->cap = cap;
    }
    memcpy(b->s + b->len, line, n);
    b->len += n;
    b->s[b->len++] = '\n';
    b->s[b->len] = 0;
    return 0;
}

int repl_run(value main, bool banner)
{
    repl_globals = module_dict(main);
    /* as CPython: readline only when both ends are the terminal */
    repl_tty = isatty(0) && isatty(1);
    repl_set_prompts();
    if (banner)
        repl_banner();
    char *history = NULL;
    if (repl_tty) {
        repl_readline_init();
        history = repl_history_path();
        if (history)
            read_history(history);
    }
    interrupt_install(true);
    repl_buf b = { NULL, 0, 0 };
    bool more = false;
    int status = 0;
    for (;;) {
        char *line = NULL;
        int r = repl_read(more, &line);
        if (r == REPL_INTR) {
            fflush(stdout);
            fputs("\nKeyboardInterrupt\n", stderr);
            b.len = 0;
            more = false;
            continue;
        }
        if (r == REPL_EOF) {
            /* the prompt's line ends, as CPython ends it */
            fflush(stdout);
            fputs("\n", stderr);
            break;
        }
        if (repl_tty && *line)
            add_history(line);
        bool blank = repl_only_blank(line, strlen(line));
        int ok = repl_append(&b, line);
        free(line);
        if (ok < 0) {
            fputs("MemoryError\n", stderr);
            b.len = 0;
            more = false;
            continue;
        }
        if (!more && repl_only_blank(b.s, b.len)) {
            b.len = 0;
            continue;
        }
        int what = repl_classify(b.s, b.len, blank);
        if (what == REPL_MORE) {
            more = true;
            continue;
        }
        more = false;
        size_t len = b.len;
        b.len = 0;
        if (repl_exec(main, b.s, len, &status) < 0)
            break;
    }
    free(b.s);
    if (history) {
        /* as site's atexit hook: the whole history, no limit */
        write_history(history);
        free(history);
    }
    interrupt_install(false);
    fflush(stdout);
    return status;
}

/* PYTHONSTARTUP: the file runs in __main__ before the first prompt of
 * an interactive session (not with -E / -I), its errors reported as
 * CPython reports them; the prompt comes anyway. */
static void repl_run_startup(value main)
{
    const char *path = sys_config.ignore_environment ? NULL : getenv("PYTHONSTARTUP");
    if (!path || !*path)
        return;
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src) {
        int err = errno;
        fflush(stdout);
        fprintf(stderr, "Could not open PYTHONSTARTUP\n");
        value args[3] = { v_small(err), str_from_cstr(strerror(err)), str_from_cstr(path) };
        value e = args[1] && args[2] ? exc_new(&exc_OSError, 3, args) : V_NULL;
        if (e)
            sys_print_exception(e);
        exc_clear();
        return;
    }
    value code = pycompile_source(src, len, path, PARSE_FILE, 0);
    free(src);
    if (!code || builtins_run_main(code, main) < 0) {
        value exc = exc_fetch();
        if (exc)
            sys_print_exception(exc);
    }
}

/* sys.__interactivehook__ (site's sets up readline and its history; a
 * program may set its own), called once before the first prompt. */
static void repl_run_interactive_hook(void)
{
    value hook = sys_get("__interactivehook__");
    if (!hook)
        return;
    if (!obj_call0(hook)) {
        value exc = exc_fetch();
        fflush(stdout);
        fputs("Failed calling sys.__interactivehook__\n", stderr);
        sys_print_exception(exc);
    }
}

int repl_main(const struct cli_options *o)
{
    value main = cli_start(o, NULL, "", true);
    if (!main)
        return 1;
    /* as CPython: the banner, then the startup file's output, then the prompt */
    if (!sys_config.quiet)
        repl_banner();
    repl_run_startup(main);
    repl_run_interactive_hook();
    int status = repl_run(main, false);
    return cli_finish(o, status, false);
}
