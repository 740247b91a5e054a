/**
 * The pull steps a deployment gets where its file gives none: prefect deploy's (the
 * directory it ran in) without an image, the image's working directory with one, and
 * code storage's own steps (pull_from_s3, or none with a Prefect 2 storage block)
 * whatever the image. A pull section in the file always wins.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runValidate } from '../../src/commands/validate.js';
import { buildDesired, withPoolImage, type DeployContext, type Desired } from '../../src/plan/desired.js';
import { pullFromS3 } from '../../src/code/pull.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';

const SHA = 'ab'.repeat(20);
const FILE = `deployments:
  - name: plain
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: pool}
  - name: own-pull
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: pool}
    pull:
      - prefect.deployments.steps.set_working_directory: {directory: /srv/flows}
`;

function desiredFor(ctx: Partial<DeployContext>): Desired[] {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
  const validated = runValidate(settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA])).validated;
  const base: DeployContext = {
    sha: SHA,
    versionType: 'vcs:git',
    workdir: '/opt/prefect',
    root,
    imageConfigured: false,
    variables: {},
    blocks: {},
    shellOutputs: new Map(),
    enforceParameterSchemaDefault: true,
  };
  const { desired, errors } = buildDesired(validated, { ...base, ...ctx });
  assert.deepEqual(errors, []);
  return desired;
}

const pullsOf = (desired: Desired[]) => Object.fromEntries(desired.map((d) => [d.spec.name, d.state.pull_steps]));
const pulls = (ctx: Partial<DeployContext>) => pullsOf(desiredFor(ctx));

const into = (directory: string) => [{ 'prefect.deployments.steps.set_working_directory': { directory } }];
const own = into('/srv/flows');

test('no pull section and no image: the directory prefect deploy ran in (the repository root)', () => {
  const root = makeRepo({});
  assert.deepEqual(pulls({ root }), { plain: into(root), 'own-pull': own });
});

test('no pull section, an image (built here, configured, or given): the image working directory', () => {
  for (const ctx of [{ image: 'r/x:1' }, { imageConfigured: true }])
    assert.deepEqual(pulls(ctx), { plain: into('/opt/prefect'), 'own-pull': own });
});

test("code storage's pull steps replace the default, with or without an image; a storage block needs none", () => {
  const steps = pullFromS3('bucket', `code/${SHA}`, 'reader');
  for (const image of [undefined, 'r/x:1'])
    assert.deepEqual(pulls({ image, codePullSteps: steps }), { plain: steps, 'own-pull': own });
  const block = pulls({ codeStorageBlock: { documentId: '00000000-0000-0000-0000-000000000001', path: SHA } });
  assert.deepEqual(block, { plain: null, 'own-pull': own });
});

test("a pool with an image variable: runs start in the image's working directory, unless code storage gives the pull steps", () => {
  const pools = new Map([['pool', { variables: ['image'] }]]);
  assert.deepEqual(pullsOf(withPoolImage(desiredFor({}), pools, 'r/x:1', '/opt/prefect')), {
    plain: into('/opt/prefect'),
    'own-pull': own,
  });
  const steps = pullFromS3('bucket', `code/${SHA}`);
  assert.deepEqual(pullsOf(withPoolImage(desiredFor({ codePullSteps: steps }), pools, 'r/x:1', undefined)), {
    plain: steps,
    'own-pull': own,
  });
});
