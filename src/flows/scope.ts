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
    // `__import__("prefect").flow`
    if (e.k === 'call' && e.args.length === 1 && e.args[0].k === 'str' && !e.kwargs.length) {
      const fn = this.resolve(e.func);
      if (fn.kind === 'external' && fn.qualname === 'builtins.__import__') {
        const local = this.load(e.args[0].value, 0, this.file);
        return local
          ? { kind: 'external', qualname: `repo:${local.file}` }
          : { kind: 'external', qualname: e.args[0].value.split('.')[0] };
      }
    }
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
  'int',
  'float',
  'str',
  'bool',
  'bytes',
  'complex',
  'list',
  'dict',
  'tuple',
  'set',
  'frozenset',
  'object',
  'type',
  'Ellipsis',
  'len',
  'range',
  'min',
  'max',
  'abs',
  'round',
  'sum',
  'sorted',
  'callable',
  '__import__',
  'bytearray',
]);
