/**
 * The command line's three rooms: the option table (the help comes from it), the pure
 * argv parser, and the settings builder that checks the disk and git. Every usage
 * problem is reported at once, as the stages report every diagnostic.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseArgv } from '../../src/args/argv.js';
import { COMMAND_HELP, OPTIONS, usage, type Extra } from '../../src/args/options.js';
import { parseCommandLine } from '../../src/args/settings.js';
import { UsageError } from '../../src/errors.js';
import type { Command } from '../../src/settings.js';

const SHA = 'ab'.repeat(20);

/** The problems a command line is refused with; [] when it is accepted. */
function problems(argv: string[], cwd = mkdtempSync(path.join(tmpdir(), 'ped-usage-'))): string[] {
  try {
    parseCommandLine(argv, {}, cwd);
    return [];
  } catch (e) {
    assert.ok(e instanceof UsageError, String(e));
    assert.equal(e.message, e.problems.join('\n'));
    return [...e.problems];
  }
}

test('every option of the table is in the help of a command that takes it', () => {
  const helps = [usage(), ...(Object.keys(COMMAND_HELP) as (Command | Extra)[]).map((c) => usage(c))].join('\n');
  for (const o of OPTIONS)
    assert.match(
      helps,
      new RegExp(`${o.flag}${o.value ? ` ${o.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : ''}\\b`),
      o.flag,
    );
});

test('the argv parser is pure: argv in, what it asks for and every problem out', () => {
  const { parsed, problems: found } = parseArgv([
    'deploy',
    '--evn',
    'dev',
    '--json=yes',
    '--concurrency',
    '4',
    '--concurrency',
    '8',
    'prod',
    '--dry-run',
    '--sha',
  ]);
  assert.deepEqual(found, [
    'unknown option --evn (did you mean --env?)',
    '--json takes no value',
    "--concurrency is given twice ('4' and '8'): give it once",
    'unknown option --dry-run: run `prefect-ecr-deploy plan` to see what deploy would change',
    '--sha needs a value',
    "unexpected argument 'dev' (did you mean --env dev?)",
    "unexpected argument 'prod' (did you mean --env prod?)",
  ]);
  assert.ok(parsed && 'run' in parsed);
  assert.equal(parsed.run.command, 'deploy');
  assert.deepEqual([...parsed.run.values], [['--concurrency', ['4']]]);
});

test('help and the version print only from a command line without problems', () => {
  assert.deepEqual(parseArgv(['plan', '--help']).parsed, { print: usage('plan') });
  assert.match((parseArgv(['-V']).parsed as { print: string }).print, /^prefect-ecr-deploy \d+\.\d+\.\d+\n$/);
  assert.deepEqual(parseArgv(['plan', '--help', '--evn']), {
    problems: ['unknown option --evn (did you mean --env?)'],
  });
  assert.deepEqual(parseArgv(['help', 'valdate']), {
    problems: ["unknown command 'valdate' (did you mean 'validate'?)"],
  });
  // An option's problem says more than the missing command does.
  assert.deepEqual(parseArgv(['--versoin']), { problems: ['unknown option --versoin (did you mean --version?)'] });
  assert.match(parseArgv([]).problems.join('\n'), /^a command is required\n\nUsage: prefect-ecr-deploy <command>/);
});

test('inspect and init: every option they do not take, and every stray argument', () => {
  assert.deepEqual(parseArgv(['inspect', '--env', 'dev', '--prune']).problems, [
    'unknown option --env for inspect (it takes --root DIR and --json)',
    'unknown option --prune for inspect (it takes --root DIR and --json)',
    'inspect needs at least one entrypoint (path/to/file.py:function)',
  ]);
  assert.deepEqual(parseArgv(['init', 'x', '--sha', SHA, '--prune']).problems, [
    "unexpected argument 'x' (did you mean --env x?)",
    'unknown option --sha for init (see prefect-ecr-deploy init --help)',
    'unknown option --prune for init (see prefect-ecr-deploy init --help)',
  ]);
});

test("the settings builder reports every problem at once: bad values, conflicts, missing paths, with the parser's", () => {
  assert.deepEqual(
    problems([
      'deploy',
      '--env',
      'dev',
      '--sha',
      'not-a-sha',
      '--concurrency',
      '0',
      '--timeout',
      'soon',
      '--prune',
      '--only',
      'x',
      '--worker-wait',
      '5',
      '--tag-mutability',
      'SOMETIMES',
      '--evn',
    ]),
    [
      'unknown option --evn (did you mean --env?)',
      "--sha 'not-a-sha' is not a commit SHA",
      '--concurrency must be a whole number from 1 to 64',
      '--timeout must be a duration from 1 s to 6 h: seconds, or a number with s, m or h (for example 90, 15m, 1h)',
      '--tag-mutability must be MUTABLE or IMMUTABLE',
      '--prune does not run with --only: a subset cannot tell what the file no longer has',
      '--worker-wait needs --worker-service CLUSTER/SERVICE',
    ],
  );
  assert.deepEqual(problems(['promote', '--sha', SHA, '--exit-code', '--root', '/nonexistent/ped']), [
    '--root /nonexistent/ped does not exist',
    'promote needs --from ENV (the source environment)',
    'promote needs --env ENV (the environment to promote to)',
    '--exit-code is for plan (0: no changes, 3: changes)',
  ]);
  assert.deepEqual(
    problems([
      'init',
      '--env',
      'a b',
      '--root',
      '/nonexistent/ped',
      '--aws-account-id',
      '12',
      '--github-repository',
      'acme/flows',
    ]),
    [
      '--root /nonexistent/ped does not exist',
      "--env 'a b': letters, digits, - and _ only",
      "--aws-account-id '12' is not 12 digits",
    ],
  );
});

test('every problem of one option at once, and a problem of several files said once', () => {
  const two = mkdtempSync(path.join(tmpdir(), 'ped-usage-'));
  for (const p of ['a', 'b']) {
    mkdirSync(path.join(two, p));
    writeFileSync(path.join(two, p, 'prefect.yaml'), 'deployments: []\n');
  }
  assert.deepEqual(
    problems(
      ['deploy', '--sha', SHA, '--file', '*/prefect.yaml', '--concurrency', '0', '--prune', '--repository', 'r'],
      two,
    ),
    [
      '--prune with several deployments files: each would delete what the others registered; prune one file at a time',
      '--repository with several deployments files needs --root: one image, code upload and worker for every project, built from one root',
      '--concurrency must be a whole number from 1 to 64',
    ],
  );
  assert.deepEqual(
    problems([
      'deploy',
      '--sha',
      SHA,
      '--worker-service',
      'a/b/c/{env}',
      '--worker-wait',
      '-1',
      '--worker-container',
      'a b',
    ]),
    [
      '--worker-service uses {env}: pass --env',
      "--worker-service 'a/b/c/' must be CLUSTER/SERVICE (letters, digits, - and _) or a service ARN",
      '--worker-wait must be a whole number of seconds from 0 to 3600',
      "--worker-container 'a b' is not a container name",
    ],
  );
  assert.deepEqual(
    problems([
      'deploy',
      '--sha',
      SHA,
      '--code-storage',
      's3://acme',
      '--code-storage-block',
      'gcs/x',
      '--code-storage-credentials-block',
      'Bad Name',
    ]),
    [
      "--code-storage-credentials-block 'Bad Name' is not a block name (lowercase letters, digits and dashes)",
      "--code-storage-block 'gcs/x' must be s3/NAME or s3-bucket/NAME",
    ],
  );
});
