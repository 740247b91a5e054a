/**
 * Code storage for Prefect 2 agents (the pinned 2.20 with prefect-aws 0.4.x, S3 in
 * moto): deployments reference an `s3-bucket` storage block and the commit's path
 * below it, as `prefect deployment build -sb s3-bucket/NAME/<sha> -ib ecs-task/dev`
 * registers them, with the same objects uploaded, where the block's own
 * `get_directory` finds them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, createBucket, MOTO_URL, s3Keys } from '../support/aws.js';
import { runCli, runCliAsync } from '../support/bundles.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { commitAll, makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-p2code-${RUN}`;
/** Where `prefect deployment build` uploads, beside ours. */
const THEIR_BUCKET = `ped-p2theirs-${RUN}`;
const SHA = '2c'.repeat(20);
/**
 * prefect-aws 0.4.19 on pydantic 2 cannot read a stored secret key back (a str, not a SecretStr):
 * the block names only the region and endpoint, and boto3 takes the keys from the environment.
 */
const KEYS = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
let server: RunningServer;
const ids: Record<string, string> = {};

before(async () => {
  createBucket(BUCKET);
  createBucket(THEIR_BUCKET);
  server = await startPrefectServer({ venv: '.venv-prefect2', shared: true });
  server.registerBlocks(['prefect_aws', 'prefect_aws.ecs']);
  const out = server.prefect([
    'python',
    '-c',
    `from prefect_aws import AwsCredentials, S3Bucket
from prefect_aws.client_parameters import AwsClientParameters
from prefect_aws.ecs import ECSTask
ECSTask(image='flows:1', cpu=256).save('dev', overwrite=True)
creds = AwsCredentials(region_name='us-east-1', aws_client_parameters=AwsClientParameters(endpoint_url='${MOTO_URL()}'))
print(S3Bucket(bucket_name='${BUCKET}', credentials=creds).save('p2root', overwrite=True))
print(S3Bucket(bucket_name='${BUCKET}', bucket_folder='uploads', credentials=creds).save('p2code', overwrite=True))
print(S3Bucket(bucket_name='${THEIR_BUCKET}', credentials=creds).save('p2theirs', overwrite=True))`,
  ]);
  [ids.p2root, ids.p2code, ids.p2theirs] = out.trim().split('\n').slice(-3);
});
after(() => server?.stop());

interface Api {
  name: string;
  [k: string]: unknown;
}
const deployments = async (names: string[]) =>
  new Map(
    (await server.api<Api[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } })).map((d) => [
      d.name,
      d,
    ]),
  );
const cli = (root: string, args: string[]) => runCli(args, root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl });
const relative = (bucket: string, prefix: string) =>
  Object.fromEntries(Object.entries(s3Keys(bucket, prefix)).map(([k, size]) => [k.slice(prefix.length), size]));

/** What an agent does before a run: the block's own get_directory, from the deployment's path. */
function agentPull(block: string, from: string): string {
  const into = mkdtempSync(path.join(tmpdir(), 'ped-p2pull-'));
  server.prefect(
    [
      'python',
      '-c',
      `from prefect_aws import S3Bucket\nS3Bucket.load('${block}').get_directory(from_path='${from}', local_path='${into}')`,
    ],
    process.cwd(),
    KEYS,
  );
  return into;
}

test("parity on 2.20: prefect deployment build -sb s3-bucket/NAME/<sha> -ib ecs-task/dev registers and uploads what this CLI does; the block's get_directory finds the files", async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `ib-block: "ecs-task/dev"
deployments:
  - {name: p2s-ours, entrypoint: flows/hello_world.py:hello, parameters: {number: 3}, tags: [dev], work_pool: {work_queue_name: dev}}
`,
    'lib/util.py': 'X = 1\n',
  });
  // Theirs first: Prefect 2 writes its default .prefectignore, which ours then honours too.
  server.prefect(
    [
      'deployment',
      'build',
      'flows/hello_world.py:hello',
      '-n',
      'p2s-theirs',
      '-sb',
      `s3-bucket/p2theirs/${SHA}`,
      '-ib',
      'ecs-task/dev',
      '-q',
      'dev',
      '-t',
      'dev',
      '--params',
      '{"number": 3}',
      '-a',
    ],
    root,
    KEYS,
  );
  commitAll(root);
  const r = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}`,
    '--code-storage-block',
    's3-bucket/p2root',
    '--json',
  ]);
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.codeStorage.rules, 'git ls-files, .prefectignore');
  assert.equal(doc.codeStorage.via, `storage block s3-bucket/p2root, path ${SHA}`);

  const theirs = relative(THEIR_BUCKET, `${SHA}/`);
  assert.ok('flows/hello_world.py' in theirs && 'lib/util.py' in theirs, JSON.stringify(theirs));
  assert.deepEqual(relative(BUCKET, `${SHA}/`), theirs);

  const live = await deployments(['p2s-ours', 'p2s-theirs']);
  const fields = [
    'description',
    'parameters',
    'parameter_openapi_schema',
    'enforce_parameter_schema',
    'tags',
    'work_pool_name',
    'work_queue_name',
    'infrastructure_document_id',
    'infra_overrides',
    'entrypoint',
    'path',
    'pull_steps',
    'paused',
  ];
  const view = (d: Api) => Object.fromEntries(fields.map((f) => [f, d[f]]));
  assert.deepEqual(view(live.get('p2s-ours')!), view(live.get('p2s-theirs')!));
  assert.equal(live.get('p2s-ours')!.path, SHA);
  assert.equal(live.get('p2s-ours')!.storage_document_id, ids.p2root);
  assert.equal(live.get('p2s-theirs')!.storage_document_id, ids.p2theirs);

  const into = agentPull('p2root', SHA);
  assert.deepEqual(readdirSync(path.join(into, 'flows')).sort(), ['etl.py', 'hello_world.py']);
  assert.deepEqual(readdirSync(path.join(into, 'lib')), ['util.py']);

  const again = cli(root, [
    'plan',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}`,
    '--code-storage-block',
    's3-bucket/p2root',
    '--json',
  ]);
  const plan = JSON.parse(again.stdout);
  assert.equal(plan.codeStorage.missing, 0);
  assert.equal(plan.deployments[0].action, 'unchanged', JSON.stringify(plan.deployments[0].changes));
});

test("Prefect 2 with a prefix: an s3-bucket block's get_directory reads the path as the key prefix, so the path is PREFIX/<sha>", async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'ib-block: "ecs-task/dev"\ndeployments:\n  - {name: p2s-prefix, entrypoint: flows/hello_world.py:hello, work_pool: {work_queue_name: dev}}\n',
  });
  commitAll(root);
  const r = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}/code`,
    '--code-storage-block',
    's3-bucket/p2code',
    '--json',
  ]);
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const d = (await deployments(['p2s-prefix'])).get('p2s-prefix')!;
  assert.equal(d.path, `code/${SHA}`);
  assert.equal(d.storage_document_id, ids.p2code);
  assert.ok(`code/${SHA}/flows/hello_world.py` in s3Keys(BUCKET, 'code/'));
  const into = agentPull('p2code', d.path as string);
  assert.deepEqual(readdirSync(path.join(into, 'flows')).sort(), readdirSync(path.join(root, 'flows')).sort());
});

test('Prefect 2: a new commit in another storage block is one PATCH of version, path and storage_document_id, ending where a full upsert ends', async () => {
  const yaml = (names: string[]) =>
    `ib-block: "ecs-task/dev"\ndeployments:\n${names.map((n) => `  - {name: ${n}, entrypoint: flows/hello_world.py:hello, tags: [dev], work_pool: {work_queue_name: dev}}`).join('\n')}\n`;
  const root = makeRepo({ 'prefect-deployments-dev.yaml': yaml(['p2s-moved']) });
  commitAll(root);
  const first = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}`,
    '--code-storage-block',
    's3-bucket/p2root',
  ]);
  assert.equal(first.status, 0, `${first.stderr}\n${first.stdout}`);
  // The same definition again with a twin the run creates (a full POST /deployments/), from another commit and block.
  const moved = makeRepo({ 'prefect-deployments-dev.yaml': yaml(['p2s-moved', 'p2s-moved-twin']) });
  commitAll(moved);
  const NEXT = '3d'.repeat(20);
  const proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, record: true });
  const args = [
    'deploy',
    '--env',
    'dev',
    '--sha',
    NEXT,
    '--code-storage',
    `s3://${BUCKET}/code`,
    '--code-storage-block',
    's3-bucket/p2code',
  ];
  const r = await runCliAsync(args, moved, { ...awsEnv(), PREFECT_API_URL: proxy.url });
  await proxy.close();
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const live = await deployments(['p2s-moved', 'p2s-moved-twin']);
  const [ours, twin] = [live.get('p2s-moved')!, live.get('p2s-moved-twin')!];
  const patches = proxy.requests.filter((q) => q.method === 'PATCH' && q.path.startsWith('/deployments/'));
  assert.deepEqual(
    patches.map((q) => [q.path, Object.keys(q.body as object).sort()]),
    [[`/deployments/${ours.id}`, ['path', 'storage_document_id', 'version']]],
  );
  assert.deepEqual([ours.storage_document_id, ours.path, ours.version], [ids.p2code, `code/${NEXT}`, NEXT]);
  const same = ({ id: _id, name: _name, created: _c, updated: _u, ...rest }: Api) => rest;
  assert.deepEqual(same(ours), same(twin));
});

test('Prefect 2: no storage block, or one that reads elsewhere, is an error before any write', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'ib-block: "ecs-task/dev"\ndeployments:\n  - {name: p2s-bad, entrypoint: flows/hello_world.py:hello, work_pool: {work_queue_name: dev}}\n',
  });
  const none = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/other`]);
  assert.equal(none.status, 2);
  assert.match(
    none.stderr,
    /Prefect 2\.20\.\d+ agents read code through a storage block: pass --code-storage-block s3-bucket\/NAME/,
  );
  const elsewhere = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}/other`,
    '--code-storage-block',
    's3-bucket/p2theirs',
  ]);
  assert.equal(elsewhere.status, 2);
  assert.match(
    elsewhere.stderr,
    new RegExp(
      `storage block s3-bucket/p2theirs reads from bucket ${THEIR_BUCKET}, not ${BUCKET}: point one at the other`,
    ),
  );
  assert.deepEqual(s3Keys(BUCKET, 'other/'), {});
  assert.equal((await deployments(['p2s-bad'])).size, 0);
});
