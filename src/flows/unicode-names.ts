/**
 * Unicode character names for Python's `\N{...}` escapes (case-insensitive; names,
 * aliases, and the algorithmic CJK / Hangul / ideograph names), from the tables of
 * the `unicode-name` package. Loaded on first use only: few sources have `\N{`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Tables {
  NAMES: Record<string, string>;
  ALIASES: Record<string, Record<string, string[]>>;
  CP_RANGES: Record<string, [number, number][]>;
  JAMO: { INITIAL: string[]; MEDIAL: string[]; FINAL: string[] };
  REPLACE_BASE: number;
  COMMON_WORDS: string[];
}

let names: { byName: Map<string, number>; tables: Tables } | undefined;

/** The code point a name gives, or undefined for a name Python does not know. */
export function lookupName(name: string): number | undefined {
  const { byName, tables } = load();
  const key = name.toUpperCase();
  const direct = byName.get(key);
  if (direct !== undefined) return direct;
  for (const [prefix, ranges] of Object.entries(tables.CP_RANGES)) {
    if (!key.startsWith(prefix) || !/^[0-9A-F]{4,6}$/.test(key.slice(prefix.length))) continue;
    const cp = parseInt(key.slice(prefix.length), 16);
    if (ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) return cp;
  }
  const hangul = /^HANGUL SYLLABLE ([A-Z]+)$/.exec(key);
  if (hangul) return hangulSyllable(hangul[1], tables.JAMO);
  return undefined;
}

function hangulSyllable(syllable: string, jamo: Tables['JAMO']): number | undefined {
  for (let i = 0; i < jamo.INITIAL.length; i++) {
    if (!syllable.startsWith(jamo.INITIAL[i])) continue;
    const afterInitial = syllable.slice(jamo.INITIAL[i].length);
    for (let m = 0; m < jamo.MEDIAL.length; m++) {
      if (!afterInitial.startsWith(jamo.MEDIAL[m])) continue;
      const f = jamo.FINAL.indexOf(afterInitial.slice(jamo.MEDIAL[m].length));
      if (f >= 0) return 0xac00 + (i * jamo.MEDIAL.length + m) * jamo.FINAL.length + f;
    }
  }
  return undefined;
}

function load(): NonNullable<typeof names> {
  if (names) return names;
  // Beside the bundle (dist/), else the installed package's.
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), 'unicode-names.js');
  const file = existsSync(beside)
    ? beside
    : path.join(path.dirname(createRequire(import.meta.url).resolve('unicode-name')), 'name.js');
  const text = readFileSync(file, 'utf8');
  const tables = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as Tables;
  const byName = new Map<string, number>();
  const words = tables.COMMON_WORDS;
  for (const [char, packed] of Object.entries(tables.NAMES)) {
    let name = '';
    for (const c of packed) {
      const code = c.codePointAt(0)!;
      name += code < tables.REPLACE_BASE ? c : `${words[code - tables.REPLACE_BASE]} `;
    }
    byName.set(name.trim(), char.codePointAt(0)!);
  }
  for (const [char, kinds] of Object.entries(tables.ALIASES)) {
    for (const list of Object.values(kinds))
      for (const alias of list) if (!byName.has(alias)) byName.set(alias, char.codePointAt(0)!);
  }
  names = { byName, tables };
  return names;
}
