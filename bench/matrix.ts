/**
 * `npm run bench`: the benchmark matrix on real local Prefect servers (the pinned
 * 3.9.1): SQLite, PostgreSQL with one API worker, and PostgreSQL with two (Redis),
 * each reached directly and through a proxy that holds every request 40 ms (a runner
 * talking to Prefect Cloud). N deployments (200) over N/4 flow files from
 * bench/generate.ts. Per server: a cold deploy (a fresh server), a typical push
 * (every version changes), a push with nothing changed, the floor of each (bare HTTP
 * of exactly the writes that reach the desired state, at the same concurrency: the
 * flows, new queues and deployments of a cold deploy; a PATCH of the version of each
 * deployment for a push), and the pinned `prefect deploy --all` on the same
 * definitions and server (PREFECT_DEPLOY: in which cells). Then cold deploys onto
 * PostgreSQL at each concurrency from 1 to 32 (failed deployments counted), start-up
 * to the first API request, and bundle sizes (SERVERS='2 workers' or SWEEP=0 for a
 * quick look). With SIZES (for example 50,1000): the size sweep on SQLite (validate,
 * cold, no-op, the floor, `prefect deploy --all` up to 200, the
 * one-process-per-deployment wrapper at 50). Every figure comes from the same run;
 * ratios are between figures of that run. Writes bench/results.json and prints the
 * tables.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runValidate } from '../src/commands/validate.js';
import { mapBounded } from '../src/plan/apply.js';
import { AdaptiveLimit } from '../src/prefect/limiter.js';
import { backoffDelay } from '../src/retry.js';
import { buildDesired, type Desired } from '../src/plan/desired.js';
import { capabilitiesFor } from '../src/prefect/capabilities.js';
import { deploymentBody, deploymentPatch } from '../src/prefect/payloads.js';
import { runnerInputs } from '../test/support/action-inputs.js';
import { startFaultProxy } from '../test/support/fault-proxy.js';
import { venvBin } from '../test/support/python.js';
import { startPrefectServer, type Database, type RunningServer } from '../test/support/server.js';
import { settingsFor } from '../test/support/settings.js';
import { generateRepo } from './generate.js';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli/index.js');
const N = Number(process.env.N ?? 200);
const SIZES = (process.env.SIZES ?? '').split(',').filter(Boolean).map(Number);
const CONCURRENCY = 8;
const LATENCY_MS = 40;
const SWEEP = process.env.SWEEP === '0' ? [] : [1, 2, 4, 8, 16, 32];
/** For a quick look: only the servers whose label holds this text (for example SERVERS='2 workers'). */
const ONLY = process.env.SERVERS ?? '';
const SKIP_PREFECT = process.env.SKIP_PREFECT === '1';
/**
 * The cells where `prefect deploy --all` runs (PREFECT_DEPLOY=all: every cell). Each of
 * its runs takes minutes on two cores, so by default only where the targets compare
 * with it: PostgreSQL behind 40 ms.
 */
const PREFECT_CELLS = (process.env.PREFECT_DEPLOY ?? 'PostgreSQL + 40 ms').split(',');
const shas = ['b1', 'b2', 'b3', 'b4'].map((s) => s.repeat(20));

interface Timing {
  seconds: number;
  peakMB?: number;
  failed?: number;
  /** Floors: requests sent, and how many of them the server refused (503). */
  requests?: number;
  refused?: number;
}

interface ServerKind {
  label: string;
  database: Database;
  workers: number;
}

const SERVERS: ServerKind[] = [
  { label: 'SQLite', database: 'sqlite', workers: 1 },
  { label: 'PostgreSQL', database: 'postgres', workers: 1 },
  { label: 'PostgreSQL, 2 workers', database: 'postgres', workers: 2 },
];

/**
 * Wall time and peak RSS of a command (GNU time); failed deployments when it printed
 * our JSON report. Never a synchronous spawn: the latency proxy answers from this process.
 */
function timed(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  allowFailure = false,
): Promise<Timing> {
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (status !== 0 && !allowFailure)
        return reject(
          new Error(`${cmd} ${args.join(' ')} failed (${status}):\n${stdout.slice(-1500)}\n${stderr.slice(-1500)}`),
        );
      const kb = Number(stderr.trim().split('\n').pop());
      let failed: number | undefined;
      try {
        failed = (JSON.parse(stdout) as { errors: unknown[] }).errors.length;
      } catch {
        // not our JSON report
      }
      resolve({ seconds, peakMB: Number.isFinite(kb) ? kb / 1024 : undefined, failed });
    });
  });
}

/** A fresh server with the bench's work pool, reached directly or through the latency proxy. */
async function endpoint(
  kind: ServerKind,
  latencyMs: number,
): Promise<{ apiUrl: string; server: RunningServer; close: () => Promise<void> }> {
  const server = await startPrefectServer({ database: kind.database, workers: kind.workers });
  await server.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
  const proxy = latencyMs ? await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, latencyMs }) : undefined;
  return {
    apiUrl: proxy?.url ?? server.apiUrl,
    server,
    close: async () => {
      await proxy?.close();
      await server.stop();
    },
  };
}

const ours = (repo: string, apiUrl: string, sha: string, concurrency = CONCURRENCY, bundle = cli) =>
  timed(
    process.execPath,
    [bundle, 'deploy', '--env', 'bench', '--sha', sha, '--json', '--concurrency', String(concurrency)],
    repo,
    { PREFECT_API_URL: apiUrl },
    true,
  );

function desiredOf(repo: string, sha: string): Desired[] {
  const settings = settingsFor(repo, ['deploy', '--env', 'bench', '--sha', sha]);
  return buildDesired(runValidate(settings).validated, {
    sha,
    environment: 'bench',
    versionType: 'vcs:git',
    workdir: '/opt/prefect',
    root: repo,
    imageConfigured: false,
    variables: {},
    blocks: {},
    shellOutputs: new Map(),
    enforceParameterSchemaDefault: true,
  }).desired;
}

/**
 * Bare HTTP at the same concurrency, held as the tool holds it: a server that answers
 * 503 (SQLite's one writer) gets fewer requests in flight until it stops refusing. A
 * floor that kept all of them in flight and retried at once would make the server
 * refuse and roll back far more writes than it commits, so it would measure that
 * storm, not the least work. `sent` counts every request, refused ones included.
 */
class Bare {
  sent = 0;
  refused = 0;
  private readonly limit: AdaptiveLimit;

  constructor(
    private readonly apiUrl: string,
    concurrency: number,
  ) {
    this.limit = new AdaptiveLimit(concurrency);
  }

  async send(method: string, route: string, body: unknown): Promise<unknown> {
    for (let attempt = 1; attempt <= 10; attempt++) {
      await this.limit.acquire();
      this.sent++;
      let r: Response | undefined;
      let text = '';
      try {
        r = await fetch(this.apiUrl + route, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        text = await r.text();
      } catch {
        // a keep-alive socket the server closed: sent again
      } finally {
        this.limit.release(r?.ok ? 'ok' : r?.status === 503 ? 'overloaded' : 'other');
      }
      if (r?.ok) return text ? JSON.parse(text) : undefined;
      if (r && r.status !== 503) throw new Error(`${method} ${route}: ${r.status} ${text.slice(0, 300)}`);
      this.refused++;
      await new Promise((res) => setTimeout(res, backoffDelay(attempt)));
    }
    throw new Error(`${method} ${route}: refused 10 times`);
  }

  timing(start: bigint): Timing {
    return { seconds: Number(process.hrtime.bigint() - start) / 1e9, requests: this.sent, refused: this.refused };
  }
}

const caps = capabilitiesFor('3.9.1');

/** The floor of a cold deploy: each flow, each new work queue, then each deployment's upsert. */
async function floorCold(repo: string, apiUrl: string, concurrency: number): Promise<Timing> {
  const desired = desiredOf(repo, shas[0]);
  const bare = new Bare(apiUrl, concurrency);
  const start = process.hrtime.bigint();
  const flows = new Map<string, string>();
  const queues = [...new Set(desired.map((d) => d.state.work_queue_name))].filter((q) => q !== 'default');
  await Promise.all([
    mapBounded([...new Set(desired.map((d) => d.state.flowName))], concurrency, async (name) => {
      flows.set(name, ((await bare.send('POST', '/flows/', { name })) as { id: string }).id);
    }),
    mapBounded(queues, concurrency, (name) => bare.send('POST', '/work_pools/bench-pool/queues', { name })),
  ]);
  await mapBounded(desired, concurrency, (d) =>
    bare.send('POST', '/deployments/', deploymentBody(d, flows.get(d.state.flowName)!, caps, [])),
  );
  return bare.timing(start);
}

/** The floor of a push: a PATCH of the version (and its version_info) of each deployment. */
async function floorPush(
  repo: string,
  server: RunningServer,
  apiUrl: string,
  sha: string,
  concurrency: number,
): Promise<Timing> {
  const ids = new Map<string, string>();
  for (let offset = 0; ; offset += 200) {
    const page = await server.api<{ id: string; name: string }[]>('POST', '/deployments/filter', {
      limit: 200,
      offset,
    });
    for (const d of page) ids.set(d.name, d.id);
    if (page.length < 200) break;
  }
  const desired = desiredOf(repo, sha);
  const bare = new Bare(apiUrl, concurrency);
  const start = process.hrtime.bigint();
  await mapBounded(desired, concurrency, (d) =>
    bare.send('PATCH', `/deployments/${ids.get(d.state.name)}`, deploymentPatch(d, ['version'], caps)),
  );
  return bare.timing(start);
}

/**
 * The floor of the reads a plan needs: the flows, the work pool, its queues and the
 * deployments by name, one bare request each, all at once. A push cannot know what
 * changed without them; they are measured apart so each floor is what it says.
 */
async function floorRead(repo: string, apiUrl: string): Promise<Timing> {
  const desired = desiredOf(repo, shas[0]);
  const flows = [...new Set(desired.map((d) => d.state.flowName))];
  const bare = new Bare(apiUrl, 4);
  const start = process.hrtime.bigint();
  await Promise.all([
    bare.send('POST', '/flows/filter', { flows: { name: { any_: flows } }, limit: 200 }),
    bare.send('POST', '/work_pools/filter', { work_pools: { name: { any_: ['bench-pool'] } } }),
    bare.send('POST', '/work_pools/bench-pool/queues/filter', {}),
    bare.send('POST', '/deployments/filter', {
      flows: { name: { any_: flows } },
      deployments: { name: { any_: desired.map((d) => d.state.name) } },
      limit: 200,
    }),
  ]);
  return bare.timing(start);
}

/** A prefect.yaml with the same definitions. */
function writePrefectYaml(repo: string) {
  const file = readFileSync(path.join(repo, 'prefect-deployments-bench.yaml'), 'utf8');
  writeFileSync(
    path.join(repo, 'prefect.yaml'),
    'name: bench\npull:\n  - prefect.deployments.steps.set_working_directory: {directory: /opt/prefect}\n' +
      file.replace(/ {4}schedule: (\{.*\})/g, '    schedules: [$1]'),
  );
}

const prefectEnv = (s: RunningServer, apiUrl: string) => ({
  PREFECT_API_URL: apiUrl,
  PREFECT_HOME: s.home,
  DO_NOT_TRACK: '1',
  PREFECT_LOGGING_LEVEL: 'WARNING',
});
const prefectDeploy = (repo: string, s: RunningServer, apiUrl: string) =>
  timed(venvBin('prefect'), ['--no-prompt', 'deploy', '--all'], repo, prefectEnv(s, apiUrl));

const log = (label: string, t: Timing) =>
  console.error(
    `${label}: ${t.seconds.toFixed(2)} s${t.peakMB ? `, ${t.peakMB.toFixed(0)} MB` : ''}${t.failed ? `, ${t.failed} failed` : ''}` +
      (t.requests ? `, ${t.requests} requests (${t.refused} refused)` : ''),
  );

/** Cold, push, no-op and their floors, and `prefect deploy --all`, on one kind of server. */
async function serverRow(repo: string, kind: ServerKind, latencyMs: number): Promise<Record<string, Timing>> {
  const label = `${kind.label}${latencyMs ? ` + ${latencyMs} ms` : ''}`;
  const row: Record<string, Timing> = {};
  const measure = async (name: string, fn: () => Promise<Timing>) => {
    row[name] = await fn();
    log(`${label} ${name}`, row[name]);
  };
  const e = await endpoint(kind, latencyMs);
  try {
    await measure('cold', () => ours(repo, e.apiUrl, shas[0]));
    await measure('push', () => ours(repo, e.apiUrl, shas[1]));
    await measure('no-op', () => ours(repo, e.apiUrl, shas[1]));
    await measure('floor, read', () => floorRead(repo, e.apiUrl));
    await measure('floor, push', () => floorPush(repo, e.server, e.apiUrl, shas[2], CONCURRENCY));
    if (!SKIP_PREFECT && (PREFECT_CELLS.includes('all') || PREFECT_CELLS.includes(label)))
      await measure('prefect deploy --all', () => prefectDeploy(repo, e.server, e.apiUrl));
  } finally {
    await e.close();
  }
  const fresh = await endpoint(kind, latencyMs);
  try {
    await measure('floor, cold', () => floorCold(repo, fresh.apiUrl, CONCURRENCY));
  } finally {
    await fresh.close();
  }
  return row;
}

/** Cold deploys onto a fresh PostgreSQL-backed server at each concurrency: time and failed deployments (BASELINE_CLI: another bundle too). */
async function sweep(repo: string, kind: ServerKind): Promise<Record<string, Record<string, Timing>>> {
  const out: Record<string, Record<string, Timing>> = {};
  for (const c of SWEEP) {
    out[c] = {};
    for (const [name, bundle] of [
      ['ours', cli],
      ...(process.env.BASELINE_CLI ? [['baseline', process.env.BASELINE_CLI]] : []),
    ] as [string, string][]) {
      const e = await endpoint(kind, 0);
      try {
        out[c][name] = await ours(repo, e.apiUrl, shas[0], c, bundle);
        log(`${kind.label} cold at --concurrency ${c} (${name})`, out[c][name]);
      } finally {
        await e.close();
      }
    }
  }
  return out;
}

/** The size sweep on SQLite, as before this matrix had servers: validate, cold, no-op, floors, Prefect's CLI, the wrapper. */
async function sizeRow(n: number): Promise<Record<string, Timing>> {
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), `ped-matrix-${n}-`)), n, Math.round(n / 4));
  const kind = SERVERS[0];
  const row: Record<string, Timing> = {};
  const measure = async (name: string, fn: () => Promise<Timing>) => {
    row[name] = await fn();
    log(`N=${n} ${name}`, row[name]);
  };
  await measure('validate', () => timed(process.execPath, [cli, 'validate', '--env', 'bench'], repo, {}));
  const withServer = async (fn: (e: Awaited<ReturnType<typeof endpoint>>) => Promise<Timing>) => {
    const e = await endpoint(kind, 0);
    try {
      return await fn(e);
    } finally {
      await e.close();
    }
  };
  await measure('cold', () => withServer((e) => ours(repo, e.apiUrl, shas[0])));
  await measure('no-op', () =>
    withServer(async (e) => {
      await ours(repo, e.apiUrl, shas[0]);
      return ours(repo, e.apiUrl, shas[0]);
    }),
  );
  await measure('floor, sequential', () => withServer((e) => floorCold(repo, e.apiUrl, 1)));
  if (n <= 200 && !SKIP_PREFECT) {
    writePrefectYaml(repo);
    await measure('prefect deploy --all', () => withServer((e) => prefectDeploy(repo, e.server, e.apiUrl)));
  }
  if (n <= 50 && !SKIP_PREFECT) {
    await measure('wrapper', () =>
      withServer(async (e) => {
        const start = process.hrtime.bigint();
        let peak = 0;
        for (let d = 0; d < n; d++)
          peak = Math.max(
            peak,
            (
              await timed(
                venvBin('prefect'),
                ['--no-prompt', 'deploy', '--name', `deployment-${d}`],
                repo,
                prefectEnv(e.server, e.apiUrl),
              )
            ).peakMB ?? 0,
          );
        return { seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMB: peak };
      }),
    );
  }
  return row;
}

async function startupToFirstRequest(
  args: string[],
  bundle: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<number> {
  let first: bigint | undefined;
  const server = createServer((_req, res) => {
    first ??= process.hrtime.bigint();
    res.writeHead(503).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, [bundle, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PREFECT_API_URL: url, ...env },
    stdio: 'ignore',
  });
  while (first === undefined) await new Promise((r) => setTimeout(r, 1));
  child.kill();
  server.close();
  server.closeAllConnections();
  return Number(first - start) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const results: Record<string, unknown> = {
  machine: `${spawnSync('nproc').stdout.toString().trim()} cores, node ${process.version}, Prefect 3.9.1`,
  n: N,
  concurrency: CONCURRENCY,
  latencyMs: LATENCY_MS,
};

const repo = generateRepo(mkdtempSync(path.join(tmpdir(), `ped-matrix-${N}-`)), N, Math.round(N / 4));
writePrefectYaml(repo);
const servers: Record<string, Record<string, Timing>> = {};
for (const kind of SERVERS.filter((k) => k.label.includes(ONLY)))
  for (const latency of [0, LATENCY_MS])
    servers[`${kind.label}${latency ? ` + ${latency} ms` : ''}`] = await serverRow(repo, kind, latency);
const sweeps: Record<string, Record<string, Record<string, Timing>>> = {};
// One worker: the multi-worker server's cold deploy at --concurrency 32 is test/integration/concurrent.test.ts's.
for (const kind of SERVERS.filter((k) => k.label === 'PostgreSQL' && k.label.includes(ONLY) && SWEEP.length))
  sweeps[kind.label] = await sweep(repo, kind);
const sizes: Record<string, Record<string, Timing>> = {};
for (const n of SIZES) sizes[n] = await sizeRow(n);

// One at a time: parallel probes would measure the two cores' contention instead.
const probes = async (args: string[], bundle: string, env: NodeJS.ProcessEnv) => {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) times.push(await startupToFirstRequest(args, bundle, env, path.join(root, 'examples')));
  return median(times);
};
const startup = {
  cli: await probes(['plan', '--env', 'dev', '--sha', shas[0]], cli, {}),
  // As the runner starts it: action.yml's defaults first.
  action: await probes([], path.join(root, 'dist/index.js'), {
    ...runnerInputs(),
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/dev',
    GITHUB_SHA: shas[0],
    'INPUT_SKIP-IMAGE': 'true',
    INPUT_ENVIRONMENTS: 'dev=dev',
    GITHUB_WORKSPACE: path.join(root, 'examples'),
  }),
};
const bundles = Object.fromEntries(
  ['dist/index.js', 'dist/cli/index.js'].map((f) => [f, Math.round(statSync(path.join(root, f)).size / 1024)]),
);
Object.assign(results, { servers, sweeps, sizes, startupMs: startup, bundleKB: bundles });
writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

// The tables.
const s = (t?: Timing) => (t ? `${t.seconds.toFixed(2)} s` : '—');
const x = (a?: Timing, b?: Timing) => (a && b ? `${(a.seconds / b.seconds).toFixed(2)}x` : '—');
console.log(`N = ${N}, --concurrency ${CONCURRENCY}\n`);
const sum = (a?: Timing, b?: Timing): Timing | undefined => (a && b ? { seconds: a.seconds + b.seconds } : undefined);
console.log(
  '| server | cold | push | no-op | floor: cold | floor: push (writes) | floor: read | `prefect deploy --all` | cold / floor | push / floor | push / (read + writes) | push / cold | `prefect deploy` / push | failed (cold) | floor requests: cold, push (refused) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [label, r] of Object.entries(servers)) {
  const floors = `${s(r['floor, cold'])} | ${s(r['floor, push'])} | ${s(r['floor, read'])}`;
  const ratios = `${x(r.cold, r['floor, cold'])} | ${x(r.push, r['floor, push'])} | ${x(r.push, sum(r['floor, read'], r['floor, push']))} | ${x(r.push, r.cold)} | ${x(r['prefect deploy --all'], r.push)}`;
  const requests = (t?: Timing) => (t?.requests ? `${t.requests} (${t.refused})` : '—');
  console.log(
    `| ${label} | ${s(r.cold)} | ${s(r.push)} | ${s(r['no-op'])} | ${floors} | ${s(r['prefect deploy --all'])} | ${ratios} | ${r.cold.failed ?? '?'} | ${requests(r['floor, cold'])}, ${requests(r['floor, push'])} |`,
  );
}
console.log('\nCold deploys onto PostgreSQL by concurrency (failed deployments, time):\n');
const kinds = Object.keys(sweeps);
console.log(`| --concurrency | ${kinds.join(' | ')} |`);
console.log(`| --- | ${kinds.map(() => '---').join(' | ')} |`);
for (const c of SWEEP) {
  const cells = kinds.map((k) =>
    Object.entries(sweeps[k][c])
      .map(([name, t]) => `${name}: ${t.failed ?? '?'} failed, ${s(t)}`)
      .join('; '),
  );
  console.log(`| ${c} | ${cells.join(' | ')} |`);
}
if (SIZES.length) {
  console.log('\n| N | validate | cold | no-op | floor, sequential | `prefect deploy --all` | wrapper | peak memory |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const [n, r] of Object.entries(sizes)) {
    const peak = Math.max(...['validate', 'cold', 'no-op'].map((k) => r[k]?.peakMB ?? 0));
    console.log(
      `| ${n} | ${s(r.validate)} | ${s(r.cold)} | ${s(r['no-op'])} | ${s(r['floor, sequential'])} | ${s(r['prefect deploy --all'])} | ${s(r.wrapper)} | ${peak.toFixed(0)} MB |`,
    );
  }
}
console.log(
  `\nStart-up to the first API request: CLI ${startup.cli.toFixed(0)} ms, action ${startup.action.toFixed(0)} ms. Bundles: ${JSON.stringify(bundles)} KB.`,
);
