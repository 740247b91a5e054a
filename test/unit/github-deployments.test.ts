import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  deploymentRequest,
  environmentUrl,
  finalStatus,
  isPermissionRefusal,
  statusRequest,
} from '../../src/github/deployments.js';

const SHA = 'ab'.repeat(20);

test('a deploy: the SHA as ref, no auto-merge, no required contexts, a payload of names only', () => {
  assert.deepEqual(deploymentRequest({ environment: 'dev', sha: SHA, mode: 'deploy' }), {
    ref: SHA,
    task: 'deploy',
    environment: 'dev',
    auto_merge: false,
    required_contexts: [],
    description: `prefect-ecr-deploy: deploy of ${SHA.slice(0, 7)} to dev`,
    payload: { tool: 'prefect-ecr-deploy', mode: 'deploy' },
    transient_environment: false,
    production_environment: false,
  });
});

test('prod and production are production environments; a promotion names where it came from', () => {
  const r = deploymentRequest({ environment: 'prod', sha: SHA, mode: 'promote', from: 'dev' });
  assert.equal(r.production_environment, true);
  assert.equal(r.description, `prefect-ecr-deploy: promotion from dev of ${SHA.slice(0, 7)} to prod`);
  assert.deepEqual(r.payload, { tool: 'prefect-ecr-deploy', mode: 'promote', from: 'dev' });
  assert.equal(deploymentRequest({ environment: 'Production', sha: SHA, mode: 'deploy' }).production_environment, true);
  assert.equal(deploymentRequest({ environment: 'prod-eu', sha: SHA, mode: 'deploy' }).production_environment, false);
});

test('a preview: transient, never production, under its own environment name', () => {
  const r = deploymentRequest({ environment: 'prod-pr-12', sha: SHA, mode: 'preview', transient: true });
  assert.equal(r.transient_environment, true);
  assert.equal(r.production_environment, false);
  assert.equal(r.environment, 'prod-pr-12');
  assert.equal(
    deploymentRequest({ environment: 'x', sha: SHA, mode: 'deploy', production: true }).production_environment,
    true,
  );
  // A closed pull request's preview: inactive shows the transient environment destroyed.
  assert.equal(statusRequest('inactive', 'pull request closed', {}).state, 'inactive');
});

test("the final status follows the run's end: success, failure, error when stopped", () => {
  const urls = { environmentUrl: 'http://ui/deployments', logUrl: 'https://github.com/a/b/actions/runs/1' };
  assert.deepEqual(finalStatus({ exitCode: 0, deployments: 2 }, urls), {
    state: 'success',
    description: '2 Prefect deployments registered',
    environment_url: 'http://ui/deployments',
    log_url: 'https://github.com/a/b/actions/runs/1',
    auto_inactive: true,
  });
  assert.equal(finalStatus({ exitCode: 0, deployments: 1 }, {}).description, '1 Prefect deployment registered');
  assert.equal(finalStatus({ exitCode: 1, deployments: 2 }, urls).state, 'failure');
  assert.equal(finalStatus({ exitCode: 2, deployments: 0 }, urls).state, 'failure');
  const stopped = finalStatus({ exitCode: 130, stopped: 'interrupted (SIGINT)', deployments: 2 }, urls);
  assert.equal(stopped.state, 'error');
  assert.match(stopped.description, /^stopped: interrupted \(SIGINT\)/);
  assert.deepEqual(Object.keys(finalStatus({ exitCode: 0, deployments: 0 }, {})).sort(), [
    'auto_inactive',
    'description',
    'state',
  ]);
});

test("descriptions fit GitHub's 140 characters", () => {
  const long = statusRequest('failure', 'x'.repeat(500), {});
  assert.equal(long.description.length, 140);
  const r = deploymentRequest({ environment: 'e'.repeat(200), sha: SHA, mode: 'deploy' });
  assert.ok(r.description.length <= 140);
});

test('the environment URL: a tag every deployment has (the preferred first), else their one work pool, else the list', () => {
  const api = 'http://127.0.0.1:4200/api';
  const both = [
    { tags: ['team-a', 'prod'], workPool: 'pool' },
    { tags: ['prod', 'team-a', 'etl'], workPool: 'pool' },
  ];
  assert.equal(environmentUrl(api, both, ['prod']), 'http://127.0.0.1:4200/deployments?deployments.tags.name=prod');
  assert.equal(environmentUrl(api, both), 'http://127.0.0.1:4200/deployments?deployments.tags.name=prod');
  assert.equal(
    environmentUrl(api, [
      { tags: ['a'], workPool: 'ecs pool' },
      { tags: ['b'], workPool: 'ecs pool' },
    ]),
    'http://127.0.0.1:4200/deployments?workPools.name=ecs+pool',
  );
  assert.equal(
    environmentUrl(api, [
      { tags: [], workPool: 'one' },
      { tags: [], workPool: 'two' },
    ]),
    'http://127.0.0.1:4200/deployments',
  );
  assert.equal(environmentUrl(api, []), 'http://127.0.0.1:4200/deployments');
  assert.equal(
    environmentUrl(
      'https://api.prefect.cloud/api/accounts/acc/workspaces/ws',
      [{ tags: ['pr-7', 'preview'], workPool: null }],
      ['pr-7'],
    ),
    'https://app.prefect.cloud/account/acc/workspace/ws/deployments?deployments.tags.name=pr-7',
  );
});

test('403 and 404 are a token without deployments: write; other statuses are faults', () => {
  assert.ok(isPermissionRefusal(403));
  assert.ok(isPermissionRefusal(404));
  assert.ok(!isPermissionRefusal(422));
  assert.ok(!isPermissionRefusal(500));
  assert.ok(!isPermissionRefusal(0));
});
