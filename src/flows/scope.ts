/**
 * Name resolution and constant evaluation for one Python module, statically.
 * A name resolves to a local class or function, a value, or a qualified name in
 * another module (`typing.List`); modules in the repository are followed.
 */
import type { ClassDef, Expr, FunctionDef, Module } from './ast.js';

/** What a name or dotted expression refers to. */
export type Symbol =
  | { kind: 'class'; def: ClassDef; scope: Scope }
  | { kind: 'function'; def: FunctionDef; scope: Scope }
  | { kind: 'value'; expr: Expr; scope: Scope }
  /** A name from another module that is not in the repository: `typing.Optional`. */
  | { kind: 'external'; qualname: string }
  | { kind: 'unknown' };

/** Finds a repository module by import name; returns undefined outside the repository. */
export type ModuleLoader = (module: string, level: number, fromFile: string) => Scope | undefined;

type Binding =
  | { kind: 'module'; module: string; level: number }
  | { kind: 'from'; module: string; level: number; name: string }
  | { kind: 'class'; def: ClassDef }
  | { kind: 'function'; def: FunctionDef }
  | { kind: 'value'; expr: Expr };

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(
    readonly module: Module,
    readonly file: string,
    private readonly load: ModuleLoader,
  ) {
    for (const stmt of module.body) {
      switch (stmt.kind) {
        case 'import':
          for (const { module: name, asname } of stmt.names) {
            // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
            if (asname) this.bindings.set(asname, { kind: 'module', module: name, level: 0 });
            else this.bindings.set(name.split('.')[0], { kind: 'module', module: name.split('.')[0], level: 0 });
          }
          break;
        case 'from':
          for (const { name, asname } of stmt.names) {
            if (name === '*') continue;
            this.bindings.set(asname ?? name, { kind: 'from', module: stmt.module, level: stmt.level, name });
          }
          break;
        case 'class':
          this.bindings.set(stmt.name, { kind: 'class', def: stmt });
          break;
        case 'def':
          this.bindings.set(stmt.name, { kind: 'function', def: stmt });
          break;
        case 'assign':
          if (stmt.value) for (const t of stmt.targets) this.bindings.set(t, { kind: 'value', expr: stmt.value });
          break;
      }
    }
  }

  /** Looks up a module-level name. */
  lookup(name: string, seen = new Set<string>()): Symbol {
    const b = this.bindings.get(name);
    if (!b) return BUILTINS.has(name) ? { kind: 'external', qualname: `builtins.${name}` } : { kind: 'unknown' };
    switch (b.kind) {
      case 'class':
        return { kind: 'class', def: b.def, scope: this };
      case 'function':
        return { kind: 'function', def: b.def, scope: this };
      case 'value':
        return { kind: 'value', expr: b.expr, scope: this };
      case 'module':
        return this.moduleSymbol(b.module, b.level);
      case 'from': {
        const key = `${this.file}:${name}`;
        if (seen.has(key)) return { kind: 'unknown' };
        seen.add(key);
        const target = this.load(b.module, b.level, this.file);
        if (target) return target.lookup(b.name, seen);
        // `from pkg import submodule` is a module too; a name we cannot read stays qualified.
        const sub = this.load(b.module ? `${b.module}.${b.name}` : b.name, b.level, this.file);
        if (sub) return { kind: 'external', qualname: `repo:${sub.file}` };
        return { kind: 'external', qualname: `${b.module}.${b.name}` };
      }
    }
  }

  private moduleSymbol(module: string, level: number): Symbol {
    const local = this.load(module, level, this.file);
    return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname: module };
  }

  /** Resolves a name or a dotted attribute chain (`typing.List`, `pydantic.BaseModel`). */
  resolve(e: Expr): Symbol {
    if (e.k === 'name') return this.lookup(e.id);
    if (e.k === 'attr') {
      const base = this.resolve(e.value);
      if (base.kind === 'external') {
        if (base.qualname.startsWith('repo:')) {
          const scope = this.load(base.qualname.slice(5), -1, this.file);
          return scope ? scope.lookup(e.attr) : { kind: 'unknown' };
        }
        const qualname = `${base.qualname}.${e.attr}`;
        const local = this.load(qualname, 0, this.file);
        return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname };
      }
      if (base.kind === 'class') {
        const member = base.def.body.find((s) => s.kind === 'assign' && s.targets.includes(e.attr));
        if (member && member.kind === 'assign' && member.value) {
          return { kind: 'value', expr: { k: 'attr', value: e.value, attr: e.attr }, scope: this };
        }
      }
    }
    return { kind: 'unknown' };
  }
}

const BUILTINS = new Set([
  'int', 'float', 'str', 'bool', 'bytes', 'complex', 'list', 'dict', 'tuple', 'set', 'frozenset', 'object', 'type',
  'Ellipsis', 'len', 'range', 'min', 'max', 'abs', 'round', 'sum', 'sorted',
]);

/** Marks a value Python would compute at import time that this reader cannot. */
export const UNKNOWN = Symbol('unknown');

/** A pydantic `Field(...)` used as a default. */
export interface FieldDefault {
  field: true;
  /** `UNKNOWN` when the default is not given or not evaluable; `REQUIRED` for `...`. */
  default: unknown;
  description?: string;
  title?: string;
}

export const REQUIRED = Symbol('required');

/** A JSON-compatible value, as pydantic would serialize a default. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Evaluates a constant expression to its JSON form, or UNKNOWN.
 * Enum members evaluate to their values; `Field(...)` to a FieldDefault.
 */
export function evaluate(e: Expr, scope: Scope, depth = 0): JsonValue | FieldDefault | typeof UNKNOWN | typeof REQUIRED {
  if (depth > 50) return UNKNOWN;
  const ev = (x: Expr) => evaluate(x, scope, depth + 1);
  switch (e.k) {
    case 'none':
      return null;
    case 'bool':
      return e.value;
    case 'num':
      return e.complex ? UNKNOWN : e.value;
    case 'str':
      return e.fstring ? UNKNOWN : e.value;
    case 'ellipsis':
      return REQUIRED;
    case 'tuple':
    case 'list':
    case 'set': {
      const out: JsonValue[] = [];
      for (const x of e.elts) {
        const v = ev(x);
        if (!isJson(v)) return UNKNOWN;
        out.push(v);
      }
      return out;
    }
    case 'dict': {
      const out: Record<string, JsonValue> = {};
      for (let i = 0; i < e.keys.length; i++) {
        const k = ev(e.keys[i]);
        const v = ev(e.values[i]);
        if (!isJson(k) || !isJson(v) || (k !== null && typeof k === 'object')) return UNKNOWN;
        out[jsonKey(k)] = v;
      }
      return out;
    }
    case 'unary': {
      const v = ev(e.operand);
      if (typeof v !== 'number' && typeof v !== 'boolean') return UNKNOWN;
      if (e.op === '-') return -Number(v);
      if (e.op === '+') return Number(v);
      if (e.op === 'not') return !v;
      return UNKNOWN;
    }
    case 'binop':
      return binop(e.op, ev(e.left), ev(e.right));
    case 'name':
    case 'attr': {
      const sym = scope.resolve(e);
      if (sym.kind === 'value') {
        if (e.k === 'attr') return enumMember(e, scope, depth);
        return evaluate(sym.expr, sym.scope, depth + 1);
      }
      return UNKNOWN;
    }
    case 'call':
      return evaluateCall(e, scope, depth);
    default:
      return UNKNOWN;
  }
}

function enumMember(e: Extract<Expr, { k: 'attr' }>, scope: Scope, depth: number) {
  const cls = scope.resolve(e.value);
  if (cls.kind !== 'class') return UNKNOWN;
  const member = cls.def.body.find((s) => s.kind === 'assign' && s.targets.includes(e.attr));
  if (!member || member.kind !== 'assign' || !member.value) return UNKNOWN;
  return evaluate(member.value, cls.scope, depth + 1);
}

function evaluateCall(e: Extract<Expr, { k: 'call' }>, scope: Scope, depth: number) {
  const sym = scope.resolve(e.func);
  if (sym.kind !== 'external') return UNKNOWN;
  const ev = (x: Expr) => evaluate(x, scope, depth + 1);
  switch (sym.qualname) {
    case 'pydantic.Field':
    case 'pydantic.fields.Field': {
      const field: FieldDefault = { field: true, default: UNKNOWN };
      const positional = e.args[0];
      const kw = (name: string) => e.kwargs.find((k) => k.name === name)?.value;
      const def = positional ?? kw('default');
      field.default = def ? ev(def) : kw('default_factory') ? UNKNOWN : REQUIRED;
      const description = kw('description');
      if (description) {
        const d = ev(description);
        if (typeof d === 'string') field.description = d;
      }
      const title = kw('title');
      if (title) {
        const t = ev(title);
        if (typeof t === 'string') field.title = t;
      }
      return field;
    }
    case 'builtins.list':
    case 'builtins.tuple':
    case 'builtins.set':
    case 'builtins.frozenset':
      if (e.args.length === 0) return [];
      return e.args.length === 1 ? asArray(ev(e.args[0])) : UNKNOWN;
    case 'builtins.dict':
      if (e.args.length === 0) {
        const out: Record<string, JsonValue> = {};
        for (const k of e.kwargs) {
          const v = ev(k.value);
          if (k.name === null || !isJson(v)) return UNKNOWN;
          out[k.name] = v;
        }
        return out;
      }
      return UNKNOWN;
    case 'builtins.str':
      return e.args.length === 0 ? '' : UNKNOWN;
    case 'builtins.int':
    case 'builtins.float':
      if (e.args.length === 0) return 0;
      return UNKNOWN;
    case 'pathlib.Path':
    case 'pathlib.PurePath':
    case 'pathlib.PosixPath': {
      const parts = e.args.map(ev);
      if (!parts.every((p) => typeof p === 'string')) return UNKNOWN;
      return joinPath(parts as string[]);
    }
    default:
      return UNKNOWN;
  }
}

function asArray(v: ReturnType<typeof evaluate>) {
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return [...v];
  if (v && typeof v === 'object' && !('field' in v)) return Object.keys(v);
  return UNKNOWN;
}

function joinPath(parts: string[]): string {
  if (parts.length === 0) return '.';
  let out = '';
  for (const p of parts) out = p.startsWith('/') || out === '' ? p : out.endsWith('/') ? out + p : `${out}/${p}`;
  // Path normalizes repeated and trailing slashes, and `.` segments.
  const abs = out.startsWith('/');
  const segs = out.split('/').filter((s) => s !== '' && s !== '.');
  const joined = (abs ? '/' : '') + segs.join('/');
  return joined === '' ? (abs ? '/' : '.') : joined;
}

function binop(op: string, a: unknown, b: unknown): JsonValue | typeof UNKNOWN {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? UNKNOWN : a / b;
      case '//':
        return b === 0 ? UNKNOWN : Math.floor(a / b);
      case '%':
        return b === 0 ? UNKNOWN : ((a % b) + b) % b;
      case '**':
        return a ** b;
    }
  }
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (op === '+' && Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (op === '*' && typeof a === 'string' && typeof b === 'number') return a.repeat(Math.max(0, b));
  return UNKNOWN;
}

export function isJson(v: unknown): v is JsonValue {
  return v !== UNKNOWN && v !== REQUIRED && !(v !== null && typeof v === 'object' && 'field' in v);
}

/** Python dict keys become JSON strings the way pydantic serializes them. */
function jsonKey(k: JsonValue): string {
  if (k === null) return 'None';
  if (typeof k === 'boolean') return k ? 'True' : 'False';
  return String(k);
}
