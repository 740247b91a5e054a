/**
 * examples/workflows/rollback.yml, unchanged, under a real Actions runner (nektos/act,
 * host mode) against a Prefect server of its own, moto's ECR and the TLS registry:
 * deploy.yml deploys commit A to dev, then commit B; rollback.yml deploys A again. The
 * rollback builds and pushes nothing (A's image, by digest, is reused and dev's tag
 * points at it again), every version is A's SHA, and the summary and the plan say
 * "rollback" and list B's commit.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  actBin,
  commit,
  runWorkflow,
  THIS_ACTION,
  writeFiles,
  type ActRun,
  createExamplesEcrRepository,
  examplesRepo,
  EXAMPLES_ECR_REPOSITORY,
} from '../support/act.js';
import { imageInfra, manifest } from '../support/image.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const ECR_REPOSITORY = EXAMPLES_ECR_REPOSITORY;
const API_KEY = `pnu_act-rollback-key-${RUN}`;
const DEV = ['etl-dev', 'hello-dev'];

let prefect: RunningServer;
let repo: string;
let a: string;
let b: string;
let digestA: string;
let digestB: string;

before(async () => {
  actBin();
  imageInfra();
  prefect = await startPrefectServer();
  await createWorkPool(prefect, { name: 'examples-pool', type: 'process' });
  createExamplesEcrRepository();
  repo = examplesRepo('dev', RUN);
  a = commit(repo, 'A: the release to come back to');
});
after(async () => {
  await prefect?.stop();
});

const deployVars = () => ({
  AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::123456789012:role/prefect-deploy',
  PREFECT_API_URL: prefect.apiUrl,
});

const live = () =>
  prefect
    .api<{ name: string; version: string }[]>('POST', '/deployments/filter', { deployments: { name: { any_: DEV } } })
    .then((l) => l.map((d) => [d.name, d.version]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))));

/**
 * The registry's images of these commits, by their revision label, read from its storage:
 * what was ever pushed for them (the registry and the repository are shared; other images do not count).
 */
function imagesOf(commits: string[]): string[] {
  const v2 = path.join(imageInfra().dir, 'registry-data/docker/registry/v2');
  const blob = (digest: string) =>
    JSON.parse(readFileSync(path.join(v2, 'blobs/sha256', digest.slice(0, 2), digest, 'data'), 'utf8')) as {
      config?: { digest?: string; Labels?: Record<string, string> };
    };
  const revisions = readdirSync(path.join(v2, 'repositories', ECR_REPOSITORY, '_manifests/revisions/sha256'));
  return revisions
    .filter((d) => {
      const config = blob(d).config?.digest;
      const labels = config ? blob(config.replace(/^sha256:/, '')).config?.Labels : undefined;
      return commits.includes(labels?.['org.opencontainers.image.revision'] ?? '');
    })
    .map((d) => `sha256:${d}`)
    .sort();
}

function actionStep(run: ActRun) {
  assert.equal(run.jobResult, 'success', run.text.slice(-4000));
  const post = run.step(THIS_ACTION, 'Post');
  assert.equal(post.result, 'success', run.text.slice(-3000));
  return run.step(THIS_ACTION);
}

const push = (sha: string) =>
  runWorkflow({
    repo,
    workflow: '.github/workflows/deploy.yml',
    event: 'push',
    payload: { ref: 'refs/heads/dev', after: sha, repository: { full_name: 'acme/flows', default_branch: 'main' } },
    vars: deployVars(),
    secrets: { PREFECT_API_KEY: API_KEY },
  });

test('deploy.yml deploys A, then B: each builds its image once', async () => {
  const first = actionStep(await push(a));
  digestA = first.outputs['image-digest'];
  assert.match(digestA, /^sha256:[0-9a-f]{64}$/);
  assert.deepEqual(await live(), [
    ['etl-dev', a],
    ['hello-dev', a],
  ]);

  // B changes a flow: a new image, new versions.
  const flow = path.join(repo, 'flows/hello_world.py');
  writeFiles(repo, { 'flows/hello_world.py': `${readFileSync(flow, 'utf8')}\n# B: a change to undo\n` });
  b = commit(repo, 'B: a change that broke dev');
  const second = actionStep(await push(b));
  digestB = second.outputs['image-digest'];
  assert.notEqual(digestB, digestA);
  assert.match(second.log, /docker build/);
  assert.deepEqual(await live(), [
    ['etl-dev', b],
    ['hello-dev', b],
  ]);
  assert.deepEqual(imagesOf([a]), [digestA], 'the registry holds one image of A');
  assert.equal((await manifest(ECR_REPOSITORY, 'dev')).digest, digestB);
});

test('rollback.yml deploys A again: no build, no push, versions A, the plan says rollback and lists B', async () => {
  const run = await runWorkflow({
    repo,
    workflow: '.github/workflows/rollback.yml',
    event: 'workflow_dispatch',
    payload: { ref: 'refs/heads/dev', inputs: { environment: 'dev', sha: a } },
    vars: deployVars(),
    secrets: { PREFECT_API_KEY: API_KEY },
  });
  const main = actionStep(run);
  // The checkout is A's, with the whole history (fetch-depth: 0).
  assert.match(run.text, new RegExp(`checked out ${a} at ${a} \\(fetch-depth 0\\)`));
  assert.equal(main.outputs.environment, 'dev');
  assert.equal(main.outputs.mode, 'deploy');
  assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${a}`);
  assert.equal(main.outputs['image-digest'], digestA, "A's image, reused");
  assert.match(main.log, new RegExp(`image \\S+:${a} exists \\(${digestA}\\): not rebuilt`));
  assert.doesNotMatch(main.log, /docker build|docker push|load build definition/);
  assert.deepEqual(imagesOf([a]), [digestA], 'no new image of A was pushed');
  assert.equal((await manifest(ECR_REPOSITORY, 'dev')).digest, digestA, "dev's tag points at A's image again");
  assert.deepEqual(await live(), [
    ['etl-dev', a],
    ['hello-dev', a],
  ]);

  // The plan: each row rolled back, with B's commit as what it undoes.
  const plan = JSON.parse(main.outputs.plan) as {
    sha: string;
    deployments: {
      name: string;
      action: string;
      rollback?: { from: string; to: string; undone: string[]; more: number };
    }[];
  };
  assert.equal(plan.sha, a);
  for (const d of plan.deployments) {
    assert.equal(d.action, 'updated', d.name);
    assert.equal(d.rollback?.from, b, d.name);
    assert.equal(d.rollback?.to, a, d.name);
    assert.equal(d.rollback?.more, 0, d.name);
    assert.equal(d.rollback?.undone.length, 1, JSON.stringify(d.rollback));
    assert.match(d.rollback!.undone[0], new RegExp(`^${b.slice(0, 7)}[0-9a-f]* B: a change that broke dev$`));
  }
  assert.match(main.summary, /<code>hello-dev<\/code> \| hello \| ⏪ rolled back/);
  assert.match(main.summary, /<code>etl-dev<\/code> \| nightly-etl \| ⏪ rolled back/);
  assert.match(
    main.summary,
    new RegExp(
      `⏪ Rollback: [\\w, -]+ run ${b.slice(0, 12)}, newer than ${a.slice(0, 12)} in this repository's history; this deploy undoes 1 commit:\\n\\n- <code>${b.slice(0, 7)}[0-9a-f]*</code> B: a change that broke dev`,
    ),
  );
  assert.match(main.log, new RegExp(`rollback: [\\w, -]+ run ${b.slice(0, 12)}, newer than ${a.slice(0, 12)}`));
  assert.doesNotMatch(run.text, new RegExp(API_KEY), 'the Prefect key reached the log');
});
