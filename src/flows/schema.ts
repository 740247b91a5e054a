/**
 * The parameter schema Prefect computes for a flow (`parameter_schema(fn)`: a
 * pydantic v2 model of the signature, JSON schema with `#/definitions/` refs),
 * produced from the source alone. Annotations Prefect could not evaluate either
 * (names from packages outside the repository) become `{}`, as in Prefect.
 * Everything this reader cannot reproduce exactly is a note naming the parameter.
 */
import { PythonSyntaxError, type ClassDef, type Expr, type FunctionDef } from './ast.js';
import { cleandoc, parameterDocs } from './docstring.js';
import {
  enumMembers,
  evaluate,
  Factory,
  FieldInfo,
  Instance,
  isDict,
  REQUIRED,
  Rich,
  toJson,
  UNKNOWN,
  type JsonValue,
  type PyValue,
} from './evaluate.js';
import { parseExpression } from './parse.js';
import { Scope } from './scope.js';

export type { JsonValue } from './evaluate.js';
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
  /** What --strict makes an error. */
  strict?: boolean;
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

/** The pydantic constraint keywords and their JSON schema keys, by the kind of schema they apply to. */
const NUMERIC: Record<string, string> = {
  ge: 'minimum',
  gt: 'exclusiveMinimum',
  le: 'maximum',
  lt: 'exclusiveMaximum',
  multiple_of: 'multipleOf',
};
const LENGTH: Record<string, Record<string, string>> = {
  string: { min_length: 'minLength', max_length: 'maxLength', pattern: 'pattern' },
  array: { min_length: 'minItems', max_length: 'maxItems' },
  object: { min_length: 'minProperties', max_length: 'maxProperties' },
};
/** Every keyword pydantic's Field() takes (any other one goes into the schema as is). */
const FIELD_PARAMETERS = new Set([
  'default',
  'default_factory',
  'alias',
  'alias_priority',
  'validation_alias',
  'serialization_alias',
  'title',
  'title_generator',
  'field_title_generator',
  'description',
  'examples',
  'exclude',
  'exclude_if',
  'discriminator',
  'deprecated',
  'json_schema_extra',
  'frozen',
  'validate_default',
  'repr',
  'init',
  'init_var',
  'kw_only',
  'pattern',
  'strict',
  'coerce_numbers_to_str',
  'gt',
  'ge',
  'lt',
  'le',
  'multiple_of',
  'allow_inf_nan',
  'max_digits',
  'decimal_places',
  'min_length',
  'max_length',
  'union_mode',
  'fail_fast',
  'hash',
  'compare',
  'metadata',
]);
const CONSTRAINTS = new Set([...Object.keys(NUMERIC), 'min_length', 'max_length', 'pattern']);
/** Field options that change nothing in the JSON schema. */
const NO_SCHEMA_EFFECT = new Set([
  'repr',
  'init',
  'init_var',
  'kw_only',
  'compare',
  'hash',
  'exclude',
  'frozen',
  'validate_default',
  'strict',
  'coerce_numbers_to_str',
  'fail_fast',
  'metadata',
  'serialization_alias',
  'union_mode',
  'allow_inf_nan',
  'discriminator',
]);

export function parameterSchema(fn: FunctionDef, scope: Scope): { schema: ParameterSchema; notes: SchemaNote[] } {
  const notes: SchemaNote[] = [];
  const ctx = new Context(notes);
  const docs = parameterDocs(fn.docstring === undefined ? undefined : cleandoc(fn.docstring));
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];

  fn.params.forEach((param, position) => {
    if (param.name === 'self' || param.name === 'cls') return;
    const note = (message: string) => notes.push({ param: param.name, message });
    let description = docs[param.name];
    let hasDefault = param.default !== undefined;
    let def: PyValue = UNKNOWN;
    let extra: Record<string, JsonValue> = {};
    if (param.default) {
      def = evaluate(param.default, scope);
      // A Field default: Prefect keeps its default, description and json_schema_extra only.
      if (def instanceof FieldInfo) {
        const field = def;
        if (typeof field.options.description === 'string') description = field.options.description;
        const schemaExtra = toJson(field.options.json_schema_extra ?? null, () => UNKNOWN);
        if (
          schemaExtra !== null &&
          schemaExtra !== UNKNOWN &&
          typeof schemaExtra === 'object' &&
          !Array.isArray(schemaExtra)
        )
          extra = schemaExtra;
        hasDefault = field.default_ !== REQUIRED && field.factory === undefined;
        def = field.factory === undefined ? field.default_ : UNKNOWN;
      }
    }
    let json: JsonValue | typeof UNKNOWN = UNKNOWN;
    if (hasDefault) {
      json = defaultJson(def, ctx, (what) =>
        note(
          `the default of '${param.name}' is ${what}, which Prefect computes when it deploys; it is registered as computed now`,
        ),
      );
      if (json === UNKNOWN)
        note(
          `the default of '${param.name}' is computed when the module is imported; it is registered without a default value`,
        );
    }
    let typeSchema: JsonSchema;
    let unsupported = false;
    const definitionsBefore = new Set(Object.keys(ctx.definitions));
    try {
      typeSchema = param.annotation ? annotationSchema(param.annotation, scope, ctx, 0) : {};
    } catch (e) {
      if (e instanceof PythonSyntaxError)
        throw new PythonSyntaxError(
          e.message.replace(/^the string annotation "[^]*?" is/, `the string annotation of '${param.name}' is`),
          e.line,
          e.col,
          e.file,
        );
      if (!(e instanceof Unevaluable || e instanceof Unsupported)) throw e;
      if (e instanceof Unsupported)
        note(`the type of '${param.name}' (${e.message}) is not read statically; its schema accepts any value`);
      for (const name of Object.keys(ctx.definitions)) if (!definitionsBefore.has(name)) delete ctx.definitions[name];
      typeSchema = {};
      unsupported = e instanceof Unsupported;
    }
    // Prefect 3.9+: `*args: T` is a list[T] defaulting to [], `**kwargs: T` a dict[str, T] defaulting to {}
    // (a type pydantic cannot render makes the whole of it Any, as above).
    if (param.kind === 'vararg' || param.kind === 'varkw') {
      const many = param.kind === 'vararg';
      if (!unsupported)
        typeSchema = many
          ? { items: typeSchema, type: 'array' }
          : { additionalProperties: Object.keys(typeSchema).length ? typeSchema : true, type: 'object' };
      hasDefault = true;
      json = many ? [] : {};
    }
    // Prefect's Field: the title, then json_schema_extra over it, with the position unless it gives one.
    const prop: JsonSchema = { ...typeSchema, title: param.name, position, ...extra };
    if (description !== undefined) prop.description = description;
    else delete prop.description;
    if (hasDefault && json !== UNKNOWN) prop.default = json;
    properties[param.name] = prop;
    if (!hasDefault) required.push(param.name);
  });

  const schema: ParameterSchema = { title: 'Parameters', type: 'object', properties };
  if (required.length) schema.required = required;
  if (Object.keys(ctx.definitions).length) schema.definitions = ctx.definitions;
  return { schema, notes };
}

/** A default as pydantic serializes it; model and dataclass instances become their fields. */
function defaultJson(v: PyValue, ctx: Context, onDeployTime: (what: string) => void): JsonValue | typeof UNKNOWN {
  return toJson(v, (i) => instanceJson(i, ctx, onDeployTime), onDeployTime);
}

function instanceJson(i: Instance, ctx: Context, onDeployTime: (what: string) => void): JsonValue | typeof UNKNOWN {
  const kind = classKind(i.cls, i.scope, new Set());
  if (kind !== 'model' && kind !== 'dataclass') return UNKNOWN;
  let fields: Map<string, ModelField>;
  try {
    fields = modelFields(i.cls, i.scope, new Set());
  } catch {
    return UNKNOWN;
  }
  const names = [...fields.keys()];
  if (kind === 'model' && i.args.length) return UNKNOWN;
  const out: Record<string, JsonValue> = {};
  for (const [index, name] of names.entries()) {
    const field = fields.get(name)!;
    const given =
      index < i.args.length
        ? i.args[index]
        : i.kwargs.has(name)
          ? i.kwargs.get(name)
          : field.alias !== undefined
            ? i.kwargs.get(field.alias)
            : undefined;
    let value: PyValue;
    if (given !== undefined) value = given;
    else if (field.factory !== undefined) value = field.factory instanceof Factory ? field.factory.make() : UNKNOWN;
    else if (field.hasDefault) value = field.default;
    else return UNKNOWN;
    const j = defaultJson(value, ctx, onDeployTime);
    if (j === UNKNOWN) return UNKNOWN;
    out[name] = j;
  }
  return out;
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
  'decimal.Decimal': { anyOf: [{ type: 'number' }, { type: 'string' }] },
  'ipaddress.IPv4Address': { type: 'string', format: 'ipv4' },
  'ipaddress.IPv6Address': { type: 'string', format: 'ipv6' },
  'ipaddress.IPv4Network': { type: 'string', format: 'ipv4network' },
  'ipaddress.IPv6Network': { type: 'string', format: 'ipv6network' },
  'ipaddress.IPv4Interface': { type: 'string', format: 'ipv4interface' },
  'ipaddress.IPv6Interface': { type: 'string', format: 'ipv6interface' },
  're.Pattern': { type: 'string', format: 'regex' },
  'typing.Pattern': { type: 'string', format: 'regex' },
  'builtins.int': { type: 'integer' },
  'builtins.float': { type: 'number' },
  'builtins.str': { type: 'string' },
  'builtins.bool': { type: 'boolean' },
  'builtins.bytes': { type: 'string', format: 'binary' },
  'builtins.complex': { type: 'string' },
  'builtins.object': {},
  'builtins.bytearray': {},
  'typing.Any': {},
  'typing.Hashable': {},
  'builtins.callable': {},
  'typing.Type': {},
  'builtins.type': {},
  // pydantic's types (the schemas Prefect 3.9.1's pydantic gives them).
  'pydantic.SecretStr': { type: 'string', format: 'password', writeOnly: true },
  'pydantic.SecretBytes': { type: 'string', format: 'password', writeOnly: true },
  'pydantic.HttpUrl': { type: 'string', format: 'uri', minLength: 1, maxLength: 2083 },
  'pydantic.AnyUrl': { type: 'string', format: 'uri', minLength: 1 },
  'pydantic.AnyHttpUrl': { type: 'string', format: 'uri', minLength: 1 },
  'pydantic.FileUrl': { type: 'string', format: 'uri', minLength: 1 },
  'pydantic.RedisDsn': { type: 'string', format: 'uri', minLength: 1 },
  'pydantic.PostgresDsn': { type: 'string', format: 'multi-host-uri', minLength: 1 },
  'pydantic.PositiveInt': { type: 'integer', exclusiveMinimum: 0 },
  'pydantic.NegativeInt': { type: 'integer', exclusiveMaximum: 0 },
  'pydantic.NonNegativeInt': { type: 'integer', minimum: 0 },
  'pydantic.NonPositiveInt': { type: 'integer', maximum: 0 },
  'pydantic.PositiveFloat': { type: 'number', exclusiveMinimum: 0 },
  'pydantic.NegativeFloat': { type: 'number', exclusiveMaximum: 0 },
  'pydantic.NonNegativeFloat': { type: 'number', minimum: 0 },
  'pydantic.NonPositiveFloat': { type: 'number', maximum: 0 },
  'pydantic.FiniteFloat': { type: 'number' },
  'pydantic.StrictInt': { type: 'integer' },
  'pydantic.StrictStr': { type: 'string' },
  'pydantic.StrictBool': { type: 'boolean' },
  'pydantic.StrictFloat': { type: 'number' },
  'pydantic.StrictBytes': { type: 'string', format: 'binary' },
  'pydantic.FilePath': { type: 'string', format: 'file-path' },
  'pydantic.DirectoryPath': { type: 'string', format: 'directory-path' },
  'pydantic.NewPath': { type: 'string', format: 'path' },
  'pydantic.UUID1': { type: 'string', format: 'uuid1' },
  'pydantic.UUID3': { type: 'string', format: 'uuid3' },
  'pydantic.UUID4': { type: 'string', format: 'uuid4' },
  'pydantic.UUID5': { type: 'string', format: 'uuid5' },
  'pydantic.PastDate': { type: 'string', format: 'date' },
  'pydantic.FutureDate': { type: 'string', format: 'date' },
  'pydantic.AwareDatetime': { type: 'string', format: 'date-time' },
  'pydantic.NaiveDatetime': { type: 'string', format: 'date-time' },
  'pydantic.PastDatetime': { type: 'string', format: 'date-time' },
  'pydantic.FutureDatetime': { type: 'string', format: 'date-time' },
  'pydantic.IPvAnyAddress': { type: 'string', format: 'ipvanyaddress' },
  'pydantic.IPvAnyInterface': { type: 'string', format: 'ipvanyinterface' },
  'pydantic.IPvAnyNetwork': { type: 'string', format: 'ipvanynetwork' },
  'pydantic.Base64Str': { type: 'string', format: 'base64' },
  'pydantic.Base64Bytes': { type: 'string', format: 'base64' },
  'pydantic.ImportString': { type: 'string' },
  // prefect.types
  'prefect.types.DateTime': { type: 'string', format: 'date-time' },
  'prefect.types.Date': { type: 'string', format: 'date' },
  'prefect.types.Interval': { type: 'string', format: 'duration' },
  'prefect.types.PositiveInterval': { type: 'string', format: 'duration' },
  'prefect.types.NonNegativeTimeDelta': { type: 'string', format: 'duration' },
  'prefect.types.NonNegativeInteger': { type: 'integer', minimum: 0 },
  'prefect.types.PositiveInteger': { type: 'integer', exclusiveMinimum: 0 },
  'prefect.types.NonNegativeFloat': { type: 'number', minimum: 0 },
  'prefect.types.Name': { type: 'string', pattern: '^[^/%&><]+$' },
  'prefect.types.NameOrEmpty': { type: 'string', pattern: '^[^/%&><]*$' },
  'prefect.types.NonEmptyishName': { type: 'string', pattern: '^[^/%&><]+$' },
  'prefect.types.LogLevel': { type: 'string', enum: ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] },
  'prefect.types.KeyValueLabels': {
    type: 'object',
    additionalProperties: { anyOf: [{ type: 'boolean' }, { type: 'integer' }, { type: 'number' }, { type: 'string' }] },
  },
  'prefect.types.SecretDict': { type: 'object', additionalProperties: true },
  'prefect.types.LaxUrl': { type: 'string' },
  'prefect.types.ListOfNonEmptyStrings': { type: 'array', items: { type: 'string' } },
};

const LIST_LIKE: Record<string, JsonSchema> = {
  'builtins.list': { type: 'array' },
  'typing.List': { type: 'array' },
  'typing.Sequence': { type: 'array' },
  'typing.MutableSequence': { type: 'array' },
  'typing.Iterable': { type: 'array' },
  'typing.Collection': { type: 'array' },
  'typing.Deque': { type: 'array' },
  'collections.deque': { type: 'array' },
  'builtins.set': { type: 'array', uniqueItems: true },
  'typing.Set': { type: 'array', uniqueItems: true },
  'typing.MutableSet': { type: 'array', uniqueItems: true },
  'typing.AbstractSet': { type: 'array', uniqueItems: true },
  'builtins.frozenset': { type: 'array', uniqueItems: true },
  'typing.FrozenSet': { type: 'array', uniqueItems: true },
};

const DICT_LIKE = new Set([
  'builtins.dict',
  'typing.Dict',
  'typing.Mapping',
  'typing.MutableMapping',
  'typing.OrderedDict',
  'typing.DefaultDict',
  'collections.OrderedDict',
  'collections.defaultdict',
]);
const TUPLE_LIKE = new Set(['builtins.tuple', 'typing.Tuple']);
const ANNOTATED = new Set(['typing.Annotated']);
const CONSTRAINED: Record<string, JsonSchema> = {
  'pydantic.conint': { type: 'integer' },
  'pydantic.confloat': { type: 'number' },
  'pydantic.constr': { type: 'string' },
};

/** Qualified names that are external but whose module Prefect would fail to import are unknown. */
const KNOWN_MODULES = [
  'builtins',
  'typing',
  'typing_extensions',
  'datetime',
  'uuid',
  'pathlib',
  'enum',
  'pydantic',
  'collections',
  'decimal',
  'dataclasses',
  'ipaddress',
  're',
  'prefect',
  'annotated_types',
];

function annotationSchema(e: Expr, scope: Scope, ctx: Context, depth: number): JsonSchema {
  if (depth > 30) throw new Unsupported('deeply nested');
  const sub = (x: Expr) => annotationSchema(x, scope, ctx, depth + 1);
  switch (e.k) {
    case 'none':
      return { type: 'null' };
    case 'str': {
      // A string annotation is a forward reference: evaluate it like Python would.
      if (e.bytes || e.fstring) throw new Unsupported('string annotation');
      return sub(parseAnnotationString(e, scope));
    }
    case 'binop':
      if (e.op === '|') return union([e.left, e.right].flatMap(flattenOr), scope, ctx, depth);
      throw new Unsupported(`operator ${e.op}`);
    case 'subscript':
      return generic(e, scope, ctx, depth);
    case 'call':
      return constrainedType(e, scope);
    case 'name':
    case 'attr': {
      const sym = scope.resolve(e);
      if (sym.kind === 'class') return classSchema(sym.def, sym.scope, ctx);
      if (sym.kind === 'external') {
        const q = normalize(sym.qualname);
        if (q in FORMATS) return structuredClone(FORMATS[q]);
        if (q in LIST_LIKE) return { ...LIST_LIKE[q], items: {} };
        if (DICT_LIKE.has(q)) return { type: 'object', additionalProperties: true };
        if (TUPLE_LIKE.has(q)) return { type: 'array', items: {} };
        if (q === 'typing.Optional' || q === 'typing.Union') throw new Unsupported(q);
        // pydantic cannot make a JSON schema of a callable: Prefect drops the whole annotation.
        if (q === 'typing.Callable') throw new Unevaluable(q);
        if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:')) throw new Unevaluable(q);
        throw new Unsupported(q.replace(/^builtins\./, ''));
      }
      if (sym.kind === 'value') {
        // `T = TypeVar("T", bound=...)`: pydantic uses the bound, else the constraints, else any value.
        const v = sym.expr;
        if (v.k === 'call') {
          const callee = sym.scope.resolve(v.func);
          if (callee.kind === 'external' && normalize(callee.qualname) === 'typing.TypeVar') {
            const bound = v.kwargs.find((k) => k.name === 'bound')?.value;
            if (bound) return annotationSchema(bound, sym.scope, ctx, depth + 1);
            return v.args.length > 1 ? union(v.args.slice(1), sym.scope, ctx, depth) : {};
          }
        }
        // A type alias: `Numbers = list[int]`.
        return annotationSchema(v, sym.scope, ctx, depth + 1);
      }
      if (sym.kind === 'unknown') throw new Unevaluable(describe(e));
      throw new Unsupported(describe(e));
    }
    default:
      throw new Unsupported(describe(e));
  }
}

/** `conint(ge=1)`, `constr(max_length=5)`: the type with its constraints. */
function constrainedType(e: Extract<Expr, { k: 'call' }>, scope: Scope): JsonSchema {
  const sym = scope.resolve(e.func);
  const q = sym.kind === 'external' ? normalize(sym.qualname) : '';
  if (!(q in CONSTRAINED) || e.args.length) throw new Unsupported(describe(e));
  const options: Record<string, PyValue> = {};
  for (const k of e.kwargs) if (k.name) options[k.name] = evaluate(k.value, scope);
  return constrain(structuredClone(CONSTRAINED[q]), options, 'constrained type');
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
  if (q === 'typing.Callable') throw new Unevaluable(q);
  if (q in LIST_LIKE) return { ...LIST_LIKE[q], items: sub(args[0]) };
  if (DICT_LIKE.has(q) || q === 'typing.Counter' || q === 'collections.Counter') {
    const value = q.endsWith('Counter') ? { type: 'integer' } : sub(args[1] ?? { k: 'name', id: 'Any' });
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
    case 'typing.Literal':
      return literal(
        args.flatMap((a) => (a.k === 'subscript' ? [] : [a])),
        scope,
      );
    case 'typing.Type':
      return {};
  }
  if (ANNOTATED.has(q)) return annotated(sub(args[0]), args.slice(1), scope, ctx);
  if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:')) throw new Unevaluable(q);
  throw new Unsupported(describe(e));
}

/** `Annotated[T, Field(ge=1), Gt(0), ...]`: the constraints pydantic applies to T's schema. */
function annotated(base: JsonSchema, metadata: Expr[], scope: Scope, ctx: Context, field = false): JsonSchema {
  let out = base;
  for (const m of metadata) {
    const v = evaluate(m, scope);
    if (v instanceof FieldInfo) {
      const { options } = v;
      if (typeof options.discriminator === 'string') out = discriminated(out, options.discriminator, ctx);
      // On a flow parameter, Prefect's own Field sets the title, description and json_schema_extra.
      const kept = Object.fromEntries(
        Object.entries(options).filter(
          ([k]) => (field || CONSTRAINTS.has(k) || k === 'examples') && k !== 'discriminator',
        ),
      );
      out = constrain(out, kept, 'Annotated');
      if ('examples' in options) {
        const examples = toJson(options.examples, () => UNKNOWN);
        if (examples === UNKNOWN) throw new Unsupported('Annotated examples');
        out.examples = examples;
      }
      continue;
    }
    if (m.k === 'call') {
      const sym = scope.resolve(m.func);
      const q = sym.kind === 'external' ? sym.qualname : '';
      const bound = /^annotated_types\.(Gt|Ge|Lt|Le|MultipleOf|MinLen|MaxLen)$/.exec(q);
      if (bound && m.args.length === 1) {
        const keyword = {
          Gt: 'gt',
          Ge: 'ge',
          Lt: 'lt',
          Le: 'le',
          MultipleOf: 'multiple_of',
          MinLen: 'min_length',
          MaxLen: 'max_length',
        }[bound[1]]!;
        out = constrain(out, { [keyword]: evaluate(m.args[0], scope) }, 'Annotated');
        continue;
      }
      if (
        /^pydantic\.(functional_validators\.)?(AfterValidator|BeforeValidator|WrapValidator|PlainSerializer|WrapSerializer)$/.test(
          q,
        )
      )
        continue;
      if (q === 'pydantic.StringConstraints' || q === 'pydantic.types.StringConstraints') {
        const options = Object.fromEntries(
          m.kwargs.filter((k) => k.name).map((k) => [k.name!, evaluate(k.value, scope)]),
        );
        out = constrain(out, options, 'StringConstraints');
        continue;
      }
      throw new Unsupported(`Annotated with ${describe(m)}`);
    }
    // Plain strings and other markers: pydantic keeps them as metadata, without effect on the schema.
    if (m.k === 'str' || m.k === 'num') continue;
    throw new Unsupported(`Annotated with ${describe(m)}`);
  }
  return out;
}

/** `Field(discriminator="kind")` on a union of models: pydantic's `oneOf` with a mapping of each model's Literal. */
function discriminated(s: JsonSchema, property: string, ctx: Context): JsonSchema {
  const refs = Array.isArray(s.anyOf) ? (s.anyOf as JsonSchema[]) : [];
  if (!refs.length || refs.some((r) => typeof r.$ref !== 'string'))
    throw new Unsupported('discriminator on something else than a union of models');
  const mapping: Record<string, JsonValue> = {};
  for (const r of refs) {
    const def = ctx.definitions[String(r.$ref).replace('#/definitions/', '')];
    const prop = (def?.properties as Record<string, JsonSchema> | undefined)?.[property];
    const values = prop && ('const' in prop ? [prop.const] : Array.isArray(prop.enum) ? prop.enum : []);
    if (!values?.length) throw new Unsupported(`discriminator ${property}`);
    for (const v of values) mapping[String(v)] = r.$ref;
  }
  const { anyOf: _, ...rest } = s;
  return { ...rest, oneOf: refs, discriminator: { mapping, propertyName: property } };
}

/** Applies pydantic constraint keywords to a schema (to each non-null branch of an `anyOf`). */
function constrain(s: JsonSchema, options: Record<string, PyValue>, where: string): JsonSchema {
  const keys = Object.keys(options).filter((k) => CONSTRAINTS.has(k));
  if (!keys.length) return s;
  if (Array.isArray(s.anyOf)) {
    return {
      ...s,
      anyOf: s.anyOf.map((b) =>
        (b as JsonSchema).type === 'null' ? b : constrain({ ...(b as JsonSchema) }, options, where),
      ),
    };
  }
  const type = typeof s.type === 'string' ? s.type : '';
  const out = { ...s };
  for (const k of keys) {
    const v = toJson(options[k], () => UNKNOWN);
    if (v === UNKNOWN) throw new Unsupported(`${where} ${k} computed at import time`);
    const key = k in NUMERIC ? (type === 'integer' || type === 'number' ? NUMERIC[k] : undefined) : LENGTH[type]?.[k];
    if (!key) throw new Unsupported(`${where} ${k} on ${type || 'this type'}`);
    out[key] = v;
  }
  return out;
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
  if (e.k === 'str' && !e.bytes && !e.fstring) return flattenUnion(parseAnnotationString(e, scope), scope);
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
    const v = toJson(evaluate(a, scope), () => UNKNOWN);
    if (v === UNKNOWN || (v !== null && typeof v === 'object')) throw new Unsupported('Literal value');
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
  return Array.isArray(v) ? 'array' : 'object';
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
    if (sym.kind === 'external' && ['dataclasses.dataclass', 'pydantic.dataclasses.dataclass'].includes(sym.qualname))
      return 'dataclass';
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
  for (const [, value] of enumMembers(def, scope)) {
    const v = toJson(value, () => UNKNOWN);
    if (v === UNKNOWN) throw new Unsupported(`enum ${def.name}`);
    values.push(v);
  }
  const out: JsonSchema = { enum: values, title: def.name };
  const types = new Set(values.map(jsonType));
  if (types.size === 1 && !types.has('null')) out.type = [...types][0];
  else if ([...types].every((t) => t === 'integer' || t === 'number') && types.size) out.type = 'number';
  if (def.docstring) out.description = cleandoc(def.docstring);
  return out;
}

function modelSchema(def: ClassDef, scope: Scope, ctx: Context, kind: ClassKind): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const config = kind === 'model' ? modelConfig(def, scope, new Set()) : {};
  for (const [name, field] of modelFields(def, scope, new Set())) {
    let annotation = annotationSchema(field.annotation, field.scope, ctx, 0);
    annotation = constrain(annotation, field.options, `field ${def.name}.${name}`);
    const prop: JsonSchema = { ...annotation };
    // pydantic leaves the generated title off a field whose schema is a `$ref` or `anyOf` of refs.
    const title =
      typeof field.options.title === 'string'
        ? field.options.title
        : annotation.$ref === undefined
          ? pyTitle(name)
          : undefined;
    if (title !== undefined && !(annotation.anyOf && refOnly(annotation) && field.options.title === undefined))
      prop.title = title;
    for (const key of Object.keys(field.options)) {
      if (
        CONSTRAINTS.has(key) ||
        key === 'title' ||
        key === 'alias' ||
        key === 'validation_alias' ||
        NO_SCHEMA_EFFECT.has(key)
      )
        continue;
      const v = toJson(field.options[key], () => UNKNOWN);
      if (v === UNKNOWN) throw new Unsupported(`${key} of ${def.name}.${name}`);
      if (key === 'json_schema_extra') {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
          throw new Unsupported(`json_schema_extra of ${def.name}.${name}`);
        Object.assign(prop, v);
      } else if (key === 'description' || key === 'examples' || key === 'deprecated') {
        if (key !== 'deprecated' || v === true) prop[key] = v;
      } else if (FIELD_PARAMETERS.has(key)) {
        throw new Unsupported(`${key}= of ${def.name}.${name}`);
      } else {
        // A keyword Field() does not know (a typo, or pydantic 1's extras): pydantic adds it to the schema.
        prop[key] = v;
      }
    }
    if (field.factory !== undefined) {
      // pydantic does not call a default_factory for the schema.
    } else if (field.hasDefault) {
      const json = defaultJson(field.default, ctx, () => {
        throw new Unsupported(`default of ${def.name}.${name} computed when Prefect deploys`);
      });
      if (json === UNKNOWN) throw new Unsupported(`default of ${def.name}.${name}`);
      prop.default = json;
    } else {
      required.push(field.alias ?? name);
    }
    properties[field.alias ?? name] = prop;
  }
  const title = typeof config.title === 'string' ? config.title : def.name;
  const out: JsonSchema = { properties, title, type: 'object' };
  if (required.length) out.required = required;
  if (def.docstring) out.description = cleandoc(def.docstring);
  if (config.extra === 'forbid') out.additionalProperties = false;
  else if (config.extra === 'allow') out.additionalProperties = true;
  if (config.json_schema_extra !== undefined) {
    const extra = toJson(config.json_schema_extra, () => UNKNOWN);
    if (extra === null || extra === UNKNOWN || typeof extra !== 'object' || Array.isArray(extra))
      throw new Unsupported(`json_schema_extra of ${def.name}`);
    Object.assign(out, extra);
  }
  return out;
}

/** Model configuration keys that change the JSON schema and that this reader reproduces. */
const CONFIG_KEYS = new Set(['extra', 'title', 'json_schema_extra']);
const CONFIG_WITHOUT_SCHEMA_EFFECT = new Set([
  'arbitrary_types_allowed',
  'from_attributes',
  'orm_mode',
  'populate_by_name',
  'allow_population_by_field_name',
  'validate_assignment',
  'use_enum_values',
  'frozen',
  'str_strip_whitespace',
  'anystr_strip_whitespace',
  'validate_default',
  'revalidate_instances',
  'protected_namespaces',
  'strict',
  'json_encoders',
  'ser_json_timedelta',
  'ser_json_bytes',
  'validate_by_name',
  'validate_by_alias',
  'serialize_by_alias',
  'defer_build',
  'hide_input_in_errors',
  'coerce_numbers_to_str',
  'regex_engine',
  'cache_strings',
  'str_to_lower',
  'str_to_upper',
]);

/** `model_config = ConfigDict(...)` / `{...}`, or a `class Config:`, merged from the bases. */
function modelConfig(def: ClassDef, scope: Scope, seen: Set<ClassDef>): Record<string, PyValue> {
  if (seen.has(def)) return {};
  seen.add(def);
  let config: Record<string, PyValue> = {};
  for (const base of def.bases) {
    const sym = scope.resolve(base);
    if (sym.kind === 'class') config = { ...config, ...modelConfig(sym.def, sym.scope, seen) };
  }
  for (const stmt of def.body) {
    if (stmt.kind === 'assign' && stmt.targets.includes('model_config') && stmt.value) {
      const v = stmt.value;
      if (v.k === 'call' && isConfigDict(v.func, scope))
        for (const k of v.kwargs) config[k.name ?? '**'] = configValue(k.value, scope);
      else if (v.k === 'dict') {
        const d = evaluate(v, scope);
        if (!isDict(d)) throw new Unsupported(`model_config of ${def.name}`);
        config = { ...config, ...d };
      } else throw new Unsupported(`model_config of ${def.name}`);
    }
    if (stmt.kind === 'class' && stmt.name === 'Config') {
      for (const s of stmt.body)
        if (s.kind === 'assign' && s.value) for (const t of s.targets) config[t] = configValue(s.value, scope);
    }
  }
  // Class keywords (`class M(BaseModel, extra="forbid")`) are configuration too, and pydantic lets them win.
  for (const k of def.keywords) {
    if (k.name === 'metaclass') continue;
    if (k.name === null) throw new Unsupported(`class keywords of ${def.name}`);
    config[k.name] = configValue(k.value, scope);
  }
  for (const [k, v] of Object.entries(config)) {
    // `extra = Extra.forbid` (pydantic v1 style) is the string's enum member.
    if (k === 'extra' && v instanceof Rich) config[k] = toJson(v, () => UNKNOWN) as PyValue;
    if (!CONFIG_KEYS.has(k) && !CONFIG_WITHOUT_SCHEMA_EFFECT.has(k))
      throw new Unsupported(`model_config ${k} of ${def.name}`);
  }
  if (config.extra !== undefined && !['forbid', 'allow', 'ignore'].includes(config.extra as string))
    throw new Unsupported(`model_config extra of ${def.name}`);
  return config;
}

/** A configuration value; pydantic's `Extra.forbid` is the string `'forbid'`. */
function configValue(e: Expr, scope: Scope): PyValue {
  const sym = scope.resolve(e);
  const extra =
    sym.kind === 'external' ? /^pydantic(?:\.config)?\.Extra\.(forbid|allow|ignore)$/.exec(sym.qualname) : null;
  return extra ? extra[1] : evaluate(e, scope);
}

function isConfigDict(e: Expr, scope: Scope): boolean {
  const sym = scope.resolve(e);
  return (
    sym.kind === 'external' &&
    (sym.qualname === 'pydantic.ConfigDict' ||
      sym.qualname === 'pydantic.config.ConfigDict' ||
      sym.qualname === 'builtins.dict')
  );
}

function refOnly(s: JsonSchema): boolean {
  return Array.isArray(s.anyOf) && s.anyOf.some((x) => x !== null && typeof x === 'object' && '$ref' in (x as object));
}

interface ModelField {
  annotation: Expr;
  scope: Scope;
  hasDefault: boolean;
  default: PyValue;
  factory?: PyValue;
  /** The Field's options (constraints, title, description, alias, ...). */
  options: Record<string, PyValue>;
  alias?: string;
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
    let ann = stmt.annotation;
    const annSym = ann.k === 'subscript' ? scope.resolve(ann.value) : scope.resolve(ann);
    if (
      annSym.kind === 'external' &&
      (annSym.qualname === 'typing.ClassVar' || annSym.qualname === 'dataclasses.InitVar')
    )
      continue;
    const field: ModelField = {
      annotation: ann,
      scope,
      hasDefault: stmt.value !== undefined,
      default: UNKNOWN,
      options: {},
    };
    // `Annotated[T, Field(...)]` on a model field: the Field's options are the field's.
    if (
      ann.k === 'subscript' &&
      annSym.kind === 'external' &&
      ANNOTATED.has(normalize(annSym.qualname)) &&
      ann.index.k === 'tuple'
    ) {
      const [base, ...metadata] = ann.index.elts;
      const others: Expr[] = [];
      for (const m of metadata) {
        const v = evaluate(m, scope);
        if (v instanceof FieldInfo) {
          Object.assign(field.options, v.options);
          if (v.default_ !== REQUIRED && v.default_ !== UNKNOWN) {
            field.hasDefault = true;
            field.default = v.default_;
          }
          if (v.factory !== undefined) field.factory = v.factory;
        } else others.push(m);
      }
      ann = others.length ? { ...ann, index: { k: 'tuple', elts: [base, ...others] } } : base;
      field.annotation = ann;
    }
    if (stmt.value) {
      const v = evaluate(stmt.value, scope);
      if (v instanceof FieldInfo) {
        Object.assign(field.options, v.options);
        field.hasDefault = v.default_ !== REQUIRED && v.factory === undefined;
        field.default = v.default_;
        field.factory = v.factory;
      } else {
        field.default = v;
      }
    }
    const alias = field.options.validation_alias ?? field.options.alias;
    if (typeof alias === 'string') field.alias = alias;
    else if (alias !== undefined) throw new Unsupported(`alias of ${def.name}.${stmt.targets[0]}`);
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
    .replace(
      /^collections\.abc\.(Sequence|Mapping|MutableSequence|MutableMapping|Iterable|Collection|Set|MutableSet|Callable)$/,
      'typing.$1',
    )
    .replace(/^typing\.Set$/, 'typing.Set')
    .replace(/^pydantic\.(main|types|networks|fields|functional_validators)\./, 'pydantic.')
    .replace(/^prefect\.types\.[\w.]*\.(\w+)$/, 'prefect.types.$1');
}

function describe(e: Expr): string {
  switch (e.k) {
    case 'name':
      return e.id;
    case 'attr':
      return `${describe(e.value)}.${e.attr}`;
    case 'subscript':
      return `${describe(e.value)}[...]`;
    case 'call':
      return `${describe(e.func)}(...)`;
    default:
      return e.k;
  }
}

function parseAnnotationString(e: Extract<Expr, { k: 'str' }>, scope: Scope): Expr {
  try {
    return parseExpression(e.value, e.pos ?? { line: 1, col: 1 });
  } catch (error) {
    if (!(error instanceof PythonSyntaxError)) throw error;
    throw new PythonSyntaxError(
      `the string annotation ${JSON.stringify(e.value)} is not valid Python: ${error.message}`,
      error.line,
      error.col,
      scope.file,
    );
  }
}
