/**
 * The checkout's commit, branch and origin, read from .git without starting a git
 * process, from any folder inside the checkout (the nearest .git above it); and the
 * history between two commits, which only git can tell (run with an argument list, no shell).
 */
import { spawn } from 'node:child_process';
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

/** Variables that would make git read another repository or index than the checkout's own. */
export const GIT_REDIRECTS = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
];

/** The environment git runs with: this process's, without the redirects. */
export function gitEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !GIT_REDIRECTS.includes(k)));
}

/** More output than this is not an answer to the questions asked here. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** Runs git in `root` and gives its exit code and output; `code` is undefined when git could not start. */
function gitAnswer(root: string, args: string[]): Promise<{ code: number | undefined; stdout: string }> {
  return new Promise((resolve) => {
    // fsmonitor off and no signatures shown: nothing but git itself runs.
    const child = spawn('git', ['-c', 'core.fsmonitor=false', '-c', 'log.showSignature=false', '-C', root, ...args], {
      env: gitEnv(),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
      if (stdout.length > MAX_ANSWER_BYTES) child.kill('SIGKILL');
    });
    child.on('error', () => resolve({ code: undefined, stdout: '' }));
    child.on('close', (code) => resolve({ code: code ?? undefined, stdout }));
  });
}

/** A commit SHA as a version holds it (7 to 40 hex digits): safe to hand git, it cannot read as an option. */
export const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;

/** What the clone knows of a live commit against the one deployed (plan/rollback.ts classifies it). */
export type CommitAncestry =
  | { known: false; why: string }
  | {
      known: true;
      /** The deployed commit is an ancestor of the live one: deploying it undoes `undone`. */
      liveIsNewer: boolean;
      /** The live commit is an ancestor of the deployed one. */
      liveIsOlder: boolean;
      /** When the live commit is newer: `git log --format='%h %s' deployed..live` (the first `limit`), and the count. */
      undone?: { commits: string[]; total: number };
    };

/**
 * Where `live` stands against `deployed` in the history of the checkout at `root`
 * (git merge-base --is-ancestor both ways), and the commits a rollback undoes (at most
 * `limit` listed). A live commit the clone does not hold, or a shallow clone that
 * cannot see the link, is unknown: never guessed. Undefined where there is no history
 * to ask: no git checkout, or one that does not hold the deployed commit.
 */
export async function commitAncestry(
  root: string,
  deployed: string,
  live: string,
  limit: number,
): Promise<CommitAncestry | undefined> {
  if (!COMMIT_SHA.test(deployed) || !COMMIT_SHA.test(live)) return undefined;
  const has = async (sha: string) => (await gitAnswer(root, ['cat-file', '-e', `${sha}^{commit}`])).code === 0;
  const [hasDeployed, hasLive] = await Promise.all([has(deployed), has(live)]);
  // No git, or a --sha the clone does not hold: there is no history to place anything in.
  if (!hasDeployed) return undefined;
  if (!hasLive) {
    const shallow = (await gitAnswer(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim();
    const hint = shallow === 'true' ? ' (a shallow clone: fetch the whole history, fetch-depth: 0)' : '';
    return { known: false, why: `commit ${live.slice(0, 12)} is not in this clone${hint}` };
  }
  const isAncestor = async (a: string, b: string) =>
    (await gitAnswer(root, ['merge-base', '--is-ancestor', a, b])).code;
  const [newer, older] = await Promise.all([isAncestor(deployed, live), isAncestor(live, deployed)]);
  if ((newer !== 0 && newer !== 1) || (older !== 0 && older !== 1))
    return { known: false, why: `git merge-base failed at ${root}` };
  if (newer === 1 && older === 1) {
    // A shallow clone cuts history: commits without a common ancestor in it may have one.
    const shallow = (await gitAnswer(root, ['rev-parse', '--is-shallow-repository'])).stdout.trim();
    if (shallow === 'true')
      return {
        known: false,
        why: 'this clone is shallow: its history may not reach their common ancestor (fetch-depth: 0)',
      };
  }
  if (newer !== 0) return { known: true, liveIsNewer: false, liveIsOlder: older === 0 };
  const range = `${deployed}..${live}`;
  const [log, count] = await Promise.all([
    gitAnswer(root, ['log', '--no-decorate', '--format=%h %s', '-n', String(limit), range, '--']),
    gitAnswer(root, ['rev-list', '--count', range, '--']),
  ]);
  const commits = log.stdout.split('\n').filter((l) => l.trim() !== '');
  const total = Number(count.stdout.trim());
  return {
    known: true,
    liveIsNewer: true,
    liveIsOlder: false,
    undone: { commits, total: Number.isInteger(total) && total >= commits.length ? total : commits.length },
  };
}
