/** Secret-bearing step outputs, read statically: which steps carry a secret, and which fields they fill. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateFile } from '../../src/config/validate.js';
import { FlowReader } from '../../src/flows/read.js';
import { makeRepo } from '../support/repo.js';

const file = `build:
  - prefect.deployments.steps.run_shell_script:
      id: fetch
      script: echo "{{ $DB_PASSWORD }}"
  - prefect.deployments.steps.run_shell_script:
      id: derive
      script: rev "{{ fetch.stdout }}"
  - prefect.deployments.steps.run_shell_script:
      id: plain
      script: echo hello
  - prefect.deployments.steps.run_shell_script:
      id: expanding
      script: echo $HOME
      expand_env_vars: true
deployments:
  - name: a
    entrypoint: flows/hello_world.py:hello
    tags: "{{ fetch.stdout }}"
    description: "{{ derive.stdout }}"
    version: "{{ plain.stdout }}"
    parameters: {name: "x-{{ expanding.stdout }}"}
    work_pool: {name: p, job_variables: {note: "{{ stdout }}"}}
  - name: b
    entrypoint: flows/hello_world.py:hello
    description: "{{ plain.stdout }}"
    work_pool: {name: p}
`;

test('a field filled from a secret-bearing step, directly or through a chain, is secret-marked; one from a plain step is not', () => {
  const root = makeRepo();
  const v = validateFile('prefect.yaml', file, new FlowReader(root), { vars: { DB_PASSWORD: 'hunter2-secret' } });
  assert.deepEqual(
    v.diagnostics.filter((d) => d.severity === 'error'),
    [],
  );
  const [a, b] = v.file.deployments;
  // `{{ stdout }}` is the last step's that gives one: the expanding step's.
  assert.deepEqual([...a.secretFields].sort(), ['description', 'job_variables', 'parameters', 'tags']);
  assert.deepEqual([...b.secretFields], []);
});
