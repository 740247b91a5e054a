/**
 * A first deploy's stumbles, each with its fix in the message (issue 25): through the
 * bundled CLI against a real Prefect server, without AWS credentials.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { runCli, runCliAsync } from '../support/bundles.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { createImagePool } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = 'c3'.repeat(20);
/** An ECR image name in a build step: the image stage runs, and would log in to ECR. */
const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/team-flows';

let server: RunningServer;
before(async () => {
  server = await startPrefectServer();
  await server.api('POST', '/work_pools/', { name: 'examples-pool', type: 'process' });
  await createImagePool(server);
});
after(async () => {
  await server?.stop();
});

/** No AWS credentials anywhere the SDK looks: no variables, an empty HOME, no instance metadata. */
const noAws = () => ({ PREFECT_API_URL: server.apiUrl, HOME: makeRepo(), AWS_EC2_METADATA_DISABLED: 'true' });

const file = (pool: string, build = false) =>
  (build
    ? `build:\n  - prefect_docker.deployments.steps.build_docker_image:\n      id: build_image\n      image_name: ${ECR_IMAGE}\n      tag: "{{ sha }}"\n`
    : '') + `deployments:\n  - {name: hello-dev, entrypoint: flows/hello_world.py:hello, work_pool: {name: ${pool}}}\n`;

test('a missing work pool: the command that creates it, and the closest name', () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file('example-pool') });
  const r = runCli(['plan', '--env', 'dev', '--sha', SHA], root, noAws());
  assert.notEqual(r.status, 0);
  assert.match(
    r.stdout + r.stderr,
    /work pool 'example-pool' does not exist \(did you mean 'examples-pool'\?\); create it with: prefect work-pool create example-pool --type process/,
  );
  // No pool near the name: the type that runs the image the run has.
  const far = makeRepo({ 'prefect-deployments-dev.yaml': file('team-pool') });
  const f = runCli(['plan', '--env', 'dev', '--sha', SHA, '--image', 'registry.example/flows:1'], far, noAws());
  assert.match(
    f.stdout + f.stderr,
    /work pool 'team-pool' does not exist; create it with: prefect work-pool create team-pool --type docker/,
  );
});

test('--image is the image: no image stage (no ECR login), and a pool without an image variable is a warning', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file('examples-pool', true) });
  const r = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--image', 'registry.example/flows:1'], root, noAws());
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /ECR login|AWS credentials|image stage not checked/);
  assert.match(
    r.stderr,
    /work pool 'examples-pool' \(type process\) has no image variable: its worker will not run registry.example\/flows:1/,
  );
  // The image pool takes it without a warning.
  const image = makeRepo({
    'prefect-deployments-dev.yaml': file('image-pool', true).replace('hello-dev', 'hello-image'),
  });
  const i = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--image', 'registry.example/flows:1'], image, noAws());
  assert.equal(i.status, 0, i.stderr);
  assert.doesNotMatch(i.stderr, /no image variable/);
  const [d] = await server.api<{ job_variables: Record<string, unknown> }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['hello-image'] } },
  });
  assert.equal(d.job_variables.image, 'registry.example/flows:1');
});

test('plan without AWS credentials plans: the image stage not checked, {{ build_image.image }} as the image deploy builds', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file('image-pool', true).replace('hello-dev', 'hello-plan'),
    Dockerfile: 'FROM scratch\n',
  });
  const r = runCli(['plan', '--env', 'dev', '--sha', SHA, '--json'], root, noAws());
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stderr,
    /image stage not checked \(no AWS credentials\): deployments show \{\{ build_image.image \}\}, the image deploy builds/,
  );
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.image.uri, '{{ build_image.image }}');
  assert.equal(doc.image.checked, false);
  assert.equal(doc.deployments[0].action, 'create');
  const text = runCli(['plan', '--env', 'dev', '--sha', SHA], root, noAws());
  assert.equal(text.status, 0, text.stderr);
  assert.match(
    text.stdout,
    /Image: not checked \(no AWS credentials\); \{\{ build_image.image \}\} is the image deploy builds/,
  );
  // Without a region either (a --repository and no AWS_REGION): still a plan.
  const plain = makeRepo({ 'prefect-deployments-dev.yaml': file('image-pool'), Dockerfile: 'FROM scratch\n' });
  const n = runCli(['plan', '--env', 'dev', '--sha', SHA, '--repository', 'team-flows'], plain, noAws());
  assert.equal(n.status, 0, n.stderr);
  assert.match(n.stderr, /image stage not checked \(no AWS region: pass --region or set AWS_REGION\)/);
  // deploy still needs both.
  const d = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--repository', 'team-flows'], plain, noAws());
  assert.equal(d.status, 2);
  assert.match(d.stderr, /no AWS region: pass --region or set AWS_REGION/);
});

test('a repository without commits says so', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file('examples-pool').replace('hello-dev', '"hello-{{ sha }}"'),
  });
  execFileSync('git', ['init', '-q', root]);
  const v = runCli(['validate', '--env', 'dev'], root, noAws());
  assert.equal(v.status, 2);
  assert.match(
    v.stderr,
    /\{\{ sha \}\} needs the commit SHA: this repository has no commits yet: commit, or pass --sha/,
  );
  const plain = makeRepo({ 'prefect-deployments-dev.yaml': file('examples-pool') });
  execFileSync('git', ['init', '-q', plain]);
  const p = runCli(['plan', '--env', 'dev'], plain, noAws());
  assert.equal(p.status, 2);
  assert.match(p.stderr, /no commit SHA: this repository has no commits yet: commit, or pass --sha/);
  assert.doesNotMatch(p.stderr, /git checkout/);
});

test('retries are quiet: one line for a request still failing after its third attempt, a count at the end', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n' +
      ['a', 'b', 'c', 'd', 'e', 'f']
        .map(
          (n) => `  - {name: quiet-${n}, entrypoint: flows/hello_world.py:hello, work_pool: {name: examples-pool}}\n`,
        )
        .join(''),
  });
  const proxy = await startFaultProxy(server.apiUrl, {
    rate: 0.3,
    seed: 2512,
    alwaysFail: (method, path, body) =>
      method === 'POST' && path.endsWith('/deployments/') && body.includes('"quiet-f"'),
  });
  const r = await runCliAsync(['deploy', '--env', 'dev', '--sha', SHA, '--max-retry-seconds', '4'], root, {
    ...noAws(),
    PREFECT_API_URL: proxy.url,
  });
  await proxy.close();
  assert.notEqual(r.status, 0, 'quiet-f always fails');
  assert.doesNotMatch(r.stderr, /attempt 1\b|attempt 2\b/, 'no line for the first retries');
  const still = r.stderr.split('\n').filter((l) => l.includes('still retrying POST /deployments/'));
  assert.equal(still.length, 1, r.stderr);
  assert.match(still[0], /still retrying POST \/deployments\/ after 3 attempts \(last: 503\)/);
  assert.match(r.stderr, /\d+ retries of Prefect API requests/);
});
