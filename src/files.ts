/** Deployments files named on the command line: paths, or globs (`*`, `?`, `**`) expanded here, not by a shell. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { globToRegExp } from './glob.js';

const GLOB = /[*?]/;
/** Folders a glob never walks into. */
const SKIPPED = new Set(['.git', 'node_modules', '.venv']);

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(path.join(dir, entry.name), out);
    else if (entry.isFile()) out.push(path.join(dir, entry.name));
  }
}

/** Each pattern's files: a path as given, a glob's matches (absolute, sorted); a glob that matches nothing is an error. */
export function expandFiles(patterns: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    // A path is kept as given: messages show it as the user wrote it.
    if (!GLOB.test(pattern)) {
      files.push(pattern);
      continue;
    }
    const absolute = path.resolve(cwd, pattern).split(path.sep).join('/');
    const fixed = absolute.slice(0, absolute.search(GLOB)).replace(/[^/]*$/, '');
    const found: string[] = [];
    try {
      walk(fixed || '/', found);
    } catch {
      // A folder that does not exist matches nothing.
    }
    const re = globToRegExp(absolute);
    const matched = found.filter((f) => re.test(f.split(path.sep).join('/'))).sort();
    if (!matched.length) throw new UsageError(`--file '${pattern}' matches no file`);
    files.push(...matched);
  }
  return [...new Set(files)];
}
