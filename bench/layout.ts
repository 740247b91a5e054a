/**
 * The original layout on the real components (`npm run bench:layout` starts them):
 * a dependencies-only image (`--image-tag-from`) with code on S3 (moto). A push that
 * changes only a flow file builds nothing: its image stage time, from the run's own
 * stage timings. And the code storage stage for a 200-file repository: the first
 * upload, a re-run (a listing, nothing uploaded), and Prefect's own `push_to_s3` on
 * the same files, in the same run.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { awsEnv, createBucket, MOTO_URL } from '../test/support/aws.js';
import { venvBin } from '../test/support/python.js';
import { makeRepo } from '../test/support/repo.js';
import { startPrefectServer } from '../test/support/server.js';

const cli = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const run = Date.now().toString(36);
const bucket = `ped-bench-${run}`;
createBucket(bucket);
const server = await startPrefectServer();
await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });

interface Doc {
  image: { built: boolean; uri: string };
  codeStorage: { files: number; bytes: number; uploaded: number; seconds: number | null };
  timings: Record<string, number>;
}
function deploy(cwd: string, args: string[]): { ms: number; doc: Doc } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'deploy', '--env', 'dev', ...args, '--json'], {
    cwd,
    env: { ...awsEnv(), PREFECT_API_URL: server.apiUrl },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`deploy ${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  return { ms, doc: JSON.parse(r.stdout) as Doc };
}
const s = (seconds: number) => `${seconds.toFixed(2)} s`;

// 1. A flow-only push with code storage and a dependencies image.
{
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: bench-layout, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY requirements.txt /opt/prefect/requirements.txt\n',
    'requirements.txt': 'prefect-aws==0.7.12\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const layout = [
    '--repository',
    `bench-layout-${run}`,
    '--image-tag-from',
    'Dockerfile,requirements.txt',
    '--code-storage',
    `s3://${bucket}/layout`,
  ];
  const first = deploy(root, ['--sha', 'b1'.repeat(20), '--create-repository', ...layout]);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    appendFileSync(path.join(root, 'flows/hello_world.py'), `\n# change ${i}\n`);
    const next = deploy(root, ['--sha', `c${i}`.repeat(20), ...layout]);
    if (next.doc.image.built) throw new Error('a flow-only push built the image');
    times.push(next.doc.timings.image);
  }
  times.sort((a, b) => a - b);
  console.log(
    `flow-only push, dependencies image + code storage: image stage ${s(times[2])} median of 5 (min ${s(times[0])}, max ${s(times[4])}), nothing built; first push (build) image stage ${s(first.doc.timings.image)}`,
  );
}

// 2. The code storage stage for a 200-file repository.
{
  const files: Record<string, string> = {
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: bench-upload, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
  };
  for (let i = 0; i < 196; i++)
    files[`pkg/mod${Math.floor(i / 20)}/file_${i}.py`] = `# module ${i}\n${'VALUE = "x" * 80\n'.repeat(40 + (i % 60))}`;
  // With the two example flows and the .prefectignore: 200 files.
  const root = makeRepo(files);
  writeFileSync(path.join(root, '.prefectignore'), '__pycache__/\n');
  const args = ['--sha', 'e5'.repeat(20), '--image', 'flows:bench', '--code-storage', `s3://${bucket}/upload`];
  const first = deploy(root, args);
  const again = deploy(root, args);
  if (first.doc.codeStorage.files !== 200 || again.doc.codeStorage.uploaded !== 0)
    throw new Error(`unexpected: ${JSON.stringify([first.doc.codeStorage, again.doc.codeStorage])}`);
  const script = `import time
from prefect_aws.deployments.steps import push_to_s3
start = time.perf_counter()
push_to_s3(bucket="${bucket}", folder="theirs", credentials={"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": "us-east-1"}, client_parameters={"endpoint_url": "${MOTO_URL()}"})
print(time.perf_counter() - start)`;
  const theirs = spawnSync(venvBin('python', '.venv-worker'), ['-c', script], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PREFECT_HOME: server.home },
  });
  if (theirs.status !== 0) throw new Error(theirs.stderr);
  const theirSeconds = Number(theirs.stdout.trim().split('\n').pop());
  const { files: n, bytes } = first.doc.codeStorage;
  console.log(
    `${n} files (${(bytes / 1e6).toFixed(2)} MB): upload ${s(first.doc.codeStorage.seconds!)} (code storage stage ${s(first.doc.timings['code storage'])}); ` +
      `re-run ${s(again.doc.timings['code storage'])} (a listing, nothing uploaded); prefect_aws push_to_s3 of the same files ${s(theirSeconds)} ` +
      `(${(theirSeconds / first.doc.codeStorage.seconds!).toFixed(1)}x our upload)`,
  );
}
await server.stop();
