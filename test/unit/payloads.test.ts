/**
 * The deployment body chosen by server version, checked against the request schema
 * of each Prefect release's own source (2.14 to 2.17, the pinned 2.20 and 3.8.8):
 * request bodies forbid unknown fields, so every field sent must be one the
 * release's `DeploymentCreate` declares.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { capabilitiesFor } from '../../src/prefect/capabilities.js';
import { liveState } from '../../src/prefect/live.js';
import { deploymentBody } from '../../src/prefect/payloads.js';
import type { Desired } from '../../src/plan/desired.js';
import { repoRoot, venvBin } from '../support/python.js';

const SITE = 'lib/python3.11/site-packages/prefect';
const RELEASES: Record<string, string> = {
  '2.14.21': '.venv-prefect2/releases/2.14.21/prefect',
  '2.15.0': '.venv-prefect2/releases/2.15.0/prefect',
  '2.16.9': '.venv-prefect2/releases/2.16.9/prefect',
  '2.17.1': '.venv-prefect2/releases/2.17.1/prefect',
  '2.20.26': `.venv-prefect2/${SITE}`,
  '3.8.8': `.venv/${SITE}`,
};

function schemaFields(): Record<string, { create: string[]; response: string[] }> {
  const missing = Object.values(RELEASES).filter((p) => !existsSync(path.join(repoRoot, p)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run scripts/setup-test-env.sh`);
  const args = Object.entries(RELEASES).map(([v, p]) => `${v}=${path.join(repoRoot, p)}`);
  return JSON.parse(execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/deployment_fields.py'), ...args], { encoding: 'utf8' }));
}

const desired = {
  key: 'f/d',
  versionInfo: { type: 'vcs:git', version: 'abc', commit_sha: 'abc' },
  spec: {},
  state: {
    name: 'd', flowName: 'f', version: 'abc', description: null, parameters: { n: 1 }, parameter_openapi_schema: { title: 'Parameters', type: 'object', properties: {} },
    enforce_parameter_schema: false, schedules: [{ schedule: { cron: '0 0 * * *', timezone: 'UTC', day_or: true }, active: true, parameters: {}, slug: null }], tags: ['t'],
    labels: { 'prefect-ecr-deploy.managed': 'true' }, work_pool_name: null, work_queue_name: 'dev', infrastructure_document_id: 'doc-id', storage_document_id: null, job_variables: { image: 'i:1' },
    entrypoint: 'f.py:f', path: '/opt/prefect/flows', pull_steps: null, concurrency_limit: null, concurrency_options: null, paused: false,
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
      labels: create.includes('labels'),
    };
    const sent = Object.fromEntries(Object.keys(expected).map((k) => [k, k in body]));
    assert.deepEqual(sent, expected, `Prefect ${version}: a field it has was not sent`);
    if (!create.includes('schedules')) assert.deepEqual([body.schedule, body.is_schedule_active], [desired.state.schedules[0].schedule, true]);
  }
  assert.deepEqual(Object.keys(fields), Object.keys(RELEASES));
});

test('a response from before 2.16 (one schedule and is_schedule_active, no paused) reads as the state that was sent', () => {
  const fields = schemaFields()['2.15.0'].response;
  const response: Record<string, unknown> = {
    id: 'dep-id', name: 'd', flow_id: 'flow-id', updated: '', version: 'abc', description: null, parameters: { n: 1 }, parameter_openapi_schema: desired.state.parameter_openapi_schema,
    enforce_parameter_schema: false, schedule: { cron: '0 0 * * *', timezone: 'UTC', day_or: true }, is_schedule_active: true, tags: ['t'], work_pool_name: null, work_queue_name: 'dev',
    infra_overrides: { image: 'i:1' }, infrastructure_document_id: 'doc-id', entrypoint: 'f.py:f', path: '/opt/prefect/flows', pull_steps: null,
  };
  const foreign = Object.keys(response).filter((k) => !fields.includes(k) && !['id', 'updated'].includes(k));
  assert.deepEqual(foreign, [], 'the sample response has fields 2.15 does not');
  const state = liveState(response as never, 'f');
  assert.deepEqual({ ...state, labels: desired.state.labels }, desired.state);
  assert.deepEqual(liveState({ ...response, is_schedule_active: false } as never, 'f').schedules.map((s) => s.active), [false]);
});
