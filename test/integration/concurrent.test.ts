/** Two runs for the same environment at the same time converge to the file's state. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { generateRepo } from '../../bench/generate.js';
import { runCliAsync } from '../support/bundles.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
before(async () => {
  server = await startPrefectServer();
  await server.api('POST', '/work_pools/', { name: 'bench-pool', type: 'process' });
});
after(() => server?.stop());

test('two deploys of the same environment at once: both succeed, one deployment each, the file state exactly', async () => {
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-concurrent-')), 40, 10);
  const env = { PREFECT_API_URL: server.apiUrl, GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/flows' };
  const deployTwiceAtOnce = async (sha: string) => {
    const runs = await Promise.all([0, 1].map(() => runCliAsync(['deploy', '--env', 'bench', '--sha', sha, '--json', '--prune'], repo, env)));
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
  const live = await server.api<{ name: string; version: string }[]>('POST', '/deployments/filter', {});
  assert.equal(live.length, 30);
  assert.ok(live.every((x) => x.version === next));
});
