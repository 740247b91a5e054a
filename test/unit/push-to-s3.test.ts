/**
 * push_to_s3 files, read statically: the step is accepted and says what runs instead,
 * its outputs fill later pull steps, its bad inputs are errors at their place, GCS and
 * Azure steps are refused at theirs; its fields as the code storage stage's settings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeStorageFrom, conflictingPushSteps, credentialsBlockOf, pushToS3Steps } from '../../src/code/from-steps.js';
import { validateFile } from '../../src/config/validate.js';
import { FlowReader } from '../../src/flows/read.js';
import { stepOutputs } from '../../src/plan/fill.js';
import { makeRepo } from '../support/repo.js';

const recipe = (
  push: string,
  pull = `pull:
- prefect_aws.deployments.steps.pull_from_s3:
    id: pull_code
    requires: prefect-aws>=0.3.4
    bucket: '{{ push_code.bucket }}'
    folder: '{{ push_code.folder }}'
`,
) => `build: null
push:
- prefect_aws.deployments.steps.push_to_s3:
    id: push_code
${push}
${pull}deployments:
- name: hello
  entrypoint: flows/hello_world.py:hello
  work_pool: {name: pool}
`;

const validate = (text: string) => validateFile('prefect.yaml', text, new FlowReader(makeRepo()), { vars: {} });
const shown = (text: string) =>
  validate(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity}: ${d.message}`);

test("the s3 recipe's file validates: push_code's outputs fill the pull step, the push step says what runs instead", () => {
  const out = shown(recipe('    requires: prefect-aws>=0.3.4\n    bucket: my-bucket\n    folder: my-project'));
  assert.deepEqual(
    out.filter((d) => !d.includes('warning')),
    [],
  );
  assert.ok(!out.some((d) => /no earlier (pull )?step has the id/.test(d)), out.join('\n'));
  assert.ok(
    out.some((d) =>
      /^3:3 warning: push step push_to_s3: the code storage stage uploads the repository's files to its bucket and folder instead/.test(
        d,
      ),
    ),
    out.join('\n'),
  );
});

test('a near miss of the push step id in a pull step is an error naming it; an id no step has is a warning', () => {
  const near = shown(
    recipe(
      '    bucket: b-1\n    folder: f',
      `pull:
- prefect_aws.deployments.steps.pull_from_s3:
    bucket: '{{ push-code.bucket }}'
    folder: '{{ nothing.folder }}'
`,
    ),
  );
  assert.ok(
    near.some((d) =>
      /^9:13 error: no earlier step has the id 'push-code' \(did you mean \{\{ push_code.bucket \}\}\?\)/.test(d),
    ),
    near.join('\n'),
  );
  assert.ok(
    near.some((d) => /^10:13 warning: no earlier step has the id 'nothing'/.test(d)),
    near.join('\n'),
  );
});

test('push_to_s3 without bucket or folder, or with another ignore_file: errors at their place; client_parameters: a strict warning', () => {
  const v = validate(
    recipe('    folder: 7\n    ignore_file: .deployignore\n    client_parameters: {endpoint_url: "http://minio:9000"}'),
  );
  const errors = v.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message}`);
  assert.ok(
    errors.some((e) => /^3:3 push_to_s3 needs bucket: text/.test(e)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => /^5:13 push_to_s3 needs folder: text/.test(e)),
    errors.join('\n'),
  );
  assert.ok(
    errors.some((e) => /^6:18 push_to_s3 ignore_file: the code storage stage reads the root's \.prefectignore/.test(e)),
    errors.join('\n'),
  );
  const strict = v.diagnostics.find((d) => d.message.startsWith('push_to_s3 client_parameters'));
  assert.equal(strict?.severity, 'warning');
  assert.equal(strict?.strict, true);
  assert.equal(strict?.line, 7);
});

test('GCS and Azure steps are refused at their lines, in push and in pull', () => {
  const text = `push:
  - prefect_azure.deployments.steps.push_to_azure_blob_storage: {id: push_code, container: c, folder: f}
pull:
  - prefect_gcp.deployments.steps.pull_from_gcs: {bucket: b, folder: f}
deployments:
  - {name: hello, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}
`;
  const errors = validate(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.line}:${d.column} ${d.message}`);
  assert.deepEqual(errors, [
    '2:5 push step prefect_azure.deployments.steps.push_to_azure_blob_storage is not supported: only S3 code storage (prefect_aws push_to_s3 and pull_from_s3) is reachable from prefect-ecr-deploy; keep the code in S3, or in the image',
    '4:5 pull step prefect_gcp.deployments.steps.pull_from_gcs is not supported: only S3 code storage (prefect_aws push_to_s3 and pull_from_s3) is reachable from prefect-ecr-deploy; keep the code in S3, or in the image',
  ]);
});

test("the step as code storage settings: Prefect's layout (the folder itself, as given), the credentials block; --code-storage wins", () => {
  const v = validate(
    recipe(
      "    bucket: my-bucket\n    folder: team/etl/\n    credentials: '{{ prefect.blocks.aws-credentials.dev-creds }}'",
    ),
  );
  const [step] = pushToS3Steps(v.file);
  const cs = codeStorageFrom(undefined, step, { region: 'eu-west-1', pathStyle: false });
  assert.deepEqual(cs, {
    url: 's3://my-bucket/team/etl',
    location: { bucket: 'my-bucket', prefix: 'team/etl' },
    region: 'eu-west-1',
    credentialsBlock: 'dev-creds',
    pathStyle: false,
    step: { line: 3, folder: 'team/etl/' },
  });
  const given = { url: 's3://other/x', location: { bucket: 'other', prefix: 'x' }, pathStyle: true };
  assert.equal(codeStorageFrom(given, step, undefined), given);
  assert.deepEqual(
    codeStorageFrom(undefined, { ...step, inputs: { bucket: 'Bad_Bucket', folder: 'a/../b' } }, undefined),
    [
      "push_to_s3 (line 3): code storage bucket 'Bad_Bucket' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)",
      "push_to_s3 (line 3): code storage prefix 'a/../b' must not contain '.' or '..' segments",
    ],
  );
});

test("push_to_s3's outputs are the code storage's bucket and folder, under its id and bare", () => {
  const v = validate(recipe('    bucket: b-1\n    folder: f'));
  const outputs = stepOutputs(v.file.deployments[0].push, {
    shellOutputs: new Map(),
    codeOutputs: { bucket: 'b-1', folder: 'f' },
  });
  assert.deepEqual(outputs, { push_code: { bucket: 'b-1', folder: 'f' }, bucket: 'b-1', folder: 'f' });
});

test('credentials block names and conflicting push steps', () => {
  assert.equal(credentialsBlockOf('{{ prefect.blocks.aws-credentials.my-creds }}'), 'my-creds');
  assert.equal(credentialsBlockOf('{{ prefect.blocks.aws-credentials.my-creds }}-x'), undefined);
  assert.equal(credentialsBlockOf(null), undefined);
  const text = `deployments:
  - name: a
    entrypoint: flows/hello_world.py:hello
    push: [{prefect_aws.deployments.steps.push_to_s3: {bucket: b-1, folder: a}}]
  - name: b
    entrypoint: flows/hello_world.py:hello
    push: [{prefect_aws.deployments.steps.push_to_s3: {bucket: b-1, folder: b}}]
`;
  assert.match(
    conflictingPushSteps(pushToS3Steps(validate(text).file)) ?? '',
    /push_to_s3 steps differ \(lines 4, 7\): give one push_to_s3 step to all deployments/,
  );
});
