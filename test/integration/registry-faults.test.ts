/**
 * Faults on the registry path of the image stage: the tool's registry requests
 * (HEAD, GET and PUT of manifests) go through a proxy that injects 5xx, 429 and
 * connection resets; the image stage converges, and an always-failing write ends
 * with a clear error naming it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCliAsync } from '../support/bundles.js';
import { imageInfra, manifest, REGISTRY_PASSWORD } from '../support/image.js';
import { startRegistryFaultProxy, type RegistryFaultProxy } from '../support/registry-fault-proxy.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const REGISTRY_ID = '999999999999';
let server: RunningServer;

before(async () => {
  imageInfra();
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: 'pool', type: 'process' });
});
after(async () => {
  await server?.stop();
});

function repo(prefix: string) {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:\n  - {name: ${prefix}-dev, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n`,
    'prefect-deployments-prod.yaml': `deployments:\n  - {name: ${prefix}-prod, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n`,
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  return root;
}

/** Through the faulty registry name (registry id 999999999999); both names share one storage. */
const cli = (root: string, args: string[]) =>
  runCliAsync([...args, '--registry-id', REGISTRY_ID, '--json'], root, {
    ...imageInfra().env,
    PREFECT_API_URL: server.apiUrl,
  });

/** Test setup, not the code under test: an image for `sha` pushed with the docker CLI under the normal name. */
function pushImage(root: string, name: string, sha: string): string {
  const uri = `${imageInfra().host}/${name}:${sha}`;
  const docker = (args: string[], input?: string) => {
    const r = spawnSync('/usr/bin/docker', args, {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, DOCKER_BUILDKIT: '1' },
    });
    assert.equal(r.status, 0, `docker ${args[0]}: ${r.stderr}`);
  };
  docker(['build', '--label', `org.opencontainers.image.revision=${sha}`, '--tag', uri, '.']);
  docker(['login', '--username', 'AWS', '--password-stdin', imageInfra().host], REGISTRY_PASSWORD);
  docker(['push', uri]);
  return uri;
}

async function withProxy<T>(
  options: Parameters<typeof startRegistryFaultProxy>[0],
  fn: (p: RegistryFaultProxy) => Promise<T>,
): Promise<T> {
  const p = await startRegistryFaultProxy(options);
  try {
    return await fn(p);
  } finally {
    await p.close();
  }
}

test('the skip check, tagging and promotion converge through 30% registry faults', async () => {
  const root = repo('rf');
  const name = `rf-${RUN}`;
  const sha = 'ab'.repeat(20);
  pushImage(root, name, sha);
  const digest = (await manifest(name, sha)).digest;

  await withProxy({ rate: 0.3, seed: 7 }, async (p) => {
    const tagged = await cli(root, [
      'deploy',
      '--env',
      'dev',
      '--sha',
      sha,
      '--repository',
      name,
      '--create-repository',
      '--tag',
      'qa',
    ]);
    assert.equal(tagged.status, 0, tagged.stderr);
    assert.equal(JSON.parse(tagged.stdout).image.built, false, 'the existing image was found through the faults');
    assert.deepEqual(JSON.parse(tagged.stdout).image.tagsWritten, ['qa']);
    const promoted = await cli(root, ['promote', '--from', 'qa', '--env', 'prod', '--repository', name]);
    assert.equal(promoted.status, 0, promoted.stderr);
    assert.equal(JSON.parse(promoted.stdout).sha, sha, 'the revision label was read through the faults');
    assert.equal(JSON.parse(promoted.stdout).image.digest, digest);
    const injected = ['500', '503', '429', 'reset'].reduce((n, k) => n + p.stats[k], 0);
    console.log(`registry faults injected: ${injected} ${JSON.stringify(p.stats)}`);
    assert.ok(injected >= 3, `only ${injected} registry faults were injected`);
  });
  for (const tag of [sha, 'qa', 'prod']) assert.equal((await manifest(name, tag)).digest, digest, tag);
});

test('an always-failing registry write ends with a clear error, and nothing is registered', async () => {
  const root = repo('rf-fail');
  const name = `rf-fail-${RUN}`;
  const sha = 'cd'.repeat(20);
  pushImage(root, name, sha);
  await withProxy(
    { rate: 0, seed: 1, alwaysFail: (method, url) => method === 'PUT' && url.endsWith('/manifests/prod') },
    async () => {
      assert.equal(
        (await cli(root, ['deploy', '--env', 'dev', '--sha', sha, '--repository', name, '--create-repository'])).status,
        0,
      );
      const r = await cli(root, ['promote', '--from', 'dev', '--env', 'prod', '--repository', name]);
      assert.equal(r.status, 1);
      assert.match(
        r.stderr,
        /PUT https:\/\/999999999999\.dkr\.ecr\.us-east-1\.amazonaws\.com\/v2\/rf-fail-[a-z0-9]+\/manifests\/prod: gave up after 8 attempts: 503/,
      );
    },
  );
  const prod = await server.api<unknown[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['rf-fail-prod'] } },
  });
  assert.equal(prod.length, 0, 'prod was registered although its image tag failed');
});
