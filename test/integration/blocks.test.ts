/**
 * Declarative blocks and block scripts against real servers: the pinned Prefect 2.20
 * with prefect-aws 0.4.x (ecs-task, aws-credentials) and the pinned Prefect 3, with
 * the image stage on the real engine, registry and moto. What was stored is read
 * back with Prefect's own client (`Block.load`), not only through the REST API.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { imageInfra } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'bb'.repeat(20);
/** Distinctive values that must never appear in any output. */
const BLOCK_SECRET = `blk-secret-${RUN}-Zq81xv`;
const API_KEY = `pnu_blocks_${RUN}_K93jd`;
const outputs: string[] = [];

let p2: RunningServer;
let p3: RunningServer;
before(async () => {
  imageInfra();
  [p2, p3] = await Promise.all([
    startPrefectServer({ venv: '.venv-prefect2', shared: true }),
    startPrefectServer({ shared: true }),
  ]);
  p2.registerBlocks(['prefect_aws']);
});
after(async () => {
  await Promise.all([p2?.stop(), p3?.stop()]);
  const leaked = outputs.filter((o) => o.includes(BLOCK_SECRET) || o.includes(API_KEY));
  assert.equal(leaked.length, 0, 'a secret reached the output');
});

function cli(server: RunningServer, root: string, args: string[], env: Record<string, string> = {}) {
  const r = runCli(args, root, { ...imageInfra().env, PREFECT_API_URL: server.apiUrl, BLOCK_SECRET, ...env });
  outputs.push(r.stdout, r.stderr);
  return r;
}

const json = (r: { stdout: string }) =>
  JSON.parse(r.stdout) as {
    blocks: { type: string; name: string; action: string; changed: string[] }[];
    deployments: { name: string; action: string }[];
  };
const blockActions = (r: { stdout: string }) => json(r).blocks.map((b) => [`${b.type}/${b.name}`, b.action, b.changed]);

async function storedBlock(server: RunningServer, type: string, name: string) {
  return server.api<{ id: string; updated: string }>('GET', `/block_types/slug/${type}/block_documents/name/${name}`);
}

/** What Prefect 2's own client loads for an ecs-task block. */
function loadEcsTask(name: string) {
  const code = `import json\nfrom prefect_aws.ecs import ECSTask\nt = ECSTask.load(${JSON.stringify(name)})\nc = t.aws_credentials\nprint(json.dumps({"image": t.image, "cpu": t.cpu, "region": c.region_name, "secret": c.aws_secret_access_key.get_secret_value() if c.aws_secret_access_key else None}))`;
  return JSON.parse(p2.prefect(['python', '-c', code]).trim().split('\n').pop()!) as {
    image: string | null;
    cpu: number | null;
    region: string | null;
    secret: string | null;
  };
}

const P2_BLOCKS = (cpu: number) => `blocks:
  - type: ecs-task
    name: agents
    data:
      image: "flows:{{ env }}"
      cpu: ${cpu}
      aws_credentials: "{{ prefect.blocks.aws-credentials.ci }}"
  - type: aws-credentials
    name: ci
    data:
      region_name: eu-west-1
      aws_access_key_id: AKIAEXAMPLE
      aws_secret_access_key: "{{ $BLOCK_SECRET }}"
deployments:
  - {name: p2-blocks, entrypoint: flows/hello_world.py:hello, ib-block: ecs-task/agents, work_pool: {work_queue_name: dev}}
`;

test('Prefect 2: blocks created (a referenced block first), unchanged with no write, then updated field by field', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': P2_BLOCKS(512) });
  const plan = cli(p2, root, ['plan', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(plan.status, 0, plan.stderr);
  assert.deepEqual(blockActions(plan), [
    ['aws-credentials/ci', 'create', ['aws_access_key_id', 'aws_secret_access_key', 'region_name']],
    ['ecs-task/agents', 'create', ['aws_credentials', 'cpu', 'image']],
  ]);
  assert.deepEqual(
    json(plan).deployments.map((d) => d.action),
    ['create'],
    'a block this run creates is not an error in the plan',
  );
  await assert.rejects(storedBlock(p2, 'ecs-task', 'agents'), /404/, 'plan wrote a block');

  const first = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(
    blockActions(first).map((b) => b[1]),
    ['created', 'created'],
  );
  assert.deepEqual(loadEcsTask('agents'), { image: 'flows:dev', cpu: 512, region: 'eu-west-1', secret: BLOCK_SECRET });
  const block = await storedBlock(p2, 'ecs-task', 'agents');
  const creds = await storedBlock(p2, 'aws-credentials', 'ci');
  const [deployment] = await p2.api<{ infrastructure_document_id: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['p2-blocks'] } },
  });
  assert.equal(
    deployment.infrastructure_document_id,
    block.id,
    'the deployment references the block created in the same run',
  );

  const again = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(
    blockActions(again).map((b) => b[1]),
    ['unchanged', 'unchanged'],
  );
  assert.deepEqual(
    json(again).deployments.map((d) => d.action),
    ['unchanged'],
  );
  assert.equal((await storedBlock(p2, 'ecs-task', 'agents')).updated, block.updated, 'an unchanged block was written');
  assert.equal(
    (await storedBlock(p2, 'aws-credentials', 'ci')).updated,
    creds.updated,
    'an unchanged block was written',
  );

  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), P2_BLOCKS(1024));
  const changed = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(changed.status, 0, changed.stderr);
  assert.deepEqual(blockActions(changed), [
    ['aws-credentials/ci', 'unchanged', []],
    ['ecs-task/agents', 'updated', ['cpu']],
  ]);
  assert.deepEqual(
    loadEcsTask('agents'),
    { image: 'flows:dev', cpu: 1024, region: 'eu-west-1', secret: BLOCK_SECRET },
    'the update kept the reference',
  );
  assert.equal((await storedBlock(p2, 'ecs-task', 'agents')).id, block.id);
});

test('Prefect 2: a block made by hand is a conflict (no comparison, no write) until --adopt takes it over', async () => {
  p2.prefect([
    'python',
    '-c',
    "from prefect_aws.ecs import ECSTask\nECSTask(image='theirs:1', cpu=256).save('by-hand')",
  ]);
  const before = await storedBlock(p2, 'ecs-task', 'by-hand');
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'blocks:\n  - {type: ecs-task, name: by-hand, data: {image: "ours:2", cpu: 512}}\ndeployments:\n  - {name: p2-by-hand, entrypoint: flows/hello_world.py:hello, ib-block: ecs-task/by-hand, work_pool: {work_queue_name: dev}}\n',
  });
  const plan = cli(p2, root, ['plan', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(plan.status, 0, plan.stderr);
  assert.deepEqual(blockActions(plan), [['ecs-task/by-hand', 'conflict', []]]);
  const deploy = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA]);
  assert.equal(deploy.status, 2, deploy.stderr);
  assert.match(
    deploy.stderr,
    /:2:5: block ecs-task\/by-hand exists, owned by nobody \(it was not created by prefect-ecr-deploy\): not written \(pass --adopt to take it over\)/,
  );
  assert.deepEqual(await storedBlock(p2, 'ecs-task', 'by-hand'), before, 'a block nobody owns was written');
  const adopt = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA, '--adopt', '--json']);
  assert.equal(adopt.status, 0, adopt.stderr);
  assert.deepEqual(blockActions(adopt), [['ecs-task/by-hand', 'updated', ['cpu', 'image']]]);
  assert.deepEqual(loadEcsTask('by-hand').cpu, 512);
  const again = cli(p2, root, ['plan', '--env', 'dev', '--sha', SHA, '--json']);
  assert.deepEqual(
    blockActions(again),
    [['ecs-task/by-hand', 'unchanged', []]],
    'adopted, the block is owned: compared',
  );
});

test('bad blocks: every error at once at file:line:col, exit 2, nothing written', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `blocks:
  - type: aws-credentials
    name: bad-one
    data:
      region_nam: us-east-1
      aws_secret_access_key: 12
  - type: ecs-task
    name: bad-two
    data:
      cpu: "{{ $BLOCK_SECRET }}"
      aws_credentials: "{{ prefect.blocks.aws-credentials.nowhere }}"
      cluster: "{{ prefect.blocks.aws-credentials.bad-one }}"
  - type: acme-infra
    name: x
    data: {}
deployments:
  - {name: never-bad, entrypoint: flows/hello_world.py:hello, work_pool: {work_queue_name: dev}, ib-block: ecs-task/bad-two}
`,
  });
  const r = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA]);
  assert.equal(r.status, 2, r.stderr);
  const file = 'prefect-deployments-dev.yaml';
  assert.deepEqual(
    r.stderr.split('\n').filter((l) => l.startsWith(file)),
    [
      `${file}:5:7: block type 'aws-credentials' has no field 'region_nam' (did you mean 'region_name'?)`,
      `${file}:6:7: field 'aws_secret_access_key' of block aws-credentials/bad-one: expected a string`,
      `${file}:10:7: field 'cpu' of block ecs-task/bad-two: expected an integer`,
      `${file}:11:7: block aws-credentials/nowhere does not exist: declare it under blocks: or create it first`,
      `${file}:12:7: field 'cluster' of block type 'ecs-task' does not take a block`,
      `${file}:13:5: block acme-infra/x: block type 'acme-infra' is not registered on the server (register the collection that provides it with \`prefect block register -m <module>\`)`,
    ],
  );
  await assert.rejects(storedBlock(p2, 'aws-credentials', 'bad-one'), /404/);
  await assert.rejects(storedBlock(p2, 'ecs-task', 'bad-two'), /404/);
  assert.equal(
    (await p2.api<unknown[]>('POST', '/deployments/filter', { deployments: { name: { any_: ['never-bad'] } } })).length,
    0,
  );
});

const SCRIPT = `import json, os, urllib.request
api = os.environ["PREFECT_API_URL"]
image = os.environ["PREFECT_ECR_DEPLOY_IMAGE"]
print("script sees key", os.environ.get("PREFECT_API_KEY"), "env", os.environ.get("PREFECT_ECR_DEPLOY_ENV"))
def call(method, route, body=None):
    req = urllib.request.Request(api + route, method=method, data=None if body is None else json.dumps(body).encode(), headers={"content-type": "application/json"})
    try:
        return urllib.request.urlopen(req).read()
    except urllib.error.HTTPError as e:
        if e.code != 404: raise
call("DELETE", "/variables/name/flows_image")
call("POST", "/variables/", {"name": "flows_image", "value": image})
print("registered", image)
`;

test('Prefect 2 agents: the image stage sets the ecs-task image, a block script runs inside the image, deployments reference the block', async () => {
  const repo = `blocks-${RUN}`;
  const root = makeRepo({
    Dockerfile: `FROM ${imageInfra().pythonImage}\nCOPY flows /opt/prefect/flows\n`,
    'infrastructure/register.py': SCRIPT,
    'infrastructure/fail.py': 'import sys\nprint("about to fail")\nsys.exit(3)\n',
    'prefect-deployments-dev.yaml': `ib-block: ecs-task/agents-img
blocks:
  - {type: ecs-task, name: agents-img, data: {image: "{{ image }}", cpu: 256}}
block-scripts: [infrastructure/register.py]
deployments:
  - {name: p2-image, entrypoint: flows/hello_world.py:hello, work_pool: {work_queue_name: dev}}
`,
  });
  const uri = `${imageInfra().host}/${repo}:${SHA}`;
  const r = cli(
    p2,
    root,
    ['deploy', '--env', 'dev', '--sha', SHA, '--repository', repo, '--create-repository', '--json'],
    { PREFECT_API_KEY: API_KEY },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(loadEcsTask('agents-img').image, uri, "the block's image is the image just pushed");
  const block = await storedBlock(p2, 'ecs-task', 'agents-img');
  const [d] = await p2.api<
    {
      infrastructure_document_id: string;
      infra_overrides: Record<string, unknown>;
      work_queue_name: string;
      work_pool_name: string | null;
    }[]
  >('POST', '/deployments/filter', { deployments: { name: { any_: ['p2-image'] } } });
  assert.equal(d.infrastructure_document_id, block.id);
  assert.deepEqual(d.infra_overrides, { image: uri }, 'the image as a per-deployment override');
  assert.equal(d.work_queue_name, 'dev');
  assert.equal(d.work_pool_name, 'default-agent-pool', 'Prefect 2 files agent queues under its default agent pool');
  // The script ran in the image, reached the API, and its output streamed (the key redacted).
  assert.equal((await p2.api<{ value: string }>('GET', '/variables/name/flows_image')).value, uri);
  assert.match(r.stderr, /--- block script infrastructure\/register\.py\n/);
  assert.match(r.stderr, new RegExp(`registered ${uri.replace(/[.]/g, '\\.')}`));
  assert.match(r.stderr, /script sees key \*\*\* env dev/);
  assert.deepEqual(
    json(r).deployments.map((x) => x.action),
    ['created'],
  );

  const plan = cli(p2, root, ['plan', '--env', 'dev', '--sha', SHA, '--repository', repo]);
  assert.equal(plan.status, 0, plan.stderr);
  assert.match(plan.stdout, /Block ecs-task\/agents-img: unchanged/);
  assert.match(plan.stdout, /Block scripts would run: infrastructure\/register\.py/);
  assert.match(plan.stdout, /p2-image +hello +unchanged/);

  // A failing script: the same commit's image, no longer in the local engine, is pulled to run it; nothing is registered.
  const rmi = spawnSync('/usr/bin/docker', ['rmi', uri], { encoding: 'utf8' });
  assert.equal(rmi.status, 0, rmi.stderr);
  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    `ib-block: ecs-task/agents-img
block-scripts: [infrastructure/fail.py]
deployments:
  - {name: p2-never, entrypoint: flows/hello_world.py:hello, work_pool: {work_queue_name: dev}}
`,
  );
  const failed = cli(p2, root, ['deploy', '--env', 'dev', '--sha', SHA, '--repository', repo], {
    PREFECT_API_KEY: API_KEY,
  });
  assert.equal(failed.status, 1, failed.stderr);
  assert.match(failed.stderr, /--- docker pull /);
  assert.match(failed.stderr, /about to fail/);
  assert.match(failed.stderr, /block script infrastructure\/fail\.py failed \(exit 3\); no deployment was registered/);
  assert.equal(
    (await p2.api<unknown[]>('POST', '/deployments/filter', { deployments: { name: { any_: ['p2-never'] } } })).length,
    0,
  );
});

test('Prefect 3: core blocks (secret, local-file-system) created, unchanged, updated; Prefect loads them; unknown types name their package', async () => {
  const file = (count: number) => `blocks:
  - {type: secret, name: warehouse-password, data: {value: "{{ $BLOCK_SECRET }}"}}
  - {type: local-file-system, name: etl-files, data: {basepath: "/data/{{ env }}/v${count}"}}
deployments:
  - {name: p3-blocks, entrypoint: flows/hello_world.py:hello, work_pool: {name: p3-pool}}
`;
  await createWorkPool(p3, { name: 'p3-pool', type: 'process' });
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file(10) });
  const first = cli(p3, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(blockActions(first), [
    ['secret/warehouse-password', 'created', ['value']],
    ['local-file-system/etl-files', 'created', ['basepath']],
  ]);
  const load = () =>
    JSON.parse(
      p3
        .prefect([
          'python',
          '-c',
          'import json\nfrom prefect.blocks.system import Secret\nfrom prefect.filesystems import LocalFileSystem\nprint(json.dumps([Secret.load("warehouse-password").get(), LocalFileSystem.load("etl-files").basepath]))',
        ])
        .trim()
        .split('\n')
        .pop()!,
    );
  assert.deepEqual(load(), [BLOCK_SECRET, '/data/dev/v10']);
  const again = cli(p3, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.deepEqual(
    blockActions(again).map((b) => b[1]),
    ['unchanged', 'unchanged'],
  );
  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(20));
  const changed = cli(p3, root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.deepEqual(
    blockActions(changed).map((b) => b[1]),
    ['unchanged', 'updated'],
  );
  assert.deepEqual(load(), [BLOCK_SECRET, '/data/dev/v20']);

  writeFileSync(
    path.join(root, 'prefect-deployments-dev.yaml'),
    'blocks:\n  - {type: ecs-task, name: dev, data: {cpu: 256}}\n  - {type: secret, name: empty, data: {}}\ndeployments:\n  - {name: p3-blocks, entrypoint: flows/hello_world.py:hello, work_pool: {name: p3-pool}}\n',
  );
  const bad = cli(p3, root, ['deploy', '--env', 'dev', '--sha', SHA]);
  assert.equal(bad.status, 2);
  assert.match(
    bad.stderr,
    /:2:5: block ecs-task\/dev: block type 'ecs-task' is not registered on the server: run `prefect block register -m prefect_aws\.ecs`/,
  );
  assert.match(bad.stderr, /:3:33: block secret\/empty is missing the required field 'value'/);
});

test('a block write the server rejects (422, which echoes the request body) reports no data', async () => {
  const { createBlockDocument } = await import('../../src/prefect/blocks.js');
  const { PrefectClient } = await import('../../src/prefect/client.js');
  const client = new PrefectClient({ apiUrl: p3.apiUrl });
  // Check first that the server does echo the body, so the assertion below can fail.
  const raw = await fetch(`${p3.apiUrl}/block_documents/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'x',
      block_type_id: 'not-a-uuid',
      block_schema_id: 'not-a-uuid',
      data: { value: BLOCK_SECRET },
    }),
  });
  assert.equal(raw.status, 422);
  assert.ok((await raw.text()).includes(BLOCK_SECRET), 'the server no longer echoes bodies: this test proves nothing');
  const error = await createBlockDocument(client, {
    typeId: 'not-a-uuid',
    schemaId: 'not-a-uuid',
    name: 'x',
    data: { value: BLOCK_SECRET },
    references: {},
  }).then(
    () => assert.fail('the write succeeded'),
    (e: Error) => e.message,
  );
  outputs.push(error);
  // Field paths and error kinds only: never the value, and never the server's text.
  assert.equal(
    error,
    'POST /block_documents/: 422 invalid block: block_schema_id (uuid_parsing); block_type_id (uuid_parsing)',
  );
});
