/**
 * Checks parameter values against a flow's schema the way Prefect's server does
 * when `enforce_parameter_schema` is on: `prefect.utilities.schema_tools.validate`
 * (its schema preprocessing, then JSON Schema 2020-12 without format checks), here
 * with @cfworker/json-schema (an interpreter: no code to generate per schema, which
 * keeps one run over many flows fast). Values that are templates are checked once
 * resolved, so they pass here.
 */
import { dereference, validate, type OutputUnit, type Schema as Validated } from '@cfworker/json-schema';
import { isWholeTemplate } from '../config/templates.js';
import type { ParameterSchema } from './schema.js';

type Schema = { [key: string]: unknown };

/** A schema ready to validate against, by its text: each flow's is prepared once per run. */
const prepared = new Map<string, { schema: Validated; lookup: Record<string, Validated | boolean> }>();

/**
 * The first mismatch as a message (`expected an integer, got "x"`), or undefined.
 * With `secret`, the message says what was expected and never shows the value.
 */
export function valueError(
  value: unknown,
  schema: Schema,
  definitions: Record<string, Schema> = {},
  options: { secret?: boolean } = {},
): string | undefined {
  const root = { type: 'object', properties: { value: schema }, definitions };
  return errorsOf(root, { value }, () => options.secret === true).get('value');
}

/**
 * Every parameter's first mismatch, by parameter name: the values are checked
 * together against the flow's whole schema, required parameters aside (a
 * deployment may leave them to each run).
 */
export function parameterErrors(
  schema: ParameterSchema,
  parameters: Record<string, unknown>,
  secret: (name: string) => boolean = () => false,
): Map<string, string> {
  let root = preprocessed.get(schema);
  if (!root) {
    root = withoutRequired(preprocess(schema as unknown as Schema)) as Schema;
    preprocessed.set(schema, root);
  }
  return errorsOf(root, parameters, secret);
}
const preprocessed = new WeakMap<object, Schema>();

/** `secret`: the parameters whose values are secret-bearing: their messages never show values. */
function errorsOf(
  root: Schema,
  value: Record<string, unknown>,
  secret: (name: string) => boolean,
): Map<string, string> {
  const out = new Map<string, string>();
  const checked = check(root, value);
  if (!checked) return out;
  const { relevant, ready } = checked;
  for (const e of relevant) {
    const [name] = segments(e.instanceLocation);
    if (name === undefined || out.has(String(name)) || WRAPPERS.has(e.keyword)) continue;
    const message = describe(e, relevant, value, ready, { secret: secret(String(name)) });
    if (message !== undefined) out.set(String(name), message);
  }
  return out;
}

/**
 * Required fields without a value inside parameter values, as paths (`config.table`), by
 * parameter. Prefect's deploy-time check ignores `required` at every depth, and every run
 * is refused for them. The parameters themselves are left out (a run may pass them).
 */
export function missingFields(schema: ParameterSchema, parameters: Record<string, unknown>): Map<string, string[]> {
  let root = withRequired.get(schema);
  if (!root) {
    root = { ...preprocess(schema as unknown as Schema), required: [] };
    withRequired.set(schema, root);
  }
  const out = new Map<string, string[]>();
  for (const e of check(root, parameters)?.relevant ?? []) {
    const path = segments(e.instanceLocation);
    const field = /"(.*)"/.exec(e.error)?.[1];
    if (e.keyword !== 'required' || !path.length || field === undefined) continue;
    const text = [...path, field].map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
    const name = String(path[0]);
    if (!out.get(name)?.includes(text)) out.set(name, [...(out.get(name) ?? []), text]);
  }
  return out;
}
const withRequired = new WeakMap<object, Schema>();

/** The validator's errors, those inside values that are templates left out; undefined for a schema it cannot resolve. */
function check(root: Schema, value: Record<string, unknown>): { relevant: OutputUnit[]; ready: Ready } | undefined {
  const key = JSON.stringify(root);
  let ready = prepared.get(key);
  if (!ready) {
    // Prefect's server does not check formats; the copy also keeps dereference() off the caller's schema.
    const schema = withoutFormats(structuredClone(root)) as Validated;
    ready = { schema, lookup: dereference(schema) };
    prepared.set(key, ready);
  }
  let errors: OutputUnit[];
  try {
    errors = validate(value, ready.schema, '2020-12', ready.lookup, false).errors;
  } catch {
    // An unresolvable $ref: the server cannot check against it either.
    return undefined;
  }
  const templates = templatePaths(value, '#');
  const relevant = errors.filter(
    (e) => !templates.some((t) => e.instanceLocation === t || e.instanceLocation.startsWith(`${t}/`)),
  );
  return { relevant, ready };
}

/** Keywords whose errors only say that a subschema failed: the subschema's own error is reported. */
const WRAPPERS = new Set([
  '$ref',
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'patternProperties',
  'allOf',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'additionalItems',
]);

function withoutFormats(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(withoutFormats);
  if (!s || typeof s !== 'object') return s;
  return Object.fromEntries(
    Object.entries(s)
      .filter(([k, v]) => !(k === 'format' && typeof v === 'string'))
      .map(([k, v]) => [k, withoutFormats(v)]),
  );
}

/** Prefect's `preprocess_schema`: optional properties without a default also take null; tuple `items` lists. */
export function preprocess(schema: Schema): Schema {
  const out = structuredClone(schema);
  const fix = (s: Schema) => {
    const properties = s.properties as Record<string, Schema> | undefined;
    if (!properties || typeof properties !== 'object') return;
    const required = Array.isArray(s.required) ? (s.required as string[]) : [];
    for (const [key, p] of Object.entries(properties)) {
      if (!p || typeof p !== 'object') continue;
      if (!required.includes(key) && 'type' in p && p.type !== 'null' && !('default' in p)) {
        p.anyOf = [{ type: p.type }, { type: 'null' }];
        delete p.type;
      }
      if (Array.isArray(p.items) && !p.prefixItems) {
        p.prefixItems = p.items;
        delete p.items;
      }
      if ('properties' in p) fix(p);
    }
  };
  fix(out);
  for (const d of Object.values((out.definitions ?? {}) as Record<string, Schema>))
    if (d && typeof d === 'object') fix(d);
  return out;
}

function withoutRequired(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(withoutRequired);
  if (!s || typeof s !== 'object') return s;
  return Object.fromEntries(
    Object.entries(s)
      .filter(([k]) => k !== 'required')
      .map(([k, v]) => [k, withoutRequired(v)]),
  );
}

function templatePaths(v: unknown, at: string): string[] {
  if (typeof v === 'string') return isWholeTemplate(v) ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => templatePaths(x, `${at}/${i}`));
  if (v && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) =>
      templatePaths(x, `${at}/${encodeURI(k.replace(/~/g, '~0').replace(/\//g, '~1'))}`),
    );
  return [];
}

/** `#/a/0/b` -> ['a', 0, 'b'] */
function segments(location: string): (string | number)[] {
  if (location === '#' || !location.startsWith('#/')) return [];
  return location
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function at(value: unknown, path: (string | number)[]): unknown {
  let v: unknown = value;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** The schema value at a keyword location, following `$ref` segments as the validator did. */
function schemaAt(
  ready: { schema: Validated; lookup: Record<string, Validated | boolean> },
  location: string,
): unknown {
  let node: unknown = ready.schema;
  for (const seg of segments(location)) {
    const here = node as Record<string, unknown>;
    if (seg === '$ref' && here && typeof here.$ref === 'string')
      node = ready.lookup[String(here.__absolute_ref__ ?? here.$ref)];
    else node = here?.[seg];
  }
  return node;
}

type Ready = { schema: Validated; lookup: Record<string, Validated | boolean> };

/** A message for one error: where in the value (after the parameter itself), what was expected, and what was given. */
function describe(
  e: OutputUnit,
  all: OutputUnit[],
  value: unknown,
  ready: Ready,
  options: { secret?: boolean },
): string | undefined {
  // An error inside an alternative is reported through its anyOf / oneOf.
  if (
    all.some(
      (o) =>
        o !== e &&
        (o.keyword === 'anyOf' || o.keyword === 'oneOf') &&
        e.keywordLocation.startsWith(`${o.keywordLocation}/`),
    )
  )
    return undefined;
  const path = segments(e.instanceLocation);
  const given = at(value, path);
  const where = path.slice(1).map((p) => (typeof p === 'number' ? `item ${p}` : `field '${p}'`));
  const got = options.secret ? '' : `, got ${show(given)}`;
  const limit = schemaAt(ready, e.keywordLocation);
  let what: string;
  switch (e.keyword) {
    case 'type':
      what = `expected ${[limit]
        .flat()
        .map((t) => article(String(t)))
        .join(' or ')}${got}`;
      break;
    case 'enum':
      what = `expected one of ${(limit as unknown[]).map(show).join(', ')}${got}`;
      break;
    case 'const':
      what = `expected ${show(limit)}${got}`;
      break;
    case 'minimum':
      what = `expected at least ${limit}${got}`;
      break;
    case 'exclusiveMinimum':
      what = `expected more than ${limit}${got}`;
      break;
    case 'maximum':
      what = `expected at most ${limit}${got}`;
      break;
    case 'exclusiveMaximum':
      what = `expected less than ${limit}${got}`;
      break;
    case 'multipleOf':
      what = `expected a multiple of ${limit}${got}`;
      break;
    case 'minLength':
      what = `expected at least ${limit} characters${got}`;
      break;
    case 'maxLength':
      what = `expected at most ${limit} characters${options.secret ? '' : `, got ${[...String(given)].length}`}`;
      break;
    case 'pattern':
      what = `expected a string matching ${JSON.stringify(limit)}${got}`;
      break;
    case 'minItems':
      what = `expected at least ${limit} items, got ${Array.isArray(given) ? given.length : 0}`;
      break;
    case 'maxItems':
      what = `expected at most ${limit} items, got ${Array.isArray(given) ? given.length : 0}`;
      break;
    case 'uniqueItems': {
      const [i, j] = (e.error.match(/\d+/g) ?? []).map(Number);
      what = `expected unique items (items ${Math.min(i, j)} and ${Math.max(i, j)} are equal)`;
      break;
    }
    case 'minProperties':
      what = `expected at least ${limit} fields`;
      break;
    case 'maxProperties':
      what = `expected at most ${limit} fields`;
      break;
    case 'required':
      what = `missing required field '${/"(.*)"/.exec(e.error)?.[1] ?? ''}'`;
      break;
    case 'false':
      // `additionalProperties: false`: the field itself is the error.
      return [...where.slice(0, -1), `unexpected field '${path[path.length - 1]}'`].join(': ');
    case 'anyOf':
    case 'oneOf':
      what = alternatives(e, all, value, ready, got);
      break;
    case 'not':
      what = `expected a value the schema refuses here${got}`;
      break;
    default:
      what = `does not match the schema (${e.keyword})${got}`;
  }
  return [...where, what].join(': ');
}

/** `expected a string or null`, or the error of the one alternative whose type matched. */
function alternatives(e: OutputUnit, all: OutputUnit[], value: unknown, ready: Ready, got: string): string {
  const inside = all.filter((o) => o !== e && o.keywordLocation.startsWith(`${e.keywordLocation}/`));
  const branches = new Map<string, OutputUnit[]>();
  for (const o of inside) {
    const branch = o.keywordLocation.slice(e.keywordLocation.length + 1).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), o]);
  }
  const count = (schemaAt(ready, e.keywordLocation) as unknown[] | undefined)?.length ?? 0;
  if (e.keyword === 'oneOf' && branches.size < count)
    return `expected exactly one alternative of the schema to match${got}`;
  const typed = [...branches.values()].find(
    (errs) => !errs.some((o) => o.keyword === 'type' && o.instanceLocation === e.instanceLocation),
  );
  if (typed) {
    const first =
      typed.find((o) => !WRAPPERS.has(o.keyword) && o.keyword !== 'anyOf' && o.keyword !== 'oneOf') ?? typed[0];
    const message = describe(
      first,
      all.filter((o) => o !== e),
      value,
      ready,
      { secret: got === '' },
    );
    if (message) return message.replace(/^(item \d+|field '[^']*'): /, '');
  }
  const types = [...branches.values()].flatMap((errs) =>
    errs
      .filter((o) => o.keyword === 'type' && o.instanceLocation === e.instanceLocation)
      .map((o) => [schemaAt(ready, o.keywordLocation)].flat()),
  );
  const names = [...new Set(types.flat().map((t) => article(String(t))))];
  return `expected ${names.length ? names.join(' or ') : 'a value the schema accepts'}${got}`;
}

function article(type: string): string {
  return { integer: 'an integer', array: 'a list', object: 'a mapping', null: 'null' }[type] ?? `a ${type}`;
}

function show(v: unknown): string {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
