/**
 * Deployments files named on the command line: paths, or globs (`*`, `?`, `**`) expanded
 * here, not by a shell. A glob's walk starts at its fixed folder, never follows a link
 * (nor a linked fixed folder), goes only as deep as the pattern can match, and stops
 * with an error past a bounded number of entries.
 */
import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { globToRegExp } from './glob.js';

const GLOB = /[*?]/;
/** Folders a glob never walks into. */
const SKIPPED = new Set(['.git', 'node_modules', '.venv']);

export interface GlobLimits {
  /** Entries a glob may look at below its fixed folder: more means the pattern is too broad. */
  entries: number;
}

export const GLOB_LIMITS: GlobLimits = { entries: 100_000 };

/** Files below `dir` at most `depth` parts down; links are neither followed nor matched. */
function walk(dir: string, depth: number, limit: number, tooMany: () => never): string[] {
  const out: string[] = [];
  const pending: [string, number][] = [[dir, 1]];
  let seen = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [folder, level] = next;
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      // A folder that does not exist (or cannot be read) matches nothing.
      continue;
    }
    for (const entry of entries) {
      if (++seen > limit) tooMany();
      const abs = path.join(folder, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name) && level < depth) pending.push([abs, level + 1]);
      else if (entry.isFile()) out.push(abs);
    }
  }
  return out;
}

/** The first part of `dir`, below what it shares with `cwd`, that is a symbolic link. */
function linkedPart(dir: string, cwd: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  const shared = cwd.split(path.sep).filter(Boolean);
  let common = 0;
  while (common < parts.length && common < shared.length && parts[common] === shared[common]) common++;
  for (let i = common; i < parts.length; i++) {
    const p = `/${parts.slice(0, i + 1).join('/')}`;
    const st = lstatSync(p, { throwIfNoEntry: false });
    if (!st) return undefined;
    if (st.isSymbolicLink()) return path.relative(cwd, p) || p;
  }
  return undefined;
}

/** Each pattern's files: a path as given, a glob's matches (absolute, sorted); a glob that matches nothing is an error. */
export function expandFiles(patterns: string[], cwd: string, limits: GlobLimits = GLOB_LIMITS): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    // A path is kept as given: messages show it as the user wrote it.
    if (!GLOB.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const absolute = path.resolve(cwd, pattern).split(path.sep).join('/');
    const fixed = absolute.slice(0, absolute.search(GLOB)).replace(/[^/]*$/, '') || '/';
    const link = linkedPart(fixed, path.resolve(cwd));
    if (link)
      throw new UsageError(
        `--file '${pattern}': ${link} is a symbolic link; a glob does not follow links (name the folder it points to)`,
      );
    const rest = absolute.slice(fixed.length);
    const depth = rest.includes('**') ? Infinity : rest.split('/').length;
    const tooMany = (): never => {
      throw new UsageError(
        `--file '${pattern}' walks more than ${limits.entries} entries below ${fixed.replace(/(.)\/$/, '$1')}: name a narrower pattern`,
      );
    };
    const re = globToRegExp(absolute);
    const matched = walk(fixed, depth, limits.entries, tooMany)
      .filter((f) => re.test(f.split(path.sep).join('/')))
      .sort();
    if (!matched.length) throw new UsageError(`--file '${pattern}' matches no file`);
    files.push(...matched);
  }
  return [...new Set(files)];
}
