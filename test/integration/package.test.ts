/**
 * The CLI installs as the README says: `npm pack` of this checkout, the tarball installed into
 * an empty folder with an empty npm cache and no network (so the package may have no
 * dependencies: the bundles hold everything), then `npx prefect-ecr-deploy` run there.
 * Runs the committed dist/ (`npm run bundle` first), as a published package would hold it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../support/python.js';
import { copyTree } from '../support/repo.js';

const work = mkdtempSync(path.join(tmpdir(), 'ped-package-'));
const app = path.join(work, 'app');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };

// Nothing from the user's npm setup or the test runner's npm: an empty cache, offline, no scripts.
const env: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: work,
  npm_config_cache: path.join(work, 'cache'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_ignore_scripts: 'true',
};

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 180_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, all: `${r.stdout}\n${r.stderr}` };
}

let packed: { filename: string; files: { path: string }[] };

before(() => {
  const r = run('npm', ['pack', '--json', '--pack-destination', work], repoRoot);
  assert.equal(r.status, 0, r.all);
  packed = (JSON.parse(r.stdout) as (typeof packed)[])[0];
  mkdirSync(app);
  const install = run('npm', ['install', '--save-dev', path.join(work, packed.filename)], app);
  assert.equal(install.status, 0, install.all);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the bundles, the schema and action.yml, and no sources or tests', () => {
  const files = packed.files.map((f) => f.path);
  for (const f of [
    'package.json',
    'README.md',
    'LICENSE',
    'action.yml',
    'dist/cli/index.js',
    'dist/cli/tree-sitter-python.wasm',
    'schema/prefect-deployments.schema.json',
  ]) {
    assert.ok(files.includes(f), f);
  }
  assert.deepEqual(
    files.filter((f) => /^(src|test|bench|scripts|examples)\//.test(f)),
    [],
  );
});

test('the published package.json: public, a bin, files, engines, provenance, and no runtime dependencies', () => {
  const installed = JSON.parse(
    readFileSync(path.join(app, 'node_modules', pkg.name, 'package.json'), 'utf8'),
  ) as Record<string, unknown>;
  assert.equal(installed.private, undefined);
  assert.deepEqual(installed.bin, { 'prefect-ecr-deploy': 'dist/cli/index.js' });
  assert.ok(Array.isArray(installed.files));
  assert.deepEqual(installed.engines, { node: '>=20' });
  assert.deepEqual(installed.publishConfig, { access: 'public', provenance: true });
  assert.match((installed.repository as { url: string }).url, /github\.com\/prefect-ecr-deploy\/prefect-ecr-deploy/);
  assert.equal(installed.dependencies, undefined);
  // Offline with an empty cache: the package is all that was installed.
  assert.deepEqual(
    readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.')),
    [pkg.name],
  );
});

test('npx prefect-ecr-deploy --version runs the installed CLI', () => {
  const r = run('npx', ['prefect-ecr-deploy', '--version'], app);
  assert.equal(r.status, 0, r.all);
  assert.equal(r.stdout.trim(), `prefect-ecr-deploy ${pkg.version}`);
});

test('npx prefect-ecr-deploy validate checks a flows repository from the install folder', () => {
  copyTree(path.join(repoRoot, 'examples/flows'), path.join(app, 'flows'));
  cpSync(path.join(repoRoot, 'examples/prefect-deployments-dev.yaml'), path.join(app, 'prefect-deployments-dev.yaml'));
  const ok = run('npx', ['prefect-ecr-deploy', 'validate', '--env', 'dev', '--json'], app);
  assert.equal(ok.status, 0, ok.all);
  const report = JSON.parse(ok.stdout) as { valid: boolean; deployments: { name: string; flow: string }[] };
  assert.equal(report.valid, true);
  assert.deepEqual(
    report.deployments.map((d) => `${d.flow}/${d.name}`),
    ['hello/hello-dev', 'nightly-etl/etl-dev'],
  );

  // It reads the flows (the bundled Python grammar loads): a parameter the flow does not take is placed.
  writeFileSync(
    path.join(app, 'prefect-deployments-prod.yaml'),
    'deployments:\n  - name: x\n    entrypoint: flows/hello_world.py:hello\n    parameters: {nubmer: 1}\n    work_pool: {name: p}\n',
  );
  const bad = run('npx', ['prefect-ecr-deploy', 'validate', '--env', 'prod'], app);
  assert.equal(bad.status, 2, bad.all);
  assert.match(bad.all, /prefect-deployments-prod\.yaml:4:\d+: .*nubmer.*number/);
});

test('the release workflow publishes this package to npm with provenance, after the dist/ check, the token only in the environment', () => {
  const wf = parse(readFileSync(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
    jobs: Record<
      string,
      {
        needs?: string;
        environment?: string;
        permissions: Record<string, string>;
        steps: { uses?: string; with?: Record<string, unknown>; run?: string; env?: Record<string, string> }[];
      }
    >;
  };
  const job = wf.jobs.npm;
  assert.equal(job.needs, 'major-tag', 'publishes only what scripts/release.sh checked');
  assert.deepEqual(job.permissions, { contents: 'read', 'id-token': 'write' });
  assert.equal(job.environment, 'npm');
  assert.equal(job.steps[0].with?.ref, '${{ github.event.release.tag_name }}');
  const publish = job.steps.find((s) => s.run?.includes('npm publish'))!;
  assert.match(publish.run!, /^npm publish --provenance --access public$/m);
  assert.equal(publish.env?.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
  assert.doesNotMatch(publish.run!, /\$\{\{/, 'no expression reaches the shell');
  assert.ok(!job.steps.some((s) => s.uses?.startsWith('actions/setup-node')), 'no action cache feeds a release');
});
