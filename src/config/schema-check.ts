/**
 * Checks a located YAML tree against the deployments file's JSON Schema
 * (schema/prefect-deployments.schema.json, the same file editors use).
 * Supports the keywords that schema uses; reports every problem at its place.
 */
import fileSchema from '../../schema/prefect-deployments.schema.json' with { type: 'json' };
import type { Diagnostic } from '../diagnostics.js';
import { closest } from '../text.js';
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
};

/** What the schema's patterns mean, in words. */
const PATTERN_NAMES: Record<string, string> = {
  '^[a-z0-9-]+$': 'must contain only lowercase letters, numbers and dashes (Prefect rejects anything else)',
};

type Issue = { pos: Pos; message: string };

export function checkSchema(file: string, root: YNode): Diagnostic[] {
  return check(root, ROOT, 'the file').map((i) => ({ file, ...i.pos, message: i.message, severity: 'error' as const }));
}

function resolve(s: SchemaNode): SchemaNode {
  if (!s.$ref) return s;
  const name = s.$ref.replace('#/definitions/', '');
  return { ...ROOT.definitions[name], ...s, $ref: undefined };
}

function nodeType(n: YNode): string {
  if (n.kind === 'map') return 'object';
  if (n.kind === 'seq') return 'array';
  const v = n.value;
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return 'string';
}

function typeMatches(actual: string, expected: string[]): boolean {
  return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}

function check(node: YNode, schemaIn: SchemaNode, label: string): Issue[] {
  const schema = resolve(schemaIn);
  if (schema.anyOf) {
    const results = schema.anyOf.map((alt) => check(node, alt, label));
    if (results.some((r) => r.length === 0)) return [];
    const actual = nodeType(node);
    const fitting = schema.anyOf.findIndex((alt) => {
      const t = resolve(alt).type;
      return t !== undefined && typeMatches(actual, ([] as string[]).concat(t));
    });
    if (fitting >= 0) return results[fitting];
    const expected = schema.anyOf.flatMap((alt) => ([] as string[]).concat(resolve(alt).type ?? []));
    return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}` }];
  }

  const actual = nodeType(node);
  if (schema.type) {
    const expected = ([] as string[]).concat(schema.type);
    if (!typeMatches(actual, expected)) {
      // A whole-value template such as "{{ $LIMIT }}" is checked after it is resolved.
      if (node.kind === 'scalar' && typeof node.value === 'string' && isWholeTemplate(node.value)) return [];
      const quote = expected.includes('string') && node.kind === 'scalar' && !node.secret ? `; quote it to keep it as text: "${node.value}"` : '';
      return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${quote}` }];
    }
  }
  if (schema.enum && !schema.enum.includes(node.kind === 'scalar' ? node.value : undefined)) {
    return [{ pos: node.pos, message: `${label} must be one of ${schema.enum.join(', ')}` }];
  }

  const issues: Issue[] = [];
  if (node.kind === 'scalar') {
    const v = node.value;
    if (typeof v === 'string' && schema.minLength !== undefined && v.length < schema.minLength) {
      issues.push({ pos: node.pos, message: `${label} must not be empty` });
    }
    if (typeof v === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(v)) {
      issues.push({ pos: node.pos, message: `${label} ${PATTERN_NAMES[schema.pattern] ?? `must match ${schema.pattern}`}` });
    }
    if (typeof v === 'number') {
      if (schema.minimum !== undefined && v < schema.minimum) issues.push({ pos: node.pos, message: `${label} must be at least ${schema.minimum}` });
      if (schema.maximum !== undefined && v > schema.maximum) issues.push({ pos: node.pos, message: `${label} must be at most ${schema.maximum}` });
      if (schema.exclusiveMinimum !== undefined && v <= schema.exclusiveMinimum) {
        issues.push({ pos: node.pos, message: `${label} must be greater than ${schema.exclusiveMinimum}` });
      }
    }
  } else if (node.kind === 'seq') {
    if (schema.items) node.items.forEach((item, i) => issues.push(...check(item, schema.items!, itemLabel(item, i, label))));
  } else {
    const props = schema.properties ?? {};
    for (const e of node.entries) {
      const sub = props[e.key];
      if (sub) {
        issues.push(...check(e.value, sub, `'${e.key}'`));
      } else if (schema.additionalProperties === false) {
        const hint = closest(e.key, Object.keys(props));
        issues.push({ pos: e.keyPos, message: `unknown key '${e.key}'${hint ? ` (did you mean '${hint}'?)` : ''}; expected one of: ${Object.keys(props).join(', ')}` });
      } else if (typeof schema.additionalProperties === 'object') {
        issues.push(...check(e.value, schema.additionalProperties, `'${e.key}'`));
      }
    }
    for (const key of schema.required ?? []) {
      if (!node.entries.some((e) => e.key === key)) issues.push({ pos: node.pos, message: `${label} is missing '${key}'` });
    }
    const count = node.entries.length;
    if (schema.minProperties !== undefined && count < schema.minProperties) issues.push({ pos: node.pos, message: `${label} must not be empty` });
    if (schema.maxProperties !== undefined && count > schema.maxProperties) {
      issues.push({ pos: node.pos, message: `${label} must have exactly one key (the step's function), found ${count}` });
    }
  }
  return issues;
}

function describeTypes(types: string[]): string {
  const names = [...new Set(types.filter((t) => t !== 'null'))].map((t) => TYPE_NAMES[t] ?? t);
  const text = names.length <= 1 ? (names[0] ?? 'empty') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  return types.includes('null') && names.length ? `${text} (or empty)` : text;
}

/** `deployment 'etl'` for a named item, else `item 3 of 'tags'`. */
function itemLabel(item: YNode, index: number, label: string): string {
  const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
  if (label === "'deployments'") return name?.kind === 'scalar' && name.value !== null ? `deployment '${name.value}'` : `deployment #${index + 1}`;
  return `item ${index + 1} of ${label}`;
}
