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
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PREFECTIGNORE, s3Cases, type S3Case } from '../fixtures/conformance/s3-cases.js';
import { awsEnv, createBucket, MOTO_URL, prefectWithMoto } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import {
  assertSame,
  type Compared,
  prefectDeployAll,
  prefectFor,
  registered,
  takeObjects,
} from '../support/deploy-compare.js';
import { repoRoot } from '../support/python.js';
import { initRecipe, recipeFields, withDeployment } from '../support/recipes.js';
import { commitAll, copyTree, makeRepo } from '../support/repo.js';
import type { PrefectCli } from '../support/prefect-cli.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-recipes-${RUN}`;
const SHA = 'd4'.repeat(20);
const BLOCK = 'moto';
let theirs: RunningServer;
let ours: RunningServer;
let theirCli: PrefectCli;

before(async () => {
  createBucket(BUCKET);
  // Servers of their own: prefect deploy's and ours are compared whole, and cleared between cases.
  [theirs, ours] = await Promise.all([
    prefectWithMoto('pool', BLOCK, { shared: false }),
    prefectWithMoto('pool', BLOCK, { shared: false }),
  ]);
  theirCli = prefectFor(theirs);
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
  theirCli?.stop();
  await Promise.all([theirs?.stop(), ours?.stop()]);
});

const prefectDeploy = (root: string) => prefectDeployAll(theirCli, root, awsEnv());

const ourDeploy = (root: string, extra: string[] = []) =>
  runCli(['deploy', '--file', 'prefect.yaml', '--sha', SHA, ...extra], root, {
    ...awsEnv(),
    PREFECT_API_URL: ours.apiUrl,
  });

/** Both tools deploy the repository: what each registered and uploaded. */
async function bothDeploy(root: string, compareVersion = false): Promise<Compared> {
  takeObjects(BUCKET);
  const prefect = await prefectDeploy(root);
  const theirObjects = takeObjects(BUCKET);
  const mine = ourDeploy(root);
  const ourObjects = takeObjects(BUCKET);
  return {
    prefect,
    mine,
    theirObjects,
    ourObjects,
    theirDeployments: await registered(theirs, compareVersion),
    ourDeployments: await registered(ours, compareVersion),
  };
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
    copyTree(path.join(repoRoot, 'examples/flows'), path.join(root, 'flows'));
    withDeployment(root, `${recipe}-recipe`, 'flows/hello_world.py:hello', 'pool');
    commitAll(root);
    assertSame(await bothDeploy(root), recipe === 's3');
  });
}

test("the per-commit layout is an opt-in: --code-storage wins over the step, and the step's outputs are the commit's folder", async () => {
  const [c] = s3Cases;
  const root = repoFor(c);
  takeObjects(BUCKET);
  const r = ourDeploy(root, ['--code-storage', `s3://${BUCKET}/commits`, '--code-storage-credentials-block', BLOCK]);
  assert.equal(r.status, 0, r.stderr);
  const keys = Object.keys(takeObjects(BUCKET));
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
  takeObjects(BUCKET);
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
  takeObjects(BUCKET);
  await registered(ours, false);
});
