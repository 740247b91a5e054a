/**
 * The everyday operations, through the bundled CLI against a real Prefect server:
 * a subset (--only), what was paused by hand (--keep-paused), and drift (plan --exit-code).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

let server: RunningServer;
before(async () => {
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: 'ops-pool', type: 'process' });
});
after(() => server?.stop());

const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/ops' };
const deployment = (name: string, extra = '') =>
  `  - {name: ${name}, entrypoint: flows/hello_world.py:hello, work_pool: {name: ops-pool}${extra}}\n`;

interface Live {
  id: string;
  name: string;
  version: string;
  paused: boolean;
  description: string | null;
  schedules: { id: string; active: boolean; schedule: Record<string, unknown> }[];
}

async function live(names: string[]): Promise<Live[]> {
  const found = await server.api<Live[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

const cli = (root: string) => (args: string[], sha: string) =>
  runCli([...args, '--env', 'dev', '--sha', sha], root, { PREFECT_API_URL: server.apiUrl, ...github });

test('--only deploys the deployments a name or FLOW/NAME glob selects; a pattern that selects none is an error; no prune with it', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:\n${deployment('only-etl-a')}${deployment('only-etl-b')}${deployment('only-report')}`,
  });
  const run = cli(root);
  const sha = 'a1'.repeat(20);

  const typo = run(['deploy', '--only', 'only-etl-*', '--only', 'only-reprot'], sha);
  assert.equal(typo.status, 2, typo.stderr);
  assert.match(
    typo.stderr,
    /--only 'only-reprot' matches no deployment of prefect-deployments-dev.yaml \(did you mean 'only-report'\?\)/,
  );
  assert.deepEqual(
    await live(['only-etl-a', 'only-etl-b', 'only-report']),
    [],
    'nothing is written when a pattern selects nothing',
  );

  const prune = run(['deploy', '--only', 'only-etl-*', '--prune'], sha);
  assert.equal(prune.status, 2);
  assert.match(prune.stderr, /--prune does not run with --only/);

  const plan = run(['plan', '--only', 'only-etl-*', '--json'], sha);
  assert.equal(plan.status, 0, plan.stderr);
  assert.deepEqual(
    (JSON.parse(plan.stdout) as { deployments: { name: string }[] }).deployments.map((d) => d.name),
    ['only-etl-a', 'only-etl-b'],
  );

  const deploy = run(['deploy', '--only', 'only-etl-*'], sha);
  assert.equal(deploy.status, 0, deploy.stderr);
  assert.deepEqual(
    (await live(['only-etl-a', 'only-etl-b', 'only-report'])).map((d) => d.name),
    ['only-etl-a', 'only-etl-b'],
  );

  // FLOW/NAME selects by flow too; the others keep their version.
  const next = 'a2'.repeat(20);
  const byFlow = run(['deploy', '--only', 'hello/only-report'], next);
  assert.equal(byFlow.status, 0, byFlow.stderr);
  assert.deepEqual(
    (await live(['only-etl-a', 'only-etl-b', 'only-report'])).map((d) => [d.name, d.version]),
    [
      ['only-etl-a', sha],
      ['only-etl-b', sha],
      ['only-report', next],
    ],
  );
});

test('--keep-paused: a deployment paused, or a schedule turned off, by hand stays so; the plan says it was kept', async () => {
  const schedules = ', schedules: [{cron: "0 6 * * *"}, {interval: 3600}]';
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:\n${deployment('kept-paused', schedules)}${deployment('kept-schedule', schedules)}`,
  });
  const run = cli(root);
  const first = run(['deploy'], 'b1'.repeat(20));
  assert.equal(first.status, 0, first.stderr);
  const [paused, schedule] = await live(['kept-paused', 'kept-schedule']);
  await server.api('PATCH', `/deployments/${paused.id}`, { paused: true });
  const interval = schedule.schedules.find((s) => 'interval' in s.schedule)!;
  await server.api('PATCH', `/deployments/${schedule.id}/schedules/${interval.id}`, { active: false });

  const sha = 'b2'.repeat(20);
  // Without the flag the file wins: both are turned back on.
  const plain = run(['plan', '--json'], sha);
  assert.equal(plain.status, 0, plain.stderr);
  const fields = (out: string) =>
    (
      JSON.parse(out) as { deployments: { name: string; changes: { field: string }[]; notes: string[] }[] }
    ).deployments.map((d) => [d.name, d.changes.map((c) => c.field), d.notes]);
  assert.deepEqual(fields(plain.stdout), [
    ['kept-paused', ['version', 'paused'], []],
    ['kept-schedule', ['version', 'schedules'], []],
  ]);
  const kept = run(['plan', '--keep-paused', '--json'], sha);
  assert.equal(kept.status, 0, kept.stderr);
  assert.deepEqual(fields(kept.stdout), [
    ['kept-paused', ['version'], ['kept paused: it was paused by hand (--keep-paused)']],
    ['kept-schedule', ['version'], ['kept schedule 2 off: it was turned off by hand (--keep-paused)']],
  ]);
  const text = run(['plan', '--keep-paused'], sha);
  assert.match(text.stdout, /kept paused: it was paused by hand/);

  const deploy = run(['deploy', '--keep-paused'], sha);
  assert.equal(deploy.status, 0, deploy.stderr);
  const [p, s] = await live(['kept-paused', 'kept-schedule']);
  assert.deepEqual([p.version, p.paused, p.schedules.every((x) => x.active)], [sha, true, true]);
  assert.deepEqual([s.version, s.paused, s.schedules.map((x) => x.active).sort()], [sha, false, [false, true]]);
});

test('plan --exit-code: 0 when live equals the file, 3 when it differs, 2 for invalid input', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': `deployments:\n${deployment('drift-a')}` });
  const run = cli(root);
  const sha = 'c1'.repeat(20);
  const created = run(['plan', '--exit-code'], sha);
  assert.equal(created.status, 3, `a deployment to create is drift: ${created.stderr}`);
  assert.equal(run(['deploy'], sha).status, 0);
  const same = run(['plan', '--exit-code'], sha);
  assert.equal(same.status, 0, same.stdout);
  assert.equal(run(['plan'], 'c2'.repeat(20)).status, 0, 'without --exit-code a difference exits 0');
  const [d] = await live(['drift-a']);
  await server.api('PATCH', `/deployments/${d.id}`, { description: 'edited in the UI' });
  const edited = run(['plan', '--exit-code', '--json'], sha);
  assert.equal(edited.status, 3, edited.stderr);
  assert.deepEqual(
    (JSON.parse(edited.stdout) as { deployments: { changes: { field: string }[] }[] }).deployments[0].changes.map(
      (c) => c.field,
    ),
    ['description'],
  );
  assert.equal(run(['deploy', '--exit-code'], sha).status, 2, '--exit-code is for plan');
  const invalid = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:nope, work_pool: {name: ops-pool}}\n',
  });
  assert.equal(cli(invalid)(['plan', '--exit-code'], sha).status, 2);
});

test('several deployments files (a glob): each project at its own root; every file validated before any write', async () => {
  const { readFileSync } = await import('node:fs');
  const { repoRoot } = await import('../support/python.js');
  const path = await import('node:path');
  const hello = readFileSync(path.join(repoRoot, 'examples/flows/hello_world.py'), 'utf8');
  const project = (name: string, entrypoint = 'flows/hello_world.py:hello') => ({
    [`projects/${name}/flows/hello_world.py`]: hello,
    [`projects/${name}/prefect.yaml`]: `deployments:\n  - {name: multi-${name}, entrypoint: ${entrypoint}, work_pool: {name: ops-pool}}\n`,
  });
  const run = (root: string, args: string[]) =>
    runCli([...args, '--env', 'dev', '--sha', 'd1'.repeat(20)], root, { PREFECT_API_URL: server.apiUrl, ...github });

  // One project's file is invalid: both are reported, at paths from the working directory, and nothing is written.
  const broken = makeRepo({ ...project('a'), ...project('b', 'flows/hello_world.py:nope') });
  const refused = run(broken, ['deploy', '--file', 'projects/*/prefect.yaml']);
  assert.equal(refused.status, 2, refused.stderr);
  assert.match(refused.stderr, /^projects\/b\/prefect.yaml:2:\d+: function 'nope' not found/m);
  assert.match(refused.stderr, /1 of 2 deployments files are invalid: nothing was written/);
  assert.deepEqual(await live(['multi-a', 'multi-b']), []);

  const root = makeRepo({ ...project('a'), ...project('b') });
  const deploy = run(root, ['deploy', '--file', 'projects/*/prefect.yaml', '--json']);
  assert.equal(deploy.status, 0, deploy.stderr);
  const reports = JSON.parse(deploy.stdout) as { deployments: { name: string; action: string }[] }[];
  assert.deepEqual(
    reports.map((r) => r.deployments.map((d) => [d.name, d.action])),
    [[['multi-a', 'created']], [['multi-b', 'created']]],
  );
  // Each project's entrypoint is relative to its own folder, and so is its code's directory.
  const registered = await server.api<{ name: string; entrypoint: string; pull_steps: unknown[] }[]>(
    'POST',
    '/deployments/filter',
    { deployments: { name: { any_: ['multi-a', 'multi-b'] } } },
  );
  for (const d of registered) {
    assert.equal(d.entrypoint, 'flows/hello_world.py:hello');
    assert.deepEqual(d.pull_steps, [
      {
        'prefect.deployments.steps.set_working_directory': { directory: path.join(root, 'projects', d.name.slice(-1)) },
      },
    ]);
  }
  const plan = run(root, [
    'plan',
    '--file',
    'projects/a/prefect.yaml',
    '--file',
    'projects/b/prefect.yaml',
    '--exit-code',
  ]);
  assert.equal(plan.status, 0, plan.stdout);
  assert.match(plan.stdout, /multi-a +hello +unchanged[\s\S]*multi-b +hello +unchanged/);

  for (const [args, message] of [
    [['deploy', '--file', 'projects/*/prefect.yaml', '--prune'], /--prune with several deployments files/],
    [
      ['deploy', '--file', 'projects/*/prefect.yaml', '--repository', 'x'],
      /--repository with several deployments files needs --root/,
    ],
    [['validate', '--file', 'nowhere/*/prefect.yaml'], /--file 'nowhere\/\*\/prefect.yaml' matches no file/],
  ] as const) {
    const r = run(root, [...args]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
});
