/**
 * Prefect 2 (the pinned 2.20 with prefect-aws 0.4.x): payloads chosen by version,
 * agents with infrastructure blocks (`ib-block: ecs-task/dev`), and parity with
 * `prefect deployment build ... -ib ecs-task/dev -a` for the same definitions.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = '2b'.repeat(20);
let server: RunningServer;
let blockId: string;

const prefect2 = (args: string[], cwd = process.cwd()) => server.prefect(args, cwd);

before(async () => {
  server = await startPrefectServer({ venv: '.venv-prefect2', shared: true });
  await createWorkPool(server, { name: 'pool', type: 'process' });
  server.registerBlocks(['prefect_aws.ecs']);
  blockId = prefect2(
    [
      'python',
      '-c',
      "from prefect_aws.ecs import ECSTask\nprint(ECSTask(image='flows:1', cpu=256).save('dev', overwrite=True))",
    ],
    process.cwd(),
  )
    .trim()
    .split('\n')
    .pop()!;
  assert.match(blockId, /^[0-9a-f-]{36}$/);
});
after(() => server?.stop());

interface Api {
  name: string;
  version: string;
  updated: string;
  [k: string]: unknown;
}
const deployments = async (names: string[]) =>
  new Map(
    (await server.api<Api[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } })).map((d) => [
      d.name,
      d,
    ]),
  );
const cli = (root: string, args: string[]) => runCli(args, root, { PREFECT_API_URL: server.apiUrl });

test('work-pool deployments on Prefect 2.20: created, then unchanged with no write', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:
  - {name: p2-pool, entrypoint: flows/hello_world.py:hello, parameters: {number: 2}, schedule: {cron: "0 6 * * *", timezone: "America/Chicago"}, tags: [a], work_pool: {name: pool, job_variables: {env: {X: "1"}}}}
  - {name: p2-interval, entrypoint: flows/etl.py:run_etl, parameters: {source: s}, schedule: {interval: 600, anchor-date: "2024-01-01T00:00:00"}, work_pool: {name: pool}}
`,
  });
  const first = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(
    JSON.parse(first.stdout).deployments.map((d: { action: string }) => d.action),
    ['created', 'created'],
  );
  const live = await deployments(['p2-pool', 'p2-interval']);
  const d = live.get('p2-pool')!;
  assert.equal(d.version, SHA);
  assert.deepEqual(d.infra_overrides, { env: { X: '1' } });
  assert.equal(d.enforce_parameter_schema, false, "Prefect 2's default");
  const again = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(
    JSON.parse(again.stdout).deployments.map((x: { action: string }) => x.action),
    ['unchanged', 'unchanged'],
  );
  const after2 = await deployments(['p2-pool', 'p2-interval']);
  for (const [name, x] of live) assert.equal(after2.get(name)!.updated, x.updated, `${name} was written`);
});

test('ib-block: agents with an infrastructure block and an agent-style queue', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `ib-block: "ecs-task/dev"
deployments:
  - {name: p2-agent, entrypoint: flows/hello_world.py:hello, parameters: {number: 3}, work_pool: {work_queue_name: dev}}
`,
  });
  const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const d = (await deployments(['p2-agent'])).get('p2-agent')!;
  assert.equal(d.infrastructure_document_id, blockId);
  assert.equal(d.work_queue_name, 'dev');
  assert.equal(d.path, '/opt/prefect/flows');
  assert.equal(d.pull_steps, null);
  const replan = JSON.parse(cli(root, ['plan', '--env', 'dev', '--sha', SHA, '--json']).stdout).deployments[0];
  assert.equal(replan.action, 'unchanged', JSON.stringify(replan.changes));
});

test('a missing block, and a block type the server does not know, are named before any write', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:
  - {name: p2-missing, entrypoint: flows/hello_world.py:hello, ib-block: "ecs-task/nope", work_pool: {work_queue_name: dev}}
  - {name: p2-no-type, entrypoint: flows/hello_world.py:hello, ib-block: "acme-infra/x", work_pool: {work_queue_name: dev}}
`,
  });
  const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--json']);
  assert.equal(r.status, 1);
  const errors = JSON.parse(r.stdout).errors.map((e: { deployment: string; message: string }) => [
    e.deployment,
    e.message,
  ]);
  assert.deepEqual(errors, [
    ['p2-missing', "infrastructure block 'ecs-task/nope' does not exist"],
    [
      'p2-no-type',
      "block type 'acme-infra' is not registered on the server (register the collection that provides it with `prefect block register -m <module>`)",
    ],
  ]);
  assert.equal((await deployments(['p2-missing', 'p2-no-type'])).size, 0);
});

test('parity on 2.20: prefect deployment build -ib ecs-task/dev -a registers what this CLI registers, except the version', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `ib-block: "ecs-task/dev"
deployments:
  - name: ours-built
    entrypoint: flows/hello_world.py:hello
    parameters: {number: 3}
    schedule: {cron: "0 6 * * *", timezone: "America/Chicago"}
    tags: [dev, x]
    work_pool: {work_queue_name: dev}
`,
  });
  prefect2(
    [
      'deployment',
      'build',
      'flows/hello_world.py:hello',
      '-n',
      'theirs-built',
      '-ib',
      'ecs-task/dev',
      '-q',
      'dev',
      '--cron',
      '0 6 * * *',
      '--timezone',
      'America/Chicago',
      '-t',
      'dev',
      '-t',
      'x',
      '--params',
      '{"number": 3}',
      '-a',
    ],
    root,
  );
  const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA]);
  assert.equal(r.status, 0, r.stderr);
  const live = await deployments(['ours-built', 'theirs-built']);
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
    'storage_document_id',
  ];
  const view = (d: Api) => ({
    ...Object.fromEntries(fields.map((f) => [f, d[f]])),
    schedules: (d.schedules as { schedule: unknown; active: boolean }[]).map((s) => [s.schedule, s.active]),
  });
  assert.deepEqual(view(live.get('ours-built')!), view(live.get('theirs-built')!));
  assert.equal(live.get('ours-built')!.version, SHA);
});
