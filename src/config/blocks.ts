/**
 * The file's `blocks:` and `block-scripts:`: what can be checked without a server.
 * A block's data may reference another block document with a value that is only
 * `{{ prefect.blocks.<type>.<name> }}`; Prefect stores such references per
 * top-level field, so that is the only place one may stand.
 */
import type { FlowReader } from '../flows/read.js';
import type { BlockSpec, DeploymentsFile } from './model.js';
import { child, entry, type Pos, type YNode } from './yaml.js';

const WHOLE_REFERENCE = /^\{\{\s*prefect\.blocks\.([a-z0-9-]+)\.([a-z0-9-]+)\s*\}\}$/;
const ANY_REFERENCE = /\{\{\s*prefect\.blocks\./;

/** `<type>/<name>`: how `ib-block`, references and messages name a block document. */
export function blockKey(type: string, name: string): string {
  return `${type}/${name}`;
}

/** The block a data value references, when the value is exactly one block reference. */
function blockReference(value: unknown): { type: string; name: string } | undefined {
  const m = typeof value === 'string' ? WHOLE_REFERENCE.exec(value.trim()) : null;
  return m ? { type: m[1], name: m[2] } : undefined;
}

/** The top-level fields of a block's data that reference other blocks, as `field -> type/name`. */
export function referencesOf(block: BlockSpec): Map<string, string> {
  const out = new Map<string, string>();
  for (const [field, value] of Object.entries(block.data)) {
    const ref = blockReference(value);
    if (ref) out.set(field, blockKey(ref.type, ref.name));
  }
  return out;
}

type At = (pos: Pos, message: string) => void;

export function checkBlocks(file: DeploymentsFile, reader: FlowReader, at: At): void {
  const seen = new Map<string, BlockSpec>();
  for (const b of file.blocks) {
    const key = blockKey(b.type, b.name);
    const first = seen.get(key);
    if (first) at(b.node.pos, `block ${key} is declared twice (first at line ${first.node.pos.line})`);
    else seen.set(key, b);
    const data = child(b.node, 'data');
    if (data?.kind === 'map') for (const e of data.entries) checkReferences(e.value, true, at);
  }
  for (const cycle of referenceCycles([...seen.values()])) {
    at(seen.get(cycle[0])!.node.pos, `blocks reference each other in a cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  }
  for (const s of file.blockScripts) {
    const error = reader.scriptError(s.path);
    if (error) at(s.node.pos, error);
  }
}

function checkReferences(node: YNode, topLevel: boolean, at: At): void {
  if (node.kind === 'map') for (const e of node.entries) checkReferences(e.value, false, at);
  else if (node.kind === 'seq') for (const i of node.items) checkReferences(i, false, at);
  else if (typeof node.value === 'string' && ANY_REFERENCE.test(node.value)) {
    if (!blockReference(node.value)) {
      at(
        node.pos,
        'a block reference must be the whole value and name a whole block document: "{{ prefect.blocks.<type>.<name> }}"',
      );
    } else if (!topLevel) {
      at(
        node.pos,
        "a block reference can only be a top-level field of a block's data (Prefect stores references per field)",
      );
    }
  }
}

/** Each cycle once, as the list of block keys on it. */
function referenceCycles(blocks: BlockSpec[]): string[][] {
  const edges = new Map(blocks.map((b) => [blockKey(b.type, b.name), [...referencesOf(b).values()]]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (key: string, path: string[]): void => {
    const at = path.indexOf(key);
    if (at >= 0) {
      cycles.push(path.slice(at));
      return;
    }
    if (done.has(key) || !edges.has(key)) return;
    for (const next of edges.get(key)!) visit(next, [...path, key]);
    done.add(key);
  };
  for (const key of edges.keys()) visit(key, []);
  return cycles;
}

/** Declared blocks in an order where each comes after the blocks it references. */
export function inDependencyOrder(blocks: BlockSpec[]): BlockSpec[] {
  const byKey = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
  const out: BlockSpec[] = [];
  const placed = new Set<string>();
  const place = (b: BlockSpec, depth: number): void => {
    const key = blockKey(b.type, b.name);
    if (placed.has(key) || depth > blocks.length) return;
    for (const ref of referencesOf(b).values()) if (byKey.has(ref)) place(byKey.get(ref)!, depth + 1);
    placed.add(key);
    out.push(b);
  };
  for (const b of blocks) place(b, 0);
  return out;
}

/** The position of a data field, for messages about it. */
export function fieldPos(block: BlockSpec, field?: string): Pos {
  const data = child(block.node, 'data');
  if (field === undefined) return entry(block.node, 'data')?.keyPos ?? block.node.pos;
  return (data && entry(data, field)?.keyPos) ?? data?.pos ?? block.node.pos;
}
