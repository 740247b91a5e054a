/**
 * YAML with positions: the file becomes a tree of located nodes, with anchors,
 * aliases and `<<:` merge keys resolved the way PyYAML (YAML 1.1) resolves them
 * for Prefect, so every later error can point at its line and column.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';

export interface Pos {
  line: number;
  column: number;
}

export type Scalar = string | number | boolean | null;

export type YNode = YMap | YSeq | YScalar;

export interface YMap {
  kind: 'map';
  entries: YEntry[];
  pos: Pos;
}

export interface YEntry {
  key: string;
  keyPos: Pos;
  value: YNode;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  pos: Pos;
}

export interface YScalar {
  kind: 'scalar';
  value: Scalar;
  pos: Pos;
  /** Holds a value from the environment, a Prefect variable or a block (once resolved): never shown. */
  secret?: boolean;
}

export interface ParsedYaml {
  root: YNode | undefined;
  diagnostics: Diagnostic[];
}

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, version: '1.1', uniqueKeys: true, prettyErrors: false, merge: true });
  const diagnostics: Diagnostic[] = [];
  const posOf = (offset: number | undefined): Pos => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  for (const e of [...doc.errors, ...doc.warnings]) {
    const { line, column } = posOf(e.pos[0]);
    const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.push({ file, line, column, message: `YAML: ${message}`, severity: doc.errors.includes(e as never) ? 'error' : 'warning' });
  }
  if (doc.errors.length) return { root: undefined, diagnostics };

  // Aliases are expanded here, so their cost is bounded here: an alias bomb of a few
  // hundred bytes would otherwise expand to billions of values.
  let budget = MAX_VALUES;
  const convert = (node: unknown, depth: number): YNode => {
    const pos = posOf((node as YamlNode | undefined)?.range?.[0]);
    if (--budget < 0) throw new TooLarge(pos, `aliases expand to more than ${MAX_VALUES.toLocaleString('en-US')} values`);
    if (depth > MAX_DEPTH) throw new TooLarge(pos, `values are nested more than ${MAX_DEPTH} levels deep`);
    if (isAlias(node)) return convert(node.resolve(doc), depth + 1);
    if (isMap(node)) {
      const entries: YEntry[] = [];
      const merged: YEntry[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const keyValue = isScalar(keyNode) ? keyNode.value : keyNode;
        const key = String(keyValue);
        const keyPos = posOf(keyNode?.range?.[0]);
        // The yaml library marks a plain `<<` key with a symbol when merge keys are on.
        if (typeof keyValue === 'symbol') {
          // Merge keys: explicit keys win over merged ones; earlier merges win over later ones.
          const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
          for (const src of sources) {
            const m = convert(src, depth + 1);
            if (m.kind === 'map') merged.push(...m.entries);
            else diagnostics.push({ file, ...m.pos, message: 'a merge key (<<) takes a mapping or a list of mappings', severity: 'error' });
          }
          continue;
        }
        entries.push({ key, keyPos, value: pair.value == null ? { kind: 'scalar', value: null, pos: keyPos } : convert(pair.value, depth + 1) });
      }
      for (const m of merged) if (!entries.some((e) => e.key === m.key)) entries.push(m);
      return { kind: 'map', entries, pos };
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((i) => convert(i, depth + 1)), pos };
    if (isScalar(node)) {
      const v = node.value;
      const value: Scalar = v instanceof Date ? v.toISOString() : typeof v === 'bigint' ? Number(v) : (v as Scalar);
      return { kind: 'scalar', value, pos };
    }
    return { kind: 'scalar', value: null, pos };
  };

  try {
    return { root: doc.contents == null ? undefined : convert(doc.contents, 0), diagnostics };
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    diagnostics.push({ file, ...e.pos, message: `YAML: ${e.message}`, severity: 'error' });
    return { root: undefined, diagnostics };
  }
}

/** The most values a file may expand to (aliases included), and the deepest nesting. */
const MAX_VALUES = 500_000;
const MAX_DEPTH = 100;

class TooLarge extends Error {
  constructor(
    readonly pos: Pos,
    message: string,
  ) {
    super(message);
  }
}

/** The entry of a mapping, if present. */
export function entry(map: YNode | undefined, key: string): YEntry | undefined {
  return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}

/** The value node at a key. */
export function child(map: YNode | undefined, key: string): YNode | undefined {
  return entry(map, key)?.value;
}

/** True when the node, or anything under it, holds a secret-bearing value. */
export function holdsSecret(node: YNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return node.secret === true;
  return node.kind === 'seq' ? node.items.some(holdsSecret) : node.entries.some((e) => holdsSecret(e.value));
}

/** A located node as a plain JavaScript value. */
export function plain(node: YNode | undefined): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(plain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
  }
}
