/** The plan is a pure function of desired and live state; these pin its rules. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capabilitiesFor } from '../../src/prefect/capabilities.js';
import type { LiveState } from '../../src/prefect/live.js';
import type { Desired } from '../../src/plan/desired.js';
import { planDeployments } from '../../src/plan/diff.js';
import type { DeploymentState, ScheduleState } from '../../src/plan/state.js';

const caps = capabilitiesFor('3.9.1');

function state(over: Partial<DeploymentState> = {}): DeploymentState {
  return {
    name: 'd',
    flowName: 'f',
    version: 'v1',
    description: null,
    parameters: {},
    parameter_openapi_schema: { title: 'Parameters', type: 'object', properties: {} },
    enforce_parameter_schema: true,
    schedules: [],
    tags: [],
    labels: { 'prefect-ecr-deploy.managed': 'true' },
    work_pool_name: 'pool',
    work_queue_name: 'default',
    infrastructure_document_id: null,
    storage_document_id: null,
    job_variables: {},
    entrypoint: 'f.py:f',
    path: null,
    pull_steps: [],
    concurrency_limit: null,
    concurrency_options: null,
    paused: false,
    ...over,
  };
}

function plan(
  desired: DeploymentState,
  live?: DeploymentState,
  c = caps,
  options: { adopt: boolean; secretFields: string[]; liveLabels?: Record<string, string> } = {
    adopt: false,
    secretFields: [],
  },
) {
  const d = {
    key: 'f/d',
    state: desired,
    versionInfo: {},
    spec: { secretFields: new Set(options.secretFields) },
  } as unknown as Desired;
  const labels = options.liveLabels ?? live?.labels ?? {};
  const liveState: LiveState = {
    deployments: new Map(
      live ? [['f/d', { id: 'id-1', flowId: 'flow-1', state: live, rawSchedules: [], labels, updated: '' }]] : [],
    ),
    flows: new Map([['f', 'flow-1']]),
    workPools: new Map([['pool', { variables: [], queues: new Set(['default']) }]]),
  };
  return planDeployments([d], liveState, c, [], [], { adopt: options.adopt })[0];
}

const sched = (schedule: ScheduleState['schedule'], extra: Partial<ScheduleState> = {}): ScheduleState => ({
  schedule,
  active: true,
  parameters: {},
  slug: null,
  ...extra,
});

test('create when missing, unchanged when equal, update lists changed fields old -> new', () => {
  assert.equal(plan(state()).action, 'create');
  assert.equal(plan(state(), state()).action, 'unchanged');
  const p = plan(state({ version: 'v2', tags: ['a'] }), state());
  assert.equal(p.action, 'update');
  assert.deepEqual(p.changes, [
    { field: 'version', from: 'v1', to: 'v2', secret: false },
    { field: 'tags', from: [], to: ['a'], secret: false },
  ]);
});

test('key order and schedule order do not matter; values do', () => {
  const a = state({
    parameters: { x: 1, y: { b: 2, a: 1 } },
    schedules: [sched({ cron: '0 0 * * *', timezone: null, day_or: true }), sched({ interval: 60, timezone: 'UTC' })],
  });
  const b = state({
    parameters: { y: { a: 1, b: 2 }, x: 1 },
    schedules: [
      sched({ interval: 60, timezone: 'UTC', anchor_date: '2026-01-01T00:00:00Z' }),
      sched({ cron: '0 0 * * *', timezone: null, day_or: true }),
    ],
  });
  assert.equal(plan(a, b).action, 'unchanged');
  assert.equal(plan(state({ parameters: { x: 2 } }), state({ parameters: { x: 1 } })).action, 'update');
});

test('server-filled values are not changes: the anchor of an interval, the DTSTART of an rrule', () => {
  const desired = state({
    schedules: [sched({ interval: 3600, timezone: 'UTC' }), sched({ rrule: 'FREQ=DAILY', timezone: 'UTC' })],
  });
  const live = state({
    schedules: [
      sched({ interval: 3600.0, timezone: 'UTC', anchor_date: '2026-11-21T22:24:32.172331Z' }),
      sched({ rrule: 'DTSTART:20200101T000000\nFREQ=DAILY', timezone: 'UTC' }),
    ],
  });
  const p = plan(desired, live);
  assert.equal(p.action, 'unchanged');
  assert.deepEqual(p.anchors, ['2026-11-21T22:24:32.172331Z', undefined], 'the live anchor is kept for the next write');
});

test('an anchor set in the file is compared as an instant (naive times are UTC)', () => {
  const desired = state({ schedules: [sched({ interval: 60, timezone: 'UTC', anchor_date: '2024-01-01T00:00:00' })] });
  assert.equal(
    plan(desired, state({ schedules: [sched({ interval: 60, timezone: 'UTC', anchor_date: '2024-01-01T00:00:00Z' })] }))
      .action,
    'unchanged',
  );
  assert.equal(
    plan(desired, state({ schedules: [sched({ interval: 60, timezone: 'UTC', anchor_date: '2024-01-02T00:00:00Z' })] }))
      .action,
    'update',
  );
});

test('a missing work pool is an error in the plan; a missing queue is a note', () => {
  const missing = plan(state({ work_pool_name: 'nope' }));
  assert.equal(missing.action, 'error');
  assert.equal(
    missing.error,
    "work pool 'nope' does not exist; create it with: prefect work-pool create nope --type process",
  );
  assert.deepEqual(plan(state({ work_queue_name: 'q9' })).notes, [
    "work queue 'q9' does not exist in pool 'pool': it is created before the deployments",
  ]);
});

test('fields the server version does not have are not compared', () => {
  const old = capabilitiesFor('3.1.0');
  assert.equal(old.labels, false);
  assert.equal(
    plan(state({ labels: { 'prefect-ecr-deploy.managed': 'true' } }), state({ labels: {} }), old).action,
    'unchanged',
  );
  // On 3.1.5+ the same unlabelled deployment is nobody's: taken over only with --adopt, labels written.
  assert.equal(
    plan(state({ labels: { 'prefect-ecr-deploy.managed': 'true' } }), state({ labels: {} }), caps, {
      adopt: true,
      secretFields: [],
    }).action,
    'update',
  );
  assert.throws(() => capabilitiesFor('2.13.8'), /Prefect 2.13.8 servers are not supported/);
  const p2 = capabilitiesFor('2.20.26');
  assert.deepEqual(
    [
      p2.schedules,
      p2.jobVariables,
      p2.concurrencyLimit,
      p2.labels,
      p2.scheduleSlug,
      p2.versionInfo,
      p2.infrastructureBlocks,
    ],
    [true, true, false, false, false, false, true],
  );
  const p214 = capabilitiesFor('2.14.21');
  assert.deepEqual([p214.schedules, p214.paused, p214.jobVariables], [false, false, false]);
  assert.match(
    plan(state({ paused: true }), undefined, p214).error ?? '',
    /paused needs Prefect 2.16 or newer; on 2.14.21, set the schedule's active: false/,
  );
  assert.match(
    plan(
      state({ schedules: [sched({ cron: '0 0 * * *', timezone: null, day_or: true }, { slug: 'x' })] }),
      undefined,
      p2,
    ).error ?? '',
    /schedule slugs and parameters need Prefect 3.2/,
  );
  assert.match(plan(state({ concurrency_limit: 2 }), undefined, p2).error ?? '', /concurrency_limit needs Prefect 3/);
});

test('block types known to come from a collection name it', async () => {
  const { missingTypeMessage } = await import('../../src/prefect/blocks.js');
  assert.equal(
    missingTypeMessage('ecs-task'),
    "block type 'ecs-task' is not registered on the server: run `prefect block register -m prefect_aws.ecs`",
  );
});

const ours = {
  'prefect-ecr-deploy.managed': 'true',
  'prefect-ecr-deploy.environment': 'prod',
  'prefect-ecr-deploy.repository': 'org/flows',
};
const noSecrets = { adopt: false, secretFields: [] as string[] };

test('a deployment another repository or environment owns, or nobody does, is a conflict without its values', () => {
  for (const [liveLabels, owner] of [
    [{ ...ours, 'prefect-ecr-deploy.repository': 'org/other' }, 'org/other/prod'],
    [{ ...ours, 'prefect-ecr-deploy.environment': 'dev' }, 'org/flows/dev'],
    [{}, 'nobody (it was not registered by prefect-ecr-deploy)'],
  ] as const) {
    const p = plan(
      state({ labels: ours, version: 'v2' }),
      state({ labels: {}, parameters: { secret: 'live value' } }),
      caps,
      { ...noSecrets, liveLabels },
    );
    assert.equal(p.action, 'conflict');
    assert.equal(p.owner, owner);
    assert.deepEqual(p.changes, []);
    assert.equal(p.desired, undefined, 'nothing to write');
  }
});

test('--adopt takes a deployment over, keeps the labels of others and marks it adopted', () => {
  const liveLabels = {
    team: 'data',
    'prefect-ecr-deploy.managed': 'true',
    'prefect-ecr-deploy.repository': 'org/other',
  };
  const p = plan(state({ labels: ours }), state({ labels: {} }), caps, { adopt: true, secretFields: [], liveLabels });
  assert.equal(p.action, 'update');
  assert.match(p.notes.join(), /adopted: it was owned by org\/other/);
  assert.deepEqual(p.desired!.state.labels, { team: 'data', ...ours, 'prefect-ecr-deploy.adopted': 'true' });
});

test('an owned deployment keeps labels this tool does not own, and compares only its own', () => {
  const liveLabels = { ...ours, team: 'data', 'prefect.flow.id': 'x' };
  const p = plan(state({ labels: ours }), state({ labels: ours }), caps, { ...noSecrets, liveLabels });
  assert.equal(p.action, 'unchanged');
  assert.deepEqual(p.desired!.state.labels, { team: 'data', 'prefect.flow.id': 'x', ...ours });
});

test('a field that holds a secret-bearing value is marked, so no renderer shows its values', () => {
  const p = plan(
    state({ labels: ours, job_variables: { env: { DB_PASSWORD: 'new' } } }),
    state({ labels: ours, job_variables: { env: { DB_PASSWORD: 'old' } } }),
    caps,
    { ...noSecrets, secretFields: ['job_variables'] },
  );
  assert.deepEqual(
    p.changes.map((c) => [c.field, c.secret]),
    [['job_variables', true]],
  );
});
