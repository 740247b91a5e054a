/**
 * The action's inputs as the runner gives them, read in this process with the real
 * @actions/core: every input with a default in action.yml is set (INPUT_*), whether the
 * workflow names it or not. A default must mean what leaving the input out means.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, test } from 'node:test';
import { parseArgs } from '../../src/args.js';
import { ACTION_DEFAULTS, getInputs } from '../../src/inputs.js';
import { actionDefaults, RUNNER_GITHUB_TOKEN, runnerInputs } from '../support/action-inputs.js';

const SHA = 'ab'.repeat(20);

/** A workspace with a deployments file per environment, and two projects. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-inputs-'));
  for (const file of ['prefect-deployments-dev.yaml', 'prefect-deployments-prod.yaml', 'projects/alpha/prefect.yaml', 'projects/beta/prefect.yaml']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'deployments: []\n');
  }
  return dir;
}

/** Sets the process's environment as the runner would (INPUT_*, GITHUB_*); afterEach puts it back. */
const saved = { ...process.env };
function runner(vars: Record<string, string>): void {
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, vars);
}
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

test("the table of defaults in src/inputs.ts is action.yml's", () => {
  assert.deepEqual({ ...ACTION_DEFAULTS }, actionDefaults());
});

test("the CLI's own defaults are action.yml's: writing them out changes nothing", () => {
  const ws = workspace();
  const base = ['deploy', '--env', 'dev', '--root', ws, '--sha', SHA, '--repository', 'flows', '--worker-service', 'c/s'];
  const d = ACTION_DEFAULTS;
  const written = [
    ...['--concurrency', d.concurrency, '--timeout', d.timeout, '--workdir', d.workdir, '--worker-wait', d['worker-wait']],
    ...['--tag-mutability', d['tag-mutability'], '--context', d.context, '--dockerfile', d.dockerfile, '--file-pattern', d['file-pattern']],
  ];
  const plain = parseArgs(base, {}, ws);
  const explicit = parseArgs([...base, ...written], {}, ws);
  // `defaulted` records which image fields were not written (the image's provenance); everything else is equal.
  assert.deepEqual({ ...explicit, ecr: { ...explicit.ecr, defaulted: [] } }, { ...plain, ecr: { ...plain.ecr, defaulted: [] } });
});

test('every default, as the runner sets it, means what leaving the input out means', () => {
  const ws = workspace();
  const github = { GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA };
  const read = () => {
    const inputs = getInputs();
    const { settingsFor, githubToken, ...rest } = inputs;
    return { githubToken, rest, runs: (['validate', 'plan', 'deploy'] as const).map((c) => settingsFor('dev', c)) };
  };
  runner(github);
  const none = read();
  runner({ ...github, ...runnerInputs() });
  const defaults = read();
  assert.deepEqual(defaults.rest, none.rest);
  assert.deepEqual(defaults.runs, none.runs);
  // The token is the one input whose default is a value: the job's token.
  assert.equal(defaults.githubToken, RUNNER_GITHUB_TOKEN);
  assert.equal(none.githubToken, undefined);
});

test("the default 'worker-wait' without a worker service is no error; written with one, it is kept", () => {
  const ws = workspace();
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs() });
  assert.equal(getInputs().settingsFor('dev', 'deploy')[0].worker, undefined);
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs({ 'worker-service': 'c/s', 'worker-wait': '30' }) });
  assert.equal(getInputs().settingsFor('dev', 'deploy')[0].worker?.waitSeconds, 30);
});

test("with the default 'root', each project from a glob is its own root", () => {
  const ws = workspace();
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs({ 'deployments-file': 'projects/*/prefect.yaml' }) });
  const runs = getInputs().settingsFor('dev', 'deploy');
  assert.deepEqual(runs.map((s) => s.root), [path.join(ws, 'projects/alpha'), path.join(ws, 'projects/beta')]);
  // A root the user writes (other than the default) is every project's root.
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs({ 'deployments-file': 'alpha/*.yaml', root: 'projects' }) });
  assert.deepEqual(getInputs().settingsFor('dev', 'deploy').map((s) => s.root), [path.join(ws, 'projects')]);
});
