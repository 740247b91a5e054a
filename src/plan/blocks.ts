/**
 * The file's blocks against the server: checks of each block's data against its
 * type's schema (before anything is written), and the plan: create, update or
 * unchanged after comparing with the stored document. Pure. Messages name fields,
 * never values: block data can hold secrets.
 */
import { blockKey, fieldPos, referencesOf } from '../config/blocks.js';
import type { BlockSpec } from '../config/model.js';
import type { Diagnostic } from '../diagnostics.js';
import { valueError } from '../flows/values.js';
import { missingTypeMessage, type BlockSchemaInfo, type BlockTypeInfo, type LiveBlock } from '../prefect/blocks.js';
import { closest } from '../text.js';
import { canonical } from './diff.js';

export interface LiveBlocks {
  /** By slug; undefined when the server does not know the type. */
  types: Map<string, BlockTypeInfo | undefined>;
  /** By `type/name`, for declared and referenced blocks; undefined when missing. */
  documents: Map<string, LiveBlock | undefined>;
}

export interface BlockEntry {
  key: string;
  spec: BlockSpec;
  action: 'create' | 'update' | 'unchanged';
  /** Fields that differ from the stored document: names only. */
  changed: string[];
  /** The stored document's id, when it exists. */
  id?: string;
  typeId: string;
  /** The schema the block is written with: its stored document's, else the type's newest. */
  schema: BlockSchemaInfo;
  /** The fields to store, templates filled, without references. */
  data: Record<string, unknown>;
  /** Fields that reference other blocks: field -> `type/name`. */
  references: Map<string, string>;
  /** Set once the block's create or update was written (a run that stops may not get to it). */
  written?: boolean;
}

/** The schema a block is checked against: its stored document's, else the type's newest. */
function schemaOf(b: BlockSpec, live: LiveBlocks): BlockSchemaInfo | undefined {
  return live.documents.get(blockKey(b.type, b.name))?.schema ?? live.types.get(b.type)?.schema;
}

export function checkBlockData(file: string, blocks: BlockSpec[], live: LiveBlocks): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (pos: { line: number; column: number }, message: string) => out.push({ file, ...pos, message, severity: 'error' });
  const declared = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
  for (const b of blocks) {
    const key = blockKey(b.type, b.name);
    if (!live.types.get(b.type)) {
      at(b.node.pos, `block ${key}: ${missingTypeMessage(b.type)}`);
      continue;
    }
    const schema = schemaOf(b, live);
    if (!schema) {
      at(b.node.pos, `block ${key}: the server has no schema for block type '${b.type}'; register it with \`prefect block register\``);
      continue;
    }
    const props = schema.fields.properties ?? {};
    const references = referencesOf(b);
    for (const field of schema.fields.required ?? []) {
      if (!(field in b.data)) at(fieldPos(b), `block ${key} is missing the required field '${field}'`);
    }
    for (const [field, value] of Object.entries(b.data)) {
      const prop = props[field];
      if (!prop) {
        const hint = closest(field, Object.keys(props));
        at(fieldPos(b, field), `block type '${b.type}' has no field '${field}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
        continue;
      }
      const ref = references.get(field);
      if (ref) {
        const takes = takesBlocks(schema, field);
        const refType = ref.slice(0, ref.indexOf('/'));
        if (!takes.length) at(fieldPos(b, field), `field '${field}' of block type '${b.type}' does not take a block`);
        else if (!takes.includes(refType)) at(fieldPos(b, field), `field '${field}' of block type '${b.type}' takes a ${takes.join(' or ')} block, not ${ref}`);
        else if (!declared.has(ref) && !live.documents.get(ref)) at(fieldPos(b, field), `block ${ref} does not exist: declare it under blocks: or create it first`);
        continue;
      }
      // Block data may hold secrets: the message says what was expected, never the value.
      const error = valueError(value, prop, schema.fields.definitions ?? {}, { secret: true });
      if (error) at(fieldPos(b, field), `field '${field}' of block ${key}: ${error}`);
    }
  }
  return out;
}

/** The block type slugs a field takes, from the schema's block references. */
function takesBlocks(schema: BlockSchemaInfo, field: string): string[] {
  const refs = schema.fields.block_schema_references?.[field];
  return refs === undefined ? [] : ([] as { block_type_slug: string }[]).concat(refs).map((r) => r.block_type_slug);
}

/**
 * Create, update or unchanged for each block (given in dependency order). `fill`
 * fills the templates known after the image stage.
 */
export function planBlocks(blocks: BlockSpec[], live: LiveBlocks, fill: (data: Record<string, unknown>) => Record<string, unknown>): BlockEntry[] {
  return blocks.map((spec): BlockEntry => {
    const key = blockKey(spec.type, spec.name);
    const references = referencesOf(spec);
    const data = fill(Object.fromEntries(Object.entries(spec.data).filter(([field]) => !references.has(field))));
    const type = live.types.get(spec.type)!;
    const stored = live.documents.get(key);
    const schema = (stored?.schema ?? type.schema)!;
    const base = { key, spec, typeId: type.id, schema, data, references };
    if (!stored) return { ...base, action: 'create', changed: [...Object.keys(data), ...references.keys()].sort() };
    const changed = new Set<string>();
    for (const field of new Set([...Object.keys(data), ...Object.keys(stored.data)])) {
      if (canonical(data[field]) !== canonical(stored.data[field])) changed.add(field);
    }
    for (const field of new Set([...references.keys(), ...Object.keys(stored.references)])) {
      const wanted = references.has(field) ? live.documents.get(references.get(field)!)?.id : undefined;
      if (wanted === undefined || wanted !== stored.references[field]) changed.add(field);
    }
    return { ...base, id: stored.id, action: changed.size ? 'update' : 'unchanged', changed: [...changed].sort() };
  });
}
