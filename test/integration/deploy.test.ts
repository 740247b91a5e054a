/** plan and deploy against a real Prefect 3 server (the pinned version), on SQLite and on PostgreSQL. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli, runCliAsync } from '../support/bundles.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { makeRepo } from '../support/repo.js';
import { forEachDatabase, serverWithPool, type RunningServer } from '../support/server.js';

const SHA1 = '1111111111111111111111111111111111111111';
const SHA2 = '2222222222222222222222222222222222222222';
const ECHOED = 'job-var-value-ECHO-4242';

let server: RunningServer;

interface ApiDeployment {
  id: string;
  name: string;
  updated: string;
  version: string;
  description: string | null;
  parameters: Record<string, unknown>;
  tags: string[];
  labels: Record<string, string>;
  schedules: {
    schedule: Record<string, unknown>;
    active: boolean;
    slug: string | null;
    parameters: Record<string, unknown>;
  }[];
  work_pool_name: string;
  work_queue_name: string;
  pull_steps: unknown[];
  job_variables: Record<string, unknown>;
  paused: boolean;
  global_concurrency_limit: { limit: number } | null;
  concurrency_options: { collision_strategy: string } | null;
  entrypoint: string;
}

async function deployments(names: string[]): Promise<Map<string, ApiDeployment>> {
  const list = await server.api<ApiDeployment[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: names } },
  });
  return new Map(list.map((d) => [d.name, d]));
}

function cli(root: string, args: string[], env: Record<string, string> = {}) {
  return runCli(args, root, { PREFECT_API_URL: server.apiUrl, ...env });
}

const FILE = `deployments:
  - name: sched-cron
    entrypoint: flows/hello_world.py:hello
    parameters: {number: 7, name: "cron"}
    schedule: {cron: "30 6 * * 1-5", timezone: "America/Chicago"}
    tags: ["a", "b"]
    work_pool: {name: pool, work_queue_name: q1}
  - name: sched-interval
    entrypoint: flows/hello_world.py:hello
    schedule: {interval: 900, anchor-date: "2024-01-01T00:00:00", timezone: "Europe/Berlin"}
    work_pool: {name: pool}
  - name: sched-interval-noanchor
    entrypoint: flows/hello_world.py:hello
    schedule: {interval: 3600}
    work_pool: {name: pool}
  - name: sched-many
    entrypoint: flows/etl.py:run_etl
    description: "Many schedules"
    version: "v-{{ env }}"
    parameters: {source: crm}
    schedules:
      - {rrule: "FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=9", timezone: "UTC", slug: weekly}
      - {cron: "0 0 1 * *", active: false, parameters: {mode: full}, slug: monthly, day_or: false}
    concurrency_limit: {limit: 2, collision_strategy: CANCEL_NEW}
    paused: true
    work_pool: {name: pool, job_variables: {env: {LEVEL: "debug"}}}
`;

test('without a Prefect API the deploy stops before writing with a clear message', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
  });
  const r = runCli(['deploy', '--env', 'dev', '--sha', SHA1], root, {});
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no Prefect API: set PREFECT_API_URL or pass --api-url/);
});

test('invalid input exits 2 before any request', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:nope, work_pool: {name: pool}}\n',
  });
  const r = runCli(['deploy', '--env', 'dev', '--sha', SHA1], root, { PREFECT_API_URL: 'http://127.0.0.1:9/api' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /prefect-deployments-dev.yaml:2:27: function 'nope' not found/);
});

forEachDatabase(
  async (database) => (server = await serverWithPool(database, 'pool', { shared: true })),
  () => {
    test('deploy creates, a re-run writes nothing, a change updates only what changed', async () => {
      const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
      const first = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(first.status, 0, first.stderr);
      const doc = JSON.parse(first.stdout);
      assert.deepEqual(
        doc.deployments.map((d: { action: string }) => d.action),
        ['created', 'created', 'created', 'created'],
      );
      assert.equal(doc.sha, SHA1);

      const live = await deployments(['sched-cron', 'sched-interval', 'sched-interval-noanchor', 'sched-many']);
      const cron = live.get('sched-cron')!;
      assert.equal(cron.version, SHA1);
      assert.deepEqual(cron.parameters, { number: 7, name: 'cron' });
      assert.deepEqual(cron.tags, ['a', 'b']);
      assert.equal(cron.work_queue_name, 'q1');
      assert.equal(cron.labels['prefect-ecr-deploy.environment'], 'dev');
      // No pull section and no image: the directory it ran in, as prefect deploy registers it.
      assert.deepEqual(cron.pull_steps, [{ 'prefect.deployments.steps.set_working_directory': { directory: root } }]);
      assert.deepEqual(cron.schedules[0].schedule, { cron: '30 6 * * 1-5', timezone: 'America/Chicago', day_or: true });
      assert.deepEqual(live.get('sched-interval')!.schedules[0].schedule, {
        interval: 900,
        anchor_date: '2024-01-01T00:00:00Z',
        timezone: 'Europe/Berlin',
      });
      const many = live.get('sched-many')!;
      assert.equal(many.version, 'v-dev');
      assert.equal(many.paused, true);
      assert.equal(many.global_concurrency_limit?.limit, 2);
      assert.equal(many.concurrency_options?.collision_strategy, 'CANCEL_NEW');
      assert.deepEqual(many.job_variables, { env: { LEVEL: 'debug' } });
      const monthly = many.schedules.find((s) => s.slug === 'monthly')!;
      assert.deepEqual([monthly.active, monthly.parameters, monthly.schedule.day_or], [false, { mode: 'full' }, false]);
      assert.match(
        String(many.schedules.find((s) => s.slug === 'weekly')!.schedule.rrule),
        /FREQ=WEEKLY;BYDAY=MO,FR;BYHOUR=9$/,
      );

      const again = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(
        JSON.parse(again.stdout).deployments.map((d: { action: string }) => d.action),
        ['unchanged', 'unchanged', 'unchanged', 'unchanged'],
      );
      const after = await deployments([...live.keys()]);
      for (const [name, d] of live)
        assert.equal(after.get(name)!.updated, d.updated, `${name} was written on a no-op run`);

      const bumped = cli(root, ['deploy', '--env', 'dev', '--sha', SHA2, '--json']);
      assert.equal(bumped.status, 0, bumped.stderr);
      const changes = JSON.parse(bumped.stdout).deployments.map(
        (d: { name: string; action: string; changes: { field: string }[] }) => [
          d.name,
          d.action,
          d.changes.map((c) => c.field),
        ],
      );
      assert.deepEqual(changes, [
        ['sched-cron', 'updated', ['version']],
        ['sched-interval', 'updated', ['version']],
        ['sched-interval-noanchor', 'updated', ['version']],
        ['sched-many', 'unchanged', []],
      ]);
      // The server-chosen anchor of an interval without anchor-date does not move on update.
      const anchorBefore = live.get('sched-interval-noanchor')!.schedules[0].schedule.anchor_date;
      const anchorAfter = (await deployments(['sched-interval-noanchor'])).get('sched-interval-noanchor')!.schedules[0]
        .schedule.anchor_date;
      assert.equal(anchorAfter, anchorBefore);
    });

    test('plan writes nothing and shows what deploy would do', async () => {
      const root = makeRepo({
        'prefect-deployments-stage.yaml':
          'deployments:\n  - {name: plan-only, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool, work_queue_name: brand-new-queue}}\n',
      });
      const r = cli(root, ['plan', '--env', 'stage', '--sha', SHA1]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /plan-only\s+hello\s+create/);
      assert.match(
        r.stdout,
        /plan-only: work queue 'brand-new-queue' does not exist in pool 'pool': it is created before the deployments/,
      );
      assert.equal((await deployments(['plan-only'])).size, 0);
      const queues = await server.api<{ name: string }[]>('POST', '/work_pools/pool/queues/filter', {});
      assert.ok(!queues.some((q) => q.name === 'brand-new-queue'), 'plan created a work queue');
    });

    test('partial failure: every deployment is attempted, the failure is named, exit 1, a re-run converges', async () => {
      const root = makeRepo({
        'prefect-deployments-dev.yaml': `deployments:
  - {name: pf-ok-1, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}
  - {name: pf-missing-pool, entrypoint: flows/hello_world.py:hello, work_pool: {name: no-such-pool}}
  - {name: pf-ok-2, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}
`,
      });
      const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(r.status, 1);
      const doc = JSON.parse(r.stdout);
      assert.deepEqual(doc.errors, [
        {
          deployment: 'pf-missing-pool',
          flow: 'hello',
          message:
            "work pool 'no-such-pool' does not exist; create it with: prefect work-pool create no-such-pool --type process",
        },
      ]);
      assert.deepEqual((await deployments(['pf-ok-1', 'pf-ok-2', 'pf-missing-pool'])).size, 2);

      await server.api('POST', '/work_pools/', { name: 'no-such-pool', type: 'process' });
      const again = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(again.status, 0, again.stderr);
      assert.deepEqual(
        JSON.parse(again.stdout).deployments.map((d: { action: string }) => d.action),
        ['unchanged', 'created', 'unchanged'],
      );
    });

    test("a server error names the deployment and the field, never the value the server's message echoes", async () => {
      await server.api('POST', '/work_pools/', {
        name: 'strict-pool',
        type: 'process',
        base_job_template: {
          job_configuration: { command: '{{ command }}' },
          variables: { type: 'object', properties: { command: { type: 'string' } } },
        },
      });
      const root = makeRepo({
        'prefect-deployments-dev.yaml': `deployments:
  - {name: se-bad-vars, entrypoint: flows/hello_world.py:hello, work_pool: {name: strict-pool, job_variables: {command: {token: "${ECHOED}"}}}}
  - {name: se-fine, entrypoint: flows/hello_world.py:hello, work_pool: {name: strict-pool}}
`,
      });
      const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      const doc = JSON.parse(r.stdout);
      assert.equal(doc.errors.length, 1);
      assert.equal(doc.errors[0].deployment, 'se-bad-vars');
      assert.equal(
        doc.errors[0].message,
        "POST /deployments/: 422 deployment refused: job variable 'command' does not match the work pool's base job template: matches none of the allowed forms",
      );
      assert.ok(!(r.stdout + r.stderr).includes(ECHOED));
      assert.deepEqual([...(await deployments(['se-bad-vars', 'se-fine'])).keys()], ['se-fine']);
      // The server does echo the value (so the assertions above can fail).
      const flow = await server.api<{ id: string }>('POST', '/flows/', { name: 'hello' });
      const raw = await fetch(`${server.apiUrl}/deployments/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'se-raw',
          flow_id: flow.id,
          work_pool_name: 'strict-pool',
          job_variables: { command: { token: ECHOED } },
        }),
      });
      assert.ok((await raw.text()).includes(ECHOED), 'the server no longer echoes the value: this test proves nothing');
    });

    test('ib-block on a Prefect 3 server is a validation error that explains work pools: exit 2, nothing written', async () => {
      const root = makeRepo({
        'prefect-deployments-dev.yaml': `deployments:
  - {name: agent-style, entrypoint: flows/hello_world.py:hello, ib-block: "ecs-task/dev", work_pool: {work_queue_name: dev}}
  - {name: worker-style, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}
`,
      });
      const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--json']);
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr.split('\n').find((l) => l.startsWith('prefect-deployments-dev.yaml')),
        "prefect-deployments-dev.yaml:2:75: ib-block 'ecs-task/dev' is for Prefect 2 agents; Prefect 3.9.1 runs deployments from work pools: set work_pool.name (an ECS work pool replaces ecs-task blocks) and run a worker",
      );
      assert.equal((await deployments(['agent-style', 'worker-style'])).size, 0);
    });

    test('a version-only deploy is one PATCH of the version per deployment: schedules, their ids and every other field stay', async () => {
      const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE.replaceAll('sched-', 'vo-') });
      const names = ['vo-cron', 'vo-interval', 'vo-interval-noanchor', 'vo-many'];
      assert.equal(cli(root, ['deploy', '--env', 'dev', '--sha', SHA1]).status, 0);
      const before = await deployments(names);
      const proxy = await startFaultProxy(server.apiUrl, { rate: 0, seed: 1, record: true });
      const r = await runCliAsync(['deploy', '--env', 'dev', '--sha', SHA2, '--json'], root, {
        PREFECT_API_URL: proxy.url,
      });
      await proxy.close();
      assert.equal(r.status, 0, r.stderr);
      const writes = proxy.requests.filter((q) => q.status < 300 && q.method !== 'GET' && !q.path.endsWith('/filter'));
      // vo-many has its own version ("v-{{ env }}"): nothing to write.
      const expected = names
        .slice(0, 3)
        .map((n) => ['PATCH', `/deployments/${before.get(n)!.id}`, ['version', 'version_info']]);
      const sent = writes.map((w) => [w.method, w.path, Object.keys(w.body as object).sort()]);
      assert.deepEqual(sent.sort(), expected.sort());
      assert.ok(writes.every((w) => (w.body as { version: string }).version === SHA2));
      const after = await deployments(names);
      for (const name of names) {
        const [b, a] = [before.get(name)!, after.get(name)!];
        assert.equal(a.version, name === 'vo-many' ? 'v-dev' : SHA2);
        const rest = (d: ApiDeployment) => ({ ...d, version: undefined, updated: undefined });
        assert.deepEqual(rest(a), rest(b), `${name}: a field other than the version changed`);
      }
    });

    test("a version-only deploy keeps the schedules, and removes no scheduled run the server's own PATCH of the version keeps", async () => {
      const file = (names: string[]) =>
        `deployments:\n${names.map((n) => `  - {name: ${n}, entrypoint: flows/hello_world.py:hello, schedule: {interval: 3600}, work_pool: {name: pool}}`).join('\n')}\n`;
      const root = makeRepo({ 'prefect-deployments-dev.yaml': file(['runs-ours', 'runs-bare']) });
      assert.equal(cli(root, ['deploy', '--env', 'dev', '--sha', SHA1]).status, 0);
      const live = await deployments(['runs-ours', 'runs-bare']);
      const scheduled = async (name: string) =>
        (
          await server.api<{ expected_start_time: string }[]>('POST', '/flow_runs/filter', {
            flow_runs: { deployment_id: { any_: [live.get(name)!.id] }, state: { type: { any_: ['SCHEDULED'] } } },
          })
        )
          .map((f) => f.expected_start_time)
          .sort();
      // What the scheduler service does, on demand.
      const schedule = (name: string) =>
        server.api('POST', `/deployments/${live.get(name)!.id}/schedule`, { min_runs: 5, max_runs: 5 });
      // One at a time: SQLite takes one writer.
      await schedule('runs-ours');
      await schedule('runs-bare');
      const times = await scheduled('runs-ours');
      assert.equal(times.length, 5);

      writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file(['runs-ours']));
      assert.equal(cli(root, ['deploy', '--env', 'dev', '--sha', SHA2]).status, 0);
      await server.api('PATCH', `/deployments/${live.get('runs-bare')!.id}`, { version: SHA2 });
      const [ours, bare] = [await scheduled('runs-ours'), await scheduled('runs-bare')];
      // Prefect 3.9.1 removes a deployment's future auto-scheduled runs on every update (PATCH or upsert) and its
      // scheduler creates them again: the least any client can do is what a bare PATCH of the version does.
      console.log(
        `scheduled runs after a version-only deploy: ${ours.length} (a bare PATCH of the version leaves ${bare.length})`,
      );
      assert.equal(ours.length, bare.length);
      const after = (await deployments(['runs-ours'])).get('runs-ours')!;
      assert.equal(after.version, SHA2);
      assert.deepEqual(after.schedules, live.get('runs-ours')!.schedules, 'the schedules were written');
      // The schedule is the same one: the scheduler creates the very same runs again.
      await schedule('runs-ours');
      assert.deepEqual(await scheduled('runs-ours'), times);
    });
  },
);
