/**
 * The image recipes `prefect init` writes (docker, docker-git, docker-s3) against the
 * pinned `prefect deploy --all` (the worker's venv: prefect-docker, prefect-aws), with
 * the image in the TLS test registry and docker-s3's code in moto: both register the
 * same deployments, field by field, and upload the same objects; the one difference is the
 * documented version (the commit SHA here, the flow file's hash there). The other recipes:
 * s3-recipes.test.ts (s3, local, git) and test/parity/recipes.test.ts (GCS, Azure refused).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, boto, createBucket } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { assertSame, prefectDeployAll, prefectFor, registered, takeObjects } from '../support/deploy-compare.js';
import { createImagePool, imageInfra, manifest, REGISTRY_PASSWORD } from '../support/image.js';
import { repoRoot } from '../support/python.js';
import { initRecipe, recipeFields, withDeployment } from '../support/recipes.js';
import { commitAll, copyTree } from '../support/repo.js';
import type { PrefectCli } from '../support/prefect-cli.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-docker-recipes-${RUN}`;
const SHA = 'e7'.repeat(20);
/** Nothing to pull (pull=True is prefect-docker's default), and a small context: flows only. */
const DOCKERFILE = 'FROM scratch\nCOPY flows /opt/prefect/flows\n';
let theirs: RunningServer;
let ours: RunningServer;
let theirCli: PrefectCli;

before(async () => {
  imageInfra();
  createBucket(BUCKET);
  // Servers of their own: what each registered is compared whole, and cleared between recipes.
  [theirs, ours] = await Promise.all([
    startPrefectServer({ venv: '.venv-worker', shared: false }),
    startPrefectServer({ venv: '.venv-worker', shared: false }),
  ]);
  theirCli = prefectFor(theirs);
  // A pool with an `image` variable, as Docker and ECS pools have: the recipes set job_variables.image.
  await Promise.all([createImagePool(theirs, 'pool'), createImagePool(ours, 'pool')]);
});
after(async () => {
  theirCli?.stop();
  await Promise.all([theirs?.stop(), ours?.stop()]);
});

/** prefect-docker pushes with the Docker credentials it finds: a login of its own, as a user's machine has. */
function prefectDockerConfig(): string {
  const config = mkdtempSync(path.join(tmpdir(), 'ped-prefect-docker-config-'));
  const r = spawnSync('/usr/bin/docker', ['login', '--username', 'AWS', '--password-stdin', imageInfra().host], {
    input: REGISTRY_PASSWORD,
    env: { ...process.env, DOCKER_CONFIG: config },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`docker login failed: ${r.stderr}`);
  return config;
}

/** The ECR repository, as a user has it before deploying (prefect deploy does not create it either). */
const createRepository = (name: string) =>
  boto(
    `import boto3
boto3.client("ecr", **kw).create_repository(repositoryName=args["name"])`,
    { name },
  );

for (const recipe of ['docker', 'docker-git', 'docker-s3']) {
  test(`prefect init --recipe ${recipe}: the image built and pushed, registered as prefect deploy does`, async () => {
    const { host } = imageInfra();
    const repo = `${recipe}-recipe-${RUN}`;
    createRepository(repo);
    const root = initRecipe(recipe, { ...recipeFields(BUCKET), image_name: `${host}/${repo}` }, '.venv-worker');
    copyTree(path.join(repoRoot, 'examples/flows'), path.join(root, 'flows'));
    writeFileSync(path.join(root, 'Dockerfile'), DOCKERFILE);
    withDeployment(root, `${recipe}-recipe`, 'flows/hello_world.py:hello', 'pool');
    commitAll(root);

    takeObjects(BUCKET);
    const prefect = await prefectDeployAll(theirCli, root, { ...awsEnv(), DOCKER_CONFIG: prefectDockerConfig() });
    const theirObjects = takeObjects(BUCKET);
    const theirImage = await manifest(repo, 'dev');
    const mine = runCli(['deploy', '--file', 'prefect.yaml', '--sha', SHA], root, {
      ...awsEnv(),
      PREFECT_API_URL: ours.apiUrl,
    });
    const ourObjects = takeObjects(BUCKET);
    const theirDeployments = await registered(theirs, true);
    const ourDeployments = await registered(ours, true);
    // The one documented difference (docs/validation.md): the recipe sets no version, so ours is the
    // commit SHA, Prefect's the flow file's hash.
    for (const [views, version] of [
      [theirDeployments, /^[0-9a-f]{32}$/],
      [ourDeployments, new RegExp(`^${SHA}$`)],
    ] as const) {
      for (const view of Object.values(views) as { version?: string }[]) {
        assert.match(String(view.version), version);
        delete view.version;
      }
    }
    assertSame({ prefect, mine, theirObjects, ourObjects, theirDeployments, ourDeployments }, recipe === 'docker-s3');
    // The image is built by the image stage, not prefect-docker: said, at the steps' lines.
    for (const step of [
      'build step build_docker_image: the image stage builds',
      'push step push_docker_image: the image stage pushes',
    ])
      assert.match(mine.stderr, new RegExp(`prefect\\.yaml:\\d+:3: warning: ${step} the image instead`));
    // Both pushed the recipe's tag; ours the commit's too, the same image.
    assert.equal(theirImage.status, 200, 'prefect deploy pushed no image');
    const ourImage = await manifest(repo, 'dev');
    assert.equal(ourImage.status, 200);
    assert.equal((await manifest(repo, SHA)).digest, ourImage.digest);
  });
}
