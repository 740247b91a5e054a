/** Runs the committed bundles the way users and the Actions runner do: a copy without node_modules. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from './python.js';

let copy: string | undefined;

/** dist/ and action.yml copied away from node_modules, once per test file. */
export function distCopy(): string {
  if (!copy) {
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

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const r = spawnSync(process.execPath, [path.join(distCopy(), 'dist/cli/index.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function runAction(cwd: string, env: NodeJS.ProcessEnv): RunResult {
  const r = spawnSync(process.execPath, [path.join(distCopy(), 'dist/index.js')], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: cwd, ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The action without blocking this process, for tests that serve HTTP to it (GitHub's API). */
export function runActionAsync(cwd: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(distCopy(), 'dist/index.js')], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The CLI without blocking this process, for tests that serve HTTP to it. */
export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(distCopy(), 'dist/cli/index.js'), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
