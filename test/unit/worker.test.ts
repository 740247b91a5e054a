/** The worker service, pure parts: task definition files, new revisions, and when a rollout is stable. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Service } from '../../src/aws/ecs.js';
import { rolloutState } from '../../src/worker/rollout.js';
import { newRevision, parseTaskDefinitionFile, workerContainer } from '../../src/worker/task-definition.js';
import { repoRoot } from '../support/python.js';

test('a task definition file: every problem at its line and column', () => {
  assert.deepEqual(
    parseTaskDefinitionFile('{\n  "family": "w",\n  "containerDefinitions": [{"name": "a",}]\n}', 'td.json').errors.map(
      (e) => [e.line, e.column, e.message],
    ),
    [
      [3, 41, 'not valid JSON: PropertyNameExpected'],
      [3, 41, 'not valid JSON: ValueExpected'],
    ],
  );
  assert.deepEqual(
    parseTaskDefinitionFile('', 'td.json').errors.map((e) => e.message),
    ['not valid JSON: ValueExpected'],
  );
  assert.deepEqual(
    parseTaskDefinitionFile('// x\n{}', 'td.json').errors.map((e) => [e.line, e.message]),
    [[1, 'not valid JSON: InvalidCommentToken']],
  );
  assert.deepEqual(
    parseTaskDefinitionFile('[]', 'td.json').errors.map((e) => e.message),
    ['a task definition must be a JSON object'],
  );
  const bad = parseTaskDefinitionFile(
    '{\n  "family": "has space",\n  "containerDefinitions": [{"image": "x"}]\n}',
    'td.json',
    'worker',
  );
  assert.deepEqual(
    bad.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`),
    [
      "td.json:2:13: 'family' must be a task definition family name (letters, digits, - and _)",
      "td.json:3:28: each container needs a 'name'",
      "td.json:3:27: no container named 'worker' (containers: )",
    ],
  );
  const missing = parseTaskDefinitionFile('{"family": "w"}', 'td.json');
  assert.deepEqual(
    missing.errors.map((e) => e.message),
    ["'containerDefinitions' must be a list of at least one container"],
  );
});

test('the example task definition parses; describe-task-definition output is accepted too', () => {
  const file = path.join(repoRoot, 'examples/infra/worker-task-definition.json');
  const parsed = parseTaskDefinitionFile(readFileSync(file, 'utf8'), file, 'worker');
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.doc!.family, 'prefect-worker');
  const wrapped = parseTaskDefinitionFile(
    JSON.stringify({ taskDefinition: { family: 'w', containerDefinitions: [{ name: 'a' }] }, tags: [] }),
    'x.json',
  );
  assert.equal(wrapped.doc!.family, 'w');
});

test("a new revision: only that container's image changes; the fields ECS sets itself are dropped; tags kept", () => {
  const described = {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:1:task-definition/w:3',
    revision: 3,
    status: 'ACTIVE',
    requiresAttributes: [{ name: 'x' }],
    compatibilities: ['FARGATE'],
    registeredAt: '2026-01-01',
    registeredBy: 'arn:aws:iam::1:user/x',
    family: 'w',
    cpu: '256',
    memory: '512',
    networkMode: 'awsvpc',
    containerDefinitions: [
      { name: 'sidecar', image: 'side:1' },
      { name: 'worker', image: 'old', environment: [{ name: 'A', value: '1' }] },
    ],
  };
  assert.deepEqual(newRevision(described, 'worker', 'new@sha256:1', [{ key: 'team', value: 'data' }]), {
    family: 'w',
    cpu: '256',
    memory: '512',
    networkMode: 'awsvpc',
    containerDefinitions: [
      { name: 'sidecar', image: 'side:1' },
      { name: 'worker', image: 'new@sha256:1', environment: [{ name: 'A', value: '1' }] },
    ],
    tags: [{ key: 'team', value: 'data' }],
  });
  assert.deepEqual(workerContainer(described), { name: 'sidecar', image: 'side:1' });
  assert.deepEqual(workerContainer(described, 'worker'), { name: 'worker', image: 'old' });
  assert.equal(
    workerContainer(described, 'nope'),
    "no container named 'nope' in task definition w (containers: sidecar, worker)",
  );
});

test('stable: one deployment on the revision with every task running; a failed rollout stops the wait', () => {
  const td = 'arn:td:2';
  const service = (over: Partial<Service>): Service => ({
    taskDefinition: td,
    desiredCount: 1,
    runningCount: 1,
    deployments: [{ status: 'PRIMARY', taskDefinition: td, rolloutState: 'COMPLETED' }],
    ...over,
  });
  assert.deepEqual(rolloutState(service({}), td), {
    stable: true,
    failed: false,
    text: '1/1 task running, 1 deployment, rollout COMPLETED',
  });
  assert.equal(rolloutState(service({ runningCount: 0 }), td).stable, false);
  assert.equal(rolloutState(service({ taskDefinition: 'arn:td:1' }), td).stable, false, 'still on the old revision');
  const two = service({
    deployments: [
      { status: 'PRIMARY', taskDefinition: td, rolloutState: 'IN_PROGRESS' },
      { status: 'ACTIVE', taskDefinition: 'arn:td:1' },
    ],
  });
  assert.deepEqual(rolloutState(two, td), {
    stable: false,
    failed: false,
    text: '1/1 task running, 2 deployments, rollout IN_PROGRESS',
  });
  const failed = service({
    runningCount: 0,
    deployments: [
      { status: 'PRIMARY', taskDefinition: td, rolloutState: 'FAILED', rolloutStateReason: 'tasks failed to start' },
    ],
  });
  assert.deepEqual(rolloutState(failed, td), {
    stable: false,
    failed: true,
    text: '0/1 task running, 1 deployment, rollout FAILED: tasks failed to start',
  });
  assert.deepEqual(rolloutState(undefined, td), { stable: false, failed: false, text: 'the service is not there yet' });
});
