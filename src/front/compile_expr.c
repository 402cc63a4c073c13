/* Code generation for expressions (and assignment targets): operators with
 * constant folding, comparisons (chained ones keep the middle operand with
 * COPY/SWAP), short-circuit boolean jumps, displays with starred items,
 * calls (LOAD_METHOD for obj.m(...), KW_NAMES + CALL, CALL_FUNCTION_EX for
 * star-args and double-star kwargs), f-strings, yield/await, and the store side of names,
 * attributes, subscripts and unpacking. */
#include <string.h>
#include "../objects/complex.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"
#include "compile_internal.h"

#define MAX_EXPR_DEPTH 3000

/* -- Constants and folding --------------------------------------------------- */

/* The value of e when it is a constant (after folding its parts). */
bool c_const_of(compiler *c, ast_node *e, value *out)
{
    if (c->failed)
        return false;
    switch (e->kind) {
    case AST_Constant:
        *out = c_const_value(c, &e->v.Constant.value);
        return *out != V_NULL;
    case AST_Tuple: {
        if (e->v.Tuple.ctx != AST_CTX_Load)
            return false;
        int n = ast_seq_len(e->v.Tuple.elts);
        value items[n ? n : 1];
        for (int i = 0; i < n; i++) {
            ast_node *x = ast_seq_node(e->v.Tuple.elts, i);
            if (x->kind == AST_Starred || !c_const_of(c, x, &items[i]))
                return false;
        }
        *out = tuple_from_array(items, (size_t)n);
        if (!*out) {
            c_oom(c);
            return false;
        }
        return true;
    }
    case AST_UnaryOp: {
        value v;
        int op = e->v.UnaryOp.op;
        if (op == AST_UNARY_Not || !c_const_of(c, e->v.UnaryOp.operand, &v))
            return false;
        bool cplx = v_isinstance_exact(v, &complex_type);
        if (!(v_is_int(v) || v_isinstance_exact(v, &int_type) || v_is_float(v) || cplx))
            return false;
        value r = op == AST_UNARY_USub ? obj_neg(v) : op == AST_UNARY_UAdd ? obj_pos(v)
                  : v_is_float(v) || cplx ? V_NULL : obj_invert(v);
        if (!r) {
            exc_clear();
            return false;
        }
        *out = r;
        return true;
    }
    case AST_BinOp: {
        value a, b;
        if (!c_const_of(c, e->v.BinOp.left, &a) || !c_const_of(c, e->v.BinOp.right, &b))
            return false;
        bool anum = v_is_int(a) || v_isinstance_exact(a, &int_type) || v_is_float(a) ||
                    v_isinstance_exact(a, &complex_type);
        bool bnum = v_is_int(b) || v_isinstance_exact(b, &int_type) || v_is_float(b) ||
                    v_isinstance_exact(b, &complex_type);
        bool astr = v_is_str(a), bstr = v_is_str(b);
        int op = e->v.BinOp.op;
        if (anum && bnum) {
            /* keep folded ints small, as CPython (128 bits) */
            if (op == AST_OP_Pow || op == AST_OP_LShift) {
                if (!v_is_int(a) || !v_is_int(b) || v_int(b) < 0 || v_int(b) > 64 ||
                    v_int(a) > 0xffffffffLL || v_int(a) < -0xffffffffLL)
                    return false;
                if (op == AST_OP_Pow && v_int(a) != 0 && v_int(a) != 1 && v_int(a) != -1 &&
                    v_int(b) * 33 > 128)
                    return false;
            }
        } else if (astr && bstr && op == AST_OP_Add) {
            if (str_len(a) + str_len(b) > 4096)
                return false;
        } else if (astr && v_is_int(b) && op == AST_OP_Mult) {
            if (v_int(b) < 0 || (int64_t)str_len(a) * v_int(b) > 4096)
                return false;
        } else {
            return false;
        }
        value r = obj_binary_op(a, b, op - 1);
        if (!r) {
            exc_clear();
            return false;
        }
        *out = r;
        return true;
    }
    default:
        return false;
    }
}

/* -- SyntaxWarnings for code that cannot work ------------------------------ */

/* What CPython's AST optimiser turns into a constant: literals, tuples of
 * them, and operators on them. */
static bool folds_to_constant(ast_node *e)
{
    switch (e->kind) {
    case AST_Constant: return true;
    case AST_Tuple:
        for (int i = 0; i < ast_seq_len(e->v.Tuple.elts); i++)
            if (!folds_to_constant(ast_seq_node(e->v.Tuple.elts, i)))
                return false;
        return e->v.Tuple.ctx == AST_CTX_Load;
    case AST_UnaryOp:
        return e->v.UnaryOp.op != AST_UNARY_Not && folds_to_constant(e->v.UnaryOp.operand);
    default: return false;
    }
}

/* The type name of a literal-like expression, NULL when unknown (CPython:
 * infer_type). */
static const char *infer_type(ast_node *e)
{
    switch (e->kind) {
    case AST_Tuple: return "tuple";
    case AST_List: case AST_ListComp: return "list";
    case AST_Dict: case AST_DictComp: return "dict";
    case AST_Set: case AST_SetComp: return "set";
    case AST_GeneratorExp: return "generator";
    case AST_Lambda: return "function";
    case AST_JoinedStr: case AST_FormattedValue: return "str";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case AST_CONST_NONE: return "NoneType";
        case AST_CONST_TRUE: case AST_CONST_FALSE: return "bool";
        case AST_CONST_ELLIPSIS: return "ellipsis";
        case AST_CONST_INT: case AST_CONST_BIGINT: return "int";
        case AST_CONST_FLOAT: return "float";
        case AST_CONST_COMPLEX: return "complex";
        case AST_CONST_STR: return "str";
        case AST_CONST_BYTES: return "bytes";
        default: return NULL;
        }
    default: return NULL;
    }
}

static void check_caller(compiler *c, ast_node *f)
{
    switch (f->kind) {
    case AST_Constant: case AST_Tuple: case AST_List: case AST_ListComp: case AST_Dict:
    case AST_DictComp: case AST_Set: case AST_SetComp: case AST_GeneratorExp: case AST_JoinedStr:
    case AST_FormattedValue:
        c_warn(c, "'%s' object is not callable; perhaps you missed a comma?", infer_type(f));
        break;
    default:
        break;
    }
}

static void check_subscripter(compiler *c, ast_node *v)
{
    switch (v->kind) {
    case AST_Constant: {
        int k = v->v.Constant.value.kind;
        if (k == AST_CONST_STR || k == AST_CONST_BYTES)
            return;
        break;
    }
    case AST_Set: case AST_SetComp: case AST_GeneratorExp: case AST_Lambda:
        break;
    default:
        return;
    }
    c_warn(c, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(v));
}

static void check_index(compiler *c, ast_node *v, ast_node *index)
{
    const char *it = infer_type(index);
    if (!it || !strcmp(it, "int") || !strcmp(it, "bool"))
        return;
    switch (v->kind) {
    case AST_Constant: {
        int k = v->v.Constant.value.kind;
        if (k != AST_CONST_STR && k != AST_CONST_BYTES)
            return;
        break;
    }
    case AST_Tuple: case AST_List: case AST_ListComp: case AST_JoinedStr: case AST_FormattedValue:
        break;
    default:
        return;
    }
    c_warn(c, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
           infer_type(v), it);
}

/* A literal operand of `is` (None, True, False and ... are fine). */
static bool is_literal_arg(ast_node *e)
{
    if (!folds_to_constant(e))
        return false;
    if (e->kind != AST_Constant)
        return true;
    int k = e->v.Constant.value.kind;
    return !(k == AST_CONST_NONE || k == AST_CONST_TRUE || k == AST_CONST_FALSE || k == AST_CONST_ELLIPSIS);
}

static void check_compare(compiler *c, ast_node *e)
{
    bool left = is_literal_arg(e->v.Compare.left);
    for (int i = 0; i < ast_seq_len(e->v.Compare.ops); i++) {
        int op = (int)(intptr_t)e->v.Compare.ops->items[i];
        bool right = is_literal_arg(ast_seq_node(e->v.Compare.comparators, i));
        if ((op == AST_CMP_Is || op == AST_CMP_IsNot) && (left || right)) {
            c_warn(c, op == AST_CMP_Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                       : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* -- Names, attributes, subscripts --------------------------------------------- */

static void c_slice_parts(compiler *c, ast_node *s)
{
    int n = 2;
    if (s->v.Slice.lower) c_expr(c, s->v.Slice.lower); else c_load_none(c);
    if (s->v.Slice.upper) c_expr(c, s->v.Slice.upper); else c_load_none(c);
    if (s->v.Slice.step) {
        c_expr(c, s->v.Slice.step);
        n = 3;
    }
    c_emit(c, OP_BUILD_SLICE, n);
}

static void subscript_key(compiler *c, ast_node *k)
{
    if (k->kind == AST_Slice)
        c_slice_parts(c, k);
    else
        c_expr(c, k);
}

/* -- Unpacking and targets -------------------------------------------------------- */

static void unpack_targets(compiler *c, ast_node *t, ast_seq *elts)
{
    int n = ast_seq_len(elts), star = -1;
    for (int i = 0; i < n; i++) {
        if (ast_seq_node(elts, i)->kind == AST_Starred) {
            if (star >= 0) {
                c_error(c, t, "multiple starred expressions in assignment");
                return;
            }
            star = i;
        }
    }
    if (star >= 0) {
        int after = n - star - 1;
        if (star >= 256 || after >= (1 << 24)) {
            c_error(c, t, "too many expressions in star-unpacking assignment");
            return;
        }
        c_emit(c, OP_UNPACK_EX, star | (after << 8));
    } else {
        c_emit(c, OP_UNPACK_SEQUENCE, n);
    }
    for (int i = 0; i < n; i++) {
        ast_node *x = ast_seq_node(elts, i);
        c_store_target(c, x->kind == AST_Starred ? x->v.Starred.value : x);
    }
}

static void set_loc_attr(compiler *c, ast_node *n, ast_node *attr);

void c_store_target(compiler *c, ast_node *t)
{
    if (c->failed)
        return;
    code_pos saved = c->u->loc;
    c_set_loc(c, t);
    switch (t->kind) {
    case AST_Name: c_nameop(c, t->v.Name.id, t->v.Name.ctx); break;
    case AST_Attribute:
        c_expr(c, t->v.Attribute.value);
        set_loc_attr(c, t, t);
        if (t->v.Attribute.ctx == AST_CTX_Store && c_forbidden_name(c, t->v.Attribute.attr, AST_CTX_Store))
            break;
        c_emit(c, t->v.Attribute.ctx == AST_CTX_Del ? OP_DELETE_ATTR : OP_STORE_ATTR,
               c_add_name(c, c_mangle(c, t->v.Attribute.attr)));
        break;
    case AST_Subscript:
        c_expr(c, t->v.Subscript.value);
        subscript_key(c, t->v.Subscript.slice);
        c_set_loc(c, t);
        c_emit(c, t->v.Subscript.ctx == AST_CTX_Del ? OP_DELETE_SUBSCR : OP_STORE_SUBSCR, 0);
        break;
    case AST_Tuple: case AST_List: {
        ast_seq *elts = t->kind == AST_Tuple ? t->v.Tuple.elts : t->v.List.elts;
        int ctx = t->kind == AST_Tuple ? t->v.Tuple.ctx : t->v.List.ctx;
        if (ctx == AST_CTX_Del) {
            for (int i = 0; i < ast_seq_len(elts); i++)
                c_store_target(c, ast_seq_node(elts, i));
        } else {
            unpack_targets(c, t, elts);
        }
        break;
    }
    case AST_Starred:
        c_error(c, t, "starred assignment target must be in a list or tuple");
        break;
    default:
        c_error(c, t, "cannot assign to expression");
        break;
    }
    c->u->loc = saved;
}

/* -- Displays --------------------------------------------------------------------- */

static bool has_starred(ast_seq *elts)
{
    for (int i = 0; i < ast_seq_len(elts); i++)
        if (ast_seq_node(elts, i)->kind == AST_Starred)
            return true;
    return false;
}

/* A list/tuple/set display: BUILD_x, or with starred items a list grown by
 * LIST_EXTEND (then LIST_TO_TUPLE / a set by SET_UPDATE). */
static void display(compiler *c, ast_seq *elts, int build_op)
{
    int n = ast_seq_len(elts);
    if (!has_starred(elts)) {
        c_exprs(c, elts);
        c_emit(c, build_op, n);
        return;
    }
    int add_op = build_op == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND;
    int ext_op = build_op == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND;
    c_emit(c, build_op == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < n; i++) {
        ast_node *x = ast_seq_node(elts, i);
        if (x->kind == AST_Starred) {
            c_expr(c, x->v.Starred.value);
            c_emit(c, ext_op, 1);
        } else {
            c_expr(c, x);
            c_emit(c, add_op, 1);
        }
    }
    if (build_op == OP_BUILD_TUPLE)
        c_emit(c, OP_LIST_TO_TUPLE, 0);
}

static void dict_display(compiler *c, ast_node *e)
{
    ast_seq *keys = e->v.Dict.keys, *vals = e->v.Dict.values;
    int n = ast_seq_len(vals), pending = 0;
    bool built = false;
    for (int i = 0; i < n; i++) {
        ast_node *k = ast_seq_node(keys, i);
        if (!k) {
            if (pending || !built) {
                c_emit(c, OP_BUILD_MAP, pending);
                if (built)
                    c_emit(c, OP_DICT_UPDATE, 1);
                built = true;
                pending = 0;
            }
            c_expr(c, ast_seq_node(vals, i));
            c_emit(c, OP_DICT_UPDATE, 1);
            continue;
        }
        c_expr(c, k);
        c_expr(c, ast_seq_node(vals, i));
        pending++;
    }
    if (pending || !built) {
        c_emit(c, OP_BUILD_MAP, pending);
        if (built)
            c_emit(c, OP_DICT_UPDATE, 1);
    }
}

/* -- Calls -------------------------------------------------------------------------- */

/* Arguments after `nprefix` already-pushed positional values (class
 * definitions push the body function and the name). */
/* CPython's validate_keywords: no keyword named __debug__ (reported at
 * the current position) and none given twice (at the second one). */
static bool validate_keywords(compiler *c, ast_seq *keywords)
{
    int n = ast_seq_len(keywords);
    for (int i = 0; i < n; i++) {
        ast_node *k = ast_seq_node(keywords, i);
        if (!k->v.keyword.arg)
            continue;
        if (c_forbidden_name(c, k->v.keyword.arg, AST_CTX_Store))
            return false;
        for (int j = i + 1; j < n; j++) {
            ast_node *o = ast_seq_node(keywords, j);
            if (o->v.keyword.arg && !strcmp(o->v.keyword.arg, k->v.keyword.arg)) {
                c_error(c, o, "keyword argument repeated: %s", k->v.keyword.arg);
                return false;
            }
        }
    }
    return true;
}

void c_call_helper(compiler *c, int nprefix, ast_seq *args, ast_seq *keywords)
{
    if (!validate_keywords(c, keywords))
        return;
    int nargs = ast_seq_len(args), nkw = ast_seq_len(keywords);
    bool starred = has_starred(args);
    for (int i = 0; i < nkw; i++)
        if (!ast_seq_node(keywords, i)->v.keyword.arg)
            starred = true;
    if (!starred) {
        c_exprs(c, args);
        if (nkw) {
            value names = tuple_new((size_t)nkw);
            if (!names) {
                c_oom(c);
                return;
            }
            for (int i = 0; i < nkw; i++) {
                ast_node *k = ast_seq_node(keywords, i);
                tuple_items(names)[i] = c_str(c, k->v.keyword.arg);
                c_expr(c, k->v.keyword.value);
            }
            c_emit(c, OP_KW_NAMES, c_add_const(c, names));
        }
        c_emit(c, OP_CALL, nprefix + nargs + nkw);
        return;
    }
    /* the positional arguments as one tuple; f(*x) alone passes x as it
     * is (CALL_FUNCTION_EX makes the tuple, and names f in its error) */
    bool lone_star = nprefix == 0 && nargs == 1 && ast_seq_node(args, 0)->kind == AST_Starred;
    if (lone_star)
        c_expr(c, ast_seq_node(args, 0)->v.Starred.value);
    else
        c_emit(c, OP_BUILD_LIST, nprefix);
    for (int i = 0; i < nargs && !lone_star; i++) {
        ast_node *x = ast_seq_node(args, i);
        if (x->kind == AST_Starred) {
            c_expr(c, x->v.Starred.value);
            c_emit(c, OP_LIST_EXTEND, 1);
        } else {
            c_expr(c, x);
            c_emit(c, OP_LIST_APPEND, 1);
        }
    }
    if (!lone_star)
        c_emit(c, OP_LIST_TO_TUPLE, 0);
    if (!nkw) {
        c_emit(c, OP_CALL_FUNCTION_EX, 0);
        return;
    }
    /* keywords into one dict: runs of k=v pairs, merged with **maps */
    int pending = 0;
    bool built = false;
    for (int i = 0; i < nkw; i++) {
        ast_node *k = ast_seq_node(keywords, i);
        if (!k->v.keyword.arg) {
            if (pending || !built) {
                c_emit(c, OP_BUILD_MAP, pending);
                if (built)
                    c_emit(c, OP_DICT_MERGE, 1);
                built = true;
                pending = 0;
            }
            c_expr(c, k->v.keyword.value);
            c_emit(c, OP_DICT_MERGE, 1);
            continue;
        }
        c_load_const(c, c_str(c, k->v.keyword.arg));
        c_expr(c, k->v.keyword.value);
        pending++;
    }
    if (pending || !built) {
        c_emit(c, OP_BUILD_MAP, pending);
        if (built)
            c_emit(c, OP_DICT_MERGE, 1);
    }
    c_emit(c, OP_CALL_FUNCTION_EX, 1);
}

/* The location of n, but starting at the attribute name of `attr` when
 * that is on another line than n starts (CPython 3.11 does this so a
 * traceback of `obj\n  .meth()` points at `.meth`); the length subtracted
 * is in characters, from a byte offset, exactly as CPython does. */
static void set_loc_attr(compiler *c, ast_node *n, ast_node *attr)
{
    c_set_loc(c, n);
    if (c->u->loc.lineno == attr->end_lineno)
        return;
    int len = 0;
    for (const char *p = attr->v.Attribute.attr; *p; p++)
        len += ((unsigned char)*p & 0xC0) != 0x80;
    c->u->loc.lineno = attr->end_lineno;
    c->u->loc.end_lineno = attr->end_lineno;
    if (len <= attr->end_col_offset) {
        c->u->loc.col = attr->end_col_offset - len;
    } else {
        c->u->loc.col = -1;
        c->u->loc.end_col = -1;
    }
}

static void call(compiler *c, ast_node *e)
{
    ast_node *f = e->v.Call.func;
    ast_seq *args = e->v.Call.args, *kws = e->v.Call.keywords;
    check_caller(c, f);
    c_set_loc(c, e);
    if (!validate_keywords(c, kws))
        return;
    bool simple = !has_starred(args);
    for (int i = 0; i < ast_seq_len(kws); i++)
        if (!ast_seq_node(kws, i)->v.keyword.arg)
            simple = false;
    if (f->kind == AST_Attribute && f->v.Attribute.ctx == AST_CTX_Load && simple) {
        c_expr(c, f->v.Attribute.value);
        set_loc_attr(c, f, f);
        c_emit(c, OP_LOAD_METHOD, c_add_name(c, c_mangle(c, f->v.Attribute.attr)));
        set_loc_attr(c, e, f);   /* the CALL covers the whole call */
        c_call_helper(c, 0, args, kws);
        return;
    }
    c_emit(c, OP_PUSH_NULL, 0);
    c_expr(c, f);
    c_set_loc(c, e);
    c_call_helper(c, 0, args, kws);
}

/* -- Boolean jumps and comparisons -------------------------------------------------- */

static int cmp_oparg(int op, int *kind)
{
    switch (op) {
    case AST_CMP_Eq: *kind = OP_COMPARE_OP; return CMP_EQ;
    case AST_CMP_NotEq: *kind = OP_COMPARE_OP; return CMP_NE;
    case AST_CMP_Lt: *kind = OP_COMPARE_OP; return CMP_LT;
    case AST_CMP_LtE: *kind = OP_COMPARE_OP; return CMP_LE;
    case AST_CMP_Gt: *kind = OP_COMPARE_OP; return CMP_GT;
    case AST_CMP_GtE: *kind = OP_COMPARE_OP; return CMP_GE;
    case AST_CMP_Is: *kind = OP_IS_OP; return 0;
    case AST_CMP_IsNot: *kind = OP_IS_OP; return 1;
    case AST_CMP_In: *kind = OP_CONTAINS_OP; return 0;
    default: *kind = OP_CONTAINS_OP; return 1;
    }
}

static void emit_cmp(compiler *c, int op)
{
    int kind, arg = cmp_oparg(op, &kind);
    c_emit(c, kind, arg);
}

static void compare(compiler *c, ast_node *e)
{
    ast_seq *ops = e->v.Compare.ops, *rights = e->v.Compare.comparators;
    int n = ast_seq_len(rights);
    check_compare(c, e);
    c_expr(c, e->v.Compare.left);
    if (n == 1) {
        c_expr(c, ast_seq_node(rights, 0));
        c_set_loc(c, e);
        emit_cmp(c, (int)(intptr_t)ops->items[0]);
        return;
    }
    block *cleanup = c_new_block(c), *end = c_new_block(c);
    for (int i = 0; i < n - 1; i++) {
        c_expr(c, ast_seq_node(rights, i));
        c_set_loc(c, e);
        c_emit(c, OP_SWAP, 2);
        c_emit(c, OP_COPY, 2);
        emit_cmp(c, (int)(intptr_t)ops->items[i]);
        c_emit_jump(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c_expr(c, ast_seq_node(rights, n - 1));
    c_set_loc(c, e);
    emit_cmp(c, (int)(intptr_t)ops->items[n - 1]);
    c_emit_jump(c, PSEUDO_JUMP, end);
    c_use_block(c, cleanup);
    c_emit(c, OP_SWAP, 2);
    c_emit(c, OP_POP_TOP, 0);
    c_use_block(c, end);
}

/* Jumps to target when e's truth equals cond; falls through otherwise. */
void c_jump_if(compiler *c, ast_node *e, block *target, bool cond)
{
    if (c->failed)
        return;
    switch (e->kind) {
    case AST_UnaryOp:
        if (e->v.UnaryOp.op == AST_UNARY_Not) {
            c_jump_if(c, e->v.UnaryOp.operand, target, !cond);
            return;
        }
        break;
    case AST_BoolOp: {
        ast_seq *vals = e->v.BoolOp.values;
        int n = ast_seq_len(vals);
        bool is_or = e->v.BoolOp.op == AST_BOOL_Or;
        block *next2 = target;
        block *end = NULL;
        if (cond != is_or) {
            end = c_new_block(c);
            next2 = end;
        }
        for (int i = 0; i < n - 1; i++)
            c_jump_if(c, ast_seq_node(vals, i), next2, is_or);
        c_jump_if(c, ast_seq_node(vals, n - 1), target, cond);
        if (end)
            c_use_block(c, end);
        return;
    }
    case AST_IfExp: {
        block *end = c_new_block(c), *next2 = c_new_block(c);
        c_jump_if(c, e->v.IfExp.test, next2, false);
        c_jump_if(c, e->v.IfExp.body, target, cond);
        c_emit_jump(c, PSEUDO_JUMP, end);
        c_use_block(c, next2);
        c_jump_if(c, e->v.IfExp.orelse, target, cond);
        c_use_block(c, end);
        return;
    }
    default:
        break;
    }
    c_expr(c, e);
    c_set_loc(c, e);
    c_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, target);
}

/* -- f-strings --------------------------------------------------------------------- */

static void formatted_value(compiler *c, ast_node *e)
{
    c_expr(c, e->v.FormattedValue.value);
    int conv = e->v.FormattedValue.conversion;
    int arg = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        c_expr(c, e->v.FormattedValue.format_spec);
        arg |= 4;
    }
    c_set_loc(c, e);
    c_emit(c, OP_FORMAT_VALUE, arg);
}

static void joined_str(compiler *c, ast_node *e)
{
    ast_seq *vals = e->v.JoinedStr.values;
    int n = ast_seq_len(vals);
    if (n == 0) {
        c_load_const(c, c_str(c, ""));
        return;
    }
    c_exprs(c, vals);
    /* one part (f"{x}" or f"text") is already the str */
    if (n > 1)
        c_emit(c, OP_BUILD_STRING, n);
}

/* -- yield / await ----------------------------------------------------------------- */

static void check_await(compiler *c, ast_node *e)
{
    cunit *u = c->u;
    if (u->kind == UNIT_ASYNC_FUNCTION || (u->kind == UNIT_COMPREHENSION && u->ste->coroutine))
        return;
    if (u->kind == UNIT_FUNCTION || u->kind == UNIT_LAMBDA || u->kind == UNIT_COMPREHENSION)
        c_error(c, e, "'await' outside async function");
    else
        c_error(c, e, "'await' outside function");
}

/* -- The dispatcher ------------------------------------------------------------------ */

void c_exprs(compiler *c, ast_seq *s)
{
    for (int i = 0; i < ast_seq_len(s); i++)
        c_expr(c, ast_seq_node(s, i));
}

static void expr_kind(compiler *c, ast_node *e)
{
    value k;
    switch (e->kind) {
    case AST_BoolOp: {
        block *end = c_new_block(c);
        ast_seq *vals = e->v.BoolOp.values;
        int n = ast_seq_len(vals);
        int op = e->v.BoolOp.op == AST_BOOL_And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
        for (int i = 0; i < n - 1; i++) {
            c_expr(c, ast_seq_node(vals, i));
            c_emit_jump(c, op, end);
        }
        c_expr(c, ast_seq_node(vals, n - 1));
        c_use_block(c, end);
        break;
    }
    case AST_NamedExpr:
        c_expr(c, e->v.NamedExpr.value);
        c_emit(c, OP_COPY, 1);
        c_store_target(c, e->v.NamedExpr.target);
        break;
    case AST_BinOp:
        if (c_const_of(c, e, &k)) {
            c_load_const(c, k);
            break;
        }
        c_expr(c, e->v.BinOp.left);
        c_expr(c, e->v.BinOp.right);
        c_set_loc(c, e);
        c_emit(c, OP_BINARY_OP, e->v.BinOp.op - 1);
        break;
    case AST_UnaryOp:
        if (c_const_of(c, e, &k)) {
            c_load_const(c, k);
            break;
        }
        c_expr(c, e->v.UnaryOp.operand);
        c_set_loc(c, e);
        switch (e->v.UnaryOp.op) {
        case AST_UNARY_Invert: c_emit(c, OP_UNARY_INVERT, 0); break;
        case AST_UNARY_Not: c_emit(c, OP_UNARY_NOT, 0); break;
        case AST_UNARY_UAdd: c_emit(c, OP_UNARY_POSITIVE, 0); break;
        default: c_emit(c, OP_UNARY_NEGATIVE, 0); break;
        }
        break;
    case AST_Lambda: c_lambda(c, e); break;
    case AST_IfExp: {
        block *end = c_new_block(c), *orelse = c_new_block(c);
        c_jump_if(c, e->v.IfExp.test, orelse, false);
        c_expr(c, e->v.IfExp.body);
        c_emit_jump(c, PSEUDO_JUMP, end);
        c_use_block(c, orelse);
        c_expr(c, e->v.IfExp.orelse);
        c_use_block(c, end);
        break;
    }
    case AST_Dict: dict_display(c, e); break;
    case AST_Set: display(c, e->v.Set.elts, OP_BUILD_SET); break;
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp:
        c_comprehension(c, e);
        break;
    case AST_Await:
        check_await(c, e);
        c_expr(c, e->v.Await.value);
        c_set_loc(c, e);
        c_emit(c, OP_GET_AWAITABLE, 0);
        c_load_none(c);
        c_send_loop(c, 3);
        break;
    case AST_Yield:
        if (c->u->ste->kind != ST_FUNCTION) {
            c_error(c, e, "'yield' outside function");
            break;
        }
        if (e->v.Yield.value)
            c_expr(c, e->v.Yield.value);
        else
            c_load_none(c);
        c_set_loc(c, e);
        if (c->u->ste->coroutine)
            c_emit(c, OP_ASYNC_GEN_WRAP, 0);
        c_emit(c, OP_YIELD_VALUE, 0);
        c_emit(c, OP_RESUME, 1);
        break;
    case AST_YieldFrom:
        if (c->u->ste->kind != ST_FUNCTION) {
            c_error(c, e, "'yield' outside function");
            break;
        }
        if (c->u->kind == UNIT_ASYNC_FUNCTION) {
            c_error(c, e, "'yield from' inside async function");
            break;
        }
        c_expr(c, e->v.YieldFrom.value);
        c_set_loc(c, e);
        c_emit(c, OP_GET_YIELD_FROM_ITER, 0);
        c_load_none(c);
        c_send_loop(c, 2);
        break;
    case AST_Compare: compare(c, e); break;
    case AST_Call: call(c, e); break;
    case AST_FormattedValue: formatted_value(c, e); break;
    case AST_JoinedStr: joined_str(c, e); break;
    case AST_Constant:
        c_load_const(c, c_const_value(c, &e->v.Constant.value));
        break;
    case AST_Attribute:
        if (e->v.Attribute.ctx != AST_CTX_Load) {
            c_store_target(c, e);
            break;
        }
        c_expr(c, e->v.Attribute.value);
        set_loc_attr(c, e, e);
        c_emit(c, OP_LOAD_ATTR, c_add_name(c, c_mangle(c, e->v.Attribute.attr)));
        break;
    case AST_Subscript:
        if (e->v.Subscript.ctx != AST_CTX_Load) {
            c_store_target(c, e);
            break;
        }
        check_subscripter(c, e->v.Subscript.value);
        check_index(c, e->v.Subscript.value, e->v.Subscript.slice);
        c_expr(c, e->v.Subscript.value);
        subscript_key(c, e->v.Subscript.slice);
        c_set_loc(c, e);
        c_emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case AST_Starred:
        c_error(c, e, "can't use starred expression here");
        break;
    case AST_Name: c_nameop(c, e->v.Name.id, e->v.Name.ctx); break;
    case AST_List:
        if (e->v.List.ctx != AST_CTX_Load) {
            c_store_target(c, e);
            break;
        }
        display(c, e->v.List.elts, OP_BUILD_LIST);
        break;
    case AST_Tuple:
        if (e->v.Tuple.ctx != AST_CTX_Load) {
            c_store_target(c, e);
            break;
        }
        if (c_const_of(c, e, &k)) {
            c_load_const(c, k);
            break;
        }
        display(c, e->v.Tuple.elts, OP_BUILD_TUPLE);
        break;
    case AST_Slice: c_slice_parts(c, e); break;
    default:
        c_error(c, e, "unknown expression kind");
        break;
    }
}

void c_expr(compiler *c, ast_node *e)
{
    if (c->failed)
        return;
    if (++c->depth > MAX_EXPR_DEPTH) {
        exc_raise(&exc_RecursionError, "maximum recursion depth exceeded during compilation");
        c->failed = true;
        return;
    }
    code_pos saved = c->u->loc;
    c_set_loc(c, e);
    expr_kind(c, e);
    c->u->loc = saved;
    c->depth--;
}
