/**
 * Python function steps, the pure parts: which steps are Python functions, the module
 * prefect deploy imports for one, the runner's answer read back, and how validation
 * refuses a step whose module cannot be imported (the probe given as a function here).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPythonStep } from '../../src/config/steps.js';
import { validateFile, type StepFunctionProbe } from '../../src/config/validate.js';
import { FlowReader } from '../../src/flows/read.js';
import { answerIn, outputsOf, stepModule } from '../../src/steps/python.js';
import { makeRepo } from '../support/repo.js';

test('which build steps are Python functions run through python3', () => {
  for (const fn of ['mypkg.steps.tag_release', 'mypkg.steps:tag_release', 'prefect.testing.utilities.a_test_step'])
    assert.ok(isPythonStep(fn), fn);
  for (const fn of [
    'prefect.deployments.steps.run_shell_script',
    'prefect_docker.deployments.steps.build_docker_image',
    'prefect.deployments.steps.git_clone',
    'prefect_aws.deployments.steps.push_to_s3',
    'prefect.deployments.steps.not_a_step',
    'prefect.projects.steps.git_clone_project',
  ]) {
    assert.ok(!isPythonStep(fn), fn);
  }
});

test("a step's module is what prefect deploy's import_object imports", () => {
  assert.equal(stepModule('mypkg.steps.tag_release'), 'mypkg.steps');
  assert.equal(stepModule('mypkg.steps:Tagger.tag'), 'mypkg.steps');
  assert.equal(stepModule('mypkg.steps:tag'), 'mypkg.steps');
  assert.equal(stepModule('steps'), undefined);
  assert.equal(stepModule('flows/steps.py:tag'), undefined);
});

test("the runner's answer: the last marker line, whatever the step printed", () => {
  const marker = 'ped-1234:';
  const stdout = `tagging\n${marker.slice(0, 4)} not it\n{"outputs": {"fake": 1}}\n\n${marker}{"outputs": {"tag": "v1", "n": [1, 2]}}\n`;
  assert.deepEqual(answerIn(stdout, marker), { outputs: { tag: 'v1', n: [1, 2] } });
  assert.equal(answerIn('no answer\n', marker), undefined);
  const step = { fn: 'mypkg.steps.tag', secret: false };
  assert.deepEqual(outputsOf(step, { outputs: { tag: 'v1' } }), { tag: 'v1' });
  assert.deepEqual(outputsOf(step, { outputs: null, returned: 'str' }), {}, 'prefect deploy keeps only a dict');
  assert.throws(
    () => outputsOf(step, { error: 'call', type: 'KeyError', message: "'x'", where: 'mypkg/steps.py:3' }),
    /^Error: mypkg\.steps\.tag raised KeyError: 'x' at mypkg\/steps\.py:3$/,
  );
  assert.throws(
    () => outputsOf({ ...step, secret: true }, { error: 'call', type: 'KeyError', message: 'hunter2', where: null }),
    (e: Error) => !e.message.includes('hunter2') && /raised KeyError \(its message is not shown/.test(e.message),
  );
  assert.throws(
    () =>
      outputsOf(step, {
        error: 'import',
        type: 'ModuleNotFoundError',
        message: "No module named 'requests'",
        where: 'mypkg/steps.py:1',
      }),
    /cannot import mypkg\.steps\.tag: ModuleNotFoundError: No module named 'requests' at mypkg\/steps\.py:1/,
  );
});

const FILE = `build:
  - mypkg.steps.tag_release:
      id: release
      prefix: rel
  - teampkg.steps.publish:
      requires: [teampkg>=2]
      tag: "{{ release.tag }}"
deployments:
  - name: a
    entrypoint: flows/hello_world.py:hello
    version: "{{ release.tag }}"
    description: fixed
    work_pool: {name: p}
`;

test('validation refuses a step whose module python3 cannot import, at its line, with the reason; one probe for the file', () => {
  const root = makeRepo();
  const asked: string[][] = [];
  const probe: StepFunctionProbe = (fns) => {
    asked.push(fns);
    return new Map(
      fns.map((fn) => [
        fn,
        fn.startsWith('teampkg') ? "python3 cannot import teampkg.steps: No module named 'teampkg'" : undefined,
      ]),
    );
  };
  const v = validateFile('prefect.yaml', FILE, new FlowReader(root), { vars: {} }, false, probe);
  assert.deepEqual(asked, [['mypkg.steps.tag_release', 'teampkg.steps.publish']]);
  const errors = v.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column}: ${d.message}`);
  assert.deepEqual(errors, [
    `5:5: build step teampkg.steps.publish cannot run: python3 cannot import teampkg.steps: No module named 'teampkg' (prefect deploy would pip install ["teampkg>=2"] first; this tool installs nothing); prefect deploy imports and calls it, and so does prefect-ecr-deploy where python3 on PATH can import it: install its package there, or keep its module in the repository`,
  ]);
  // Outputs of user code are secret-bearing: a field that reads one is shown as changed, never with its value.
  assert.deepEqual([...v.file.deployments[0].secretFields], ['version']);

  // Without a probe, nothing was asked to import them: refused too.
  const none = validateFile('prefect.yaml', FILE, new FlowReader(root), { vars: {} });
  assert.equal(
    none.diagnostics.filter((d) => d.severity === 'error' && /no Python was asked to import it/.test(d.message)).length,
    2,
  );
});
