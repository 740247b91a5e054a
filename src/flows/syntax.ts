/**
 * Where CPython rejects a file: tree-sitter's grammar is tolerant (it recovers
 * from errors and accepts some code CPython refuses), so the first error is
 * looked for in three passes, in the order CPython meets them: the tokenizer's
 * (brackets, strings, indentation), the grammar's (tree-sitter's error nodes),
 * then the rules CPython applies after parsing (assignment targets, argument
 * order, `return` outside a function, ...). Messages are CPython's.
 */
import { CompileError, PythonSyntaxError } from './ast.js';
import { fields, kids, named, parseTree, type SyntaxNode } from './python.js';
import { lookupName } from './unicode-names.js';

const MAX_PARENS = 200;
const MAX_INDENT = 100;
/** CPython's compiler fails with a RecursionError on longer `a + b + ...` chains. */
const MAX_OPERATOR_CHAIN = 2900;

const HARD_KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
const FUTURE_FEATURES = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'barry_as_FLUFL',
  'generator_stop',
  'annotations',
]);
const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSE: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** A token: a leaf of the tree, in source order (read from a cursor: no node objects). */
interface Token {
  type: string;
  /** The type of the node holding it. */
  parent: string;
  start: number;
  end: number;
  row: number;
  column: number;
  endRow: number;
  missing: boolean;
}

export function firstSyntaxError(root: SyntaxNode, source: string): PythonSyntaxError | undefined {
  const pos = new Positions(source);
  if (source.includes('\0')) return pos.error('source code cannot contain null bytes', { row: 0, column: 0 });
  const strings: [number, number][] = [];
  const tokens = leaves(root, strings);
  const stray = strayCharacter(tokens, strings, source, pos);
  if (stray) return stray;
  const brackets = bracketError(tokens, pos);
  const failed = root.hasError ? (stringError(root, pos) ?? grammarError(root, pos)) : undefined;
  const grammar = failed?.error;
  // An error inside a bracket that is never closed is reported as that bracket, as CPython does
  // (except at a ':', where CPython keeps its generic error).
  if (
    brackets?.unclosed &&
    (!failed ||
      ((!before(failed.error, brackets.error) || failed.end > (brackets.index ?? 0)) && pos.char(failed.error) !== ':'))
  )
    return brackets.error;
  const indentation = indentationError(tokens, source, pos, root);
  // The tokenizer's limits: tree-sitter's own recovery gives up earlier on such nesting.
  const limit = [brackets?.error, indentation].find((e) => e && /^too many /.test(e.message));
  if (limit) return limit;
  const found = [brackets?.unclosed ? undefined : brackets?.error, grammar, indentation].filter((e) => e !== undefined);
  if (found.length) return found.reduce((a, b) => (before(b, a) ? b : a));
  return new Rules(pos).check(root);
}

function before(a: PythonSyntaxError, b: PythonSyntaxError): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

class Positions {
  private readonly starts: number[] = [0];
  constructor(private readonly source: string) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.starts.push(i + 1);
  }
  /** 1-based line and character column of a tree-sitter point (UTF-16 columns). */
  error(message: string, at: { row: number; column: number }): PythonSyntaxError {
    const start = this.starts[at.row] ?? this.source.length;
    const col = [...this.source.slice(start, start + at.column)].length + 1;
    return new PythonSyntaxError(message, at.row + 1, col);
  }
  /** The character an error points at. */
  char(e: PythonSyntaxError): string {
    return [...this.line(e.line - 1)][e.col - 1] ?? '';
  }
  line(row: number): string {
    const start = this.starts[row] ?? this.source.length;
    const end = this.starts[row + 1] ?? this.source.length + 1;
    return this.source.slice(start, end - 1);
  }
}

/** Every leaf, in order, without recursion (a file may nest thousands deep); `strings` gets the strings' spans. */
function leaves(root: SyntaxNode, strings: [number, number][]): Token[] {
  const out: Token[] = [];
  const parents: string[] = [];
  const cursor = root.walk();
  for (;;) {
    const type = cursor.nodeType;
    if (type === 'string') strings.push([cursor.startIndex, cursor.endIndex]);
    if (type !== 'string_content' && type !== 'comment' && cursor.gotoFirstChild()) {
      parents.push(type);
      continue;
    }
    const missing = cursor.nodeIsMissing;
    if (cursor.startIndex !== cursor.endIndex || missing) {
      const start = cursor.startPosition;
      out.push({
        type,
        parent: parents[parents.length - 1] ?? '',
        start: cursor.startIndex,
        end: cursor.endIndex,
        row: start.row,
        column: start.column,
        endRow: cursor.endPosition.row,
        missing,
      });
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return out;
      }
      parents.pop();
    }
  }
}

/** A character between tokens that is not blank: CPython's tokenizer refuses it (tree-sitter may skip it). */
function strayCharacter(
  tokens: Token[],
  strings: [number, number][],
  source: string,
  pos: Positions,
): PythonSyntaxError | undefined {
  let end = 0;
  let s = 0;
  for (const t of [...tokens, undefined]) {
    const start = t ? t.start : source.length;
    // Between the tokens of an f-string's fields: format specs are text.
    while (s < strings.length && strings[s][1] <= end) s++;
    const inString = s < strings.length && strings[s][0] <= end && start <= strings[s][1];
    const gap = inString ? '' : source.slice(end, start);
    const bad = /[^ \t\f\n\r\\]/u.exec(gap);
    if (bad) {
      const c = String.fromCodePoint(gap.codePointAt(bad.index)!);
      const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      const [row, column] = rowColumn(source, end + bad.index);
      return pos.error(
        /[\p{C}\p{Z}]/u.test(c) ? `invalid non-printable character ${code}` : `invalid character '${c}' (${code})`,
        { row, column },
      );
    }
    if (t) end = Math.max(end, t.end);
  }
  return undefined;
}

function rowColumn(source: string, index: number): [number, number] {
  const before = source.slice(0, index);
  const row = before.split('\n').length - 1;
  return [row, index - (before.lastIndexOf('\n') + 1)];
}

function bracketError(
  tokens: Token[],
  pos: Positions,
): { error: PythonSyntaxError; unclosed: boolean; index?: number } | undefined {
  const stack: Token[] = [];
  for (const t of tokens) {
    if (t.missing) continue;
    if (t.type in OPEN) {
      stack.push(t);
      if (stack.length > MAX_PARENS) return { error: pos.error('too many nested parentheses', t), unclosed: false };
    } else if (t.type in CLOSE) {
      const open = stack.pop();
      if (!open) return { error: pos.error(`unmatched '${t.type}'`, t), unclosed: false };
      if (open.type !== CLOSE[t.type]) {
        const where = open.row === t.row ? '' : ` on line ${open.row + 1}`;
        return {
          error: pos.error(
            `closing parenthesis '${t.type}' does not match opening parenthesis '${open.type}'${where}`,
            t,
          ),
          unclosed: false,
        };
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open) return { error: pos.error(`'${open.type}' was never closed`, open), unclosed: true, index: open.start };
  return undefined;
}

/** Unterminated strings: tree-sitter marks their end as missing. */
function stringError(root: SyntaxNode, pos: Positions): { error: PythonSyntaxError; end: number } | undefined {
  let found: { error: PythonSyntaxError; end: number } | undefined;
  visitErrors(root, (n) => {
    if (found || n.type !== 'string_end' || !n.isMissing || !n.parent) return;
    const start = n.parent.childForFieldName('string_start') ?? n.parent.firstChild;
    const triple = /("""|''')$/.test(start?.text ?? '');
    found = {
      error: pos.error(
        `unterminated ${triple ? 'triple-quoted ' : ''}string literal (detected at line ${n.startPosition.row + 1})`,
        n.parent.startPosition,
      ),
      end: n.parent.startIndex,
    };
  });
  return found;
}

/**
 * CPython's tokenizer on indentation: every logical line's indent against the
 * stack of open blocks, with tabs as 8 columns and as 1 (TabError when they disagree).
 */
function indentationError(
  tokens: Token[],
  source: string,
  pos: Positions,
  root: SyntaxNode,
): PythonSyntaxError | undefined {
  const stack: [number, number][] = [[0, 0]];
  let depth = 0;
  let previous: Token | undefined;
  let header: Token | undefined;
  for (const t of tokens) {
    if (t.type === 'comment' || t.missing) continue;
    const startsLine =
      !previous ||
      (t.row > previous.endRow && depth === 0 && !continued(source.slice(previous.end, t.start)) && !insideString(t));
    if (startsLine) {
      const line = pos.line(t.row);
      const [col, alt] = indentWidth(line);
      const [top, altTop] = stack[stack.length - 1];
      if (header && col <= top) {
        return pos.error(
          `expected an indented block after ${describeHeader(header, root)} on line ${header.row + 1}`,
          t,
        );
      }
      if (col > top) {
        if (!header) return pos.error('unexpected indent', t);
        if (alt <= altTop)
          return pos.error('inconsistent use of tabs and spaces in indentation', { row: t.row, column: 0 });
        stack.push([col, alt]);
        if (stack.length > MAX_INDENT) return pos.error('too many levels of indentation', { row: t.row, column: 0 });
      } else {
        while (col < stack[stack.length - 1][0]) stack.pop();
        if (col !== stack[stack.length - 1][0])
          return pos.error('unindent does not match any outer indentation level', { row: t.row, column: line.length });
        if (alt !== stack[stack.length - 1][1])
          return pos.error('inconsistent use of tabs and spaces in indentation', { row: t.row, column: 0 });
      }
      header = undefined;
    }
    if (t.type in OPEN) depth++;
    else if (t.type in CLOSE) depth = Math.max(0, depth - 1);
    // A ':' ending a logical line opens a block on the next one.
    // A ':' ending a logical line opens a block on the next one; any token after it on its line does not.
    header = t.type === ':' && depth === 0 && t.parent !== 'lambda' ? t : undefined;
    previous = t;
  }
  if (header)
    return pos.error(`expected an indented block after ${describeHeader(header, root)} on line ${header.row + 1}`, {
      row: header.row,
      column: header.column + 1,
    });
  return undefined;
}

/** Whether the text between two tokens (blanks and comments only) has a `\` line continuation. */
function continued(gap: string): boolean {
  return /\\\n/.test(gap.replace(/#[^\n]*/g, ''));
}

function insideString(t: Token): boolean {
  return (
    t.type === 'string_content' ||
    t.type === 'string_end' ||
    t.type === 'escape_sequence' ||
    t.parent === 'interpolation'
  );
}

function indentWidth(line: string): [number, number] {
  let col = 0;
  let alt = 0;
  for (const c of line) {
    if (c === ' ') {
      col++;
      alt++;
    } else if (c === '\t') {
      col = (Math.floor(col / 8) + 1) * 8;
      alt++;
    } else if (c === '\f') {
      col = alt = 0;
    } else break;
  }
  return [col, alt];
}

function describeHeader(colon: Token, root: SyntaxNode): string {
  let owner = root.descendantForIndex(colon.start, colon.end)?.parent ?? null;
  while (owner && owner.type === 'ERROR') owner = owner.parent;
  const kinds: Record<string, string> = {
    if_statement: "'if' statement",
    elif_clause: "'elif' statement",
    else_clause: "'else' statement",
    for_statement: "'for' statement",
    while_statement: "'while' statement",
    with_statement: "'with' statement",
    try_statement: "'try' statement",
    except_clause: "'except' statement",
    finally_clause: "'finally' statement",
    function_definition: 'function definition',
    class_definition: 'class definition',
    match_statement: "'match' statement",
    case_clause: "'case' statement",
  };
  const kind = owner ? kinds[owner.type] : undefined;
  if (owner?.type === 'function_definition' || owner?.type === 'class_definition') {
    return `${kind} on line ${owner.startPosition.row + 1}`.replace(/ on line \d+$/, '');
  }
  return kind ?? 'a statement';
}

function visitErrors(n: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    visit(x);
    if (!x.hasError && !x.isMissing) continue;
    for (let i = x.childCount - 1; i >= 0; i--) stack.push(x.child(i)!);
  }
}

/**
 * The first error node tree-sitter's recovery left, as CPython's generic message;
 * undefined when every error node is a PEP 696 type parameter default, which the
 * grammar does not know.
 */
function grammarError(root: SyntaxNode, pos: Positions): { error: PythonSyntaxError; end: number } | undefined {
  let first: SyntaxNode | undefined;
  const excused = new Set<number>();
  visitErrors(root, (n) => {
    if (first || !(n.type === 'ERROR' || n.isMissing)) return;
    const list = typeParameterList(n);
    if (list && (excused.has(list.id) || validTypeParameters(list))) excused.add(list.id);
    else first = n;
  });
  if (!first) return undefined;
  if (first.isMissing)
    return {
      error: pos.error(first.type === ':' ? "expected ':'" : 'invalid syntax', first.startPosition),
      end: first.endIndex,
    };
  // Recovery wraps whole statements it could parse; the error is where they end.
  let at: SyntaxNode = first;
  for (const c of kids(first)) {
    if (c.type.endsWith('_statement') || c.type.endsWith('_definition') || c.type === 'comment') continue;
    at = c;
    break;
  }
  return { error: pos.error('invalid syntax', at.startPosition), end: first.endIndex };
}

/** The `[T, *Ts, **P]` list of a generic function, class or `type` alias that holds `n`. */
function typeParameterList(n: SyntaxNode): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) {
    const owner = p.parent?.type === 'generic_type' ? p.parent.parent?.parent : p.parent;
    if (
      p.type === 'type_parameter' &&
      owner &&
      ['function_definition', 'class_definition', 'type_alias_statement'].includes(owner.type)
    ) {
      return p.text.startsWith('[') ? p : undefined;
    }
    if (p.type.endsWith('_statement') || p.type.endsWith('_definition')) return undefined;
  }
  return undefined;
}

/** PEP 696 (Python 3.13): `[T = int, *Ts = *tuple[int], **P = [str]]`, each bound and default an expression. */
function validTypeParameters(list: SyntaxNode): boolean {
  const inner = list.text.slice(1, -1);
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      items.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  items.push(inner.slice(start));
  return items.every((item, i) => {
    if (!item.trim()) return i === items.length - 1 && i > 0;
    const m = /^\s*(\*{0,2})[A-Za-z_]\w*\s*(?::([^=]*))?(?:=(.*))?$/s.exec(item);
    if (!m) return false;
    return [m[2], m[3]].every((e) => e === undefined || isExpression(m[1] === '*' ? e.replace(/^\s*\*/, '') : e));
  });
}

function isExpression(text: string): boolean {
  if (!text.trim()) return false;
  const tree = parseTree(`(${text}\n)`);
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

interface Context {
  fn?: { async: boolean; generator: boolean };
  loop: boolean;
  module: boolean;
  /** Inside a comprehension (where `yield` is refused). */
  comprehension?: string;
}

/**
 * CPython's checks after parsing, on a tree without error nodes. Those of its compiler
 * (`late`: `ast.parse` accepts the file) come after every parser error, whatever the order.
 */
class Rules {
  private futureAllowed = true;
  private compileError?: CompileError;
  private statements = 0;

  constructor(private readonly pos: Positions) {}

  /** Nodes still to visit (a stack: the tree may nest thousands deep), and what one visit adds. */
  private readonly stack: [SyntaxNode, Context][] = [];
  private pending: [SyntaxNode, Context][] = [];

  check(root: SyntaxNode): PythonSyntaxError | undefined {
    try {
      const ctx: Context = { loop: false, module: true };
      for (const stmt of named(root)) this.future(stmt);
      for (const stmt of named(root).reverse()) this.stack.push([stmt, ctx]);
      while (this.stack.length) {
        const [n, c] = this.stack.pop()!;
        this.pending = [];
        this.node(n, c);
        for (let i = this.pending.length - 1; i >= 0; i--) this.stack.push(this.pending[i]);
      }
      return this.compileError;
    } catch (e) {
      if (e instanceof PythonSyntaxError) return e;
      throw e;
    }
  }

  private fail(message: string, n: SyntaxNode | { row: number; column: number }): never {
    throw this.pos.error(message, 'startPosition' in n ? n.startPosition : n);
  }

  /** An error of CPython's compiler, not of its parser: the first is kept, and the check goes on for parser errors. */
  private late(message: string, n: SyntaxNode): void {
    if (this.compileError) return;
    const e = this.pos.error(message, n.startPosition);
    this.compileError = new CompileError(e.message, e.line, e.col);
  }

  /** `from __future__` imports come first (after the docstring); only known features. */
  private future(stmt: SyntaxNode): void {
    if (stmt.type === 'comment') return;
    const index = this.statements++;
    if (stmt.type === 'future_import_statement') {
      if (!this.futureAllowed) this.late('from __future__ imports must occur at the beginning of the file', stmt);
      for (const name of fields(stmt, 'name')) {
        const feature = (name.childForFieldName('name') ?? name).text;
        if (feature === 'braces') this.late('not a chance', stmt);
        if (!FUTURE_FEATURES.has(feature)) this.late(`future feature ${feature} is not defined`, stmt);
      }
      return;
    }
    const docstring =
      index === 0 &&
      stmt.type === 'expression_statement' &&
      stmt.namedChildCount === 1 &&
      named(stmt)[0].type === 'string';
    if (!docstring) this.futureAllowed = false;
  }

  private visit(n: SyntaxNode, ctx: Context): void {
    this.pending.push([n, ctx]);
  }

  private children(n: SyntaxNode, ctx: Context): void {
    for (let i = 0; i < n.namedChildCount; i++) this.visit(n.namedChild(i)!, ctx);
  }

  private node(n: SyntaxNode, ctx: Context): void {
    switch (n.type) {
      case 'identifier':
        if (HARD_KEYWORDS.has(n.text)) this.fail('invalid syntax', n);
        return;
      case 'print_statement':
        this.fail("Missing parentheses in call to 'print'. Did you mean print(...)?", n);
        break;
      case 'exec_statement':
        this.fail("Missing parentheses in call to 'exec'. Did you mean exec(...)?", n);
        break;
      case 'function_definition': {
        const isAsync = kids(n).some((c) => c.type === 'async');
        for (const field of ['name', 'type_parameters', 'return_type']) {
          const c = n.childForFieldName(field);
          if (c) this.visit(c, ctx);
        }
        const params = n.childForFieldName('parameters');
        if (params) this.parameters(params, ctx);
        const body = n.childForFieldName('body');
        const fn = { async: isAsync, generator: false };
        if (body) this.visit(body, { fn, loop: false, module: false });
        return;
      }
      case 'lambda': {
        const params = n.childForFieldName('parameters');
        if (params) this.parameters(params, ctx);
        const body = n.childForFieldName('body');
        if (body) this.visit(body, { fn: { async: false, generator: false }, loop: false, module: false });
        return;
      }
      case 'class_definition': {
        for (const c of named(n)) if (c.type !== 'block') this.visit(c, ctx);
        const body = n.childForFieldName('body');
        if (body) this.visit(body, { loop: false, module: false });
        return;
      }
      case 'for_statement':
      case 'while_statement': {
        if (n.type === 'for_statement') this.target(n.childForFieldName('left')!, 'assign');
        const body = n.childForFieldName('body');
        for (const c of named(n)) {
          const inner = c.id === body?.id ? { ...ctx, loop: true } : ctx;
          this.visit(c, inner);
        }
        return;
      }
      case 'return_statement':
        if (!ctx.fn) this.late("'return' outside function", n);
        else if (ctx.fn.async && ctx.fn.generator && n.namedChildCount > 0)
          this.late("'return' with value in async generator", n);
        break;
      case 'yield':
        if (ctx.comprehension) this.late(`'yield' inside ${ctx.comprehension}`, n);
        if (!ctx.fn) this.late("'yield' outside function", n);
        else ctx.fn.generator = true;
        break;
      case 'await':
        if (!ctx.fn) this.late("'await' outside function", n);
        else if (!ctx.fn.async) this.late("'await' outside async function", n);
        break;
      case 'break_statement':
        if (!ctx.loop) this.late("'break' outside loop", n);
        return;
      case 'continue_statement':
        if (!ctx.loop) this.late("'continue' not properly in loop", n);
        return;
      case 'nonlocal_statement':
        if (ctx.module) this.late('nonlocal declaration not allowed at module level', n);
        break;
      case 'import_from_statement':
        if (n.lastChild?.type === ',')
          this.fail('trailing comma not allowed without surrounding parentheses', n.lastChild);
        if (!ctx.module && named(n).some((c) => c.type === 'wildcard_import'))
          this.late('import * only allowed at module level', n);
        break;
      case 'try_statement': {
        if (!named(n).some((c) => ['except_clause', 'except_group_clause', 'finally_clause'].includes(c.type))) {
          this.fail("expected 'except' or 'finally' block", n.lastChild ?? n);
        }
        const handlers = named(n).filter((c) => c.type === 'except_clause');
        handlers.forEach((h, i) => {
          if (i < handlers.length - 1 && named(h).every((c) => c.type === 'block' || c.type === 'comment'))
            this.late("default 'except:' must be last", h);
        });
        break;
      }
      case 'list_comprehension':
      case 'set_comprehension':
      case 'dictionary_comprehension':
      case 'generator_expression': {
        const what = {
          list_comprehension: 'list comprehension',
          set_comprehension: 'set comprehension',
          dictionary_comprehension: 'dict comprehension',
          generator_expression: 'generator expression',
        }[n.type];
        for (const c of named(n)) {
          if (c.type === 'for_in_clause') {
            // `f(x for x in y, 1)`: the grammar takes `y, 1` as the iterable; CPython does not.
            const comma = kids(c).find((x) => x.type === ',');
            if (comma) {
              if (n.type === 'generator_expression' && n.parent?.type === 'call')
                this.fail('Generator expression must be parenthesized', named(n)[0]);
              this.fail('invalid syntax', comma);
            }
            if (kids(c).some((x) => x.type === 'async') && !ctx.fn?.async && n.type !== 'generator_expression')
              this.late('asynchronous comprehension outside of an asynchronous function', c);
            this.target(c.childForFieldName('left')!, 'assign');
          }
        }
        this.children(n, { ...ctx, comprehension: what });
        return;
      }
      case 'assignment': {
        const left = n.childForFieldName('left')!;
        if (
          n.childForFieldName('type') &&
          left.type !== 'identifier' &&
          left.type !== 'attribute' &&
          left.type !== 'subscript'
        ) {
          this.fail('only single target (not tuple) can be annotated', left);
        }
        this.target(left, 'assign');
        break;
      }
      case 'augmented_assignment': {
        const left = n.childForFieldName('left')!;
        if (!['identifier', 'attribute', 'subscript'].includes(left.type))
          this.fail(`'${describe(left)}' is an illegal expression for augmented assignment`, left);
        break;
      }
      case 'named_expression': {
        const name = n.childForFieldName('name')!;
        if (name.type !== 'identifier') this.fail(`cannot use assignment expressions with ${describe(name)}`, name);
        break;
      }
      case 'delete_statement':
        for (const c of named(n)) this.target(c, 'delete');
        break;
      case 'as_pattern':
        if (n.parent?.type === 'with_item') {
          const target = named(n).find((c) => c.type === 'as_pattern_target');
          if (target?.namedChildren[0]) this.target(named(target)[0], 'assign');
        }
        break;
      case 'argument_list':
        this.arguments(n);
        break;
      case 'interpolation': {
        const conversion = named(n).find((c) => c.type === 'type_conversion');
        if (conversion && !['!s', '!r', '!a'].includes(conversion.text)) {
          this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", conversion);
        }
        break;
      }
      case 'binary_operator':
        if (n.parent?.type !== 'binary_operator') {
          let length = 0;
          for (let x: SyntaxNode | null = n; x?.type === 'binary_operator'; x = x.childForFieldName('left')) length++;
          if (length > MAX_OPERATOR_CHAIN)
            this.fail('expression nested too deeply (CPython cannot compile it either)', n);
        }
        break;
      case 'integer':
        if (/^0[0-9_]*[1-9]/.test(n.text) && !/[jJ.eE]/.test(n.text)) {
          this.fail(
            'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            n,
          );
        }
        return;
      case 'string':
        this.string(n);
        break;
    }
    this.children(n, ctx);
  }

  private parameters(params: SyntaxNode, ctx: Context): void {
    const seen = new Set<string>();
    let sawDefault = false;
    let kwonly = false;
    let bareStar: SyntaxNode | undefined;
    let varkw = false;
    let slash = false;
    for (const p of named(params)) {
      if (p.type === 'comment') continue;
      if (varkw) this.fail('arguments cannot follow var-keyword argument', p);
      if (p.type === 'keyword_separator') {
        if (kwonly) this.fail('* argument may appear only once', p);
        kwonly = true;
        bareStar = p;
        continue;
      }
      if (p.type === 'positional_separator') {
        if (slash) this.fail('/ may appear only once', p);
        if (kwonly) this.fail('/ must be ahead of *', p);
        slash = true;
        continue;
      }
      let name = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? named(p)[0]);
      const splat =
        name?.type === 'list_splat_pattern' || name?.type === 'dictionary_splat_pattern'
          ? name
          : p.type.endsWith('splat_pattern')
            ? p
            : undefined;
      if (splat) name = named(splat)[0];
      if (splat?.type === 'list_splat_pattern') {
        if (kwonly) this.fail('* argument may appear only once', p);
        kwonly = true;
        bareStar = undefined;
      } else if (splat?.type === 'dictionary_splat_pattern') {
        if (bareStar) this.fail('named arguments must follow bare *', bareStar);
        varkw = true;
      } else {
        bareStar = undefined;
        const hasDefault = p.type === 'default_parameter' || p.type === 'typed_default_parameter';
        if (hasDefault) sawDefault = true;
        else if (sawDefault && !kwonly) this.fail('non-default argument follows default argument', p);
      }
      if (name) {
        if (HARD_KEYWORDS.has(name.text)) this.fail('invalid syntax', name);
        if (seen.has(name.text)) this.late(`duplicate argument '${name.text}' in function definition`, name);
        seen.add(name.text);
      }
      for (const field of ['type', 'value']) {
        const c = p.childForFieldName(field);
        if (c) this.visit(c, ctx);
      }
    }
    if (bareStar) this.fail('named arguments must follow bare *', bareStar);
  }

  private arguments(list: SyntaxNode): void {
    const args = named(list).filter((c) => c.type !== 'comment');
    const bare = args.find((a) => a.type === 'generator_expression' && !a.text.startsWith('('));
    if (bare && args.length > 1) this.fail('Generator expression must be parenthesized', bare);
    let keyword = false;
    let kwUnpack = false;
    const names = new Set<string>();
    for (const a of named(list)) {
      if (a.type === 'comment') continue;
      if (a.type === 'keyword_argument') {
        const name = a.childForFieldName('name')!.text;
        if (names.has(name)) this.late(`keyword argument repeated: ${name}`, a);
        names.add(name);
        keyword = true;
      } else if (a.type === 'dictionary_splat') {
        kwUnpack = true;
      } else if (a.type === 'list_splat') {
        if (kwUnpack) this.fail('iterable argument unpacking follows keyword argument unpacking', a);
      } else {
        if (kwUnpack) this.fail('positional argument follows keyword argument unpacking', a);
        if (keyword) this.fail('positional argument follows keyword argument', a);
      }
    }
  }

  /** What may be assigned to (or deleted). */
  private target(n: SyntaxNode, how: 'assign' | 'delete'): void {
    const verb = how === 'assign' ? 'assign to' : 'delete';
    switch (n.type) {
      case 'identifier':
        if (n.text === '__debug__') this.late(`cannot ${verb} __debug__`, n);
        return;
      case 'attribute':
      case 'subscript':
        return;
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        const items = named(n).filter((c) => c.type !== 'comment');
        const starred = items.filter((c) => c.type === 'list_splat_pattern' || c.type === 'list_splat');
        if (how === 'delete' && starred.length) this.fail('cannot delete starred', starred[0]);
        if (starred.length > 1) this.late('multiple starred expressions in assignment', n);
        for (const c of items)
          this.target(c.type === 'list_splat_pattern' || c.type === 'list_splat' ? named(c)[0] : c, how);
        return;
      }
      case 'parenthesized_expression':
        if (named(n)[0]) this.target(named(n)[0], how);
        return;
      case 'list_splat_pattern':
      case 'list_splat':
        if (how === 'assign') this.late('starred assignment target must be in a list or tuple', n);
        else this.fail('cannot delete starred', n);
        break;
      default:
        this.fail(`cannot ${verb} ${describe(n)}`, n);
    }
  }

  private string(n: SyntaxNode): void {
    const start = n.firstChild?.text ?? '';
    const prefix = start.replace(/['"]+$/, '').toLowerCase();
    const bytes = prefix.includes('b');
    const raw = prefix.includes('r');
    for (const c of named(n)) {
      if (c.type !== 'string_content') continue;
      if (bytes && /[^\p{ASCII}]/u.test(c.text)) this.fail('bytes can only contain ASCII literal characters', n);
      if (raw) continue;
      for (const m of c.text.matchAll(/\\(x|u|U|N)/g)) {
        const rest = c.text.slice(m.index! + 2);
        const need = { x: 2, u: 4, U: 8, N: 0 }[m[1] as 'x' | 'u' | 'U' | 'N'];
        if (bytes && m[1] !== 'x') continue;
        if (
          m[1] === 'N' &&
          !precededByBackslash(c.text, m.index!) &&
          /^\{[^}]+\}/.test(rest) &&
          lookupName(/^\{([^}]+)\}/.exec(rest)![1]) === undefined
        ) {
          this.fail("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", n);
        }
        if (m[1] === 'N' ? !/^\{[^}]+\}/.test(rest) : !new RegExp(`^[0-9a-fA-F]{${need}}`).test(rest)) {
          if (precededByBackslash(c.text, m.index!)) continue;
          const codec = bytes ? 'value error' : "(unicode error) 'unicodeescape' codec can't decode bytes";
          const what = {
            x: 'truncated \\xXX escape',
            u: 'truncated \\uXXXX escape',
            U: 'truncated \\UXXXXXXXX escape',
            N: 'malformed \\N character escape',
          }[m[1] as 'x' | 'u' | 'U' | 'N'];
          this.fail(bytes ? `(${codec}) invalid \\x escape` : `${codec}: ${what}`, n);
        }
      }
    }
  }
}

function precededByBackslash(text: string, at: number): boolean {
  let count = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

/** CPython's words for what an expression is, in "cannot assign to ...". */
function describe(n: SyntaxNode): string {
  switch (n.type) {
    case 'call':
      return 'function call';
    case 'integer':
    case 'float':
    case 'string':
    case 'concatenated_string':
      return 'literal';
    case 'true':
      return 'True';
    case 'false':
      return 'False';
    case 'none':
      return 'None';
    case 'ellipsis':
      return 'ellipsis';
    case 'attribute':
      return 'attribute';
    case 'subscript':
      return 'subscript';
    case 'lambda':
      return 'lambda';
    case 'conditional_expression':
      return 'conditional expression';
    case 'comparison_operator':
      return 'comparison';
    case 'await':
      return 'await expression';
    case 'dictionary':
      return 'dict literal';
    case 'set':
      return 'set display';
    case 'list_comprehension':
      return 'list comprehension';
    case 'generator_expression':
      return 'generator expression';
    case 'tuple':
      return 'tuple';
    case 'named_expression':
      return 'named expression';
    default:
      return 'expression';
  }
}
