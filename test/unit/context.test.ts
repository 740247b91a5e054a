import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  namesPullRequest,
  parseEnvironmentMap,
  resolveMode,
  stepsRefused,
  type EventInfo,
  type ModeInputs,
} from '../../src/context.js';

const envs = parseEnvironmentMap('main=prod,dev=dev');
const base: ModeInputs = { mode: 'auto', environments: envs, available: ['dev', 'prod'] };

const table: [string, EventInfo, Partial<ModeInputs>, string][] = [
  ['push to main deploys prod', { eventName: 'push', ref: 'refs/heads/main' }, {}, 'deploy prod'],
  ['push to dev deploys dev', { eventName: 'push', ref: 'refs/heads/dev' }, {}, 'deploy dev'],
  [
    'push to an unmapped branch deploys nothing',
    { eventName: 'push', ref: 'refs/heads/feature/x' },
    {},
    "skip: branch 'feature/x' is not mapped to an environment (environments: main=prod,dev=dev); nothing to deploy",
  ],
  [
    'push with an explicit environment',
    { eventName: 'push', ref: 'refs/heads/feature/x' },
    { environment: 'qa' },
    'deploy qa',
  ],
  [
    'dispatch with promote-from promotes',
    { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
    { promoteFrom: 'dev', environment: 'prod' },
    'promote prod',
  ],
  [
    'dispatch without promote-from deploys',
    { eventName: 'workflow_dispatch', ref: 'refs/heads/dev' },
    {},
    'deploy dev',
  ],
  [
    'dispatch promoting to itself is refused',
    { eventName: 'workflow_dispatch', ref: 'refs/heads/main' },
    { promoteFrom: 'prod' },
    "skip: cannot promote 'prod' to itself",
  ],
  [
    'pull request plans every environment file',
    { eventName: 'pull_request', ref: 'refs/pull/7/merge' },
    {},
    'plan dev,prod',
  ],
  ['pull_request_target plans too', { eventName: 'pull_request_target', ref: 'refs/heads/main' }, {}, 'plan dev,prod'],
  [
    'pull request with no files',
    { eventName: 'pull_request', ref: 'refs/pull/7/merge' },
    { available: [] },
    'skip: no deployments file found for any environment',
  ],
  [
    'pull request never deploys, even when asked: it plans',
    { eventName: 'pull_request', ref: 'refs/pull/7/merge' },
    { mode: 'deploy' },
    'plan dev,prod',
  ],
  [
    'a review plans, even with an environment',
    { eventName: 'pull_request_review', ref: 'refs/pull/7/merge' },
    { environment: 'prod' },
    'plan prod',
  ],
  [
    'a review comment plans',
    { eventName: 'pull_request_review_comment', ref: 'refs/pull/7/merge' },
    {},
    'plan dev,prod',
  ],
  [
    'a comment on a pull request plans',
    { eventName: 'issue_comment', ref: 'refs/heads/main' },
    { environment: 'prod' },
    'plan prod',
  ],
  [
    'a merge queue plans',
    { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
    {},
    'plan dev,prod',
  ],
  [
    'a dispatch on a pull request ref plans',
    { eventName: 'workflow_dispatch', ref: 'refs/pull/7/head' },
    { environment: 'prod' },
    'plan prod',
  ],
  [
    'any event whose payload names a pull request plans',
    { eventName: 'check_run', ref: 'refs/heads/main', pullRequest: true },
    { environment: 'prod' },
    'plan prod',
  ],
  [
    'a review never deploys, even when asked: it plans',
    { eventName: 'pull_request_review', ref: 'refs/pull/7/merge' },
    { mode: 'deploy', environment: 'prod' },
    'plan prod',
  ],
  [
    'a pull request never promotes: it plans',
    { eventName: 'pull_request_target', ref: 'refs/heads/main' },
    { mode: 'promote', promoteFrom: 'dev', environment: 'prod' },
    'plan prod',
  ],
  [
    'explicit plan on push plans that environment',
    { eventName: 'push', ref: 'refs/heads/main' },
    { mode: 'plan' },
    'plan prod',
  ],
  [
    'explicit promote without promote-from',
    { eventName: 'push', ref: 'refs/heads/main' },
    { mode: 'promote' },
    "skip: mode 'promote' needs the 'promote-from' input",
  ],
  [
    'a schedule event needs an environment',
    { eventName: 'schedule', ref: 'refs/heads/main' },
    { environments: new Map() },
    "skip: no environment: set the 'environment' input (event schedule, ref refs/heads/main)",
  ],
  [
    'a tag push is not a branch',
    { eventName: 'push', ref: 'refs/tags/v1' },
    {},
    "skip: no environment: set the 'environment' input (event push, ref refs/tags/v1)",
  ],
];

for (const [name, event, inputs, expected] of table) {
  test(name, () => {
    const r = resolveMode(event, { ...base, ...inputs });
    assert.equal(r.run ? `${r.mode} ${r.environments.join(',')}` : `skip: ${r.reason}`, expected);
  });
}

test('a mode that would write on a pull request plans, and says so', () => {
  const asked = resolveMode({ eventName: 'pull_request', ref: 'refs/pull/7/merge' }, { ...base, mode: 'deploy' });
  assert.equal(
    asked.run && asked.warning,
    "mode 'deploy' on pull_request (refs/pull/7/merge): what a pull request sets off only plans, so this run plans and writes nothing",
  );
  const auto = resolveMode({ eventName: 'pull_request', ref: 'refs/pull/7/merge' }, base);
  assert.equal(auto.run && auto.warning, undefined);
});

test('the environments map parses commas and newlines and rejects nonsense', () => {
  assert.deepEqual(
    [...parseEnvironmentMap('main=prod\n release/1 = staging ')],
    [
      ['main', 'prod'],
      ['release/1', 'staging'],
    ],
  );
  assert.throws(() => parseEnvironmentMap('main'), /'main' is not branch=environment/);
});

test('a workflow_run set off by a pull request is from a pull request: it only plans, and runs no build step', () => {
  const main = { eventName: 'workflow_run', ref: 'refs/heads/main' };
  const byPr = [
    { workflow_run: { event: 'push', pull_requests: [{ number: 7 }] } },
    { workflow_run: { event: 'pull_request', pull_requests: [] } },
    { workflow_run: { event: 'pull_request_target', pull_requests: [] } },
  ];
  for (const payload of byPr) {
    const event = { ...main, pullRequest: namesPullRequest(main.eventName, payload) };
    const r = resolveMode(event, { ...base, environment: 'prod' });
    assert.equal(r.run ? `${r.mode} ${r.environments.join(',')}` : r.reason, 'plan prod', JSON.stringify(payload));
    assert.match(stepsRefused(event) ?? '', /pull request's code with the repository's secrets/);
  }
  const pushRun = {
    ...main,
    pullRequest: namesPullRequest(main.eventName, { workflow_run: { event: 'push', pull_requests: [] } }),
  };
  assert.equal((resolveMode(pushRun, base) as { mode: string }).mode, 'deploy');
  assert.equal(stepsRefused(pushRun), undefined);
});

test('build steps never run where a pull request meets secrets; they do on a pull_request (a fork gets no secrets) and on pushes', () => {
  const refused = [
    { eventName: 'pull_request_target', ref: 'refs/heads/main', pullRequest: true },
    {
      eventName: 'issue_comment',
      ref: 'refs/heads/main',
      pullRequest: namesPullRequest('issue_comment', { issue: { number: 7, pull_request: { url: 'x' } } }),
    },
    { eventName: 'pull_request_review', ref: 'refs/pull/7/merge', pullRequest: true },
    { eventName: 'pull_request_review_comment', ref: 'refs/pull/7/merge', pullRequest: true },
    { eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7' },
    { eventName: 'workflow_dispatch', ref: 'refs/pull/7/head' },
  ];
  for (const event of refused) assert.ok(stepsRefused(event), event.eventName);
  for (const event of [
    { eventName: 'pull_request', ref: 'refs/pull/7/merge', pullRequest: true },
    { eventName: 'push', ref: 'refs/heads/main' },
    { eventName: 'schedule', ref: 'refs/heads/main' },
  ]) {
    assert.equal(stepsRefused(event), undefined, event.eventName);
  }
});
