/**
 * YAML with positions, read as PyYAML's SafeLoader reads it (what `prefect deploy`
 * uses): YAML 1.1 scalars (`yes`/`on` booleans, `0755` octal, `1:30` sexagesimal,
 * `1e3` as text, dates), `<<:` merges, and a key repeated in one mapping keeping its
 * last value (with a warning). The file becomes a tree of located nodes, so every
 * later error can point at its line and column.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node as YamlNode,
  type Scalar as YamlScalar,
} from 'yaml';
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
  /** Keys left out because their whole value was a template nothing fills (as prefect deploy leaves them out). */
  leftOut?: string[];
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
  /** The value as JSON has it: a date or timestamp is its ISO text (as pydantic sends it). */
  value: Scalar;
  pos: Pos;
  /** PyYAML's types that JSON lacks: a date or timestamp (`value` holds its ISO text), a float (`1.0`). */
  type?: 'date' | 'timestamp' | 'float';
  /** Written without quotes: its type is PyYAML's reading of the text (quoting keeps it text). */
  plain?: boolean;
  /** Holds a value from the environment, a Prefect variable or a block (once resolved): never shown. */
  secret?: boolean;
  /** The whole value was one template, now filled: typed the way Prefect types it once filled. */
  templated?: boolean;
  /** A secret-bearing value's text as written, its templates unfilled: what may be shown of it. */
  written?: string;
}

export interface ParsedYaml {
  root: YNode | undefined;
  diagnostics: Diagnostic[];
}

const TAG = 'tag:yaml.org,2002:';

/** PyYAML's implicit resolvers (resolver.py), tried in its order. */
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$/;

type Resolved = { value: Scalar; type?: YScalar['type'] } | { error: string };

/** The tag PyYAML gives an untagged plain scalar: the first resolver for its first character that matches. */
function implicitTag(text: string): string {
  const first = text[0] ?? '';
  if (text === '' || NULL.test(text)) return 'null';
  if ('yYnNtTfFoO'.includes(first) && BOOL.test(text)) return 'bool';
  if ('-+0123456789.'.includes(first) && FLOAT.test(text)) return 'float';
  if ('-+0123456789'.includes(first) && INT.test(text)) return 'int';
  if (text === '<<') return 'merge';
  if (text === '=') return 'value';
  if ('0123456789'.includes(first) && TIMESTAMP.test(text)) return 'timestamp';
  return 'str';
}

/** SafeConstructor's construct_yaml_* for a scalar tag. */
function construct(tag: string, text: string): Resolved {
  switch (tag) {
    case 'str':
      return { value: text };
    case 'null':
      return { value: null };
    case 'bool': {
      const v = { yes: true, no: false, true: true, false: false, on: true, off: false }[text.toLowerCase()];
      return v === undefined ? { error: `'${text}' is not a YAML boolean` } : { value: v };
    }
    case 'int':
      return int(text);
    case 'float':
      return float(text);
    case 'timestamp':
      return timestamp(text);
    default:
      return {
        error: `PyYAML's safe loader (which prefect deploy uses) cannot read the tag ${tag.startsWith('!') ? tag : `!!${tag}`}`,
      };
  }
}

function int(text: string): Resolved {
  let v = text.replace(/_/g, '');
  const sign = v[0] === '-' ? -1 : 1;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  let n: number;
  if (v === '0') n = 0;
  else if (v.startsWith('0b') && /^[01]+$/.test(v.slice(2))) n = parseInt(v.slice(2), 2);
  else if (v.startsWith('0x') && /^[0-9a-fA-F]+$/.test(v.slice(2))) n = parseInt(v.slice(2), 16);
  else if (v[0] === '0' && /^[0-7]+$/.test(v)) n = parseInt(v, 8);
  else if (v.includes(':') && /^\d+(:\d+)+$/.test(v))
    n = v.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  else if (/^\d+$/.test(v)) n = Number(v);
  else return { error: `'${text}' is not an integer` };
  if (!Number.isSafeInteger(n))
    return { error: `the integer ${text} is too large to be sent exactly (more than 2^53)` };
  return { value: sign * n };
}

function float(text: string): Resolved {
  let v = text.replace(/_/g, '').toLowerCase();
  const sign = v[0] === '-' ? -1 : 1;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  if (v === '.inf' || v === '.nan') return { error: `${text} (infinity or not-a-number) cannot be sent in JSON` };
  const n = v.includes(':') ? v.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) : Number(v);
  return Number.isFinite(n) ? { value: sign * n, type: 'float' } : { error: `'${text}' is not a number` };
}

/** A date (`2024-01-01`) or a timestamp, as pydantic writes it in JSON. */
function timestamp(text: string): Resolved {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) return { error: `'${text}' is not a date` };
  const [, y, mo, d, h, mi, s, fraction, tz, tzSign, tzHour, tzMinute] = m;
  const pad = (n: string | number, w = 2) => String(n).padStart(w, '0');
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCDate() !== day || year < 1)
    return { error: `'${text}' is not a valid date` };
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (h === undefined) return { value: date, type: 'date' };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { error: `'${text}' is not a valid time` };
  const micro = (fraction ?? '').slice(0, 6).padEnd(6, '0');
  let zone = '';
  if (tzSign) {
    const minutes = Number(tzHour) * 60 + Number(tzMinute ?? 0);
    zone = minutes === 0 ? 'Z' : `${tzSign === '-' ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  } else if (tz) {
    zone = 'Z';
  }
  const time = `${pad(h)}:${mi}:${s}${Number(micro) ? `.${micro}` : ''}`;
  return { value: `${date}T${time}${zone}`, type: 'timestamp' };
}

export function parseYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    version: '1.1',
    schema: 'failsafe',
    uniqueKeys: false,
    prettyErrors: false,
    merge: false,
  });
  const diagnostics: Diagnostic[] = [];
  const posOf = (offset: number | undefined): Pos => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const at = (pos: Pos, message: string, severity: Diagnostic['severity'] = 'error', strict?: boolean) =>
    diagnostics.push({ file, ...pos, message, severity, ...(strict ? { strict } : {}) });
  for (const e of doc.errors) {
    const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    at(posOf(e.pos[0]), `YAML: ${message}`);
  }
  if (doc.errors.length) return { root: undefined, diagnostics };

  // Aliases are expanded here, so their cost is bounded here: an alias bomb of a few
  // hundred bytes would otherwise expand to billions of values.
  let budget = MAX_VALUES;
  const scalar = (node: YamlScalar, pos: Pos, asKey: boolean): YScalar => {
    const source = String(node.value ?? '');
    const plain = node.type === 'PLAIN';
    const explicit = node.tag && node.tag !== '!' ? node.tag : undefined;
    const tag = explicit
      ? explicit.startsWith(TAG)
        ? explicit.slice(TAG.length)
        : explicit
      : plain
        ? implicitTag(source)
        : 'str';
    // `<<` merges and `=` is text only as a key; PyYAML cannot make a value of either.
    const resolved = (tag === 'merge' || tag === 'value') && asKey ? { value: source } : construct(tag, source);
    if ('error' in resolved) throw new BadYaml(pos, resolved.error);
    return {
      kind: 'scalar',
      value: resolved.value,
      pos,
      ...(resolved.type ? { type: resolved.type } : {}),
      ...(plain && !explicit ? { plain } : {}),
    };
  };
  const convert = (node: unknown, depth: number, asKey = false): YNode => {
    const pos = posOf((node as YamlNode | undefined)?.range?.[0]);
    if (--budget < 0)
      throw new BadYaml(pos, `aliases expand to more than ${MAX_VALUES.toLocaleString('en-US')} values`);
    if (depth > MAX_DEPTH) throw new BadYaml(pos, `values are nested more than ${MAX_DEPTH} levels deep`);
    if (isAlias(node)) return convert(node.resolve(doc), depth + 1);
    const tag = (node as { tag?: string }).tag;
    if (
      tag &&
      tag !== '!' &&
      !(isMap(node) && tag === `${TAG}map`) &&
      !(isSeq(node) && tag === `${TAG}seq`) &&
      !isScalar(node)
    ) {
      throw new BadYaml(
        pos,
        `PyYAML's safe loader (which prefect deploy uses) cannot read the tag ${tag.replace(TAG, '!!')} here`,
      );
    }
    if (isMap(node)) return mapping(node.items, pos, node.range?.[0], depth);
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((i) => convert(i, depth + 1)), pos };
    if (isScalar(node)) return scalar(node, pos, asKey);
    return { kind: 'scalar', value: null, pos };
  };
  /**
   * PyYAML's flatten_mapping, then construct_mapping: merged entries come first (of
   * several merged mappings, the earlier one wins), then the mapping's own, and a later
   * entry replaces an earlier one with the same key.
   */
  const mapping = (items: unknown[], pos: Pos, offset: number | undefined, depth: number): YMap => {
    const merged: YEntry[] = [];
    const own: YEntry[] = [];
    for (const pair of items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as YamlNode | null;
      const keyPos = posOf(keyNode?.range?.[0] ?? offset);
      const key =
        keyNode == null ? ({ kind: 'scalar', value: null, pos: keyPos } as YScalar) : convert(keyNode, depth + 1, true);
      if (key.kind !== 'scalar')
        throw new BadYaml(keyPos, 'a mapping key must be a plain value, not a list or mapping (PyYAML refuses it)');
      // PyYAML's scanner takes a key without `?` only up to 1024 characters; the rest of the file is still checked.
      const span = keyNode?.range ? keyNode.range[1] - keyNode.range[0] : 0;
      if (span > MAX_IMPLICIT_KEY && !isExplicitKey(text, keyNode?.range?.[0])) {
        at(
          keyPos,
          `YAML: a key of ${span.toLocaleString('en-US')} characters: PyYAML (which prefect deploy uses) refuses keys longer than ${MAX_IMPLICIT_KEY} characters without '? '`,
        );
      }
      const valueNode = pair.value == null ? ({ kind: 'scalar', value: null, pos: keyPos } as YScalar) : undefined;
      if (key.plain && key.value === '<<') {
        const sources = isSeq(pair.value)
          ? pair.value.items.map((i) => convert(i, depth + 1))
          : [valueNode ?? convert(pair.value, depth + 1)];
        if (sources.some((s) => s.kind !== 'map'))
          throw new BadYaml(keyPos, 'a merge key (<<) takes a mapping or a list of mappings');
        for (const s of [...sources].reverse()) merged.push(...(s as YMap).entries);
        continue;
      }
      own.push({ key: keyText(key), keyPos, value: valueNode ?? convert(pair.value, depth + 1) });
    }
    const entries: YEntry[] = [];
    const index = new Map<string, number>();
    const ownSeen = new Map<string, YEntry>();
    for (const [i, e] of [...merged, ...own].entries()) {
      const fromFile = i >= merged.length;
      if (fromFile) {
        const earlier = ownSeen.get(e.key);
        if (earlier) {
          at(
            earlier.keyPos,
            `key '${e.key}' is repeated in this mapping (again at line ${e.keyPos.line}): prefect deploy (PyYAML) keeps the last value and ignores this one`,
            'warning',
            true,
          );
        }
        ownSeen.set(e.key, e);
      }
      const existing = index.get(e.key);
      if (existing === undefined) {
        index.set(e.key, entries.length);
        entries.push(e);
      } else {
        entries[existing] = e;
      }
    }
    return { kind: 'map', entries, pos };
  };

  try {
    return { root: doc.contents == null ? undefined : convert(doc.contents, 0), diagnostics };
  } catch (e) {
    if (!(e instanceof BadYaml)) throw e;
    at(e.pos, `YAML: ${e.message}`);
    return { root: undefined, diagnostics };
  }
}

/** A key as the JSON Prefect sends has it (pydantic): `1`, `true`, `None`, `2024-01-01`. */
function keyText(key: YScalar): string {
  if (key.value === null) return 'None';
  return typeof key.value === 'string' ? key.value : pythonStr(key.value);
}

/** The most values a file may expand to (aliases included), and the deepest nesting. */
const MAX_VALUES = 500_000;
const MAX_DEPTH = 100;
/** YAML's (and PyYAML's) limit for a key written without `?`. */
const MAX_IMPLICIT_KEY = 1024;

/** A key written after `? ` (explicit): no length limit. */
function isExplicitKey(text: string, offset: number | undefined): boolean {
  if (offset === undefined) return false;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '?';
}

class BadYaml extends Error {
  constructor(
    readonly pos: Pos,
    message: string,
  ) {
    super(message);
  }
}

/** Python's `str()` of a scalar (`True`, `None`, `1.0`, `1e+16`): what `prefect deploy` writes where it makes text of a value. */
export function pythonStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pythonFloat(value);
  if (typeof value === 'string') return value;
  return pythonRepr(value);
}

/** Python's `repr()`: strings quoted, containers as Python writes them. */
export function pythonRepr(value: unknown): string {
  if (typeof value === 'string')
    return value.includes("'") && !value.includes('"')
      ? `"${value}"`
      : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`)
      .join(', ')}}`;
  return pythonStr(value);
}

/** Python's `str()` of a YAML scalar: a float keeps its `.0`. */
export function scalarStr(node: YScalar): string {
  return typeof node.value === 'number' ? pythonFloat(node.value, node.type !== 'float') : pythonStr(node.value);
}

/** An integer as Python writes it, or Python's float repr (`1.0`, `1e+16`, `1.5e-07`). */
function pythonFloat(n: number, integer = Number.isInteger(n)): string {
  if (integer && Number.isInteger(n)) return String(n);
  const [digits, exp] = n.toExponential().split('e');
  const e = Number(exp);
  if (e < -4 || e >= 16) return `${digits}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  const text = String(n);
  return text.includes('.') || text.includes('e') ? text : `${text}.0`;
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
