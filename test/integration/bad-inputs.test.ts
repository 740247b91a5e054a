/**
 * The bad-input corpus: deployments files, CLI flags and action inputs. Each case
 * runs the real deploy against a real Prefect server with the image stage on (so a
 * write would be possible) and must end with a clear message, exit code 2 for the
 * CLI (a failed step for the action), no stack trace, and nothing written anywhere.
 *
 * The runs reach the server through a recording proxy: what they sent is what this file checks,
 * so the server may be shared (its names, the examples' flow hello and deployments named hello
 * or x among them, are other files' too).
 */
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { runValidate } from '../../src/commands/validate.js';
import { runActionAsync, runCliAsync } from '../support/bundles.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { imageInfra, REGISTRY_PASSWORD } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';
import { serverWithPool, type RunningServer } from '../support/server.js';
import { badFiles, ok } from '../fixtures/bad-files.js';

const RUN = Date.now().toString(36);
const REPOSITORY = `bad-inputs-${RUN}`;
const SHA = '6'.repeat(40);
let server: RunningServer;
/** The runs' way to the server (`proxy.url`), recording each request. */
let proxy: FaultProxy;
let tried = 0;

before(async () => {
  imageInfra();
  // The pool the files name: a deploy that got past its checks could write.
  server = await serverWithPool('sqlite', 'pool', { shared: true });
  proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, record: true });
});
after(async () => {
  console.log(`bad inputs tried: ${tried}`);
  await proxy?.close();
  await server?.stop();
});

function repoWith(files: Record<string, string>) {
  const root = makeRepo({ Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n', ...files });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  return root;
}

function expectRejected(r: { status: number | null; stdout: string; stderr: string }, pattern: RegExp, label: string) {
  tried++;
  assert.equal(r.status, 2, `${label}: exit ${r.status}\n${r.stderr}`);
  assert.match(r.stderr, pattern, label);
  assert.doesNotMatch(r.stderr + r.stdout, /\n\s+at .+:\d+:\d+\)?\n/, `${label}: a stack trace`);
}

const deployArgs = ['deploy', '--env', 'dev', '--sha', SHA, '--repository', REPOSITORY, '--create-repository'];

test('invalid deployments files', async () => {
  for (const c of badFiles) {
    const root = repoWith({ 'prefect-deployments-dev.yaml': c.yaml, ...(c.files ?? {}) });
    const r = await runCliAsync(deployArgs, root, { ...imageInfra().env, PREFECT_API_URL: proxy.url });
    expectRejected(r, c.expect[0][1], c.kind);
  }
});

test('invalid flags', async () => {
  const root = repoWith({ 'prefect-deployments-dev.yaml': ok() });
  const cases: [string[], RegExp][] = [
    [['deploy', '--env', 'dev', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 64/],
    [['deploy', '--env', 'dev', '--concurrency', 'lots'], /--concurrency must be a whole number/],
    [['deploy', '--env', 'dev', '--max-retry-seconds', '-1'], /--max-retry-seconds must be/],
    [['deploy', '--env', 'dev', '--api-url', 'ftp://x'], /must start with http:\/\/ or https:\/\//],
    [
      ['deploy', '--env', 'dev', '--tag-mutability', 'SOMETIMES', '--repository', 'r'],
      /--tag-mutability must be MUTABLE or IMMUTABLE/,
    ],
    [['deploy', '--env', 'dev', '--sha', 'xyz'], /--sha 'xyz' is not a commit SHA/],
    [['deploy', '--env', 'dev', '--reposotory', 'r'], /unknown option --reposotory \(did you mean --repository\?\)/],
    [['deploy', '--env'], /--env needs a value/],
    [['deploy', 'extra', '--env', 'dev'], /unexpected argument 'extra' \(did you mean --env extra\?\)/],
    [['deploy', 'dev'], /unexpected argument 'dev' \(did you mean --env dev\?\)/],
    [
      ['deploy', '--env', 'dev', '--dry-run'],
      /unknown option --dry-run: run `prefect-ecr-deploy plan` to see what deploy would change/,
    ],
    [['deplyo', '--env', 'dev'], /unknown command 'deplyo' \(did you mean 'deploy'\?\)/],
    [['promote', '--env', 'prod', '--repository', 'r'], /promote needs --from ENV/],
    [['promote', '--from', 'qa', '--repository', 'r'], /promote needs --env ENV \(the environment to promote to\)/],
    [
      ['promote', '--from', 'dev', '--env', 'dev', '--repository', 'r'],
      /promote --from dev --env dev: the source and the target are the same environment/,
    ],
    [
      ['promote', '--env', 'dev', '--from', 'qa'],
      /promote needs the ECR repository: pass --repository NAME, or give the file a build_docker_image step/,
    ],
    [['deploy', '--env', 'dev', '--allow-drift'], /--allow-drift is for promote/],
    [['deploy', '--env', 'dev', '--repository', 'Bad Name'], /invalid ECR repository name/],
    [
      ['deploy', '--env', 'dev', '--repository', 'ok', '--build-arg', 'no-equals'],
      /build argument 'no-equals' must be NAME=value/,
    ],
    [['deploy', '--env', 'dev', '--repository', 'ok', '--tag', 'bad tag!'], /invalid image tag 'bad tag!'/],
    [
      ['deploy', '--env', 'dev', '--repository', 'ok', '--build-network', 'host --privileged'],
      /invalid build network 'host --privileged'/,
    ],
    [
      ['deploy', '--env', 'dev', '--repository', 'ok', '--dockerfile', 'nope/Dockerfile'],
      /Dockerfile nope\/Dockerfile does not exist/,
    ],
    [
      ['deploy', '--env', 'dev', '--repository', 'ok', '--context', 'missing-dir'],
      /build context missing-dir does not exist/,
    ],
    [
      ['deploy', '--env', 'dev', '--repository', 'ok', '--lifecycle-policy', 'Dockerfile'],
      /lifecycle policy Dockerfile:/,
    ],
    [['deploy', '--env', 'staging'], /no deployments file found/],
    [['deploy', '--file', 'missing.yaml'], /deployments file missing.yaml does not exist/],
    [['deploy', '--env', '../../etc'], /environment '..\/..\/etc' may contain only/],
    [['deploy', '--env', 'dev', '--prune'], /--prune needs the environment \(--env\) and the repository/],
  ];
  for (const [args, pattern] of cases) {
    const r = await runCliAsync([...args, ...(args.includes('--sha') ? [] : ['--sha', SHA])], root, {
      ...imageInfra().env,
      PREFECT_API_URL: proxy.url,
    });
    expectRejected(r, pattern, args.join(' '));
  }
});

test('invalid action inputs fail the step with a clear message', async () => {
  const root = repoWith({ 'prefect-deployments-dev.yaml': ok() });
  const cases: [Record<string, string>, RegExp][] = [
    [{ MODE: 'yolo' }, /input 'mode' must be one of auto, deploy, plan, promote/],
    [{ ENVIRONMENTS: 'main' }, /environments: 'main' is not branch=environment/],
    [{ 'SKIP-IMAGE': 'yes' }, /input 'skip-image' must be true or false/],
    [{ 'CREATE-REPOSITORY': '1' }, /input 'create-repository' must be true or false/],
    [{ 'LAYER-CACHE': 'sometimes' }, /input 'layer-cache' must be true or false/],
    [{ MODE: 'promote', ENVIRONMENT: 'prod' }, /mode 'promote' needs the 'promote-from' input/],
    [{ 'PROMOTE-FROM': 'dev', ENVIRONMENT: 'dev' }, /cannot promote 'dev' to itself/],
  ];
  for (const [inputs, pattern] of cases) {
    const env: Record<string, string> = {
      ...imageInfra().env,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REF: 'refs/heads/dev',
      'INPUT_PREFECT-API-URL': proxy.url,
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k}`] = v;
    const r = await runActionAsync(root, env);
    tried++;
    assert.equal(r.status, 1, JSON.stringify(inputs));
    assert.match(r.stdout, pattern);
    assert.doesNotMatch(r.stdout, /\n\s+at .+:\d+:\d+\)?\n/);
  }
});

test('generated files (fast-check): never a crash, every error placed in the file', () => {
  const keys = [
    'name',
    'entrypoint',
    'schedule',
    'schedules',
    'cron',
    'interval',
    'rrule',
    'timezone',
    'tags',
    'parameters',
    'work_pool',
    'version',
    'paused',
    'deployments',
    'pull',
    'x',
  ];
  const scalar = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 5 }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('{{ sha }}', '{{ nope }}', '0 0 * * *', 'flows/hello_world.py:hello', '*/0 * * * *'),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { maxDepth: 4 },
      scalar,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...keys), tie('node'), { maxKeys: 4 }),
    ),
  })).node;
  const doc = fc.record(
    { deployments: fc.array(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }), { maxLength: 3 }) },
    { requiredKeys: [] },
  );
  const root = makeRepo({});
  const settings = settingsFor(root, ['validate', '--file', path.join(root, 'gen.yaml'), '--sha', SHA]);
  fc.assert(
    fc.property(doc, fc.boolean(), (d, asFlow) => {
      const text = asFlow ? JSON.stringify(d) : JSON.stringify(d).replace(/[{}[\],"]/g, (c) => (c === ',' ? '\n' : c));
      writeFileSync(path.join(root, 'gen.yaml'), text);
      const report = runValidate(settings);
      tried++;
      for (const e of [...report.errors, ...report.warnings]) {
        assert.ok(e.line >= 1 && e.column >= 1, `unplaced diagnostic: ${e.message}`);
        assert.ok(e.message.length > 5);
      }
    }),
    { numRuns: 300, seed: 20261121 },
  );
});

test('nothing was written: no write reached the server (no deployment, no flow), no repository, no image', async () => {
  // Reads are GETs and POSTs to .../filter or .../count; anything else writes (flows, deployments, blocks, ...).
  const writes = proxy.requests.filter((q) => q.method !== 'GET' && !/\/(filter|count)$/.test(q.path.split('?')[0]));
  assert.deepEqual(
    writes.map((q) => `${q.method} ${q.path} (${q.status})`),
    [],
  );
  const r = await fetch(`https://${imageInfra().host}/v2/${REPOSITORY}/tags/list`, {
    headers: { authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}` },
  });
  assert.equal(r.status, 404, 'the registry has the repository');
  assert.ok(tried >= 60 + 300, `only ${tried} bad inputs tried`);
});
