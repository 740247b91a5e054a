/** A pull request comment that cannot be posted says why: the host and the socket error, not 'fetch failed'. */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { upsertComment } from '../../src/report/comment.js';

const target = (apiUrl: string) => ({ apiUrl, repository: 'acme/flows', pullNumber: 7, token: 'ghs_x' });

/** A port nothing listens on: one a server just gave back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

test('a refused connection names the address and the error code', async () => {
  const port = await closedPort();
  await assert.rejects(upsertComment(target(`http://127.0.0.1:${port}`), 'dev', 'body'), {
    message: `GET 127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`,
  });
});

test('a host that does not resolve names the host and the error code', async () => {
  // .invalid never resolves (RFC 6761); without DNS at all the resolver says EAI_AGAIN.
  await assert.rejects(upsertComment(target('https://api.github.invalid'), 'dev', 'body'), {
    message: /^GET api\.github\.invalid: getaddrinfo (ENOTFOUND|EAI_AGAIN) api\.github\.invalid$/,
  });
});
