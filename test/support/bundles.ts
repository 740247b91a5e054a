/** Runs the committed bundles the way users and the Actions runner do: a copy without node_modules. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { distStale } from '../../scripts/dist-stamp.js';
import { runnerInputs } from './action-inputs.js';
import { repoRoot } from './python.js';

let copy: string | undefined;

/** dist/ copied away from node_modules, once per test file; a dist/ older than src/ is refused, not tested. */
export function distCopy(): string {
  if (!copy) {
    const stale = distStale();
    if (stale) throw new Error(`${stale}: run npm run bundle (scripts/test.sh does when needed)`);
    copy = mkdtempSync(path.join(tmpdir(), 'ped-dist-'));
    cpSync(path.join(repoRoot, 'dist'), path.join(copy, 'dist'), { recursive: true });
  }
  return copy;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const CLI = 'dist/cli/index.js';
const ACTION = 'dist/index.js';
const POST = 'dist/post/index.js';

function baseEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
}

export interface RunOptions {
  /** Kill the run after this long (its status is then null): for inputs that could hang. */
  timeoutMs?: number;
  /** Node's heap limit, so that a memory blow-up fails fast instead of swapping. */
  maxOldSpaceMb?: number;
}

function runSync(
  bundle: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  options: RunOptions = {},
): RunResult {
  const node = options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [];
  const r = spawnSync(process.execPath, [...node, path.join(distCopy(), bundle), ...args], {
    cwd,
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: options.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A started run: its process (to signal it) and its end. */
export interface StartedRun {
  child: ChildProcess;
  done: Promise<RunResult>;
}

function start(bundle: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): StartedRun {
  const child = spawn(process.execPath, [path.join(distCopy(), bundle), ...args], { cwd, env: baseEnv(env) });
  const done = new Promise<RunResult>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return { child, done };
}

/** Without blocking this process: for tests that serve HTTP to the child (GitHub's API, a fault proxy). */
const runAsync = (bundle: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) =>
  start(bundle, args, cwd, env).done;

export const runCli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, options: RunOptions = {}) =>
  runSync(CLI, args, cwd, env, options);
export const runCliAsync = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => runAsync(CLI, args, cwd, env);
/**
 * The action's environment as the runner gives it: every input with a default in action.yml
 * (INPUT_*, named as the runner names them), then the test's own variables over them.
 * No test starts the action, or its post step, with fewer inputs than GitHub gives.
 */
const asRunner = (cwd: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  GITHUB_WORKSPACE: cwd,
  ...runnerInputs(),
  ...env,
});
export const runAction = (cwd: string, env: NodeJS.ProcessEnv) => runSync(ACTION, [], cwd, asRunner(cwd, env));
/** The action's post step, as the runner runs it after the job (its saved state in STATE_* variables). */
export const runPost = (cwd: string, env: NodeJS.ProcessEnv) => runSync(POST, [], cwd, asRunner(cwd, env));
export const runActionAsync = (cwd: string, env: NodeJS.ProcessEnv) => runAsync(ACTION, [], cwd, asRunner(cwd, env));
/** Runs that a test signals while they work. */
export const startCli = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) => start(CLI, args, cwd, env);
export const startAction = (cwd: string, env: NodeJS.ProcessEnv) => start(ACTION, [], cwd, asRunner(cwd, env));
