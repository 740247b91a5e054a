/**
 * Build and push steps against real components: a prefect_docker build step's fields
 * as the image stage's settings (its ECR image name, tag, Dockerfile, build arguments)
 * and its outputs as the image stage's image; run_shell_script steps run without a
 * shell, without the tool's credentials, and never in a pull_request_target plan.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
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
  server = await startPrefectServer({ shared: true });
  await createImagePool(server);
});
after(() => server?.stop());

function cli(root: string, args: string[], env: Record<string, string> = {}) {
  return runCli(args, root, { ...imageInfra().env, PREFECT_API_URL: server.apiUrl, ...env });
}

async function deployment(name: string) {
  const [d] = await server.api<
    {
      version: string;
      description: string | null;
      job_variables: Record<string, unknown>;
      tags: string[];
      pull_steps: unknown[];
    }[]
  >('POST', '/deployments/filter', { deployments: { name: { any_: [name] } } });
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
  const first = cli(root, [
    'deploy',
    '--file',
    'prefect.yaml',
    '--sha',
    SHA,
    '--repository',
    repo,
    '--create-repository',
    '--json',
  ]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stderr, /docker build/);
  const label = spawnSync(
    '/usr/bin/docker',
    ['image', 'inspect', '--format', '{{ index .Config.Labels "greeting" }}', `${host}/${repo}:${SHA}`],
    { encoding: 'utf8' },
  );
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
  assert.deepEqual(
    d.pull_steps,
    [{ 'prefect.deployments.steps.set_working_directory': { directory: '/opt/prefect' } }],
    'no pull section, an image: the image working directory',
  );
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
  const env = {
    PREFECT_API_KEY: 'pnu_DISTINCTIVE-step-key',
    AWS_SECRET_ACCESS_KEY: 'DISTINCTIVE-aws-secret',
    VISIBLE: 'seen',
  };
  const root = makeRepo({
    'prefect.yaml': file(
      `echo $(touch ${pwned}) ; echo "$PREFECT_API_KEY" | cat\nprintenv VISIBLE PREFECT_API_KEY AWS_SECRET_ACCESS_KEY`,
    ),
  });
  const r = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], env);
  // printenv exits 1 when a variable is unset: the tool's credentials are not in the command's environment.
  assert.equal(r.status, 1, r.stderr);
  assert.match(
    r.stderr,
    /run_shell_script out \(prefect\.yaml:2\): run_shell_script: `printenv` failed with exit code 1; nothing was registered/,
  );
  assert.ok(!existsSync(pwned), 'a command ran through a shell');
  assert.doesNotMatch(r.stdout + r.stderr, /DISTINCTIVE/);
  assert.equal(await deployment(`shell-${RUN}`), undefined, 'a deployment was registered');

  const ok = makeRepo({ 'prefect.yaml': file(`echo $(touch ${pwned}) ; | cat`) });
  assert.equal(cli(ok, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], env).status, 0);
  assert.equal((await deployment(`shell-${RUN}`))!.description ?? '', `$(touch ${pwned}) ; | cat`);
  assert.ok(!existsSync(pwned));

  // A pull_request_target plan would run a fork's commands with the repository's secrets: it plans without them.
  const target = cli(ok, ['plan', '--file', 'prefect.yaml', '--sha', SHA], {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request_target',
  });
  assert.equal(target.status, 0, target.stderr);
  assert.match(
    target.stdout,
    /Build steps not run \(pull_request_target: it runs a pull request's code with the repository's secrets\): run_shell_script out \(prefect\.yaml:2\)/,
  );
  // The live value, cut to the column's width (how much shows depends on the temporary folder's path).
  assert.match(target.stdout, /description: "\$\(touch .* -> "\{\{ out\.stdout \}\}"/);
  const deploy = cli(ok, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request_target',
  });
  assert.equal(deploy.status, 2, deploy.stderr);
  assert.match(
    deploy.stderr,
    /run_shell_script steps \(prefect\.yaml:2\) do not run on pull_request_target: it runs a pull request's code with the repository's secrets; nothing was deployed/,
  );
  assert.equal(
    cli(ok, ['plan', '--file', 'prefect.yaml', '--sha', SHA], { ...env, GITHUB_EVENT_NAME: 'pull_request' }).status,
    0,
  );
});

test('a step whose command holds a secret has secret-bearing outputs, through chained steps: never shown, never streamed', async () => {
  const name = `secret-steps-${RUN}`;
  const file = `build:
  - prefect.deployments.steps.run_shell_script:
      id: fetch
      script: echo "{{ $DB_PASSWORD }}"
  - prefect.deployments.steps.run_shell_script:
      id: derive
      script: /usr/bin/python3 -c "import sys; print(sys.argv[1][::-1])" "{{ fetch.stdout }}"
deployments:
  - name: ${name}
    entrypoint: flows/hello_world.py:hello
    tags: "{{ fetch.stdout }}"
    description: "{{ derive.stdout }}"
    work_pool: {name: image-pool}
`;
  const root = makeRepo({ 'prefect.yaml': file });
  const first = 'Xq7SECRETfirstpass';
  const deploy = cli(root, ['deploy', '--file', 'prefect.yaml', '--sha', SHA], { DB_PASSWORD: first });
  assert.equal(deploy.status, 0, deploy.stderr);
  // The steps ran and filled the fields as prefect deploy fills them: text tags are its characters.
  const d = await deployment(name);
  assert.deepEqual([...d.tags].sort(), [...first].sort());
  assert.equal(d.description, [...first].reverse().join(''));

  const rotated = 'Zk9SECRETrotatedpass';
  const reversed = [...rotated].reverse().join('');
  const json = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA, '--json'], { DB_PASSWORD: rotated });
  assert.equal(json.status, 0, json.stderr);
  const [plan] = (
    JSON.parse(json.stdout) as {
      deployments: { changes: { field: string; secret?: boolean; from?: unknown; to?: unknown }[] }[];
    }
  ).deployments;
  assert.deepEqual(
    plan.changes.map((c) => [c.field, c.secret, 'to' in c]),
    [
      ['description', true, false],
      ['tags', true, false],
    ],
  );
  const text = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA], { DB_PASSWORD: rotated });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /tags: changed \(holds a secret-bearing value: not shown\)/);
  for (const step of ['fetch \\(prefect\\.yaml:2\\)', 'derive \\(prefect\\.yaml:5\\)']) {
    assert.match(
      text.stderr,
      new RegExp(
        `--- run_shell_script ${step}\\n {4}output not shown: the step's command or environment holds a secret-bearing value\\n`,
      ),
    );
  }
  const all = [deploy.stdout, deploy.stderr, json.stdout, json.stderr, text.stdout, text.stderr].join('\n');
  for (const secret of [first, [...first].reverse().join(''), rotated, reversed]) {
    const at = all.indexOf(secret);
    assert.equal(at, -1, `${secret} was printed: ${all.slice(Math.max(0, at - 200), at + 40)}`);
  }
  // Tags one character each: the plan does not show them either.
  assert.doesNotMatch(json.stdout, /"Z","k","9"|\["Z"/);
});

test("the /proc/$PPID/environ probe: a step reads the tool's credentials, and every renderer redacts them", async () => {
  const secret = `SECRETcliprobe${RUN}`;
  const key = `pnu_${secret}`;
  const ran = path.join(tmpdir(), `ped-cli-probe-${RUN}`);
  const name = `probe-${RUN}`;
  const file = (description: string, steps = '') =>
    `${steps}deployments:\n  - {name: ${name}, entrypoint: flows/hello_world.py:hello, description: "${description}", work_pool: {name: image-pool}}\n`;
  assert.equal(
    cli(makeRepo({ 'prefect.yaml': file('benign-output') }), ['deploy', '--file', 'prefect.yaml', '--sha', SHA]).status,
    0,
  );
  const probe = `build:
  - prefect.deployments.steps.run_shell_script:
      id: probe
      script: /usr/bin/python3 -c "import os, sys; open(sys.argv[1], 'w').write('ran'); env = open(f'/proc/{os.getppid()}/environ', 'rb').read().split(b'\\0'); print(next(e for e in env if e.startswith(b'PREFECT_API_KEY=')).split(b'=', 1)[1].decode())" ${ran}
`;
  const root = makeRepo({ 'prefect.yaml': file('{{ probe.stdout }}', probe) });
  const env = { PREFECT_API_KEY: key, AWS_SESSION_TOKEN: `SESSIONtoken${RUN}` };
  const outputs = [
    cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA], env),
    cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA, '--json'], env),
  ];
  assert.ok(existsSync(ran), 'the step ran');
  for (const r of outputs) assert.equal(r.status, 0, r.stderr);
  assert.match(outputs[0].stdout, /description: "benign-output" -> "\*\*\*"/);
  const all = outputs.map((r) => r.stdout + r.stderr).join('\n');
  assert.ok(!all.includes(secret), `the key was shown: ${all}`);
  // In a pull_request_target plan, it does not run at all.
  rmSync(ran);
  const target = cli(root, ['plan', '--file', 'prefect.yaml', '--sha', SHA], {
    ...env,
    GITHUB_EVENT_NAME: 'pull_request_target',
  });
  assert.equal(target.status, 0, target.stderr);
  assert.ok(!existsSync(ran), 'the step ran');
  assert.match(
    target.stdout,
    /Build steps not run \(pull_request_target: .*\): run_shell_script probe \(prefect\.yaml:2\), whose output fills description of probe-/,
  );
});
