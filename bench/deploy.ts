/**
 * Registration speed on a real local Prefect server: 200 deployments over 50 flow
 * files, deployed cold and again with nothing changed, and the pinned
 * `prefect deploy --all` on the same 200 definitions (on a fresh server).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPrefectServer } from '../test/support/server.js';
import { venvBin } from '../test/support/python.js';
import { generateRepo } from './generate.js';

const N = Number(process.env.N ?? 200);
const FILES = Number(process.env.FILES ?? N / 4);
const cli = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-bench-')), N, FILES);
const sha = 'b'.repeat(40);

function timed(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: repo,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0)
    throw new Error(`${label} failed (${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  console.log(`${label}: ${(ms / 1000).toFixed(2)} s`);
  return ms;
}

const ours = await startPrefectServer();
await ours.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
const env = { PREFECT_API_URL: ours.apiUrl };
const cold = timed(
  `prefect-ecr-deploy deploy, ${N} deployments, cold`,
  process.execPath,
  [cli, 'deploy', '--env', 'bench', '--sha', sha, '--json'],
  env,
);
const noop = timed(
  `prefect-ecr-deploy deploy, ${N} deployments, nothing changed`,
  process.execPath,
  [cli, 'deploy', '--env', 'bench', '--sha', sha, '--json'],
  env,
);
await ours.stop();

let theirs: number | undefined;
if (process.env.SKIP_PREFECT !== '1') {
  const server = await startPrefectServer();
  await server.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
  // The same definitions as a prefect.yaml (schedule -> schedules list).
  const ours = readFileSync(path.join(repo, 'prefect-deployments-bench.yaml'), 'utf8');
  writeFileSync(
    path.join(repo, 'prefect.yaml'),
    'name: bench\npull:\n  - prefect.deployments.steps.set_working_directory: {directory: /opt/prefect}\n' +
      ours.replace(/ {4}schedule: (\{.*\})/g, '    schedules: [$1]'),
  );
  theirs = timed(
    `prefect deploy --all (pinned Prefect), ${N} deployments`,
    venvBin('prefect'),
    ['--no-prompt', 'deploy', '--all'],
    {
      PREFECT_API_URL: server.apiUrl,
      PREFECT_HOME: server.home,
      DO_NOT_TRACK: '1',
      PREFECT_LOGGING_LEVEL: 'WARNING',
    },
  );
  await server.stop();
}
console.log(
  `\nN=${N}: cold ${(cold / 1000).toFixed(2)} s, no-op ${(noop / 1000).toFixed(2)} s` +
    (theirs
      ? `, prefect deploy --all ${(theirs / 1000).toFixed(2)} s: ${(theirs / cold).toFixed(1)}x slower than ours cold`
      : ''),
);
