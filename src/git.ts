/** The checked-out commit, read from .git without starting a git process. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function headCommit(root: string): string | undefined {
  try {
    let gitDir = path.join(root, '.git');
    const dotGit = readFileSync(gitDir, 'utf8').trim();
    if (dotGit.startsWith('gitdir:')) gitDir = path.resolve(root, dotGit.slice(7).trim());
    return commitIn(gitDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') return commitIn(path.join(root, '.git'));
    return undefined;
  }
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

/** The checked-out branch name, when HEAD is on a branch. */
export function headBranch(root: string): string | undefined {
  const head = readOptional(path.join(root, '.git', 'HEAD'))?.trim();
  return head?.startsWith('ref: refs/heads/') ? head.slice('ref: refs/heads/'.length) : undefined;
}

/** `owner/name` and a web URL from the `origin` remote, when it is a GitHub-style URL. */
export function originRepository(root: string): { repository: string; url: string } | undefined {
  const config = readOptional(path.join(root, '.git', 'config'));
  const m = config && /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
  if (!m) return undefined;
  const remote = m[1];
  const parsed = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)([^/:]+)[/:](.+?)(?:\.git)?\/?$/.exec(remote);
  if (!parsed) return undefined;
  return { repository: parsed[2], url: `https://${parsed[1]}/${parsed[2]}` };
}
