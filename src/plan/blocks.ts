/**
 * The file's blocks against the server: checks of each block's data against its
 * type's schema (before anything is written), and the plan: create, update or
 * unchanged after comparing with the stored document, or conflict when another
 * repository or environment owns the document, or nobody does (no comparison at
 * all, written only with --adopt). Pure. Messages name fields, never values: block
 * data can hold secrets.
 *
 * A plan never compares a secret field's value: a file can hold any guess, and an
 * unchanged/update verdict would say whether it is right. Whatever a plan compared
 * (the value, or any digest of it it can compute) answers the guess, so it says only
 * which secret fields the file sets. A deploy, which writes the file's value either
 * way, compares them in memory so that a re-run with nothing changed writes nothing.
 */
import { blockKey, fieldPos, referencesOf } from '../config/blocks.js';
import type { BlockSpec } from '../config/model.js';
import type { Diagnostic } from '../diagnostics.js';
import { valueError } from '../flows/values.js';
import { missingTypeMessage, type BlockSchemaInfo, type BlockTypeInfo, type LiveBlock } from '../prefect/blocks.js';
import { closest } from '../text.js';
import type { BlockOwnerRecord } from '../prefect/block-owners.js';
import { canonical } from './diff.js';
import { blockOwner } from './ownership.js';

export interface LiveBlocks {
  /** By slug; undefined when the server does not know the type. */
  types: Map<string, BlockTypeInfo | undefined>;
  /** By `type/name`, for declared and referenced blocks; undefined when missing. */
  documents: Map<string, LiveBlock | undefined>;
  /** By `type/name`, for declared blocks whose document exists: their ownership record. */
  owners: Map<string, { exists: boolean; record?: BlockOwnerRecord }>;
}

export interface BlockEntry {
  key: string;
  spec: BlockSpec;
  action: 'create' | 'update' | 'unchanged' | 'conflict';
  /** Fields that differ from the stored document (all the file sets, for a create or an adoption): names only. */
  changed: string[];
  /** Secret fields the file sets that a plan does not compare with the stored values. */
  notCompared: string[];
  /** conflict: who owns the stored document, in words (nothing of it is compared or shown). */
  owner?: string;
  /** Taken over with --adopt: who owned it. */
  adoptedFrom?: string;
  /** The ownership record is written with the block (a create, an adoption). */
  writeOwner: boolean;
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
  const at = (pos: { line: number; column: number }, message: string) =>
    out.push({ file, ...pos, message, severity: 'error' });
  const declared = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
  for (const b of blocks) {
    const key = blockKey(b.type, b.name);
    if (!live.types.get(b.type)) {
      at(b.node.pos, `block ${key}: ${missingTypeMessage(b.type)}`);
      continue;
    }
    const schema = schemaOf(b, live);
    if (!schema) {
      at(
        b.node.pos,
        `block ${key}: the server has no schema for block type '${b.type}'; register it with \`prefect block register\``,
      );
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
        at(
          fieldPos(b, field),
          `block type '${b.type}' has no field '${field}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
        );
        continue;
      }
      const ref = references.get(field);
      if (ref) {
        const takes = takesBlocks(schema, field);
        const refType = ref.slice(0, ref.indexOf('/'));
        if (!takes.length) at(fieldPos(b, field), `field '${field}' of block type '${b.type}' does not take a block`);
        else if (!takes.includes(refType))
          at(
            fieldPos(b, field),
            `field '${field}' of block type '${b.type}' takes a ${takes.join(' or ')} block, not ${ref}`,
          );
        else if (!declared.has(ref) && !live.documents.get(ref))
          at(fieldPos(b, field), `block ${ref} does not exist: declare it under blocks: or create it first`);
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

export interface BlockPlanOptions {
  /** Take over block documents another repository or environment owns, or nobody does. */
  adopt: boolean;
  /** Compare secret fields by value (a deploy, which read them); a plan never does. */
  compareSecrets: boolean;
  /** This run's repository and environment: who owns what it creates. */
  ours: { repository?: string; environment?: string };
}

/** The top-level fields a schema marks secret (`secret_fields` names nested ones as `field.sub`). */
export function secretFields(schema: BlockSchemaInfo): Set<string> {
  return new Set((schema.fields.secret_fields ?? []).map((f) => f.split('.')[0]));
}

/**
 * Create, update, unchanged or conflict for each block (given in dependency order).
 * `fill` fills the templates known after the image stage.
 */
export function planBlocks(
  blocks: BlockSpec[],
  live: LiveBlocks,
  fill: (data: Record<string, unknown>) => Record<string, unknown>,
  options: BlockPlanOptions,
): BlockEntry[] {
  return blocks.map((spec): BlockEntry => {
    const key = blockKey(spec.type, spec.name);
    const references = referencesOf(spec);
    const data = fill(Object.fromEntries(Object.entries(spec.data).filter(([field]) => !references.has(field))));
    const type = live.types.get(spec.type)!;
    const stored = live.documents.get(key);
    const schema = (stored?.schema ?? type.schema)!;
    const base = { key, spec, typeId: type.id, schema, data, references, notCompared: [] as string[] };
    const everything = [...Object.keys(data), ...references.keys()].sort();
    if (!stored) return { ...base, action: 'create', changed: everything, writeOwner: true };
    const owner = blockOwner(live.owners.get(key)?.record, stored.id, options.ours);
    if (owner !== undefined && !options.adopt)
      return { ...base, id: stored.id, action: 'conflict', changed: [], owner, writeOwner: false };
    // Taken over: written whole, as a create is, without comparing with what another owner stored.
    if (owner !== undefined)
      return { ...base, id: stored.id, action: 'update', changed: everything, adoptedFrom: owner, writeOwner: true };
    const secret = secretFields(schema);
    const changed = new Set<string>();
    for (const field of new Set([...Object.keys(data), ...Object.keys(stored.data)])) {
      const both = field in data && field in stored.data;
      // Set on both sides: the values are not compared. Set on one side only: a change either way.
      if (secret.has(field) && !options.compareSecrets && both) base.notCompared.push(field);
      else if (canonical(data[field]) !== canonical(stored.data[field])) changed.add(field);
    }
    for (const field of new Set([...references.keys(), ...Object.keys(stored.references)])) {
      const wanted = references.has(field) ? live.documents.get(references.get(field)!)?.id : undefined;
      if (wanted === undefined || wanted !== stored.references[field]) changed.add(field);
    }
    base.notCompared.sort();
    return {
      ...base,
      id: stored.id,
      action: changed.size ? 'update' : 'unchanged',
      changed: [...changed].sort(),
      writeOwner: false,
    };
  });
}
