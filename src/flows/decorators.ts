/**
 * What a module-level name is once its module is imported, as far as flows go:
 * `@flow` / `@flow(...)`, `flow(fn, name=...)`, `flow(**options)(fn)`,
 * `other.with_options(...)`, and the user's own decorators and decorator
 * factories that end in `flow(...)` (their parameters bound to the call's
 * arguments), through wrappers made with `functools.wraps`.
 */
import type { Expr, FunctionDef } from './ast.js';
import { Scope, type Symbol } from './scope.js';

/** A keyword argument and the scope (and local bindings) its value is evaluated in. */
export interface BoundKeyword {
  name: string;
  value: Expr;
  scope: Scope;
  locals?: Locals;
}

/** The function whose signature Prefect reads, and the options given to `flow`. */
export interface FlowObject {
  kind: 'flow';
  fn: FunctionDef;
  scope: Scope;
  options: BoundKeyword[];
}

/** A function value: `def`, or a wrapper made with `functools.wraps(fn)` (it shows fn's signature, name and docstring). */
interface FunctionValue {
  kind: 'function';
  fn: FunctionDef;
  scope: Scope;
  locals?: Locals;
}

type Value =
  | FlowObject
  | FunctionValue
  /** `flow(name=...)`: a decorator that makes a flow with these options. */
  | { kind: 'flow-options'; keywords: BoundKeyword[] }
  | { kind: 'expr'; expr: Expr; scope: Scope; locals?: Locals }
  | { kind: 'keywords'; keywords: BoundKeyword[] }
  | { kind: 'unknown'; why: string }
  /** Decorated with something else than a flow (`@task`, a decorator from a package). */
  | { kind: 'not-flow'; why: string };

export type Locals = Map<string, Value>;

const FLOW = new Set(['prefect.flow', 'prefect.flows.flow', 'prefect.Flow', 'prefect.flows.Flow']);
const WRAPS = new Set(['functools.wraps', 'functools.update_wrapper']);
const MAX_CALLS = 20;

/** The flow a module-level `def` becomes with its decorators, or why it is none. */
export function flowOfDefinition(fn: FunctionDef, scope: Scope): FlowObject | { why: string } {
  const value = decorate({ kind: 'function', fn, scope }, fn.decorators, scope, undefined, 0);
  return value.kind === 'flow' ? value : { why: whyNot(value) };
}

/** The flow a module-level value is (`etl = flow(run, name="etl")`), or why it is none. */
export function flowOfValue(expr: Expr, scope: Scope): FlowObject | { why: string } {
  const value = evaluateValue(expr, scope, undefined, 0);
  return value.kind === 'flow' ? value : { why: whyNot(value) };
}

function whyNot(value: Value): string {
  if (value.kind === 'unknown') return `is not a flow this reader can follow: ${value.why}`;
  if (value.kind === 'not-flow') return `is not decorated with @flow (${value.why})`;
  return 'is not decorated with @flow';
}

function decorate(value: Value, decorators: Expr[], scope: Scope, locals: Locals | undefined, depth: number): Value {
  // The decorator nearest the function applies first.
  for (const d of [...decorators].reverse()) value = call(d, [value], [], scope, locals, depth);
  return value;
}

/** `target(*args, **keywords)`, for the targets this reader follows. */
function call(
  target: Expr,
  args: Value[],
  keywords: BoundKeyword[],
  scope: Scope,
  locals: Locals | undefined,
  depth: number,
): Value {
  if (depth > MAX_CALLS) return { kind: 'unknown', why: 'decorators nest too deeply to follow' };
  if (target.k === 'call') {
    // `@deco(options)`: what the call returns is applied.
    const made = evaluateValue(target, scope, locals, depth + 1);
    return apply(made, args, keywords, depth + 1);
  }
  return apply(evaluateValue(target, scope, locals, depth + 1), args, keywords, depth + 1);
}

function apply(fn: Value, args: Value[], keywords: BoundKeyword[], depth: number): Value {
  if (fn.kind === 'unknown' || fn.kind === 'not-flow') return fn;
  if (fn.kind === 'expr') {
    const sym = resolveLocal(fn.expr, fn.scope, fn.locals);
    if (sym.kind === 'external' && FLOW.has(sym.qualname)) return makeFlow(args, keywords);
    if (sym.kind === 'external') return { kind: 'not-flow', why: `it is decorated with ${sym.qualname}` };
    return { kind: 'unknown', why: `${describe(fn.expr)} is not a decorator this reader can follow` };
  }
  if (fn.kind === 'flow-options') return makeFlow(args, [...fn.keywords, ...keywords]);
  if (fn.kind === 'flow') return { kind: 'unknown', why: 'a flow object is called as a decorator' };
  if (fn.kind === 'function') return callFunction(fn, args, keywords, depth);
  return { kind: 'unknown', why: 'a mapping is called' };
}

/** `flow(fn, **options)` or `flow(**options)(fn)`. */
function makeFlow(args: Value[], keywords: BoundKeyword[]): Value {
  const target = args[0];
  if (!target) return { kind: 'flow-options', keywords };
  if (target.kind === 'function') return { kind: 'flow', fn: target.fn, scope: target.scope, options: keywords };
  if (target.kind === 'unknown' || target.kind === 'not-flow') return target;
  return { kind: 'unknown', why: 'flow() is given something that is not a function of the repository' };
}

/** Runs a repository function statically: binds its parameters, follows its first `return`. */
function callFunction(f: FunctionValue, args: Value[], keywords: BoundKeyword[], depth: number): Value {
  const locals: Locals = new Map(f.locals ?? []);
  let i = 0;
  const extra: BoundKeyword[] = [];
  const used = new Set<string>();
  for (const p of f.fn.params) {
    if (p.kind === 'vararg') {
      i = args.length;
      continue;
    }
    if (p.kind === 'varkw') {
      extra.push(...keywords.filter((k) => !used.has(k.name)));
      locals.set(p.name, { kind: 'keywords', keywords: extra });
      continue;
    }
    const kw = keywords.find((k) => k.name === p.name);
    if (p.kind !== 'kwonly' && i < args.length && !kw) locals.set(p.name, args[i++]);
    else if (kw) {
      used.add(kw.name);
      locals.set(p.name, { kind: 'expr', expr: kw.value, scope: kw.scope, locals: kw.locals });
    } else if (p.default) locals.set(p.name, { kind: 'expr', expr: p.default, scope: f.scope, locals: f.locals });
  }
  for (const s of f.fn.body) {
    if (s.kind === 'def') locals.set(s.name, defValue(s, f.scope, locals, depth));
    if (s.kind === 'return')
      return s.value
        ? evaluateValue(s.value, f.scope, locals, depth + 1)
        : { kind: 'unknown', why: `${f.fn.name}() returns None` };
  }
  return { kind: 'unknown', why: `${f.fn.name}() has no return this reader can follow` };
}

/** A nested `def`: a wrapper made with `functools.wraps(fn)` stands for fn. */
function defValue(def: FunctionDef, scope: Scope, locals: Locals, depth: number): Value {
  for (const d of def.decorators) {
    if (d.k !== 'call' || d.args.length !== 1) continue;
    const sym = resolveLocal(d.func, scope, locals);
    if (sym.kind === 'external' && WRAPS.has(sym.qualname)) {
      const wrapped = evaluateValue(d.args[0], scope, locals, depth + 1);
      const others = def.decorators.filter((x) => x !== d);
      return others.length ? decorate(wrapped, others, scope, locals, depth + 1) : wrapped;
    }
  }
  return decorate({ kind: 'function', fn: def, scope, locals }, def.decorators, scope, locals, depth + 1);
}

function evaluateValue(e: Expr, scope: Scope, locals: Locals | undefined, depth: number): Value {
  if (depth > MAX_CALLS * 4) return { kind: 'unknown', why: 'decorators nest too deeply to follow' };
  if (e.k === 'name' && locals?.has(e.id)) return locals.get(e.id)!;
  if (e.k === 'call') {
    const args = e.args.map((a): Value => evaluateValue(a, scope, locals, depth + 1));
    const keywords: BoundKeyword[] = [];
    for (const k of e.kwargs) {
      if (k.name !== null) keywords.push({ name: k.name, value: k.value, scope, locals });
      else {
        const spread = evaluateValue(k.value, scope, locals, depth + 1);
        if (spread.kind !== 'keywords')
          return { kind: 'unknown', why: `flow options passed as **${describe(k.value)} are not read` };
        keywords.push(...spread.keywords);
      }
    }
    if (e.func.k === 'attr' && e.func.attr === 'with_options') {
      const base = evaluateValue(e.func.value, scope, locals, depth + 1);
      if (base.kind === 'flow')
        return {
          ...base,
          options: [...base.options.filter((o) => !keywords.some((k) => k.name === o.name)), ...keywords],
        };
    }
    return apply(evaluateValue(e.func, scope, locals, depth + 1), args, keywords, depth + 1);
  }
  if (e.k === 'name' || e.k === 'attr') {
    const sym = resolveLocal(e, scope, locals);
    if (sym.kind === 'function') return defValue(sym.def, sym.scope, new Map(), depth + 1);
    if (sym.kind === 'value') return evaluateValue(sym.expr, sym.scope, undefined, depth + 1);
  }
  return { kind: 'expr', expr: e, scope, locals };
}

function resolveLocal(e: Expr, scope: Scope, locals: Locals | undefined): Symbol {
  if (e.k === 'name' && locals?.has(e.id)) {
    const v = locals.get(e.id)!;
    if (v.kind === 'expr') return resolveLocal(v.expr, v.scope, v.locals);
    return { kind: 'unknown' };
  }
  return scope.resolve(e);
}

function describe(e: Expr): string {
  if (e.k === 'name') return e.id;
  if (e.k === 'attr') return `${describe(e.value)}.${e.attr}`;
  if (e.k === 'call') return `${describe(e.func)}(...)`;
  return 'an expression';
}

/** An option's value expression, with a factory's parameters replaced by what its call passed. */
export function optionExpr(o: BoundKeyword): { expr: Expr; scope: Scope } {
  let expr = o.value;
  let scope = o.scope;
  let locals = o.locals;
  for (let i = 0; i < MAX_CALLS && expr.k === 'name' && locals?.has(expr.id); i++) {
    const v: Value = locals.get(expr.id)!;
    if (v.kind !== 'expr') break;
    expr = v.expr;
    scope = v.scope;
    locals = v.locals;
  }
  return { expr, scope };
}
