/**
 * What we register runs: a real Prefect 3.9.1 process worker (prefect-aws installed)
 * picks up a flow run of a deployment this tool registered with code storage on S3
 * (moto, reached through an aws-credentials block whose client parameters name it),
 * pulls that commit's code, and runs it to Completed. A new commit deployed after
 * it: the next run executes the new code.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, createBucket, prefectWithMoto, s3Keys } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { venvBin } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { prefectClientEnv, type RunningServer } from '../support/server.js';

const BUCKET = `ped-e2e-${Date.now().toString(36)}`;
const FILE = `deployments:
  - {name: e2e-which, entrypoint: flows/which.py:which_code, work_pool: {name: e2e-pool}}
`;
const flowSource = (version: string) => `from prefect import flow


@flow(log_prints=True)
def which_code() -> str:
    print("running code ${version}")
    return "${version}"
`;

let server: RunningServer;
before(async () => {
  createBucket(BUCKET);
  server = await prefectWithMoto('e2e-pool', 'e2e-moto');
});
after(() => server?.stop());

function commit(root: string, message: string): string {
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  };
  if (message === 'first') git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
}

/** A flow run of the deployment, run by a real worker started here, in an empty directory (the code can only come from S3). */
async function runOnce(deploymentId: string): Promise<{ state: string; logs: string[] }> {
  const run = await server.api<{ id: string }>('POST', `/deployments/${deploymentId}/create_flow_run`, {});
  const cwd = mkdtempSync(path.join(tmpdir(), 'ped-worker-'));
  const worker = spawnSync(
    venvBin('prefect', '.venv-worker'),
    ['worker', 'start', '--pool', 'e2e-pool', '--run-once'],
    {
      cwd,
      encoding: 'utf8',
      timeout: 240_000,
      // Nothing of AWS in the worker's environment: the code comes through the credentials block.
      env: prefectClientEnv(server),
    },
  );
  assert.equal(worker.status, 0, `${worker.stdout}\n${worker.stderr}`);
  const flowRun = await server.api<{ state_type: string }>('GET', `/flow_runs/${run.id}`);
  const logs = await server.api<{ message: string }[]>('POST', '/logs/filter', {
    logs: { flow_run_id: { any_: [run.id] } },
    limit: 200,
  });
  return { state: flowRun.state_type, logs: logs.map((l) => l.message) };
}

test("a process worker pulls the commit's code from S3 and runs it; after a new commit is deployed, the next run executes the new code", async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE, 'flows/which.py': flowSource('v1') });
  const sha1 = commit(root, 'first');
  const deploy = () => {
    const r = runCli(
      [
        'deploy',
        '--env',
        'dev',
        '--code-storage',
        `s3://${BUCKET}/code`,
        '--code-storage-credentials-block',
        'e2e-moto',
        '--json',
      ],
      root,
      {
        ...awsEnv(),
        PREFECT_API_URL: server.apiUrl,
      },
    );
    assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
    return JSON.parse(r.stdout) as { sha: string; deployments: { id: string }[] };
  };
  const first = deploy();
  assert.equal(first.sha, sha1);
  assert.ok(`code/${sha1}/flows/which.py` in s3Keys(BUCKET, `code/${sha1}/`));
  const id = first.deployments[0].id;
  const v1 = await runOnce(id);
  assert.equal(v1.state, 'COMPLETED', v1.logs.join('\n'));
  assert.ok(
    v1.logs.some((m) => m.includes('Executing deployment step: pull_from_s3')),
    v1.logs.join('\n'),
  );
  assert.ok(v1.logs.includes('running code v1'), v1.logs.join('\n'));

  writeFileSync(path.join(root, 'flows/which.py'), flowSource('v2'));
  const sha2 = commit(root, 'second');
  const second = deploy();
  assert.equal(second.sha, sha2);
  assert.equal(second.deployments[0].id, id);
  const d = await server.api<{ version: string; pull_steps: { [step: string]: { folder: string } }[] }>(
    'GET',
    `/deployments/${id}`,
  );
  assert.equal(d.version, sha2);
  assert.equal(d.pull_steps[0]['prefect_aws.deployments.steps.pull_from_s3'].folder, `code/${sha2}`);
  const v2 = await runOnce(id);
  assert.equal(v2.state, 'COMPLETED', v2.logs.join('\n'));
  assert.ok(v2.logs.includes('running code v2'), v2.logs.join('\n'));
  assert.ok(!v2.logs.includes('running code v1'), v2.logs.join('\n'));
});
