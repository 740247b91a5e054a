/**
 * GitHub deployments through the bundled action, run as the runner runs it, against a
 * real Prefect server: a deploy that succeeds, one that fails, a promotion, a token
 * without deployments: write, and github-deployments: false. GitHub's API is the local
 * stand-in, which checks each request as GitHub would and records what it created.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runActionAsync } from '../support/bundles.js';
import { startGithubApi, type GithubStandIn } from '../support/github-api.js';
import { imageInfra } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'c3'.repeat(20);
const TOKEN = 'ghs_deployments-write-token-5531';
const NO_DEPLOYMENTS_TOKEN = 'ghs_pull-requests-only-token-5532';
const RUN_URL = 'https://github.com/acme/flows/actions/runs/9191';
const FILE = (env: string, entrypoint = 'flows/hello_world.py:hello') => `deployments:
  - {name: gd-hello-${env}, entrypoint: ${entrypoint}, tags: [${env}, team-a], work_pool: {name: gd-pool}}
  - {name: gd-etl-${env}, entrypoint: flows/etl.py:run_etl, tags: [team-a, ${env}], work_pool: {name: gd-pool}}
`;

let prefect: RunningServer;
let github: GithubStandIn;

before(async () => {
  imageInfra();
  prefect = await startPrefectServer({ shared: true });
  await createWorkPool(prefect, { name: 'gd-pool', type: 'process' });
  github = await startGithubApi('acme/flows', {
    [TOKEN]: ['pull-requests', 'deployments'],
    [NO_DEPLOYMENTS_TOKEN]: 'write',
  });
});
after(async () => {
  await prefect?.stop();
  await github?.close();
});

async function action(
  files: Record<string, string>,
  event: { name: string; ref: string; payload?: unknown },
  inputs: Record<string, string>,
  token = TOKEN,
) {
  const root = makeRepo(files);
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const eventPath = path.join(root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));
  const [output, summary] = ['output', 'summary'].map((f) => path.join(root, f));
  for (const f of [output, summary]) writeFileSync(f, '');
  const env: Record<string, string> = {
    ...imageInfra().env,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: event.ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: '9191',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_GITHUB-TOKEN': token,
    'INPUT_PREFECT-API-URL': prefect.apiUrl,
    INPUT_IMAGE: 'prefect-flows:given',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runActionAsync(root, env);
  return { ...r, summary: readFileSync(summary, 'utf8') };
}

const ui = () => prefect.apiUrl.replace(/\/api$/, '');
const created = () => [...github.deployments.values()];
function fresh() {
  github.deployments.clear();
  github.calls.length = 0;
  github.problems.length = 0;
}

test('a deploy that succeeds: a deployment of the SHA to its environment, in progress, then success with both URLs', async () => {
  fresh();
  const r = await action({ 'prefect-deployments-dev.yaml': FILE('dev') }, { name: 'push', ref: 'refs/heads/dev' }, {});
  assert.equal(r.status, 0, r.stdout);
  const [d, ...more] = created();
  assert.deepEqual(more, [], 'one deployment per environment');
  assert.equal(d.ref, SHA);
  assert.equal(d.environment, 'dev');
  assert.equal(d.auto_merge, false);
  assert.deepEqual(d.required_contexts, []);
  assert.equal(d.transient_environment, false);
  assert.equal(d.production_environment, false);
  assert.deepEqual(d.payload, { tool: 'prefect-ecr-deploy', mode: 'deploy' });
  assert.equal(d.description, `prefect-ecr-deploy: deploy of ${SHA.slice(0, 7)} to dev`);
  assert.deepEqual(
    d.statuses.map((s) => s.state),
    ['in_progress', 'success'],
  );
  assert.ok(d.statuses.every((s) => s.log_url === RUN_URL));
  assert.equal(d.statuses[0].environment_url, `${ui()}/deployments`);
  // Both deployments have the tag dev: the UI's list filtered by it.
  assert.equal(d.statuses[1].environment_url, `${ui()}/deployments?deployments.tags.name=dev`);
  assert.equal(d.statuses[1].description, '2 Prefect deployments registered');
  assert.deepEqual(github.problems, []);
  assert.match(r.stdout, /GitHub deployment \d+ of dev: in progress/);
  assert.doesNotMatch(r.stdout, /::warning::.*GitHub/);
  const [status] = await prefect.api<{ version: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['gd-hello-dev'] } },
  });
  assert.equal(status.version, SHA);
});

test('a deploy that fails: the deployment ends in failure, and the job fails for the deploy alone', async () => {
  fresh();
  const r = await action(
    { 'prefect-deployments-dev.yaml': FILE('dev', 'flows/hello_world.py:no_such_flow') },
    { name: 'push', ref: 'refs/heads/dev' },
    {},
  );
  assert.equal(r.status, 1, r.stdout);
  const [d] = created();
  assert.deepEqual(
    d.statuses.map((s) => s.state),
    ['in_progress', 'failure'],
  );
  assert.equal(d.statuses[1].log_url, RUN_URL);
  assert.match(d.statuses[1].description ?? '', /^failed/);
  assert.doesNotMatch(JSON.stringify(d), /no_such_flow/, 'error text stays out of GitHub');
  assert.deepEqual(github.problems, []);
});

test('a promotion without a sha: recorded when it ends, as the commit the dev image was built from', async () => {
  const ecr = { 'ecr-repository': `gd-flows-${RUN}`, 'create-repository': 'true', image: '' };
  const files = {
    'prefect-deployments-dev.yaml': FILE('dev'),
    'prefect-deployments-prod.yaml': FILE('prod'),
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY flows /opt/prefect/flows\n',
  };
  const dev = await action(files, { name: 'push', ref: 'refs/heads/dev' }, ecr);
  assert.equal(dev.status, 0, dev.stdout);
  fresh();
  const r = await action(
    files,
    { name: 'workflow_dispatch', ref: 'refs/heads/main' },
    { ...ecr, environment: 'prod', 'promote-from': 'dev' },
  );
  assert.equal(r.status, 0, r.stdout);
  const [d, ...more] = created();
  assert.deepEqual(more, []);
  assert.equal(d.ref, SHA);
  assert.equal(d.environment, 'prod');
  assert.equal(d.production_environment, true);
  assert.deepEqual(d.payload, { tool: 'prefect-ecr-deploy', mode: 'promote', from: 'dev' });
  assert.equal(d.description, `prefect-ecr-deploy: promotion from dev of ${SHA.slice(0, 7)} to prod`);
  // Its commit came from the image: no in_progress before the writes, the end's status only.
  assert.deepEqual(
    d.statuses.map((s) => [s.state, s.environment_url, s.log_url]),
    [['success', `${ui()}/deployments?deployments.tags.name=prod`, RUN_URL]],
  );
  assert.deepEqual(github.problems, []);
});

test('a promotion of a given sha: in progress before the writes, then success', async () => {
  fresh();
  const r = await action(
    { 'prefect-deployments-prod.yaml': FILE('prod') },
    { name: 'workflow_dispatch', ref: 'refs/heads/main' },
    { environment: 'prod', 'promote-from': 'dev', sha: SHA, 'ecr-repository': `gd-flows-${RUN}`, image: '' },
  );
  assert.equal(r.status, 0, r.stdout);
  const [d] = created();
  assert.equal(d.ref, SHA);
  assert.deepEqual(
    d.statuses.map((s) => s.state),
    ['in_progress', 'success'],
  );
  assert.deepEqual(github.problems, []);
});

test('a token without deployments: write: one warning line, the deploy succeeds, nothing recorded', async () => {
  fresh();
  const r = await action(
    { 'prefect-deployments-dev.yaml': FILE('dev') },
    { name: 'push', ref: 'refs/heads/dev' },
    {},
    NO_DEPLOYMENTS_TOKEN,
  );
  assert.equal(r.status, 0, r.stdout);
  assert.deepEqual(created(), []);
  assert.deepEqual(github.calls, ['POST /repos/acme/flows/deployments 403']);
  const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::') && /GitHub/.test(l));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /GitHub deployments not recorded: the token may not write them .*deployments: write/);
  assert.ok(!r.stdout.replaceAll(`::add-mask::${NO_DEPLOYMENTS_TOKEN}`, '').includes(NO_DEPLOYMENTS_TOKEN));
  assert.deepEqual(github.problems, []);
});

test('github-deployments: false makes no call; a bad value is refused before anything runs', async () => {
  fresh();
  const off = await action(
    { 'prefect-deployments-dev.yaml': FILE('dev') },
    { name: 'push', ref: 'refs/heads/dev' },
    { 'github-deployments': 'false' },
  );
  assert.equal(off.status, 0, off.stdout);
  assert.deepEqual(github.calls, []);
  const bad = await action(
    { 'prefect-deployments-dev.yaml': FILE('dev') },
    { name: 'push', ref: 'refs/heads/dev' },
    { 'github-deployments': 'sometimes' },
  );
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /input 'github-deployments' must be auto, true or false, not 'sometimes'/);
  assert.deepEqual(github.calls, []);
});

test('a pull request plans: no deployment', async () => {
  fresh();
  const payload = { pull_request: { number: 5, head: { sha: SHA } } };
  const r = await action(
    { 'prefect-deployments-dev.yaml': FILE('dev') },
    { name: 'pull_request', ref: 'refs/pull/5/merge', payload },
    { comment: 'false', 'github-deployments': 'true' },
  );
  assert.equal(r.status, 0, r.stdout);
  assert.deepEqual(github.calls, []);
});
