/** Throwaway flow repositories for tests: the examples' flows plus a deployments file. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './python.js';

/** A folder holding exactly these files (no flows copied). */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ped-tree-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/**
 * Copies a folder of this checkout into a test's repository, without Python's bytecode caches: a
 * developer who ran examples/flows has them there, and a fixture repository commits what it holds.
 */
export function copyTree(from: string, to: string): void {
  cpSync(from, to, { recursive: true, filter: (source) => path.basename(source) !== '__pycache__' });
}

export function makeRepo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-repo-'));
  copyTree(path.join(repoRoot, 'examples/flows'), path.join(dir, 'flows'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Commits everything in `root` (a new repository the first time): code storage uploads what the commit holds. */
export function commitAll(root: string, message = 'fixture'): string {
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
  if (!existsSync(path.join(root, '.git'))) git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', message, '--allow-empty');
  return git('rev-parse', 'HEAD');
}
