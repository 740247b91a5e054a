/**
 * The repository's files that go to code storage: everything under the root except
 * `.git`, and except what `.prefectignore` ignores (the file Prefect's own push steps
 * read), else what the `.gitignore` files ignore. Symbolic links are uploaded only
 * as files inside the repository: a link out of it is never followed.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface CodeFile {
  /** Relative to the root, with forward slashes: the object key below the commit's folder. */
  path: string;
  abs: string;
  size: number;
}

export interface CodeFiles {
  files: CodeFile[];
  /** Which rules chose them: `.prefectignore`, `.gitignore`, or none. */
  rules: '.prefectignore' | '.gitignore' | 'none';
  /** Links that lead out of the repository (or to a directory): not uploaded. */
  skippedLinks: string[];
}

interface Rules {
  /** The ignore rules of a directory (relative path, '' for the root), outermost first. */
  at(dir: string): { base: string; ig: Ignore }[];
}

export function codeFiles(root: string): CodeFiles {
  const prefectIgnore = path.join(root, '.prefectignore');
  const files: CodeFile[] = [];
  const skippedLinks: string[] = [];
  let rules: CodeFiles['rules'];
  let lookup: Rules;
  if (existsSync(prefectIgnore)) {
    // Prefect reads only the root's .prefectignore, each line stripped.
    const ig = ignore().add(readFileSync(prefectIgnore, 'utf8').split(/\r?\n/).map((l) => l.trim()));
    rules = '.prefectignore';
    lookup = { at: () => [{ base: '', ig }] };
  } else {
    // Git reads a .gitignore in every directory; a pattern is relative to its own.
    const byDir = new Map<string, Ignore | undefined>();
    const own = (dir: string) => {
      if (!byDir.has(dir)) {
        const file = path.join(root, dir, '.gitignore');
        byDir.set(dir, existsSync(file) ? ignore().add(readFileSync(file, 'utf8')) : undefined);
      }
      return byDir.get(dir);
    };
    rules = own('') ? '.gitignore' : 'none';
    lookup = {
      at: (dir) => {
        const dirs = [''];
        if (dir) dir.split('/').forEach((_, i, parts) => dirs.push(parts.slice(0, i + 1).join('/')));
        return dirs.flatMap((d) => {
          const ig = own(d);
          if (ig) rules = '.gitignore';
          return ig ? [{ base: d, ig }] : [];
        });
      },
    };
  }
  const ignored = (rel: string, dir: string, isDir: boolean) =>
    lookup.at(dir).some(({ base, ig }) => ig.ignores((base ? rel.slice(base.length + 1) : rel) + (isDir ? '/' : '')));
  const realRoot = realpathSync(root);
  const walk = (dir: string) => {
    const entries = readdirSync(path.join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name === '.git') continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      const abs = path.join(root, rel);
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          skippedLinks.push(rel);
          continue;
        }
        if (!target.startsWith(realRoot + path.sep) || !statSync(target).isFile()) {
          skippedLinks.push(rel);
          continue;
        }
        if (ignored(rel, dir, false)) continue;
        files.push({ path: rel, abs, size: statSync(target).size });
      } else if (entry.isDirectory()) {
        if (!ignored(rel, dir, true)) walk(rel);
      } else if (entry.isFile() && !ignored(rel, dir, false)) {
        files.push({ path: rel, abs, size: lstatSync(abs).size });
      }
    }
  };
  walk('');
  return { files, rules, skippedLinks };
}
