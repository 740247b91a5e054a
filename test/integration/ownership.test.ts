/**
 * Ownership: a deployment with the file's flow and name that another repository or
 * environment owns, or nobody does, is a conflict in the plan (no values shown), is
 * skipped by deploy with an error, and is taken over only with --adopt, keeping the
 * labels this tool does not own. Prune never deletes what it adopted.
 *
 * The server may be the suite's shared one: every name below is this file's own (flow,
 * deployments, work pool, repositories), and a prune deletes only what its repository owns.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = '4'.repeat(40);
const LIVE_VALUE = 'DISTINCTIVE-live-parameter-of-another-team';
const POOL = 'ownership-pool';
const FLOW = 'ownership-hello';
const [HANDMADE, THEIRS, MINE] = ['ownership-handmade', 'ownership-theirs', 'ownership-mine'];
let server: RunningServer;
before(async () => {
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: POOL, type: 'process' });
});
after(() => server?.stop());

const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/ownership' };
const FLOWS = 'from prefect import flow\n\n\n@flow\ndef ownership_hello(name: str = "world"):\n    return name\n';
const file = (names: string[]) =>
  `deployments:\n${names.map((n) => `  - {name: ${n}, entrypoint: flows/ownership.py:ownership_hello, parameters: {name: ours}, work_pool: {name: ${POOL}}}`).join('\n')}\n`;

interface Live {
  id: string;
  name: string;
  updated: string;
  parameters: Record<string, unknown>;
  labels: Record<string, string>;
}

async function liveDeployment(name: string): Promise<Live | undefined> {
  const [d] = await server.api<Live[]>('POST', '/deployments/filter', {
    flows: { name: { any_: [FLOW] } },
    deployments: { name: { any_: [name] } },
  });
  return d;
}

async function foreign(name: string, labels: Record<string, string>) {
  const f = await server.api<{ id: string }>('POST', '/flows/', { name: FLOW });
  await server.api('POST', '/deployments/', {
    name,
    flow_id: f.id,
    work_pool_name: POOL,
    parameters: { name: LIVE_VALUE },
    labels,
  });
}

test('a deployment nobody owns, or another repository or environment owns, is a conflict; deploy skips it; --adopt takes it over', async () => {
  await foreign(HANDMADE, { team: 'data' });
  await foreign(THEIRS, {
    team: 'ml',
    'prefect-ecr-deploy.managed': 'true',
    'prefect-ecr-deploy.environment': 'dev',
    'prefect-ecr-deploy.repository': 'acme/ownership-other',
  });
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file([HANDMADE, THEIRS, MINE]),
    'flows/ownership.py': FLOWS,
  });
  const run = (args: string[]) =>
    runCli([...args, '--env', 'dev', '--sha', SHA], root, { PREFECT_API_URL: server.apiUrl, ...github });
  const before = await Promise.all([HANDMADE, THEIRS].map(liveDeployment));

  const plan = run(['plan', '--json']);
  assert.equal(plan.status, 0, plan.stderr);
  const entries = JSON.parse(plan.stdout).deployments as {
    name: string;
    action: string;
    owner?: string;
    changes: unknown[];
  }[];
  assert.deepEqual(
    entries.map((d) => [d.name, d.action, d.owner]),
    [
      [HANDMADE, 'conflict', 'nobody (it was not registered by prefect-ecr-deploy)'],
      [THEIRS, 'conflict', 'acme/ownership-other/dev'],
      [MINE, 'create', undefined],
    ],
  );
  assert.deepEqual(entries[0].changes, []);
  const text = run(['plan']);
  assert.match(
    text.stdout,
    /ownership-handmade +ownership-hello +conflict .*exists, owned by nobody .*deploy skips it unless --adopt/,
  );
  for (const out of [plan.stdout, text.stdout, text.stderr])
    assert.ok(!out.includes(LIVE_VALUE), 'the live values of a deployment this repository does not own were shown');

  const deploy = run(['deploy']);
  assert.equal(deploy.status, 1, 'skipping a conflict is a failure');
  assert.match(
    deploy.stdout,
    /ownership-theirs +ownership-hello +skipped .*owned by acme\/ownership-other\/dev.*pass --adopt to take it over/,
  );
  const after = await Promise.all([HANDMADE, THEIRS].map(liveDeployment));
  assert.deepEqual(after, before, 'a conflicting deployment was written');
  assert.equal((await liveDeployment(MINE))?.parameters.name, 'ours', 'the other deployments were registered');

  const adopt = run(['deploy', '--adopt', '--json']);
  assert.equal(adopt.status, 0, adopt.stderr);
  const handmade = (await liveDeployment(HANDMADE))!;
  assert.equal(handmade.parameters.name, 'ours');
  assert.deepEqual(handmade.labels, {
    ...handmade.labels,
    team: 'data',
    'prefect-ecr-deploy.managed': 'true',
    'prefect-ecr-deploy.environment': 'dev',
    'prefect-ecr-deploy.repository': 'acme/ownership',
    'prefect-ecr-deploy.adopted': 'true',
  });
  assert.equal((await liveDeployment(THEIRS))!.labels.team, 'ml', 'a label this tool does not own was dropped');

  // Adopted stays adopted; a re-run without --adopt changes nothing.
  const again = JSON.parse(run(['deploy', '--json']).stdout) as { deployments: { action: string }[] };
  assert.deepEqual(
    again.deployments.map((d) => d.action),
    ['unchanged', 'unchanged', 'unchanged'],
  );
  assert.equal((await liveDeployment(HANDMADE))!.labels['prefect-ecr-deploy.adopted'], 'true');

  // Prune deletes what this tool created, never what it adopted.
  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    file([]).replace('deployments:\n', 'deployments: []\n'),
  );
  const prune = run(['deploy', '--prune', '--json']);
  assert.equal(prune.status, 0, prune.stderr);
  assert.deepEqual(
    (JSON.parse(prune.stdout) as { deployments: { name: string; action: string }[] }).deployments.map((d) => [
      d.name,
      d.action,
    ]),
    [[MINE, 'deleted']],
  );
  assert.ok(await liveDeployment(HANDMADE));
  assert.ok(await liveDeployment(THEIRS));
  assert.equal(await liveDeployment(MINE), undefined);
});
