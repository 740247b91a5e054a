/**
 * The deployment bodies chosen by server version, checked against the request schemas
 * of each Prefect release's own source (each release that added a deployment field,
 * the pinned 2.20 and 3.9.1): request bodies forbid unknown fields, so every field of
 * an upsert must be one the release's `DeploymentCreate` declares, and every field of
 * a PATCH one its `DeploymentUpdate` declares.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { capabilitiesFor } from '../../src/prefect/capabilities.js';
import { liveState } from '../../src/prefect/live.js';
import { deploymentBody, deploymentPatch } from '../../src/prefect/payloads.js';
import type { Desired } from '../../src/plan/desired.js';
import { COMPARED_FIELDS } from '../../src/plan/state.js';
import { repoRoot, venvBin } from '../support/python.js';

const SITE = 'lib/python3.11/site-packages/prefect';
const RELEASES: Record<string, string> = {
  ...Object.fromEntries(
    ['2.14.21', '2.15.0', '2.16.9', '2.17.1', '3.0.0', '3.0.3', '3.1.5', '3.2.0', '3.3.6', '3.8.8'].map((v) => [
      v,
      `.venv-releases/${v}/prefect`,
    ]),
  ),
  '2.20.26': `.venv-prefect2/${SITE}`,
  '3.9.1': `.venv/${SITE}`,
};

function schemaFields(): Record<string, { create: string[]; update: string[]; response: string[] }> {
  const missing = Object.values(RELEASES).filter((p) => !existsSync(path.join(repoRoot, p)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run scripts/setup-test-env.sh`);
  const args = Object.entries(RELEASES).map(([v, p]) => `${v}=${path.join(repoRoot, p)}`);
  return JSON.parse(
    execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/deployment_fields.py'), ...args], {
      encoding: 'utf8',
    }),
  );
}

const desired = {
  key: 'f/d',
  versionInfo: { type: 'vcs:git', version: 'abc', commit_sha: 'abc' },
  spec: {},
  state: {
    name: 'd',
    flowName: 'f',
    version: 'abc',
    description: null,
    parameters: { n: 1 },
    parameter_openapi_schema: { title: 'Parameters', type: 'object', properties: {} },
    enforce_parameter_schema: false,
    schedules: [
      { schedule: { cron: '0 0 * * *', timezone: 'UTC', day_or: true }, active: true, parameters: {}, slug: null },
    ],
    tags: ['t'],
    labels: { 'prefect-ecr-deploy.managed': 'true' },
    work_pool_name: null,
    work_queue_name: 'dev',
    infrastructure_document_id: 'doc-id',
    storage_document_id: null,
    job_variables: { image: 'i:1' },
    entrypoint: 'f.py:f',
    path: '/opt/prefect/flows',
    pull_steps: null,
    concurrency_limit: null,
    concurrency_options: null,
    paused: false,
  },
} as unknown as Desired;

test("every field of the body is one the release's DeploymentCreate declares, and the version-specific ones are chosen", () => {
  const fields = schemaFields();
  for (const [version, { create }] of Object.entries(fields)) {
    const body = deploymentBody(desired, 'flow-id', capabilitiesFor(version), []);
    const unknown = Object.keys(body).filter((k) => !create.includes(k));
    assert.deepEqual(unknown, [], `Prefect ${version} would answer 422 for ${unknown.join(', ')}`);
    const expected = {
      schedules: create.includes('schedules'),
      paused: create.includes('paused'),
      job_variables: create.includes('job_variables'),
      concurrency_limit: create.includes('concurrency_limit'),
      concurrency_options: create.includes('concurrency_options'),
      labels: create.includes('labels'),
      version_info: create.includes('version_info'),
    };
    const sent = Object.fromEntries(Object.keys(expected).map((k) => [k, k in body]));
    assert.deepEqual(sent, expected, `Prefect ${version}: a field it has was not sent`);
    if (!create.includes('schedules'))
      assert.deepEqual([body.schedule, body.is_schedule_active], [desired.state.schedules[0].schedule, true]);
  }
  assert.deepEqual(Object.keys(fields), Object.keys(RELEASES));
});

test("every PATCH field is one the release's DeploymentUpdate declares, and every field it declares is patched", () => {
  for (const [version, { update }] of Object.entries(schemaFields())) {
    const caps = capabilitiesFor(version);
    for (const field of COMPARED_FIELDS) {
      const body = deploymentPatch(desired, [field], caps);
      if (body) {
        const unknown = Object.keys(body).filter((k) => !update.includes(k));
        assert.deepEqual(
          unknown,
          [],
          `Prefect ${version}: PATCH of ${field} would answer 422 for ${unknown.join(', ')}`,
        );
      } else {
        // Left to the full upsert: the release cannot PATCH it, or a PATCH would not replace it as an upsert does.
        const name = field === 'job_variables' && !caps.jobVariables ? 'infra_overrides' : field;
        assert.ok(
          !update.includes(name) || field === 'schedules',
          `Prefect ${version} takes ${name} in a PATCH, but it is sent as a full upsert`,
        );
      }
    }
    assert.equal(
      deploymentPatch(desired, ['version'], caps)?.version_info !== undefined,
      update.includes('version_info'),
      `Prefect ${version}: version_info`,
    );
    // A pool's queue travels with its pool (a queue alone means a legacy agent queue to the server).
    const inPool = { ...desired, state: { ...desired.state, work_pool_name: 'pool' } };
    assert.deepEqual(Object.keys(deploymentPatch(inPool, ['work_queue_name'], caps)!).sort(), [
      'work_pool_name',
      'work_queue_name',
    ]);
    assert.deepEqual(Object.keys(deploymentPatch(desired, ['work_queue_name'], caps)!), ['work_queue_name']);
  }
});

test('a response from before 2.16 (one schedule and is_schedule_active, no paused) reads as the state that was sent', () => {
  const fields = schemaFields()['2.15.0'].response;
  const response: Record<string, unknown> = {
    id: 'dep-id',
    name: 'd',
    flow_id: 'flow-id',
    updated: '',
    version: 'abc',
    description: null,
    parameters: { n: 1 },
    parameter_openapi_schema: desired.state.parameter_openapi_schema,
    enforce_parameter_schema: false,
    schedule: { cron: '0 0 * * *', timezone: 'UTC', day_or: true },
    is_schedule_active: true,
    tags: ['t'],
    work_pool_name: null,
    work_queue_name: 'dev',
    infra_overrides: { image: 'i:1' },
    infrastructure_document_id: 'doc-id',
    entrypoint: 'f.py:f',
    path: '/opt/prefect/flows',
    pull_steps: null,
  };
  const foreign = Object.keys(response).filter((k) => !fields.includes(k) && !['id', 'updated'].includes(k));
  assert.deepEqual(foreign, [], 'the sample response has fields 2.15 does not');
  const state = liveState(response as never, 'f');
  assert.deepEqual({ ...state, labels: desired.state.labels }, desired.state);
  assert.deepEqual(
    liveState({ ...response, is_schedule_active: false } as never, 'f').schedules.map((s) => s.active),
    [false],
  );
});
