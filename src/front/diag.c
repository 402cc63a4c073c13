/* The SyntaxError record of diag.h: raising one (converting the parser's
 * byte columns into CPython's 1-based character offsets, the way CPython
 * converts them, quirks included) and printing it as CPython 3.11's top-level
 * exception printer does (the source line without its indentation, then a
 * caret line spanning offset..end_offset, clipped to the line). */
#include "diag.h"
#include "../unicode/unicode.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void diag_init(diag *d)
{
    memset(d, 0, sizeof *d);
}

void diag_clear(diag *d)
{
    free(d->msg);
    free(d->filename);
    free(d->text);
    diag_init(d);
}

const char *diag_type_name(int type)
{
    switch (type) {
    case DIAG_SYNTAX_ERROR: return "SyntaxError";
    case DIAG_INDENTATION_ERROR: return "IndentationError";
    case DIAG_TAB_ERROR: return "TabError";
    case DIAG_MEMORY_ERROR: return "MemoryError";
    case DIAG_RECURSION_ERROR: return "RecursionError";
    case DIAG_VALUE_ERROR: return "ValueError";
    default: return "Error";
    }
}

/* CPython's _PyPegen_byte_offset_to_character_offset: the number of
 * characters in the first `col` bytes of the line (col is 1-based there, so
 * it counts the character the column points into). */
static int byte_to_char_offset(const char *line, int col)
{
    if (!line)
        return col;
    size_t len = strlen(line);
    if (col < 0)
        return col;
    if ((size_t)col > len + 1)
        col = (int)len + 1;
    size_t n = (size_t)col <= len ? (size_t)col : len;
    return (int)utf8_count(line, n) + ((size_t)col > len ? 1 : 0);
}

void diag_raise_raw(diag *d, int type, const char *text, int lineno, int offset,
                    int end_lineno, int end_offset, const char *msg)
{
    diag_clear(d);
    d->type = type;
    d->msg = strdup(msg ? msg : "");
    d->text = text ? strdup(text) : NULL;
    d->lineno = lineno;
    d->offset = offset;
    d->end_lineno = end_lineno;
    d->end_offset = end_offset;
}

void diag_raise(diag *d, int type, const char *line_text, int lineno, int col_byte,
                int end_lineno, int end_col_byte, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    int offset = col_byte >= 0 ? byte_to_char_offset(line_text, col_byte + 1) : 0;
    int end_offset = end_col_byte >= 0 ? byte_to_char_offset(line_text, end_col_byte + 1) : 0;
    /* CPython keeps the line with its newline: the printer strips it. */
    char *text = NULL;
    if (line_text) {
        size_t n = strlen(line_text);
        text = malloc(n + 2);
        if (text) {
            memcpy(text, line_text, n);
            text[n] = '\n';
            text[n + 1] = 0;
        }
    }
    diag_raise_raw(d, type, NULL, lineno, offset, end_lineno, end_offset, buf);
    d->text = text;
}

void diag_no_memory(diag *d)
{
    diag_clear(d);
    d->type = DIAG_MEMORY_ERROR;
}

static int is_located(int type)
{
    return type == DIAG_SYNTAX_ERROR || type == DIAG_INDENTATION_ERROR || type == DIAG_TAB_ERROR;
}

/* The source line and caret line, as CPython's print_error_text. offset and
 * end_offset are in characters while the clipping uses byte lengths, as
 * CPython does. */
static void print_error_text(FILE *f, long offset, long end_offset, const char *text, int ranged)
{
    offset--;
    end_offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
        end_offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (!nl)
            break;
        long inl = nl - text;
        if (inl >= offset)
            break;
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
        end_offset -= inl;
    }
    fputs("    ", f);
    fputs(text, f);
    if (text[len] != '\n')
        fputc('\n', f);
    if (offset < 0)
        return;
    fputs("    ", f);
    for (long i = 0; i < offset; i++)
        fputc(' ', f);
    long carets = ranged ? end_offset - offset : 1;
    if (carets <= 0)
        carets = 1;
    for (long i = 0; i < carets; i++)
        fputc('^', f);
    fputc('\n', f);
}

void diag_print_source(FILE *f, const char *text, int lineno, long offset, int end_lineno,
                       long end_offset, int ranged)
{
    long line_size = (long)strlen(text);
    if (!end_offset)
        end_offset = -1;
    if (end_lineno > lineno)
        end_offset = line_size;
    if (end_offset > line_size + 1)
        end_offset = line_size + 1;
    print_error_text(f, offset, end_offset, text, ranged);
}

void diag_print(const diag *d, FILE *f)
{
    if (is_located(d->type) && d->lineno > 0) {
        fprintf(f, "  File \"%s\", line %d\n", d->filename ? d->filename : "<string>", d->lineno);
        /* CPython underlines a range only for SyntaxError itself, not
         * for its subclasses IndentationError and TabError */
        if (d->text)
            diag_print_source(f, d->text, d->lineno, d->offset, d->end_lineno, d->end_offset,
                              d->type == DIAG_SYNTAX_ERROR);
    }
    if (d->msg && d->msg[0])
        fprintf(f, "%s: %s\n", diag_type_name(d->type), d->msg);
    else
        fprintf(f, "%s\n", diag_type_name(d->type));
}
