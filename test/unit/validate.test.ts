import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runValidate } from '../../src/commands/validate.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import type { Settings } from '../../src/settings.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function validate(yaml: string, extra: Partial<Settings> = {}, files: Record<string, string> = {}) {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': yaml, ...files });
  return runValidate({ ...settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA], { TEAM: 'data' }), ...extra });
}

const ok = (extra = '') => `deployments:
  - name: hello
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: pool}
${extra}`;

/** Each case: a file, and the `line:col: message` fragments that must be reported. */
const cases: { kind: string; yaml: string; expect: [string, RegExp][]; files?: Record<string, string> }[] = [
  { kind: 'YAML syntax', yaml: 'deployments:\n  - name: [unclosed\n', expect: [['3:1', /YAML/]] },
  { kind: 'duplicate YAML key', yaml: 'deployments: []\ndeployments: []\n', expect: [['2:1', /YAML: Map keys must be unique/]] },
  { kind: 'empty file', yaml: '', expect: [['1:1', /the file is empty/]] },
  { kind: 'unknown top-level key', yaml: 'deploymentz: []\n', expect: [['1:1', /unknown key 'deploymentz' \(did you mean 'deployments'\?\)/], ['1:1', /the file is missing 'deployments'/]] },
  { kind: 'unknown deployment key', yaml: ok('    shedule: {cron: "0 0 * * *"}'), expect: [['5:5', /unknown key 'shedule' \(did you mean 'schedule'\?\)/]] },
  { kind: 'unknown schedule key', yaml: ok('    schedule: {cron: "0 0 * * *", timezon: UTC}'), expect: [['5:35', /unknown key 'timezon' \(did you mean 'timezone'\?\)/]] },
  { kind: 'tags not a list', yaml: ok('    tags: dev'), expect: [['5:11', /'tags' must be a list/]] },
  { kind: 'parameters not a mapping', yaml: ok('    parameters: [1, 2]'), expect: [['5:17', /'parameters' must be a mapping/]] },
  { kind: 'version as a number', yaml: ok('    version: 1.5'), expect: [['5:14', /'version' must be a string .*quote it/]] },
  { kind: 'paused not a boolean', yaml: ok('    paused: sometimes'), expect: [['5:13', /'paused' must be true or false/]] },
  { kind: 'concurrency_limit below 1', yaml: ok('    concurrency_limit: 0'), expect: [['5:24', /at least 1/]] },
  { kind: 'collision strategy', yaml: ok('    concurrency_limit: {limit: 2, collision_strategy: DROP}'), expect: [['5:55', /must be one of ENQUEUE, CANCEL_NEW/]] },
  { kind: 'missing name', yaml: 'deployments:\n  - entrypoint: flows/hello_world.py:hello\n    work_pool: {name: p}\n', expect: [['2:5', /deployment #1 is missing 'name'/]] },
  { kind: 'missing entrypoint', yaml: 'deployments:\n  - name: x\n    work_pool: {name: p}\n', expect: [['2:5', /deployment 'x' is missing 'entrypoint'/]] },
  { kind: 'duplicate names point at the second', yaml: ok() + '  - name: hello\n    entrypoint: flows/hello_world.py:hello\n    work_pool: {name: pool}\n', expect: [['5:11', /duplicate deployment name 'hello' \(first defined at line 2\)/]] },
  { kind: 'banned characters in a name', yaml: 'deployments:\n  - name: a/b\n    entrypoint: flows/hello_world.py:hello\n    work_pool: {name: p}\n', expect: [['2:11', /contains \//]] },
  { kind: 'entrypoint file missing', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/nope.py:hello\n    work_pool: {name: p}\n', expect: [['3:17', /entrypoint file flows\/nope.py does not exist/]] },
  { kind: 'entrypoint without a function', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/hello_world.py\n    work_pool: {name: p}\n', expect: [['3:17', /module 'flows\/hello_world' of entrypoint|must be 'path\/to\/file.py:function'/]] },
  { kind: 'function missing', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/hello_world.py:helo\n    work_pool: {name: p}\n', expect: [['3:17', /function 'helo' not found in flows\/hello_world.py \(did you mean 'hello'\?\)/]] },
  { kind: 'function not a flow', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/hello_world.py:say\n    work_pool: {name: p}\n', expect: [['3:17', /function 'say' in flows\/hello_world.py:5 is not decorated with @flow/]] },
  { kind: 'Python syntax error in the flow file', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/broken.py:f\n    work_pool: {name: p}\n', files: { 'flows/broken.py': 'from prefect import flow\n@flow\ndef f(:\n  pass\n' }, expect: [['3:17', /flows\/broken.py:3:7: Python syntax error/]] },
  { kind: 'two schedule kinds in one', yaml: ok('    schedule: {cron: "0 0 * * *", interval: 60}'), expect: [['5:35', /one of cron, interval or rrule, not cron and interval/]] },
  { kind: 'no schedule kind', yaml: ok('    schedule: {timezone: UTC}'), expect: [['5:15', /needs one of cron, interval or rrule/]] },
  { kind: 'invalid cron', yaml: ok('    schedule: {cron: "0 25 * * *"}'), expect: [['5:22', /invalid cron '0 25 \* \* \*': '25' is out of range for the hour field/]] },
  { kind: 'hashed cron', yaml: ok('    schedule: {cron: "H * * * *"}'), expect: [['5:22', /random \(R\) and hashed \(H\)/]] },
  { kind: 'interval not positive', yaml: ok('    schedule: {interval: 0}'), expect: [['5:26', /'interval' must be greater than 0/]] },
  { kind: 'invalid rrule', yaml: ok('    schedule: {rrule: "FREQ=DAILY;BYHOUR=30"}'), expect: [['5:23', /invalid rrule: BYHOUR/]] },
  { kind: 'invalid timezone', yaml: ok('    schedule: {cron: "0 0 * * *", timezone: "Chicago"}'), expect: [['5:45', /invalid timezone 'Chicago'/]] },
  { kind: 'invalid anchor date', yaml: ok('    schedule: {interval: 60, anchor-date: "yesterday"}'), expect: [['5:43', /invalid date 'yesterday'/]] },
  { kind: 'anchor date on a cron schedule', yaml: ok('    schedule: {cron: "0 0 * * *", anchor_date: "2024-01-01"}'), expect: [['5:35', /anchor_date applies to interval schedules only/]] },
  { kind: 'unknown parameter', yaml: ok('    parameters: {numbr: 1}'), expect: [['5:18', /flow 'hello' \(flows\/hello_world.py\) has no parameter 'numbr' \(did you mean 'number'\?\)/]] },
  { kind: 'parameter value of the wrong type', yaml: ok('    parameters: {number: "many"}'), expect: [['5:26', /parameter 'number' of flow 'hello': expected an integer, got "many"/]] },
  { kind: 'enum parameter value', yaml: 'deployments:\n  - name: e\n    entrypoint: flows/etl.py:run_etl\n    parameters: {source: s, mode: partial}\n    work_pool: {name: p}\n', expect: [['4:35', /expected one of "full", "incremental", got "partial"/]] },
  { kind: 'schedule parameter checked too', yaml: 'deployments:\n  - name: e\n    entrypoint: flows/etl.py:run_etl\n    parameters: {source: s}\n    schedules:\n      - cron: "0 0 * * *"\n        parameters: {batch_size: "big"}\n    work_pool: {name: p}\n', expect: [['7:34', /parameter 'batch_size' of flow 'nightly-etl': expected an integer/]] },
  { kind: 'required parameter with an active schedule', yaml: 'deployments:\n  - name: e\n    entrypoint: flows/etl.py:run_etl\n    schedule: {cron: "0 0 * * *"}\n    work_pool: {name: p}\n', expect: [['4:15', /scheduled runs of 'e' would fail: required parameter 'source' of flow 'nightly-etl' has no value/]] },
  { kind: 'no work pool', yaml: 'deployments:\n  - name: x\n    entrypoint: flows/hello_world.py:hello\n', expect: [['2:5', /deployment 'x' has no work pool/]] },
  { kind: 'unknown template', yaml: ok('    description: "{{ imag }}"'), expect: [['5:18', /unknown template \{\{ imag \}\} \(did you mean \{\{ image \}\}\?\)/]] },
  { kind: 'unset environment variable', yaml: ok('    description: "{{ $NOT_SET_ANYWHERE }}"'), expect: [['5:18', /environment variable NOT_SET_ANYWHERE is not set/]] },
  { kind: 'unclosed template', yaml: ok('    description: "{{ sha"'), expect: [['5:18', /template is not closed/]] },
  { kind: 'pull step with two keys', yaml: ok('    pull: [{a: 1, b: 2}]'), expect: [['5:12', /exactly one key/]] },
];

for (const c of cases) {
  test(`error: ${c.kind}`, () => {
    const report = validate(c.yaml, {}, c.files);
    assert.equal(report.valid, false, `expected errors, got none`);
    const lines = report.errors.map(formatDiagnostic);
    for (const [pos, pattern] of c.expect) {
      assert.ok(
        lines.some((l) => l.startsWith(`prefect-deployments-dev.yaml:${pos}: `) && pattern.test(l)),
        `expected ${pos} ${pattern} among:\n${lines.join('\n')}`,
      );
    }
  });
}

test('every error is reported at once', () => {
  const report = validate(`deployments:
  - name: a
    entrypoint: flows/hello_world.py:hello
    shedule: {cron: "0 0 * * *"}
    tags: dev
    work_pool: {name: p}
  - name: b
    entrypoint: flows/missing.py:hello
    schedule: {cron: "61 * * * *", timezone: "Mars/Olympus"}
`);
  assert.deepEqual(
    report.errors.map((e) => `${e.line}:${e.column}`),
    ['4:5', '5:11', '7:5', '8:17', '9:22', '9:46'],
  );
});

test('templates resolve sha, env and environment variables; late ones stay', () => {
  const report = validate(ok('    description: "{{ env }} {{ sha }} {{ $TEAM }} {{ image }} {{ prefect.variables.x }}"'));
  assert.equal(report.valid, true, report.errors.map(formatDiagnostic).join('\n'));
  const d = report.validated.file.deployments[0];
  assert.equal(d.description, `dev ${SHA} data {{ image }} {{ prefect.variables.x }}`);
});

test('warnings do not make the file invalid: required parameter without a schedule, build steps', () => {
  const report = validate(`build:
  - prefect_docker.deployments.steps.build_docker_image: {}
deployments:
  - name: e
    entrypoint: flows/etl.py:run_etl
    work_pool: {name: p}
`);
  assert.equal(report.valid, true);
  const warnings = report.warnings.map(formatDiagnostic);
  assert.ok(warnings.some((w) => /1:1: warning: 'build' steps are not run/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /4:11: warning: required parameter 'source'.*every run must pass it/.test(w)), warnings.join('\n'));
});

test('prefect.yaml shape: definitions, anchors and merges become the same model', () => {
  const report = validate(`definitions:
  pool: &pool {name: shared, work_queue_name: q}
  base: &base
    entrypoint: flows/hello_world.py:hello
    tags: [a]
deployments:
  - <<: *base
    name: one
    work_pool: *pool
    schedules:
      - {cron: "0 0 * * *", slug: nightly, active: false}
      - {interval: 600, anchor_date: "2024-01-01T00:00:00", timezone: UTC}
  - <<: *base
    name: two
    tags: [b]
    work_pool:
      <<: *pool
      job_variables: {cpu: 1}
`);
  assert.equal(report.valid, true, report.errors.map(formatDiagnostic).join('\n'));
  const [one, two] = report.validated.file.deployments;
  assert.deepEqual(one.tags, ['a']);
  assert.deepEqual(two.tags, ['b']);
  assert.equal(one.schedules.length, 2);
  assert.equal(one.schedules[0].active, false);
  assert.equal(one.schedules[1].anchorDate, '2024-01-01T00:00:00');
  assert.deepEqual(two.workPool, { name: 'shared', workQueueName: 'q', jobVariables: { cpu: 1 } });
});

test('an error inside a merged anchor points at the anchor, once', () => {
  const report = validate(`definitions:
  base: &base
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: p}
    tags: nope
deployments:
  - {<<: *base, name: one}
  - {<<: *base, name: two}
`);
  assert.deepEqual(report.errors.map((e) => `${e.line}:${e.column} ${e.message}`), ["5:11 'tags' must be a list (or empty), not a string"]);
});

test('the wrapper-script shape with ib-block needs no work pool', () => {
  const report = validate(`ib-block: "ecs-task/dev"
deployments:
  - name: Flow1
    entrypoint: flows/hello_world.py:hello
    parameters: {number: 42, name: "Do not panic!"}
    schedule: {cron: "0 0 * * *", timezone: "America/Chicago"}
    tags: ["dev", "some-tag1"]
    version: "0.0.1"
    work_pool: {name: "pool", work_queue_name: "dev"}
`);
  assert.equal(report.valid, true, report.errors.map(formatDiagnostic).join('\n'));
  assert.equal(report.validated.file.deployments[0].infrastructureBlock, 'ecs-task/dev');
  assert.equal(report.validated.file.deployments[0].version, '0.0.1');
});
