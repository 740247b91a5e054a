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
import { parseArgs } from '../../src/args/settings.js';
import { ACTION_DEFAULTS, getInputs } from '../../src/inputs.js';
import { planRun } from '../../src/main.js';
import { actionDefaults, RUNNER_GITHUB_TOKEN, runnerInputs } from '../support/action-inputs.js';

const SHA = 'ab'.repeat(20);

/** A workspace with a deployments file per environment, and two projects. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-inputs-'));
  for (const file of [
    'prefect-deployments-dev.yaml',
    'prefect-deployments-prod.yaml',
    'projects/alpha/prefect.yaml',
    'projects/beta/prefect.yaml',
  ]) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'deployments: []\n');
  }
  return dir;
}

/** Sets the process's environment as the runner would (INPUT_*, GITHUB_*); afterEach puts it back. */
const saved = { ...process.env };
function runner(vars: Record<string, string>): void {
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
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
  const base = [
    'deploy',
    '--env',
    'dev',
    '--root',
    ws,
    '--sha',
    SHA,
    '--repository',
    'flows',
    '--worker-service',
    'c/s',
  ];
  const d = ACTION_DEFAULTS;
  const written = [
    ...[
      '--concurrency',
      d.concurrency,
      '--timeout',
      d.timeout,
      '--workdir',
      d.workdir,
      '--worker-wait',
      d['worker-wait'],
    ],
    ...[
      '--tag-mutability',
      d['tag-mutability'],
      '--context',
      d.context,
      '--dockerfile',
      d.dockerfile,
      '--file-pattern',
      d['file-pattern'],
    ],
  ];
  const plain = parseArgs(base, {}, ws);
  const explicit = parseArgs([...base, ...written], {}, ws);
  // `defaulted` records which image fields were not written (the image's provenance); everything else is equal.
  assert.deepEqual(
    { ...explicit, ecr: { ...explicit.ecr, defaulted: [] } },
    { ...plain, ecr: { ...plain.ecr, defaulted: [] } },
  );
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
  assert.deepEqual(
    runs.map((s) => s.root),
    [path.join(ws, 'projects/alpha'), path.join(ws, 'projects/beta')],
  );
  // A root the user writes (other than the default) is every project's root.
  runner({
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: SHA,
    ...runnerInputs({ 'deployments-file': 'alpha/*.yaml', root: 'projects' }),
  });
  assert.deepEqual(
    getInputs()
      .settingsFor('dev', 'deploy')
      .map((s) => s.root),
    [path.join(ws, 'projects')],
  );
});

/**
 * Every event kind and every mode, from action.yml's defaults plus only what the row
 * needs: the event decides what runs, each environment's settings parse, and no usage
 * error comes of an input the user did not write.
 */
const PROMOTE = { mode: 'promote', environment: 'prod', 'promote-from': 'dev', 'ecr-repository': 'flows' };
const PR_PAYLOAD = { pull_request: { number: 7, head: { sha: 'cd'.repeat(20) } } };
const EVENTS: {
  name: string;
  event: string;
  ref: string;
  inputs?: Record<string, string>;
  payload?: unknown;
  outcomes: Record<string, string>;
}[] = [
  {
    name: 'push to a mapped branch',
    event: 'push',
    ref: 'refs/heads/dev',
    outcomes: { auto: 'deploy dev', deploy: 'deploy dev', plan: 'plan dev', promote: 'promote prod' },
  },
  {
    name: 'push to an unmapped branch',
    event: 'push',
    ref: 'refs/heads/feature/x',
    outcomes: {
      auto: "nothing: branch 'feature/x' is not mapped to an environment (environments: main=prod,dev=dev); nothing to deploy",
      deploy:
        "nothing: branch 'feature/x' is not mapped to an environment (environments: main=prod,dev=dev); nothing to deploy",
      plan: 'plan dev,prod',
      promote: 'promote prod',
    },
  },
  {
    name: 'workflow_dispatch',
    event: 'workflow_dispatch',
    ref: 'refs/heads/dev',
    outcomes: { auto: 'deploy dev', deploy: 'deploy dev', plan: 'plan dev', promote: 'promote prod' },
  },
  {
    name: 'workflow_dispatch with promote-from',
    event: 'workflow_dispatch',
    ref: 'refs/heads/main',
    inputs: { environment: 'prod', 'promote-from': 'dev', 'ecr-repository': 'flows' },
    outcomes: { auto: 'promote prod', deploy: 'deploy prod', plan: 'plan prod', promote: 'promote prod' },
  },
  {
    name: 'pull_request',
    event: 'pull_request',
    ref: 'refs/pull/7/merge',
    payload: PR_PAYLOAD,
    outcomes: { auto: 'plan dev,prod', deploy: 'plan dev,prod', plan: 'plan dev,prod', promote: 'plan prod' },
  },
  {
    name: 'pull_request_target',
    event: 'pull_request_target',
    ref: 'refs/heads/main',
    payload: PR_PAYLOAD,
    outcomes: { auto: 'plan dev,prod', deploy: 'plan dev,prod', plan: 'plan dev,prod', promote: 'plan prod' },
  },
  {
    name: 'schedule',
    event: 'schedule',
    ref: 'refs/heads/main',
    outcomes: { auto: 'deploy prod', deploy: 'deploy prod', plan: 'plan prod', promote: 'promote prod' },
  },
];

for (const row of EVENTS) {
  for (const [mode, expected] of Object.entries(row.outcomes)) {
    test(`${row.name}, mode ${mode}, from the defaults: ${expected}`, () => {
      const ws = workspace();
      const eventPath = path.join(ws, 'event.json');
      writeFileSync(eventPath, JSON.stringify(row.payload ?? {}));
      const given = {
        ...row.inputs,
        ...(mode === 'promote' ? PROMOTE : { mode }),
        'prefect-api-url': 'http://127.0.0.1:1/api',
      };
      runner({
        GITHUB_WORKSPACE: ws,
        GITHUB_SHA: SHA,
        GITHUB_EVENT_NAME: row.event,
        GITHUB_REF: row.ref,
        GITHUB_EVENT_PATH: eventPath,
        ...runnerInputs(given),
      });
      const planned = planRun(getInputs());
      if (!planned.run) return assert.equal(`nothing: ${planned.reason}`, expected);
      const [first] = planned.environments;
      assert.equal(`${first.mode} ${planned.environments.map((e) => e.environment).join(',')}`, expected);
      for (const e of planned.environments)
        assert.deepEqual(
          e.runs.map((s) => [s.command, s.environment]),
          [[e.mode, e.environment]],
        );
      // A pull request asked to write plans instead, and says so.
      assert.equal(Boolean(planned.warning), row.payload !== undefined && mode !== 'auto' && mode !== 'plan');
    });
  }
}

test("a fork's pull request (no Prefect API URL) validates every environment from the defaults", () => {
  const ws = workspace();
  const eventPath = path.join(ws, 'event.json');
  writeFileSync(eventPath, JSON.stringify(PR_PAYLOAD));
  runner({
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: SHA,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_EVENT_PATH: eventPath,
    ...runnerInputs(),
  });
  const planned = planRun(getInputs());
  assert.ok(planned.run);
  assert.deepEqual(
    planned.environments.flatMap((e) => e.runs.map((s) => `${s.command} ${s.environment} ${s.sha}`)),
    [`validate dev ${'cd'.repeat(20)}`, `validate prod ${'cd'.repeat(20)}`],
  );
});

test('run as the action, a refused input is named as the input, not as the CLI flag', () => {
  const ws = workspace();
  const refused = (inputs: Record<string, string>) => {
    runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs(inputs) });
    try {
      getInputs().settingsFor('dev', 'deploy');
    } catch (e) {
      return (e as Error).message;
    }
    return 'accepted';
  };
  assert.equal(refused({ concurrency: '0' }), "input 'concurrency' must be a whole number from 1 to 64");
  assert.equal(refused({ 'worker-wait': '30' }), "input 'worker-wait' needs input 'worker-service' CLUSTER/SERVICE");
  assert.equal(
    refused({ prune: 'true', only: 'nightly-*' }),
    "input 'prune' does not run with input 'only': a subset cannot tell what the file no longer has",
  );
  assert.equal(
    refused({ 'image-tag-from': 'Dockerfile' }),
    "input 'image-tag-from' needs the image stage: pass input 'ecr-repository'",
  );
  runner({ GITHUB_WORKSPACE: ws, ...runnerInputs({ timeout: 'soon' }) });
  assert.throws(() => getInputs(), { message: /^input 'timeout' must be a duration from 1 s to 6 h/ });
});

test("'allow-drift' reaches a promotion, and only a promotion", () => {
  const ws = workspace();
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs({ ...PROMOTE, 'allow-drift': 'true' }) });
  const [promote] = getInputs().settingsFor('prod', 'promote');
  assert.equal(promote.allowDrift, true);
  const [deploy] = getInputs().settingsFor('prod', 'deploy');
  assert.equal(deploy.allowDrift, undefined);
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs(PROMOTE) });
  assert.equal(getInputs().settingsFor('prod', 'promote')[0].allowDrift, false);
});

test('a glob that matches nothing is named as the workspace sees it', () => {
  const ws = workspace();
  runner({ GITHUB_WORKSPACE: ws, GITHUB_SHA: SHA, ...runnerInputs({ 'deployments-file': 'nothing/*/prefect.yaml' }) });
  assert.throws(() => getInputs().settingsFor('dev', 'deploy'), {
    message: "input 'deployments-file' 'nothing/*/prefect.yaml' matches no file",
  });
  // deployments-file is relative to root: the workspace's path has the root in it.
  runner({
    GITHUB_WORKSPACE: ws,
    GITHUB_SHA: SHA,
    ...runnerInputs({ root: 'projects', 'deployments-file': 'gamma/*.yaml' }),
  });
  assert.throws(() => getInputs().settingsFor('dev', 'deploy'), {
    message: "input 'deployments-file' 'projects/gamma/*.yaml' matches no file",
  });
});

test("'mode' takes any case, as the true/false inputs do", () => {
  runner({ GITHUB_WORKSPACE: workspace(), ...runnerInputs({ mode: 'Plan', prune: 'TRUE' }) });
  const inputs = getInputs();
  assert.equal(inputs.mode, 'plan');
  assert.equal(inputs.settingsFor('dev', 'plan')[0].prune, true);
  runner({ GITHUB_WORKSPACE: workspace(), ...runnerInputs({ mode: 'ship' }) });
  assert.throws(() => getInputs(), { message: "input 'mode' must be one of auto, deploy, plan, promote, not 'ship'" });
});
