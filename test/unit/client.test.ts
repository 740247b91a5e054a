/** The client's retry rules, against a local HTTP server that misbehaves on purpose. */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { PrefectApiError, PrefectClient } from '../../src/prefect/client.js';
import { AdaptiveLimit } from '../../src/prefect/limiter.js';

async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  let n = 0;
  const server = createServer((req, res) => handler(req, res, ++n));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { url, count: () => n, close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

test('429 with Retry-After is honoured, then the request succeeds', async () => {
  const times: number[] = [];
  const s = await serve((_req, res, n) => {
    times.push(Date.now());
    if (n === 1) {
      res.writeHead(429, { 'retry-after': '1' }).end('{"detail":"slow down"}');
    } else res.writeHead(200, { 'content-type': 'application/json' }).end('"3.8.8"');
  });
  const client = new PrefectClient({ apiUrl: s.url });
  assert.equal(await client.request('GET', '/admin/version'), '3.8.8');
  assert.ok(times[1] - times[0] >= 950, `waited only ${times[1] - times[0]} ms`);
  await s.close();
});

test('503s and connection resets are retried with backoff; 4xx are not', async () => {
  const s = await serve((req, res, n) => {
    if (req.url!.endsWith('/flaky') && n <= 2) return n === 1 ? res.writeHead(503).end() : req.socket.destroy();
    if (req.url!.endsWith('/missing')) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Work pool \\"x\\" not found."}');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  const client = new PrefectClient({ apiUrl: s.url });
  assert.deepEqual(await client.request('POST', '/flaky', { secret: 'body-value-123' }), { ok: true });
  const before = s.count();
  await assert.rejects(client.request('POST', '/missing', { secret: 'body-value-123' }), (e: unknown) => {
    assert.ok(e instanceof PrefectApiError);
    assert.equal(e.message, 'POST /missing: 404 Work pool "x" not found.');
    assert.ok(!e.message.includes('body-value-123'));
    return true;
  });
  assert.equal(s.count() - before, 1, '404 must not be retried');
  await s.close();
});

test('a path that always fails ends within the retry budget with a clear error', async () => {
  const s = await serve((_req, res) => res.writeHead(502).end());
  const client = new PrefectClient({ apiUrl: s.url, maxRetryMs: 1500 });
  const started = Date.now();
  await assert.rejects(client.request('GET', '/deployments/x'), /GET \/deployments\/x: gave up after \d+ attempt\(s\) over \d+ s: 502/);
  assert.ok(Date.now() - started < 3000);
  await s.close();
});

test('a request that hangs times out and is retried', async () => {
  const s = await serve((_req, res, n) => {
    if (n === 1) return; // never answers
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  const client = new PrefectClient({ apiUrl: s.url, timeoutMs: 300 });
  assert.deepEqual(await client.request('GET', '/work_pools/'), []);
  assert.equal(s.count(), 2);
  await s.close();
});

test('422 errors show exception_detail, never the echoed request body', async () => {
  const s = await serve((_req, res) =>
    res
      .writeHead(422, { 'content-type': 'application/json' })
      .end(JSON.stringify({ exception_message: 'Invalid request received.', exception_detail: [{ loc: ['body', 'data'], msg: 'bad' }], request_body: { data: { password: 'hunter2-secret' } } })),
  );
  const client = new PrefectClient({ apiUrl: s.url });
  await assert.rejects(client.request('POST', '/block_documents/', {}), (e: Error) => {
    assert.equal(e.message, 'POST /block_documents/: 422 Invalid request received. body.data: bad');
    return true;
  });
  await s.close();
});

test('API key and auth string become the Authorization header', async () => {
  const seen: (string | undefined)[] = [];
  const s = await serve((req, res) => {
    seen.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new PrefectClient({ apiUrl: s.url, apiKey: 'pnu_key' }).request('GET', '/x');
  await new PrefectClient({ apiUrl: s.url, authString: 'admin:pass' }).request('GET', '/x');
  assert.deepEqual(seen, ['Bearer pnu_key', `Basic ${Buffer.from('admin:pass').toString('base64')}`]);
  await s.close();
});

test('the adaptive limit halves on overload and grows back on success', async () => {
  const limit = new AdaptiveLimit(8);
  await limit.acquire();
  limit.release('overloaded');
  assert.equal(limit.current, 4);
  await limit.acquire();
  limit.release('overloaded');
  assert.equal(limit.current, 2);
  for (let i = 0; i < 8; i++) {
    await limit.acquire();
    limit.release('ok');
  }
  assert.equal(limit.current, 3);
  // No more than the limit in flight.
  const held = [await limit.acquire(), await limit.acquire(), await limit.acquire()];
  let fourth = false;
  const waiting = limit.acquire().then(() => (fourth = true));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(fourth, false);
  limit.release('ok');
  await waiting;
  assert.equal(fourth, true);
  void held;
});
