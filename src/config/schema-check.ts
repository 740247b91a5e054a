/**
 * Checks a located YAML tree against the deployments file's JSON Schema
 * (schema/prefect-deployments.schema.json, the same file editors use), with the
 * policy for keys beyond it: where prefect deploy ignores unknown keys
 * (`x-prefect-ignores-unknown`), a near miss of a known key is an error (the file
 * would not mean what it says) and any other key a warning that says Prefect ignores
 * it; where it refuses them, an error. Reports every problem at its place.
 */
import fileSchema from '../../schema/prefect-deployments.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostics.js';
import { nearKey } from '../text.js';
import { isWholeTemplate } from './templates.js';
import type { Pos, YNode } from './yaml.js';

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  anyOf?: SchemaNode[];
  $ref?: string;
  minLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minProperties?: number;
  maxProperties?: number;
  description?: string;
  /** `date-time`: an unquoted YAML date or timestamp is accepted as text. */
  format?: string;
  /** prefect deploy ignores keys it does not know at this level (pydantic `extra="ignore"`). */
  'x-prefect-ignores-unknown'?: boolean;
  /** Keys Prefect ignores here, with what to write instead. */
  'x-ignored-keys'?: Record<string, string>;
  /** Keys Prefect refuses here, with why. */
  'x-key-messages'?: Record<string, string>;
}

const ROOT = fileSchema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

const TYPE_NAMES: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'empty',
  date: 'a date',
  timestamp: 'a date and time',
};

/** What the schema's patterns mean, in words. */
const PATTERN_NAMES: Record<string, string> = {
  '^[a-z0-9-]+$': 'must contain only lowercase letters, numbers and dashes (Prefect rejects anything else)',
};

type Issue = { pos: Pos; message: string; severity?: 'warning' };

export function checkSchema(file: string, root: YNode): Diagnostic[] {
  return check(root, ROOT, 'the file').map((i) => ({
    file,
    ...i.pos,
    message: i.message,
    severity: i.severity ?? ('error' as const),
    ...(i.severity ? { strict: true } : {}),
  }));
}

/** A definition of the schema, for checks of parts the tree reaches by another way. */
export function definition(name: string): SchemaNode {
  return ROOT.definitions[name];
}

function resolve(s: SchemaNode): SchemaNode {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/definitions/', '');
  return { ...ROOT.definitions[name], ...s, $ref: undefined };
}

function nodeType(n: YNode): string {
  if (n.kind === 'map') return 'object';
  if (n.kind === 'seq') return 'array';
  if (n.type === 'date' || n.type === 'timestamp') return n.type;
  const v = n.value;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return 'string';
}

function typeMatches(actual: string, expected: string[]): boolean {
  return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}

export function check(node: YNode, schemaIn: SchemaNode, label: string): Issue[] {
  const schema = resolve(schemaIn);
  if (schema.anyOf) {
    const results = schema.anyOf.map((alt) => check(node, alt, label));
    if (results.some((r) => r.every((i) => i.severity === 'warning')))
      return results.find((r) => r.every((i) => i.severity === 'warning'))!;
    const actual = nodeType(node);
    const fitting = schema.anyOf.findIndex((alt) => {
      const t = resolve(alt).type;
      return t !== undefined && typeMatches(actual, ([] as string[]).concat(t));
    });
    if (fitting >= 0) return results[fitting];
    const expected = schema.anyOf.flatMap((alt) => ([] as string[]).concat(resolve(alt).type ?? []));
    return [
      {
        pos: node.pos,
        message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${typeHint(node)}`,
      },
    ];
  }

  const dated =
    schema.format === 'date-time' && node.kind === 'scalar' && node.type !== undefined && node.type !== 'float';
  const actual = dated ? 'string' : nodeType(node);
  if (schema.type) {
    const expected = ([] as string[]).concat(schema.type);
    if (!typeMatches(actual, expected)) {
      const quote =
        expected.includes('string') && node.kind === 'scalar' && node.plain && !node.secret
          ? `; quote it to keep it as text: "${node.value}"`
          : '';
      return [
        {
          pos: node.pos,
          message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${quote || typeHint(node)}`,
        },
      ];
    }
  }
  if (schema.enum && !schema.enum.includes(node.kind === 'scalar' ? node.value : undefined)) {
    return [{ pos: node.pos, message: `${label} must be one of ${schema.enum.filter((e) => e !== null).join(', ')}` }];
  }

  const issues: Issue[] = [];
  if (node.kind === 'scalar') {
    const v = node.value;
    if (typeof v === 'string' && schema.minLength !== undefined && v.length < schema.minLength) {
      issues.push({ pos: node.pos, message: `${label} must not be empty` });
    }
    if (typeof v === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(v)) {
      issues.push({
        pos: node.pos,
        message: `${label} ${PATTERN_NAMES[schema.pattern] ?? `must match ${schema.pattern}`}`,
      });
    }
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < schema.minimum)
        issues.push({ pos: node.pos, message: `${label} must be at least ${schema.minimum}` });
      if (schema.maximum !== undefined && v > schema.maximum)
        issues.push({ pos: node.pos, message: `${label} must be at most ${schema.maximum}` });
      if (schema.exclusiveMinimum !== undefined && v <= schema.exclusiveMinimum) {
        issues.push({ pos: node.pos, message: `${label} must be greater than ${schema.exclusiveMinimum}` });
      }
    }
  } else if (node.kind === 'seq') {
    if (schema.items)
      node.items.forEach((item, i) => issues.push(...check(item, schema.items!, itemLabel(item, i, label))));
  } else {
    const props = schema.properties ?? {};
    for (const e of node.entries) {
      const sub = props[e.key];
      if (sub) {
        issues.push(...check(e.value, sub, `'${e.key}'`));
      } else if (schema.additionalProperties === false) {
        issues.push(unknownKey(e.key, e.keyPos, schema));
      } else if (typeof schema.additionalProperties === 'object') {
        issues.push(...check(e.value, schema.additionalProperties, `'${e.key}'`));
      }
    }
    for (const key of schema.required ?? []) {
      if (!node.entries.some((e) => e.key === key))
        issues.push({ pos: node.pos, message: `${label} is missing '${key}'` });
    }
    const count = node.entries.length;
    if (schema.minProperties !== undefined && count < schema.minProperties)
      issues.push({ pos: node.pos, message: `${label} must not be empty` });
    if (schema.maxProperties !== undefined && count > schema.maxProperties)
      issues.push({ pos: node.pos, message: `${label} must be empty` });
  }
  return issues;
}

/**
 * A key the schema does not list. Where prefect deploy ignores unknown keys, a near
 * miss of a known key is an error, a key with a known meaning elsewhere a warning
 * that says where it goes, any other a warning; where Prefect refuses it, an error.
 */
function unknownKey(key: string, pos: Pos, schema: SchemaNode): Issue {
  const known = Object.keys(schema.properties ?? {});
  const ignored = schema['x-ignored-keys']?.[key];
  if (ignored) return { pos, message: ignored, severity: 'warning' };
  const refused = schema['x-key-messages']?.[key];
  if (refused) return { pos, message: refused };
  const hint = nearKey(key, known);
  const expected = `expected one of: ${known.join(', ')}`;
  if (hint) {
    const why = schema['x-prefect-ignores-unknown'] ? `: prefect deploy would ignore it` : '';
    return { pos, message: `unknown key '${key}' (did you mean '${hint}'?)${why}; ${expected}` };
  }
  if (schema['x-prefect-ignores-unknown'])
    return { pos, message: `unknown key '${key}': prefect deploy ignores it; ${expected}`, severity: 'warning' };
  return { pos, message: `unknown key '${key}'; ${expected}` };
}

/** Why a value of the right text is still refused: a template where prefect deploy checks the type before filling templates. */
function typeHint(node: YNode): string {
  if (node.kind !== 'scalar') return '';
  if (node.templated || (typeof node.value === 'string' && isWholeTemplate(node.value))) {
    return ' (prefect deploy checks this field before it fills templates, so a template cannot stand here)';
  }
  return '';
}

function describeTypes(types: string[]): string {
  const names = [...new Set(types.filter((t) => t !== 'null'))].map((t) => TYPE_NAMES[t] ?? t);
  const text =
    names.length <= 1 ? (names[0] ?? 'empty') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return types.includes('null') && names.length ? `${text} (or empty)` : text;
}

/** `deployment 'etl'` for a named item, else `item 3 of 'tags'`. */
function itemLabel(item: YNode, index: number, label: string): string {
  const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
  if (label === "'deployments'")
    return name?.kind === 'scalar' && name.value !== null ? `deployment '${name.value}'` : `deployment #${index + 1}`;
  return `item ${index + 1} of ${label}`;
}
