/**
 * The action's `verify:` input under a real Actions runner (nektos/act, host mode): a push
 * deploys dev with `verify:` naming three deployments; a real Prefect process worker
 * (.venv-worker) runs their flow runs. The one that completes, the one that raises and the
 * one that sleeps past `verify-timeout` (cancelled) are in the job summary's Verify section
 * with their links; the step, and the job, fail. (The interrupt: test/integration/verify.test.ts.)
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { actBin, commit, gitRepo, runWorkflow, THIS_ACTION } from '../support/act.js';
import { startProcessWorker, type ProcessWorker } from '../support/worker.js';
import { serverWithPool, type RunningServer } from '../support/server.js';

// Names of its own: the file shares a server with test/integration/verify.test.ts.
const POOL = 'verify-act-pool';
const FLOWS = `import time

from prefect import flow


@flow
def act_completes(n: int = 1) -> int:
    return n + 1


@flow
def act_raises(n: int = 1) -> int:
    raise ValueError("this flow fails on purpose")


@flow
def act_hangs(n: int = 1) -> None:
    time.sleep(600)
`;
const WORKFLOW = `name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ${THIS_ACTION}@v0
        with:
          mode: deploy
          environment: dev
          skip-image: true
          prefect-api-url: \${{ vars.PREFECT_API_URL }}
          verify: |
            act-ok, act-raises/act-boom
            act-slow
          verify-timeout: 75
`;

let server: RunningServer;
let worker: ProcessWorker;
before(async () => {
  actBin();
  server = await serverWithPool('sqlite', POOL, { shared: true });
  worker = startProcessWorker(server, POOL, tmpdir());
});
after(async () => {
  await worker?.stop();
  await server?.stop();
});

test('verify: under the runner, the completed, failed and timed-out runs are in the summary with their links; the step fails', async () => {
  // The worker runs the flows from the repository act copies the workspace from (act's workspace changes per job).
  const repo = gitRepo({ '.github/workflows/deploy.yml': WORKFLOW, 'verify_flows.py': FLOWS });
  const deployment = (name: string, fn: string) =>
    `  - name: ${name}\n    entrypoint: verify_flows.py:${fn}\n    work_pool: {name: ${POOL}}\n` +
    `    pull: [{prefect.deployments.steps.set_working_directory: {directory: "${repo}"}}]\n`;
  writeFileSync(
    path.join(repo, 'prefect-deployments-dev.yaml'),
    `deployments:\n${deployment('act-ok', 'act_completes')}${deployment('act-boom', 'act_raises')}${deployment('act-slow', 'act_hangs')}`,
  );
  const sha = commit(repo, 'deployments');
  const run = await runWorkflow({
    repo,
    workflow: '.github/workflows/deploy.yml',
    event: 'push',
    payload: { ref: 'refs/heads/main', after: sha },
    vars: { PREFECT_API_URL: server.apiUrl },
  });
  const why = `${run.text.slice(-4000)}\n${worker.log()}`;
  assert.equal(run.jobResult, 'failure', why);
  const step = run.step(THIS_ACTION);
  assert.equal(step.result, 'failure', why);
  const ui = server.apiUrl.replace(/\/api$/, '');
  const row = (name: string, result: string) =>
    new RegExp(
      `^\\| <code>${name}</code> \\| ${result} \\| \\w+ \\| [\\d.]+ s \\| \\[[\\w-]+\\]\\(${ui}/runs/flow-run/([0-9a-f-]{36})\\) \\|$`,
      'm',
    );
  assert.match(step.summary, /^#### Verify$/m, step.summary);
  const ok = row('act-ok', '✅ completed').exec(step.summary);
  const boom = row('act-boom', '❌ failed').exec(step.summary);
  const slow = row('act-slow', '⏱️ timed out').exec(step.summary);
  assert.ok(ok && boom && slow, step.summary);
  assert.match(step.summary, /\*\*1 of 3 runs completed\*\*/);
  assert.match(step.log, /verify: started act-ok \([\w-]+\), act-boom \([\w-]+\), act-slow \([\w-]+\)/);
  assert.match(step.log, /verify: cancelling act-slow \(timed out\)/);
  for (const [match, type] of [
    [ok, 'COMPLETED'],
    [boom, 'FAILED'],
    [slow, 'CANCELLING'],
  ] as const) {
    const flowRun = await server.api<{ state: { type: string }; tags: string[] }>('GET', `/flow_runs/${match![1]}`);
    // A cancelled run is Cancelling until the worker has stopped its process.
    assert.ok(
      type === 'CANCELLING' ? /^CANCELL/.test(flowRun.state.type) : flowRun.state.type === type,
      flowRun.state.type,
    );
    assert.deepEqual(flowRun.tags, ['verify']);
  }
});
