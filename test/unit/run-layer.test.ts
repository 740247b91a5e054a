/**
 * The run layer the CLI and the action share (src/commands/run.ts), in this process:
 * every file of a group validated before any runs, what was not run and why, and the
 * one mapping from outcomes, errors and stops to exit codes. Nothing here reaches a
 * server: the files that run stop before the Prefect API (none is set).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { parseCommandLine } from '../../src/args/settings.js';
import { errorText, exitCodeOfError, runGroups, type FileOutcome, type RunOptions } from '../../src/commands/run.js';
import { InvalidInput } from '../../src/diagnostics.js';
import { Failure, UsageError } from '../../src/errors.js';
import { Stopped } from '../../src/run-control.js';
import type { Settings } from '../../src/settings.js';
import { makeRepo } from '../support/repo.js';

const SHA = 'ab'.repeat(20);
const VALID = 'deployments:\n  - {name: a, entrypoint: flows/hello_world.py:hello, work_pool: {name: p}}\n';
const INVALID = 'deployments:\n  - {name: b, entrypoint: flows/hello_world.py:nope, work_pool: {name: p}}\n';

/** The settings of each file, as the CLI builds them. */
function runs(command: string, files: Record<string, string>): Settings[] {
  const root = makeRepo(files);
  const line = parseCommandLine(
    [command, '--sha', SHA, '--root', root, ...Object.keys(files).flatMap((f) => ['--file', path.join(root, f)])],
    {},
    root,
  );
  assert.ok('runs' in line);
  return line.runs;
}

const quiet: RunOptions['ui'] = {
  info: () => undefined,
  warning: () => undefined,
  group: (_, fn) => fn(() => undefined),
  mask: () => undefined,
  loggingIn: () => undefined,
};
const summary = (o: FileOutcome) =>
  `${o.kind} ${o.settings.file?.split('/').pop()}${o.kind === 'not-run' ? `: ${o.why}` : ''}`;

test('validate: each file validated, nothing run; 2 when one is invalid', async () => {
  const seen: string[] = [];
  const result = await runGroups([runs('validate', { 'a.yaml': VALID }), runs('validate', { 'b.yaml': INVALID })], {
    ui: quiet,
    timeoutSeconds: 60,
    stopAtFailure: true,
    hooks: {
      outcome: (o, group) => seen.push(`${group}: ${summary(o)}`),
      deploying: () => assert.fail('validate deploys nothing'),
    },
  });
  assert.deepEqual(seen, ['0: validated a.yaml', '1: validated b.yaml']);
  assert.deepEqual(
    result.groups.map((g) => g.exitCode),
    [0, 2],
  );
  assert.equal(result.exitCode, 2);
  assert.equal(result.stopped, undefined);
});

test('several files: one invalid holds every file back before anything runs', async () => {
  let validated: string[] = [];
  const result = await runGroups([runs('deploy', { 'a.yaml': VALID, 'b.yaml': INVALID })], {
    ui: quiet,
    timeoutSeconds: 60,
    stopAtFailure: false,
    hooks: {
      validated: (checked) =>
        (validated = checked.map((c) => `${c.settings.file?.split('/').pop()} ${c.validated.valid}`)),
      deploying: () => assert.fail('nothing runs'),
    },
  });
  assert.deepEqual(validated, ['a.yaml true', 'b.yaml false']);
  assert.deepEqual(result.groups[0].outcomes.map(summary), ['held-back a.yaml', 'held-back b.yaml']);
  assert.equal(result.exitCode, 2);
});

test('a file whose run throws: the CLI runs no more files, the action goes on', async () => {
  for (const [stopAtFailure, second] of [
    [true, 'not-run b.yaml: not started: an earlier deployments file failed'],
    [false, 'failed b.yaml'],
  ] as const) {
    const named: string[] = [];
    const result = await runGroups([runs('deploy', { 'a.yaml': VALID, 'b.yaml': VALID })], {
      ui: quiet,
      timeoutSeconds: 60,
      stopAtFailure,
      hooks: { deploying: (s, deploy) => (named.push(s.file!.split('/').pop()!), deploy()) },
    });
    const [first] = result.groups[0].outcomes;
    assert.deepEqual(result.groups[0].outcomes.map(summary), ['failed a.yaml', second]);
    assert.ok(first.kind === 'failed' && first.error instanceof UsageError);
    assert.equal(errorText(first.error), 'no Prefect API: set PREFECT_API_URL or pass --api-url');
    assert.deepEqual(named, stopAtFailure ? ['a.yaml'] : ['a.yaml', 'b.yaml']);
    // A usage error is 2.
    assert.equal(result.exitCode, 2);
  }
});

test('past the deadline: the files not started say so, and the run exits 1', async () => {
  const result = await runGroups([runs('deploy', { 'a.yaml': VALID }), runs('deploy', { 'b.yaml': VALID })], {
    ui: quiet,
    timeoutSeconds: 0.01,
    stopAtFailure: false,
    hooks: { deploying: async (_, deploy) => (await sleep(50), deploy()) },
  });
  assert.deepEqual(result.stopped, { kind: 'timeout', seconds: 0.01 });
  assert.deepEqual(
    result.groups.flatMap((g) => g.outcomes.map(summary)),
    ['failed a.yaml', 'not-run b.yaml: timed out: the run passed its 0.01 s deadline (--timeout): not started'],
  );
  assert.deepEqual([result.exitCode, ...result.groups.map((g) => g.exitCode)], [1, 1, 1]);
});

test('one mapping from what was thrown to the exit code and the line that says it', () => {
  // Invalid input is said by its diagnostics, each at its place.
  assert.equal(exitCodeOfError(new InvalidInput([], ['a problem'])), 2);
  const rows: [unknown, number, string][] = [
    [new UsageError(['one', 'two']), 2, 'one\ntwo'],
    [new Stopped({ kind: 'signal', signal: 'SIGINT' }), 130, 'interrupted (SIGINT) before anything was written'],
    [new Stopped({ kind: 'signal', signal: 'SIGTERM' }), 143, 'interrupted (SIGTERM) before anything was written'],
    [
      new Stopped({ kind: 'timeout', seconds: 5 }),
      1,
      'timed out: the run passed its 5 s deadline (--timeout) before anything was written',
    ],
    [new Failure('the registry refused'), 1, 'the registry refused'],
    [new TypeError('x is undefined'), 1, 'unexpected failure: x is undefined'],
  ];
  for (const [error, code, text] of rows) assert.deepEqual([exitCodeOfError(error), errorText(error)], [code, text]);
});
