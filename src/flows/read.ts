/**
 * Reads a flow from its entrypoint without Python: the flow name and description
 * Prefect computes, and its parameter schema. Each file is read and parsed once.
 *
 * Files are read only when they are regular files of at most MAX_SOURCE_BYTES
 * whose real path (symlinks resolved) is inside the repository's real path.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { PythonSyntaxError, type FunctionDef } from './ast.js';
import { flowOfDefinition, flowOfValue, optionExpr, type FlowObject } from './decorators.js';
import { cleandoc } from './docstring.js';
import { parseExpression, parseModule } from './parse.js';
import { evaluateJson } from './evaluate.js';
import { Scope } from './scope.js';
import { parameterSchema, type ParameterSchema, type SchemaNote } from './schema.js';
import { decodeSource } from './source.js';
import { projectPackageSources, type PackageSource } from './packages.js';
import { fallbackReading, names } from './environment.js';
import { closest } from '../text.js';
import { kindOf, readRegularFile } from '../repository-file.js';

export interface FlowInfo {
  /** The flow name Prefect registers: `@flow(name=...)` or the function name with `_` -> `-`. */
  name: string;
  /** `@flow(description=...)`, else the cleaned docstring; null when neither exists. */
  description: string | null;
  parameterSchema: ParameterSchema;
  /** Where the schema could not be exact, and what Prefect does instead. */
  notes: SchemaNote[];
  /** True when the function takes `**kwargs`, so any parameter name is accepted. */
  acceptsAnyParameter: boolean;
  /** The file relative to the root, with `/` separators. */
  file: string;
  functionName: string;
}

export type FlowResult = { ok: true; flow: FlowInfo } | { ok: false; message: string };

/** Flow files and block scripts larger than this are refused (real flow modules are a few KB). */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];

type Loaded = { scope: Scope } | { message: string };

export class FlowReader {
  private readonly modules = new Map<string, Loaded>();
  private readonly results = new Map<string, FlowResult>();
  /** Module lookups by (level, name, importing folder): each probes the disk once. */
  private readonly moduleFiles = new Map<string, string | undefined>();
  private packageSources?: PackageSource[];
  private readonly realRoot: string;

  constructor(private readonly root: string) {
    this.realRoot = realOrSelf(root);
  }

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
    const { file, functionName, found } = located;
    const rel = this.relative(file);
    const loaded = this.load(file);
    if ('message' in loaded) return { ok: false, message: loaded.message };
    const scope = loaded.scope;

    const sym = scope.lookup(functionName);
    const defs = scope.module.body.filter((s): s is FunctionDef => s.kind === 'def');
    let flow: FlowObject | { why: string };
    if (sym.kind === 'function') flow = flowOfDefinition(sym.def, sym.scope);
    else if (sym.kind === 'value') flow = flowOfValue(sym.expr, sym.scope);
    else {
      const flows = defs.filter((d) => 'fn' in flowOfDefinition(d, scope)).map((d) => d.name);
      const hint = closest(
        functionName,
        defs.map((d) => d.name),
      );
      const suggestion = hint
        ? ` (did you mean '${hint}'?)`
        : flows.length
          ? ` (flows in it: ${flows.join(', ')})`
          : '';
      const what =
        sym.kind === 'class'
          ? `'${functionName}' in ${rel} is a class, not a flow`
          : `function '${functionName}' not found in ${rel}`;
      return { ok: false, message: `${what}${suggestion}` };
    }
    if ('why' in flow) {
      const what =
        sym.kind === 'function'
          ? `function '${functionName}' in ${rel}:${sym.def.line}`
          : `'${functionName}' in ${rel}`;
      return { ok: false, message: `${what} ${flow.why}` };
    }
    const broken = this.brokenImport(flow.scope, true, new Set());
    if (broken) {
      const e = broken.module.compileError!;
      const where = this.relative(broken.file);
      return {
        ok: false,
        message: `${where}:${e.line}:${e.col}: Python syntax error: ${e.message} (${rel} imports it: prefect deploy cannot load the flow, not even from its syntax tree)`,
      };
    }
    const result = this.describe(flow, rel, functionName);
    if (result.ok && found) result.flow.notes.unshift({ param: '', message: found });
    return result;
  }

  private describe(flow: FlowObject, rel: string, functionName: string): FlowResult {
    const fn = flow.fn;
    let name = fn.name.replace(/_/g, '-');
    let description: string | null = fn.docstring === undefined ? null : cleandoc(fn.docstring) || null;
    const notes: SchemaNote[] = [];
    for (const o of flow.options) {
      if (o.name !== 'name' && o.name !== 'description') continue;
      const { expr, scope } = optionExpr(o);
      const v = evaluateJson(expr, scope);
      if (o.name === 'name') {
        if (v === null) continue;
        if (typeof v !== 'string') {
          return {
            ok: false,
            message: `the flow name of '${functionName}' in ${rel}:${fn.line} is computed at import time and cannot be read; use a string literal in @flow(name=...)`,
          };
        }
        if (v) name = v;
      } else if (typeof v === 'string') {
        if (v) description = v;
      } else if (v !== null) {
        notes.push({
          param: '',
          message: `the description of flow '${name}' is computed at import time; it is registered as the docstring's`,
        });
      }
    }
    const banned = BANNED_NAME_CHARACTERS.filter((c) => name.includes(c));
    if (banned.length) {
      return {
        ok: false,
        message: `flow name '${name}' (${rel}:${fn.line}) contains ${banned.map((c) => `'${c}'`).join(', ')}; Prefect rejects names with any of / % & > <`,
      };
    }
    let schema: ReturnType<typeof parameterSchema>;
    try {
      schema = parameterSchema(fn, flow.scope);
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      return { ok: false, message: `${this.relative(e.file ?? flow.scope.file)}:${e.line}:${e.col}: ${e.message}` };
    }
    const compileError = flow.scope.module.compileError;
    if (compileError) {
      // Prefect's loader falls back to the syntax tree (safe_load_flow_from_entrypoint) and registers the flow.
      notes.push({
        param: '',
        message: `${compileError.message} (line ${compileError.line}): Python refuses to compile ${rel}, so the worker's import of the flow will fail (prefect deploy registers it, read from its syntax tree)`,
        strict: true,
      });
    }
    notes.push(...this.fallbackNotes(flow, schema.schema, rel));
    return {
      ok: true,
      flow: {
        name,
        description,
        parameterSchema: schema.schema,
        notes: [...notes, ...schema.notes],
        acceptsAnyParameter: fn.params.some((p) => p.kind === 'varkw'),
        file: rel,
        functionName,
      },
    };
  }

  /**
   * A repository module the flow module imports that CPython's compiler refuses: the import raises
   * SyntaxError, which Prefect's fallback reading (safe_load_namespace, unguarded imports) does not catch.
   */
  private brokenImport(scope: Scope, top: boolean, seen: Set<string>): Scope | undefined {
    if (seen.has(scope.file)) return undefined;
    seen.add(scope.file);
    for (const stmt of scope.module.body) {
      if (top && stmt.guarded) continue;
      const targets: [string, number][] =
        stmt.kind === 'import'
          ? stmt.names.map((n) => [n.module, 0])
          : stmt.kind === 'from'
            ? [
                [stmt.module, stmt.level],
                ...stmt.names.map((n): [string, number] => [
                  stmt.module ? `${stmt.module}.${n.name}` : n.name,
                  stmt.level,
                ]),
              ]
            : [];
      for (const [module, level] of targets) {
        const file = this.moduleFile(module, level, scope.file);
        const loaded = file ? this.load(file) : undefined;
        if (!loaded || !('scope' in loaded)) continue;
        if (loaded.scope.module.compileError) return loaded.scope;
        const deeper = this.brokenImport(loaded.scope, false, seen);
        if (deeper) return deeper;
      }
    }
    return undefined;
  }

  /** Where Prefect's reading differs when the flow's dependencies are not installed (see environment.ts). */
  private fallbackNotes(flow: FlowObject, schema: ParameterSchema, rel: string): SchemaNote[] {
    const compiles = !flow.scope.module.compileError;
    const reading = fallbackReading(flow.scope, (m, l, f) => this.loadModule(m, l, f), !compiles);
    if (!reading) return [];
    const where = compiles
      ? `where only Prefect is installed (${rel} imports ${reading.missing.slice(0, 3).join(', ')}), \`prefect deploy\` reads this flow from source and`
      : `as ${rel} does not compile, \`prefect deploy\` reads this flow from source and`;
    const unbound = (e: Parameters<typeof names>[0]) => names(e).filter((n) => !reading.bound.has(n));
    // A string annotation is evaluated too (`inspect.signature(eval_str=True)`).
    const unboundAnnotation = (e: Parameters<typeof names>[0]) =>
      unbound(e?.k === 'str' && !e.fstring ? safeParse(e.value) : e);
    const decorator = flow.fn.decorators.flatMap((d) => unbound(d));
    if (decorator.length)
      return [{ param: '', message: `${where} cannot load it (${decorator.join(', ')} is not defined there)` }];
    const out: SchemaNote[] = [];
    for (const p of flow.fn.params) {
      const prop = schema.properties[p.name];
      if (!prop) continue;
      // `*args: T` and `**kwargs: T` are list[T] and dict[str, T] (3.9+): only T is lost.
      const inner = p.kind === 'vararg' ? 'items' : p.kind === 'varkw' ? 'additionalProperties' : undefined;
      const typed = inner
        ? JSON.stringify(prop[inner]) !== (inner === 'items' ? '{}' : 'true')
        : Object.keys(prop).some((k) => !['title', 'position', 'default', 'description'].includes(k));
      const missing = unboundAnnotation(p.annotation);
      const untyped = typed && missing.length > 0;
      const nullDefault = p.default !== undefined && unbound(p.default).length > 0 && prop.default !== null;
      if (untyped)
        out.push({
          param: p.name,
          message: `${where} registers '${p.name}' without its type (${missing.join(', ')} is not defined there)`,
        });
      if (nullDefault) out.push({ param: p.name, message: `${where} registers '${p.name}' with the default null` });
      // A file that does not compile is read from source everywhere: register what Prefect registers then.
      if (!compiles && untyped && inner) prop[inner] = inner === 'items' ? {} : true;
      else if (!compiles && untyped)
        for (const k of Object.keys(prop))
          if (!['title', 'position', 'default', 'description'].includes(k)) delete prop[k];
      if (!compiles && nullDefault) prop.default = null;
    }
    if (!compiles) pruneDefinitions(schema);
    return out;
  }

  /** Why a script path (relative to the root, like `infrastructure/ecs-task-dev.py`) cannot be run, if it cannot. */
  scriptError(script: string): string | undefined {
    const file = path.resolve(this.root, script);
    if (!isInside(this.root, file)) return `block script '${script}' points outside the repository`;
    if (!script.endsWith('.py')) return `block script '${script}' is not a Python file (.py)`;
    const problem = this.readError(file);
    return problem ? `block script '${script}' ${problem}` : undefined;
  }

  /**
   * Prefect's forms (`load_flow_from_entrypoint`): `path/to/file.py:function`, and
   * modules found from the root: `package.module:function`, `package.module.function`.
   */
  private locate(entrypoint: string): { file: string; functionName: string; found?: string } | { message: string } {
    const colon = entrypoint.lastIndexOf(':');
    const [target, functionName] =
      colon >= 0
        ? [entrypoint.slice(0, colon), entrypoint.slice(colon + 1)]
        : [entrypoint.slice(0, entrypoint.lastIndexOf('.')), entrypoint.slice(entrypoint.lastIndexOf('.') + 1)];
    if (functionName.includes('.')) {
      return {
        message: `entrypoint '${entrypoint}' names a method ('${functionName}'); this reader reads flows defined at module level`,
      };
    }
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(functionName) || !target || (colon < 0 && functionName === 'py')) {
      return {
        message: `entrypoint '${entrypoint}' must be 'path/to/file.py:function', 'package.module:function' or 'package.module.function'`,
      };
    }
    if (entrypoint.includes('.py:')) {
      const file = path.resolve(this.root, target);
      if (path.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target)) {
        // Prefect registers the path as written; a worker's copy of the repository is elsewhere.
        const relative = isInside(this.root, file)
          ? `; write it relative to the root: ${this.relative(file)}:${functionName}`
          : '';
        return {
          message: `entrypoint '${entrypoint}' is an absolute path: a worker's copy of the repository will not be there${relative}`,
        };
      }
      if (!isInside(this.root, file)) return { message: `entrypoint '${entrypoint}' points outside the repository` };
      const problem = this.readError(file);
      if (problem) return { message: `entrypoint file ${target} ${problem}` };
      return { file, functionName };
    }
    if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(target)) {
      return {
        message: `entrypoint '${entrypoint}': '${target}' is neither a .py file nor a module name (Prefect imports it as a module)`,
      };
    }
    const file = this.findModuleFile(target, 0, path.join(this.root, '__main__.py'), false);
    if (file) return { file, functionName };
    const installed = this.installedModuleFile(target);
    if (!installed) return { message: `module '${target}' of entrypoint '${entrypoint}' not found in the repository` };
    const found = `module '${target}' is ${this.relative(installed.file)} (${installed.source}), imported as the installed project (\`pip install .\`): the worker's image must install it too`;
    return { file: installed.file, functionName, found };
  }

  /** A module of the project's own packages, where an install of the project puts them (packages.ts). */
  private installedModuleFile(name: string): { file: string; source: string } | undefined {
    this.packageSources ??= projectPackageSources(this.root);
    const [top, ...rest] = name.split('.');
    for (const s of this.packageSources) {
      if (s.name !== undefined && s.name !== top) continue;
      const stem =
        s.name === undefined ? path.join(this.root, s.dir, top, ...rest) : path.join(this.root, s.dir, ...rest);
      if (!isInside(this.root, stem)) continue;
      const candidates = [path.join(stem, '__init__.py')];
      if (s.name === undefined || rest.length) candidates.unshift(`${stem}.py`);
      for (const candidate of candidates) if (exists(candidate)) return { file: candidate, source: s.source };
    }
    return undefined;
  }

  private relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  /** Why a file cannot be read as source, or undefined. */
  private readError(file: string): string | undefined {
    let st;
    let real: string;
    try {
      st = statSync(file);
      real = realpathSync(file);
    } catch {
      return 'does not exist';
    }
    if (!st.isFile()) return `is not a regular file (${kindOf(st)})`;
    if (!isInside(this.realRoot, real)) return 'is a link to a file outside the repository';
    if (st.size > MAX_SOURCE_BYTES)
      return `is larger than ${MAX_SOURCE_BYTES / 1024 / 1024} MB (${(st.size / 1024 / 1024).toFixed(1)} MB); flow sources are read whole`;
    return undefined;
  }

  private load(file: string): Loaded {
    let loaded = this.modules.get(file);
    if (!loaded) {
      loaded = this.loadUncached(file);
      this.modules.set(file, loaded);
    }
    return loaded;
  }

  private loadUncached(file: string): Loaded {
    const rel = this.relative(file);
    const problem = this.readError(file);
    if (problem) return { message: `${rel} ${problem}` };
    let bytes: Buffer;
    try {
      bytes = readRegularFile(file, MAX_SOURCE_BYTES);
    } catch (e) {
      return { message: `${rel} cannot be read: ${(e as Error).message}` };
    }
    try {
      const module = parseModule(decodeSource(bytes));
      return { scope: new Scope(module, file, (name, level, from) => this.loadModule(name, level, from)) };
    } catch (e) {
      if (!(e instanceof PythonSyntaxError)) throw e;
      return { message: `${rel}:${e.line}:${e.col}: Python syntax error: ${e.message}` };
    }
  }

  private loadModule(name: string, level: number, fromFile: string): Scope | undefined {
    const file = level === -1 ? name : this.moduleFile(name, level, fromFile);
    if (!file) return undefined;
    const loaded = this.load(file);
    // A module CPython's compiler refuses fails to import, as a missing one does.
    return 'scope' in loaded && !loaded.scope.module.compileError ? loaded.scope : undefined;
  }

  /** Where Python would find a module of the repository: relative imports, the script's folder, the root. */
  private moduleFile(name: string, level: number, fromFile: string): string | undefined {
    const key = `${level}|${name}|${path.dirname(fromFile)}`;
    if (!this.moduleFiles.has(key)) this.moduleFiles.set(key, this.findModuleFile(name, level, fromFile));
    return this.moduleFiles.get(key);
  }

  private findModuleFile(name: string, level: number, fromFile: string, installed = true): string | undefined {
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
      for (const candidate of [`${stem}.py`, path.join(stem, '__init__.py')]) if (exists(candidate)) return candidate;
    }
    // The project's own packages, imported from wherever its install puts them.
    return installed && level === 0 && name ? this.installedModuleFile(name)?.file : undefined;
  }
}

/** Drops the definitions no property refers to any more (pydantic only lists those used). */
function pruneDefinitions(schema: ParameterSchema): void {
  if (!schema.definitions) return;
  const used = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const name = k === '$ref' && typeof x === 'string' ? x.replace('#/definitions/', '') : undefined;
        if (name !== undefined && !used.has(name)) {
          used.add(name);
          walk(schema.definitions?.[name]);
        } else walk(x);
      }
    }
  };
  walk(schema.properties);
  for (const name of Object.keys(schema.definitions)) if (!used.has(name)) delete schema.definitions[name];
  if (!Object.keys(schema.definitions).length) delete schema.definitions;
}

/** A module candidate: anything but a directory (a special file is found, then refused when read). */
function safeParse(text: string) {
  try {
    return parseExpression(text, { line: 1, col: 1 });
  } catch {
    return undefined;
  }
}

function exists(p: string): boolean {
  try {
    return !statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
