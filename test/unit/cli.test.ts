import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repoRoot } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { runCli } from '../support/bundles.js';
import path from 'node:path';

const examples = path.join(repoRoot, 'examples');

test('validate --env reads prefect-deployments-<env>.yaml and exits 0 when valid', () => {
  for (const env of ['dev', 'prod']) {
    const r = runCli(['validate', '--env', env], examples);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`prefect-deployments-${env}.yaml: valid, 2 deployment\\(s\\)`));
    assert.equal(r.stderr, '');
  }
});

test('validate --json prints the contract document', () => {
  const r = runCli(['validate', '--env', 'dev', '--json'], examples);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(doc, {
    valid: true,
    errors: [],
    warnings: [],
    deployments: [
      { name: 'hello-dev', flow: 'hello', entrypoint: 'flows/hello_world.py:hello' },
      { name: 'etl-dev', flow: 'nightly-etl', entrypoint: 'flows/etl.py:run_etl' },
    ],
  });
});

test('invalid input: every error on stderr as path:line:col, exit 2, --json too', () => {
  const root = makeRepo({
    'deploy.yaml': 'deployments:\n  - name: a\n    entrypoint: flows/hello_world.py:nope\n    shedule: {}\n    work_pool: {name: p}\n',
  });
  const r = runCli(['validate', '--file', 'deploy.yaml'], root);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^deploy.yaml:3:17: function 'nope' not found/m);
  assert.match(r.stderr, /^deploy.yaml:4:5: unknown key 'shedule' \(did you mean 'schedule'\?\)/m);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');

  const j = runCli(['validate', '--file', 'deploy.yaml', '--json'], root);
  assert.equal(j.status, 2);
  const doc = JSON.parse(j.stdout);
  assert.equal(doc.valid, false);
  assert.deepEqual(doc.errors.map((e: { line: number; column: number }) => [e.line, e.column]), [[3, 17], [4, 5]]);
  assert.deepEqual(Object.keys(doc.errors[0]).sort(), ['column', 'file', 'line', 'message']);
});

test('--root picks the repository; the file pattern is configurable', () => {
  const root = makeRepo({ 'deploy/dev.yml': 'deployments:\n  - {name: a, entrypoint: flows/hello_world.py:hello, work_pool: {name: p}}\n' });
  const r = runCli(['validate', '--root', root, '--env', 'dev', '--file-pattern', 'deploy/{env}.yml'], repoRoot);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /deploy\/dev.yml: valid/);
});

test('usage errors exit 2 with a clear message', () => {
  const cases: [string[], RegExp][] = [
    [['validate', '--evn', 'dev'], /unknown option --evn \(did you mean --env\?\)/],
    [['valdate'], /unknown command 'valdate' \(did you mean 'validate'\?\)/],
    [[], /a command is required/],
    [['validate', '--env'], /--env needs a value/],
    [['validate', '--env', 'staging'], /no deployments file found; looked for prefect-deployments-staging.yaml, prefect.yaml/],
    [['validate', '--file', 'nope.yaml'], /deployments file nope.yaml does not exist/],
    [['validate', '--env', '../x'], /environment '..\/x' may contain only/],
    [['validate', '--env', 'dev', '--sha', 'not-a-sha'], /--sha 'not-a-sha' is not a commit SHA/],
  ];
  for (const [args, pattern] of cases) {
    const r = runCli(args, examples);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, pattern);
  }
});

test('--help prints usage and exits 0', () => {
  const r = runCli(['--help'], examples);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Usage: prefect-ecr-deploy <command>/);
});

test('from any folder of a git checkout: the project is found above, and the commit is the checkout\'s', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdirSync } = await import('node:fs');
  const root = makeRepo({ 'prefect-deployments-dev.yaml': 'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:hello, version: "{{ sha }}", work_pool: {name: p}}\n' });
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@x' } }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'flows');
  const deep = path.join(root, 'flows', 'sub', 'deeper');
  mkdirSync(deep, { recursive: true });
  // {{ sha }} resolves only when the commit was found, from three folders down.
  const r = runCli(['validate', '--env', 'dev', '--json'], deep, { GITHUB_SHA: '' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { deployments: { entrypoint: string }[] }).deployments.map((d) => d.entrypoint), ['flows/hello_world.py:hello']);
  // --root that does not exist says so.
  const missing = runCli(['validate', '--env', 'dev', '--root', 'no/such/dir'], deep);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--root no\/such\/dir does not exist/);
});

test('inspect prints what is registered for each flow: --json in the documented shape, text for people, exit 2 when one cannot be read', () => {
  const parity = path.join(repoRoot, 'test/fixtures/parity');
  const json = runCli(['inspect', 'flows/constraints.py:constrained', 'flows/dates.py:deploy_time_dates', 'flows/nope.py:x', '--json', '--root', parity], repoRoot);
  assert.equal(json.status, 2, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.deepEqual(doc.map((d: Record<string, unknown>) => Object.keys(d)), [
    ['entrypoint', 'flow', 'description', 'parameter_openapi_schema', 'warnings'],
    ['entrypoint', 'flow', 'description', 'parameter_openapi_schema', 'warnings'],
    ['entrypoint', 'error'],
  ]);
  assert.equal(doc[0].flow, 'constrained');
  assert.deepEqual(doc[0].parameter_openapi_schema.properties.count, { default: 10, maximum: 100, minimum: 1, position: 2, title: 'count', type: 'integer' });
  assert.deepEqual(doc[0].warnings, []);
  assert.equal(doc[1].warnings.length, 4);
  assert.match(doc[1].warnings[0], /'today' is date.today\(\), which Prefect computes when it deploys/);
  assert.match(doc[2].error, /entrypoint file flows\/nope.py does not exist/);

  const text = runCli(['inspect', 'flows/constraints.py:constrained'], parity);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^flows\/constraints.py:constrained: flow 'constrained'$/m);
  assert.match(text.stdout, /^ {4}job: Job \(required\)$/m);
  assert.match(text.stdout, /^ {4}count: integer = 10$/m);
  assert.equal(runCli(['inspect'], parity).status, 2);
});
