/**
 * Checks a parameter value against its JSON schema, the way Prefect's server
 * validates parameters when `enforce_parameter_schema` is on (a JSON Schema
 * validator, without format checks). Values that are templates are checked
 * once resolved, so they pass here.
 */
import { isWholeTemplate } from '../config/templates.js';
import type { JsonSchema } from './schema.js';

type Schema = { [key: string]: unknown };

/**
 * The first mismatch as a message (`expected an integer, got "x"`), or undefined.
 * With `secret`, the message says what was expected and never shows the value.
 */
export function valueError(value: unknown, schema: Schema, definitions: Record<string, Schema> = {}, options: { secret?: boolean } = {}, depth = 0): string | undefined {
  if (depth > 50) return undefined;
  if (typeof value === 'string' && isWholeTemplate(value)) return undefined;
  const sub = (v: unknown, s: unknown) => valueError(v, s as Schema, definitions, options, depth + 1);
  const got = options.secret ? '' : `, got ${show(value)}`;

  if (typeof schema.$ref === 'string') {
    const target = definitions[schema.$ref.replace('#/definitions/', '')];
    if (target) {
      const e = sub(value, target);
      if (e) return e;
    }
  }
  if (Array.isArray(schema.anyOf)) {
    const errors = schema.anyOf.map((s) => sub(value, s));
    if (errors.every((e) => e !== undefined)) return errors.find((e) => !e!.startsWith('expected ')) ?? `expected ${describeAnyOf(schema.anyOf as Schema[])}${got}`;
  }
  if ('const' in schema && !equal(value, schema.const)) return `expected ${show(schema.const)}${got}`;
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => equal(e, value))) {
    return `expected one of ${schema.enum.map(show).join(', ')}${got}`;
  }
  if (typeof schema.type === 'string' && !typeMatches(value, schema.type)) return `expected ${article(schema.type)}${got}`;

  if (Array.isArray(value)) {
    const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as Schema[]) : [];
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return `expected at least ${schema.minItems} items, got ${value.length}`;
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return `expected at most ${schema.maxItems} items, got ${value.length}`;
    for (let i = 0; i < value.length; i++) {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items;
      if (itemSchema && typeof itemSchema === 'object') {
        const e = sub(value[i], itemSchema);
        if (e) return `item ${i}: ${e}`;
      }
    }
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in obj)) return `missing required field '${key}'`;
    for (const [k, v] of Object.entries(obj)) {
      const s = props[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      if (s) {
        const e = sub(v, s);
        if (e) return `field '${k}': ${e}`;
      } else if (schema.additionalProperties === false) {
        return `unexpected field '${k}'`;
      }
    }
  }
  return undefined;
}

export function schemaDefinitions(schema: { definitions?: Record<string, JsonSchema> }): Record<string, Schema> {
  return (schema.definitions ?? {}) as Record<string, Schema>;
}

function typeMatches(v: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return v !== null && typeof v === 'object' && !Array.isArray(v);
    default:
      return true;
  }
}

function article(type: string): string {
  return { integer: 'an integer', array: 'a list', object: 'a mapping', null: 'null' }[type] ?? `a ${type}`;
}

function describeAnyOf(options: Schema[]): string {
  return options.map((o) => (typeof o.type === 'string' ? article(o.type) : o.$ref ? String(o.$ref).replace('#/definitions/', '') : 'a value')).join(' or ');
}

function show(v: unknown): string {
  const text = JSON.stringify(v);
  return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function equal(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
