/**
 * push_to_s3 files against the pinned `prefect deploy --all` (from the worker's venv,
 * with prefect-aws, against moto): for each fixture of test/fixtures/conformance/s3-cases.ts
 * and the recipes `prefect init` writes that this tool runs (s3, local, git), both
 * register the same deployments, field by field, and upload the same objects (keys,
 * sizes, content). What this tool refuses, it refuses before writing anything.
 * Besides: the per-commit layout as an opt-in (--code-storage), whose folder the push
 * step's outputs then give; a re-run that uploads nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PREFECTIGNORE, s3Cases, type S3Case } from '../fixtures/conformance/s3-cases.js';
import { awsEnv, boto, createBucket, MOTO_URL, prefectWithMoto } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { repoRoot, venvBin } from '../support/python.js';
import { initRecipe, recipeFields, withDeployment } from '../support/recipes.js';
import { commitAll, makeRepo } from '../support/repo.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-recipes-${RUN}`;
const SHA = 'd4'.repeat(20);
const BLOCK = 'moto';
let theirs: RunningServer;
let ours: RunningServer;

before(async () => {
  createBucket(BUCKET);
  // Servers of their own: prefect deploy's and ours are compared whole, and cleared between cases.
  [theirs, ours] = await Promise.all([
    prefectWithMoto('pool', BLOCK, { shared: false }),
    prefectWithMoto('pool', BLOCK, { shared: false }),
  ]);
  for (const server of [theirs, ours]) {
    server.prefect([
      'python',
      '-c',
      `from prefect_aws import S3Bucket
S3Bucket(bucket_name='${BUCKET}').save('code-bucket', overwrite=True)`,
    ]);
  }
});
after(async () => {
  await Promise.all([theirs?.stop(), ours?.stop()]);
});

type Api = Record<string, unknown> & { id: string; name: string; flow_id: string };

/** Every deployment on a server, as a comparable view, then removes them all. */
async function registered(server: RunningServer, compareVersion: boolean): Promise<Record<string, unknown>> {
  const deployments = await server.api<Api[]>('POST', '/deployments/filter', {});
  const flows = await server.api<{ id: string; name: string }[]>('POST', '/flows/filter', {});
  const flowName = new Map(flows.map((f) => [f.id, f.name]));
  const out: Record<string, unknown> = {};
  for (const d of deployments) {
    const keys = [
      'description',
      'parameters',
      'parameter_openapi_schema',
      'enforce_parameter_schema',
      'tags',
      'work_pool_name',
      'work_queue_name',
      'entrypoint',
      'paused',
      'job_variables',
      'concurrency_options',
      'pull_steps',
      'path',
      'storage_document_id',
      'infrastructure_document_id',
    ];
    const view: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, d[k]]));
    if (compareVersion) view.version = d.version;
    view.schedules = (d.schedules as unknown[]).length;
    out[`${flowName.get(d.flow_id)}/${d.name}`] = view;
  }
  for (const d of deployments) await server.api('DELETE', `/deployments/${d.id}`);
  return out;
}

/** The bucket's objects (key: size and ETag, the content's MD5), then the bucket emptied. */
function takeObjects(): Record<string, [number, string]> {
  return boto<Record<string, [number, string]>>(
    `out = {}
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=args["b"]):
    for o in page.get("Contents", []):
        out[o["Key"]] = [o["Size"], o["ETag"]]
for k in out:
    s3.delete_object(Bucket=args["b"], Key=k)`,
    { b: BUCKET },
  );
}

function prefectDeploy(root: string) {
  const r = spawnSync(venvBin('prefect', '.venv-worker'), ['--no-prompt', 'deploy', '--all'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: theirs.home,
      PREFECT_API_URL: theirs.apiUrl,
      PREFECT_HOME: theirs.home,
      DO_NOT_TRACK: '1',
      PREFECT_LOGGING_LEVEL: 'WARNING',
      ...awsEnv(),
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const ourDeploy = (root: string, extra: string[] = []) =>
  runCli(['deploy', '--file', 'prefect.yaml', '--sha', SHA, ...extra], root, {
    ...awsEnv(),
    PREFECT_API_URL: ours.apiUrl,
  });

/** Both tools deploy the repository: what each registered and uploaded. */
async function bothDeploy(root: string, compareVersion = false) {
  takeObjects();
  const prefect = prefectDeploy(root);
  const theirObjects = takeObjects();
  const mine = ourDeploy(root);
  const ourObjects = takeObjects();
  return {
    prefect,
    mine,
    theirObjects,
    ourObjects,
    theirDeployments: await registered(theirs, compareVersion),
    ourDeployments: await registered(ours, compareVersion),
  };
}

function assertSame(r: Awaited<ReturnType<typeof bothDeploy>>, uploads: boolean): void {
  assert.equal(r.prefect.status, 0, `prefect deploy failed:\n${r.prefect.output.slice(-3000)}`);
  assert.equal(r.mine.status, 0, `prefect-ecr-deploy failed:\n${r.mine.stdout}\n${r.mine.stderr}`);
  assert.doesNotMatch(r.mine.stderr, /no earlier (pull )?step has the id|keep the pull steps of the file/);
  assert.ok(Object.keys(r.theirDeployments).length > 0, 'prefect deploy registered nothing');
  assert.deepEqual(r.ourDeployments, r.theirDeployments);
  if (uploads)
    assert.ok(Object.keys(r.theirObjects).length >= 3, `prefect deploy uploaded: ${JSON.stringify(r.theirObjects)}`);
  assert.deepEqual(r.ourObjects, r.theirObjects);
}

function repoFor(c: S3Case): string {
  const root = makeRepo({
    'prefect.yaml': c.yaml(BUCKET, BLOCK, MOTO_URL()),
    '.prefectignore': PREFECTIGNORE,
    'requirements.txt': 'prefect\n',
  });
  commitAll(root);
  return root;
}

for (const c of s3Cases) {
  test(`push_to_s3 conformance: ${c.name}`, async () => {
    const root = repoFor(c);
    const r = await bothDeploy(root);
    if (c.expect === 'same') return assertSame(r, true);
    assert.match(r.mine.stderr + r.mine.stdout, c.expect.message);
    assert.equal(r.mine.status, 2, r.mine.stderr);
    assert.deepEqual(r.ourDeployments, {}, 'prefect-ecr-deploy registered something');
    assert.deepEqual(r.ourObjects, {}, 'prefect-ecr-deploy uploaded something');
    if (c.expect.outcome === 'both-refuse')
      assert.ok(r.prefect.status !== 0 || !Object.keys(r.theirDeployments).length, r.prefect.output.slice(-2000));
    else assert.equal(r.prefect.status, 0, `prefect deploy refused the file too:\n${r.prefect.output.slice(-2000)}`);
  });
}

for (const recipe of ['s3', 'local', 'git']) {
  test(`prefect init --recipe ${recipe}: registered (and uploaded) as prefect deploy does`, async () => {
    const root = initRecipe(recipe, recipeFields(BUCKET), '.venv-worker');
    cpSync(path.join(repoRoot, 'examples/flows'), path.join(root, 'flows'), { recursive: true });
    withDeployment(root, `${recipe}-recipe`, 'flows/hello_world.py:hello', 'pool');
    commitAll(root);
    assertSame(await bothDeploy(root), recipe === 's3');
  });
}

test("the per-commit layout is an opt-in: --code-storage wins over the step, and the step's outputs are the commit's folder", async () => {
  const [c] = s3Cases;
  const root = repoFor(c);
  takeObjects();
  const r = ourDeploy(root, ['--code-storage', `s3://${BUCKET}/commits`, '--code-storage-credentials-block', BLOCK]);
  assert.equal(r.status, 0, r.stderr);
  const keys = Object.keys(takeObjects());
  assert.ok(
    keys.includes('commits/.prefect-ecr-deploy.json') && keys.includes(`commits/${SHA}/flows/hello_world.py`),
    keys.join(', '),
  );
  assert.ok(!keys.some((k) => k.startsWith('team/')), "nothing in the step's folder");
  const live = await registered(ours, false);
  for (const view of Object.values(live) as { pull_steps: Record<string, Record<string, unknown>>[] }[]) {
    assert.deepEqual(view.pull_steps[0]['prefect_aws.deployments.steps.pull_from_s3'], {
      id: 'pull_code',
      requires: 'prefect-aws>=0.3.4',
      bucket: BUCKET,
      folder: `commits/${SHA}`,
      credentials: `{{ prefect.blocks.aws-credentials.${BLOCK} }}`,
    });
  }
});

test("Prefect's layout: a re-run uploads nothing; a changed file of the same size is uploaded again; a promotion needs --code-storage", async () => {
  const [c] = s3Cases;
  const root = repoFor(c);
  takeObjects();
  const first = ourDeploy(root, ['--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.ok(JSON.parse(first.stdout).codeStorage.uploaded > 3);
  const again = ourDeploy(root, ['--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).codeStorage.uploaded, 0);
  writeFileSync(path.join(root, 'requirements.txt'), 'prefekt\n');
  commitAll(root, 'same size, other content');
  const changed = ourDeploy(root, ['--json']);
  assert.equal(changed.status, 0, changed.stderr);
  assert.equal(JSON.parse(changed.stdout).codeStorage.uploaded, 1);
  const promote = runCli(
    ['promote', '--file', 'prefect.yaml', '--env', 'prod', '--from', 'dev', '--repository', 'flows'],
    root,
    { ...awsEnv(), PREFECT_API_URL: ours.apiUrl },
  );
  assert.equal(promote.status, 2, promote.stderr);
  assert.match(
    promote.stderr,
    /promote with a push_to_s3 step \(line 5\) needs one folder per commit: pass --code-storage/,
  );
  takeObjects();
  await registered(ours, false);
});
