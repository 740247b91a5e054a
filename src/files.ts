/** Deployments files named on the command line: paths, or globs (`*`, `?`, `**`) expanded here, not by a shell. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

const GLOB = /[*?]/;
/** Folders a glob never walks into. */
const SKIPPED = new Set(['.git', 'node_modules', '.venv']);

function globToRegExp(pattern: string): RegExp {
  let body = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      // `**/` is any number of folders, `**` at the end anything.
      body += pattern[i + 2] === '/' ? '(?:[^/]+/)*' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else body += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${body}$`);
}

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
