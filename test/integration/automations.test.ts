/**
 * Triggers as automations over the life of a file: created with their deployment,
 * unchanged (no write) on a re-run, replaced together when one changes, deleted when the
 * file drops them or prune drops the deployment; an automation made by hand that does
 * more than run the deployment is never touched.
 *
 * The server may be the suite's shared one: the flow, work pool and repository are this
 * file's own, and the deployments and automations carry this run's name (RUN), so that
 * this file reads back only its own, whatever an earlier run on the same server left.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = 'a7'.repeat(20);
const RUN = Date.now().toString(36);
const POOL = 'automations-pool';
const FLOW = 'automations-hello';
const DOWNSTREAM = `automations-downstream-${RUN}`;
const PINGED = `automations-pinged-${RUN}`;
const BY_HAND = `automations-by-hand-${RUN}`;
let server: RunningServer;
before(async () => {
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: POOL, type: 'process' });
});
after(() => server?.stop());

type Automation = {
  id: string;
  name: string;
  enabled: boolean;
  trigger: { expect?: string[] };
  actions: { deployment_id: string }[];
};

const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: `acme/automations-${RUN}` };
const FLOWS = `from prefect import flow


@flow
def automations_hello(number: int = 42, name: str = "world"):
    return name
`;
const file = (triggers: string, extra = '') => `deployments:
  - name: ${DOWNSTREAM}
    entrypoint: flows/automations.py:automations_hello
    work_pool: {name: ${POOL}}
    triggers:${triggers}
${extra}`;
const TWO = `
      - {expect: [prefect.flow-run.Completed], match_related: {prefect.resource.name: upstream}, parameters: {name: "{{ event.resource.name }}"}}
      - {name: ${PINGED}, expect: [external.pinged], within: 60, threshold: 2}`;

/** Ids of this run's deployments, once deployed: an automation that runs one is this file's, whatever its name. */
const ours = new Set<string>();

/** This run's automations: named for it, or running its deployment (the server's others are other files'). */
async function automations(): Promise<Automation[]> {
  return (await server.api<Automation[]>('POST', '/automations/filter', {}))
    .filter((a) => a.name.includes(RUN) || a.actions.some((x) => ours.has(x.deployment_id)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

test('automations: created, unchanged on a re-run, replaced together, deleted with their triggers and by prune', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file(TWO), 'flows/automations.py': FLOWS });
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
    { deployment: DOWNSTREAM, flow: FLOW, action: 'create', names: [`${DOWNSTREAM}__automation_1`, PINGED] },
  ]);
  assert.equal((await automations()).length, 0, 'a plan wrote automations');

  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['created'],
  );
  const first = await automations();
  assert.deepEqual(
    first.map((a) => a.name),
    [`${DOWNSTREAM}__automation_1`, PINGED],
  );
  const [deployment] = await server.api<{ id: string }[]>('POST', '/deployments/filter', {
    flows: { name: { any_: [FLOW] } },
    deployments: { name: { any_: [DOWNSTREAM] } },
  });
  ours.add(deployment.id);
  assert.ok(
    first.every((a) => a.actions[0].deployment_id === deployment.id),
    'each automation runs its deployment',
  );

  // Made by hand: runs the deployment and tags itself, so it is not the file's.
  await server.api('POST', '/automations/', {
    name: BY_HAND,
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
    [...first.map((a) => a.id), (await automations()).find((a) => a.name === BY_HAND)!.id].sort(),
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
    [BY_HAND, `${DOWNSTREAM}__automation_1`, PINGED],
  );
  assert.ok(!replaced.some((a) => first.some((f) => f.id === a.id)), "the file's automations were replaced together");

  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(' []'));
  assert.deepEqual(
    run('deploy').automations.map((a) => a.action),
    ['deleted'],
  );
  assert.deepEqual(
    (await automations()).map((a) => a.name),
    [BY_HAND],
  );

  // Prune: the deployment leaves the file; its automations go with it.
  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(TWO));
  run('deploy');
  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    `deployments:\n  - {name: automations-other-${RUN}, entrypoint: flows/automations.py:automations_hello, work_pool: {name: ${POOL}}}\n`,
  );
  const pruned = run('deploy', ['--prune']);
  assert.deepEqual(
    pruned.automations.map((a) => [a.deployment, a.action]),
    [[DOWNSTREAM, 'deleted']],
  );
  assert.deepEqual(
    (await automations()).map((a) => a.name),
    [BY_HAND],
  );
});
