/** Prune: only deployments this tool registered for this repository and environment, and only when asked. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { forEachDatabase, serverWithPool, type RunningServer } from '../support/server.js';

const SHA = '5'.repeat(40);
let server: RunningServer;

const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/flows' };
const file = (names: string[]) =>
  `deployments:\n${names.map((n) => `  - {name: ${n}, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}`).join('\n')}\n`;

async function names(): Promise<string[]> {
  const all = await server.api<{ name: string; flow_id: string }[]>('POST', '/deployments/filter', {});
  const flows = await server.api<{ id: string; name: string }[]>('POST', '/flows/filter', {});
  const byId = new Map(flows.map((f) => [f.id, f.name]));
  return all.map((d) => `${byId.get(d.flow_id)}/${d.name}`).sort();
}

async function foreign(flow: string, name: string, labels: Record<string, string>) {
  const f = await server.api<{ id: string }>('POST', '/flows/', { name: flow });
  await server.api('POST', '/deployments/', { name, flow_id: f.id, work_pool_name: 'pool', labels });
}

test('prune without a repository to match refuses before any request', () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file(['x']) });
  // An address nothing listens on: the refusal must come before any request.
  const r = runCli(['deploy', '--prune', '--env', 'dev', '--sha', SHA], root, {
    PREFECT_API_URL: 'http://127.0.0.1:9/api',
  });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--prune needs the environment \(--env\) and the repository/);
});

forEachDatabase(
  async (database) => (server = await serverWithPool(database, 'pool')),
  () => {
    test('prune deletes only what this tool registered here, lists it first, and only with --prune', async () => {
      const root = makeRepo({ 'prefect-deployments-dev.yaml': file(['keep-a', 'keep-b', 'gone-c']) });
      const run = (args: string[]) =>
        runCli([...args, '--env', 'dev', '--sha', SHA, '--json'], root, { PREFECT_API_URL: server.apiUrl, ...github });
      assert.equal(run(['deploy']).status, 0);

      // Foreign deployments: hand-made, another environment, another repository, and a same name under another flow.
      await foreign('hello', 'handmade', {});
      await foreign('hello', 'other-env', {
        'prefect-ecr-deploy.managed': 'true',
        'prefect-ecr-deploy.environment': 'prod',
        'prefect-ecr-deploy.repository': 'acme/flows',
      });
      await foreign('hello', 'other-repo', {
        'prefect-ecr-deploy.managed': 'true',
        'prefect-ecr-deploy.environment': 'dev',
        'prefect-ecr-deploy.repository': 'acme/other',
      });
      await foreign('another-flow', 'gone-c', {});
      const before = await names();

      // gone-c leaves the file.
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${root}/prefect-deployments-dev.yaml`, file(['keep-a', 'keep-b']));

      const withoutPrune = JSON.parse(run(['plan']).stdout);
      assert.deepEqual(
        withoutPrune.deployments.map((d: { name: string; action: string }) => [d.name, d.action]),
        [
          ['keep-a', 'unchanged'],
          ['keep-b', 'unchanged'],
        ],
      );

      const plan = JSON.parse(run(['plan', '--prune']).stdout);
      assert.deepEqual(
        plan.deployments.map((d: { name: string; action: string }) => [d.name, d.action]),
        [
          ['gone-c', 'delete'],
          ['keep-a', 'unchanged'],
          ['keep-b', 'unchanged'],
        ],
      );
      assert.deepEqual(await names(), before, 'plan --prune wrote something');

      const r = run(['deploy', '--prune']);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(JSON.parse(r.stdout).deployments[0], {
        name: 'gone-c',
        flow: 'hello',
        id: JSON.parse(r.stdout).deployments[0].id,
        action: 'deleted',
        changes: [],
        notes: [],
        url: JSON.parse(r.stdout).deployments[0].url,
      });
      assert.deepEqual(
        await names(),
        before.filter((n) => n !== 'hello/gone-c'),
      );
      for (const kept of ['hello/handmade', 'hello/other-env', 'hello/other-repo', 'another-flow/gone-c'])
        assert.ok((await names()).includes(kept), `${kept} was touched`);

      const again = run(['deploy', '--prune']);
      assert.deepEqual(
        JSON.parse(again.stdout).deployments.map((d: { action: string }) => d.action),
        ['unchanged', 'unchanged'],
      );
    });
  },
);
