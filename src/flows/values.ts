/**
 * Checks parameter values against a flow's schema the way Prefect's server does
 * when `enforce_parameter_schema` is on: `prefect.utilities.schema_tools.validate`
 * (its schema preprocessing, then JSON Schema 2020-12 without format checks), here
 * with ajv. Values that are templates are checked once resolved, so they pass here.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { isWholeTemplate } from '../config/templates.js';
import type { ParameterSchema } from './schema.js';

type Schema = { [key: string]: unknown };

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true, validateSchema: false, unicodeRegExp: true });
/** Compiled validators by schema text: a flow's schema is compiled once per run. */
const compiled = new Map<string, ValidateFunction | null>();

/**
 * The first mismatch as a message (`expected an integer, got "x"`), or undefined.
 * With `secret`, the message says what was expected and never shows the value.
 */
export function valueError(value: unknown, schema: Schema, definitions: Record<string, Schema> = {}, options: { secret?: boolean } = {}): string | undefined {
  const root = { type: 'object', properties: { value: schema }, definitions };
  return errorsOf(root, { value }, options).get('value');
}

/**
 * Every parameter's first mismatch, by parameter name: the values are checked
 * together against the flow's whole schema (one compilation per flow), required
 * parameters aside (a deployment may leave them to each run).
 */
export function parameterErrors(schema: ParameterSchema, parameters: Record<string, unknown>): Map<string, string> {
  let prepared = preprocessed.get(schema);
  if (!prepared) {
    prepared = withoutRequired(preprocess(schema as unknown as Schema)) as Schema;
    preprocessed.set(schema, prepared);
  }
  return errorsOf(prepared, parameters, {});
}
const preprocessed = new WeakMap<object, Schema>();

function errorsOf(root: Schema, value: Record<string, unknown>, options: { secret?: boolean }): Map<string, string> {
  const out = new Map<string, string>();
  const key = JSON.stringify(root);
  let validate = compiled.get(key);
  if (validate === undefined) {
    try {
      validate = ajv.compile(root);
    } catch {
      // A schema ajv cannot compile (an unresolvable $ref): the server cannot check against it either.
      validate = null;
    }
    compiled.set(key, validate);
  }
  if (!validate || validate(value)) return out;
  const templates = templatePaths(value, '');
  const errors = (validate.errors ?? []).filter((e) => !templates.some((t) => e.instancePath === t || e.instancePath.startsWith(`${t}/`)));
  for (const e of errors) {
    const [key] = segments(e.instancePath);
    if (key === undefined || out.has(String(key))) continue;
    const message = describe(e, errors, value, options);
    if (message !== undefined) out.set(String(key), message);
  }
  return out;
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
  for (const d of Object.values((out.definitions ?? {}) as Record<string, Schema>)) if (d && typeof d === 'object') fix(d);
  return out;
}

function withoutRequired(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(withoutRequired);
  if (!s || typeof s !== 'object') return s;
  return Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'required').map(([k, v]) => [k, withoutRequired(v)]));
}

function templatePaths(v: unknown, at: string): string[] {
  if (typeof v === 'string') return isWholeTemplate(v) ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => templatePaths(x, `${at}/${i}`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => templatePaths(x, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return [];
}

function segments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function at(value: unknown, path: (string | number)[]): unknown {
  let v: unknown = value;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** A message for one error: where in the value (after the parameter itself), what was expected, and what was given. */
function describe(e: ErrorObject, all: ErrorObject[], value: unknown, options: { secret?: boolean }): string | undefined {
  // An error inside an alternative is reported through its anyOf / oneOf.
  if (all.some((o) => o !== e && (o.keyword === 'anyOf' || o.keyword === 'oneOf') && e.schemaPath.startsWith(`${o.schemaPath}/`) && e.instancePath.startsWith(o.instancePath))) return undefined;
  const path = segments(e.instancePath);
  const given = at(value, path);
  const where = path.slice(1).map((p) => (typeof p === 'number' ? `item ${p}` : `field '${p}'`));
  const got = options.secret ? '' : `, got ${show(given)}`;
  const p = e.params as Record<string, unknown>;
  let what: string;
  switch (e.keyword) {
    case 'type':
      what = `expected ${[p.type].flat().map((t) => article(String(t))).join(' or ')}${got}`;
      break;
    case 'enum':
      what = `expected one of ${(p.allowedValues as unknown[]).map(show).join(', ')}${got}`;
      break;
    case 'const':
      what = `expected ${show(p.allowedValue)}${got}`;
      break;
    case 'minimum':
      what = `expected at least ${p.limit}${got}`;
      break;
    case 'exclusiveMinimum':
      what = `expected more than ${p.limit}${got}`;
      break;
    case 'maximum':
      what = `expected at most ${p.limit}${got}`;
      break;
    case 'exclusiveMaximum':
      what = `expected less than ${p.limit}${got}`;
      break;
    case 'multipleOf':
      what = `expected a multiple of ${p.multipleOf}${got}`;
      break;
    case 'minLength':
      what = `expected at least ${p.limit} characters${got}`;
      break;
    case 'maxLength':
      what = `expected at most ${p.limit} characters${options.secret ? '' : `, got ${[...String(given)].length}`}`;
      break;
    case 'pattern':
      what = `expected a string matching ${JSON.stringify(p.pattern)}${got}`;
      break;
    case 'minItems':
      what = `expected at least ${p.limit} items, got ${Array.isArray(given) ? given.length : 0}`;
      break;
    case 'maxItems':
      what = `expected at most ${p.limit} items, got ${Array.isArray(given) ? given.length : 0}`;
      break;
    case 'uniqueItems':
      what = `expected unique items (items ${Math.min(Number(p.i), Number(p.j))} and ${Math.max(Number(p.i), Number(p.j))} are equal)`;
      break;
    case 'minProperties':
      what = `expected at least ${p.limit} fields`;
      break;
    case 'maxProperties':
      what = `expected at most ${p.limit} fields`;
      break;
    case 'required':
      what = `missing required field '${p.missingProperty}'`;
      break;
    case 'additionalProperties':
      what = `unexpected field '${p.additionalProperty}'`;
      break;
    case 'anyOf':
    case 'oneOf':
      what = alternatives(e, all, value, got);
      break;
    default:
      what = `does not match the schema (${e.keyword})${options.secret ? '' : got}`;
  }
  return [...where, what].join(': ');
}

/** `expected a string or null`, or the error of the one alternative whose type matched. */
function alternatives(e: ErrorObject, all: ErrorObject[], value: unknown, got: string): string {
  if (e.keyword === 'oneOf' && (e.params as { passingSchemas?: unknown }).passingSchemas) return `expected exactly one alternative of the schema to match${got}`;
  const inside = all.filter((o) => o !== e && o.schemaPath.startsWith(`${e.schemaPath}/`));
  const branches = new Map<string, ErrorObject[]>();
  for (const o of inside) {
    const branch = o.schemaPath.slice(e.schemaPath.length + 1).split('/')[0];
    branches.set(branch, [...(branches.get(branch) ?? []), o]);
  }
  const typed = [...branches.values()].find((errs) => !errs.some((o) => o.keyword === 'type' && o.instancePath === e.instancePath));
  if (typed) {
    const first = typed.find((o) => o.keyword !== 'anyOf' && o.keyword !== 'oneOf') ?? typed[0];
    const message = describe(first, all.filter((o) => o !== e), value, { secret: got === '' });
    if (message) return message.replace(/^(item \d+|field '[^']*'): /, '');
  }
  const types = [...branches.values()].flatMap((errs) => errs.filter((o) => o.keyword === 'type' && o.instancePath === e.instancePath).map((o) => [(o.params as { type: string }).type].flat()));
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
