import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { runValidate } from '../../src/commands/validate.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import type { Settings } from '../../src/settings.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';
import { badFiles, ok, strictWarnings } from '../fixtures/bad-files.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

function validate(yaml: string, extra: Partial<Settings> = {}, files: Record<string, string> = {}) {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': yaml, ...files });
  return runValidate({ ...settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA], { TEAM: 'data' }), ...extra });
}

const cases = badFiles;

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

for (const c of strictWarnings) {
  test(`warning (an error with --strict): ${c.kind}`, () => {
    const [pos, pattern] = c.expect;
    const lenient = validate(c.yaml, {}, c.files);
    assert.equal(lenient.valid, true, lenient.errors.map(formatDiagnostic).join('\n'));
    const warnings = lenient.warnings.map(formatDiagnostic);
    assert.ok(
      warnings.some((w) => w.startsWith(`prefect-deployments-dev.yaml:${pos}: warning: `) && pattern.test(w)),
      `expected ${pos} ${pattern} among:\n${warnings.join('\n')}`,
    );
    const strict = validate(c.yaml, { strict: true }, c.files);
    assert.equal(strict.valid, false);
    assert.ok(
      strict.errors
        .map(formatDiagnostic)
        .some(
          (e) =>
            e.startsWith(`prefect-deployments-dev.yaml:${pos}: `) &&
            pattern.test(e) &&
            e.endsWith('(an error with --strict)'),
        ),
    );
  });
}

test('a file without deployments is refused as prefect deploy refuses it; with --prune it removes what this tool registered (a warning)', () => {
  for (const strict of [false, true]) {
    const refused = validate('deployments: []\n', { strict });
    assert.equal(refused.valid, false);
    assert.match(
      refused.errors.map(formatDiagnostic).join('\n'),
      /1:1: the file has no deployments: nothing to register \(prefect deploy --all refuses such a file.*pass --prune/,
    );
    const pruned = validate('deployments: []\n', { strict, prune: true });
    assert.equal(pruned.valid, true, pruned.errors.map(formatDiagnostic).join('\n'));
    assert.match(
      pruned.warnings.map(formatDiagnostic).join('\n'),
      /1:1: warning: the file has no deployments: --prune removes every deployment this tool registered/,
    );
  }
});

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
    ['4:5', '7:5', '8:17', '9:22', '9:46'],
  );
});

test('templates resolve sha, env and environment variables; late ones stay', () => {
  const report = validate(
    ok('    description: "{{ env }} {{ sha }} {{ $TEAM }} {{ image }} {{ prefect.variables.x }}"'),
  );
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
  assert.ok(
    warnings.some((w) =>
      /2:5: warning: build step build_docker_image: the image stage builds the image instead/.test(w),
    ),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((w) => /4:11: warning: required parameter 'source'.*every run must pass it/.test(w)),
    warnings.join('\n'),
  );
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
  assert.deepEqual(two.workPool, {
    name: 'shared',
    workQueueName: 'q',
    jobVariables: { cpu: 1 },
    imageAsWritten: false,
  });
});

test('an error inside a merged anchor points at the anchor, once', () => {
  const report = validate(`definitions:
  base: &base
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: p}
    paused: nope
deployments:
  - {<<: *base, name: one}
  - {<<: *base, name: two}
`);
  assert.deepEqual(
    report.errors.map((e) => `${e.line}:${e.column} ${e.message}`),
    ["5:13 'paused' must be true or false (or empty), not a string"],
  );
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

test('near misses of keys: a word of the key, a near spelling or an abbreviation; keys far from every key suggest nothing', async () => {
  const { nearKey } = await import('../../src/text.js');
  const deployment = [
    'name',
    'entrypoint',
    'description',
    'version',
    'tags',
    'parameters',
    'schedule',
    'schedules',
    'work_pool',
    'concurrency_limit',
    'enforce_parameter_schema',
    'paused',
    'pull',
    'triggers',
  ];
  const cases: [string, string[], string | undefined][] = [
    ['params', deployment, 'parameters'],
    ['pool', deployment, 'work_pool'],
    ['shedule', deployment, 'schedule'],
    ['desc', deployment, 'description'],
    ['conc_limit', deployment, 'concurrency_limit'],
    ['queue', ['name', 'work_queue_name', 'job_variables'], 'work_queue_name'],
    ['vars', ['name', 'work_queue_name', 'job_variables'], 'job_variables'],
    ['owner', deployment, undefined],
    ['team', deployment, undefined],
    ['ab', deployment, undefined],
    ['p', deployment, undefined],
  ];
  assert.deepEqual(
    cases.map(([w, keys]) => nearKey(w, keys)),
    cases.map((c) => c[2]),
  );
});

test('an absolute entrypoint inside the root: an error that gives the relative form', () => {
  const root = makeRepo();
  const yaml = `deployments:\n  - name: x\n    entrypoint: ${root}/flows/hello_world.py:hello\n    work_pool: {name: p}\n`;
  const report = runValidate(
    settingsFor(makeRepo({ 'prefect-deployments-dev.yaml': yaml }), ['validate', '--env', 'dev', '--sha', SHA], {}),
  );
  assert.match(
    report.errors.map(formatDiagnostic).join('\n'),
    /3:17: entrypoint '.*' is an absolute path: a worker's copy of the repository will not be there$/m,
  );
  const inside = makeRepo();
  const own = `deployments:\n  - name: x\n    entrypoint: ${inside}/flows/hello_world.py:hello\n    work_pool: {name: p}\n`;
  writeFileSync(`${inside}/prefect-deployments-dev.yaml`, own);
  const again = runValidate(settingsFor(inside, ['validate', '--env', 'dev', '--sha', SHA], {}));
  assert.match(
    again.errors.map(formatDiagnostic).join('\n'),
    /3:17: entrypoint '.*' is an absolute path: a worker's copy of the repository will not be there; write it relative to the root: flows\/hello_world.py:hello$/m,
  );
});

test('templates nothing fills: the whole value left out, text blanked, as prefect deploy registers them; suggestions only of steps the file has', () => {
  const report = validate(`build: null
deployments:
  - name: leftover
    entrypoint: flows/hello_world.py:hello
    version: "{{ build-image.tag }}"
    description: "run {{ flow_run.name }}!"
    work_pool:
      name: pool
      job_variables: {image: "{{ build_image.image }}", env: {HOST: "{{ flow_run.name }}", KEEP: "k"}, name: "{{ ctx.flow_run.name }}"}
`);
  assert.equal(report.valid, true, report.errors.map(formatDiagnostic).join('\n'));
  const d = report.validated.file.deployments[0];
  assert.equal(d.version, undefined);
  assert.equal(d.description, 'run !');
  assert.deepEqual(d.workPool?.jobVariables, { env: { KEEP: 'k' }, name: '{{ ctx.flow_run.name }}' });
  // prefect deploy picks the default pull step before templating: the image as written counts.
  assert.equal(d.workPool?.imageAsWritten, true);
  const warnings = report.warnings.map(formatDiagnostic).join('\n');
  assert.doesNotMatch(warnings, /did you mean/);
  assert.equal(report.warnings.filter((w) => /is filled by nothing/.test(w.message)).length, 4);
});

test('a deployment name from the environment is accepted and shown as written; from a Prefect variable it is refused', () => {
  const report = validate(ok().replace('name: hello', 'name: "{{ $TEAM }}-flow"'));
  assert.equal(report.valid, true, report.errors.map(formatDiagnostic).join('\n'));
  const d = report.validated.file.deployments[0];
  assert.deepEqual([d.name, d.shownName], ['data-flow', '{{ $TEAM }}-flow']);
  assert.deepEqual(
    report.deployments.map((x) => x.name),
    ['{{ $TEAM }}-flow'],
  );
  const refused = validate(ok().replace('name: hello', 'name: "{{ prefect.variables.team }}-flow"'));
  assert.match(
    refused.errors.map(formatDiagnostic).join('\n'),
    /2:11: name cannot come from a Prefect variable, a block or a secret-bearing step output/,
  );
});
