/**
 * Previews of a pull request through the bundled CLI against a real Prefect server:
 * --preview registers <name>-pr-N beside the environment's deployments (version the
 * commit, tags, no schedules or automations unless preview: says so), a second commit
 * updates them, a normal deploy with --prune keeps them, and --preview-close deletes
 * exactly this repository's previews of that pull request and their automations: a
 * look-alike made by hand, another repository's, and another pull request's survive.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA1 = 'c1'.repeat(20);
const SHA2 = 'c2'.repeat(20);
// Names of this file's own: the server is shared, and a prune removes what its repository and environment own.
const REPOSITORY = 'acme/preview-test';
const POOL = 'preview-test-pool';
const FLOW = 'preview-test-etl';
let server: RunningServer;
before(async () => {
  server = await startPrefectServer({ shared: true });
  await server.api('POST', '/work_pools/', { name: POOL, type: 'process' });
  await server.api('POST', '/work_pools/', { name: `${POOL}-pr`, type: 'process' });
});
after(() => server?.stop());

const FLOWS = `from prefect import flow


@flow(name="${FLOW}")
def etl(n: int = 1):
    return n
`;
const FILE = `deployments:
  - name: nightly
    entrypoint: flows/preview_etl.py:etl
    work_pool: {name: ${POOL}}
    tags: [etl]
    schedules: [{cron: "0 3 * * *"}]
    triggers: [{expect: [preview.test.go]}]
  - name: hourly
    entrypoint: flows/preview_etl.py:etl
    work_pool: {name: ${POOL}}
    schedules: [{interval: 3600}]
    preview: {schedules: true}
`;

interface Deployment {
  id: string;
  name: string;
  flow_id: string;
  version: string;
  tags: string[];
  labels: Record<string, string>;
  work_pool_name: string;
  schedules: unknown[];
}

async function deployments(): Promise<Deployment[]> {
  const [flow] = await server.api<{ id: string }[]>('POST', '/flows/filter', { flows: { name: { any_: [FLOW] } } });
  if (!flow) return [];
  const all = await server.api<Deployment[]>('POST', '/deployments/filter', { flows: { id: { any_: [flow.id] } } });
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

async function automationsOf(ids: string[]): Promise<string[]> {
  const all = await server.api<{ name: string; actions: { deployment_id?: string }[] }[]>(
    'POST',
    '/automations/filter',
    {},
  );
  return all.filter((a) => ids.includes(a.actions[0]?.deployment_id ?? '')).map((a) => a.name);
}

async function lookAlike(name: string, labels: Record<string, string>) {
  const flow = await server.api<{ id: string }>('POST', '/flows/', { name: FLOW });
  await server.api('POST', '/deployments/', {
    name,
    flow_id: flow.id,
    work_pool_name: POOL,
    labels,
    tags: ['preview'],
  });
}

test('preview: opened, updated by a second commit, kept by a prune, closed: only its own previews go', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE, 'flows/preview_etl.py': FLOWS });
  const run = (args: string[], repository = REPOSITORY) => {
    const r = runCli([...args, '--env', 'dev', '--json'], root, {
      PREFECT_API_URL: server.apiUrl,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: repository,
    });
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as { deployments: { name: string; action: string }[] };
  };
  const actions = (r: ReturnType<typeof run>) => r.deployments.map((d) => `${d.name} ${d.action}`);

  assert.deepEqual(actions(run(['deploy', '--sha', SHA1])), ['nightly created', 'hourly created']);
  // A plan of the preview writes nothing.
  assert.deepEqual(actions(run(['plan', '--sha', SHA1, '--preview', '7'])), [
    'nightly-pr-7 create',
    'hourly-pr-7 create',
  ]);
  assert.equal((await deployments()).length, 2);

  assert.deepEqual(actions(run(['deploy', '--sha', SHA1, '--preview', '7'])), [
    'nightly-pr-7 created',
    'hourly-pr-7 created',
  ]);
  const opened = await deployments();
  const byName = new Map(opened.map((d) => [d.name, d]));
  assert.deepEqual([...byName.keys()], ['hourly', 'hourly-pr-7', 'nightly', 'nightly-pr-7']);
  const preview = byName.get('nightly-pr-7')!;
  assert.equal(preview.version, SHA1);
  assert.deepEqual(preview.tags, ['etl', 'preview', 'pr-7']);
  assert.equal(preview.labels['prefect-ecr-deploy.preview'], '7');
  assert.equal(preview.labels['prefect-ecr-deploy.repository'], REPOSITORY);
  assert.equal(preview.work_pool_name, POOL);
  assert.deepEqual(preview.schedules, [], 'a preview has no schedules unless preview: says so');
  assert.equal(byName.get('hourly-pr-7')!.schedules.length, 1, 'preview: {schedules: true} keeps them');
  assert.equal(byName.get('nightly')!.schedules.length, 1);
  assert.equal(byName.get('nightly')!.labels['prefect-ecr-deploy.preview'], undefined);
  assert.deepEqual(await automationsOf([preview.id]), [], 'a preview has no automations unless preview: says so');
  assert.deepEqual(await automationsOf([byName.get('nightly')!.id]), ['nightly__automation_1']);

  // A second commit updates the previews: the version is the new commit, on the preview work pool when given.
  assert.deepEqual(actions(run(['deploy', '--sha', SHA2, '--preview', '7', '--preview-work-pool', `${POOL}-pr`])), [
    'nightly-pr-7 updated',
    'hourly-pr-7 updated',
  ]);
  const updated = new Map((await deployments()).map((d) => [d.name, d]));
  assert.equal(updated.get('nightly-pr-7')!.version, SHA2);
  assert.equal(updated.get('nightly-pr-7')!.id, preview.id);
  assert.equal(updated.get('nightly-pr-7')!.work_pool_name, `${POOL}-pr`);
  assert.equal(updated.get('nightly')!.version, SHA1, 'the environment deployment is untouched');

  // Another pull request's preview, a look-alike made by hand, and another repository's preview of the same number.
  run(['deploy', '--sha', SHA2, '--preview', '8']);
  await lookAlike('manual-pr-7', {});
  await lookAlike('other-pr-7', {
    'prefect-ecr-deploy.managed': 'true',
    'prefect-ecr-deploy.environment': 'dev',
    'prefect-ecr-deploy.repository': 'acme/other',
    'prefect-ecr-deploy.preview': '7',
  });

  // A normal deploy with prune never deletes previews; a hand-made deployment of a preview's name is a conflict.
  assert.deepEqual(actions(run(['deploy', '--sha', SHA2, '--prune'])), ['nightly updated', 'hourly updated']);
  assert.equal((await deployments()).length, 8);

  // Closing pull request 7: a plan lists what would go, deploy deletes only those and their automations.
  assert.deepEqual(actions(run(['plan', '--preview-close', '7'])), ['hourly-pr-7 delete', 'nightly-pr-7 delete']);
  assert.equal((await deployments()).length, 8);
  assert.deepEqual(actions(run(['deploy', '--preview-close', '7'])), ['hourly-pr-7 deleted', 'nightly-pr-7 deleted']);
  assert.deepEqual(
    (await deployments()).map((d) => d.name),
    ['hourly', 'hourly-pr-8', 'manual-pr-7', 'nightly', 'nightly-pr-8', 'other-pr-7'],
  );
  // Closing again has nothing left to delete.
  assert.deepEqual(actions(run(['deploy', '--preview-close', '7'])), []);
});

test('preview: a preview:-section error is placed, and flags are checked before any request', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE.replace(
      'preview: {schedules: true}',
      'preview: {schedule: true, automations: 1}',
    ),
    'flows/preview_etl.py': FLOWS,
  });
  const bad = runCli(['plan', '--env', 'dev', '--sha', SHA1, '--preview', '7'], root, {
    PREFECT_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_REPOSITORY: REPOSITORY,
  });
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(
    bad.stderr,
    /prefect-deployments-dev\.yaml:12:15: unknown key 'schedule' \(did you mean 'schedules'\?\)/,
  );
  assert.match(bad.stderr, /prefect-deployments-dev\.yaml:12:44: 'automations' must be true or false/);

  const flags = runCli(['promote', '--env', 'prod', '--from', 'dev', '--preview', 'x', '--preview-close', '3'], root, {
    PREFECT_API_URL: 'http://127.0.0.1:9/api',
  });
  assert.equal(flags.status, 2);
  assert.match(flags.stderr, /--preview and --preview-close: give one/);
  assert.match(flags.stderr, /--preview 'x' is not a pull request number/);
  assert.match(flags.stderr, /--preview is for plan and deploy/);

  // push_to_s3's one folder for every commit: a preview would overwrite the environment's code.
  const shared = makeRepo({
    'prefect-deployments-dev.yaml': `push:\n  - prefect_aws.deployments.steps.push_to_s3: {bucket: code, folder: flows}\n${FILE}`,
    'flows/preview_etl.py': FLOWS,
  });
  const s3 = runCli(['deploy', '--env', 'dev', '--sha', SHA1, '--preview', '7', '--region', 'us-east-1'], shared, {
    PREFECT_API_URL: 'http://127.0.0.1:9/api',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPOSITORY,
  });
  assert.equal(s3.status, 2, s3.stderr);
  assert.match(
    s3.stderr,
    /a preview with a push_to_s3 step \(line 2\) needs one folder per commit: pass --code-storage/,
  );
});
