/**
 * The checkout's commit, branch and origin, read from .git without starting a git
 * process, from any folder inside the checkout (the nearest .git above it).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The checkout that holds `dir`: its top folder, and its git directory (`.git`, or where a worktree's `.git` file points). */
export function checkoutOf(dir: string): { top: string; gitDir: string } | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const dotGit = path.join(d, '.git');
    const stat = statSync(dotGit, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return { top: d, gitDir: dotGit };
    if (stat?.isFile()) {
      const pointer = readOptional(dotGit)?.trim();
      if (pointer?.startsWith('gitdir:')) return { top: d, gitDir: path.resolve(d, pointer.slice(7).trim()) };
    }
    if (path.dirname(d) === d) return undefined;
  }
}

function gitDirOf(dir: string): string | undefined {
  return checkoutOf(dir)?.gitDir;
}

export function headCommit(root: string): string | undefined {
  const gitDir = gitDirOf(root);
  return gitDir ? commitIn(gitDir) : undefined;
}

function commitIn(gitDir: string): string | undefined {
  try {
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return undefined;
    // Worktrees keep refs in the common directory.
    const common = readOptional(path.join(gitDir, 'commondir'));
    const dirs = [gitDir, ...(common ? [path.resolve(gitDir, common.trim())] : [])];
    for (const dir of dirs) {
      const loose = readOptional(path.join(dir, ref))?.trim();
      if (loose && /^[0-9a-f]{40}$/.test(loose)) return loose;
      const packed = readOptional(path.join(dir, 'packed-refs'));
      const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
      if (line) return line.slice(0, 40);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function readOptional(p: string): string | undefined {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

/** Where a missing commit SHA could come from, for the message: a repository without commits says so. */
export function missingShaHint(root: string): string {
  if (checkoutOf(root) && !headCommit(root)) return 'this repository has no commits yet: commit, or pass --sha';
  return 'pass --sha, set GITHUB_SHA, or run inside a git checkout';
}

/** The checked-out branch name, when HEAD is on a branch. */
export function headBranch(root: string): string | undefined {
  const gitDir = gitDirOf(root);
  const head = gitDir && readOptional(path.join(gitDir, 'HEAD'))?.trim();
  return head?.startsWith('ref: refs/heads/') ? head.slice('ref: refs/heads/'.length) : undefined;
}

/** `owner/name` and a web URL from the `origin` remote, when it is a GitHub-style URL. */
export function originRepository(root: string): { repository: string; url: string } | undefined {
  const gitDir = gitDirOf(root);
  // A worktree keeps its configuration in the common directory.
  const common = gitDir && readOptional(path.join(gitDir, 'commondir'))?.trim();
  const config = gitDir && readOptional(path.join(common ? path.resolve(gitDir, common) : gitDir, 'config'));
  const m = config && /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
  if (!m) return undefined;
  const remote = m[1];
  const parsed = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)([^/:]+)[/:](.+?)(?:\.git)?\/?$/.exec(remote);
  if (!parsed) return undefined;
  return { repository: parsed[2], url: `https://${parsed[1]}/${parsed[2]}` };
}
