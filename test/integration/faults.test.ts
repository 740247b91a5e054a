/**
 * A flaky network between the CLI and a real Prefect server: the run converges,
 * nothing is duplicated, and a path that always fails ends the run within the retry
 * budget with that path named and everything else applied.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { generateRepo } from '../../bench/generate.js';
import { runCliAsync } from '../support/bundles.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { forEachDatabase, serverWithPool, type RunningServer } from '../support/server.js';

const SHA = '7'.repeat(40);

/** The --json document's errors, for a failure's message (a run that fails may say why only there). */
function errorsOf(stdout: string): string {
  try {
    return JSON.stringify((JSON.parse(stdout) as { errors?: unknown }).errors ?? stdout.slice(-2000));
  } catch {
    return stdout.slice(-2000);
  }
}
let server: RunningServer;

forEachDatabase(
  async (database) => (server = await serverWithPool(database, 'bench-pool')),
  () => {
    test('200 deployments through 20% injected faults converge: every deployment once, right fields, no duplicate flows', async () => {
      const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-faults-')), 200, 50);
      const proxy = await startFaultProxy(server.apiUrl, { rate: 0.2, seed: 20261121 });
      const started = Date.now();
      const r = await runCliAsync(['deploy', '--env', 'bench', '--sha', SHA, '--json'], repo, {
        PREFECT_API_URL: proxy.url,
      });
      const seconds = (Date.now() - started) / 1000;
      await proxy.close();
      const injected = Object.entries(proxy.stats)
        .filter(([k]) => k !== 'forwarded' && k !== 'always-failed')
        .reduce((n, [, v]) => n + v, 0);
      console.log(`faults injected: ${injected} ${JSON.stringify(proxy.stats)}; run took ${seconds.toFixed(1)} s`);
      assert.equal(r.status, 0, `${r.stderr.slice(-2000)}\n${errorsOf(r.stdout)}`);
      assert.ok(injected >= 40, `only ${injected} faults were injected`);
      assert.ok(proxy.stats['reset-after'] > 0 && proxy.stats['429'] > 0, 'every fault kind took part');

      // Straight to the server: the file's state exactly, nothing left to do.
      const check = await runCliAsync(['plan', '--env', 'bench', '--sha', SHA, '--json'], repo, {
        PREFECT_API_URL: server.apiUrl,
      });
      const plan = JSON.parse(check.stdout) as { deployments: { action: string }[] };
      assert.equal(plan.deployments.length, 200);
      assert.deepEqual([...new Set(plan.deployments.map((d) => d.action))], ['unchanged']);
      const deployments = await server.api<{ name: string }[]>('POST', '/deployments/filter', {
        deployments: { name: { like_: 'deployment-' } },
        limit: 200,
      });
      const more = await server.api<{ name: string }[]>('POST', '/deployments/filter', {
        deployments: { name: { like_: 'deployment-' } },
        limit: 200,
        offset: 200,
      });
      assert.equal(deployments.length + more.length, 200, 'duplicated or missing deployments');
      const flows = await server.api<{ name: string }[]>('POST', '/flows/filter', {
        flows: { name: { like_: 'generated-flow-' } },
        limit: 200,
      });
      assert.equal(flows.length, 50, 'duplicated or missing flows');
    });

    test('a path that always fails: a bounded run, that deployment named, everything else applied', async () => {
      const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-faults-')), 20, 5);
      const proxy = await startFaultProxy(server.apiUrl, {
        rate: 0,
        seed: 1,
        alwaysFail: (method, route, body) =>
          method === 'POST' && route === '/api/deployments/' && body.includes('"name":"deployment-7"'),
      });
      const started = Date.now();
      const r = await runCliAsync(
        ['deploy', '--env', 'bench', '--sha', '8'.repeat(40), '--json', '--max-retry-seconds', '5'],
        repo,
        { PREFECT_API_URL: proxy.url },
      );
      const seconds = (Date.now() - started) / 1000;
      await proxy.close();
      console.log(`always-failing path: ${proxy.stats['always-failed']} attempts, run took ${seconds.toFixed(1)} s`);
      assert.equal(r.status, 1);
      const doc = JSON.parse(r.stdout) as {
        deployments: { name: string; action: string }[];
        errors: { deployment: string; message: string }[];
      };
      assert.equal(doc.errors.length, 1);
      assert.equal(doc.errors[0].deployment, 'deployment-7');
      assert.match(doc.errors[0].message, /^POST \/deployments\/: gave up after \d+ attempt\(s\) over \d+ s: 503$/);
      assert.equal(doc.deployments.filter((d) => d.action !== 'failed').length, 19);
      assert.ok(seconds < 60, `the retry budget did not bound the run (${seconds} s)`);
    });
  },
);
