/** Servers with basic auth (PREFECT_SERVER_API_AUTH_STRING) and with CSRF protection. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { startPrefectServer, type RunningServer } from '../support/server.js';

const SHA = '3333333333333333333333333333333333333333';
const AUTH = 'admin:s3cret-AUTH-value-7731';
const FILE = 'deployments:\n  - {name: guarded, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n';

describe('a server with an auth string', () => {
  let server: RunningServer;
  before(async () => {
    server = await startPrefectServer({ env: { PREFECT_SERVER_API_AUTH_STRING: AUTH } });
    await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
  });
  after(() => server?.stop());

  test('the right auth string deploys', () => {
    const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
    const r = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--json'], root, {
      PREFECT_API_URL: server.apiUrl,
      PREFECT_API_AUTH_STRING: AUTH,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).deployments[0].action, 'created');
    assert.ok(!(r.stdout + r.stderr).includes('s3cret-AUTH-value-7731'));
  });

  test('a wrong or missing auth string fails clearly, without printing it', async () => {
    const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE.replace('guarded', 'guarded-2') });
    for (const env of [{ PREFECT_API_AUTH_STRING: 'admin:wrong-value-9912' }, {}]) {
      const r = runCli(['deploy', '--env', 'dev', '--sha', SHA], root, { PREFECT_API_URL: server.apiUrl, ...env });
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /GET \/admin\/version: 401/);
      assert.ok(!(r.stdout + r.stderr).includes('wrong-value-9912'));
    }
    const list = await server.api<unknown[]>('POST', '/deployments/filter', {
      deployments: { name: { any_: ['guarded-2'] } },
    });
    assert.equal(list.length, 0);
  });
});

describe('a server with CSRF protection', () => {
  let server: RunningServer;
  before(async () => {
    server = await startPrefectServer({ env: { PREFECT_SERVER_CSRF_PROTECTION_ENABLED: 'true' } });
    await server.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
  });
  after(() => server?.stop());

  test('deploy fetches a CSRF token and registers', async () => {
    const raw = await fetch(`${server.apiUrl}/flows/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    });
    assert.equal(raw.status, 403, 'the server must refuse writes without a token');
    const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
    const r = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--json'], root, { PREFECT_API_URL: server.apiUrl });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).deployments[0].action, 'created');
  });
});
