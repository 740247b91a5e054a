/**
 * The layer cache through GitHub's cache service, with the bundled action on
 * "fresh runners": between runs every image of the repository and the engine's
 * build cache are removed, as on a new machine. A Dockerfile step writes random
 * bytes, so its layer is the same in two images only when one build reused the
 * other's. GitHub's cache service cannot run here: test/support/github-cache.ts
 * stands in for it and checks every request.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runActionAsync } from '../support/bundles.js';
import { startCacheService, type FakeCacheService } from '../support/github-cache.js';
import { freshRunner, imageInfra, manifest } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const REPO = `layer-cache-${RUN}`;
const sha = (c: string) => c.repeat(40);
const URI = () => `${imageInfra().host}/${REPO}`;

let prefect: RunningServer;
let cache: FakeCacheService;
let root: string;
let runnerTemp: string;

const FILE = (env: string) =>
  `deployments:\n  - {name: lc-hello-${env}, entrypoint: flows/hello_world.py:hello, work_pool: {name: lc-pool}}\n`;

before(async () => {
  const { pythonImage } = imageInfra();
  prefect = await startPrefectServer({ shared: true });
  await createWorkPool(prefect, { name: 'lc-pool', type: 'process' });
  cache = await startCacheService();
  // A runner's paths are the same on every run (they are part of the cache version); so are these.
  root = makeRepo({
    'prefect-deployments-dev.yaml': FILE('dev'),
    'prefect-deployments-prod.yaml': FILE('prod'),
    'prefect-deployments-qa.yaml': FILE('qa'),
    Dockerfile: `FROM ${pythonImage}\nRUN ["python3", "-c", "import os; open('/stamp', 'w').write('${RUN} ' + os.urandom(16).hex())"]\nCOPY flows /opt/prefect/flows\n`,
  });
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'ped-runner-temp-'));
});
after(async () => {
  await prefect?.stop();
  await cache?.stop();
});

async function act(
  commit: string,
  event: { name: string; ref: string },
  inputs: Record<string, string> = {},
  serviceEnv: Record<string, string> = cache.env,
) {
  const eventPath = path.join(runnerTemp, 'event.json');
  const output = path.join(runnerTemp, `output-${Math.random()}`);
  writeFileSync(eventPath, '{}');
  writeFileSync(output, '');
  writeFileSync(path.join(runnerTemp, 'summary'), '');
  const env: Record<string, string> = {
    ...imageInfra().env,
    ...serviceEnv,
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REF: event.ref,
    GITHUB_SHA: commit,
    GITHUB_REPOSITORY: 'acme/flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
  };
  const all = {
    'prefect-api-url': prefect.apiUrl,
    'ecr-repository': REPO,
    'create-repository': 'true',
    'build-network': 'host',
    ...inputs,
  };
  for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await runActionAsync(root, env);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  // The runner keeps `::add-mask::` commands out of the log (the action registers the token as a secret).
  const log = (r.stdout + r.stderr).replace(/^::add-mask::.*$/gm, '');
  assert.doesNotMatch(log, new RegExp(cache.token), 'the runtime token never reaches the log');
  return { ...r, image: /^image<<(.+)\n(.+)\n\1$/m.exec(readFileSync(output, 'utf8'))?.[2] };
}

/** The image's layer digests: base, the random RUN step, the flows. */
async function layers(commit: string): Promise<string[]> {
  const m = await manifest(REPO, commit);
  assert.equal(m.status, 200);
  return (JSON.parse(m.body.toString('utf8')) as { layers: { digest: string }[] }).layers.map((l) => l.digest);
}

const KEYS = () => {
  const base = `prefect-ecr-deploy-layers/${imageInfra().host}/${REPO}/native/`;
  return { base, env: (e: string) => `${base}${e}/` };
};

test('a build on a fresh runner starts from the layers the last build saved in the cache service', async () => {
  const { base, env } = KEYS();
  freshRunner(URI());
  const first = await act(sha('a1'), { name: 'push', ref: 'refs/heads/dev' });
  assert.equal(first.image, `${imageInfra().host}/${REPO}:${sha('a1')}`);
  assert.deepEqual(
    cache.calls.map((c) => c.method),
    ['GetCacheEntryDownloadURL', 'CreateCacheEntry', 'FinalizeCacheEntryUpload'],
  );
  assert.deepEqual(cache.calls[0].body.key, env('dev'));
  assert.deepEqual(cache.calls[0].body.restore_keys, [env('dev'), base]);
  assert.equal(cache.entries.length, 1);
  // Keyed by the dependency layers (base and RUN), not by the commit.
  const devKey = cache.entries[0].key;
  assert.match(devKey, new RegExp(`^${env('dev').replace(/[.]/g, '\\.')}[0-9a-f]{32}$`));
  assert.ok(
    cache.entries[0].finalizedSize! > 1_000_000,
    `an archive of the image was uploaded (${cache.entries[0].finalizedSize} bytes)`,
  );
  assert.match(first.stdout, /layer cache: nothing to restore/);
  assert.match(first.stdout, /layer cache: saved /);

  // prod has no image in the registry yet: only the cache service can supply layers.
  freshRunner(URI());
  writeFileSync(path.join(root, 'flows', 'changed.txt'), 'a new commit\n');
  const second = await act(sha('b2'), { name: 'push', ref: 'refs/heads/main' });
  assert.ok(second.stdout.includes(`Cache hit for restore-key: ${devKey}`), second.stdout);
  assert.match(second.stdout, /layer cache: loaded /);
  const step = /^(#\d+) \[2\/3\] RUN \["python3"/m.exec(second.stdout)?.[1];
  assert.ok(step && second.stdout.includes(`\n${step} CACHED\n`), 'the random step came from the cache');
  const [a, b] = [await layers(sha('a1')), await layers(sha('b2'))];
  assert.equal(a.length, 3);
  assert.deepEqual(b.slice(0, 2), a.slice(0, 2), 'base and random layers reused');
  assert.notEqual(b[2], a[2], 'the flows layer is new');
  // prod's image has dev's dependency layers: the same hash under prod's prefix.
  assert.deepEqual(
    cache.entries.map((e) => e.key),
    [devKey, `${env('prod')}${devKey.slice(env('dev').length)}`],
  );

  // A push that changes only flow code: restored, reused, and nothing saved.
  freshRunner(URI());
  writeFileSync(path.join(root, 'flows', 'changed.txt'), 'flow code only\n');
  const calls = cache.calls.length;
  const flowsOnly = await act(sha('a7'), { name: 'push', ref: 'refs/heads/dev' }, { 'layer-cache': 'true' });
  assert.ok(
    flowsOnly.stdout.includes(`layer cache: ${devKey} already holds this image's dependency layers: nothing saved`),
    flowsOnly.stdout,
  );
  assert.deepEqual((await layers(sha('a7'))).slice(0, 2), a.slice(0, 2));
  assert.deepEqual(
    cache.calls.slice(calls).map((c) => c.method),
    ['GetCacheEntryDownloadURL'],
    'no upload',
  );
  assert.equal(cache.entries.length, 2);

  // The control: without the service (a notice, no failure) and without a registry image to start from, the step runs again.
  freshRunner(URI());
  const third = await act(sha('c3'), { name: 'workflow_dispatch', ref: 'refs/heads/main' }, { environment: 'qa' }, {});
  assert.match(third.stdout, /::notice::layer cache: GitHub's cache service is not available/);
  assert.notEqual((await layers(sha('c3')))[1], a[1], 'rebuilt without a cache: new random bytes');
  assert.equal(cache.entries.length, 2, 'nothing saved without the service');

  // The registry's cache: the environment's previous image carries its cache metadata (layer-cache off).
  freshRunner(URI());
  const fourth = await act(sha('d4'), { name: 'push', ref: 'refs/heads/dev' }, { 'layer-cache': 'false' }, {});
  assert.match(fourth.stdout, /importing cache manifest from [^\n]*:dev/);
  assert.doesNotMatch(fourth.stdout, /layer cache:/);
  assert.deepEqual((await layers(sha('d4'))).slice(0, 2), a.slice(0, 2), "reused from the registry's dev image");
  assert.deepEqual(cache.problems, []);
});

test('a plan that builds (build-only) restores the layer cache and saves nothing', async () => {
  const entries = cache.entries.length;
  freshRunner(URI());
  writeFileSync(path.join(root, 'flows', 'changed.txt'), 'a pull request\n');
  const r = await act(
    sha('f6'),
    { name: 'workflow_dispatch', ref: 'refs/heads/dev' },
    { mode: 'plan', environment: 'dev', 'build-only': 'true' },
  );
  assert.match(r.stdout, /layer cache: loaded /);
  assert.match(r.stdout, /built [^\n]*:f6f6[0-9a-f]* \(build only: nothing pushed\)/);
  assert.equal(cache.entries.length, entries, 'nothing saved');
  assert.equal((await manifest(REPO, sha('f6'))).status, 404, 'nothing pushed');
});

test('a cache service that refuses the job: warnings, and the deploy succeeds', async () => {
  const before = { calls: cache.calls.length, entries: cache.entries.length };
  freshRunner(URI());
  const r = await act(
    sha('e5'),
    { name: 'push', ref: 'refs/heads/dev' },
    {},
    { ...cache.env, ACTIONS_RUNTIME_TOKEN: 'not-the-token' },
  );
  assert.match(r.stdout, /::warning::Failed to restore: .*401/);
  assert.match(r.stdout, /layer cache: .* not saved/);
  assert.match(r.stdout, /pushed [^\n]*:e5e5/);
  assert.equal(cache.refused, 2, 'the restore and the save were refused');
  assert.equal(cache.calls.length, before.calls);
  assert.equal(cache.entries.length, before.entries);
  const [d] = await prefect.api<{ version: string }[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['lc-hello-dev'] } },
  });
  assert.equal(d.version, sha('e5'));
});
