import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../support/python.js';

const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
  outputs: Record<string, { description: string }>;
};

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      concurrency?: { group: string; 'cancel-in-progress': boolean };
      permissions?: Record<string, string>;
      environment?: string;
      steps: { uses?: string; with?: Record<string, unknown> }[];
    }
  >;
  permissions?: Record<string, string>;
}

const files = ['examples/workflows', '.github/workflows'].flatMap((dir) =>
  readdirSync(path.join(repoRoot, dir)).map((f) => path.join(dir, f)),
);

test('action.yml fits the Marketplace: a description under 125 characters, branding of its own', () => {
  const meta = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    description: string;
    branding: { icon: string; color: string };
  };
  assert.ok(meta.description.length < 125, `${meta.description.length} characters`);
  // The official Prefect deploy action's branding.
  assert.notDeepEqual(meta.branding, { icon: 'upload-cloud', color: 'blue' });
});

test('every input and output of action.yml is described', () => {
  for (const [name, spec] of [...Object.entries(action.inputs), ...Object.entries(action.outputs)])
    assert.ok(spec.description?.length > 10, name);
});

for (const file of files) {
  test(`${file} passes only inputs the action has`, () => {
    const wf = parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow;
    const ours = Object.values(wf.jobs).flatMap((j) =>
      j.steps.filter((s) => s.uses === './' || s.uses?.startsWith('prefect-ecr-deploy/prefect-ecr-deploy@')),
    );
    assert.ok(ours.length > 0 || file.startsWith('.github/'), 'uses the action');
    for (const step of ours)
      for (const key of Object.keys(step.with ?? {})) assert.ok(key in action.inputs, `unknown input '${key}'`);
  });
}

test('deploy and promote workflows serialize per environment and never cancel a deploy', () => {
  for (const file of ['examples/workflows/deploy.yml', 'examples/workflows/promote.yml']) {
    const wf = parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Workflow;
    for (const job of Object.values(wf.jobs)) {
      assert.match(job.concurrency!.group, /^prefect-deploy-/);
      assert.equal(job.concurrency!['cancel-in-progress'], false);
    }
    assert.equal(Object.values(wf.jobs)[0].permissions?.['id-token'], 'write', 'OIDC for AWS');
  }
  const pr = parse(readFileSync(path.join(repoRoot, 'examples/workflows/pull-request.yml'), 'utf8')) as Workflow;
  assert.ok('pull_request' in pr.on);
  assert.equal(pr.jobs.plan.permissions?.['pull-requests'], 'write');
  // A plan reads only: its key comes from an environment of its own, not the deploy key.
  assert.equal(pr.jobs.plan.environment, 'prefect-plan');
  assert.equal(
    pr.jobs.plan.steps.find((s) => s.with?.['prefect-api-key'])?.with?.['prefect-api-key'],
    '${{ secrets.PREFECT_READ_ONLY_API_KEY }}',
  );
});

for (const file of files) {
  test(`${file}: permissions per job, third-party actions pinned by commit, checkouts keep no credentials`, () => {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const wf = parse(text) as Workflow;
    assert.deepEqual(wf.permissions, {}, 'the workflow grants nothing by default');
    for (const [name, job] of Object.entries(wf.jobs)) {
      assert.ok(job.permissions, `job ${name} states its permissions`);
      for (const step of job.steps) {
        if (!step.uses || step.uses === './' || step.uses.startsWith('prefect-ecr-deploy/prefect-ecr-deploy@'))
          continue;
        assert.match(step.uses, /^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/, `${step.uses} is not pinned by commit`);
        assert.match(
          text,
          new RegExp(`${step.uses.replace(/[/.]/g, '\\$&')} # v\\d+\\.\\d+\\.\\d+`),
          `${step.uses} names its version in a comment`,
        );
        if (step.uses.startsWith('actions/checkout@'))
          assert.equal(step.with?.['persist-credentials'], false, 'checkout keeps the token in .git/config');
      }
    }
  });
}
