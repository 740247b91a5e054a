/** The verify stage's pure plan (which deployments, which parameters) and its section in every renderer. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs } from '../../src/args/settings.js';
import { flowRunUrl, verifyErrors, verifyJson, verifyMarkdown, verifyText } from '../../src/report/verify.js';
import type { ReportHeader } from '../../src/stages/report.js';
import { planVerify, type VerifyEntry } from '../../src/stages/verify.js';
import { UsageError } from '../../src/errors.js';
import { getInputs } from '../../src/inputs.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runnerInputs } from '../support/action-inputs.js';

const entries = [
  { name: 'etl', flowName: 'load', action: 'unchanged' as const, id: 'id-etl' },
  { name: 'etl-daily', flowName: 'load', action: 'create' as const },
  { name: 'report', flowName: 'mail', action: 'update' as const, id: 'id-report' },
  { name: 'old', flowName: 'load', action: 'delete' as const, id: 'id-old' },
];
const ids = (e: { name: string; id?: string }) => e.id ?? (e.name === 'etl-daily' ? 'id-new' : undefined);

test('plan: the deployments a pattern selects by name or FLOW/NAME, in file order, never a deleted one; the given parameter names', () => {
  assert.deepEqual(
    planVerify(['etl*', 'mail/*'], { b: 2, a: 1 }, entries, ids).map((e) => [e.deployment, e.deploymentId]),
    [
      ['etl', 'id-etl'],
      ['etl-daily', 'id-new'],
      ['report', 'id-report'],
    ],
  );
  assert.deepEqual(
    planVerify(['load/*'], {}, entries, ids).map((e) => e.deployment),
    ['etl', 'etl-daily'],
  );
  assert.deepEqual(planVerify(['etl'], { b: 2, a: 1 }, entries, ids)[0].parameterNames, ['a', 'b']);
  assert.deepEqual(planVerify(['o?d'], {}, entries, ids), []);
  assert.deepEqual(planVerify([], {}, entries, ids), [], 'no patterns: no verify');
});

test('options: --verify repeatable, --verify-timeout whole seconds (600 by default), --verify-parameters a JSON object', () => {
  const env = { GITHUB_SHA: 'a'.repeat(40) };
  const s = parseArgs(['deploy', '--env', 'dev', '--verify', 'a', '--verify', 'b*'], env, process.cwd());
  assert.deepEqual(s.verify, { patterns: ['a', 'b*'], timeoutSeconds: 600, parameters: {} });
  const t = parseArgs(
    ['deploy', '--env', 'dev', '--verify', 'a', '--verify-timeout', '20', '--verify-parameters', '{"n": 1}'],
    env,
    process.cwd(),
  );
  assert.deepEqual(t.verify, { patterns: ['a'], timeoutSeconds: 20, parameters: { n: 1 } });
  assert.equal(parseArgs(['deploy', '--env', 'dev'], env, process.cwd()).verify, undefined);
  const problems = (argv: string[]) => {
    try {
      parseArgs(argv, env, process.cwd());
    } catch (e) {
      if (e instanceof UsageError) return e.problems;
      throw e;
    }
    return [];
  };
  assert.deepEqual(problems(['deploy', '--verify-timeout', '20']), ['--verify-timeout needs --verify PATTERN']);
  assert.deepEqual(problems(['deploy', '--verify', 'a', '--verify-timeout', '1.5', '--verify-parameters', '[1]']), [
    '--verify-timeout must be a whole number of seconds from 1 to 21600',
    '--verify-parameters must be a JSON object of parameter names and values, for example {"n": 1}',
  ]);
  // The text given is not echoed: a parameter may hold a secret.
  const [bad] = problems(['deploy', '--verify', 'a', '--verify-parameters', '{"token": "s3cr3t"']);
  assert.ok(!bad.includes('s3cr3t'), bad);
});

test("action inputs: verify's patterns one or more per line, comma-separated; the runner's defaults mean no verify", () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'ped-verify-inputs-'));
  writeFileSync(path.join(workspace, 'prefect-deployments-dev.yaml'), 'deployments: []\n');
  const settingsWith = (inputs: Record<string, string>) => {
    const env = { ...runnerInputs(inputs), GITHUB_WORKSPACE: workspace, GITHUB_SHA: 'a'.repeat(40) };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return getInputs(process.env).settingsFor('dev', 'deploy')[0];
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  };
  assert.equal(settingsWith({}).verify, undefined);
  assert.deepEqual(settingsWith({ verify: 'etl, report-*\nmail/*', 'verify-parameters': '{"n": 2}' }).verify, {
    patterns: ['etl', 'report-*', 'mail/*'],
    timeoutSeconds: 600,
    parameters: { n: 2 },
  });
  assert.equal(settingsWith({ verify: 'etl', 'verify-timeout': '30' }).verify?.timeoutSeconds, 30);
  assert.throws(
    () => settingsWith({ verify: 'etl', 'verify-timeout': 'soon' }),
    /input 'verify-timeout' must be a whole number of seconds/,
  );
});

const header = (mode: ReportHeader['mode']) =>
  ({ mode, apiUrl: 'http://127.0.0.1:4200/api', sha: 'a'.repeat(40) }) as unknown as ReportHeader;
const ran: VerifyEntry[] = [
  {
    deployment: 'etl',
    flow: 'load',
    deploymentId: 'd1',
    parameterNames: [],
    flowRun: { id: 'r1', name: 'brave-fox' },
    state: 'Completed',
    seconds: 3.21,
    outcome: 'completed',
  },
  {
    deployment: 'report',
    flow: 'mail',
    deploymentId: 'd2',
    parameterNames: [],
    flowRun: { id: 'r2', name: 'calm-owl' },
    state: 'Failed',
    seconds: 1,
    outcome: 'failed',
  },
  {
    deployment: 'slow',
    flow: 'wait',
    deploymentId: 'd3',
    parameterNames: [],
    flowRun: { id: 'r3', name: 'lazy-cat' },
    state: 'Cancelling',
    seconds: 20.04,
    outcome: 'timed out',
  },
  {
    deployment: 'gone',
    flow: 'x',
    parameterNames: [],
    outcome: 'not started',
    error: 'the deployment was not registered',
  },
];

test('text: a line per run with its outcome, the state it was left in, its duration and its link', () => {
  assert.equal(flowRunUrl('http://127.0.0.1:4200/api', 'r1'), 'http://127.0.0.1:4200/runs/flow-run/r1');
  assert.deepEqual(verifyText({ ...header('deploy'), verify: ran }), [
    'Verify: 1 of 4 runs completed',
    '  etl: completed [3.2 s] http://127.0.0.1:4200/runs/flow-run/r1',
    '  report: failed [1.0 s] http://127.0.0.1:4200/runs/flow-run/r2',
    '  slow: timed out (Cancelling) [20.0 s] http://127.0.0.1:4200/runs/flow-run/r3',
    '  gone: not started: the deployment was not registered [—]',
  ]);
  const planned = [{ ...ran[0], flowRun: undefined, outcome: undefined, parameterNames: ['n'] }];
  assert.deepEqual(verifyText({ ...header('plan'), verify: planned }), [
    'Verify: would start a flow run of etl (its parameters, with n from --verify-parameters), tagged verify',
  ]);
  assert.deepEqual(verifyText({ ...header('deploy'), verify: [] }), []);
});

test('markdown: a table row per run, the flow run linked by name; values escaped', () => {
  const md = verifyMarkdown({ ...header('deploy'), verify: ran }).join('\n');
  assert.match(md, /^#### Verify$/m);
  assert.match(
    md,
    /\| <code>etl<\/code> \| ✅ completed \| Completed \| 3\.2 s \| \[brave-fox\]\(http:\/\/127\.0\.0\.1:4200\/runs\/flow-run\/r1\) \|/,
  );
  assert.match(md, /\| <code>slow<\/code> \| ⏱️ timed out \| Cancelling \| 20\.0 s \|/);
  assert.match(md, /\| <code>gone<\/code> \| ❌ not started: the deployment was not registered \| — \| — \| — \|/);
  assert.match(md, /\*\*1 of 4 runs completed\*\*/);
  const hostile = verifyMarkdown({ ...header('deploy'), verify: [{ ...ran[0], deployment: 'a|b<script>' }] }).join(
    '\n',
  );
  assert.ok(!hostile.includes('<script>') && !hostile.includes('a|b'), hostile);
  assert.match(verifyMarkdown({ ...header('plan'), verify: [ran[0]] }).join('\n'), /Deploy would start a flow run/);
});

test('JSON: each run with outcome, state, seconds, ids and link; the runs that did not complete are errors', () => {
  const json = verifyJson({ ...header('deploy'), verify: ran });
  assert.deepEqual(json[0], {
    deployment: 'etl',
    flow: 'load',
    deploymentId: 'd1',
    parameters: [],
    outcome: 'completed',
    state: 'Completed',
    seconds: 3.21,
    flowRunId: 'r1',
    flowRunName: 'brave-fox',
    url: 'http://127.0.0.1:4200/runs/flow-run/r1',
    error: null,
  });
  assert.deepEqual(
    verifyErrors({ ...header('deploy'), verify: ran }).map((e) => [e.deployment, e.message]),
    [
      ['report', 'verify run failed'],
      ['slow', 'verify run timed out (Cancelling)'],
      ['gone', 'verify run not started: the deployment was not registered'],
    ],
  );
  assert.deepEqual(verifyErrors({ ...header('plan'), verify: [ran[1]] }), []);
  assert.equal(verifyJson({ ...header('plan'), verify: [ran[0]] })[0].outcome, 'would run');
});
