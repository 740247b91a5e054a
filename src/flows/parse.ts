/**
 * A Python parser for the part of a module a deploy tool must read: imports,
 * constants, classes (enums, models) and decorated function signatures. Other
 * statements are skipped whole; expressions it does not evaluate become `opaque`.
 */
import type { ClassDef, Expr, FunctionDef, Keyword, Module, Param, ParamKind, Stmt } from './ast.js';
import { PythonSyntaxError, tokenize, type Token } from './tokenize.js';
import { decodeStringLiteral } from './strings.js';

const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'match', 'case']);

export function parseModule(source: string): Module {
  return new Parser(tokenize(source)).module();
}

/** Parses one expression, such as a string annotation (`"list[int]"`). */
export function parseExpression(source: string): Expr {
  const parser = new Parser(tokenize(source));
  return parser.expr();
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  module(): Module {
    const body: Stmt[] = [];
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'dedent' || this.peek().type === 'indent' || this.peek().type === 'newline') {
        this.i++;
        continue;
      }
      this.statement(body);
    }
    return { body };
  }

  // --- statements -------------------------------------------------------------

  private statement(out: Stmt[]): void {
    const t = this.peek();
    if (t.type === 'op' && t.value === '@') {
      const decorators: Expr[] = [];
      while (this.isOp('@')) {
        this.i++;
        decorators.push(this.expr());
        this.expectNewline();
      }
      const def = this.peek();
      if (def.type === 'name' && (def.value === 'def' || def.value === 'class' || def.value === 'async')) {
        this.definition(decorators, out);
      } else {
        this.fail(def, 'expected a definition after a decorator');
      }
      return;
    }
    if (t.type === 'name') {
      if (t.value === 'def' || t.value === 'class' || (t.value === 'async' && this.peek(1).value === 'def')) {
        this.definition([], out);
        return;
      }
      if (t.value === 'import') return this.importStmt(out);
      if (t.value === 'from') return this.fromStmt(out);
      if (COMPOUND.has(t.value) || (t.value === 'async' && ['for', 'with'].includes(this.peek(1).value))) {
        this.skipStatement();
        return;
      }
      if (this.peek(1).type === 'op' && (this.peek(1).value === '=' || this.peek(1).value === ':')) {
        return this.assignment(out);
      }
    }
    this.skipStatement();
  }

  private definition(decorators: Expr[], out: Stmt[]): void {
    let isAsync = false;
    if (this.peek().value === 'async') {
      isAsync = true;
      this.i++;
    }
    const keyword = this.next();
    const nameTok = this.next();
    if (nameTok.type !== 'name') this.fail(nameTok, 'expected a name');
    if (keyword.value === 'class') {
      const bases: Expr[] = [];
      if (this.isOp('(')) {
        this.i++;
        const call = this.callArguments();
        bases.push(...call.args);
      }
      this.expectOp(':');
      const body = this.suite();
      out.push({
        kind: 'class',
        name: nameTok.value,
        bases,
        decorators,
        docstring: body.docstring,
        body: body.stmts,
        line: keyword.line,
        col: keyword.col,
      } satisfies ClassDef);
      return;
    }
    this.expectOp('(');
    const params = this.parameters();
    if (this.isOp('->')) {
      this.i++;
      this.expr();
    }
    this.expectOp(':');
    const body = this.suite();
    out.push({
      kind: 'def',
      name: nameTok.value,
      async: isAsync,
      decorators,
      params,
      docstring: body.docstring,
      line: nameTok.line,
      col: nameTok.col,
    } satisfies FunctionDef);
  }

  /** The body after a `:`; returns its docstring and the statements this reader keeps. */
  private suite(): { docstring?: string; stmts: Stmt[] } {
    const stmts: Stmt[] = [];
    let docstring: string | undefined;
    const docOf = () => {
      const t = this.peek();
      if (t.type !== 'string') return undefined;
      const save = this.i;
      const e = this.expr();
      const end = this.peek();
      if (e.k === 'str' && !e.bytes && !e.fstring && (end.type === 'newline' || this.isOp(';'))) return e.value;
      this.i = save;
      return undefined;
    };
    if (this.peek().type !== 'newline') {
      docstring = docOf();
      this.skipStatement();
      return { docstring, stmts };
    }
    this.i++;
    if (this.peek().type !== 'indent') this.fail(this.peek(), 'expected an indented block');
    this.i++;
    docstring = docOf();
    while (this.peek().type !== 'dedent' && this.peek().type !== 'eof') {
      if (this.peek().type === 'newline') {
        this.i++;
        continue;
      }
      this.statement(stmts);
    }
    if (this.peek().type === 'dedent') this.i++;
    return { docstring, stmts };
  }

  private parameters(): Param[] {
    const params: Param[] = [];
    let kind: ParamKind = 'normal';
    while (!this.isOp(')')) {
      const t = this.next();
      if (t.type === 'op' && t.value === '/') {
        for (const p of params) if (p.kind === 'normal') p.kind = 'posonly';
      } else if (t.type === 'op' && (t.value === '*' || t.value === '**')) {
        if (t.value === '*' && (this.isOp(',') || this.isOp(')'))) {
          kind = 'kwonly';
        } else {
          const name = this.next();
          const param: Param = { name: name.value, kind: t.value === '*' ? 'vararg' : 'varkw', line: name.line, col: name.col };
          if (this.isOp(':')) {
            this.i++;
            param.annotation = this.expr();
          }
          params.push(param);
          kind = 'kwonly';
        }
      } else if (t.type === 'name') {
        const param: Param = { name: t.value, kind, line: t.line, col: t.col };
        if (this.isOp(':')) {
          this.i++;
          param.annotation = this.expr();
        }
        if (this.isOp('=')) {
          this.i++;
          param.default = this.expr();
        }
        params.push(param);
      } else {
        this.fail(t, 'invalid syntax in parameter list');
      }
      if (this.isOp(',')) this.i++;
      else if (!this.isOp(')')) this.fail(this.peek(), "expected ',' or ')' in parameter list");
    }
    this.i++;
    return params;
  }

  private importStmt(out: Stmt[]): void {
    this.i++;
    const names: { module: string; asname?: string }[] = [];
    for (;;) {
      const module = this.dottedName();
      let asname: string | undefined;
      if (this.peek().value === 'as') {
        this.i++;
        asname = this.next().value;
      }
      names.push({ module, asname });
      if (!this.isOp(',')) break;
      this.i++;
    }
    this.expectNewline();
    out.push({ kind: 'import', names });
  }

  private fromStmt(out: Stmt[]): void {
    this.i++;
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) level += this.next().value.length;
    const module = this.peek().value === 'import' ? '' : this.dottedName();
    if (this.next().value !== 'import') this.fail(this.tokens[this.i - 1], "expected 'import'");
    const paren = this.isOp('(');
    if (paren) this.i++;
    const names: { name: string; asname?: string }[] = [];
    while (!(paren ? this.isOp(')') : this.peek().type === 'newline' || this.isOp(';'))) {
      const name = this.next().value;
      let asname: string | undefined;
      if (this.peek().value === 'as') {
        this.i++;
        asname = this.next().value;
      }
      names.push({ name, asname });
      if (this.isOp(',')) this.i++;
      else break;
    }
    if (paren) this.expectOp(')');
    this.expectNewline();
    out.push({ kind: 'from', module, level, names });
  }

  private assignment(out: Stmt[]): void {
    const first = this.peek();
    const targets: string[] = [];
    let annotation: Expr | undefined;
    let value: Expr | undefined;
    targets.push(this.next().value);
    if (this.isOp(':')) {
      this.i++;
      annotation = this.expr();
      if (this.isOp('=')) {
        this.i++;
        value = this.exprList();
      }
    } else {
      this.i++; // '='
      value = this.exprList();
      while (this.isOp('=')) {
        this.i++;
        if (value.k === 'name') targets.push(value.id);
        value = this.exprList();
      }
    }
    if (this.peek().type !== 'newline' && !this.isOp(';')) {
      this.skipStatement();
      return;
    }
    this.expectNewline();
    out.push({ kind: 'assign', targets, annotation, value, line: first.line, col: first.col });
  }

  /** Skips one logical line, and its indented block when the line opens one. */
  private skipStatement(): void {
    while (this.peek().type !== 'newline' && this.peek().type !== 'eof') this.i++;
    if (this.peek().type === 'newline') this.i++;
    if (this.peek().type === 'indent') {
      let level = 0;
      do {
        const t = this.next();
        if (t.type === 'indent') level++;
        if (t.type === 'dedent') level--;
      } while (level > 0 && this.peek().type !== 'eof');
    }
  }

  private dottedName(): string {
    let name = this.next().value;
    while (this.isOp('.')) {
      this.i++;
      name += '.' + this.next().value;
    }
    return name;
  }

  // --- expressions ------------------------------------------------------------

  /** `a, b` at statement level becomes a tuple. */
  private exprList(): Expr {
    const first = this.expr();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.isOp(',')) {
      this.i++;
      if (this.peek().type === 'newline' || this.isOp('=')) break;
      elts.push(this.expr());
    }
    return { k: 'tuple', elts };
  }

  expr(): Expr {
    const t = this.peek();
    if (t.type === 'name' && t.value === 'lambda') {
      this.i++;
      while (!this.isOp(':')) this.i++;
      this.i++;
      this.expr();
      return { k: 'opaque', text: 'lambda' };
    }
    const e = this.binary(0);
    if (this.peek().type === 'name' && this.peek().value === 'if') {
      this.i++;
      this.binary(0);
      if (this.peek().value === 'else') {
        this.i++;
        this.expr();
      }
      return { k: 'opaque', text: 'conditional expression' };
    }
    if (this.isOp(':=')) {
      this.i++;
      return this.expr();
    }
    return e;
  }

  private static readonly LEVELS: string[][] = [
    ['or'],
    ['and'],
    ['not'], // unary, handled specially
    ['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'],
    ['|'],
    ['^'],
    ['&'],
    ['<<', '>>'],
    ['+', '-'],
    ['*', '/', '//', '%', '@'],
  ];

  private binary(level: number): Expr {
    if (level >= Parser.LEVELS.length) return this.unary();
    if (level === 2) {
      if (this.peek().type === 'name' && this.peek().value === 'not') {
        this.i++;
        return { k: 'unary', op: 'not', operand: this.binary(2) };
      }
      return this.binary(3);
    }
    let left = this.binary(level + 1);
    for (;;) {
      const op = this.binaryOp(Parser.LEVELS[level]);
      if (!op) return left;
      const right = this.binary(level + 1);
      left = { k: 'binop', op, left, right };
    }
  }

  private binaryOp(ops: string[]): string | undefined {
    const t = this.peek();
    if (t.type === 'op' && ops.includes(t.value)) {
      this.i++;
      return t.value;
    }
    if (t.type === 'name') {
      if (t.value === 'not' && this.peek(1).value === 'in' && ops.includes('not in')) {
        this.i += 2;
        return 'not in';
      }
      if (t.value === 'is' && ops.includes('is')) {
        this.i++;
        if (this.peek().value === 'not') {
          this.i++;
          return 'is not';
        }
        return 'is';
      }
      if (ops.includes(t.value) && (t.value === 'or' || t.value === 'and' || t.value === 'in')) {
        this.i++;
        return t.value;
      }
    }
    return undefined;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t.type === 'op' && (t.value === '-' || t.value === '+' || t.value === '~')) {
      this.i++;
      return { k: 'unary', op: t.value, operand: this.unary() };
    }
    return this.power();
  }

  private power(): Expr {
    if (this.peek().value === 'await' && this.peek().type === 'name') this.i++;
    const base = this.primary();
    if (this.isOp('**')) {
      this.i++;
      return { k: 'binop', op: '**', left: base, right: this.unary() };
    }
    return base;
  }

  private primary(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.i++;
        e = { k: 'attr', value: e, attr: this.next().value };
      } else if (this.isOp('(')) {
        this.i++;
        const { args, kwargs } = this.callArguments();
        e = { k: 'call', func: e, args, kwargs };
      } else if (this.isOp('[')) {
        this.i++;
        e = { k: 'subscript', value: e, index: this.subscriptIndex() };
      } else {
        return e;
      }
    }
  }

  private callArguments(): { args: Expr[]; kwargs: Keyword[] } {
    const args: Expr[] = [];
    const kwargs: Keyword[] = [];
    while (!this.isOp(')')) {
      if (this.isOp('**')) {
        this.i++;
        kwargs.push({ name: null, value: this.expr() });
      } else if (this.isOp('*')) {
        this.i++;
        this.expr();
        args.push({ k: 'opaque', text: 'starred' });
      } else if (this.peek().type === 'name' && this.peek(1).type === 'op' && this.peek(1).value === '=') {
        const name = this.next().value;
        this.i++;
        kwargs.push({ name, value: this.expr() });
      } else {
        const value = this.expr();
        if (this.peek().value === 'for' || this.peek().value === 'async') {
          this.skipTo(')');
          return { args: [{ k: 'opaque', text: 'generator expression' }], kwargs };
        }
        args.push(value);
      }
      if (this.isOp(',')) this.i++;
      else if (!this.isOp(')')) this.fail(this.peek(), "expected ',' or ')'");
    }
    this.i++;
    return { args, kwargs };
  }

  private subscriptIndex(): Expr {
    const elts: Expr[] = [];
    let trailingComma = false;
    while (!this.isOp(']')) {
      trailingComma = false;
      if (this.isOp(':')) {
        this.skipTo(']');
        return { k: 'opaque', text: 'slice' };
      }
      const e = this.expr();
      if (this.isOp(':')) {
        this.skipTo(']');
        return { k: 'opaque', text: 'slice' };
      }
      elts.push(e);
      if (this.isOp(',')) {
        this.i++;
        trailingComma = true;
      } else if (!this.isOp(']')) this.fail(this.peek(), "expected ',' or ']'");
    }
    this.i++;
    return elts.length === 1 && !trailingComma ? elts[0] : { k: 'tuple', elts };
  }

  private atom(): Expr {
    const t = this.next();
    switch (t.type) {
      case 'name':
        if (t.value === 'None') return { k: 'none' };
        if (t.value === 'True') return { k: 'bool', value: true };
        if (t.value === 'False') return { k: 'bool', value: false };
        return { k: 'name', id: t.value };
      case 'number':
        return numberLiteral(t.value);
      case 'string': {
        let lit = decodeStringLiteral(t.value);
        while (this.peek().type === 'string') {
          const more = decodeStringLiteral(this.next().value);
          lit = { value: lit.value + more.value, bytes: lit.bytes, fstring: lit.fstring || more.fstring };
        }
        return { k: 'str', ...lit };
      }
      case 'op':
        if (t.value === '...') return { k: 'ellipsis' };
        if (t.value === '(') return this.sequence(')', 'tuple');
        if (t.value === '[') return this.sequence(']', 'list');
        if (t.value === '{') return this.braces();
        if (t.value === '*') {
          this.unary();
          return { k: 'opaque', text: 'starred' };
        }
    }
    return this.fail(t, 'invalid syntax');
  }

  private sequence(close: string, kind: 'tuple' | 'list'): Expr {
    const elts: Expr[] = [];
    let sawComma = false;
    while (!this.isOp(close)) {
      const e = this.expr();
      if (this.peek().value === 'for' || (this.peek().value === 'async' && this.peek(1).value === 'for')) {
        this.skipTo(close);
        return { k: 'opaque', text: 'comprehension' };
      }
      elts.push(e);
      if (this.isOp(',')) {
        this.i++;
        sawComma = true;
      } else if (!this.isOp(close)) this.fail(this.peek(), `expected ',' or '${close}'`);
    }
    this.i++;
    if (kind === 'tuple' && elts.length === 1 && !sawComma) return elts[0];
    return { k: kind, elts };
  }

  private braces(): Expr {
    const keys: Expr[] = [];
    const values: Expr[] = [];
    const elts: Expr[] = [];
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.i++;
        this.expr();
        this.skipTo('}');
        return { k: 'opaque', text: 'dict unpacking' };
      }
      const e = this.expr();
      if (this.isOp(':')) {
        this.i++;
        const v = this.expr();
        if (this.peek().value === 'for') {
          this.skipTo('}');
          return { k: 'opaque', text: 'comprehension' };
        }
        keys.push(e);
        values.push(v);
      } else {
        if (this.peek().value === 'for') {
          this.skipTo('}');
          return { k: 'opaque', text: 'comprehension' };
        }
        elts.push(e);
      }
      if (this.isOp(',')) this.i++;
      else if (!this.isOp('}')) this.fail(this.peek(), "expected ',' or '}'");
    }
    this.i++;
    return elts.length > 0 ? { k: 'set', elts } : { k: 'dict', keys, values };
  }

  /** Skips past the bracket that closes the current one. */
  private skipTo(close: string): void {
    let depth = 0;
    for (;;) {
      const t = this.next();
      if (t.type === 'eof') this.fail(t, `expected '${close}'`);
      if (t.type !== 'op') continue;
      if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
      else if (t.value === ')' || t.value === ']' || t.value === '}') {
        if (depth === 0) return;
        depth--;
      }
    }
  }

  // --- token helpers ----------------------------------------------------------

  private peek(ahead = 0): Token {
    return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)];
  }
  private next(): Token {
    const t = this.peek();
    if (this.i < this.tokens.length - 1) this.i++;
    return t;
  }
  private isOp(value: string): boolean {
    const t = this.peek();
    return t.type === 'op' && t.value === value;
  }
  private expectOp(value: string): void {
    const t = this.next();
    if (t.type !== 'op' || t.value !== value) this.fail(t, `expected '${value}'`);
  }
  private expectNewline(): void {
    if (this.isOp(';')) {
      this.skipStatement();
      return;
    }
    const t = this.next();
    if (t.type !== 'newline' && t.type !== 'eof') this.fail(t, 'expected end of line');
  }
  private fail(t: Token, message: string): never {
    throw new PythonSyntaxError(message, t.line, t.col);
  }
}

function numberLiteral(text: string): Expr {
  const clean = text.replace(/_/g, '');
  if (/[jJ]$/.test(clean)) return { k: 'num', value: Number(clean.slice(0, -1)), int: false, complex: true };
  if (/^0[xXoObB]/.test(clean)) return { k: 'num', value: Number(clean), int: true, complex: false };
  const isInt = /^[0-9]+$/.test(clean);
  return { k: 'num', value: Number(clean), int: isInt, complex: false };
}
