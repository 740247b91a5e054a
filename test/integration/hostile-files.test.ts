/**
 * Files a careless or hostile pull request can contain: each ends in exit 2 with a
 * message at its place, in bounded time and memory, never a hang, a crash or a
 * stack trace, and never shows what a symlink points at.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, type RunResult } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';

const SHA = '3'.repeat(40);
/** Far above what any case needs: reaching it means the run hung. */
const BOUND_MS = 60_000;

function validate(root: string, args: string[] = ['--env', 'dev']): RunResult {
  return runCli(['validate', ...args, '--sha', SHA], root, {}, { timeoutMs: BOUND_MS, maxOldSpaceMb: 512 });
}

function rejected(r: RunResult, pattern: RegExp, label: string): void {
  assert.notEqual(r.status, null, `${label}: the run did not end within ${BOUND_MS / 1000} s`);
  assert.equal(r.status, 2, `${label}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  assert.match(r.stderr, pattern, label);
  assert.doesNotMatch(
    r.stderr + r.stdout,
    /\n\s+at .+:\d+:\d+\)?\n|unexpected failure|heap out of memory/,
    `${label}: a crash`,
  );
}

const ok = '  - {name: x, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n';

test('an alias bomb in definitions: a placed error, not gigabytes', () => {
  const levels = 'abcdefghi'.split('');
  let yaml = `definitions:\n  a: &a ["xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx","xxxxxxxx"]\n`;
  for (let i = 1; i < levels.length; i++)
    yaml += `  ${levels[i]}: &${levels[i]} [${Array(10)
      .fill(`*${levels[i - 1]}`)
      .join(',')}]\n`;
  yaml += `deployments:\n  - {name: x, entrypoint: flows/hello_world.py:hello, parameters: {number: *i}, work_pool: {name: pool}}\n`;
  assert.ok(yaml.length < 1000);
  rejected(
    validate(makeRepo({ 'prefect-deployments-dev.yaml': yaml })),
    /prefect-deployments-dev\.yaml:\d+:\d+: YAML: aliases expand to more than [\d,]+ values/,
    'alias bomb',
  );
});

test('YAML nested too deep is a placed error', () => {
  const deep = `deployments:\n${ok}x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
  rejected(
    validate(makeRepo({ 'prefect-deployments-dev.yaml': deep })),
    /prefect-deployments-dev\.yaml:\d+:\d+: YAML: /,
    'deep nesting',
  );
});

test('an unclosed template followed by 20,000 spaces is answered at once', () => {
  const yaml = `deployments:\n  - {name: x, entrypoint: flows/hello_world.py:hello, description: "{{${' '.repeat(20_000)}", work_pool: {name: pool}}\n`;
  rejected(
    validate(makeRepo({ 'prefect-deployments-dev.yaml': yaml })),
    /prefect-deployments-dev\.yaml:2:\d+: a template is not closed/,
    'unclosed template',
  );
});

test('20,000-character names and keys: no did-you-mean that takes seconds', () => {
  const long = 'k'.repeat(20_000);
  const yaml = `deployments:\n  - {name: x, ${long}: 1, entrypoint: flows/hello_world.py:hello, parameters: {${long}: 1}, work_pool: {name: pool}}\n`;
  const r = validate(makeRepo({ 'prefect-deployments-dev.yaml': yaml }));
  rejected(r, /unknown key 'k{20}/, 'long key');
  assert.match(r.stderr, /has no parameter 'k{20}/);
});

test('a deployments file that is not a regular file, too large, or a link out of the repository is refused', () => {
  const outside = mkdtempSync(path.join(tmpdir(), 'ped-outside-'));
  writeFileSync(path.join(outside, 'secret.yaml'), 'DISTINCTIVE-outside-content: 1\n');
  const cases: [string, (root: string) => void, RegExp][] = [
    [
      '/dev/zero',
      (root) => symlinkSync('/dev/zero', path.join(root, 'prefect-deployments-dev.yaml')),
      /is not a regular file/,
    ],
    [
      'a FIFO',
      (root) => assert.equal(spawnSync('mkfifo', [path.join(root, 'prefect-deployments-dev.yaml')]).status, 0),
      /is not a regular file/,
    ],
    ['a directory', (root) => mkdirSync(path.join(root, 'prefect-deployments-dev.yaml')), /is not a regular file/],
    [
      'too large',
      (root) =>
        writeFileSync(
          path.join(root, 'prefect-deployments-dev.yaml'),
          `deployments:\n${ok}${'#'.repeat(11 * 1024 * 1024)}\n`,
        ),
      /is larger than 10 MiB/,
    ],
    [
      'a link out',
      (root) => symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'prefect-deployments-dev.yaml')),
      /is a link to a file outside the repository/,
    ],
  ];
  for (const [label, make, pattern] of cases) {
    const root = makeRepo({});
    make(root);
    const r = validate(root);
    rejected(r, pattern, label);
    assert.ok(!(r.stdout + r.stderr).includes('DISTINCTIVE-outside-content'), `${label}: the link's target was shown`);
  }
  // The same refusal for plan and deploy, before any request.
  const root = makeRepo({});
  symlinkSync('/dev/zero', path.join(root, 'prefect-deployments-dev.yaml'));
  for (const command of ['plan', 'deploy']) {
    const r = runCli(
      [command, '--env', 'dev', '--sha', SHA],
      root,
      { PREFECT_API_URL: 'http://127.0.0.1:9/api' },
      { timeoutMs: BOUND_MS },
    );
    rejected(r, /is not a regular file/, command);
  }
});
