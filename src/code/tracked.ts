/**
 * The files the commit holds below a folder: `git ls-files`, run with an argument
 * list (no shell), its output bounded: what a checkout tracks cannot be told from the
 * working tree. (src/git.ts runs git for the history between two commits.)
 */
import { spawn } from 'node:child_process';
import { UsageError } from '../errors.js';
import { gitEnv } from '../git.js';

/** More output than this is not a repository's file list. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Paths relative to `root`, with `/` separators, as the index lists them. */
export function trackedFiles(root: string): Promise<string[]> {
  const env = gitEnv();
  const notCheckout = `code storage uploads the files the commit holds (git ls-files), and ${root} is not in a git checkout`;
  return new Promise((resolve, reject) => {
    // -z: names as they are, without quoting; fsmonitor off: nothing but git itself runs.
    const child = spawn('git', ['-c', 'core.fsmonitor=false', '-C', root, 'ls-files', '-z', '--cached'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let size = 0;
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      size += d.length;
      if (size > MAX_OUTPUT_BYTES) child.kill('SIGKILL');
      else out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString('utf8')).slice(-4000)));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        new UsageError(
          e.code === 'ENOENT'
            ? `${notCheckout}: git is not installed`
            : `code storage: git ls-files in ${root} failed: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (size > MAX_OUTPUT_BYTES)
        return reject(
          new UsageError(
            `code storage: git ls-files in ${root} lists more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB of names`,
          ),
        );
      const lines = err.trim().split('\n');
      const why = lines.find((l) => l.startsWith('fatal:')) ?? lines.pop() ?? '';
      if (code !== 0 && /not a git repository/i.test(err))
        return reject(
          new UsageError(`${notCheckout} (check it out with git, as actions/checkout does with git installed)`),
        );
      if (code !== 0)
        return reject(new UsageError(`code storage: git ls-files in ${root} failed (exit ${code}): ${why}`));
      resolve(Buffer.concat(out).toString('utf8').split('\0').filter(Boolean));
    });
  });
}
