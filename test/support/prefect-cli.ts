/**
 * The pinned `prefect` CLI run many times by one test file, without paying Python's imports
 * each time (about 2 s of CPU a run): test/python/prefect_cli_forks.py imports what
 * `prefect deploy` needs once, then runs the CLI's own entry point in a fork per call, with
 * the arguments, folder and environment a `prefect` process would get. Runs are one at a time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot, venvBin } from './python.js';

export interface CliRun {
  status: number | null;
  /** stdout and stderr, as written. */
  output: string;
}

export interface PrefectCli {
  /** `prefect ARGS` in `cwd`; `env` adds variables to the shared ones (none of Prefect's own settings). */
  run(args: string[], cwd: string, env?: Record<string, string>): Promise<CliRun>;
  stop(): void;
}

/** A CLI whose runs all get `env` (PATH, HOME, PREFECT_API_URL, ...: the whole environment). */
export function prefectCli(venv: string, env: Record<string, string | undefined>): PrefectCli {
  const script = venvBin('prefect', venv);
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-prefect-cli-'));
  const child = spawn(venvBin('python', venv), [path.join(repoRoot, 'test/python/prefect_cli_forks.py'), script], {
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
    // A group of its own, with its forks: a hung run is ended with it.
    detached: true,
  });
  const end = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let queue: Promise<unknown> = Promise.resolve();
  let runs = 0;

  const runOne = async (args: string[], cwd: string, extra: Record<string, string>): Promise<CliRun> => {
    const settings = Object.keys(extra).filter((k) => k.startsWith('PREFECT_'));
    // Prefect's settings must be the ones the shared imports saw: per run, only other variables.
    if (settings.length) throw new Error(`prefectCli: ${settings.join(', ')} must be set for every run`);
    const output = path.join(dir, `run-${++runs}.log`);
    child.stdin.write(`${JSON.stringify({ args, cwd, env: extra, output })}\n`);
    // As spawnSync's timeout did: a run that hangs fails the test (the forks' process is ended).
    const timer = setTimeout(end, 300_000);
    const answer = await answers.next().finally(() => clearTimeout(timer));
    if (answer.done) throw new Error(`prefect_cli_forks.py exited (${child.exitCode}):\n${stderr.slice(-3000)}`);
    const { status } = JSON.parse(answer.value) as { status: number | null };
    return { status, output: readFileSync(output, 'utf8') };
  };
  return {
    run(args, cwd, extra = {}) {
      const result = queue.then(() => runOne(args, cwd, extra));
      queue = result.catch(() => undefined);
      return result;
    },
    stop() {
      child.stdin.end();
      end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
