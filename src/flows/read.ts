/**
 * Reads a flow from its entrypoint without Python: the flow name and description
 * Prefect computes, and its parameter schema. Each file is parsed once.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FunctionDef } from './ast.js';
import { cleandoc } from './docstring.js';
import { parseModule } from './parse.js';
import { evaluate, Scope } from './scope.js';
import { parameterSchema, type ParameterSchema, type SchemaNote } from './schema.js';
import { PythonSyntaxError } from './ast.js';
import { closest } from '../text.js';

export interface FlowInfo {
  /** The flow name Prefect registers: `@flow(name=...)` or the function name with `_` -> `-`. */
  name: string;
  /** `@flow(description=...)`, else the cleaned docstring; null when neither exists. */
  description: string | null;
  parameterSchema: ParameterSchema;
  /** Where the schema could not be exact, and why. */
  notes: SchemaNote[];
  /** True when the function takes `**kwargs`, so any parameter name is accepted. */
  acceptsAnyParameter: boolean;
  /** The file relative to the root, with `/` separators. */
  file: string;
  functionName: string;
}

export type FlowResult = { ok: true; flow: FlowInfo } | { ok: false; message: string };

const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];
const FLOW_DECORATORS = new Set(['prefect.flow', 'prefect.flows.flow']);

export class FlowReader {
  private readonly scopes = new Map<string, Scope | PythonSyntaxError | null>();
  private readonly results = new Map<string, FlowResult>();
  /** Module lookups by (level, name, importing folder): each probes the disk once. */
  private readonly moduleFiles = new Map<string, string | undefined>();

  constructor(private readonly root: string) {}

  read(entrypoint: string): FlowResult {
    let result = this.results.get(entrypoint);
    if (!result) {
      result = this.readUncached(entrypoint);
      this.results.set(entrypoint, result);
    }
    return result;
  }

  private readUncached(entrypoint: string): FlowResult {
    const located = this.locate(entrypoint);
    if ('message' in located) return { ok: false, message: located.message };
    const { file, functionName } = located;
    const rel = path.relative(this.root, file).split(path.sep).join('/');
    const scope = this.scopeOf(file);
    if (scope instanceof PythonSyntaxError) {
      return { ok: false, message: `${rel}:${scope.line}:${scope.col}: Python syntax error: ${scope.message}` };
    }
    if (!scope) return { ok: false, message: `entrypoint file ${rel} does not exist` };

    const fn = scope.module.body.find((s): s is FunctionDef => s.kind === 'def' && s.name === functionName);
    if (!fn) {
      const names = scope.module.body.filter((s): s is FunctionDef => s.kind === 'def').map((s) => s.name);
      const flows = scope.module.body.filter((s): s is FunctionDef => s.kind === 'def' && flowDecorator(s, scope) !== undefined).map((s) => s.name);
      const hint = closest(functionName, names);
      const suggestion = hint ? ` (did you mean '${hint}'?)` : flows.length ? ` (flows in it: ${flows.join(', ')})` : '';
      return { ok: false, message: `function '${functionName}' not found in ${rel}${suggestion}` };
    }
    const decorator = flowDecorator(fn, scope);
    if (decorator === undefined) {
      return { ok: false, message: `function '${functionName}' in ${rel}:${fn.line} is not decorated with @flow` };
    }

    let name = fn.name.replace(/_/g, '-');
    let description: string | null = fn.docstring === undefined ? null : cleandoc(fn.docstring) || null;
    for (const kw of decorator) {
      if (kw.name === 'name') {
        const v = evaluate(kw.value, scope);
        if (typeof v !== 'string') return { ok: false, message: `the flow name of '${functionName}' in ${rel}:${fn.line} is computed at import time and cannot be read; use a string literal in @flow(name=...)` };
        if (v) name = v;
      }
      if (kw.name === 'description') {
        const v = evaluate(kw.value, scope);
        if (typeof v === 'string' && v) description = v;
      }
    }
    const banned = BANNED_NAME_CHARACTERS.filter((c) => name.includes(c));
    if (banned.length) {
      return { ok: false, message: `flow name '${name}' (${rel}:${fn.line}) contains ${banned.map((c) => `'${c}'`).join(', ')}; Prefect rejects names with any of / % & > <` };
    }
    const { schema, notes } = parameterSchema(fn, scope);
    return {
      ok: true,
      flow: {
        name,
        description,
        parameterSchema: schema,
        notes,
        acceptsAnyParameter: fn.params.some((p) => p.kind === 'varkw'),
        file: rel,
        functionName,
      },
    };
  }

  /** Why a script path (relative to the root, like `infrastructure/ecs-task-dev.py`) cannot be run, if it cannot. */
  scriptError(script: string): string | undefined {
    const file = path.resolve(this.root, script);
    if (!isInside(this.root, file)) return `block script '${script}' points outside the repository`;
    if (!isFile(file)) return `block script '${script}' does not exist`;
    if (!script.endsWith('.py')) return `block script '${script}' is not a Python file (.py)`;
    return undefined;
  }

  /** `path/to/file.py:function` or the module form `package.module.function`. */
  private locate(entrypoint: string): { file: string; functionName: string } | { message: string } {
    const colon = entrypoint.lastIndexOf(':');
    if (colon > 0) {
      const file = path.resolve(this.root, entrypoint.slice(0, colon));
      const functionName = entrypoint.slice(colon + 1);
      if (!/^[A-Za-z_]\w*$/.test(functionName)) {
        return { message: `entrypoint '${entrypoint}' must name a function after ':' (path/to/file.py:function)` };
      }
      if (!isInside(this.root, file)) return { message: `entrypoint '${entrypoint}' points outside the repository` };
      if (!isFile(file)) return { message: `entrypoint file ${entrypoint.slice(0, colon)} does not exist` };
      return { file, functionName };
    }
    const dot = entrypoint.lastIndexOf('.');
    if (dot > 0 && /^[\w.]+$/.test(entrypoint)) {
      const module = entrypoint.slice(0, dot);
      const file = this.moduleFile(module, 0, path.join(this.root, '__main__.py'));
      if (!file) return { message: `module '${module}' of entrypoint '${entrypoint}' not found in the repository` };
      return { file, functionName: entrypoint.slice(dot + 1) };
    }
    return { message: `entrypoint '${entrypoint}' must be 'path/to/file.py:function' or 'package.module.function'` };
  }

  private scopeOf(file: string): Scope | PythonSyntaxError | null {
    let scope = this.scopes.get(file);
    if (scope === undefined) {
      if (!isFile(file)) {
        scope = null;
      } else {
        try {
          const module = parseModule(readFileSync(file, 'utf8'));
          scope = new Scope(module, file, (name, level, from) => this.loadModule(name, level, from));
        } catch (e) {
          if (!(e instanceof PythonSyntaxError)) throw e;
          scope = e;
        }
      }
      this.scopes.set(file, scope);
    }
    return scope;
  }

  private loadModule(name: string, level: number, fromFile: string): Scope | undefined {
    const file = level === -1 ? name : this.moduleFile(name, level, fromFile);
    if (!file) return undefined;
    const scope = this.scopeOf(file);
    return scope instanceof Scope ? scope : undefined;
  }

  /** Where Python would find a module of the repository: relative imports, the script's folder, the root. */
  private moduleFile(name: string, level: number, fromFile: string): string | undefined {
    const key = `${level}|${name}|${path.dirname(fromFile)}`;
    if (!this.moduleFiles.has(key)) this.moduleFiles.set(key, this.findModuleFile(name, level, fromFile));
    return this.moduleFiles.get(key);
  }

  private findModuleFile(name: string, level: number, fromFile: string): string | undefined {
    const parts = name ? name.split('.') : [];
    const bases: string[] = [];
    if (level > 0) {
      let dir = path.dirname(fromFile);
      for (let i = 1; i < level; i++) dir = path.dirname(dir);
      bases.push(dir);
    } else {
      bases.push(path.dirname(fromFile), this.root);
    }
    for (const base of bases) {
      const stem = path.join(base, ...parts);
      if (!isInside(this.root, stem)) continue;
      for (const candidate of [`${stem}.py`, path.join(stem, '__init__.py')]) if (isFile(candidate)) return candidate;
    }
    return undefined;
  }
}

/** The keyword arguments of the function's `@flow` decorator, or undefined when it has none. */
function flowDecorator(fn: FunctionDef, scope: Scope) {
  for (const d of fn.decorators) {
    const target = d.k === 'call' ? d.func : d;
    const sym = scope.resolve(target);
    if (sym.kind === 'external' && FLOW_DECORATORS.has(sym.qualname)) return d.k === 'call' ? d.kwargs : [];
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
