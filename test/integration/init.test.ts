/**
 * `init` end to end (issue 25): a repository of flows gets its files, they validate,
 * and a real Prefect server takes the deploy without a file edited; a second init keeps
 * every file; the workflows pass zizmor and actionlint (scripts/act-infra.sh builds it).
 *
 * The server may be the suite's shared one: the repository (acme/init-flows, so the pool
 * init-flows-pool) and the flows are this file's own, and it reads back only that pool's deployments.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { actionlint } from '../support/actionlint.js';
import { runCli } from '../support/bundles.js';
import { commitAll } from '../support/repo.js';
import { repoRoot } from '../support/python.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const FLOW = (fn: string, extra = '') =>
  `from prefect import flow\n\n\n@flow${extra}\ndef ${fn}(n: int = 1):\n    return n\n`;

/** A repository of flows: two in folders, one decoy in each place init must not walk. */
function flowRepo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ped-init-'));
  const files: Record<string, string> = {
    'flows/ingest.py': FLOW('init_ingest_orders', '(name="init-ingest")'),
    'reports/weekly.py': `${FLOW('init_weekly_report')}\n\ndef helper():\n    return 2\n`,
    'lib/util.py': 'def not_a_flow():\n    return 1\n',
    '.venv/lib/site.py': FLOW('venv_flow'),
    'env/pyvenv.cfg': 'home = /usr/bin\n',
    'env/lib/x.py': FLOW('named_venv_flow'),
    'node_modules/pkg/x.py': FLOW('node_flow'),
    '.hidden/x.py': FLOW('hidden_flow'),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  commitAll(root);
  const git = spawnSync('git', ['remote', 'add', 'origin', 'git@github.com:acme/init-flows.git'], { cwd: root });
  assert.equal(git.status, 0);
  return root;
}

/** The pool init names for the repository acme/init-flows. */
const POOL = 'init-flows-pool';
let server: RunningServer;
let root: string;
let first: ReturnType<typeof runCli>;
before(async () => {
  server = await startPrefectServer({ shared: true });
  // The test creates the pool with the checklist's command, which refuses a pool that exists:
  // an earlier run of this file on the same shared server leaves one.
  if (server.shared)
    await server.api('DELETE', `/work_pools/${POOL}`).catch((e: unknown) => {
      if (!/: 404 /.test(String(e))) throw e;
    });
  root = flowRepo();
  first = runCli(['init'], root, { HOME: root });
});
after(async () => {
  await server?.stop();
});

const WRITTEN = [
  'prefect-deployments-dev.yaml',
  'prefect-deployments-prod.yaml',
  'Dockerfile',
  'requirements.txt',
  '.github/workflows/deploy.yml',
  '.github/workflows/promote.yml',
  '.github/workflows/pull-request.yml',
  '.github/zizmor.yml',
  '.github/aws/trust-policy.json',
  '.github/aws/deploy-role-policy.json',
];

test("init writes the files with the repository's names, from the flows it finds, and prints the checklist", () => {
  assert.equal(first.status, 0, first.stderr);
  for (const f of WRITTEN) assert.match(first.stdout, new RegExp(`^wrote ${f.replace(/\./g, '\\.')}$`, 'm'), f);
  assert.match(
    first.stdout,
    /Found 2 flows:\n {2}init-ingest {2}\(flows\/ingest\.py:init_ingest_orders\)\n {2}init-weekly-report {2}\(reports\/weekly\.py:init_weekly_report\)\n/,
  );
  assert.doesNotMatch(first.stdout, /venv_flow|node_flow|hidden_flow|helper|not_a_flow/);
  assert.match(first.stdout, new RegExp(`prefect work-pool create ${POOL} --type docker`));
  assert.match(first.stdout, /GitHub Environments 'dev', 'prod'/);
  const trust = JSON.parse(readFileSync(path.join(root, '.github/aws/trust-policy.json'), 'utf8'));
  assert.deepEqual(trust.Statement[0].Condition.StringEquals['token.actions.githubusercontent.com:sub'], [
    'repo:acme/init-flows:environment:dev',
    'repo:acme/init-flows:environment:prod',
  ]);
  assert.match(readFileSync(path.join(root, '.github/workflows/deploy.yml'), 'utf8'), /ecr-repository: init-flows$/m);
});

test('the files validate, and deploy registers every flow on a real server without an edit', async () => {
  for (const env of ['dev', 'prod']) {
    const v = runCli(['validate', '--env', env], root, { HOME: root });
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, new RegExp(`prefect-deployments-${env}.yaml: valid, 2 deployments of 2 flows`));
  }
  // The pool as the checklist says, with the server's own Prefect CLI.
  const command = /prefect (work-pool create \S+ --type \S+)/.exec(first.stdout)![1].split(' ');
  server.prefect(command);
  const image = 'registry.example/init-flows:1';
  const d = runCli(['deploy', '--env', 'dev', '--image', image], root, {
    HOME: root,
    PREFECT_API_URL: server.apiUrl,
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  assert.equal(d.status, 0, d.stdout + d.stderr);
  assert.doesNotMatch(d.stderr, /no image variable/);
  const registered = await server.api<
    { name: string; entrypoint: string; work_pool_name: string; job_variables: { image?: string } }[]
  >('POST', '/deployments/filter', { work_pools: { name: { any_: [POOL] } } });
  assert.deepEqual(registered.map((r) => [r.name, r.entrypoint, r.work_pool_name, r.job_variables.image]).sort(), [
    ['init-ingest-dev', 'flows/ingest.py:init_ingest_orders', POOL, image],
    ['init-weekly-report-dev', 'reports/weekly.py:init_weekly_report', POOL, image],
  ]);
});

test('a second init overwrites nothing: every file is listed as kept; --force writes them again', () => {
  const edited = path.join(root, 'Dockerfile');
  writeFileSync(edited, 'FROM scratch\n');
  const again = runCli(['init'], root, { HOME: root });
  assert.equal(again.status, 0, again.stderr);
  assert.doesNotMatch(again.stdout, /^wrote /m);
  for (const f of WRITTEN)
    assert.match(
      again.stdout,
      new RegExp(`^kept ${f.replace(/\./g, '\\.')} \\(it exists; --force overwrites it\\)$`, 'm'),
      f,
    );
  assert.equal(readFileSync(edited, 'utf8'), 'FROM scratch\n');
  const forced = runCli(['init', '--force'], root, { HOME: root });
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(readFileSync(edited, 'utf8'), /^WORKDIR \/opt\/prefect$/m);
});

test('the workflows init wrote pass zizmor and actionlint', () => {
  const workflows = path.join(root, '.github/workflows');
  const z = spawnSync(path.join(repoRoot, 'scripts/zizmor.sh'), [workflows], { encoding: 'utf8' });
  assert.equal(z.status, 0, z.stdout + z.stderr);
  for (const f of ['deploy', 'promote', 'pull-request'])
    assert.match(z.stderr, new RegExp(`completed .*/${f}\\.yml`), f);
  assert.match(z.stdout, /No findings to report/);
  const a = actionlint(['deploy', 'promote', 'pull-request'].map((f) => path.join(workflows, `${f}.yml`)));
  assert.equal(a.status, 0, a.out);
  assert.equal(a.out, '');
});
