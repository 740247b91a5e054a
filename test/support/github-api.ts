/**
 * A stand-in for the part of GitHub's REST API the action calls, for tests: it cannot run
 * here. It checks what it receives as GitHub would (the token, the body size, who may edit
 * a comment) and records every call and every request GitHub would have refused.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

/** What a token may do: `write` is a job token with pull-requests: write; `read` is a fork's. */
export type TokenAccess = 'write' | 'read';

export interface GithubStandIn {
  url: string;
  /** Comments on every issue of the repository, by id; the author comes from the token that wrote it. */
  comments: Map<number, Comment>;
  /** `METHOD /path STATUS` of every request, in order (query strings left out). */
  calls: string[];
  /** Requests GitHub would have refused, or that no test expects: each test asserts this stays empty. */
  problems: string[];
  /** Faults a test switches on: every request answers 500; a PATCH whose body has this text answers 500. */
  faults: { all500?: boolean; refusePatchContaining?: string };
  close: () => Promise<void>;
}

/** The login GitHub gives a comment written with the job token. */
export const BOT = 'github-actions[bot]';
const COMMENT_LIMIT = 65_536;
const MARKER = '<!-- prefect-ecr-deploy:';

export async function startGithubApi(repo: string, tokens: Record<string, TokenAccess>): Promise<GithubStandIn> {
  const state: Omit<GithubStandIn, 'url' | 'close'> = { comments: new Map(), calls: [], problems: [], faults: {} };
  let nextId = 1;
  const issueComments = new RegExp(`^/repos/${repo}/issues/\\d+/comments$`);
  const oneComment = new RegExp(`^/repos/${repo}/issues/comments/(\\d+)$`);

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const [route] = (req.url ?? '').split('?');
      const send = (status: number, body: unknown) => {
        state.calls.push(`${req.method} ${route} ${status}`);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      };
      const refuse = (problem: string, status: number, message: string) => {
        state.problems.push(`${req.method} ${req.url}: ${problem}`);
        return send(status, { message });
      };
      const auth = req.headers.authorization ?? '';
      const access = auth.startsWith('Bearer ') ? tokens[auth.slice('Bearer '.length)] : undefined;
      if (!access) return refuse(auth ? 'another token' : 'no token', 401, 'Bad credentials');
      if (state.faults.all500) return send(500, { message: 'boom' });
      // The workflow token is an installation token: GitHub refuses it /user.
      if (req.method === 'GET' && route === '/user')
        return send(403, { message: 'Resource not accessible by integration' });
      if (req.method === 'GET' && issueComments.test(route)) return send(200, [...state.comments.values()]);
      if (access === 'read') return send(403, { message: 'Resource not accessible by integration' });

      const body = raw ? (JSON.parse(raw) as { body?: string }).body : undefined;
      if (body !== undefined && body.length > COMMENT_LIMIT) {
        state.problems.push(`${req.method} ${req.url}: a body of ${body.length} characters`);
        const error = { resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long' };
        return send(422, { message: 'Validation Failed', errors: [error] });
      }
      if (req.method === 'POST' && issueComments.test(route) && body !== undefined) {
        if (!body.startsWith(MARKER)) return refuse('a comment without the marker', 422, 'no marker');
        const c = { id: nextId++, body, user: { login: BOT } };
        state.comments.set(c.id, c);
        return send(201, c);
      }
      const patch = oneComment.exec(route);
      const existing = patch ? state.comments.get(Number(patch[1])) : undefined;
      if (req.method === 'PATCH' && existing && body !== undefined) {
        // GitHub lets an installation token edit only what it wrote.
        if (existing.user.login !== BOT) return refuse(`edited a comment by ${existing.user.login}`, 403, 'Forbidden');
        if (state.faults.refusePatchContaining && body.includes(state.faults.refusePatchContaining))
          return send(500, { message: 'try later' });
        state.comments.set(existing.id, { ...existing, body });
        return send(200, state.comments.get(existing.id));
      }
      refuse('unexpected', 404, 'Not Found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ...state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
