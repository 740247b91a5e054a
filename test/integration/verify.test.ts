/**
 * Verified deploys (`--verify`): after registering, one flow run of each selected
 * deployment, run by a real Prefect process worker (.venv-worker) on a process pool: a
 * flow that completes, one that raises, one that sleeps past `--verify-timeout` (cancelled
 * on the server, as `prefect flow-run cancel` does). One server and one worker for every case.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli, startCli } from '../support/bundles.js';
import { startProcessWorker, type ProcessWorker } from '../support/worker.js';
import { commitAll, makeRepo } from '../support/repo.js';
import { serverWithPool, type RunningServer } from '../support/server.js';

const POOL = 'verify-e2e-pool';
const FLOWS = `import time

from prefect import flow


@flow
def completes(n: int = 1) -> int:
    return n + 1


@flow
def raises(n: int = 1) -> int:
    raise ValueError("this flow fails on purpose")


@flow
def hangs(n: int = 1, seconds: int = 600) -> None:
    time.sleep(seconds)
`;
const deployment = (name: string, fn: string, root: string) =>
  `  - name: ${name}
    entrypoint: verify_flows.py:${fn}
    work_pool: {name: ${POOL}}
    pull: [{prefect.deployments.steps.set_working_directory: {directory: "${root}"}}]
`;

let server: RunningServer;
let worker: ProcessWorker;
let root: string;
before(async () => {
  server = await serverWithPool('sqlite', POOL, { shared: true });
  root = makeRepo();
  writeFileSync(path.join(root, 'verify_flows.py'), FLOWS);
  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    `deployments:\n${deployment('verify-ok', 'completes', root)}${deployment('verify-boom', 'raises', root)}${deployment('verify-slow', 'hangs', root)}`,
  );
  commitAll(root);
  worker = startProcessWorker(server, POOL, root);
});
after(async () => {
  await worker?.stop();
  await server?.stop();
});

interface FlowRun {
  id: string;
  name: string;
  tags: string[];
  parameters: Record<string, unknown>;
  state: { type: string; name: string };
}

const env = () => ({ PREFECT_API_URL: server.apiUrl });

async function flowRunsOf(deploymentName: string): Promise<FlowRun[]> {
  const runs = await server.api<(FlowRun & { deployment_id: string })[]>('POST', '/flow_runs/filter', {
    deployments: { name: { any_: [deploymentName] } },
    limit: 50,
  });
  return runs;
}

async function untilState(id: string, types: string[], seconds: number): Promise<FlowRun> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const run = await server.api<FlowRun>('GET', `/flow_runs/${id}`);
    if (types.includes(run.state.type) || Date.now() > until) return run;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function waitOrFail(child: ChildProcess, stderr: string): Promise<void> {
  if (child.exitCode !== null) throw new Error(`the run ended before it was interrupted:\n${stderr}`);
  await new Promise((r) => setTimeout(r, 250));
}

interface VerifyJson {
  deployment: string;
  outcome: string;
  state: string | null;
  seconds: number | null;
  flowRunId: string | null;
  url: string | null;
  parameters: string[];
}

test('a pattern that matches no deployment is an error before anything is written (exit 2); plan only says what it would run', async () => {
  const bad = runCli(
    ['deploy', '--env', 'dev', '--skip-image', '--verify', 'verify-ok', '--verify', 'nope*'],
    root,
    env(),
  );
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /--verify 'nope\*' matches no deployment of prefect-deployments-dev\.yaml/);
  const written = await server.api<unknown[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['verify-ok', 'verify-boom', 'verify-slow'] } },
  });
  assert.deepEqual(written, [], 'nothing was registered');

  const plan = runCli(['plan', '--env', 'dev', '--skip-image', '--verify', 'verify-*'], root, env());
  assert.equal(plan.status, 0, plan.stderr);
  assert.match(plan.stdout, /Verify: would start a flow run of verify-ok, verify-boom, verify-slow, tagged verify/);
  assert.deepEqual(await flowRunsOf('verify-ok'), [], 'a plan starts no flow run');
});

test('deploy --verify: the completing run completes, the raising one fails, the hanging one is cancelled at --verify-timeout; exit 1, JSON report', async () => {
  const started = Date.now();
  const r = runCli(
    [
      'deploy',
      '--env',
      'dev',
      '--skip-image',
      '--verify',
      'verify-ok',
      '--verify',
      'raises/verify-boom',
      '--verify',
      'verify-sl?w',
      '--verify-timeout',
      '60',
      '--verify-parameters',
      '{"n": 41}',
      '--json',
    ],
    root,
    env(),
  );
  const took = (Date.now() - started) / 1000;
  assert.equal(r.status, 1, `${r.stderr}\n${worker.log()}`);
  assert.ok(took < 100, `the run took ${took} s: the timeout is 60 s`);
  const doc = JSON.parse(r.stdout) as { verify: VerifyJson[]; errors: { deployment: string; message: string }[] };
  assert.deepEqual(
    doc.verify.map((v) => [v.deployment, v.outcome]),
    [
      ['verify-ok', 'completed'],
      ['verify-boom', 'failed'],
      ['verify-slow', 'timed out'],
    ],
    `${r.stderr}\n${worker.log()}`,
  );
  const [ok, boom, slow] = doc.verify;
  assert.equal(ok.state, 'Completed');
  assert.ok(ok.seconds !== null && ok.seconds >= 0);
  assert.deepEqual(ok.parameters, ['n']);
  assert.equal(ok.url, `${server.apiUrl.replace(/\/api$/, '')}/runs/flow-run/${ok.flowRunId}`);
  assert.equal(boom.state, 'Failed');
  assert.ok(slow.state === 'Cancelling' || slow.state === 'Cancelled', String(slow.state));
  assert.deepEqual(
    doc.errors.map((e) => e.deployment),
    ['verify-boom', 'verify-slow'],
  );
  assert.match(r.stderr, /verify: waiting for \d runs?: .*verify-slow \(\w+\)/);
  assert.match(r.stderr, /verify: cancelling verify-slow \(timed out\)/);

  // On the server: tagged verify, the parameters over the deployment's, the hanging run cancelled.
  const okRun = await server.api<FlowRun>('GET', `/flow_runs/${ok.flowRunId}`);
  assert.deepEqual(okRun.tags, ['verify']);
  assert.deepEqual(okRun.parameters, { n: 41 });
  assert.equal(okRun.state.type, 'COMPLETED');
  const slowRun = await untilState(slow.flowRunId!, ['CANCELLED'], 30);
  assert.equal(slowRun.state.type, 'CANCELLED', 'the worker stopped the cancelled run');
  assert.deepEqual(slowRun.tags, ['verify']);
});

test('SIGINT while waiting: the run it started is cancelled on the server; exit 130, the text report says so', async () => {
  const run = startCli(['deploy', '--env', 'dev', '--skip-image', '--verify', 'verify-slow'], root, env());
  let stderr = '';
  run.child.stderr!.on('data', (d) => (stderr += d));
  // Interrupted while its run is Running: the worker has a process to stop.
  while (!/verify: started verify-slow/.test(stderr)) await waitOrFail(run.child, stderr);
  const id = /verify: started verify-slow \(([a-z-]+)\)/.exec(stderr)![1];
  while (!(await flowRunsOf('verify-slow')).some((f) => f.name === id && f.state.type === 'RUNNING'))
    await waitOrFail(run.child, stderr);
  run.child.kill('SIGINT');
  const r = await run.done;
  assert.equal(r.status, 130, r.stderr);
  const ui = server.apiUrl.replace(/\/api$/, '');
  assert.match(r.stdout, /^Stopped: interrupted \(SIGINT\)/m);
  assert.match(r.stdout, /^Verify: 0 of 1 run completed$/m);
  const line = new RegExp(
    `^  verify-slow: interrupted \\((Cancelling|Cancelled)\\) \\[.*\\] ${ui}/runs/flow-run/([0-9a-f-]{36})$`,
    'm',
  );
  const [, , runId] = line.exec(r.stdout) ?? assert.fail(r.stdout);
  const cancelled = await untilState(runId, ['CANCELLED'], 60);
  assert.equal(cancelled.state.type, 'CANCELLED');
  assert.deepEqual(cancelled.tags, ['verify']);
});
