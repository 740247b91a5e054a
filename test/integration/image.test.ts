/** The image stage against real components: dockerd, a TLS registry under the ECR hostname, moto for the ECR API. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import {
  blobUploads,
  createImagePool,
  imageInfra,
  localImages,
  manifest,
  putManifest,
  REGISTRY_PASSWORD,
} from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

/** The registry and moto outlive a run: every repository name is new per run. */
const RUN = Date.now().toString(36);
const SHA1 = 'a1'.repeat(20);
const SHA2 = 'b2'.repeat(20);
const DOCKERFILE = 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY flows /opt/prefect/flows\nWORKDIR /opt/prefect\n';
const FILES = (env: string) => `deployments:
  - {name: hello-${env}, entrypoint: flows/hello_world.py:hello, work_pool: {name: image-pool}}
  - {name: etl-${env}, entrypoint: flows/etl.py:run_etl, parameters: {source: s}, description: "runs {{ image }}", work_pool: {name: image-pool, job_variables: {image: "custom:1"}}}
`;

let server: RunningServer;
const outputs: string[] = [];
before(async () => {
  imageInfra();
  server = await startPrefectServer({ shared: true });
  await createImagePool(server);
});
after(async () => {
  await server?.stop();
});

function repoWithDockerfile(dockerfile = DOCKERFILE) {
  const root = makeRepo({
    Dockerfile: dockerfile,
    'prefect-deployments-dev.yaml': FILES('dev'),
    'prefect-deployments-prod.yaml': FILES('prod'),
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  return root;
}

function cli(root: string, args: string[], env: Record<string, string> = {}) {
  const r = runCli(args, root, { ...imageInfra().env, PREFECT_API_URL: server.apiUrl, ...env });
  outputs.push(r.stdout, r.stderr);
  return r;
}

async function deployment(name: string) {
  const [d] = await server.api<{ version: string; job_variables: Record<string, unknown>; description: string }[]>(
    'POST',
    '/deployments/filter',
    { deployments: { name: { any_: [name] } } },
  );
  return d;
}

test('first push, then a re-run of the same commit builds and uploads nothing', async () => {
  const root = repoWithDockerfile();
  const repo = `flows-first-${RUN}`;
  const first = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA1,
    '--repository',
    repo,
    '--create-repository',
    '--json',
  ]);
  assert.equal(first.status, 0, first.stderr);
  const doc = JSON.parse(first.stdout);
  const uri = `${imageInfra().host}/${repo}`;
  assert.equal(doc.image.uri, `${uri}:${SHA1}`);
  assert.equal(doc.image.built, true);
  assert.match(doc.image.digest, /^sha256:[0-9a-f]{64}$/);
  assert.equal(doc.image.digestRef, `${uri}@${doc.image.digest}`);
  const bySha = await manifest(repo, SHA1);
  const byEnv = await manifest(repo, 'dev');
  assert.equal(bySha.digest, doc.image.digest);
  assert.equal(byEnv.digest, doc.image.digest);
  assert.match(bySha.type ?? '', /manifest\.v2\+json|image\.manifest\.v1\+json/, 'a single manifest, not an index');

  // The image reaches the deployments: job_variables.image where the pool has it, {{ image }} in text.
  assert.deepEqual((await deployment('hello-dev')).job_variables, { image: `${uri}:${SHA1}` });
  assert.deepEqual((await deployment('etl-dev')).job_variables, { image: 'custom:1' });
  assert.equal((await deployment('etl-dev')).description, `runs ${uri}:${SHA1}`);

  const imagesBefore = localImages(uri);
  const uploadsBefore = blobUploads(repo);
  const again = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--repository', repo, '--json']);
  assert.equal(again.status, 0, again.stderr);
  const doc2 = JSON.parse(again.stdout);
  assert.equal(doc2.image.built, false);
  assert.equal(doc2.image.digest, doc.image.digest);
  assert.deepEqual(doc2.image.tagsWritten, []);
  assert.deepEqual(localImages(uri), imagesBefore, 'no image was built');
  assert.equal(blobUploads(repo), uploadsBefore, 'no layer was uploaded');
  assert.match(again.stderr, /exists \(sha256:[0-9a-f]+\): not rebuilt/);
  assert.deepEqual(
    doc2.deployments.map((d: { action: string }) => d.action),
    ['unchanged', 'unchanged'],
  );
});

test('promotion copies the manifest: same digest, no blob uploaded, prod registered with the source commit', async () => {
  const root = repoWithDockerfile();
  const repo = `flows-promote-${RUN}`;
  const built = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA2,
    '--repository',
    repo,
    '--create-repository',
    '--json',
  ]);
  assert.equal(built.status, 0, built.stderr);
  const digest = JSON.parse(built.stdout).image.digest;
  const uploads = blobUploads(repo);
  const promoted = cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--repository', repo, '--json']);
  assert.equal(promoted.status, 0, promoted.stderr);
  const doc = JSON.parse(promoted.stdout);
  assert.equal(doc.sha, SHA2, 'the commit comes from the image revision label');
  assert.equal(doc.image.digest, digest);
  assert.deepEqual(doc.image.tagsWritten, ['prod']);
  assert.equal((await manifest(repo, 'prod')).digest, digest);
  assert.equal(blobUploads(repo), uploads, 'promotion uploads no blob');
  assert.equal((await deployment('hello-prod')).version, SHA2);

  const again = cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--repository', repo, '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout).image.tagsWritten, [], 'target already at that digest: no write');
});

/** A checkout with one commit (its files), and that commit's SHA. */
function committed(root: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
      encoding: 'utf8',
    }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'flows');
  return git('rev-parse', 'HEAD');
}

test("promotion says what it promotes: another commit's image is refused (or, with --allow-drift, a warning), the repository from the build step", async () => {
  const repo = `flows-drift-${RUN}`;
  const build = `build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      image_name: ${imageInfra().host}/${repo}\n`;
  const root = makeRepo({
    Dockerfile: DOCKERFILE,
    'prefect-deployments-dev.yaml': build + FILES('dev'),
    'prefect-deployments-prod.yaml': build + FILES('prod'),
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const head = committed(root);
  // dev runs the image of another commit than the checkout's.
  const other = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--create-repository', '--repository', repo]);
  assert.equal(other.status, 0, other.stderr);
  const refused = cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--json']);
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(
    refused.stderr,
    new RegExp(
      `the dev image was built from commit ${SHA1.slice(0, 12)}, but the deployments file and flows registered with it are those of the checked-out commit ${head.slice(0, 12)}: check out ${SHA1.slice(0, 12)} and promote from there, or pass --allow-drift`,
    ),
  );
  assert.equal((await manifest(repo, 'prod')).status, 404, 'nothing was promoted');
  const allowed = cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--allow-drift', '--json']);
  assert.equal(allowed.status, 0, allowed.stderr);
  assert.match(allowed.stderr, /warning: promote: the dev image was built from commit .+ \(--allow-drift\)/);
  // The checkout's own image: promoted without a word, the repository read from the build step.
  const own = cli(root, ['deploy', '--env', 'dev', '--sha', head]);
  assert.equal(own.status, 0, own.stderr);
  const promoted = cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--json']);
  assert.equal(promoted.status, 0, promoted.stderr);
  assert.doesNotMatch(promoted.stderr, /built from commit/);
  assert.equal(JSON.parse(promoted.stdout).sha, head);
  assert.equal((await manifest(repo, 'prod')).digest, JSON.parse(promoted.stdout).image.digest);
});

test('promotion of a multi-platform index keeps the index bytes and digest', async () => {
  const root = repoWithDockerfile();
  const repo = `flows-index-${RUN}`;
  const built = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA1,
    '--repository',
    repo,
    '--create-repository',
    '--json',
  ]);
  assert.equal(built.status, 0, built.stderr);
  const single = await manifest(repo, SHA1);
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
      manifests: ['amd64', 'arm64'].map((architecture) => ({
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        size: single.body.length,
        digest: single.digest,
        platform: { architecture, os: 'linux' },
      })),
    }),
  );
  assert.equal(await putManifest(repo, 'qa', index, 'application/vnd.docker.distribution.manifest.list.v2+json'), 201);
  const qa = await manifest(repo, 'qa');
  const r = cli(root, ['promote', '--from', 'qa', '--env', 'prod', '--repository', repo, '--json']);
  assert.equal(JSON.parse(r.stdout).sha, SHA1, 'the commit comes from the first platform image');
  assert.equal(r.status, 0, r.stderr);
  const prod = await manifest(repo, 'prod');
  assert.equal(prod.digest, qa.digest);
  assert.ok(prod.body.equals(index), 'the index bytes are copied exactly');
});

test('a missing source image is a clear error and nothing is written', async () => {
  const root = repoWithDockerfile();
  const r = cli(root, [
    'promote',
    '--from',
    'staging',
    '--env',
    'prod',
    '--repository',
    `flows-first-${RUN}`,
    '--json',
  ]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /source image .*flows-first-[a-z0-9]+:staging not found: nothing was promoted/);
});

test('an immutable tag held by another digest is a clear error before any write', async () => {
  const root = repoWithDockerfile();
  const repo = `flows-immutable-${RUN}`;
  const first = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA1,
    '--repository',
    repo,
    '--create-repository',
    '--tag-mutability',
    'IMMUTABLE',
    '--json',
  ]);
  assert.equal(first.status, 0, first.stderr);
  const devBefore = (await manifest(repo, 'dev')).digest;
  const other = repoWithDockerfile(DOCKERFILE + 'LABEL variant=two\n');
  const second = cli(other, ['deploy', '--env', 'dev', '--sha', SHA2, '--repository', repo, '--json']);
  assert.equal(second.status, 2, second.stderr);
  assert.match(
    second.stderr,
    /tag .*flows-immutable-[a-z0-9]+:dev is immutable and holds sha256:[0-9a-f]+; it cannot point at sha256:/,
  );
  assert.equal((await manifest(repo, 'dev')).digest, devBefore);
  assert.equal((await deployment('hello-dev')).version !== SHA2, true, 'no deployment registered with the new commit');
});

test('bad input: missing Dockerfile, failed build, invalid repository, no region, no credentials', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILES('dev') });
  const cases: [string[], Record<string, string>, RegExp][] = [
    [['--repository', `flows-bad-${RUN}`], {}, /Dockerfile Dockerfile does not exist/],
    [['--repository', 'Bad_Name!'], {}, /invalid ECR repository name 'Bad_Name!'/],
    [['--repository', `flows-bad-${RUN}`], { AWS_REGION: '' }, /no AWS region: pass --region or set AWS_REGION/],
  ];
  for (const [args, env, pattern] of cases) {
    const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, ...args], env);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, pattern);
  }
  const failing = repoWithDockerfile(
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "echo step-output-xyz; exit 3"]\n',
  );
  const r = cli(failing, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA2,
    '--repository',
    `flows-failing-${RUN}`,
    '--create-repository',
  ]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /docker build failed \(exit 1\)/);
  assert.match(r.stderr, /step-output-xyz/, 'the last lines of the build log');
  assert.equal((await manifest(`flows-failing-${RUN}`, SHA2)).status, 404, 'nothing pushed');

  const noCreds = cli(
    repoWithDockerfile(),
    ['deploy', '--env', 'dev', '--sha', SHA1, '--repository', `flows-first-${RUN}`],
    {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      AWS_CONFIG_FILE: '/nonexistent',
    },
  );
  assert.equal(noCreds.status, 2, noCreds.stderr);
  assert.match(noCreds.stderr, /no AWS credentials found \(tried environment variables/);
});

test('build-only builds and pushes nothing', async () => {
  const root = repoWithDockerfile(DOCKERFILE + 'LABEL variant=build-only\n');
  const r = cli(root, [
    'plan',
    '--env',
    'dev',
    '--sha',
    'c3'.repeat(20),
    '--repository',
    `flows-first-${RUN}`,
    '--build-only',
    '--json',
  ]);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.image.built, true);
  assert.equal(doc.image.digest, null);
  assert.equal((await manifest(`flows-first-${RUN}`, 'c3'.repeat(20))).status, 404);
});

test('the registry password and the ECR token never appear in any output', () => {
  const token = Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64');
  assert.ok(outputs.length > 10);
  for (const text of outputs) {
    assert.ok(!text.includes(REGISTRY_PASSWORD), 'the registry password was printed');
    assert.ok(!text.includes(token), 'the ECR token was printed');
  }
});
