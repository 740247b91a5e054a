/**
 * An interrupted run (Ctrl-C, a cancelled job): once signalled, nothing new is sent,
 * the requests in flight finish, and the report (the CLI's, the action's summary) says
 * what was applied and what was not; the exit code is 130 for SIGINT, 143 for SIGTERM.
 * The proxy holds every request a while, so the run is still writing when signalled.
 * It signals the run, never the server, and the generated names (deployments, flows, the work pool)
 * start with this file's: a shared server will do.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateRepo } from '../../bench/generate.js';
import { startAction, startCli, type StartedRun } from '../support/bundles.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { serverWithPool, type RunningServer } from '../support/server.js';

const CONCURRENCY = 4;
const PREFIX = 'interrupt-';
let server: RunningServer;
before(async () => {
  server = await serverWithPool('sqlite', `${PREFIX}bench-pool`, { shared: true });
});
after(() => server?.stop());

/** The deployments the server has of the names a generated repository of this file can hold (at most 60). */
const ours = () =>
  server.api<{ id: string; name: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: Array.from({ length: 60 }, (_, d) => `${PREFIX}deployment-${d}`) } },
    limit: 200,
  });

/** Both tests generate the same names: each starts with none of them on the server. */
async function deleteOurs(): Promise<void> {
  for (const d of await ours()) await server.api('DELETE', `/deployments/${d.id}`);
}

/** Deployments written (SQLite answers some writes 503, which the client retries). */
const deploymentWrites = (proxy: FaultProxy) =>
  proxy.requests.filter((q) => q.method === 'POST' && q.path === '/deployments/' && q.status < 300).length;

/** Signals the run once it has written `writes` deployments; returns the writes seen then. */
async function interruptAfter(
  run: StartedRun,
  proxy: FaultProxy,
  writes: number,
  signal: NodeJS.Signals,
): Promise<number> {
  while (deploymentWrites(proxy) < writes) {
    if (run.child.exitCode !== null) throw new Error('the run ended before it was interrupted');
    await new Promise((r) => setTimeout(r, 20));
  }
  const seen = deploymentWrites(proxy);
  run.child.kill(signal);
  return seen;
}

test('SIGINT during a deploy: nothing new is sent, what was in flight finishes, the report lists applied and not applied; exit 130', async () => {
  await deleteOurs();
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-interrupt-')), 60, 15, PREFIX);
  const proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, latencyMs: 150, record: true });
  const run = startCli(
    ['deploy', '--env', 'bench', '--sha', '1c'.repeat(20), '--json', '--concurrency', String(CONCURRENCY)],
    repo,
    { PREFECT_API_URL: proxy.url },
  );
  const seen = await interruptAfter(run, proxy, 8, 'SIGINT');
  const signalled = Date.now();
  const r = await run.done;
  console.log(`the run ended ${Date.now() - signalled} ms after SIGINT`);
  await proxy.close();
  assert.equal(r.status, 130, r.stderr.slice(-2000));
  // At most the requests in flight when the signal came are written after it.
  assert.ok(deploymentWrites(proxy) - seen <= CONCURRENCY, `${deploymentWrites(proxy) - seen} writes after the signal`);
  const doc = JSON.parse(r.stdout) as {
    stopped: { reason: string; message: string };
    deployments: { name: string; action: string }[];
  };
  assert.equal(doc.stopped.reason, 'SIGINT');
  const by = (action: string) => doc.deployments.filter((d) => d.action === action).map((d) => d.name);
  assert.equal(by('created').length, deploymentWrites(proxy));
  assert.ok(by('not applied').length > 0);
  // Cut off: a write the server answered 503 (SQLite's one writer) is not retried once the run stops.
  assert.equal(
    by('created').length + by('not applied').length + by('cut off').length,
    60,
    JSON.stringify(doc.deployments.map((d) => d.action)),
  );
  console.log(
    `interrupted after ${seen} writes: ${by('created').length} created, ${by('not applied').length} not applied, ${by('cut off').length} cut off`,
  );
  assert.match(
    r.stderr,
    new RegExp(
      `interrupted \\(SIGINT\\): ${by('created').length} deployment changes? applied, ${by('not applied').length} not applied`,
    ),
  );
  // The server has what the report says was applied, and nothing it says was not.
  const live = new Set((await ours()).map((d) => d.name));
  assert.ok(by('created').every((n) => live.has(n)));
  assert.ok(by('not applied').every((n) => !live.has(n)));
});

test("SIGTERM (a cancelled job) during the action's deploy: the summary lists what was and was not applied; exit 143", async () => {
  await deleteOurs();
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-interrupt-')), 40, 10, PREFIX);
  const [output, summary] = ['output', 'summary'].map((f) => path.join(repo, f));
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(path.join(repo, 'event.json'), '{}');
  const proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 2, latencyMs: 150, record: true });
  const run = startAction(repo, {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(repo, 'event.json'),
    GITHUB_REF: 'refs/heads/bench',
    GITHUB_SHA: '2c'.repeat(20),
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_PREFECT-API-URL': proxy.url,
    INPUT_ENVIRONMENTS: 'bench=bench',
    'INPUT_SKIP-IMAGE': 'true',
    INPUT_CONCURRENCY: String(CONCURRENCY),
  });
  await interruptAfter(run, proxy, 6, 'SIGTERM');
  const r = await run.done;
  await proxy.close();
  assert.equal(r.status, 143, r.stdout.slice(-2000));
  const text = readFileSync(summary, 'utf8');
  assert.match(text, /> ⏹️ interrupted \(SIGTERM\): \d+ deployment changes? applied, \d+ not applied/);
  const rows = (icon: string) => text.split('\n').filter((l) => l.includes(`| ${icon} |`)).length;
  console.log(
    `summary rows: ${rows('🆕 created')} created, ${rows('⏹️ not applied')} not applied, ${rows('⏹️ cut off')} cut off`,
  );
  assert.ok(rows('🆕 created') >= 6);
  assert.equal(rows('🆕 created') + rows('⏹️ not applied') + rows('⏹️ cut off'), 40, text);
  assert.match(
    r.stdout,
    /::error::prefect-ecr-deploy: interrupted \(SIGTERM\): the job summary lists what was applied and what was not/,
  );
});
