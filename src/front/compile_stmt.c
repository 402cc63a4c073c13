/* Code generation for statements: assignments, control flow (if, while,
 * for, break/continue/return unwinding through the frame-block stack),
 * try/except/finally and with (zero-cost: handlers recorded per
 * instruction, see compile_internal.h), raise, assert, import, global,
 * annotations. The shapes follow CPython 3.11's compiler so the VM's
 * opcodes behave as CPython's do. */
#include <string.h>
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "compile_internal.h"

/* The `LOAD_CONST None; RESUME ...` pattern of yield from / await:
 * receiver and value on the stack, leaves the result. */
void c_send_loop(compiler *c, int resume_arg)
{
    block *start = c_new_block(c), *exit = c_new_block(c);
    c_use_block(c, start);
    c_emit_jump(c, OP_SEND, exit);
    c_emit(c, OP_YIELD_VALUE, 0);
    c_emit(c, OP_RESUME, resume_arg);
    c_emit_jump(c, PSEUDO_JUMP_NO_INTERRUPT, start);
    c_use_block(c, exit);
}

/* exit(None, None, None) for a with block left normally: the stack holds
 * exit; CALL's [A, B, args] form calls A(B, args). */
void c_call_exit_with_nones(compiler *c)
{
    c_load_none(c);
    c_load_none(c);
    c_load_none(c);
    c_emit(c, OP_CALL, 2);
}

/* -- Unwinding -------------------------------------------------------------- */

static void unwind_one(compiler *c, fblock *f, bool preserve_tos)
{
    switch (f->kind) {
    case FB_WHILE: case FB_EXCEPTION_HANDLER: case FB_EXCEPTION_GROUP_HANDLER:
        return;
    case FB_FOR:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_TOP, 0);
        return;
    case FB_ASYNC_FOR:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        return;
    case FB_FINALLY_TRY:
        if (preserve_tos) {
            if (!c_push_fblock(c, FB_POP_VALUE, NULL, NULL))
                return;
        }
        /* the finally body runs here, inline, outside its own protection */
        c_stmts(c, f->finalbody);
        if (preserve_tos)
            c_pop_fblock(c);
        return;
    case FB_FINALLY_END:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_TOP, 0);   /* the exception */
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_EXCEPT, 0);
        return;
    case FB_WITH: case FB_ASYNC_WITH:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_call_exit_with_nones(c);
        if (f->kind == FB_ASYNC_WITH) {
            c_emit(c, OP_GET_AWAITABLE, 2);
            c_load_none(c);
            c_send_loop(c, 3);
        }
        c_emit(c, OP_POP_TOP, 0);
        return;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_EXCEPT, 0);
        if (f->name) {
            c_load_none(c);
            c_nameop(c, f->name, AST_CTX_Store);
            c_nameop(c, f->name, AST_CTX_Del);
        }
        return;
    case FB_POP_VALUE:
        if (preserve_tos)
            c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_POP_TOP, 0);
        return;
    }
}

/* Unwinds the frame blocks from the innermost outwards, stopping at a loop
 * when `loop` is given (*loop is set to it, NULL when there is none). The
 * handler stack follows: code emitted for a block runs outside that
 * block's own handler. */
void c_unwind_fblock_stack(compiler *c, bool preserve_tos, fblock **loop)
{
    cunit *u = c->u;
    int saved_n = u->nfblocks, saved_h = u->nhandlers;
    fblock saved[MAX_FBLOCKS];
    block *hsaved[MAX_HANDLERS];
    memcpy(saved, u->fblocks, sizeof(fblock) * (size_t)saved_n);
    memcpy(hsaved, u->handlers, sizeof(block *) * (size_t)saved_h);
    if (loop)
        *loop = NULL;
    while (u->nfblocks > 0 && !c->failed) {
        fblock *f = &u->fblocks[u->nfblocks - 1];
        if (loop && (f->kind == FB_WHILE || f->kind == FB_FOR || f->kind == FB_ASYNC_FOR)) {
            *loop = &saved[u->nfblocks - 1];
            break;
        }
        if (f->kind == FB_EXCEPTION_GROUP_HANDLER) {
            c_error_here(c, "'break', 'continue' and 'return' cannot appear in an except* block");
            break;
        }
        fblock copy = *f;
        u->nfblocks--;
        u->nhandlers = copy.nhandlers;
        unwind_one(c, &copy, preserve_tos);
    }
    memcpy(u->fblocks, saved, sizeof(fblock) * (size_t)saved_n);
    memcpy(u->handlers, hsaved, sizeof(block *) * (size_t)saved_h);
    u->nfblocks = saved_n;
    if (loop && *loop) {
        int idx = (int)(*loop - saved);
        *loop = &u->fblocks[idx];
        /* code after the loop's own unwinding is protected as the loop is */
        u->nhandlers = u->fblocks[idx].nhandlers;
        return;
    }
}

static void restore_handlers_after_jump(compiler *c, int saved)
{
    c->u->nhandlers = saved;
}

static void stmt_return(compiler *c, ast_node *n)
{
    if (c->u->ste->kind != ST_FUNCTION) {
        c_error(c, n, "'return' outside function");
        return;
    }
    if (n->v.Return.value && c->u->ste->coroutine && c->u->ste->generator) {
        c_error(c, n, "'return' with value in async generator");
        return;
    }
    int saved = c->u->nhandlers;
    ast_node *v = n->v.Return.value;
    /* a constant is loaded after the unwinding, as CPython does (which
     * also places errors found unwinding at the constant) */
    bool value = v && v->kind != AST_Constant;
    if (value)
        c_expr(c, v);
    else if (v)
        c_set_loc(c, v);
    c_unwind_fblock_stack(c, value, NULL);
    c_set_loc(c, n);
    if (!value) {
        if (v) {
            c_set_loc(c, v);
            c_expr(c, v);
            c_set_loc(c, n);
        } else {
            c_load_none(c);
        }
    }
    c_emit(c, OP_RETURN_VALUE, 0);
    restore_handlers_after_jump(c, saved);
}

static void stmt_break_continue(compiler *c, ast_node *n, bool is_break)
{
    int saved = c->u->nhandlers;
    fblock *loop;
    c_unwind_fblock_stack(c, false, &loop);
    if (!loop) {
        c->u->nhandlers = saved;
        c_error(c, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    c_set_loc(c, n);
    if (is_break) {
        unwind_one(c, loop, false);
        c_emit_jump(c, PSEUDO_JUMP, loop->exit);
    } else {
        c_emit_jump(c, PSEUDO_JUMP, loop->start);
    }
    restore_handlers_after_jump(c, saved);
}

/* -- Simple statements ------------------------------------------------------- */

static void stmt_assign(compiler *c, ast_node *n)
{
    ast_seq *targets = n->v.Assign.targets;
    int nt = ast_seq_len(targets);
    c_expr(c, n->v.Assign.value);
    for (int i = 0; i < nt; i++) {
        if (i < nt - 1)
            c_emit(c, OP_COPY, 1);
        c_store_target(c, ast_seq_node(targets, i));
    }
}

static void stmt_augassign(compiler *c, ast_node *n)
{
    ast_node *t = n->v.AugAssign.target;
    int op = NB_COUNT + n->v.AugAssign.op - 1;
    switch (t->kind) {
    case AST_Name:
        /* the name's own position for its load and store, as CPython */
        c_set_loc(c, t);
        c_nameop(c, t->v.Name.id, AST_CTX_Load);
        c_expr(c, n->v.AugAssign.value);
        c_set_loc(c, n);
        c_emit(c, OP_BINARY_OP, op);
        c_set_loc(c, t);
        c_nameop(c, t->v.Name.id, AST_CTX_Store);
        break;
    case AST_Attribute: {
        int name = c_add_name(c, c_mangle(c, t->v.Attribute.attr));
        c_expr(c, t->v.Attribute.value);
        c_emit(c, OP_COPY, 1);
        c_set_loc(c, t);
        c_emit(c, OP_LOAD_ATTR, name);
        c_expr(c, n->v.AugAssign.value);
        c_set_loc(c, n);
        c_emit(c, OP_BINARY_OP, op);
        c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_STORE_ATTR, name);
        break;
    }
    case AST_Subscript:
        c_expr(c, t->v.Subscript.value);
        if (t->v.Subscript.slice->kind == AST_Slice)
            c_expr(c, t->v.Subscript.slice);
        else
            c_expr(c, t->v.Subscript.slice);
        c_emit(c, OP_COPY, 2);
        c_emit(c, OP_COPY, 2);
        c_set_loc(c, t);
        c_emit(c, OP_BINARY_SUBSCR, 0);
        c_expr(c, n->v.AugAssign.value);
        c_set_loc(c, n);
        c_emit(c, OP_BINARY_OP, op);
        c_emit(c, OP_SWAP, 3);
        c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_STORE_SUBSCR, 0);
        break;
    default:
        c_error(c, t, "illegal expression for augmented assignment");
        break;
    }
}

static void stmt_annassign(compiler *c, ast_node *n)
{
    ast_node *t = n->v.AnnAssign.target;
    if (n->v.AnnAssign.value) {
        c_expr(c, n->v.AnnAssign.value);
        c_store_target(c, t);
    }
    if (t->kind == AST_Name) {
        /* module and class level: __annotations__[name] = annotation */
        if (n->v.AnnAssign.simple && c->u->ste->kind != ST_FUNCTION) {
            c_annotation(c, n->v.AnnAssign.annotation);
            c_nameop(c, "__annotations__", AST_CTX_Load);
            c_load_const(c, c_str(c, c_mangle(c, t->v.Name.id)));
            c_emit(c, OP_STORE_SUBSCR, 0);
        }
    } else if (!n->v.AnnAssign.value) {
        /* the target's parts are still evaluated */
        if (t->kind == AST_Attribute) {
            c_expr(c, t->v.Attribute.value);
            c_emit(c, OP_POP_TOP, 0);
        } else if (t->kind == AST_Subscript) {
            c_expr(c, t->v.Subscript.value);
            c_emit(c, OP_POP_TOP, 0);
            c_expr(c, t->v.Subscript.slice);
            c_emit(c, OP_POP_TOP, 0);
        }
    }
    /* a complex target's annotation (including a parenthesised name) is
     * evaluated last and dropped, outside functions */
    if (!n->v.AnnAssign.simple && c->u->ste->kind != ST_FUNCTION && !c->future_annotations) {
        c_expr(c, n->v.AnnAssign.annotation);
        c_emit(c, OP_POP_TOP, 0);
    }
}

static void stmt_raise(compiler *c, ast_node *n)
{
    int argc = 0;
    if (n->v.Raise.exc) {
        c_expr(c, n->v.Raise.exc);
        argc = 1;
        if (n->v.Raise.cause) {
            c_expr(c, n->v.Raise.cause);
            argc = 2;
        }
    }
    c_set_loc(c, n);
    c_emit(c, OP_RAISE_VARARGS, argc);
}

/* The last comparison c_jump_if meets in e (through not, and/or and
 * conditional expressions), or NULL: CPython 3.11 leaves the position of
 * that comparison current, so the AssertionError is raised "at" it and
 * the traceback's carets point at it. */
static ast_node *last_jump_compare(ast_node *e)
{
    ast_node *r = NULL, *x;
    switch (e->kind) {
    case AST_Compare:
        return e;
    case AST_UnaryOp:
        return e->v.UnaryOp.op == AST_UNARY_Not ? last_jump_compare(e->v.UnaryOp.operand) : NULL;
    case AST_BoolOp:
        for (int i = 0; i < ast_seq_len(e->v.BoolOp.values); i++)
            if ((x = last_jump_compare(ast_seq_node(e->v.BoolOp.values, i))))
                r = x;
        return r;
    case AST_IfExp:
        if ((x = last_jump_compare(e->v.IfExp.test)))
            r = x;
        if ((x = last_jump_compare(e->v.IfExp.body)))
            r = x;
        if ((x = last_jump_compare(e->v.IfExp.orelse)))
            r = x;
        return r;
    default:
        return NULL;
    }
}

static void stmt_assert(compiler *c, ast_node *n)
{
    ast_node *t = n->v.Assert.test;
    if (t->kind == AST_Tuple && ast_seq_len(t->v.Tuple.elts) > 0)
        c_warn(c, "assertion is always true, perhaps remove parentheses?");
    if (c->flags & COMPILE_OPTIMIZE)
        return;
    block *end = c_new_block(c);
    c_jump_if(c, n->v.Assert.test, end, true);
    ast_node *at = last_jump_compare(n->v.Assert.test);
    if (!at)
        at = n;
    c_set_loc(c, at);
    c_emit(c, OP_LOAD_ASSERTION_ERROR, 0);
    if (n->v.Assert.msg) {
        c_expr(c, n->v.Assert.msg);
        c_set_loc(c, at);
        c_emit(c, OP_CALL, 0);
    }
    c_emit(c, OP_RAISE_VARARGS, 1);
    c_use_block(c, end);
}

static void stmt_import(compiler *c, ast_node *n)
{
    ast_seq *names = n->v.Import.names;
    for (int i = 0; i < ast_seq_len(names); i++) {
        ast_node *a = ast_seq_node(names, i);
        const char *name = a->v.alias.name;
        c_load_const(c, v_small(0));
        c_load_none(c);
        c_emit(c, OP_IMPORT_NAME, c_add_name(c, name));
        if (a->v.alias.asname) {
            /* import a.b.c as d: d is the innermost module */
            const char *dot = strchr(name, '.');
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t len = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                char *part = arena_strndup(c->arena, dot + 1, len);
                if (!part) {
                    c_oom(c);
                    return;
                }
                c_emit(c, OP_IMPORT_FROM, c_add_name(c, part));
                c_emit(c, OP_SWAP, 2);
                c_emit(c, OP_POP_TOP, 0);
                dot = next;
            }
            c_nameop(c, a->v.alias.asname, AST_CTX_Store);
        } else {
            const char *dot = strchr(name, '.');
            char *first = dot ? arena_strndup(c->arena, name, (size_t)(dot - name)) : (char *)name;
            if (!first) {
                c_oom(c);
                return;
            }
            c_nameop(c, first, AST_CTX_Store);
        }
    }
}

static void stmt_import_from(compiler *c, ast_node *n)
{
    ast_seq *names = n->v.ImportFrom.names;
    int nn = ast_seq_len(names);
    value fromlist = tuple_new((size_t)nn);
    if (!fromlist) {
        c_oom(c);
        return;
    }
    for (int i = 0; i < nn; i++)
        tuple_items(fromlist)[i] = c_str(c, ast_seq_node(names, i)->v.alias.name);
    const char *module = n->v.ImportFrom.module ? n->v.ImportFrom.module : "";
    if (!strcmp(module, "__future__") && n->lineno > c->future_lineno) {
        c_error(c, n, "from __future__ imports must occur at the beginning of the file");
        return;
    }
    c_load_const(c, v_small(n->v.ImportFrom.level));
    c_load_const(c, fromlist);
    c_emit(c, OP_IMPORT_NAME, c_add_name(c, module));
    for (int i = 0; i < nn; i++) {
        ast_node *a = ast_seq_node(names, i);
        if (!strcmp(a->v.alias.name, "*")) {
            c_emit(c, OP_IMPORT_STAR, 0);
            return;
        }
        c_emit(c, OP_IMPORT_FROM, c_add_name(c, a->v.alias.name));
        c_nameop(c, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, AST_CTX_Store);
    }
    c_emit(c, OP_POP_TOP, 0);
}

static void stmt_expr(compiler *c, ast_node *n)
{
    ast_node *v = n->v.Expr.value;
    if (c->interactive && c->u->kind == UNIT_MODULE) {
        c_expr(c, v);
        c_emit(c, OP_PRINT_EXPR, 0);
        return;
    }
    if (v->kind == AST_Constant)
        return;   /* no effect, as CPython drops it */
    c_expr(c, v);
    c_set_loc(c, n);
    c_emit(c, OP_POP_TOP, 0);
}

/* -- Compound statements -------------------------------------------------------- */

static void stmt_if(compiler *c, ast_node *n)
{
    block *end = c_new_block(c);
    block *orelse = ast_seq_len(n->v.If.orelse) ? c_new_block(c) : end;
    c_jump_if(c, n->v.If.test, orelse, false);
    c_stmts(c, n->v.If.body);
    if (ast_seq_len(n->v.If.orelse)) {
        c_set_loc_none(c);
        c_emit_jump(c, PSEUDO_JUMP, end);
        c_use_block(c, orelse);
        c_stmts(c, n->v.If.orelse);
    }
    c_use_block(c, end);
}

static void stmt_while(compiler *c, ast_node *n)
{
    block *loop = c_new_block(c), *orelse = c_new_block(c), *end = c_new_block(c);
    c_use_block(c, loop);
    if (!c_push_fblock(c, FB_WHILE, loop, end))
        return;
    c_jump_if(c, n->v.While.test, orelse, false);
    c_stmts(c, n->v.While.body);
    c_set_loc_none(c);   /* artificial: the body's last line (assemble.c) */
    c_emit_jump(c, PSEUDO_JUMP, loop);
    c_pop_fblock(c);
    c_use_block(c, orelse);
    c_stmts(c, n->v.While.orelse);
    c_use_block(c, end);
}

static void stmt_for(compiler *c, ast_node *n)
{
    block *start = c_new_block(c), *cleanup = c_new_block(c), *end = c_new_block(c);
    c_expr(c, n->v.For.iter);
    c_set_loc(c, n);
    c_emit(c, OP_GET_ITER, 0);
    c_use_block(c, start);
    if (!c_push_fblock(c, FB_FOR, start, end))
        return;
    c_emit_jump(c, OP_FOR_ITER, cleanup);
    c_store_target(c, n->v.For.target);
    c_stmts(c, n->v.For.body);
    c_set_loc_none(c);   /* artificial: the body's last line (assemble.c) */
    c_emit_jump(c, PSEUDO_JUMP, start);
    c_pop_fblock(c);
    c_use_block(c, cleanup);
    c_stmts(c, n->v.For.orelse);
    c_use_block(c, end);
}

static void stmt_async_for(compiler *c, ast_node *n)
{
    if (c->u->kind != UNIT_ASYNC_FUNCTION) {
        c_error(c, n, "'async for' outside async function");
        return;
    }
    block *start = c_new_block(c), *except = c_new_block(c), *end = c_new_block(c);
    c_expr(c, n->v.AsyncFor.iter);
    c_set_loc(c, n);
    c_emit(c, OP_GET_AITER, 0);
    c_use_block(c, start);
    if (!c_push_fblock(c, FB_ASYNC_FOR, start, end))
        return;
    c_emit_setup(c, except, false, 0);
    c_emit(c, OP_GET_ANEXT, 0);
    c_load_none(c);
    c_send_loop(c, 3);
    c_pop_handler(c);
    c_store_target(c, n->v.AsyncFor.target);
    c_stmts(c, n->v.AsyncFor.body);
    c_set_loc_none(c);
    c_emit_jump(c, PSEUDO_JUMP, start);
    c_pop_fblock(c);
    c_use_block(c, except);
    c_set_loc_none(c);
    c_emit(c, OP_END_ASYNC_FOR, 0);
    c_stmts(c, n->v.AsyncFor.orelse);
    c_use_block(c, end);
}

/* The cleanup of a handler: [prev, lasti, exc] -> restore prev, re-raise. */
static void pop_except_and_reraise(compiler *c)
{
    c_emit(c, OP_COPY, 3);
    c_emit(c, OP_POP_EXCEPT, 0);
    c_emit(c, OP_RERAISE, 1);
}

static void try_except(compiler *c, ast_node *n)
{
    block *body = c_new_block(c), *except = c_new_block(c), *orelse = c_new_block(c),
          *end = c_new_block(c), *cleanup = c_new_block(c);
    c_use_block(c, body);
    c_emit(c, OP_NOP, 0);   /* the `try:` line, for tracing (as CPython's leftover NOP) */
    c_emit_setup(c, except, false, 0);
    if (!c_push_fblock(c, FB_TRY_EXCEPT, body, NULL))
        return;
    c_stmts(c, n->v.Try.body);
    c_pop_fblock(c);
    c_pop_handler(c);
    c_set_loc_none(c);
    c_emit(c, OP_NOP, 0);
    c_use_block(c, orelse);
    c_stmts(c, n->v.Try.orelse);
    c_set_loc_none(c);
    c_emit_jump(c, PSEUDO_JUMP, end);

    c_use_block(c, except);
    c_emit_setup(c, cleanup, true, 0);
    c_emit(c, OP_PUSH_EXC_INFO, 0);
    ast_seq *hs = n->v.Try.handlers;
    for (int i = 0; i < ast_seq_len(hs) && !c->failed; i++) {
        ast_node *h = ast_seq_node(hs, i);
        c_set_loc(c, h);
        if (!h->v.ExceptHandler.type && i < ast_seq_len(hs) - 1) {
            c_error(c, h, "default 'except:' must be last");
            return;
        }
        block *next = c_new_block(c);
        if (h->v.ExceptHandler.type) {
            c_expr(c, h->v.ExceptHandler.type);
            c_set_loc(c, h);
            c_emit(c, OP_CHECK_EXC_MATCH, 0);
            c_emit_jump(c, OP_POP_JUMP_IF_FALSE, next);
        }
        const char *name = h->v.ExceptHandler.name;
        if (name) {
            block *cleanup_body = c_new_block(c), *cleanup_end = c_new_block(c);
            c_nameop(c, name, AST_CTX_Store);
            c_emit_setup(c, cleanup_end, true, 0);
            if (!c_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL))
                return;
            c->u->fblocks[c->u->nfblocks - 1].name = name;
            c->u->fblocks[c->u->nfblocks - 1].nhandlers = c->u->nhandlers - 2;
            c_use_block(c, cleanup_body);
            c_stmts(c, h->v.ExceptHandler.body);
            c_pop_fblock(c);
            c_pop_handler(c);
            c_pop_handler(c);
            c_set_loc_none(c);
            c_emit(c, OP_POP_EXCEPT, 0);
            c_load_none(c);
            c_nameop(c, name, AST_CTX_Store);
            c_nameop(c, name, AST_CTX_Del);
            c_emit_jump(c, PSEUDO_JUMP, end);
            /* the name is cleared when the handler body raises too */
            c->u->handlers[c->u->nhandlers++] = cleanup;
            c_use_block(c, cleanup_end);
            c_load_none(c);
            c_nameop(c, name, AST_CTX_Store);
            c_nameop(c, name, AST_CTX_Del);
            c_emit(c, OP_RERAISE, 1);
        } else {
            block *cleanup_body = c_new_block(c);
            c_emit(c, OP_POP_TOP, 0);
            if (!c_push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL))
                return;
            c->u->fblocks[c->u->nfblocks - 1].nhandlers = c->u->nhandlers - 1;
            c_use_block(c, cleanup_body);
            c_stmts(c, h->v.ExceptHandler.body);
            c_pop_fblock(c);
            c_pop_handler(c);
            c_set_loc_none(c);
            c_emit(c, OP_POP_EXCEPT, 0);
            c_emit_jump(c, PSEUDO_JUMP, end);
            c->u->handlers[c->u->nhandlers++] = cleanup;
        }
        c_use_block(c, next);
    }
    /* no handler matched */
    c_set_loc_none(c);
    c_emit(c, OP_RERAISE, 0);
    c_pop_handler(c);
    c_use_block(c, cleanup);
    pop_except_and_reraise(c);
    c_use_block(c, end);
}

/* try/except*: the handlers split the exception group in turn; what they
 * raise and what no handler matched are joined by PREP_RERAISE_STAR. */
static void try_star_except(compiler *c, ast_node *n)
{
    block *body = c_new_block(c), *except = c_new_block(c), *orelse = c_new_block(c),
          *end = c_new_block(c), *cleanup = c_new_block(c), *reraise_star = c_new_block(c);
    c_use_block(c, body);
    c_emit(c, OP_NOP, 0);   /* the `try:` line, for tracing (as CPython's leftover NOP) */
    c_emit_setup(c, except, false, 0);
    if (!c_push_fblock(c, FB_TRY_EXCEPT, body, NULL))
        return;
    c_stmts(c, n->v.TryStar.body);
    c_pop_fblock(c);
    c_pop_handler(c);
    c_set_loc_none(c);
    c_emit(c, OP_NOP, 0);
    c_emit_jump(c, PSEUDO_JUMP, orelse);

    c_use_block(c, except);
    c_emit_setup(c, cleanup, true, 0);
    c_emit(c, OP_PUSH_EXC_INFO, 0);
    if (!c_push_fblock(c, FB_EXCEPTION_GROUP_HANDLER, NULL, NULL))
        return;
    ast_seq *hs = n->v.TryStar.handlers;
    for (int i = 0; i < ast_seq_len(hs) && !c->failed; i++) {
        ast_node *h = ast_seq_node(hs, i);
        c_set_loc(c, h);
        block *next = c_new_block(c), *no_match = c_new_block(c), *cleanup_end = c_new_block(c);
        if (i == 0) {
            /* [orig, [], rest]: the original group, what gets re-raised, what is left */
            c_emit(c, OP_COPY, 1);
            c_emit(c, OP_BUILD_LIST, 0);
            c_emit(c, OP_SWAP, 2);
        }
        if (h->v.ExceptHandler.type) {
            c_expr(c, h->v.ExceptHandler.type);
            c_set_loc(c, h);
            c_emit(c, OP_CHECK_EG_MATCH, 0);
            c_emit(c, OP_COPY, 1);
            c_emit_jump(c, OP_POP_JUMP_IF_NONE, no_match);
        }
        const char *name = h->v.ExceptHandler.name;
        if (name)
            c_nameop(c, name, AST_CTX_Store);
        else
            c_emit(c, OP_POP_TOP, 0);
        c_emit_setup(c, cleanup_end, true, 0);
        c_stmts(c, h->v.ExceptHandler.body);
        c_pop_handler(c);
        c_set_loc_none(c);
        if (name) {
            c_load_none(c);
            c_nameop(c, name, AST_CTX_Store);
            c_nameop(c, name, AST_CTX_Del);
        }
        c_emit_jump(c, PSEUDO_JUMP, next);
        /* [orig, list, rest, lasti, exc]: keep what the body raised */
        c_use_block(c, cleanup_end);
        if (name) {
            c_load_none(c);
            c_nameop(c, name, AST_CTX_Store);
            c_nameop(c, name, AST_CTX_Del);
        }
        c_emit(c, OP_LIST_APPEND, 3);
        c_emit(c, OP_POP_TOP, 0);
        c_emit_jump(c, PSEUDO_JUMP, next);
        c_use_block(c, no_match);
        c_set_loc(c, h);
        c_emit(c, OP_POP_TOP, 0);
        c_use_block(c, next);
    }
    c_pop_fblock(c);
    c_use_block(c, reraise_star);
    c_set_loc_none(c);
    block *reraise = c_new_block(c);
    c_emit(c, OP_LIST_APPEND, 1);
    c_emit(c, OP_PREP_RERAISE_STAR, 0);
    c_emit(c, OP_COPY, 1);
    c_emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise);
    c_emit(c, OP_POP_TOP, 0);
    c_pop_handler(c);
    c_emit(c, OP_POP_EXCEPT, 0);
    c_emit_jump(c, PSEUDO_JUMP, end);
    c_use_block(c, reraise);
    c_emit(c, OP_SWAP, 2);
    c_emit(c, OP_POP_EXCEPT, 0);
    c_emit(c, OP_RERAISE, 0);
    c_use_block(c, cleanup);
    pop_except_and_reraise(c);
    c_use_block(c, orelse);
    c_stmts(c, n->v.TryStar.orelse);
    c_use_block(c, end);
}

static void try_finally(compiler *c, ast_node *n)
{
    block *body = c_new_block(c), *end = c_new_block(c), *exit = c_new_block(c),
          *cleanup = c_new_block(c);
    c_use_block(c, body);
    c_emit(c, OP_NOP, 0);   /* the `try:` line, for tracing (as CPython's leftover NOP) */
    c_emit_setup(c, end, false, 0);
    if (!c_push_fblock(c, FB_FINALLY_TRY, body, end))
        return;
    c->u->fblocks[c->u->nfblocks - 1].finalbody = n->v.Try.finalbody;
    c->u->fblocks[c->u->nfblocks - 1].nhandlers = c->u->nhandlers - 1;
    if (n->kind == AST_TryStar)
        try_star_except(c, n);
    else if (ast_seq_len(n->v.Try.handlers))
        try_except(c, n);
    else
        c_stmts(c, n->v.Try.body);
    c_pop_fblock(c);
    c_pop_handler(c);
    c_set_loc_none(c);
    c_emit(c, OP_NOP, 0);
    c_stmts(c, n->v.Try.finalbody);
    c_set_loc_none(c);
    c_emit_jump(c, PSEUDO_JUMP, exit);

    c_use_block(c, end);
    c_emit_setup(c, cleanup, true, 0);
    c_emit(c, OP_PUSH_EXC_INFO, 0);
    if (!c_push_fblock(c, FB_FINALLY_END, end, NULL))
        return;
    c->u->fblocks[c->u->nfblocks - 1].nhandlers = c->u->nhandlers - 1;
    c_stmts(c, n->v.Try.finalbody);
    c_pop_fblock(c);
    c_set_loc_none(c);
    c_emit(c, OP_RERAISE, 0);
    c_pop_handler(c);
    c_use_block(c, cleanup);
    pop_except_and_reraise(c);
    c_use_block(c, exit);
}

static void stmt_with(compiler *c, ast_node *n, int item, bool is_async)
{
    ast_seq *items = n->v.With.items;
    ast_node *it = ast_seq_node(items, item);
    if (is_async && c->u->kind != UNIT_ASYNC_FUNCTION) {
        c_error(c, n, "'async with' outside async function");
        return;
    }
    block *body = c_new_block(c), *final = c_new_block(c), *exit = c_new_block(c),
          *cleanup = c_new_block(c);
    c_expr(c, it->v.withitem.context_expr);
    c_set_loc(c, n);
    if (is_async) {
        c_emit(c, OP_BEFORE_ASYNC_WITH, 0);
        c_emit(c, OP_GET_AWAITABLE, 1);
        c_load_none(c);
        c_send_loop(c, 3);
    } else {
        c_emit(c, OP_BEFORE_WITH, 0);
    }
    c_use_block(c, body);
    /* [exit, enter_result]: the handler keeps exit */
    c_emit_setup(c, final, true, 1);
    if (!c_push_fblock(c, is_async ? FB_ASYNC_WITH : FB_WITH, body, NULL))
        return;
    c->u->fblocks[c->u->nfblocks - 1].nhandlers = c->u->nhandlers - 1;
    if (it->v.withitem.optional_vars)
        c_store_target(c, it->v.withitem.optional_vars);
    else
        c_emit(c, OP_POP_TOP, 0);
    if (item + 1 < ast_seq_len(items))
        stmt_with(c, n, item + 1, is_async);
    else
        c_stmts(c, n->v.With.body);
    c_pop_fblock(c);
    c_pop_handler(c);
    c_set_loc(c, n);
    c_call_exit_with_nones(c);
    if (is_async) {
        c_emit(c, OP_GET_AWAITABLE, 2);
        c_load_none(c);
        c_send_loop(c, 3);
    }
    c_emit(c, OP_POP_TOP, 0);
    c_emit_jump(c, PSEUDO_JUMP, exit);

    /* [exit, lasti, exc] */
    c_use_block(c, final);
    c_emit_setup(c, cleanup, true, 0);
    c_emit(c, OP_PUSH_EXC_INFO, 0);
    c_emit(c, OP_WITH_EXCEPT_START, 0);
    if (is_async) {
        c_emit(c, OP_GET_AWAITABLE, 2);
        c_load_none(c);
        c_send_loop(c, 3);
    }
    block *suppress = c_new_block(c);
    c_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress);
    c_emit(c, OP_RERAISE, 2);
    c_use_block(c, suppress);
    c_emit(c, OP_POP_TOP, 0);
    c_pop_handler(c);
    c_emit(c, OP_POP_EXCEPT, 0);
    c_emit(c, OP_POP_TOP, 0);
    c_emit(c, OP_POP_TOP, 0);
    c_emit_jump(c, PSEUDO_JUMP, exit);
    c_use_block(c, cleanup);
    pop_except_and_reraise(c);
    c_use_block(c, exit);
}

/* -- The dispatcher ---------------------------------------------------------------- */

void c_stmts(compiler *c, ast_seq *s)
{
    for (int i = 0; i < ast_seq_len(s) && !c->failed; i++)
        c_stmt(c, ast_seq_node(s, i));
}

void c_stmt(compiler *c, ast_node *n)
{
    if (c->failed)
        return;
    c_set_loc(c, n);
    switch (n->kind) {
    case AST_FunctionDef: c_function_def(c, n, false); break;
    case AST_AsyncFunctionDef: c_function_def(c, n, true); break;
    case AST_ClassDef: c_class_def(c, n); break;
    case AST_Return: stmt_return(c, n); break;
    case AST_Delete:
        for (int i = 0; i < ast_seq_len(n->v.Delete.targets); i++)
            c_store_target(c, ast_seq_node(n->v.Delete.targets, i));
        break;
    case AST_Assign: stmt_assign(c, n); break;
    case AST_AugAssign: stmt_augassign(c, n); break;
    case AST_AnnAssign: stmt_annassign(c, n); break;
    case AST_For: stmt_for(c, n); break;
    case AST_AsyncFor: stmt_async_for(c, n); break;
    case AST_While: stmt_while(c, n); break;
    case AST_If: stmt_if(c, n); break;
    case AST_With: stmt_with(c, n, 0, false); break;
    case AST_AsyncWith: stmt_with(c, n, 0, true); break;
    case AST_Match: c_match(c, n); break;
    case AST_Raise: stmt_raise(c, n); break;
    case AST_Try:
        if (ast_seq_len(n->v.Try.finalbody))
            try_finally(c, n);
        else
            try_except(c, n);
        break;
    case AST_TryStar:
        if (ast_seq_len(n->v.TryStar.finalbody))
            try_finally(c, n);
        else
            try_star_except(c, n);
        break;
    case AST_Assert: stmt_assert(c, n); break;
    case AST_Import: stmt_import(c, n); break;
    case AST_ImportFrom: stmt_import_from(c, n); break;
    case AST_Global: case AST_Nonlocal: break;
    case AST_Expr: stmt_expr(c, n); break;
    case AST_Pass: c_emit(c, OP_NOP, 0); break;
    case AST_Break: stmt_break_continue(c, n, true); break;
    case AST_Continue: stmt_break_continue(c, n, false); break;
    default:
        c_error(c, n, "unknown statement kind");
        break;
    }
}
