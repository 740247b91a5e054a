/** The client's retry rules, against a local HTTP server that misbehaves on purpose. */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { freePort } from '../support/server.js';
import { NO_CONTENT, PrefectApiError, PrefectClient, WITH_ID } from '../../src/prefect/client.js';
import { AdaptiveLimit } from '../../src/prefect/limiter.js';
import { RunControl } from '../../src/run-control.js';

const servers: { close(): Promise<void> }[] = [];
after(() => Promise.all(servers.map((s) => s.close())));

/** A local server; CSRF token requests get the answer of a server without CSRF protection, and are not counted. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  let n = 0;
  const server = createServer((req, res) => {
    if (req.url!.startsWith('/api/csrf-token'))
      return res
        .writeHead(422, { 'content-type': 'application/json' })
        .end('{"detail":"CSRF protection is disabled."}');
    handler(req, res, ++n);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  servers.push({ close });
  return { url, count: () => n, close };
}

test('429 with Retry-After is honoured, then the request succeeds', async () => {
  const times: number[] = [];
  const s = await serve((_req, res, n) => {
    times.push(Date.now());
    if (n === 1) {
      res.writeHead(429, { 'retry-after': '1' }).end('{"detail":"slow down"}');
    } else res.writeHead(200, { 'content-type': 'application/json' }).end('"3.9.1"');
  });
  const client = new PrefectClient({ apiUrl: s.url });
  assert.equal(await client.request('GET', '/admin/version'), '3.9.1');
  assert.ok(times[1] - times[0] >= 950, `waited only ${times[1] - times[0]} ms`);
  await s.close();
});

test('503s and connection resets are retried with backoff; 4xx are not', async () => {
  const s = await serve((req, res, n) => {
    if (req.url!.endsWith('/flaky') && n <= 2) return n === 1 ? res.writeHead(503).end() : req.socket.destroy();
    if (req.url!.endsWith('/missing'))
      return res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"detail":"Work pool \\"x\\" not found."}');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  const client = new PrefectClient({ apiUrl: s.url });
  assert.deepEqual(await client.request('POST', '/flaky', { secret: 'body-value-123' }), { ok: true });
  const before = s.count();
  await assert.rejects(client.request('POST', '/missing', { secret: 'body-value-123' }), (e: unknown) => {
    assert.ok(e instanceof PrefectApiError);
    assert.equal(e.message, 'POST /missing: 404 not found');
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
  await assert.rejects(
    client.request('GET', '/deployments/x'),
    /GET \/deployments\/x: gave up after \d+ attempt\(s\) over \d+ s: 502/,
  );
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

test('422 errors show field paths and error kinds, never the echoed body, msg, input or detail text', async () => {
  // The shapes a real 3.9.1 server answers (cron value in msg and input; a job variable's value in detail).
  const answers = [
    {
      exception_message: 'Invalid request received.',
      exception_detail: [
        {
          type: 'value_error',
          loc: ['body', 'schedules', 0, 'schedule', 'function-after[validate_timezone(), CronSchedule]', 'cron'],
          msg: 'Value error, Invalid cron string: "hunter2-secret"',
          input: 'hunter2-secret',
        },
        {
          type: 'missing',
          loc: ['body', 'schedules', 0, 'schedule', 'RRuleSchedule', 'rrule'],
          msg: 'Field required',
          input: { cron: 'hunter2-secret' },
        },
      ],
      request_body: { data: { password: 'hunter2-secret' } },
    },
    {
      detail:
        "Error creating deployment: Validation failed for field 'command'. Failure reason: {'secret': 'hunter2-secret'} is not valid under any of the given schemas",
    },
    { detail: 'Error hydrating deployment parameters: hunter2-secret' },
  ];
  const s = await serve((_req, res, n) =>
    res.writeHead(n === 3 ? 400 : 422, { 'content-type': 'application/json' }).end(JSON.stringify(answers[n - 1])),
  );
  const client = new PrefectClient({ apiUrl: s.url });
  const messages: string[] = [];
  for (let i = 0; i < answers.length; i++)
    await client.request('POST', '/deployments/', { x: 1 }).catch((e: Error) => messages.push(e.message));
  assert.deepEqual(messages, [
    'POST /deployments/: 422 invalid deployment: schedules.0.schedule.cron (value_error); schedules.0.schedule.RRuleSchedule.rrule (missing)',
    "POST /deployments/: 422 deployment refused: job variable 'command' does not match the work pool's base job template: matches none of the allowed forms",
    "POST /deployments/: 400 the server's message is not shown: it can echo what was sent (the server's log has it)",
  ]);
  await s.close();
});

test("without a request body (nothing to echo) the server's message is shown", async () => {
  const s = await serve((_req, res) =>
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Work pool \\"pool-x\\" not found."}'),
  );
  await assert.rejects(new PrefectClient({ apiUrl: s.url }).request('GET', '/work_pools/pool-x'), {
    message: 'GET /work_pools/pool-x: 404 Work pool "pool-x" not found.',
  });
  await s.close();
});

test('connection refused: given up within a few seconds, asking whether the server is running', async () => {
  const url = `http://127.0.0.1:${await freePort()}/api`;
  const started = Date.now();
  await assert.rejects(new PrefectClient({ apiUrl: url }).serverVersion(), {
    message: `GET /admin/version: connection refused: is the server running at ${url}?`,
  });
  const seconds = (Date.now() - started) / 1000;
  assert.ok(seconds >= 4 && seconds < 10, `gave up after ${seconds} s`);
});

test('a URL without /api: an HTML 404, an HTML 200 and a JSON 404 each say to append /api; none is retried', async () => {
  const html = '<!doctype html><html><body>Not here</body></html>';
  const answers: [number, string, string][] = [
    [404, 'text/html', html],
    [200, 'text/html; charset=utf-8', html],
    // A Prefect server's own answer off /api: JSON, not Prefect Cloud.
    [404, 'application/json', '{"detail":"Not Found"}'],
  ];
  const s = await serve((_req, res, n) =>
    res.writeHead(answers[n - 1][0], { 'content-type': answers[n - 1][1] }).end(answers[n - 1][2]),
  );
  const base = s.url.replace(/\/api$/, '');
  const messages: string[] = [];
  for (let i = 0; i < answers.length; i++)
    await new PrefectClient({ apiUrl: base }).serverVersion().catch((e: Error) => messages.push(e.message));
  const fix = `the Prefect API is under /api: append /api to the URL (${base}/api)`;
  assert.deepEqual(messages, [
    `GET /admin/version: 404 answered with a web page (HTML), not the Prefect API: ${fix}`,
    `GET /admin/version: 200 answered with a web page (HTML), not the Prefect API: ${fix}`,
    `GET /admin/version: 404 no Prefect API at ${base}: ${fix}`,
  ]);
  assert.equal(s.count(), 3, 'an answer that is not the API was retried');
  await s.close();
});

test('a 404 on /admin/version at a Prefect Cloud workspace URL is Prefect Cloud', async () => {
  const s = await serve((_req, res) =>
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not Found"}'),
  );
  const cloud =
    s.url + '/accounts/6e0c0a3c-0000-4000-8000-000000000001/workspaces/6e0c0a3c-0000-4000-8000-000000000002';
  assert.equal(await new PrefectClient({ apiUrl: cloud }).serverVersion(), 'cloud');
  await s.close();
});

test('a 200 that is not JSON is reported at once, not retried', async () => {
  const s = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('OK'));
  await assert.rejects(new PrefectClient({ apiUrl: s.url }).request('POST', '/flows/', { name: 'f' }), {
    message: 'POST /flows/: 200 answered with a body that is not JSON',
  });
  assert.equal(s.count(), 1);
  await s.close();
});

test('a 2xx without the shape Prefect answers with does not count as written', async () => {
  const s = await serve((req, res) =>
    req.method === 'PATCH'
      ? res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      : res.writeHead(201, { 'content-type': 'application/json' }).end('{"name":"d"}'),
  );
  const client = new PrefectClient({ apiUrl: s.url });
  await assert.rejects(client.request('POST', '/deployments/', {}, WITH_ID), {
    message: 'POST /deployments/: 201 unexpected answer: Prefect answers with an object with an id',
  });
  await assert.rejects(client.request('PATCH', '/deployments/x', {}, NO_CONTENT), {
    message: 'PATCH /deployments/x: 200 unexpected answer: Prefect answers with no content',
  });
  await s.close();
});

test('a redirect to another origin is not followed: the credentials never leave for it', async () => {
  const elsewhere = await serve((req, res) =>
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ id: 'x', auth: req.headers.authorization ?? null })),
  );
  const s = await serve((req, res) =>
    res.writeHead(307, { location: `${elsewhere.url}${req.url!.replace(/^\/api/, '')}?token=q` }).end(),
  );
  const client = new PrefectClient({ apiUrl: s.url, apiKey: 'pnu_never-leaves' });
  await assert.rejects(client.request('POST', '/flows/', { name: 'f' }, WITH_ID), {
    message: `POST /flows/: 307 redirected to ${elsewhere.url}/flows/: set PREFECT_API_URL to the address the API answers at (redirects are not followed)`,
  });
  assert.equal(elsewhere.count(), 0);
  await Promise.all([s.close(), elsewhere.close()]);
});

test('once the run stops, a request in flight ends after the grace period and nothing is retried or sent', async () => {
  const s = await serve(() => undefined); // accepts every request and never answers
  const control = new RunControl();
  const client = new PrefectClient({ apiUrl: s.url, control, timeoutMs: 60_000 });
  const started = Date.now();
  const pending = client.request('GET', '/flows/x');
  setTimeout(() => control.stop({ kind: 'timeout', seconds: 1 }, 300), 200);
  await assert.rejects(pending, { message: 'timed out: the run passed its 1 s deadline (--timeout)' });
  assert.ok(Date.now() - started < 2000);
  await assert.rejects(client.request('GET', '/flows/y'), {
    message: 'timed out: the run passed its 1 s deadline (--timeout)',
  });
  assert.equal(s.count(), 1);
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
