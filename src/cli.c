/* The option parser of the `taipan` command (cli.h): CPython 3.11's
 * options and their messages, read left to right as its getopt does
 * (combined short options like -Bu, an option's argument attached or in
 * the next word, -c and -m ending the options, `--` too), then the
 * PYTHON* environment variables unless -E or -I said to ignore them.
 * What an option decides lands in sys_config (which import_init turns
 * into sys.flags and friends), in the -W / -X lists kept here for
 * cli_run.c to put in sys.warnoptions and sys._xoptions, or in the
 * cli_options that say what to run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "cli_internal.h"
#include "modules/sysmodule.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/pyc.h"

/* -W and -X arguments in command-line order; PYTHONWARNINGS' entries
 * come first in sys.warnoptions, as CPython orders them. */
cli_strlist cli_warnoptions, cli_xoptions;

static int cli_list_add(cli_strlist *l, const char *s)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        const char **items = realloc(l->items, (size_t)cap * sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = s;
    return 0;
}

static void cli_usage_line(FILE *f, const char *program)
{
    fprintf(f, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", program);
}

/* A usage error: the message, the usage line and the hint; status 2. */
static int cli_usage_error(const char *program, const char *fmt, const char *arg)
{
    fflush(stdout);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    cli_usage_line(stderr, program);
    fprintf(stderr, "Try `taipan -h' for more information.\n");
    return 2;
}

static void cli_help(const char *program)
{
    cli_usage_line(stdout, program);
    fputs("Options (and the environment variables that do the same):\n"
          "-b     : warn about str(bytes) and comparing bytes with str (-bb: errors)\n"
          "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
          "-c cmd : run the program given as a string (ends the option list)\n"
          "-d     : parser debugging output (accepted, no effect)\n"
          "-E     : ignore the PYTHON* environment variables (such as PYTHONPATH)\n"
          "-h     : print this help and exit (also -? or --help)\n"
          "-i     : inspect interactively after running the script; also PYTHONINSPECT=x\n"
          "-I     : isolate from the user's environment (implies -E, -P and -s)\n"
          "-m mod : run a library module as a script (ends the option list)\n"
          "-O     : remove asserts and __debug__-dependent code; .opt-1 caches;\n"
          "         also PYTHONOPTIMIZE=x\n"
          "-OO    : -O and also drop docstrings; .opt-2 caches\n"
          "-P     : don't put the script's folder (or the working folder) first on\n"
          "         sys.path; also PYTHONSAFEPATH\n"
          "-q     : no version and copyright banner on interactive start-up\n"
          "-s     : don't add the user site folder to sys.path; also PYTHONNOUSERSITE\n"
          "-S     : don't imply 'import site' on start-up\n"
          "-u     : unbuffered stdout and stderr; also PYTHONUNBUFFERED=x\n"
          "-v     : trace imports (repeat for more); also PYTHONVERBOSE=x\n"
          "-V     : print the version and exit (also --version; -VV: more)\n"
          "-W arg : warning control (action:message:category:module:lineno);\n"
          "         also PYTHONWARNINGS=arg\n"
          "-x     : skip the first line of the source\n"
          "-X opt : implementation-specific option (pycache_prefix=DIR, dev, utf8, ...)\n"
          "--check-hash-based-pycs always|default|never:\n"
          "         when hash-based .pyc files are checked against their source\n"
          "Debugging switches (Taipan's own, alone on the line):\n"
          "--dump-ast FILE   : print the AST as `python3.11 -m ast -a FILE` does\n"
          "--tokens FILE     : print the tokens of FILE\n"
          "--dis FILE        : print the bytecode of FILE\n"
          "--parse-only FILE...: parse each file, print only errors\n"
          "Arguments:\n"
          "file   : program read from a script file (or a folder with __main__.py)\n"
          "-      : program read from stdin (the default; the prompt on a terminal)\n"
          "arg ...: arguments passed to the program in sys.argv[1:]\n",
          stdout);
}

static int cli_version(int level)
{
    if (level >= 2)
        printf("%s [C11, compiler %s, built %s]\n", CLI_VERSION, __VERSION__, __DATE__);
    else
        printf("%s\n", CLI_VERSION);
    return 0;
}

/* -X opt: sys._xoptions, and the options Taipan acts on. */
static int cli_xoption(const char *opt)
{
    if (cli_list_add(&cli_xoptions, opt) < 0)
        return 1;
    if (!strncmp(opt, "pycache_prefix=", 15))
        sys_config.pycache_prefix = opt + 15;
    else if (!strcmp(opt, "dev"))
        sys_config.dev_mode = true;
    else if (!strcmp(opt, "utf8") || !strcmp(opt, "utf8=1"))
        sys_config.utf8_mode = 1;
    else if (!strncmp(opt, "int_max_str_digits=", 19)) {
        char *end;
        long n = strtol(opt + 19, &end, 10);
        if (*end || end == opt + 19 || (n != 0 && n < 640)) {
            fprintf(stderr, "Fatal Python error: -X int_max_str_digits: invalid limit; "
                            "must be >= 640 or 0 for unlimited.\n");
            return 1;
        }
        int_max_str_digits = (int)n;
    }
    return 0;
}

static int cli_check_hash(const char *program, const char *arg, cli_options *o)
{
    if (!strcmp(arg, "default"))
        o->check_hash_pycs = PYC_CHECK_DEFAULT;
    else if (!strcmp(arg, "always"))
        o->check_hash_pycs = PYC_CHECK_ALWAYS;
    else if (!strcmp(arg, "never"))
        o->check_hash_pycs = PYC_CHECK_NEVER;
    else
        return cli_usage_error(program, "%s", "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
    return -1;
}

/* One short option c (with its argument arg when it takes one). Returns
 * -1 to go on, else an exit status. */
static int cli_short(const char *program, char c, const char *arg, cli_options *o, int *version)
{
    sys_config_t *cf = &sys_config;
    switch (c) {
    case 'b': cf->bytes_warning++; break;
    case 'B': cf->dont_write_bytecode = 1; break;
    case 'd': cf->debug++; break;
    case 'E': cf->ignore_environment = 1; break;
    case 'i': cf->inspect = cf->interactive = 1; o->inspect = 1; break;
    case 'I': cf->isolated = cf->ignore_environment = cf->no_user_site = 1; cf->safe_path = true; break;
    case 'O': cf->optimize++; break;
    case 'P': cf->safe_path = true; break;
    case 'q': cf->quiet = 1; break;
    case 'R': break;   /* hash randomisation is the default */
    case 's': cf->no_user_site = 1; break;
    case 'S': cf->no_site = 1; break;
    case 'u': cli_unbuffered = 1; break;
    case 'v': cf->verbose++; break;
    case 'V': ++*version; break;
    case 'x': cli_skip_first_line = 1; break;
    case 'W': return cli_list_add(&cli_warnoptions, arg) < 0 ? 1 : -1;
    case 'X': return cli_xoption(arg) ? 1 : -1;
    case 'J': return cli_usage_error(program, "%s", "-J is reserved for Jython");
    default:
        break;
    }
    return -1;
}

static bool cli_takes_arg(char c) { return c == 'c' || c == 'm' || c == 'W' || c == 'X'; }

static bool cli_known(char c) { return c && strchr("bBcdEhiIJmOPqRsSuvVWxX?", c) != NULL; }

/* The environment, read after the options (they win where both speak). */
static int cli_environment(cli_options *o)
{
    sys_config_t *cf = &sys_config;
    str_hash_ignore_env = cf->ignore_environment;
    if (cf->ignore_environment)
        return -1;
    const char *e;
    if ((e = getenv("PYTHONHASHSEED")) && *e && strcmp(e, "random") != 0) {
        char *end;
        unsigned long long n = strtoull(e, &end, 10);
        if (*end || e[0] == '-' || n > 4294967295ULL) {
            fprintf(stderr, "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" "
                            "or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n");
            return 1;
        }
    }
    if ((e = getenv("PYTHONUNBUFFERED")) && *e)
        cli_unbuffered = 1;
    /* unlike -i, PYTHONINSPECT does not make stdin count as interactive:
     * the prompt comes after the program only on a terminal */
    if ((e = getenv("PYTHONINSPECT")) && *e) {
        cf->inspect = 1;
        o->inspect = o->inspect || isatty(0);
    }
    if ((e = getenv("PYTHONSAFEPATH")) && *e)
        cf->safe_path = true;
    if ((e = getenv("PYTHONNOUSERSITE")) && *e)
        cf->no_user_site = 1;
    if ((e = getenv("PYTHONOPTIMIZE")) && *e) {
        int n = atoi(e);
        n = n > 0 ? n : 1;
        if (n > cf->optimize)
            cf->optimize = n;
    }
    if ((e = getenv("PYTHONDEBUG")) && *e && !cf->debug)
        cf->debug = atoi(e) > 0 ? atoi(e) : 1;
    if ((e = getenv("PYTHONDEVMODE")) && *e)
        cf->dev_mode = true;
    if ((e = getenv("PYTHONUTF8")) && !strcmp(e, "1"))
        cf->utf8_mode = 1;
    if ((e = getenv("PYTHONWARNINGS")) && *e)
        cli_env_warnings = e;
    if ((e = getenv("PYTHONINTMAXSTRDIGITS")) && *e) {
        long n = strtol(e, NULL, 10);
        if (n == 0 || n >= 640)
            int_max_str_digits = (int)n;
    }
    /* PYTHONDONTWRITEBYTECODE, PYTHONVERBOSE, PYTHONPYCACHEPREFIX and
     * PYTHONPATH are read by sys itself (sysmodule.c's set_config). */
    return -1;
}

/* Reads the options; *i ends at the first word that is not one. Returns
 * -1 to go on, else an exit status. */
static int cli_options_loop(int argc, char **argv, cli_options *o, int *i, int *version, bool *help)
{
    const char *program = o->program;
    for (*i = 1; *i < argc; ++*i) {
        const char *a = argv[*i];
        if (a[0] != '-' || !a[1])
            return -1;                    /* the file, or "-": stdin */
        if (!strcmp(a, "--")) {
            ++*i;
            return -1;
        }
        if (a[1] == '-') {                /* long options */
            if (!strcmp(a, "--help") || !strcmp(a, "--help-all") || !strcmp(a, "--help-env") ||
                !strcmp(a, "--help-xoptions"))
                *help = true;
            else if (!strcmp(a, "--version"))
                ++*version;
            else if (!strcmp(a, "--check-hash-based-pycs")) {
                if (*i + 1 >= argc)
                    return cli_usage_error(program, "Argument expected for the %s options", a);
                int r = cli_check_hash(program, argv[++*i], o);
                if (r >= 0)
                    return r;
            } else
                return cli_usage_error(program, "unknown option %s", a);
            continue;
        }
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            if (!cli_known(c)) {
                char opt[3] = { '-', c, 0 };
                return cli_usage_error(program, "Unknown option: %s", opt);
            }
            if (c == 'h' || c == '?') {
                *help = true;
                continue;
            }
            if (!cli_takes_arg(c)) {
                int r = cli_short(program, c, NULL, o, version);
                if (r >= 0)
                    return r;
                continue;
            }
            const char *arg = p[1] ? p + 1 : (*i + 1 < argc ? argv[++*i] : NULL);
            if (!arg) {
                char opt[3] = { '-', c, 0 };
                return cli_usage_error(program, "Argument expected for the %s option", opt);
            }
            if (c == 'c' || c == 'm') {
                o->mode = c == 'c' ? CLI_RUN_COMMAND : CLI_RUN_MODULE;
                o->target = arg;
                ++*i;
                return -1;
            }
            int r = cli_short(program, c, arg, o, version);
            if (r >= 0)
                return r;
            break;                         /* the rest of the word was the argument */
        }
    }
    return -1;
}

int cli_parse(int argc, char **argv, cli_options *o)
{
    memset(o, 0, sizeof *o);
    o->program = argc > 0 ? argv[0] : "taipan";
    o->orig_argc = argc;
    o->orig_argv = argv;
    o->mode = CLI_RUN_FILE;
    o->check_hash_pycs = PYC_CHECK_DEFAULT;
    int i, version = 0;
    bool help = false;
    int r = cli_options_loop(argc, argv, o, &i, &version, &help);
    if (r >= 0)
        return r;
    if (help) {
        cli_help(o->program);
        return 0;
    }
    if (version)
        return cli_version(version);
    if ((r = cli_environment(o)) >= 0)
        return r;
    /* sys.argv: the rest of the line, with argv[0] saying what runs; a
     * copy, since sys.orig_argv keeps the line as given */
    if (o->mode == CLI_RUN_COMMAND || o->mode == CLI_RUN_MODULE) {
        o->argc = argc - i + 1;
        o->argv = malloc((size_t)(o->argc + 1) * sizeof(char *));
        if (!o->argv)
            return 1;
        memcpy(o->argv + 1, argv + i, (size_t)(argc - i + 1) * sizeof(char *));
        o->argv[0] = o->mode == CLI_RUN_COMMAND ? "-c" : "-m";
    } else if (i < argc && strcmp(argv[i], "-") != 0) {
        o->mode = CLI_RUN_FILE;
        o->target = argv[i];
        o->argc = argc - i;
        o->argv = argv + i;
    } else if (i < argc) {
        o->mode = CLI_RUN_STDIN;
        o->argc = argc - i;
        o->argv = argv + i;
    } else {
        o->mode = isatty(0) ? CLI_RUN_PROMPT : CLI_RUN_STDIN;
        o->argc = 0;
        o->argv = argv + argc;
    }
    return -1;
}
