/**
 * Concurrent writes: two runs for the same environment at the same time converge to
 * the file's state (on SQLite and PostgreSQL), and a cold deploy at high concurrency
 * onto a server with several API workers (PostgreSQL, Redis) fails nothing: new work
 * queues are created once, before the deployments that would each create them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { generateRepo } from '../../bench/generate.js';
import { runCliAsync } from '../support/bundles.js';
import { forEachDatabase, serverWithPool, startPrefectServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
// The suite's shared servers: this file's pool, flows, deployments and repository (whose
// deployments --prune may delete) are its own.
const PREFIX = 'concurrent-';
const POOL = `${PREFIX}bench-pool`;

forEachDatabase(
  async (database) => (server = await serverWithPool(database, POOL, { shared: true })),
  () => {
    test('two deploys of the same environment at once: both succeed, one deployment each, the file state exactly', async () => {
      const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-concurrent-')), 40, 10, PREFIX);
      const env = { PREFECT_API_URL: server.apiUrl, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/concurrent' };
      const deployTwiceAtOnce = async (sha: string) => {
        const runs = await Promise.all(
          [0, 1].map(() => runCliAsync(['deploy', '--env', 'bench', '--sha', sha, '--json', '--prune'], repo, env)),
        );
        for (const r of runs) assert.equal(r.status, 0, r.stderr);
      };
      await deployTwiceAtOnce('4a'.repeat(20));

      // A later commit and a shrunken file, deployed twice at once, with prune on.
      const file = path.join(repo, 'prefect-deployments-bench.yaml');
      const lines = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, lines.slice(0, 1 + 6 * 30).join('\n') + '\n');
      const next = '4b'.repeat(20);
      await deployTwiceAtOnce(next);

      const check = await runCliAsync(['plan', '--env', 'bench', '--sha', next, '--json', '--prune'], repo, env);
      const plan = JSON.parse(check.stdout) as { deployments: { name: string; action: string }[] };
      assert.equal(plan.deployments.length, 30);
      assert.deepEqual([...new Set(plan.deployments.map((x) => x.action))], ['unchanged']);
      const live = await server.api<{ name: string; version: string }[]>('POST', '/deployments/filter', {
        work_pools: { name: { any_: [POOL] } },
      });
      assert.equal(live.length, 30);
      assert.ok(live.every((x) => x.version === next));
    });
  },
);

describe('several API workers (PostgreSQL, Redis)', () => {
  let workers: RunningServer;
  before(async () => {
    workers = await startPrefectServer({ database: 'postgres', workers: 2 });
    await workers.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
  });
  after(() => workers?.stop());

  test('a cold deploy of 200 deployments onto new work queues at --concurrency 32 fails none; a push PATCHes each once', async () => {
    const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-workers-')), 200, 50);
    const env = { PREFECT_API_URL: workers.apiUrl };
    const cold = await runCliAsync(
      ['deploy', '--env', 'bench', '--sha', '5a'.repeat(20), '--json', '--concurrency', '32'],
      repo,
      env,
    );
    const doc = JSON.parse(cold.stdout) as { deployments: { action: string }[]; errors: { message: string }[] };
    assert.deepEqual(doc.errors, []);
    assert.equal(cold.status, 0, cold.stderr.slice(-2000));
    assert.equal(doc.deployments.filter((d) => d.action === 'created').length, 200);
    const queues = await workers.api<{ name: string }[]>('POST', '/work_pools/bench-pool/queues/filter', {});
    assert.deepEqual(queues.map((q) => q.name).sort(), ['default', 'q0', 'q1', 'q2']);

    const push = await runCliAsync(
      ['deploy', '--env', 'bench', '--sha', '5b'.repeat(20), '--json', '--concurrency', '32'],
      repo,
      env,
    );
    assert.equal(push.status, 0, push.stderr.slice(-2000));
    const pushed = JSON.parse(push.stdout) as { deployments: { action: string; changes: { field: string }[] }[] };
    assert.ok(
      pushed.deployments.every((d) => d.action === 'updated' && d.changes.map((c) => c.field).join() === 'version'),
    );
    const check = await runCliAsync(['plan', '--env', 'bench', '--sha', '5b'.repeat(20), '--json'], repo, env);
    assert.deepEqual(
      [
        ...new Set(
          (JSON.parse(check.stdout) as { deployments: { action: string }[] }).deployments.map((d) => d.action),
        ),
      ],
      ['unchanged'],
    );
  });
});
