/**
 * A real Prefect process worker (.venv-worker) polling a pool of a test server: what runs the
 * flow runs a test starts. Its output goes to a file: a pipe nobody drains would block it.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { venvBin } from './python.js';
import type { RunningServer } from './server.js';

export interface ProcessWorker {
  /** The end of what the worker printed, for a failing assertion's message. */
  log: () => string;
  stop: () => Promise<void>;
}

export function startProcessWorker(server: RunningServer, pool: string, cwd: string): ProcessWorker {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ped-worker-')), 'worker.log');
  const out = openSync(file, 'w');
  const worker = spawn(venvBin('prefect', '.venv-worker'), ['worker', 'start', '--pool', pool], {
    cwd,
    stdio: ['ignore', out, out],
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PREFECT_API_URL: server.apiUrl,
      PREFECT_HOME: server.home,
      PREFECT_WORKER_QUERY_SECONDS: '1',
      DO_NOT_TRACK: '1',
    },
  });
  closeSync(out);
  return {
    log: () => readFileSync(file, 'utf8').slice(-3000),
    stop: async () => {
      if (worker.exitCode !== null || worker.signalCode !== null) return;
      const exited = new Promise((r) => worker.once('exit', r));
      worker.kill('SIGTERM');
      await exited;
    },
  };
}
