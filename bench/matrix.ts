/**
 * `npm run bench`: the benchmark matrix on real local Prefect servers (the pinned
 * version). For N = 50, 200, 1000 deployments over N/4 flow files: validate only,
 * deploy cold (a fresh server each run), deploy with nothing changed, and the floor
 * (the same request bodies sent as bare HTTP at the same concurrency, no
 * validation); for N = 50 and 200 the pinned `prefect deploy --all`; for N = 50 the
 * wrapper approach (one `prefect deploy -n` process per deployment). Median of 3,
 * ratios to ours, peak memory. Then start-up to the first API request, and bundle
 * sizes. Writes bench/results.json and prints the markdown table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runValidate } from '../src/commands/validate.js';
import { deploymentBody } from '../src/prefect/payloads.js';
import { capabilitiesFor } from '../src/prefect/capabilities.js';
import { buildDesired } from '../src/plan/desired.js';
import { mapBounded } from '../src/plan/apply.js';
import { startPrefectServer, type RunningServer } from '../test/support/server.js';
import { venvBin } from '../test/support/python.js';
import { settingsFor } from '../test/support/settings.js';
import { generateRepo } from './generate.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli/index.js');
const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '50,200,1000').split(',').map(Number);
const SHA = 'b'.repeat(40);
const CONCURRENCY = 8;

interface Timing {
  seconds: number;
  peakMB?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time and peak RSS of a command (GNU time). */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Timing {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8', maxBuffer: 512 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-1500)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, peakMB: Number.isFinite(kb) ? kb / 1024 : undefined };
}

async function freshServer(): Promise<RunningServer> {
  const s = await startPrefectServer();
  await s.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
  return s;
}

/** The floor: the request bodies ours would send, as bare HTTP at the same concurrency. */
async function floor(repo: string, apiUrl: string, concurrency: number): Promise<Timing> {
  const settings = settingsFor(repo, ['deploy', '--env', 'bench', '--sha', SHA]);
  const validated = runValidate(settings).validated;
  const { desired } = buildDesired(validated, { sha: SHA, environment: 'bench', versionType: 'vcs:git', workdir: '/opt/prefect', root: repo, imageConfigured: false, variables: {}, blocks: {}, shellOutputs: new Map(), enforceParameterSchemaDefault: true });
  const caps = capabilitiesFor('3.8.8');
  const post = async (route: string, body: unknown): Promise<{ id: string }> => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      // SQLite answers 503 to concurrent writes, and uvicorn closes idle sockets: retry after 20 ms.
      const r = await fetch(apiUrl + route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
      if (r?.ok) return (await r.json()) as { id: string };
      if (r && r.status !== 503) throw new Error(`${route}: ${r.status}`);
      await new Promise((res) => setTimeout(res, 20));
    }
    throw new Error(`${route}: no answer in 120 s`);
  };
  const start = process.hrtime.bigint();
  const flows = new Map<string, string>();
  await mapBounded([...new Set(desired.map((d) => d.state.flowName))], concurrency, async (name) => {
    flows.set(name, (await post('/flows/', { name })).id);
  });
  await mapBounded(desired, concurrency, (d) => post('/deployments/', deploymentBody(d, flows.get(d.state.flowName)!, caps, [])));
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

/** A prefect.yaml with the same definitions. */
function writePrefectYaml(repo: string) {
  const ours = readFileSync(path.join(repo, 'prefect-deployments-bench.yaml'), 'utf8');
  writeFileSync(
    path.join(repo, 'prefect.yaml'),
    'name: bench\npull:\n  - prefect.deployments.steps.set_working_directory: {directory: /opt/prefect}\n' + ours.replace(/ {4}schedule: (\{.*\})/g, '    schedules: [$1]'),
  );
}

const prefectEnv = (s: RunningServer) => ({ PREFECT_API_URL: s.apiUrl, PREFECT_HOME: s.home, DO_NOT_TRACK: '1', PREFECT_LOGGING_LEVEL: 'WARNING' });

async function startupToFirstRequest(args: string[], bundle: string, env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  let first: bigint | undefined;
  const server = createServer((_req, res) => {
    first ??= process.hrtime.bigint();
    res.writeHead(503).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [bundle, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, PREFECT_API_URL: url, ...env }, stdio: 'ignore' });
  while (first === undefined) await new Promise((r) => setTimeout(r, 1));
  child.kill();
  server.close();
  server.closeAllConnections();
  return Number(first - start) / 1e6;
}

const results: Record<string, unknown> = { machine: `${spawnSync('nproc').stdout.toString().trim()} cores, node ${process.version}, Prefect 3.8.8 (SQLite)`, runs: RUNS, sizes: {} };

for (const n of SIZES) {
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), `ped-matrix-${n}-`)), n, Math.round(n / 4));
  const row: Record<string, Timing | undefined> = {};
  const collect = async (label: string, fn: () => Promise<Timing> | Timing) => {
    const runs: Timing[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await fn());
    row[label] = { seconds: median(runs.map((r) => r.seconds)), peakMB: runs[0].peakMB === undefined ? undefined : Math.max(...runs.map((r) => r.peakMB!)) };
    console.error(`N=${n} ${label}: ${row[label]!.seconds.toFixed(2)} s${row[label]!.peakMB ? `, ${row[label]!.peakMB!.toFixed(0)} MB` : ''}`);
  };

  await collect('validate', () => timed(process.execPath, [cli, 'validate', '--env', 'bench'], repo, {}));
  await collect('cold', async () => {
    const s = await freshServer();
    try {
      return timed(process.execPath, [cli, 'deploy', '--env', 'bench', '--sha', SHA, '--json'], repo, { PREFECT_API_URL: s.apiUrl });
    } finally {
      await s.stop();
    }
  });
  const warm = await freshServer();
  timed(process.execPath, [cli, 'deploy', '--env', 'bench', '--sha', SHA, '--json'], repo, { PREFECT_API_URL: warm.apiUrl });
  await collect('no-op', () => timed(process.execPath, [cli, 'deploy', '--env', 'bench', '--sha', SHA, '--json'], repo, { PREFECT_API_URL: warm.apiUrl }));
  await warm.stop();
  // Eight bare writers only at N=50: against SQLite they mostly collect 503s (minutes at larger N).
  for (const [label, c] of (n <= 50 ? [['floor', CONCURRENCY], ['floor, sequential', 1]] : [['floor, sequential', 1]]) as [string, number][]) {
    await collect(label, async () => {
      const s = await freshServer();
      try {
        return await floor(repo, s.apiUrl, c);
      } finally {
        await s.stop();
      }
    });
  }
  if (n <= 200 && process.env.SKIP_PREFECT !== '1') {
    writePrefectYaml(repo);
    await collect('prefect deploy --all', async () => {
      const s = await freshServer();
      try {
        return timed(venvBin('prefect'), ['--no-prompt', 'deploy', '--all'], repo, prefectEnv(s));
      } finally {
        await s.stop();
      }
    });
  }
  if (n <= 50 && process.env.SKIP_PREFECT !== '1') {
    await collect('wrapper (a prefect process per deployment)', async () => {
      const s = await freshServer();
      try {
        const start = process.hrtime.bigint();
        let peak = 0;
        for (let d = 0; d < n; d++) peak = Math.max(peak, timed(venvBin('prefect'), ['--no-prompt', 'deploy', '--name', `deployment-${d}`], repo, prefectEnv(s)).peakMB ?? 0);
        return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMB: peak };
      } finally {
        await s.stop();
      }
    });
  }
  (results.sizes as Record<string, unknown>)[n] = row;
}

// One at a time: parallel probes would measure the two cores' contention instead.
const probes = async (args: string[], bundle: string, env: NodeJS.ProcessEnv) => {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await startupToFirstRequest(args, bundle, env, path.join(root, 'examples')));
  return median(times);
};
const startup = {
  cli: await probes(['plan', '--env', 'dev', '--sha', SHA], cli, {}),
  action: await probes([], path.join(root, 'dist/index.js'), {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/dev',
    GITHUB_SHA: SHA,
    'INPUT_SKIP-IMAGE': 'true',
    INPUT_ENVIRONMENTS: 'dev=dev',
    GITHUB_WORKSPACE: path.join(root, 'examples'),
  }),
};
const bundles = Object.fromEntries(['dist/index.js', 'dist/cli/index.js'].map((f) => [f, Math.round(statSync(path.join(root, f)).size / 1024)]));
Object.assign(results, { startupMs: startup, bundleKB: bundles });
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

// The table.
const fmt = (t?: Timing) => (t ? `${t.seconds.toFixed(2)} s` : '—');
const ratio = (t?: Timing, ours?: Timing) => (t && ours ? ` (${(t.seconds / ours.seconds).toFixed(1)}x)` : '');
console.log('| N | validate | deploy cold | deploy no-op | floor, 8 in flight | floor, sequential | prefect deploy --all | wrapper | peak memory (ours) |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [n, row] of Object.entries(results.sizes as Record<string, Record<string, Timing>>)) {
  console.log(
    `| ${n} | ${fmt(row.validate)} | ${fmt(row.cold)} | ${fmt(row['no-op'])} | ${fmt(row.floor)}${ratio(row.floor, row.cold)} | ${fmt(row['floor, sequential'])}${ratio(row['floor, sequential'], row.cold)} | ${fmt(row['prefect deploy --all'])}${ratio(row['prefect deploy --all'], row.cold)} | ${fmt(row['wrapper (a prefect process per deployment)'])}${ratio(row['wrapper (a prefect process per deployment)'], row.cold)} | ${Math.max(row.validate?.peakMB ?? 0, row.cold?.peakMB ?? 0, row['no-op']?.peakMB ?? 0).toFixed(0)} MB |`,
  );
}
console.log(`\nStart-up to the first API request: CLI ${startup.cli.toFixed(0)} ms, action ${startup.action.toFixed(0)} ms. Bundles: ${JSON.stringify(bundles)} KB.`);
