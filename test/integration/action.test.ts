/**
 * The bundled action run the way the Actions runner runs it (INPUT_*, GITHUB_* and
 * the output/summary files), against a real Prefect server and the real image
 * components. GitHub's API cannot be reached here: a local server answers the
 * comment calls and checks each request it receives.
 */
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runActionAsync, runPost } from '../support/bundles.js';
import { BOT, startGithubApi, type GithubStandIn } from '../support/github-api.js';
import { imageInfra, REGISTRY_PASSWORD } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { repoRoot } from '../support/python.js';
import { createWorkPool, DATABASES, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'f0'.repeat(20);
const PR_HEAD = 'e1'.repeat(20);
const TOKEN = 'ghs_test-token-value-4471';
const FILE = (env: string) => `deployments:
  - {name: act-hello-${env}, entrypoint: flows/hello_world.py:hello, schedule: {cron: "0 6 * * 1-5", timezone: "America/Chicago"}, work_pool: {name: act-pool}}
`;

let prefect: RunningServer;
let github: GithubStandIn;

before(async () => {
  imageInfra();
  prefect = await startPrefectServer({ shared: true });
  await createWorkPool(prefect, { name: 'act-pool', type: 'process' });
  github = await startGithubApi('acme/flows', { [TOKEN]: 'write' });
});
after(async () => {
  await prefect?.stop();
  await github?.close();
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

async function act(
  root: string,
  event: { name: string; ref: string; payload?: unknown },
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const eventPath = path.join(root, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));
  const output = path.join(root, `output-${Math.random()}`);
  const summary = path.join(root, `summary-${Math.random()}`);
  const state = path.join(root, `state-${Math.random()}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(state, '');
  const env: Record<string, string> = {
    ...imageInfra().env,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: event.ref,
    GITHUB_SHA: SHA,
    GITHUB_REPOSITORY: 'acme/flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: github.url,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_STATE: state,
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runActionAsync(root, env);
  const fileCommands = (file: string) => {
    const values: Record<string, string> = {};
    for (const m of readFileSync(file, 'utf8').matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) values[m[1]] = m[3];
    return values;
  };
  return { ...r, outputs: fileCommands(output), state: fileCommands(state), summary: readFileSync(summary, 'utf8') };
}

async function live(names: string[], server = prefect) {
  return server.api<{ name: string; version: string; updated: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: names } },
  });
}

/** The SQLite server and the repository its push used: a plan with skip-image still registers what runs in that image. */
const sqliteEcr = () => ({
  'prefect-api-url': prefect.apiUrl,
  'ecr-repository': `act-flows-${RUN}-sqlite`,
  'create-repository': 'true',
});

// The push and the promotion on each database; the pull request tests below plan against the SQLite server's result.
for (const database of DATABASES) {
  describe(database, () => {
    let server: RunningServer;
    before(async () => {
      if (database === 'sqlite') return void (server = prefect);
      server = await startPrefectServer({ database, shared: true });
      await createWorkPool(server, { name: 'act-pool', type: 'process' });
    });
    after(() => (server === prefect ? undefined : server?.stop()));
    const ecrInputs = (srv: RunningServer) => ({
      'prefect-api-url': srv.apiUrl,
      'ecr-repository': `act-flows-${RUN}-${database}`,
      'create-repository': 'true',
    });

    test('push to dev builds, pushes and deploys dev; outputs and summary', async () => {
      const r = await act(repo(), { name: 'push', ref: 'refs/heads/dev' }, ecrInputs(server));
      assert.equal(r.status, 0, r.stdout);
      assert.equal(r.outputs.environment, 'dev');
      assert.equal(r.outputs.mode, 'deploy');
      assert.equal(r.outputs.image, `${imageInfra().host}/act-flows-${RUN}-${database}:${SHA}`);
      assert.match(r.outputs['image-digest'], /^sha256:[0-9a-f]{64}$/);
      assert.deepEqual(
        JSON.parse(r.outputs.deployments).map((d: { name: string; action: string }) => [d.name, d.action]),
        [['act-hello-dev', 'created']],
      );
      assert.equal(JSON.parse(r.outputs.plan).sha, SHA);
      assert.match(r.summary, /<!-- prefect-ecr-deploy:dev -->/);
      assert.match(r.summary, /\[<code>f0f0f0f<\/code>\]\(https:\/\/github.com\/acme\/flows\/commit\/f0f0/);
      assert.match(
        r.summary,
        /#### Image\n\n<code>[^<]+:f0f0[0-9a-f]+<\/code> \(<code>sha256:[0-9a-f]{12}…<\/code>\) built/,
      );
      assert.match(
        r.summary,
        /\| <code>act-hello-dev<\/code> \| hello \| 🆕 created \| .* \| at 06:00 on Monday to Friday \(America\/Chicago\) \| \[open\]\(http:\/\/127\.0\.0\.1:\d+\/deployments\/deployment\/[0-9a-f-]+\) \|/,
      );
      assert.match(r.stdout, /::group::docker build/, 'build output streams in a group');
      assert.equal((await live(['act-hello-dev'], server))[0].version, SHA);
    });

    test('workflow_dispatch with promote-from promotes dev to prod without a rebuild', async () => {
      const dev = await act(repo(), { name: 'push', ref: 'refs/heads/dev' }, ecrInputs(server));
      const r = await act(
        repo(),
        { name: 'workflow_dispatch', ref: 'refs/heads/main' },
        { ...ecrInputs(server), 'promote-from': 'dev', environment: 'prod' },
      );
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
  const r = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/7/merge', payload },
    { ...sqliteEcr(), 'skip-image': 'true' },
  );
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.outputs.mode, 'plan');
  assert.equal(r.outputs.environment, 'dev,prod');
  const plans = JSON.parse(r.outputs.plan) as {
    environment: string;
    deployments: { action: string; changes: { field: string }[] }[];
  }[];
  assert.deepEqual(
    plans.map((p) => [p.environment, p.deployments[0].action]),
    [
      ['dev', 'update'],
      ['prod', 'update'],
    ],
  );
  assert.ok(plans[0].deployments[0].changes.some((c) => c.field === 'schedules'));
  const after = await live(['act-hello-dev', 'act-hello-prod']);
  assert.deepEqual(
    after.map((d) => d.updated).sort(),
    before.map((d) => d.updated).sort(),
    'a pull request wrote to Prefect',
  );
  assert.deepEqual(
    [...github.comments.values()].map((c) => c.body.split('\n')[0]),
    ['<!-- prefect-ecr-deploy:dev -->', '<!-- prefect-ecr-deploy:prod -->'],
  );
  assert.match(
    github.comments.get(1)!.body,
    /✏️ update \| version: &quot;f0f0.*&quot; -&gt; &quot;e1e1.*&quot;<br>schedules: at 06:00 on Monday to Friday \(America\/Chicago\) -&gt; at 07:30 every day \(America\/Chicago\) \| at 07:30 every day/,
  );
  assert.ok(github.calls.filter((c) => c.startsWith('POST /repos/acme/flows/issues/')).length === 2);

  github.calls.length = 0;
  const again = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/7/merge', payload },
    { ...sqliteEcr(), 'skip-image': 'true' },
  );
  assert.equal(again.status, 0, again.stdout);
  assert.deepEqual(
    github.calls.filter((c) => !c.startsWith('GET')),
    ['PATCH /repos/acme/flows/issues/comments/1 200', 'PATCH /repos/acme/flows/issues/comments/2 200'],
  );
  assert.equal(github.comments.size, 2);
  for (const c of github.comments.values()) assert.ok(!c.body.includes(TOKEN));
});

test('a pull request without Prefect credentials validates and says the live comparison was skipped', async () => {
  const payload = { pull_request: { number: 8, head: { sha: PR_HEAD } } };
  const r = await act(
    repo(),
    { name: 'pull_request', ref: 'refs/pull/8/merge', payload },
    { comment: 'false' },
    { PREFECT_API_URL: '' },
  );
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.summary, /Live comparison skipped: no Prefect API URL or credentials/);
  assert.match(r.summary, /\*\*1 deployment valid\*\*/);
});

test('invalid files fail the pull request with annotations at file, line and column', async () => {
  const payload = { pull_request: { number: 9, head: { sha: PR_HEAD } } };
  const root = repo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: x, entrypoint: flows/hello_world.py:helo, work_pool: {name: act-pool}}\n',
  });
  const r = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/9/merge', payload },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', comment: 'false' },
  );
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    /^::error title=prefect-ecr-deploy,file=prefect-deployments-dev.yaml,line=2,col=27::function 'helo' not found/m,
  );
  assert.match(r.summary, /<code>prefect-deployments-dev.yaml:2:27<\/code> function 'helo' not found/);
});

test('a failing comment API is a warning, not a failure', async () => {
  github.faults.all500 = true;
  try {
    const payload = { pull_request: { number: 7, head: { sha: PR_HEAD } } };
    const r = await act(
      repo(),
      { name: 'pull_request', ref: 'refs/pull/7/merge', payload },
      { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
    );
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /::warning::could not comment on the pull request for dev: GET \/user: 500 boom/);
  } finally {
    github.faults.all500 = false;
  }
});

test('a comment that cannot be posted names the host and the error code', async () => {
  const payload = { pull_request: { number: 7, head: { sha: PR_HEAD } } };
  const inputs = { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' };
  const r = await act(repo(), { name: 'pull_request', ref: 'refs/pull/7/merge', payload }, inputs, {
    GITHUB_API_URL: 'https://api.github.invalid',
  });
  assert.equal(r.status, 0, r.stdout);
  // .invalid never resolves (RFC 6761); without DNS at all the resolver says EAI_AGAIN.
  assert.match(
    r.stdout,
    /^::warning::could not comment on the pull request for dev: GET api\.github\.invalid: getaddrinfo (ENOTFOUND|EAI_AGAIN) api\.github\.invalid$/m,
  );
});

test('an input the tool refuses: named as the input, in the log and the job summary; outputs say nothing ran', async () => {
  const root = repo();
  const r = await act(
    root,
    { name: 'push', ref: 'refs/heads/dev' },
    { 'prefect-api-url': prefect.apiUrl, concurrency: '0' },
  );
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stdout, /^::error::input 'concurrency' must be a whole number from 1 to 64$/m);
  assert.match(
    r.summary,
    /### Prefect deployments · not run\n\n> ❌ input 'concurrency' must be a whole number from 1 to 64/,
  );
  assert.deepEqual(r.outputs, {
    environment: '',
    mode: 'none',
    image: '',
    'image-digest': '',
    deployments: '[]',
    'has-changes': 'false',
    plan: '[]',
  });

  // A glob that matches nothing is named as the workspace sees it, not by the runner's absolute path.
  const glob = await act(
    root,
    { name: 'push', ref: 'refs/heads/dev' },
    { 'prefect-api-url': prefect.apiUrl, 'deployments-file': 'projects/*/prefect.yaml' },
  );
  assert.equal(glob.status, 1, glob.stdout);
  assert.match(glob.stdout, /^::error::input 'deployments-file' 'projects\/\*\/prefect.yaml' matches no file$/m);
  assert.ok(!glob.stdout.includes(root), 'no absolute path');
  assert.equal(glob.outputs.mode, 'none');
});

test("the image input is the image output; 'mode' takes any case", async () => {
  const digest = `sha256:${'7'.repeat(64)}`;
  const image = `${imageInfra().host}/act-given@${digest}`;
  // An environment of its own: the other tests' deployments stay as they left them.
  const root = repo({ 'prefect-deployments-qa.yaml': FILE('qa') });
  const r = await act(
    root,
    { name: 'push', ref: 'refs/heads/dev' },
    { 'prefect-api-url': prefect.apiUrl, image, mode: 'Deploy', environment: 'qa' },
  );
  assert.equal(r.status, 0, r.stdout);
  assert.equal(r.outputs.mode, 'deploy');
  assert.equal(r.outputs.image, image);
  assert.equal(r.outputs['image-digest'], digest);
});

test('a push to an unmapped branch deploys nothing and says why', async () => {
  const r = await act(repo(), { name: 'push', ref: 'refs/heads/feature/x' }, { 'prefect-api-url': prefect.apiUrl });
  assert.equal(r.status, 0, r.stdout);
  assert.match(
    r.stdout,
    /::notice::branch 'feature\/x' is not mapped to an environment \(environments: main=prod,dev=dev\); nothing to deploy/,
  );
  assert.equal(r.outputs.mode, 'none');
});

test('what a pull request sets off only plans: reviews, comments, merge queues, refs/pull', async () => {
  const before = await live(['act-hello-dev']);
  const cases: { name: string; ref: string; payload: unknown }[] = [
    {
      name: 'pull_request_review',
      ref: 'refs/pull/7/merge',
      payload: { pull_request: { number: 7, head: { sha: PR_HEAD } } },
    },
    {
      name: 'pull_request_review_comment',
      ref: 'refs/pull/7/merge',
      payload: { pull_request: { number: 7, head: { sha: PR_HEAD } } },
    },
    { name: 'issue_comment', ref: 'refs/heads/main', payload: { issue: { number: 7, pull_request: { url: 'x' } } } },
    { name: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-7', payload: {} },
    { name: 'workflow_dispatch', ref: 'refs/pull/7/head', payload: {} },
  ];
  for (const event of cases) {
    // An environment input and a deployments file the pull request changed: still only a plan.
    const root = repo({ 'prefect-deployments-dev.yaml': FILE('dev').replace('0 6 * * 1-5', '0 9 * * *') });
    const r = await act(root, event, {
      'prefect-api-url': prefect.apiUrl,
      'skip-image': 'true',
      environment: 'dev',
      comment: 'false',
    });
    assert.equal(r.status, 0, `${event.name}: ${r.stdout}`);
    assert.equal(r.outputs.mode, 'plan', event.name);
    // Asked to deploy: it plans instead, and a warning says so.
    const asked = await act(root, event, {
      'prefect-api-url': prefect.apiUrl,
      'skip-image': 'true',
      environment: 'dev',
      mode: 'deploy',
      comment: 'false',
    });
    assert.equal(asked.status, 0, `${event.name}: ${asked.stdout}`);
    assert.equal(asked.outputs.mode, 'plan', event.name);
    assert.match(
      asked.stdout,
      /^::warning::mode 'deploy' on \S+ \([^)]*\): what a pull request sets off only plans, so this run plans and writes nothing$/m,
    );
    assert.match(asked.summary, /### Prefect deployments · <code>dev<\/code> · plan/);
  }
  assert.deepEqual(
    (await live(['act-hello-dev'])).map((d) => d.updated),
    before.map((d) => d.updated),
    'an event from a pull request wrote to Prefect',
  );
});

test('the sticky comment is only ever one this token wrote that starts with the marker', async () => {
  const payload = { pull_request: { number: 11, head: { sha: PR_HEAD } } };
  github.comments.clear();
  github.comments.set(100, {
    id: 100,
    body: '<!-- prefect-ecr-deploy:dev -->\nforged by someone else',
    user: { login: 'mallory' },
  });
  github.comments.set(101, { id: 101, body: 'quoting: <!-- prefect-ecr-deploy:dev -->', user: { login: BOT } });
  const r = await act(
    repo(),
    { name: 'pull_request', ref: 'refs/pull/11/merge', payload },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
  );
  assert.equal(r.status, 0, r.stdout);
  assert.equal(github.comments.get(100)!.body, '<!-- prefect-ecr-deploy:dev -->\nforged by someone else');
  assert.equal(github.comments.get(101)!.body, 'quoting: <!-- prefect-ecr-deploy:dev -->');
  const ours = [...github.comments.values()].filter((c) => c.id !== 100 && c.id !== 101);
  assert.equal(ours.length, 1);
  assert.ok(ours[0].body.startsWith('<!-- prefect-ecr-deploy:dev -->\n'));
  assert.deepEqual(github.problems, []);
});

test('values cannot forge markers or hide rows; a comment that cannot be updated is marked stale', async () => {
  const payload = { pull_request: { number: 12, head: { sha: PR_HEAD } } };
  github.comments.clear();
  const evil = '<img src=x> <!-- prefect-ecr-deploy:prod --> `c` |';
  const root = repo({
    'prefect-deployments-dev.yaml': FILE('dev').replace('work_pool:', `description: "${evil}", work_pool:`),
  });
  const first = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/12/merge', payload },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
  );
  assert.equal(first.status, 0, first.stdout);
  const [c] = [...github.comments.values()];
  assert.equal(c.body.split('<!--').length - 1, 1, 'one marker only');
  for (const raw of ['<img', '`c`', '` |']) assert.ok(!c.body.includes(raw), `unescaped: ${raw}`);
  assert.ok(c.body.includes('&lt;img src=x&gt; &lt;!-- prefect-ecr-deploy:prod --&gt; &#96;c&#96; &#124;'), c.body);
  // The next commit's plan cannot be written: the old one says it is out of date.
  github.faults.refusePatchContaining = '#### Deployments';
  try {
    const second = await act(
      root,
      { name: 'pull_request', ref: 'refs/pull/12/merge', payload },
      { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
      { GITHUB_RUN_ID: '4242' },
    );
    assert.equal(second.status, 0, second.stdout);
    assert.match(second.stdout, /::warning::could not comment on the pull request for dev: PATCH .*: 500/);
    assert.match(
      github.comments.get(c.id)!.body,
      /^<!-- prefect-ecr-deploy:dev -->\n> ⚠️ \*\*This plan is out of date\*\*.*https:\/\/github.com\/acme\/flows\/actions\/runs\/4242/,
    );
  } finally {
    github.faults.refusePatchContaining = undefined;
  }
});

test('a plan too large for one comment is cut with a note, and the summary keeps all of it', async () => {
  const payload = { pull_request: { number: 13, head: { sha: PR_HEAD } } };
  github.comments.clear();
  const many = Array.from(
    { length: 600 },
    (_, i) =>
      `  - {name: act-many-${i}-${'n'.repeat(60)}, entrypoint: flows/hello_world.py:hello, schedule: {cron: "0 6 * * 1-5"}, work_pool: {name: act-pool}}`,
  ).join('\n');
  const root = repo({ 'prefect-deployments-dev.yaml': `deployments:\n${many}\n` });
  const r = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/13/merge', payload },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
    { GITHUB_RUN_ID: '77' },
  );
  assert.equal(r.status, 0, r.stdout);
  const [c] = [...github.comments.values()];
  assert.ok(c.body.length <= 65_536, `${c.body.length} characters`);
  assert.match(
    c.body,
    /✂️ This report was cut to fit GitHub's size limit: the whole plan is in the job summary of https:\/\/github.com\/acme\/flows\/actions\/runs\/77/,
  );
  assert.ok(r.summary.includes('act-many-599-'), 'the summary has every row');
  assert.ok(r.summary.length > 65_536);
  assert.deepEqual(github.problems, []);
});

test('environment values and Prefect variables are secrets: never in the summary, the comment or the outputs', async () => {
  const payload = { pull_request: { number: 14, head: { sha: PR_HEAD } } };
  github.comments.clear();
  const password = 'hunter2-DISTINCTIVE-db-password';
  const variable = 'DISTINCTIVE-variable-value-77';
  await prefect.api('POST', '/variables/', { name: 'act_token', value: variable });
  const file = `deployments:
  - name: act-secret-dev
    entrypoint: flows/hello_world.py:hello
    description: "{{ prefect.variables.act_token }}"
    parameters: {name: "{{ $DB_PASSWORD }}"}
    work_pool: {name: act-pool, job_variables: {env: {DB_PASSWORD: "{{ $DB_PASSWORD }}", LEVEL: debug}}}
`;
  const root = repo({ 'prefect-deployments-dev.yaml': file });
  const push = await act(
    root,
    { name: 'push', ref: 'refs/heads/dev' },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true' },
    { DB_PASSWORD: password },
  );
  assert.equal(push.status, 0, push.stdout);
  // The pull request changes the password: the plan says so without either value.
  const pr = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/14/merge', payload },
    { 'prefect-api-url': prefect.apiUrl, 'skip-image': 'true', environment: 'dev' },
    { DB_PASSWORD: `${password}-rotated` },
  );
  assert.equal(pr.status, 0, pr.stdout);
  const [c] = [...github.comments.values()];
  assert.match(
    c.body,
    /parameters: changed \(holds a secret-bearing value: not shown\)<br>job&#95;variables: changed \(holds a secret-bearing value: not shown\)/,
  );
  // The runner keeps `::add-mask::` commands out of the log: they are how values get masked.
  const log = (text: string) => text.replace(/^::add-mask::.*$/gm, '');
  const everything = [
    log(push.stdout),
    push.stderr,
    push.summary,
    JSON.stringify(push.outputs),
    log(pr.stdout),
    pr.stderr,
    pr.summary,
    JSON.stringify(pr.outputs),
    c.body,
  ].join('\n');
  for (const secret of [password, variable]) {
    const at = everything.indexOf(secret);
    assert.equal(at, -1, `${secret.slice(0, 8)}... was printed: ${everything.slice(Math.max(0, at - 300), at + 50)}`);
  }
  assert.match(pr.stdout, new RegExp(`::add-mask::${password}-rotated`), 'the runner masks it too');
  // The tool's own credentials are not template values.
  const key = await act(
    repo({ 'prefect-deployments-dev.yaml': file.replace('{{ $DB_PASSWORD }}', '{{ $PREFECT_API_KEY }}') }),
    { name: 'push', ref: 'refs/heads/dev' },
    { 'prefect-api-url': prefect.apiUrl, 'prefect-api-key': 'pnu_DISTINCTIVE-key-in-input', 'skip-image': 'true' },
    { DB_PASSWORD: password },
  );
  assert.equal(key.status, 1);
  assert.match(
    key.stdout,
    /\{\{ \$PREFECT_API_KEY \}\}: the credentials the tool holds are never available to templates/,
  );
  assert.ok(!key.summary.includes('pnu_DISTINCTIVE'));
});

test('the post step logs Docker out of the registry the run logged in to, even after a cancelled job', async () => {
  const dockerConfig = mkdtempSync(path.join(tmpdir(), 'ped-docker-config-'));
  // A repository of its own: the image is built (with a docker login), not found.
  const inputs = {
    'prefect-api-url': prefect.apiUrl,
    'ecr-repository': `act-post-${RUN}`,
    'create-repository': 'true',
  };
  const r = await act(repo(), { name: 'push', ref: 'refs/heads/dev' }, inputs, { DOCKER_CONFIG: dockerConfig });
  assert.equal(r.status, 0, r.stdout);
  const host = imageInfra().host;
  assert.deepEqual(JSON.parse(r.state['docker-logins']), [host], 'the main step saved the registry it logged in to');
  // A cancelled job is killed before its own logout: the credentials stay behind.
  const { spawnSync } = await import('node:child_process');
  const login = spawnSync('docker', ['login', '--username', 'AWS', '--password-stdin', host], {
    input: REGISTRY_PASSWORD,
    env: { ...process.env, DOCKER_CONFIG: dockerConfig },
    encoding: 'utf8',
  });
  assert.equal(login.status, 0, login.stderr);
  const auths = () =>
    Object.keys(
      (JSON.parse(readFileSync(path.join(dockerConfig, 'config.json'), 'utf8')) as { auths?: Record<string, unknown> })
        .auths ?? {},
    );
  assert.ok(auths().includes(host));
  const post = runPost(repo(), { DOCKER_CONFIG: dockerConfig, 'STATE_docker-logins': r.state['docker-logins'] });
  assert.equal(post.status, 0, post.stderr);
  assert.match(post.stdout, new RegExp(`docker logout ${host.replace(/\./g, '\\.')}`));
  assert.ok(existsSync(path.join(dockerConfig, 'config.json')));
  assert.ok(!auths().includes(host), 'the post step left the registry credentials behind');
});

test('root below the workspace: deployments-file is relative to root, annotations to the workspace; has-changes tells drift', async () => {
  const workspace = makeRepo();
  const project = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      const p = path.join(workspace, 'project', name);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, text);
    }
  };
  cpSync(path.join(workspace, 'flows'), path.join(workspace, 'project', 'flows'), { recursive: true });
  project({
    'deploy/dev.yaml':
      'deployments:\n  - {name: sub-x, entrypoint: flows/hello_world.py:helo, work_pool: {name: act-pool}}\n',
  });
  const inputs = {
    'prefect-api-url': prefect.apiUrl,
    'skip-image': 'true',
    root: 'project',
    'deployments-file': 'deploy/dev.yaml',
    environment: 'dev',
  };
  const pr = {
    name: 'pull_request',
    ref: 'refs/pull/11/merge',
    payload: { pull_request: { number: 11, head: { sha: PR_HEAD } } },
  };
  const invalid = await act(workspace, pr, { ...inputs, comment: 'false' });
  assert.equal(invalid.status, 1, invalid.stdout);
  assert.match(
    invalid.stdout,
    /^::error title=prefect-ecr-deploy,file=project\/deploy\/dev.yaml,line=2,col=31::function 'helo' not found/m,
  );
  assert.match(invalid.summary, /<code>project\/deploy\/dev.yaml:2:31<\/code>/);

  project({
    'deploy/dev.yaml':
      'deployments:\n  - {name: sub-x, entrypoint: flows/hello_world.py:hello, work_pool: {name: act-pool}}\n',
  });
  const plan = async () => act(workspace, { name: 'schedule', ref: 'refs/heads/main' }, { ...inputs, mode: 'plan' });
  const before = await plan();
  assert.equal(before.status, 0, before.stdout);
  assert.equal(before.outputs['has-changes'], 'true', 'a deployment to create is a change');
  const deploy = await act(workspace, { name: 'push', ref: 'refs/heads/dev' }, inputs);
  assert.equal(deploy.status, 0, deploy.stdout);
  assert.equal((await live(['sub-x'])).length, 1);
  const after = await plan();
  assert.equal(after.status, 0, after.stdout);
  assert.equal(after.outputs['has-changes'], 'false', 'live equals the file');
  const [d] = await prefect.api<{ id: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['sub-x'] } },
  });
  await prefect.api('PATCH', `/deployments/${d.id}`, { description: 'edited by hand' });
  const drift = await plan();
  assert.equal(drift.outputs['has-changes'], 'true', 'a field changed by hand is drift');
  assert.match(drift.summary, /description/);
});

test('deployments-file with a glob: one section per project in the summary and the comment; one invalid file writes nothing', async () => {
  const hello = readFileSync(path.join(repoRoot, 'examples/flows/hello_world.py'), 'utf8');
  const project = (name: string, entrypoint = 'flows/hello_world.py:hello') => ({
    [`projects/${name}/flows/hello_world.py`]: hello,
    [`projects/${name}/prefect.yaml`]: `deployments:\n  - {name: act-multi-${name}, entrypoint: ${entrypoint}, work_pool: {name: act-pool}}\n`,
  });
  const inputs = {
    'prefect-api-url': prefect.apiUrl,
    'skip-image': 'true',
    'deployments-file': 'projects/*/prefect.yaml',
    environment: 'dev',
  };
  const broken = await act(
    makeRepo({ ...project('a'), ...project('b', 'flows/hello_world.py:nope') }),
    { name: 'push', ref: 'refs/heads/dev' },
    inputs,
  );
  assert.equal(broken.status, 1, broken.stdout);
  assert.match(
    broken.stdout,
    /^::error title=prefect-ecr-deploy,file=projects\/b\/prefect.yaml,line=2,col=\d+::function 'nope' not found/m,
  );
  assert.match(broken.summary, /Not run: another deployments file of this environment is invalid/);
  assert.deepEqual(await live(['act-multi-a', 'act-multi-b']), [], 'nothing written while one file is invalid');

  const root = makeRepo({ ...project('a'), ...project('b') });
  const deploy = await act(root, { name: 'push', ref: 'refs/heads/dev' }, inputs);
  assert.equal(deploy.status, 0, deploy.stdout);
  assert.deepEqual((await live(['act-multi-a', 'act-multi-b'])).map((d) => d.name).sort(), [
    'act-multi-a',
    'act-multi-b',
  ]);
  assert.deepEqual(
    JSON.parse(deploy.outputs.deployments).map((d: { name: string }) => d.name),
    ['act-multi-a', 'act-multi-b'],
  );
  for (const p of ['a', 'b'])
    assert.match(
      deploy.summary,
      new RegExp(`### Prefect deployments · <code>dev</code> · deploy · <code>projects/${p}/prefect.yaml</code>`),
    );

  const pr = {
    name: 'pull_request',
    ref: 'refs/pull/12/merge',
    payload: { pull_request: { number: 12, head: { sha: PR_HEAD } } },
  };
  const plan = await act(root, pr, inputs);
  assert.equal(plan.status, 0, plan.stdout);
  const body = [...github.comments.values()].find((c) => c.body.includes('projects/a/prefect.yaml'))?.body ?? '';
  assert.ok(body.startsWith('<!-- prefect-ecr-deploy:dev -->'), 'one sticky comment for the environment');
  assert.match(body, /projects\/a\/prefect.yaml[\s\S]*projects\/b\/prefect.yaml/);
});

/** A build step that reads its parent's (the tool's) environment from /proc and prints one variable; it leaves a file behind when it runs. */
const probeStep = (variable: string, ran: string) => `build:
  - prefect.deployments.steps.run_shell_script:
      id: probe
      script: /usr/bin/python3 -c "import os, sys; open(sys.argv[1], 'w').write('ran'); env = open(f'/proc/{os.getppid()}/environ', 'rb').read().split(b'\\0'); print(next(e for e in env if e.startswith(b'${variable}=')).split(b'=', 1)[1].decode())" ${ran}
`;

test("a build step never runs where pull-request code meets secrets (the /proc/$PPID/environ probe); the tool's credentials are redacted wherever a step runs", async () => {
  // Markdown shows `_` as an entity: the part after it is what must never be seen.
  const secret = `SECRETprobekey${RUN}`;
  const key = `pnu_${secret}`;
  const ran = path.join(tmpdir(), `ped-probe-ran-${RUN}`);
  const deployment = (description: string) =>
    `deployments:\n  - {name: act-probe-dev, entrypoint: flows/hello_world.py:hello, description: "${description}", work_pool: {name: act-pool}}\n`;
  const inputs = {
    'prefect-api-url': prefect.apiUrl,
    'prefect-api-key': key,
    'skip-image': 'true',
    environment: 'dev',
  };
  const benign = await act(
    repo({ 'prefect-deployments-dev.yaml': deployment('benign-output') }),
    { name: 'push', ref: 'refs/heads/dev' },
    inputs,
  );
  assert.equal(benign.status, 0, benign.stdout);
  const probing = repo({
    'prefect-deployments-dev.yaml': probeStep('INPUT_PREFECT-API-KEY', ran) + deployment('{{ probe.stdout }}'),
  });
  // The runner keeps `::add-mask::` commands out of the log.
  const everything = (r: Awaited<ReturnType<typeof act>>, extra = '') =>
    [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.stderr, r.summary, JSON.stringify(r.outputs), extra].join('\n');

  github.comments.clear();
  const events = [
    { name: 'issue_comment', ref: 'refs/heads/main', payload: { issue: { number: 21, pull_request: { url: 'x' } } } },
    {
      name: 'workflow_run',
      ref: 'refs/heads/main',
      payload: { workflow_run: { event: 'pull_request', pull_requests: [{ number: 21 }] } },
    },
    {
      name: 'workflow_run',
      ref: 'refs/heads/main',
      payload: { workflow_run: { event: 'push', pull_requests: [{ number: 21 }] } },
    },
    {
      name: 'pull_request_review',
      ref: 'refs/pull/21/merge',
      payload: { pull_request: { number: 21, head: { sha: PR_HEAD } } },
    },
  ];
  for (const event of events) {
    const r = await act(probing, event, inputs);
    const what = `${event.name} ${JSON.stringify(event.payload)}`;
    assert.equal(r.status, 0, `${what}: ${r.stdout}`);
    assert.equal(r.outputs.mode, 'plan', what);
    assert.ok(!existsSync(ran), `${what}: the step ran`);
    assert.match(
      r.summary,
      /Build steps not run.*run&#95;shell&#95;script probe \(.*prefect-deployments-dev\.yaml:2\).*fills description of act-probe-dev/,
      what,
    );
    const body = [...github.comments.values()].map((c) => c.body).join('\n');
    assert.ok(!everything(r, body).includes(secret), `${what}: the key was shown`);
    // Asked to deploy, it plans instead and says so: what a pull request sets off only plans.
    const asked = await act(probing, event, { ...inputs, mode: 'deploy' });
    assert.equal(asked.status, 0, `${what}: ${asked.stdout}`);
    assert.equal(asked.outputs.mode, 'plan', what);
    assert.match(asked.stdout, /::warning::mode 'deploy' on .*only plans, so this run plans and writes nothing/, what);
    assert.ok(!existsSync(ran), `${what}: the step ran`);
  }
  assert.ok(github.comments.size > 0, 'the issue comment was answered on its pull request');

  // Where steps run (a push), a step can read what the job holds; the tool's own credentials are still redacted everywhere.
  const planned = await act(probing, { name: 'push', ref: 'refs/heads/dev' }, { ...inputs, mode: 'plan' });
  assert.equal(planned.status, 0, planned.stdout);
  assert.ok(existsSync(ran), 'the step ran on a push');
  assert.ok(!everything(planned).includes(secret), 'the key was shown');
  assert.match(planned.summary, /description: &quot;benign-output&quot; -&gt; &quot;&#42;&#42;&#42;&quot;/);
  assert.match(planned.stdout, new RegExp(`::add-mask::${key}`), 'the runner masks it too');
});

test('a pull request shows a deployment name from the environment as written, never its value', async () => {
  const payload = { pull_request: { number: 13, head: { sha: PR_HEAD } } };
  github.comments.clear();
  const named = FILE('dev').replace('name: act-hello-dev', 'name: "{{ $DEPLOY_STAGE }}-flow"');
  const root = repo({ 'prefect-deployments-dev.yaml': named });
  // A value shorter than the secret registry's minimum: only showing the name as written keeps it out.
  const r = await act(
    root,
    { name: 'pull_request', ref: 'refs/pull/13/merge', payload },
    { ...sqliteEcr(), 'skip-image': 'true', environment: 'dev' },
    { DEPLOY_STAGE: 'qz' },
  );
  assert.equal(r.status, 0, r.stdout);
  const [c] = [...github.comments.values()];
  const plan = JSON.parse(r.outputs.plan) as { deployments: { name: string; action: string }[] };
  assert.deepEqual(
    plan.deployments.map((d) => [d.name, d.action]),
    [['{{ $DEPLOY_STAGE }}-flow', 'create']],
  );
  // As written, escaped as every value in markdown is.
  assert.ok(c.body.includes('| <code>{{ &#36;DEPLOY&#95;STAGE }}-flow</code> | hello | 🆕 create |'), c.body);
  assert.ok(r.summary.includes('<code>{{ &#36;DEPLOY&#95;STAGE }}-flow</code>'), r.summary);
  // The runner keeps `::add-mask::` commands out of the log; the filled name is masked there too.
  assert.match(r.stdout, /^::add-mask::qz-flow$/m);
  const log = r.stdout.replace(/^::add-mask::.*$/gm, '') + r.stderr;
  for (const [where, text] of Object.entries({
    comment: c.body,
    summary: r.summary,
    log,
    outputs: JSON.stringify(r.outputs),
  })) {
    assert.ok(!text.includes('qz-flow'), `the name's value reached the ${where}`);
  }
  assert.deepEqual(await live(['qz-flow']), [], 'a pull request wrote to Prefect');
});
