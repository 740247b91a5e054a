/**
 * Triggers as automations over the life of a file: created with their deployment,
 * unchanged (no write) on a re-run, replaced together when one changes, deleted when the
 * file drops them or prune drops the deployment; an automation made by hand that does
 * more than run the deployment is never touched.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = 'a7'.repeat(20);
let server: RunningServer;
before(async () => {
  server = await startPrefectServer();
  await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
});
after(() => server?.stop());

type Automation = {
  id: string;
  name: string;
  enabled: boolean;
  trigger: { expect?: string[] };
  actions: { deployment_id: string }[];
};

const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/flows' };
const file = (triggers: string, extra = '') => `deployments:
  - name: downstream
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: pool}
    triggers:${triggers}
${extra}`;
const TWO = `
      - {expect: [prefect.flow-run.Completed], match_related: {prefect.resource.name: upstream}, parameters: {name: "{{ event.resource.name }}"}}
      - {name: pinged, expect: [external.pinged], within: 60, threshold: 2}`;

async function automations(): Promise<Automation[]> {
  return (await server.api<Automation[]>('POST', '/automations/filter', {})).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
}

test('automations: created, unchanged on a re-run, replaced together, deleted with their triggers and by prune', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file(TWO) });
  const run = (command: string, args: string[] = []) => {
    const r = runCli([command, '--env', 'dev', '--sha', SHA, '--json', ...args], root, {
      PREFECT_API_URL: server.apiUrl,
      ...github,
    });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { automations: { deployment: string; action: string; names: string[] }[] };
  };
  const planned = run('plan');
  assert.deepEqual(planned.automations, [
    { deployment: 'downstream', flow: 'hello', action: 'create', names: ['downstream__automation_1', 'pinged'] },
  ]);
  assert.equal((await automations()).length, 0, 'a plan wrote automations');

  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['created'],
  );
  const first = await automations();
  assert.deepEqual(
    first.map((a) => a.name),
    ['downstream__automation_1', 'pinged'],
  );
  const [deployment] = await server.api<{ id: string }[]>('POST', '/deployments/filter', {});
  assert.ok(
    first.every((a) => a.actions[0].deployment_id === deployment.id),
    'each automation runs its deployment',
  );

  // Made by hand: runs the deployment and tags itself, so it is not the file's.
  await server.api('POST', '/automations/', {
    name: 'by-hand',
    tags: ['ops'],
    trigger: { type: 'event', expect: ['manual.go'], posture: 'Reactive', threshold: 1, within: 0 },
    actions: [{ type: 'run-deployment', source: 'selected', deployment_id: deployment.id }],
  });

  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['unchanged'],
  );
  assert.deepEqual(
    (await automations()).map((a) => a.id).sort(),
    [...first.map((a) => a.id), (await automations()).find((a) => a.name === 'by-hand')!.id].sort(),
    'a re-run rewrote automations',
  );

  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(TWO.replace('threshold: 2', 'threshold: 3')));
  assert.deepEqual(
    run('plan').automations.map((a) => a.action),
    ['replace'],
  );
  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['replaced'],
  );
  const replaced = await automations();
  assert.deepEqual(
    replaced.map((a) => a.name),
    ['by-hand', 'downstream__automation_1', 'pinged'],
  );
  assert.ok(!replaced.some((a) => first.some((f) => f.id === a.id)), "the file's automations were replaced together");

  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(' []'));
  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['deleted'],
  );
  assert.deepEqual(
    (await automations()).map((a) => a.name),
    ['by-hand'],
  );

  // Prune: the deployment leaves the file; its automations go with it.
  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(TWO));
  run('deploy');
  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    'deployments:\n  - {name: other, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
  );
  const pruned = run('deploy', ['--prune']);
  assert.deepEqual(
    pruned.automations.map((a) => [a.deployment, a.action]),
    [['downstream', 'deleted']],
  );
  assert.deepEqual(
    (await automations()).map((a) => a.name),
    ['by-hand'],
  );
});
