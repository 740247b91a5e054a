/**
 * What we register runs inside the image we pushed: a real Prefect 3.9.1 Docker
 * worker (prefect-docker) runs a flow run of a deployment registered with a
 * dependencies-only image (Prefect inside it, built by this tool and pushed to the
 * registry under the ECR hostname) and code storage on S3 (moto). The container
 * pulls the commit's code and runs it; the next commit runs the new code in the
 * same image, which was not rebuilt.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, createBucket, prefectWithMoto } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { imageInfra } from '../support/image.js';
import { prefectImage } from '../support/prefect-image.js';
import { venvBin } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { prefectClientEnv, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-docker-${RUN}`;
const REPO = `docker-worker-${RUN}`;
// The engine's containers have no bridge network here: host networking reaches the API and moto on loopback.
const FILE = `deployments:
  - name: dk-which
    entrypoint: flows/which.py:which_code
    work_pool:
      name: dk-pool
      job_variables: {network_mode: host, image_pull_policy: Never, command: "python -m prefect flow-run execute"}
`;
const flowSource = (version: string) => `import os

from prefect import flow


@flow(log_prints=True)
def which_code() -> str:
    print(f"running code ${version} in the image: {os.path.isdir('/opt/prefect-site')}")
    return "${version}"
`;

let server: RunningServer;
let base: string;
before(async () => {
  imageInfra();
  createBucket(BUCKET);
  base = prefectImage();
  server = await prefectWithMoto('dk-unused', 'dk-moto');
  server.prefect(['work-pool', 'create', 'dk-pool', '--type', 'docker']);
});
after(() => server?.stop());

function commit(root: string, first: boolean): void {
  const git = (...args: string[]) =>
    assert.equal(
      spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root }).status,
      0,
      args.join(' '),
    );
  if (first) git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'change');
}

async function runOnce(deploymentId: string): Promise<{ state: string; logs: string[] }> {
  const run = await server.api<{ id: string }>('POST', `/deployments/${deploymentId}/create_flow_run`, {});
  const worker = spawnSync(
    venvBin('prefect', '.venv-worker'),
    ['worker', 'start', '--pool', 'dk-pool', '--type', 'docker', '--run-once'],
    {
      cwd: mkdtempSync(path.join(tmpdir(), 'ped-dkworker-')),
      encoding: 'utf8',
      timeout: 300_000,
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

test("a Docker worker runs the flow inside the pushed image, with the commit's code from S3; the next commit runs without a rebuild", async () => {
  const root = makeRepo({
    Dockerfile: `FROM ${base}\nWORKDIR /opt/prefect\n`,
    'prefect-deployments-dev.yaml': FILE,
    'flows/which.py': flowSource('v1'),
  });
  commit(root, true);
  const deploy = () => {
    const args = [
      'deploy',
      '--env',
      'dev',
      '--repository',
      REPO,
      '--create-repository',
      '--image-tag-from',
      'Dockerfile',
    ];
    args.push('--code-storage', `s3://${BUCKET}/code`, '--code-storage-credentials-block', 'dk-moto', '--json');
    const r = runCli(args, root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl });
    assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
    return JSON.parse(r.stdout) as { image: { built: boolean; digestRef: string }; deployments: { id: string }[] };
  };
  const first = deploy();
  assert.equal(first.image.built, true);
  const id = first.deployments[0].id;
  const d = await server.api<{ job_variables: { image: string } }>('GET', `/deployments/${id}`);
  assert.equal(d.job_variables.image, first.image.digestRef, "the pool's image variable: the pushed image, by digest");
  const v1 = await runOnce(id);
  assert.equal(v1.state, 'COMPLETED', v1.logs.join('\n'));
  assert.ok(v1.logs.includes('running code v1 in the image: True'), v1.logs.join('\n'));

  writeFileSync(path.join(root, 'flows/which.py'), flowSource('v2'));
  commit(root, false);
  const second = deploy();
  assert.equal(second.image.built, false);
  assert.equal(second.image.digestRef, first.image.digestRef);
  const v2 = await runOnce(id);
  assert.equal(v2.state, 'COMPLETED', v2.logs.join('\n'));
  assert.ok(v2.logs.includes('running code v2 in the image: True'), v2.logs.join('\n'));
});
