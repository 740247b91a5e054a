/**
 * Image stage timings on the real components (run scripts/image-infra.sh first, or
 * `npm run bench:image`, which does): promotion of a ~200 MB image against a ~1 MB
 * one, and the image stage of a re-run for a commit whose image exists.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startPrefectServer } from '../test/support/server.js';
import { imageInfra } from '../test/support/image.js';
import { makeRepo } from '../test/support/repo.js';

const cli = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const infra = imageInfra();
const server = await startPrefectServer();
await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
const run = Date.now().toString(36);

function timed(args: string[], cwd: string): { ms: number; doc: { image: { digest: string } } } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, ...args, '--json'], {
    cwd,
    env: { ...infra.env, PREFECT_API_URL: server.apiUrl },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr.slice(-2000)}`);
  return { ms, doc: JSON.parse(r.stdout) };
}

for (const [label, megabytes] of [
  ['~1 MB', 1],
  ['~200 MB', 200],
] as const) {
  const root = makeRepo({
    'prefect-deployments-dev.yaml':
      'deployments:\n  - {name: bench-image, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
    'prefect-deployments-prod.yaml':
      'deployments:\n  - {name: bench-image-prod, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n',
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY payload /payload\nCOPY flows /opt/prefect/flows\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const payload = Buffer.alloc(megabytes * 1024 * 1024 - 1_100_000 > 0 ? megabytes * 1024 * 1024 - 1_100_000 : 1024);
  randomBytes(Math.min(payload.length, 1 << 20)).copy(payload);
  writeFileSync(path.join(root, 'payload'), payload);
  const repo = `bench-${megabytes}mb-${run}`;
  const sha = (megabytes === 1 ? 'd1' : 'd2').repeat(20);
  const first = timed(['deploy', '--env', 'dev', '--sha', sha, '--repository', repo, '--create-repository'], root);
  const rerun = timed(['deploy', '--env', 'dev', '--sha', sha, '--repository', repo], root);
  const promote = timed(['promote', '--from', 'dev', '--env', 'prod', '--repository', repo], root);
  console.log(
    `${label} image: first build+push+deploy ${(first.ms / 1000).toFixed(2)} s; re-run of the same commit ${(rerun.ms / 1000).toFixed(2)} s (whole run, image stage included); promote dev->prod ${(promote.ms / 1000).toFixed(2)} s (whole run: manifest copy + registering prod)`,
  );
}
await server.stop();
