/**
 * Build and push steps against real components: a prefect_docker build step's fields
 * as the image stage's settings (its ECR image name, tag, Dockerfile, build arguments)
 * and its outputs as the image stage's image; run_shell_script steps run without a
 * shell, without the tool's credentials, and never in a pull_request_target plan.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { createImagePool, imageInfra, manifest } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'b5'.repeat(20);
let server: RunningServer;
before(async () => {
  imageInfra();
  server = await startPrefectServer();
  await createImagePool(server);
});
after(() => server?.stop());

function cli(root: string, args: string[], env: Record<string, string> = {}) {
  return runCli(args, root, { ...imageInfra().env, PREFECT_API_URL: server.apiUrl, ...env });
}

async function deployment(name: string) {
  const [d] = await server.api<{ version: string; description: string | null; job_variables: Record<string, unknown>; tags: string[]; pull_steps: unknown[] }[]>('POST', '/deployments/filter', { deployments: { name: { any_: [name] } } });
  return d;
}

test('a prefect_docker build step configures the image stage, and its outputs are the image it pushed', async () => {
  const { host } = imageInfra();
  const repo = `steps-${RUN}`;
  const root = makeRepo({
    'docker/Dockerfile.flows': 'FROM scratch\nARG GREETING\nLABEL greeting=$GREETING\nCOPY busybox /bin/busybox\n',
    'prefect.yaml': `build:
  - prefect.deployments.steps.run_shell_script:
      id: get-commit-hash
      script: echo abc1234
      stream_output: false
  - prefect_docker.deployments.steps.build_docker_image:
      id: build-image
      requires: prefect-docker>=0.6
      image_name: ${host}/${repo}
      tag: "app-{{ get-commit-hash.stdout }}"
      dockerfile: docker/Dockerfile.flows
      buildargs: {GREETING: from-the-step}
push:
  - prefect_docker.deployments.steps.push_docker_image:
      image_name: "{{ build-image.image_name }}"
      tag: "{{ build-image.tag }}"
deployments:
  - name: from-step
    entrypoint: flows/hello_world.py:hello
    version: "{{ build-image.tag }}"
    tags: ["image {{ build-image.image }}"]
    work_pool: {name: image-pool, job_variables: {image: "{{ build-image.image_name }}:{{ build-image.tag }}"}}
`,
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  // With a repository option: the step gives the Dockerfile, build arguments and tag.
  const first = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA, '--repository', repo, '--create-repository', '--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /docker build/);
  const label = spawnSync('/usr/bin/docker', ['image', 'inspect', '--format', '{{ index .Config.Labels "greeting" }}', `${host}/${repo}:${SHA}`], { encoding: 'utf8' });
  assert.equal(label.stdout.trim(), 'from-the-step', `the step's build argument: ${label.stderr}`);
  for (const tag of [SHA, 'app-abc1234']) assert.equal((await manifest(repo, tag)).status, 200, `tag ${tag}`);

  // Without one: the step's ECR image name is the repository, its registry and region; the image exists.
  const r = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /exists .*not rebuilt/);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.image.uri, `${host}/${repo}:${SHA}`);
  assert.deepEqual(doc.steps, ['run_shell_script get-commit-hash (prefect.yaml:2)']);
  const d = await deployment('from-step');
  assert.equal(d.version, 'app-abc1234');
  assert.deepEqual(d.job_variables, { image: `${host}/${repo}:app-abc1234` });
  assert.deepEqual(d.tags, [`image ${host}/${repo}:app-abc1234`]);
  assert.deepEqual(d.pull_steps, [{ 'prefect.deployments.steps.set_working_directory': { directory: '/opt/prefect' } }], 'no pull section, an image: the image working directory');
});

test('run_shell_script: no shell, no credentials, a failing command stops the run before any write', async () => {
  const pwned = path.join(tmpdir(), `ped-steps-pwned-${RUN}`);
  const file = (script: string, extra = '') => `build:
  - prefect.deployments.steps.run_shell_script:
      id: out
      script: ${JSON.stringify(script)}
${extra}deployments:
  - {name: shell-${RUN}, entrypoint: flows/hello_world.py:hello, description: "{{ out.stdout }}", work_pool: {name: image-pool}}
`;
  const env = { PREFECT_API_KEY: 'pnu_DISTINCTIVE-step-key', AWS_SECRET_ACCESS_KEY: 'DISTINCTIVE-aws-secret', VISIBLE: 'seen' };
  const root = makeRepo({ 'prefect.yaml': file(`echo $(touch ${pwned}) ; echo "$PREFECT_API_KEY" | cat\nprintenv VISIBLE PREFECT_API_KEY AWS_SECRET_ACCESS_KEY`) });
  const r = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], env);
  // printenv exits 1 when a variable is unset: the tool's credentials are not in the command's environment.
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /run_shell_script out \(prefect\.yaml:2\): run_shell_script: `printenv` failed with exit code 1; nothing was registered/);
  assert.ok(!existsSync(pwned), 'a command ran through a shell');
  assert.doesNotMatch(r.stdout + r.stderr, /DISTINCTIVE/);
  assert.equal(await deployment(`shell-${RUN}`), undefined, 'a deployment was registered');

  const ok = makeRepo({ 'prefect.yaml': file(`echo $(touch ${pwned}) ; | cat`) });
  assert.equal(cli(ok, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], env).status, 0);
  assert.equal((await deployment(`shell-${RUN}`))!.description ?? '', `$(touch ${pwned}) ; | cat`);
  assert.ok(!existsSync(pwned));

  // A pull_request_target plan would run a fork's commands with the repository's secrets.
  const target = cli(ok, ['plan', '--file', 'prefect.yaml', '--sha', SHA], { ...env, GITHUB_EVENT_NAME: 'pull_request_target' });
  assert.equal(target.status, 2, target.stderr);
  assert.match(target.stderr, /run_shell_script steps \(prefect\.yaml:2\) are not run in a pull_request_target plan: the commands come from the pull request, which may be a fork's/);
  assert.equal(cli(ok, ['plan', '--file', 'prefect.yaml', '--sha', SHA], { ...env, GITHUB_EVENT_NAME: 'pull_request' }).status, 0);
});
