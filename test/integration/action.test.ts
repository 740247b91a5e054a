/**
 * The bundled action run the way the Actions runner runs it (INPUT_*, GITHUB_* and
 * the output/summary files), against a real Prefect server and the real image
 * components. GitHub's API cannot be reached here: a local server answers the
 * comment calls and checks each request it receives.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runActionAsync } from '../support/bundles.js';
import { imageInfra } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { DATABASES, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'f0'.repeat(20);
const PR_HEAD = 'e1'.repeat(20);
const TOKEN = 'ghs_test-token-value-4471';
const FILE = (env: string) => `deployments:
  - {name: act-hello-${env}, entrypoint: flows/hello_world.py:hello, schedule: {cron: "0 6 * * 1-5", timezone: "America/Chicago"}, work_pool: {name: act-pool}}
`;

let prefect: RunningServer;
let github: Server;
let githubUrl: string;
const comments = new Map<number, { id: number; body: string }>();
const calls: string[] = [];
let failComments = false;

before(async () => {
  imageInfra();
  prefect = await startPrefectServer();
  await prefect.api('POST', '/work_pools/', { name: 'act-pool', type: 'process' });
  let nextId = 1;
  github = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(401, { message: 'Bad credentials' });
      if (failComments) return send(500, { message: 'boom' });
      const list = /^\/repos\/acme\/flows\/issues\/7\/comments\?per_page=100&page=1$/.exec(req.url ?? '');
      if (req.method === 'GET' && list) return send(200, [...comments.values()]);
      const body = raw ? (JSON.parse(raw) as { body?: string }).body : undefined;
      if (req.method === 'POST' && req.url === '/repos/acme/flows/issues/7/comments') {
        if (!body?.startsWith('<!-- prefect-ecr-deploy:')) return send(422, { message: 'no marker' });
        const c = { id: nextId++, body };
        comments.set(c.id, c);
        return send(201, c);
      }
      const patch = /^\/repos\/acme\/flows\/issues\/comments\/(\d+)$/.exec(req.url ?? '');
      if (req.method === 'PATCH' && patch && comments.has(Number(patch[1])) && body) {
        comments.set(Number(patch[1]), { id: Number(patch[1]), body });
        return send(200, comments.get(Number(patch[1])));
      }
      send(404, { message: `unexpected ${req.method} ${req.url}` });
    });
  });
  await new Promise<void>((r) => github.listen(0, '127.0.0.1', r));
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});
after(async () => {
  await prefect?.stop();
  github?.close();
});

function repo(files: Record<string, string> = {}) {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE('dev'),
    'prefect-deployments-prod.yaml': FILE('prod'),
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY flows /opt/prefect/flows\n',
    ...files,
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  return root;
}

async function act(root: string, event: { name: string; ref: string; payload?: unknown }, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const eventPath = path.join(root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));
  const output = path.join(root, `output-${Math.random()}`);
  const summary = path.join(root, `summary-${Math.random()}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    ...imageInfra().env,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: event.ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: githubUrl,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runActionAsync(root, env);
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(output, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { ...r, outputs, summary: readFileSync(summary, 'utf8') };
}

async function live(names: string[], server = prefect) {
  return server.api<{ name: string; version: string; updated: string }[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } });
}

// The push and the promotion on each database; the pull request tests below plan against the SQLite server's result.
for (const database of DATABASES) {
  describe(database, () => {
    let server: RunningServer;
    before(async () => {
      if (database === 'sqlite') return void (server = prefect);
      server = await startPrefectServer({ database });
      await server.api('POST', '/work_pools/', { name: 'act-pool', type: 'process' });
    });
    after(() => (server === prefect ? undefined : server?.stop()));
    const ecrInputs = (srv: RunningServer) => ({ 'prefect-api-url': srv.apiUrl, 'ecr-repository': `act-flows-${RUN}-${database}`, 'create-repository': 'true' });

    test('push to dev builds, pushes and deploys dev; outputs and summary', async () => {
      const r = await act(repo(), { name: 'push', ref: 'refs/heads/dev' }, ecrInputs(server));
      assert.equal(r.status, 0, r.stdout);
      assert.equal(r.outputs.environment, 'dev');
      assert.equal(r.outputs.mode, 'deploy');
      assert.equal(r.outputs.image, `${imageInfra().host}/act-flows-${RUN}-${database}:${SHA}`);
      assert.match(r.outputs['image-digest'], /^sha256:[0-9a-f]{64}$/);
      assert.deepEqual(JSON.parse(r.outputs.deployments).map((d: { name: string; action: string }) => [d.name, d.action]), [['act-hello-dev', 'created']]);
      assert.equal(JSON.parse(r.outputs.plan).sha, SHA);
      assert.match(r.summary, /<!-- prefect-ecr-deploy:dev -->/);
      assert.match(r.summary, /\[`f0f0f0f`\]\(https:\/\/github.com\/acme\/flows\/commit\/f0f0/);
      assert.match(r.summary, /\| `act-hello-dev` \| hello \| 🆕 created \| .* \| at 06:00 on Monday to Friday \(America\/Chicago\) \| \[open\]\(http:\/\/127\.0\.0\.1:\d+\/deployments\/deployment\/[0-9a-f-]+\) \|/);
      assert.match(r.stdout, /::group::docker build/, 'build output streams in a group');
      assert.equal((await live(['act-hello-dev'], server))[0].version, SHA);
    });

    test('workflow_dispatch with promote-from promotes dev to prod without a rebuild', async () => {
      const dev = await act(repo(), { name: 'push', ref: 'refs/heads/dev' }, ecrInputs(server));
      const r = await act(repo(), { name: 'workflow_dispatch', ref: 'refs/heads/main' }, { ...ecrInputs(server), 'promote-from': 'dev', environment: 'prod' });
      assert.equal(r.status, 0, r.stdout);
      assert.equal(r.outputs.mode, 'promote');
      assert.equal(r.outputs.environment, 'prod');
      assert.equal(r.outputs['image-digest'], dev.outputs['image-digest']);
      assert.doesNotMatch(r.stdout, /docker build/);
      assert.equal((await live(['act-hello-prod'], server))[0].version, SHA);
    });
  });
}

test('a pull request plans every environment, writes nothing, and keeps one comment per environment', async () => {
  const before = await live(['act-hello-dev', 'act-hello-prod']);
  const payload = { pull_request: { number: 7, head: { sha: PR_HEAD } } };
  const root = repo({ 'prefect-deployments-dev.yaml': FILE('dev').replace('0 6 * * 1-5', '30 7 * * *') });
  const r = await act(root, { name: 'pull_request', ref: 'refs/pull/7/merge', payload }, { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true' });
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.outputs.mode, 'plan');
  assert.equal(r.outputs.environment, 'dev,prod');
  const plans = JSON.parse(r.outputs.plan) as { environment: string; deployments: { action: string; changes: { field: string }[] }[] }[];
  assert.deepEqual(plans.map((p) => [p.environment, p.deployments[0].action]), [['dev', 'update'], ['prod', 'update']]);
  assert.ok(plans[0].deployments[0].changes.some((c) => c.field === 'schedules'));
  const after = await live(['act-hello-dev', 'act-hello-prod']);
  assert.deepEqual(after.map((d) => d.updated).sort(), before.map((d) => d.updated).sort(), 'a pull request wrote to Prefect');
  assert.deepEqual([...comments.values()].map((c) => c.body.split('\n')[0]), ['<!-- prefect-ecr-deploy:dev -->', '<!-- prefect-ecr-deploy:prod -->']);
  assert.match(comments.get(1)!.body, /✏️ update \| version: "f0f0.*" -> "e1e1.*"<br>schedules: at 06:00 on Monday to Friday \(America\/Chicago\) -> at 07:30 every day \(America\/Chicago\) \| at 07:30 every day/);
  assert.ok(calls.filter((c) => c.startsWith('POST')).length === 2);

  calls.length = 0;
  const again = await act(root, { name: 'pull_request', ref: 'refs/pull/7/merge', payload }, { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true' });
  assert.equal(again.status, 0, again.stdout);
  assert.deepEqual(calls.filter((c) => !c.startsWith('GET')), ['PATCH /repos/acme/flows/issues/comments/1', 'PATCH /repos/acme/flows/issues/comments/2']);
  assert.equal(comments.size, 2);
  for (const c of comments.values()) assert.ok(!c.body.includes(TOKEN));
});

test('a pull request without Prefect credentials validates and says the live comparison was skipped', async () => {
  const payload = { pull_request: { number: 8, head: { sha: PR_HEAD } } };
  const r = await act(repo(), { name: 'pull_request', ref: 'refs/pull/8/merge', payload }, { comment: 'false' }, { PREFECT_API_URL: '' });
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.summary, /Live comparison skipped: no Prefect API URL or credentials/);
  assert.match(r.summary, /\*\*1 deployment\(s\) valid\*\*/);
});

test('invalid files fail the pull request with annotations at file, line and column', async () => {
  const payload = { pull_request: { number: 9, head: { sha: PR_HEAD } } };
  const root = repo({ 'prefect-deployments-dev.yaml': 'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:helo, work_pool: {name: act-pool}}\n' });
  const r = await act(root, { name: 'pull_request', ref: 'refs/pull/9/merge', payload }, { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', comment: 'false' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^::error title=prefect-ecr-deploy,file=prefect-deployments-dev.yaml,line=2,col=27::function 'helo' not found/m);
  assert.match(r.summary, /`prefect-deployments-dev.yaml:2:27` function 'helo' not found/);
});

test('a failing comment API is a warning, not a failure', async () => {
  failComments = true;
  try {
    const payload = { pull_request: { number: 7, head: { sha: PR_HEAD } } };
    const r = await act(repo(), { name: 'pull_request', ref: 'refs/pull/7/merge', payload }, { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' });
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /::warning::could not comment on the pull request for dev: GET \/repos\/acme\/flows\/issues\/7\/comments: 500/);
  } finally {
    failComments = false;
  }
});

test('a push to an unmapped branch deploys nothing and says why', async () => {
  const r = await act(repo(), { name: 'push', ref: 'refs/heads/feature/x' }, { 'prefect-api-url': prefect.apiUrl });
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /::notice::branch 'feature\/x' is not mapped to an environment \(environments: main=prod,dev=dev\); nothing to deploy/);
  assert.equal(r.outputs.mode, 'none');
});
