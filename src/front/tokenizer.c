/* The tokenizer (stub while being written): see tokenizer.h. */
#include <stdio.h>
#include <stdlib.h>
#include "tokenizer.h"

const char *const token_names[TOK_COUNT] = {
#define TOKEN(name, text) #name,
#include "tokens.def"
#undef TOKEN
};
const char *const token_texts[TOK_COUNT] = {
#define TOKEN(name, text) text,
#include "tokens.def"
#undef TOKEN
};

struct tokenizer { int dummy; };

tokenizer *tok_new(const char *bytes, size_t len, const char *filename, int flags, diag *err)
{ return calloc(1, sizeof(tokenizer)); }
tokenizer *tok_new_fragment(const char *utf8, size_t len, const char *filename, int flags,
                            int first_lineno, int first_col, diag *err)
{ return calloc(1, sizeof(tokenizer)); }
void tok_free(tokenizer *t) { free(t); }
int tok_next(tokenizer *t, token *out) { out->type = TOK_ENDMARKER; return TOK_ENDMARKER; }
int tok_error_kind(const tokenizer *t) { return 0; }
int tok_open_bracket(const tokenizer *t, int *lineno, int *col) { return 0; }
void tok_raise_unclosed(tokenizer *t) { }
const char *tok_line(const tokenizer *t, int lineno, size_t *len) { return NULL; }
const char *tok_encoding(const tokenizer *t) { return "utf-8"; }
int tok_dump(const char *bytes, size_t len, const char *filename, FILE *out) { return 0; }
