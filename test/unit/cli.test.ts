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
    assert.match(r.stdout, new RegExp(`prefect-deployments-${env}.yaml: valid, 2 deployments of 2 flows`));
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
    'deploy.yaml':
      'deployments:\n  - name: a\n    entrypoint: flows/hello_world.py:nope\n    shedule: {}\n    work_pool: {name: p}\n',
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
  assert.deepEqual(
    doc.errors.map((e: { line: number; column: number }) => [e.line, e.column]),
    [
      [3, 17],
      [4, 5],
    ],
  );
  assert.deepEqual(Object.keys(doc.errors[0]).sort(), ['column', 'file', 'line', 'message']);
});

test('--root picks the repository; the file pattern is configurable', () => {
  const root = makeRepo({
    'deploy/dev.yml': 'deployments:\n  - {name: a, entrypoint: flows/hello_world.py:hello, work_pool: {name: p}}\n',
  });
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
    [
      ['validate', '--env', 'staging'],
      /no deployments file found; looked for prefect-deployments-staging.yaml, prefect.yaml in \/.+\/examples$/m,
    ],
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

test('--timeout takes seconds or a number with s, m or h, from 1 s to 6 h', async () => {
  const { parseArgs } = await import('../../src/args/settings.js');
  const timeout = (value?: string) => {
    return parseArgs(['plan', '--sha', 'abcdef1', ...(value === undefined ? [] : ['--timeout', value])], {}, examples)
      .timeoutSeconds;
  };
  assert.deepEqual(
    [timeout(), timeout('90'), timeout('90s'), timeout('15m'), timeout('1h'), timeout('1.5m')],
    [1800, 90, 90, 900, 3600, 90],
  );
  for (const bad of ['0', '7h', 'soon', '-5', '10 m'])
    assert.throws(() => timeout(bad), /--timeout must be a duration from 1 s to 6 h/, bad);
});

test("from any folder of a git checkout: the project is found above, and the commit is the checkout's", async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdirSync } = await import('node:fs');
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:hello, version: "{{ sha }}", work_pool: {name: p}}\n',
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@x',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@x',
      },
    }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'flows');
  const deep = path.join(root, 'flows', 'sub', 'deeper');
  mkdirSync(deep, { recursive: true });
  // {{ sha }} resolves only when the commit was found, from three folders down.
  const r = runCli(['validate', '--env', 'dev', '--json'], deep, { GITHUB_SHA: '' });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(
    (JSON.parse(r.stdout) as { deployments: { entrypoint: string }[] }).deployments.map((d) => d.entrypoint),
    ['flows/hello_world.py:hello'],
  );
  // --root that does not exist says so.
  const missing = runCli(['validate', '--env', 'dev', '--root', 'no/such/dir'], deep);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--root no\/such\/dir does not exist/);
});

test('inspect prints what is registered for each flow: --json in the documented shape, text for people, exit 2 when one cannot be read', () => {
  const parity = path.join(repoRoot, 'test/fixtures/parity');
  const json = runCli(
    [
      'inspect',
      'flows/constraints.py:constrained',
      'flows/dates.py:deploy_time_dates',
      'flows/nope.py:x',
      '--json',
      '--root',
      parity,
    ],
    repoRoot,
  );
  assert.equal(json.status, 2, json.stderr);
  const doc = JSON.parse(json.stdout);
  assert.deepEqual(
    doc.map((d: Record<string, unknown>) => Object.keys(d)),
    [
      ['entrypoint', 'flow', 'description', 'parameter_openapi_schema', 'warnings'],
      ['entrypoint', 'flow', 'description', 'parameter_openapi_schema', 'warnings'],
      ['entrypoint', 'error'],
    ],
  );
  assert.equal(doc[0].flow, 'constrained');
  assert.deepEqual(doc[0].parameter_openapi_schema.properties.count, {
    default: 10,
    maximum: 100,
    minimum: 1,
    position: 2,
    title: 'count',
    type: 'integer',
  });
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

test("--version and -V print the package version; help and <command> --help show that command's options", async () => {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  for (const flag of ['--version', '-V']) {
    const r = runCli([flag], examples);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, `prefect-ecr-deploy ${version}\n`);
  }
  const general = runCli(['help'], examples);
  assert.equal(general.status, 0);
  for (const command of ['validate', 'plan', 'deploy', 'promote', 'inspect'])
    assert.match(general.stdout, new RegExp(`^  ${command} `, 'm'));
  assert.doesNotMatch(general.stdout, /--repository/, 'the general help lists commands, not every option');
  const help = (args: string[]) => {
    const r = runCli(args, examples);
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const validate = help(['validate', '--help']);
  assert.equal(help(['help', 'validate']), validate);
  assert.match(validate, /^Usage: prefect-ecr-deploy validate/);
  assert.match(validate, /--env ENV/);
  const options = (text: string) => [...text.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
  for (const other of ['--prune', '--repository', '--api-url', '--exit-code'])
    assert.ok(!options(validate).includes(other), `validate --help shows ${other}`);
  assert.ok(options(help(['plan', '-h'])).includes('--exit-code'));
  assert.ok(!options(help(['plan', '--help'])).includes('--prune'));
  for (const flag of ['--prune', '--only', '--keep-paused', '--repository', '--code-storage', '--worker-service'])
    assert.ok(options(help(['deploy', '--help'])).includes(flag), flag);
  assert.match(help(['promote', '--help']), /^Usage: prefect-ecr-deploy promote --from ENV --env ENV/);
  assert.match(help(['inspect', '--help']), /^Usage: prefect-ecr-deploy inspect ENTRYPOINT/);
  for (const line of [general.stdout, validate, help(['deploy', '--help'])].join('\n').split('\n'))
    assert.ok(line.length <= 105, `a help line of ${line.length} columns: ${line}`);
  const unknown = runCli(['help', 'deplyo'], examples);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command 'deplyo' \(did you mean 'deploy'\?\)/);
});

test('flags: suggestions by what they start with, a flag given twice, a switch given a value, pairings that need confirming', () => {
  const cases: [string[], RegExp][] = [
    [['validate', '--enviroment', 'dev'], /unknown option --enviroment \(did you mean --env\?\)/],
    [['validate', '--concurency', '4'], /unknown option --concurency \(did you mean --concurrency\?\)/],
    [['validate', '--env', 'dev', '--env', 'prod'], /--env is given twice \('dev' and 'prod'\): give it once/],
    [['validate', '--env=dev', '--env', 'dev'], /--env is given twice/],
    [['validate', '--env', 'dev', '--json=yes'], /--json takes no value/],
    [
      ['validate', '--env', 'dev', '--file', 'prefect-deployments-prod.yaml'],
      /--env dev with --file prefect-deployments-prod.yaml, the prod environment's file: .*Pass --env prod, or --confirm-env/,
    ],
    [['deploy', '--env', 'dev', '--only', 'x', '--prune'], /--prune does not run with --only/],
    [['deploy', '--env', 'dev', '--exit-code'], /--exit-code is for plan/],
  ];
  for (const [args, pattern] of cases) {
    const r = runCli(args, examples);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, pattern);
  }
  // Lists may repeat; a confirmed pairing validates the file it names.
  assert.equal(
    runCli(['validate', '--env', 'dev', '--file', 'prefect-deployments-prod.yaml', '--confirm-env'], examples).status,
    0,
  );
  assert.equal(runCli(['validate', '--env', 'prod', '--file', 'prefect-deployments-prod.yaml'], examples).status, 0);
});

test('plan --json on an invalid file prints the document validate --json prints, exit 2', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: a, entrypoint: flows/hello_world.py:nope, work_pool: {name: p}}\n  - {name: b, entrypoint: flows/hello_world.py:hello, shedule: {}}\n',
  });
  const validate = runCli(['validate', '--env', 'dev', '--json'], root);
  const plan = runCli(['plan', '--env', 'dev', '--json', '--sha', 'a'.repeat(40)], root, {
    PREFECT_API_URL: 'http://127.0.0.1:9/api',
  });
  assert.equal(validate.status, 2);
  assert.equal(plan.status, 2, plan.stderr);
  const doc = JSON.parse(plan.stdout) as { valid: boolean; errors: unknown[] };
  assert.equal(doc.valid, false);
  assert.equal(doc.errors.length, 3);
  assert.deepEqual(doc, JSON.parse(validate.stdout));
});
