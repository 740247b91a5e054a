/**
 * Rollback through the bundled CLI, on the real image components (dockerd, the TLS
 * registry under the ECR hostname, moto for ECR and S3) and a Prefect server: commit A
 * is deployed, then commit B, then A again from A's checkout. The rollback builds and
 * uploads nothing (A's image by digest, A's code folder), registers A's SHA, and its
 * plan says rollback with B's commit; a shallow clone says it cannot tell.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, createBucket, s3Keys } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { blobUploads, imageInfra, manifest } from '../support/image.js';
import { commitAll, makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-rollback-${RUN}`;
const REPO = `rollback-${RUN}`;
const NAMES = [`rb-${RUN}-etl`, `rb-${RUN}-hello`];
const FILE = `deployments:
  - {name: ${NAMES[1]}, entrypoint: flows/hello_world.py:hello, work_pool: {name: rollback-pool}}
  - {name: ${NAMES[0]}, entrypoint: flows/etl.py:run_etl, parameters: {source: s}, work_pool: {name: rollback-pool}}
`;

let server: RunningServer;
before(async () => {
  imageInfra();
  createBucket(BUCKET);
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: 'rollback-pool', type: 'process' });
});
after(() => server?.stop());

const layout = ['--env', 'dev', '--repository', REPO, '--code-storage', `s3://${BUCKET}/code`, '--json'];

interface Report {
  sha: string;
  image: { built: boolean; digest: string; uri: string };
  codeStorage: { uploaded: number; missing: number };
  deployments: {
    name: string;
    action: string;
    rollback?: { from: string; to: string; undone: string[]; more: number };
    versionMove?: { kind: string; why: string };
  }[];
}

function cli(root: string, args: string[]): { report: Report; stderr: string } {
  const r = runCli([...args, ...layout], root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl });
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  return { report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

const versions = async () =>
  (
    await server.api<{ name: string; version: string }[]>('POST', '/deployments/filter', {
      deployments: { name: { any_: NAMES } },
    })
  )
    .map((d) => [d.name, d.version])
    .sort((x, y) => x[0].localeCompare(y[0]));

function git(root: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim();
}

test('A, B, then A again: no build, no upload, version A, the plan says rollback and lists B', async () => {
  const root = makeRepo({
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY flows /opt/prefect/flows\n',
    'prefect-deployments-dev.yaml': FILE,
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const a = commitAll(root, 'A: the release to come back to');
  const first = cli(root, ['deploy', '--sha', a, '--create-repository']).report;
  assert.equal(first.image.built, true);
  assert.ok(first.codeStorage.uploaded > 0);
  const digestA = first.image.digest;

  appendFileSync(path.join(root, 'flows/hello_world.py'), '\n# B: a change to undo\n');
  const b = commitAll(root, 'B: a change that broke dev');
  const second = cli(root, ['deploy', '--sha', b]).report;
  assert.equal(second.image.built, true);
  assert.notEqual(second.image.digest, digestA);
  assert.ok(second.codeStorage.uploaded > 0);
  assert.deepEqual(await versions(), [
    [NAMES[0], b],
    [NAMES[1], b],
  ]);
  for (const d of second.deployments) assert.equal(d.rollback, undefined, 'a deploy forward is no rollback');

  // The rollback's checkout is A's; its SHA given as the workflow's input (abbreviated here: the checkout expands it).
  const branch = git(root, 'rev-parse', '--abbrev-ref', 'HEAD');
  git(root, 'checkout', '-q', '--detach', a);
  const uploads = blobUploads(REPO);
  const objects = s3Keys(BUCKET);

  const plan = cli(root, ['plan', '--sha', a]).report;
  for (const d of plan.deployments) {
    assert.equal(d.action, 'update', d.name);
    assert.equal(d.rollback?.from, b);
    assert.equal(d.rollback?.undone.length, 1);
    assert.match(d.rollback!.undone[0], new RegExp(`^${b.slice(0, 7)}[0-9a-f]* B: a change that broke dev$`));
  }
  const text = runCli(['plan', '--sha', a, ...layout.filter((f) => f !== '--json')], root, {
    ...awsEnv(),
    PREFECT_API_URL: server.apiUrl,
  });
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, new RegExp(`${NAMES[1]} +hello +rollback`));
  assert.match(
    text.stdout,
    new RegExp(
      `Rollback: .* run ${b.slice(0, 12)}, newer than ${a.slice(0, 12)} .*would undo 1 commit:\\n {2}${b.slice(0, 7)}`,
    ),
  );

  const { report: back, stderr } = cli(root, ['deploy', '--sha', a.slice(0, 7)]);
  assert.equal(back.sha, a);
  assert.equal(back.image.built, false);
  assert.equal(back.image.digest, digestA, "A's image, reused");
  assert.equal(back.image.uri, `${imageInfra().host}/${REPO}:${a}`);
  assert.doesNotMatch(stderr, /docker build|docker push/);
  assert.equal(blobUploads(REPO), uploads, 'nothing was pushed to the registry');
  assert.equal((await manifest(REPO, 'dev')).digest, digestA, "dev's tag points at A's image again");
  assert.equal(back.codeStorage.uploaded, 0);
  assert.equal(back.codeStorage.missing, 0);
  assert.deepEqual(s3Keys(BUCKET), objects, 'nothing was uploaded to S3');
  assert.deepEqual(await versions(), [
    [NAMES[0], a],
    [NAMES[1], a],
  ]);
  for (const d of back.deployments) {
    assert.equal(d.action, 'updated', d.name);
    assert.deepEqual(d.rollback && { from: d.rollback.from, to: d.rollback.to, more: d.rollback.more }, {
      from: b,
      to: a,
      more: 0,
    });
  }
  assert.match(
    stderr,
    new RegExp(`rollback: .* run ${b.slice(0, 12)}, newer than ${a.slice(0, 12)}; this deploy undoes 1 commit`),
  );

  // A shallow clone of B (actions/checkout's default) cannot see A, which runs now: it says so, and does not guess.
  const shallow = mkdtempSync(path.join(tmpdir(), 'ped-rollback-shallow-'));
  git(shallow, 'clone', '-q', '--depth', '1', '--branch', branch, `file://${root}`, '.');
  const blind = cli(shallow, ['plan', '--sha', b]).report;
  for (const d of blind.deployments) {
    assert.equal(d.rollback, undefined, d.name);
    assert.equal(d.versionMove?.kind, 'unknown', JSON.stringify(d));
    assert.match(
      d.versionMove!.why,
      /is not in this clone \(a shallow clone: fetch the whole history, fetch-depth: 0\)/,
    );
  }
});
