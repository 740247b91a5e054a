/**
 * The bundled action started as the runner starts it, from action.yml's defaults plus only
 * what each row needs, with a Prefect API that refuses connections: whatever the event,
 * the run gets past its inputs (no usage error), fails on the API, and still writes its
 * job summary and outputs. No server is needed: nothing can be written.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { before, test } from 'node:test';
import { runActionAsync } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';

const SHA = 'f0'.repeat(20);
const FILE = (env: string) =>
  `deployments:\n  - {name: smoke-${env}, entrypoint: flows/hello_world.py:hello, work_pool: {name: smoke-pool}}\n`;
let refusing: string;

before(async () => {
  // A port nothing listens on: one a server just gave back.
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  refusing = `http://127.0.0.1:${(server.address() as { port: number }).port}/api`;
  await new Promise((r) => server.close(r));
});

/** Usage errors as the parser words them: a flag, a pairing, or something not allowed. */
const USAGE = /::error::--|needs --|needs input|not allowed|unknown option|with several deployments files/;

const rows: {
  name: string;
  event: string;
  ref: string;
  inputs: Record<string, string>;
  payload?: unknown;
  mode: string;
  environment: string;
}[] = [
  {
    name: 'push to a mapped branch',
    event: 'push',
    ref: 'refs/heads/dev',
    inputs: {},
    mode: 'deploy',
    environment: 'dev',
  },
  {
    name: 'workflow_dispatch with promote-from',
    event: 'workflow_dispatch',
    ref: 'refs/heads/main',
    inputs: { 'promote-from': 'dev', environment: 'prod', 'ecr-repository': 'flows', 'aws-region': 'us-east-1' },
    mode: 'promote',
    environment: 'prod',
  },
  {
    name: 'pull_request',
    event: 'pull_request',
    ref: 'refs/pull/7/merge',
    inputs: { comment: 'false' },
    payload: { pull_request: { number: 7, head: { sha: SHA } } },
    mode: 'plan',
    environment: 'dev,prod',
  },
  {
    name: 'schedule, mode plan',
    event: 'schedule',
    ref: 'refs/heads/main',
    inputs: { mode: 'plan' },
    mode: 'plan',
    environment: 'prod',
  },
];

function files(root: string) {
  const [output, summary] = ['output', 'summary'].map((f) => path.join(root, f));
  for (const f of [output, summary]) writeFileSync(f, '');
  return { output, summary };
}

for (const row of rows) {
  test(`${row.name}, from the defaults: past the inputs, the summary and the outputs written`, async () => {
    const root = makeRepo({
      'prefect-deployments-dev.yaml': FILE('dev'),
      'prefect-deployments-prod.yaml': FILE('prod'),
      'event.json': JSON.stringify(row.payload ?? {}),
    });
    const { output, summary } = files(root);
    const env: Record<string, string> = {
      GITHUB_EVENT_NAME: row.event,
      GITHUB_EVENT_PATH: path.join(root, 'event.json'),
      GITHUB_REF: row.ref,
      GITHUB_SHA: SHA,
      GITHUB_REPOSITORY: 'acme/flows',
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      // No credentials can reach AWS: the promotion fails there, past its inputs.
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_ENDPOINT_URL: refusing.replace('/api', ''),
      AWS_MAX_ATTEMPTS: '1',
      'INPUT_PREFECT-API-URL': refusing,
    };
    for (const [k, v] of Object.entries(row.inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await runActionAsync(root, env);
    const log = r.stdout + r.stderr;
    assert.doesNotMatch(log, USAGE);
    assert.equal(r.status, 1, log);
    assert.match(log, /ECONNREFUSED|connection refused/, 'it failed on the unreachable API');
    assert.match(readFileSync(output, 'utf8'), new RegExp(`^mode<<(.+)\\n${row.mode}\\n\\1$`, 'm'));
    assert.match(readFileSync(output, 'utf8'), new RegExp(`^environment<<(.+)\\n${row.environment}\\n\\1$`, 'm'));
    assert.match(readFileSync(summary, 'utf8'), /### Prefect deployments · <code>/);
  });
}

test('a runner without a job summary file: a warning, and the outputs are still set', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE('dev') });
  const { output } = files(root);
  const env = {
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/dev',
    GITHUB_SHA: SHA,
    GITHUB_OUTPUT: output,
    'INPUT_PREFECT-API-URL': refusing,
  };
  const r = await runActionAsync(root, env);
  assert.equal(r.status, 1, r.stdout);
  assert.match(
    r.stdout,
    /^::warning::could not write the job summary: Unable to find environment variable for \$GITHUB_STEP_SUMMARY/m,
  );
  assert.match(readFileSync(output, 'utf8'), /^mode<<(.+)\ndeploy\n\1$/m);
});
