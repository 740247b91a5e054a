/**
 * Connection problems, answered fast and clearly by the bundled CLI: nothing listening,
 * a URL without /api in front of a real Prefect server, a server that accepts requests
 * and never answers (bounded by --timeout), and a URL with a password in it (refused
 * before any request, never echoed). Only the /api test reaches the Prefect server, for one read:
 * a shared server will do, and the file's names are its own.
 */
import assert from 'node:assert/strict';
import { createServer, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { runCliAsync } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { freePort, serverWithPool, type RunningServer } from '../support/server.js';

const SHA = 'c0'.repeat(20);
const POOL = 'connection-pool';
const FILE = `deployments:\n  - {name: connection, entrypoint: flows/hello_world.py:hello, work_pool: {name: ${POOL}}}\n`;

let server: RunningServer;
before(async () => {
  server = await serverWithPool('sqlite', POOL, { shared: true });
});
after(() => server?.stop());

async function deploy(apiUrl: string, args: string[] = []) {
  const started = Date.now();
  const r = await runCliAsync(['deploy', '--file', 'd.yaml', '--sha', SHA, ...args], makeRepo({ 'd.yaml': FILE }), {
    PREFECT_API_URL: apiUrl,
  });
  return { ...r, seconds: (Date.now() - started) / 1000 };
}

test('nothing listening: given up within seconds, asking whether the server is running', async () => {
  const url = `http://127.0.0.1:${await freePort()}/api`;
  const r = await deploy(url);
  assert.equal(r.status, 1);
  assert.match(
    r.stderr,
    new RegExp(`GET /admin/version: connection refused: is the server running at ${url.replace(/[.]/g, '\\.')}\\?`),
  );
  // Seconds, not the two minutes of --max-retry-seconds: a refused connection is not retried as a busy server is.
  // (Bounded loosely: the integration tier runs three files at once on two cores.)
  assert.ok(r.seconds < 30, `took ${r.seconds} s`);
});

test('a real Prefect server without /api in the URL: told to append /api, not taken for Prefect Cloud', async () => {
  const base = server.apiUrl.replace(/\/api$/, '');
  const r = await deploy(base);
  assert.equal(r.status, 1);
  assert.ok(
    r.stderr.includes(`no Prefect API at ${base}: the Prefect API is under /api: append /api to the URL (${base}/api)`),
    r.stderr,
  );
  assert.doesNotMatch(r.stdout + r.stderr, /cloud/i);
  assert.ok(r.seconds < 10, `took ${r.seconds} s`);
});

test('a server that accepts requests and never answers: the run ends at its --timeout, saying so', async () => {
  const sockets: Socket[] = [];
  const silent = createServer((s) => sockets.push(s));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/api`;
  try {
    const r = await deploy(url, ['--timeout', '3']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /timed out: the run passed its 3 s deadline \(--timeout\) before anything was written/);
    // The deadline, then the grace period for requests in flight.
    assert.ok(r.seconds >= 3 && r.seconds < 15, `took ${r.seconds} s`);
  } finally {
    for (const s of sockets) s.destroy();
    silent.close();
  }
});

test('a URL with a user name and password is refused before any request, and never printed', async () => {
  let connections = 0;
  const listener = createServer((s) => {
    connections++;
    s.destroy();
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  const port = (listener.address() as { port: number }).port;
  try {
    const r = await deploy(`http://admin:Secret-In-URL-9911@127.0.0.1:${port}/api`);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /the Prefect API URL must not contain a user name or password/);
    assert.ok(!(r.stdout + r.stderr).includes('Secret-In-URL-9911'));
    assert.ok(!(r.stdout + r.stderr).includes('admin:'));
    assert.equal(connections, 0);
  } finally {
    listener.close();
  }
});
