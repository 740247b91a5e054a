/**
 * The image stage on a fresh runner, with a Dockerfile step that takes ~15 s and
 * writes ~120 MB (a dependency install): a new commit built with no cache, with the
 * registry's cache (the environment's previous image), and with the layer cache in
 * GitHub's cache service (test/support/github-cache.ts stands in for it: nothing of
 * GitHub runs here). Whole runs of the bundled action, Prefect registration included.
 * Run scripts/image-infra.sh first, or `npm run bench:layer-cache`, which does.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runActionAsync } from '../test/support/bundles.js';
import { startCacheService } from '../test/support/github-cache.js';
import { freshRunner, imageInfra } from '../test/support/image.js';
import { makeRepo } from '../test/support/repo.js';
import { startPrefectServer } from '../test/support/server.js';

const infra = imageInfra();
const run = Date.now().toString(36);
const repository = `bench-layers-${run}`;
const server = await startPrefectServer();
await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
const cache = await startCacheService();
const file = (env: string) =>
  `deployments:\n  - {name: bench-layers-${env}, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n`;
const install = `import os, time; time.sleep(15); open('/deps', 'wb').write(os.urandom(120 << 20)); print('${run}')`;
const root = makeRepo({
  'prefect-deployments-dev.yaml': file('dev'),
  'prefect-deployments-prod.yaml': file('prod'),
  'prefect-deployments-qa.yaml': file('qa'),
  Dockerfile: `FROM ${infra.pythonImage}\nRUN ["python3", "-c", "${install}"]\nCOPY flows /opt/prefect/flows\n`,
});
const runnerTemp = mkdtempSync(path.join(tmpdir(), 'bench-runner-temp-'));

async function action(commit: string, environment: string, layerCache: boolean): Promise<number> {
  const output = path.join(runnerTemp, 'output');
  writeFileSync(output, '');
  writeFileSync(path.join(runnerTemp, 'summary'), '');
  writeFileSync(path.join(runnerTemp, 'event.json'), '{}');
  const env: Record<string, string> = {
    ...infra.env,
    ...(layerCache ? cache.env : {}),
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: path.join(runnerTemp, 'event.json'),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: commit.repeat(20),
    GITHUB_REPOSITORY: 'acme/flows',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary'),
    'INPUT_PREFECT-API-URL': server.apiUrl,
    'INPUT_ECR-REPOSITORY': repository,
    'INPUT_CREATE-REPOSITORY': 'true',
    'INPUT_BUILD-NETWORK': 'host',
    INPUT_ENVIRONMENT: environment,
    'INPUT_LAYER-CACHE': String(layerCache),
  };
  writeFileSync(path.join(root, 'flows', 'commit.txt'), commit);
  freshRunner(`${infra.host}/${repository}`);
  const start = process.hrtime.bigint();
  const r = await runActionAsync(root, env);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${environment} ${commit} failed:\n${r.stdout.slice(-3000)}`);
  return ms;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const seed = await action('a1', 'dev', true);
const none = await action('b2', 'qa', false);
const registry = await action('c3', 'dev', false);
const layers = await action('d4', 'prod', true);
const entry = cache.entries[0];
console.log(
  `archive in the cache service: ${(entry.finalizedSize! / 1e6).toFixed(0)} MB (uploaded as ${cache.blobCalls.filter((c) => c === 'block').length} blocks)`,
);
console.log(
  `fresh runner, a new commit, whole action run: no cache ${s(none)}; registry cache ${s(registry)}; GitHub layer cache ${s(layers)}`,
);
console.log(`first build, which also saves the cache: ${s(seed)}`);

// 20 pushes to one environment, each a commit that changes only flow code, each on a fresh runner.
const PUSHES = 20;
const before = cache.entries.reduce((n, e) => n + (e.finalizedSize ?? 0), 0);
const entriesBefore = cache.entries.length;
const started = process.hrtime.bigint();
for (let i = 0; i < PUSHES; i++) await action((0xe0 + i).toString(16), 'dev', true);
const pushMs = Number(process.hrtime.bigint() - started) / 1e6;
const written = cache.entries.reduce((n, e) => n + (e.finalizedSize ?? 0), 0) - before;
console.log(
  `${PUSHES} flow-code pushes to dev on fresh runners: ${(written / 1e6).toFixed(0)} MB written to the cache in ${cache.entries.length - entriesBefore} new entries; ${s(pushMs / PUSHES)} a push`,
);
if (cache.problems.length) throw new Error(`the cache service saw problems: ${cache.problems.join('; ')}`);
await cache.stop();
await server.stop();
