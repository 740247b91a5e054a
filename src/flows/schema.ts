/**
 * The parameter schema Prefect computes for a flow (`parameter_schema(fn)`: a
 * pydantic v2 model of the signature, JSON schema with `#/definitions/` refs),
 * produced from the source alone. Annotations Prefect could not evaluate either
 * (names from packages outside the repository) become `{}`, as in Prefect.
 */
import { PythonSyntaxError, type ClassDef, type Expr, type FunctionDef } from './ast.js';
import { cleandoc, parameterDocs } from './docstring.js';
import { parseExpression } from './parse.js';
import { evaluate, isJson, REQUIRED, Scope, UNKNOWN, type FieldDefault, type JsonValue } from './scope.js';

export type JsonSchema = { [key: string]: JsonValue };

export interface ParameterSchema {
  title: 'Parameters';
  type: 'object';
  properties: Record<string, JsonSchema>;
  required?: string[];
  definitions?: Record<string, JsonSchema>;
}

export interface SchemaNote {
  param: string;
  message: string;
}

/** Types whose schema this reader cannot reproduce exactly; they become `{}` with a warning. */
class Unsupported extends Error {}

/**
 * A name Python could not evaluate either (from a package outside the repository):
 * Prefect then drops the whole annotation, so the parameter's schema is `{}`.
 */
class Unevaluable extends Error {}

class Context {
  readonly definitions: Record<string, JsonSchema> = {};
  private readonly building = new Set<string>();
  constructor(readonly notes: SchemaNote[]) {}

  /** Adds a class's definition once and returns its `$ref`. */
  ref(def: ClassDef, build: () => JsonSchema): JsonSchema {
    const name = def.name;
    if (!this.definitions[name] && !this.building.has(name)) {
      this.building.add(name);
      this.definitions[name] = build();
      this.building.delete(name);
    }
    return { $ref: `#/definitions/${name}` };
  }
}

export function parameterSchema(fn: FunctionDef, scope: Scope): { schema: ParameterSchema; notes: SchemaNote[] } {
  const notes: SchemaNote[] = [];
  const ctx = new Context(notes);
  const docs = parameterDocs(fn.docstring === undefined ? undefined : cleandoc(fn.docstring));
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];

  fn.params.forEach((param, position) => {
    if (param.name === 'self' || param.name === 'cls') return;
    let def: unknown = UNKNOWN;
    let hasDefault = param.default !== undefined;
    let description = docs[param.name];
    if (param.default) {
      def = evaluate(param.default, scope);
      if (isFieldDefault(def)) {
        if (def.description) description = def.description;
        hasDefault = def.default !== REQUIRED;
        def = def.default;
      }
      if (def === UNKNOWN && hasDefault) {
        notes.push({ param: param.name, message: `the default of '${param.name}' is computed when the module is imported; it is registered without a default value` });
      }
    }
    // *args and **kwargs are plain required parameters in Prefect's schema.
    const annotation = param.kind === 'vararg' || param.kind === 'varkw' ? undefined : param.annotation;
    let typeSchema: JsonSchema;
    const definitionsBefore = new Set(Object.keys(ctx.definitions));
    try {
      typeSchema = annotation ? annotationSchema(annotation, scope, ctx, 0) : {};
    } catch (e) {
      if (e instanceof PythonSyntaxError) throw new PythonSyntaxError(e.message.replace(/^the string annotation "[^]*?" is/, `the string annotation of '${param.name}' is`), e.line, e.col, e.file);
      if (!(e instanceof Unevaluable || e instanceof Unsupported)) throw e;
      if (e instanceof Unsupported) {
        notes.push({ param: param.name, message: `the type of '${param.name}' (${e.message}) is not read statically; its schema accepts any value` });
      }
      for (const name of Object.keys(ctx.definitions)) if (!definitionsBefore.has(name)) delete ctx.definitions[name];
      typeSchema = {};
    }
    const prop: JsonSchema = { ...typeSchema, title: param.name, position };
    if (description !== undefined) prop.description = description;
    if (hasDefault && isJson(def)) prop.default = def;
    properties[param.name] = prop;
    if (!hasDefault) required.push(param.name);
  });

  const schema: ParameterSchema = { title: 'Parameters', type: 'object', properties };
  if (required.length) schema.required = required;
  if (Object.keys(ctx.definitions).length) schema.definitions = ctx.definitions;
  return { schema, notes };
}

function isFieldDefault(v: unknown): v is FieldDefault {
  return v !== null && typeof v === 'object' && 'field' in v;
}

const FORMATS: Record<string, JsonSchema> = {
  'datetime.datetime': { type: 'string', format: 'date-time' },
  'datetime.date': { type: 'string', format: 'date' },
  'datetime.time': { type: 'string', format: 'time' },
  'datetime.timedelta': { type: 'string', format: 'duration' },
  'uuid.UUID': { type: 'string', format: 'uuid' },
  'pathlib.Path': { type: 'string', format: 'path' },
  'pathlib.PurePath': { type: 'string', format: 'path' },
  'pathlib.PosixPath': { type: 'string', format: 'path' },
  'builtins.int': { type: 'integer' },
  'builtins.float': { type: 'number' },
  'builtins.str': { type: 'string' },
  'builtins.bool': { type: 'boolean' },
  'builtins.bytes': { type: 'string', format: 'binary' },
  'builtins.complex': { type: 'string' },
  'builtins.object': {},
  'typing.Any': {},
};

const LIST_LIKE: Record<string, JsonSchema> = {
  'builtins.list': { type: 'array' },
  'typing.List': { type: 'array' },
  'typing.Sequence': { type: 'array' },
  'collections.abc.Sequence': { type: 'array' },
  'builtins.set': { type: 'array', uniqueItems: true },
  'typing.Set': { type: 'array', uniqueItems: true },
  'builtins.frozenset': { type: 'array', uniqueItems: true },
  'typing.FrozenSet': { type: 'array', uniqueItems: true },
};

const DICT_LIKE = new Set(['builtins.dict', 'typing.Dict', 'typing.Mapping', 'collections.abc.Mapping']);
const TUPLE_LIKE = new Set(['builtins.tuple', 'typing.Tuple']);

/** Qualified names that are external but whose module Prefect would fail to import are unknown. */
const KNOWN_MODULES = ['builtins', 'typing', 'typing_extensions', 'datetime', 'uuid', 'pathlib', 'enum', 'pydantic', 'collections', 'decimal', 'dataclasses'];

function annotationSchema(e: Expr, scope: Scope, ctx: Context, depth: number): JsonSchema {
  if (depth > 30) throw new Unsupported('deeply nested');
  const sub = (x: Expr) => annotationSchema(x, scope, ctx, depth + 1);
  switch (e.k) {
    case 'none':
      return { type: 'null' };
    case 'str': {
      // A string annotation is a forward reference: evaluate it like Python would.
      if (e.bytes || e.fstring) throw new Unsupported('string annotation');
      let parsed: Expr;
      try {
        parsed = parseAnnotationString(e);
      } catch (error) {
        if (!(error instanceof PythonSyntaxError)) throw error;
        throw new PythonSyntaxError(`the string annotation ${JSON.stringify(e.value)} is not valid Python: ${error.message}`, error.line, error.col, scope.file);
      }
      return sub(parsed);
    }
    case 'binop':
      if (e.op === '|') return union([e.left, e.right].flatMap(flattenOr), scope, ctx, depth);
      throw new Unsupported(`operator ${e.op}`);
    case 'subscript':
      return generic(e, scope, ctx, depth);
    case 'name':
    case 'attr': {
      const sym = scope.resolve(e);
      if (sym.kind === 'class') return classSchema(sym.def, sym.scope, ctx);
      if (sym.kind === 'external') {
        const q = normalize(sym.qualname);
        if (q in FORMATS) return { ...FORMATS[q] };
        if (q in LIST_LIKE) return { ...LIST_LIKE[q], items: {} };
        if (DICT_LIKE.has(q)) return { type: 'object', additionalProperties: true };
        if (TUPLE_LIKE.has(q)) return { type: 'array', items: {} };
        if (q === 'typing.Optional' || q === 'typing.Union') throw new Unsupported(q);
        if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:')) throw new Unevaluable(q);
        throw new Unsupported(q.replace(/^builtins\./, ''));
      }
      if (sym.kind === 'value') {
        // A type alias: `Numbers = list[int]`.
        return sub(sym.expr);
      }
      if (sym.kind === 'unknown') throw new Unevaluable(describe(e));
      throw new Unsupported(describe(e));
    }
    default:
      throw new Unsupported(describe(e));
  }
}

function generic(e: Extract<Expr, { k: 'subscript' }>, scope: Scope, ctx: Context, depth: number): JsonSchema {
  const sub = (x: Expr) => annotationSchema(x, scope, ctx, depth + 1);
  const base = scope.resolve(e.value);
  if (base.kind !== 'external') {
    if (base.kind === 'unknown') throw new Unevaluable(describe(e.value));
    throw new Unsupported(describe(e.value));
  }
  const q = normalize(base.qualname);
  const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
  if (q in LIST_LIKE) return { ...LIST_LIKE[q], items: sub(args[0]) };
  if (DICT_LIKE.has(q)) {
    const value = sub(args[1] ?? { k: 'name', id: 'Any' });
    const key = sub(args[0]);
    if (Object.keys(key).length && !(key.type === 'string' && Object.keys(key).length === 1)) {
      if (!(key.type === 'integer' && Object.keys(key).length === 1)) throw new Unsupported('dict key type');
    }
    return { type: 'object', additionalProperties: Object.keys(value).length ? value : true };
  }
  if (TUPLE_LIKE.has(q)) {
    if (args.length === 2 && args[1].k === 'ellipsis') return { type: 'array', items: sub(args[0]) };
    if (e.index.k === 'tuple' && e.index.elts.length === 0) return { type: 'array', maxItems: 0 };
    const items = args.map(sub);
    return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
  }
  switch (q) {
    case 'typing.Optional':
      return union([args[0], { k: 'none' }], scope, ctx, depth);
    case 'typing.Union':
      return union(args, scope, ctx, depth);
    case 'typing.Annotated':
    case 'typing_extensions.Annotated':
      if (args.slice(1).some((a) => a.k === 'call')) throw new Unsupported('Annotated with constraints');
      return sub(args[0]);
    case 'typing.Literal':
    case 'typing_extensions.Literal':
      return literal(args.flatMap((a) => (a.k === 'subscript' ? [] : [a])), scope);
  }
  if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:')) throw new Unevaluable(q);
  throw new Unsupported(describe(e));
}

function union(options: Expr[], scope: Scope, ctx: Context, depth: number): JsonSchema {
  const flat = options.flatMap((o) => flattenUnion(o, scope));
  const schemas: JsonSchema[] = [];
  const seen = new Set<string>();
  for (const o of flat) {
    const s = annotationSchema(o, scope, ctx, depth + 1);
    const key = JSON.stringify(s);
    if (seen.has(key)) continue;
    seen.add(key);
    schemas.push(s);
  }
  if (schemas.length === 1) return schemas[0];
  return { anyOf: schemas };
}

/** Flattens nested Optional/Union/`|` the way typing does. */
function flattenUnion(e: Expr, scope: Scope): Expr[] {
  if (e.k === 'binop' && e.op === '|') return [...flattenUnion(e.left, scope), ...flattenUnion(e.right, scope)];
  if (e.k === 'str' && !e.bytes && !e.fstring) return flattenUnion(parseAnnotationString(e), scope);
  if (e.k === 'subscript') {
    const base = scope.resolve(e.value);
    if (base.kind === 'external') {
      const q = normalize(base.qualname);
      const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
      if (q === 'typing.Union') return args.flatMap((a) => flattenUnion(a, scope));
      if (q === 'typing.Optional') return [...flattenUnion(args[0], scope), { k: 'none' }];
    }
  }
  return [e];
}

function flattenOr(e: Expr): Expr[] {
  return e.k === 'binop' && e.op === '|' ? [...flattenOr(e.left), ...flattenOr(e.right)] : [e];
}

function literal(args: Expr[], scope: Scope): JsonSchema {
  const values: JsonValue[] = [];
  for (const a of args) {
    const v = evaluate(a, scope);
    if (!isJson(v) || (v !== null && typeof v === 'object')) throw new Unsupported('Literal value');
    values.push(v);
  }
  const types = new Set(values.map(jsonType));
  const out: JsonSchema = values.length === 1 ? { const: values[0] } : { enum: values };
  if (types.size === 1 && !types.has('null')) out.type = [...types][0];
  return out;
}

function jsonType(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'string') return 'string';
  return 'object';
}

// --- classes: Enum, pydantic BaseModel, dataclass ------------------------------

function classSchema(def: ClassDef, scope: Scope, ctx: Context): JsonSchema {
  const kind = classKind(def, scope, new Set());
  if (kind === 'enum') return ctx.ref(def, () => enumSchema(def, scope));
  if (kind === 'model' || kind === 'dataclass') return ctx.ref(def, () => modelSchema(def, scope, ctx, kind));
  // Other classes validate by isinstance, which Prefect's schema shows as `{}`.
  return {};
}

type ClassKind = 'enum' | 'model' | 'dataclass' | 'plain';

function classKind(def: ClassDef, scope: Scope, seen: Set<ClassDef>): ClassKind {
  if (seen.has(def)) return 'plain';
  seen.add(def);
  for (const d of def.decorators) {
    const target = d.k === 'call' ? d.func : d;
    const sym = scope.resolve(target);
    if (sym.kind === 'external' && ['dataclasses.dataclass', 'pydantic.dataclasses.dataclass'].includes(sym.qualname)) return 'dataclass';
  }
  for (const base of def.bases) {
    const sym = scope.resolve(base);
    if (sym.kind === 'external') {
      if (/^enum\.(Enum|IntEnum|StrEnum|Flag|IntFlag)$/.test(sym.qualname)) return 'enum';
      if (sym.qualname === 'pydantic.BaseModel' || sym.qualname === 'pydantic.main.BaseModel') return 'model';
    } else if (sym.kind === 'class') {
      const k = classKind(sym.def, sym.scope, seen);
      if (k !== 'plain') return k;
    }
  }
  return 'plain';
}

function enumSchema(def: ClassDef, scope: Scope): JsonSchema {
  const values: JsonValue[] = [];
  for (const stmt of def.body) {
    if (stmt.kind !== 'assign' || !stmt.value || stmt.annotation || stmt.targets[0].startsWith('_')) continue;
    const v = evaluate(stmt.value, scope);
    if (!isJson(v)) throw new Unsupported(`enum ${def.name}`);
    values.push(v);
  }
  const out: JsonSchema = { enum: values, title: def.name };
  const types = new Set(values.map(jsonType));
  if (types.size === 1 && ['string', 'integer', 'number'].includes([...types][0])) out.type = [...types][0];
  else if ([...types].every((t) => t === 'integer' || t === 'number') && types.size) out.type = 'number';
  if (def.docstring) out.description = cleandoc(def.docstring);
  return out;
}

function modelSchema(def: ClassDef, scope: Scope, ctx: Context, kind: ClassKind): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, field] of modelFields(def, scope, new Set())) {
    const annotation = annotationSchema(field.annotation, field.scope, ctx, 0);
    const prop: JsonSchema = { ...annotation };
    // pydantic leaves the generated title off a field whose schema is a `$ref` or `anyOf` of refs.
    const title = field.title ?? (annotation.$ref === undefined ? pyTitle(name) : undefined);
    if (title !== undefined && !(annotation.anyOf && refOnly(annotation))) prop.title = title;
    if (field.description !== undefined) prop.description = field.description;
    if (field.hasDefault) {
      if (field.default === UNKNOWN) throw new Unsupported(`default of ${def.name}.${name}`);
      prop.default = field.default as JsonValue;
    } else {
      required.push(name);
    }
    properties[name] = prop;
  }
  const out: JsonSchema = { properties, title: def.name, type: 'object' };
  if (required.length) out.required = required;
  if (def.docstring && kind === 'model') out.description = cleandoc(def.docstring);
  return out;
}

function refOnly(s: JsonSchema): boolean {
  return Array.isArray(s.anyOf) && s.anyOf.some((x) => x !== null && typeof x === 'object' && '$ref' in (x as object));
}

interface ModelField {
  annotation: Expr;
  scope: Scope;
  hasDefault: boolean;
  default: unknown;
  description?: string;
  title?: string;
}

function modelFields(def: ClassDef, scope: Scope, seen: Set<ClassDef>): Map<string, ModelField> {
  const fields = new Map<string, ModelField>();
  if (seen.has(def)) return fields;
  seen.add(def);
  for (const base of def.bases) {
    const sym = scope.resolve(base);
    if (sym.kind === 'class') for (const [k, v] of modelFields(sym.def, sym.scope, seen)) fields.set(k, v);
  }
  for (const stmt of def.body) {
    if (stmt.kind !== 'assign' || !stmt.annotation || stmt.targets[0].startsWith('_')) continue;
    const ann = stmt.annotation;
    const annSym = ann.k === 'subscript' ? scope.resolve(ann.value) : scope.resolve(ann);
    if (annSym.kind === 'external' && annSym.qualname === 'typing.ClassVar') continue;
    const field: ModelField = { annotation: ann, scope, hasDefault: stmt.value !== undefined, default: UNKNOWN };
    if (stmt.value) {
      const v = evaluate(stmt.value, scope);
      if (isFieldDefault(v)) {
        field.description = v.description;
        field.title = v.title;
        field.hasDefault = v.default !== REQUIRED;
        field.default = v.default;
      } else {
        field.default = v;
      }
    }
    fields.set(stmt.targets[0], field);
  }
  return fields;
}

/** Python's `str.title()` with `_` turned into spaces, as pydantic titles fields. */
export function pyTitle(name: string): string {
  const titled = name.replace(/[\p{L}]+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
  return titled.replace(/_/g, ' ');
}

function normalize(qualname: string): string {
  return qualname
    .replace(/^typing_extensions\./, 'typing.')
    .replace(/^collections\.abc\.(Sequence|Mapping)$/, 'typing.$1')
    .replace(/^pydantic\.main\./, 'pydantic.');
}

function describe(e: Expr): string {
  switch (e.k) {
    case 'name':
      return e.id;
    case 'attr':
      return `${describe(e.value)}.${e.attr}`;
    case 'subscript':
      return `${describe(e.value)}[...]`;
    default:
      return e.k;
  }
}

function parseAnnotationString(e: Extract<Expr, { k: 'str' }>): Expr {
  return parseExpression(e.value, e.pos ?? { line: 1, col: 1 });
}
