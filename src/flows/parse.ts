/**
 * Python source -> the reader's syntax tree (ast.ts), through tree-sitter's
 * grammar. A file CPython rejects is a PythonSyntaxError at its position: the
 * grammar's own errors, plus the rules CPython applies after parsing (syntax.ts).
 *
 * Module- and class-level `if` / `try` / `with` bodies are kept, in an order
 * that lets the branch Python runs bind last: the `try` body over its handlers,
 * the `if` body over its `else`; `if TYPE_CHECKING:` and `if __name__ == "__main__":`
 * bodies never run on import and are dropped.
 */
import type { ClassDef, Expr, FunctionDef, Keyword, Module, Param, ParamKind, Pos, Stmt } from './ast.js';
import { CompileError, PythonSyntaxError } from './ast.js';
import { fields, kids, named, parseTree, type SyntaxNode } from './python.js';
import { decodeStringLiteral } from './strings.js';
import { firstSyntaxError } from './syntax.js';

/** Expressions nested deeper than this (other than operator chains) are refused; CPython's compiler gives up a little further. */
const MAX_DEPTH = 1000;

export function parseModule(source: string): Module {
  const tree = parseTree(source);
  try {
    const error = firstSyntaxError(tree.rootNode, source);
    if (error && !(error instanceof CompileError)) throw error;
    const lines = new Lines(source);
    const body: Stmt[] = [];
    const converter = new Converter(lines);
    converter.statements(named(tree.rootNode), body);
    return { body, futureAnnotations: converter.futureAnnotations, ...(error ? { compileError: error } : {}) };
  } finally {
    tree.delete();
  }
}

/**
 * Parses one expression, such as a string annotation (`"list[int]"`), as `eval`
 * would: leading spaces and tabs are ignored. Positions are those of `at`.
 */
export function parseExpression(source: string, at: Pos): Expr {
  const text = source.replace(/^[ \t]+/, '');
  const tree = parseTree(text);
  try {
    const root = tree.rootNode;
    const fail = (message: string): never => {
      throw new PythonSyntaxError(message, at.line, at.col);
    };
    const error = firstSyntaxError(root, text);
    if (error) fail(error.message);
    const stmts = named(root).filter((n) => n.type !== 'comment');
    if (stmts.length !== 1 || stmts[0].type !== 'expression_statement' || stmts[0].namedChildCount !== 1)
      fail('invalid syntax');
    const e = named(stmts[0])[0];
    if (['assignment', 'augmented_assignment', 'yield'].includes(e.type)) fail('invalid syntax');
    return new Converter(new Lines(text), at).expr(e);
  } finally {
    tree.delete();
  }
}

/** Character (not UTF-16) columns, as Python counts them. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }
  pos(node: SyntaxNode): Pos {
    const row = node.startPosition.row;
    const start = this.starts[row] ?? 0;
    const prefix = this.source.slice(start, start + node.startPosition.column);
    return { line: row + 1, col: [...prefix].length + 1 };
  }
}

class Converter {
  futureAnnotations = false;

  constructor(
    private readonly lines: Lines,
    /** For string annotations: every position is the string's own. */
    private readonly fixed?: Pos,
  ) {}

  private pos(n: SyntaxNode): Pos {
    return this.fixed ?? this.lines.pos(n);
  }

  // --- statements -------------------------------------------------------------

  statements(nodes: SyntaxNode[], out: Stmt[]): void {
    for (const n of nodes) this.statement(n, out);
  }

  /** The statements of an `if` / `try` / `with` body, marked as guarded. */
  private guarded(nodes: SyntaxNode[], out: Stmt[]): void {
    const inner: Stmt[] = [];
    this.statements(nodes, inner);
    for (const s of inner) out.push({ ...s, guarded: true });
  }

  private statement(n: SyntaxNode, out: Stmt[]): void {
    switch (n.type) {
      case 'import_statement':
        out.push({
          kind: 'import',
          names: fields(n, 'name')
            .map((c) => importName(c, (d) => d.text.replace(/\s+/g, '')))
            .map(({ name, asname }) => ({ module: name, asname })),
        });
        return;
      case 'future_import_statement':
        if (fields(n, 'name').some((c) => importName(c, (d) => d.text).name === 'annotations'))
          this.futureAnnotations = true;
        return;
      case 'import_from_statement':
        return this.importFrom(n, out);
      case 'expression_statement':
        return this.assignment(n, out);
      case 'decorated_definition': {
        const decorators = named(n)
          .filter((c) => c.type === 'decorator')
          .map((d) => this.expr(named(d)[0]));
        const def = n.childForFieldName('definition');
        if (def) this.definition(def, decorators, out);
        return;
      }
      case 'function_definition':
      case 'class_definition':
        return this.definition(n, [], out);
      case 'return_statement': {
        const value = named(n)[0];
        out.push({ kind: 'return', value: value ? this.expr(value) : undefined });
        return;
      }
      case 'if_statement':
        return this.ifStatement(n, out);
      case 'try_statement': {
        // The handlers first: the try body, when it runs through, binds last.
        for (const c of named(n)) {
          if (c.type === 'except_clause' || c.type === 'except_group_clause') this.guarded(blockOf(c), out);
        }
        this.guarded(blockOf(n), out);
        for (const c of named(n))
          if (c.type === 'else_clause' || c.type === 'finally_clause') this.guarded(blockOf(c), out);
        return;
      }
      case 'with_statement':
        this.guarded(blockOf(n), out);
        return;
    }
  }

  private ifStatement(n: SyntaxNode, out: Stmt[]): void {
    const condition = n.childForFieldName('condition');
    const text = condition?.text.replace(/\s+/g, '') ?? '';
    if (/^__name__==(['"])__main__\1$/.test(text)) return;
    const alternatives = fields(n, 'alternative');
    if (/^(typing\.)?TYPE_CHECKING$/.test(text)) {
      for (const alt of alternatives) if (alt.type === 'else_clause') this.guarded(blockOf(alt), out);
      return;
    }
    for (const alt of [...alternatives].reverse()) this.guarded(blockOf(alt), out);
    this.guarded(blockOf(n), out);
  }

  private importFrom(n: SyntaxNode, out: Stmt[]): void {
    const moduleNode = n.childForFieldName('module_name');
    let level = 0;
    let module = '';
    if (moduleNode?.type === 'relative_import') {
      for (const c of named(moduleNode)) {
        if (c.type === 'import_prefix') level = c.text.length;
        else module = c.text.replace(/\s+/g, '');
      }
    } else if (moduleNode) {
      module = moduleNode.text.replace(/\s+/g, '');
    }
    const names = named(n).some((c) => c.type === 'wildcard_import')
      ? [{ name: '*' }]
      : fields(n, 'name').map((c) => importName(c, (d) => d.text));
    out.push({ kind: 'from', module, level, names });
  }

  private assignment(n: SyntaxNode, out: Stmt[]): void {
    let a = named(n)[0];
    if (a?.type !== 'assignment') return;
    const targets: string[] = [];
    const pos = this.pos(a);
    const annotationNode = a.childForFieldName('type');
    for (;;) {
      const left = a.childForFieldName('left');
      if (left?.type === 'identifier') targets.push(left.text);
      const right: SyntaxNode | null = a.childForFieldName('right');
      if (right?.type !== 'assignment') {
        if (!targets.length) return;
        out.push({
          kind: 'assign',
          targets,
          annotation: annotationNode ? this.expr(annotationNode) : undefined,
          value: right && right.type !== 'yield' ? this.expr(right) : undefined,
          ...pos,
        });
        return;
      }
      a = right;
    }
  }

  private definition(n: SyntaxNode, decorators: Expr[], out: Stmt[]): void {
    const name = n.childForFieldName('name')?.text ?? '';
    const body = n.childForFieldName('body');
    const statements = body ? named(body) : [];
    const docstring = docstringOf(statements);
    const stmts: Stmt[] = [];
    this.statements(statements, stmts);
    const pos = this.pos(n.childForFieldName('name') ?? n);
    if (n.type === 'class_definition') {
      const bases: Expr[] = [];
      const keywords: Keyword[] = [];
      const supers = n.childForFieldName('superclasses');
      if (supers) {
        const call = this.callArguments(supers);
        bases.push(...call.args);
        keywords.push(...call.kwargs);
      }
      out.push({ kind: 'class', name, bases, keywords, decorators, docstring, body: stmts, ...pos } satisfies ClassDef);
      return;
    }
    const isAsync = kids(n).some((c) => c.type === 'async');
    const paramsNode = n.childForFieldName('parameters');
    out.push({
      kind: 'def',
      name,
      async: isAsync,
      decorators,
      params: paramsNode ? this.parameters(paramsNode) : [],
      docstring,
      body: stmts,
      ...pos,
    } satisfies FunctionDef);
  }

  private parameters(n: SyntaxNode): Param[] {
    const params: Param[] = [];
    let kind: ParamKind = 'normal';
    for (const c of named(n)) {
      switch (c.type) {
        case 'positional_separator':
          for (const p of params) if (p.kind === 'normal') p.kind = 'posonly';
          continue;
        case 'keyword_separator':
          kind = 'kwonly';
          continue;
        case 'comment':
          continue;
      }
      let nameNode: SyntaxNode | null = c.type === 'identifier' ? c : (c.childForFieldName('name') ?? named(c)[0]);
      let paramKind: ParamKind = kind;
      if (nameNode?.type === 'list_splat_pattern' || c.type === 'list_splat_pattern') {
        paramKind = 'vararg';
        kind = 'kwonly';
        nameNode = (c.type === 'list_splat_pattern' ? c : nameNode)!.namedChildren[0];
      } else if (nameNode?.type === 'dictionary_splat_pattern' || c.type === 'dictionary_splat_pattern') {
        paramKind = 'varkw';
        nameNode = (c.type === 'dictionary_splat_pattern' ? c : nameNode)!.namedChildren[0];
      }
      if (!nameNode) continue;
      const param: Param = { name: nameNode.text, kind: paramKind, ...this.pos(nameNode) };
      const type = c.childForFieldName('type');
      if (type) param.annotation = this.expr(type);
      const value = c.childForFieldName('value');
      if (value) param.default = this.expr(value);
      params.push(param);
    }
    return params;
  }

  // --- expressions ------------------------------------------------------------

  expr(n: SyntaxNode, depth = 0): Expr {
    if (depth > MAX_DEPTH)
      throw new PythonSyntaxError('expression nested too deeply', this.pos(n).line, this.pos(n).col);
    const e = this.exprKind(n, depth + 1);
    if (!e.pos) e.pos = this.pos(n);
    return e;
  }

  private exprKind(n: SyntaxNode, depth: number): Expr {
    const sub = (c: SyntaxNode) => this.expr(c, depth);
    const items = named(n).filter((c) => c.type !== 'comment');
    switch (n.type) {
      case 'identifier':
        return { k: 'name', id: n.text };
      case 'true':
        return { k: 'bool', value: true };
      case 'false':
        return { k: 'bool', value: false };
      case 'none':
        return { k: 'none' };
      case 'ellipsis':
        return { k: 'ellipsis' };
      case 'integer':
      case 'float':
        return numberLiteral(n.text);
      case 'string':
      case 'concatenated_string':
        return this.string(n);
      case 'attribute':
        return { k: 'attr', value: sub(n.childForFieldName('object')!), attr: n.childForFieldName('attribute')!.text };
      case 'subscript': {
        const indexes = fields(n, 'subscript');
        const trailingComma = kids(n).some((c, i) => c.type === ',' && kids(n)[i + 1]?.type === ']');
        const index =
          indexes.length === 1 && !trailingComma ? sub(indexes[0]) : { k: 'tuple' as const, elts: indexes.map(sub) };
        return { k: 'subscript', value: sub(n.childForFieldName('value')!), index };
      }
      case 'call': {
        const args = n.childForFieldName('arguments')!;
        if (args.type !== 'argument_list')
          return { k: 'call', func: sub(n.childForFieldName('function')!), args: [opaque(args)], kwargs: [] };
        return { k: 'call', func: sub(n.childForFieldName('function')!), ...this.callArguments(args, depth) };
      }
      case 'unary_operator':
        return {
          k: 'unary',
          op: n.childForFieldName('operator')!.text,
          operand: sub(n.childForFieldName('argument')!),
        };
      case 'not_operator':
        return { k: 'unary', op: 'not', operand: sub(n.childForFieldName('argument')!) };
      case 'binary_operator': {
        // `a + b + c ...` nests to the left, thousands deep in generated code: walk the spine without recursion.
        const spine: SyntaxNode[] = [];
        let left: SyntaxNode = n;
        while (left.type === 'binary_operator') {
          spine.push(left);
          left = left.childForFieldName('left')!;
        }
        let e = sub(left);
        for (const b of spine.reverse())
          e = {
            k: 'binop',
            op: b.childForFieldName('operator')!.text,
            left: e,
            right: sub(b.childForFieldName('right')!),
            pos: this.pos(b),
          };
        return e;
      }
      case 'parenthesized_expression':
        return items.length === 1 && items[0].type !== 'yield' ? sub(items[0]) : opaque(n);
      case 'tuple':
      case 'expression_list':
        return { k: 'tuple', elts: items.map(sub) };
      case 'list':
        return { k: 'list', elts: items.map(sub) };
      case 'set':
        return { k: 'set', elts: items.map(sub) };
      case 'dictionary': {
        if (items.some((c) => c.type !== 'pair')) return opaque(n);
        return {
          k: 'dict',
          keys: items.map((p) => sub(p.childForFieldName('key')!)),
          values: items.map((p) => sub(p.childForFieldName('value')!)),
        };
      }
      // Annotations: tree-sitter's type forms.
      case 'type':
        return items.length === 1 ? sub(items[0]) : opaque(n);
      case 'generic_type': {
        const params = items[1]?.type === 'type_parameter' ? named(items[1]).filter((c) => c.type !== 'comment') : [];
        const index = params.length === 1 ? sub(params[0]) : { k: 'tuple' as const, elts: params.map(sub) };
        return { k: 'subscript', value: sub(items[0]), index };
      }
      case 'union_type':
        return { k: 'binop', op: '|', left: sub(items[0]), right: sub(items[1]) };
      case 'member_type':
        return { k: 'attr', value: sub(items[0]), attr: items[1].text };
      default:
        return opaque(n);
    }
  }

  private callArguments(n: SyntaxNode, depth = 0): { args: Expr[]; kwargs: Keyword[] } {
    const args: Expr[] = [];
    const kwargs: Keyword[] = [];
    for (const c of named(n)) {
      if (c.type === 'comment') continue;
      if (c.type === 'keyword_argument')
        kwargs.push({
          name: c.childForFieldName('name')!.text,
          value: this.expr(c.childForFieldName('value')!, depth),
        });
      else if (c.type === 'dictionary_splat') kwargs.push({ name: null, value: this.expr(named(c)[0], depth) });
      else if (c.type === 'list_splat') args.push(opaque(c));
      else args.push(this.expr(c, depth));
    }
    return { args, kwargs };
  }

  private string(n: SyntaxNode): Expr {
    const parts = n.type === 'concatenated_string' ? named(n).filter((c) => c.type === 'string') : [n];
    let value = '';
    let bytes = false;
    let fstring = false;
    for (const p of parts) {
      const fields = named(p).some((c) => c.type === 'interpolation');
      const lit = decodeStringLiteral(p.text, fields);
      value += lit.value;
      bytes = lit.bytes;
      fstring ||= lit.fstring;
    }
    return { k: 'str', value, bytes, fstring };
  }
}

function opaque(n: SyntaxNode): Expr {
  return { k: 'opaque', text: n.type };
}

/** The statements of a compound statement's (or clause's) block. */
function blockOf(n: SyntaxNode): SyntaxNode[] {
  const block =
    n.childForFieldName('body') ?? n.childForFieldName('consequence') ?? named(n).find((c) => c.type === 'block');
  return block ? named(block) : [];
}

function docstringOf(statements: SyntaxNode[]): string | undefined {
  const first = statements.find((s) => s.type !== 'comment');
  if (first?.type !== 'expression_statement' || first.namedChildCount !== 1) return undefined;
  const e = named(first)[0];
  if (e.type !== 'string' && e.type !== 'concatenated_string') return undefined;
  const parts = e.type === 'concatenated_string' ? named(e).filter((c) => c.type === 'string') : [e];
  let value = '';
  for (const p of parts) {
    const lit = decodeStringLiteral(
      p.text,
      named(p).some((c) => c.type === 'interpolation'),
    );
    if (lit.bytes || lit.fstring || /^[a-z]*f/i.test(p.text)) return undefined;
    value += lit.value;
  }
  return value;
}

/** `a.b as c` in an import: the dotted name and its alias. */
function importName(n: SyntaxNode, text: (n: SyntaxNode) => string): { name: string; asname?: string } {
  if (n.type === 'aliased_import')
    return { name: text(n.childForFieldName('name')!).replace(/\s+/g, ''), asname: n.childForFieldName('alias')?.text };
  return { name: text(n).replace(/\s+/g, '') };
}

function numberLiteral(text: string): Expr {
  const clean = text.replace(/_/g, '');
  if (/[jJ]$/.test(clean)) return { k: 'num', value: Number(clean.slice(0, -1)), int: false, complex: true };
  if (/^0[xXoObB]/.test(clean)) return { k: 'num', value: Number(clean), int: true, complex: false };
  const isInt = /^[0-9]+$/.test(clean);
  return { k: 'num', value: Number(clean), int: isInt, complex: false };
}
