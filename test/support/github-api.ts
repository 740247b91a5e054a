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

/** A job token permission the stand-in checks (each one `write`). */
export type Permission = 'pull-requests' | 'deployments';
/** What a token may do: `write` is a job token with pull-requests: write; `read` is a fork's; or its write permissions. */
export type TokenAccess = 'write' | 'read' | Permission[];

/** A deployment as GitHub keeps it, with its statuses in order. */
export interface Deployment {
  id: number;
  ref: string;
  environment: string;
  description: string;
  payload: unknown;
  auto_merge: boolean;
  required_contexts?: string[];
  transient_environment: boolean;
  production_environment: boolean;
  statuses: { state: string; description?: string; log_url?: string; environment_url?: string }[];
}
const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

export interface GithubStandIn {
  url: string;
  /** Comments on every issue of the repository, by id; the author comes from the token that wrote it. */
  comments: Map<number, Comment>;
  /** Deployments created, by id. */
  deployments: Map<number, Deployment>;
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
  const state: Omit<GithubStandIn, 'url' | 'close'> = {
    comments: new Map(),
    deployments: new Map(),
    calls: [],
    problems: [],
    faults: {},
  };
  let nextId = 1;
  const issueComments = new RegExp(`^/repos/${repo}/issues/\\d+/comments$`);
  const oneComment = new RegExp(`^/repos/${repo}/issues/comments/(\\d+)$`);
  const deploymentStatuses = new RegExp(`^/repos/${repo}/deployments/(\\d+)/statuses$`);
  const may = (access: TokenAccess, permission: Permission) =>
    access === 'write' ? permission === 'pull-requests' : access !== 'read' && access.includes(permission);

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
      if (route === `/repos/${repo}/deployments` || deploymentStatuses.test(route)) {
        if (!may(access, 'deployments')) return send(403, { message: 'Resource not accessible by integration' });
        return deployments(req.method ?? '', route, raw, send, refuse);
      }
      if (!may(access, 'pull-requests')) return send(403, { message: 'Resource not accessible by integration' });

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
  /** The deployment routes, checked as GitHub's REST reference describes them (API version 2022-11-28). */
  function deployments(
    method: string,
    route: string,
    raw: string,
    send: (status: number, body: unknown) => void,
    refuse: (problem: string, status: number, message: string) => void,
  ) {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return refuse('a body that is not JSON', 400, 'Problems parsing JSON');
    }
    if (method === 'POST' && route === `/repos/${repo}/deployments`) {
      if (typeof body.ref !== 'string' || !body.ref) return refuse('a deployment without ref', 422, 'Invalid request');
      const d: Deployment = {
        id: nextId++,
        ref: body.ref,
        environment: typeof body.environment === 'string' ? body.environment : 'production',
        description: typeof body.description === 'string' ? body.description : '',
        payload: body.payload ?? {},
        auto_merge: body.auto_merge !== false,
        required_contexts: body.required_contexts as string[] | undefined,
        transient_environment: body.transient_environment === true,
        production_environment:
          typeof body.production_environment === 'boolean'
            ? body.production_environment
            : body.environment === undefined || body.environment === 'production',
        statuses: [],
      };
      state.deployments.set(d.id, d);
      const { statuses: _, ...created } = d;
      return send(201, { ...created, statuses_url: `/repos/${repo}/deployments/${d.id}/statuses` });
    }
    const statuses = deploymentStatuses.exec(route);
    const d = statuses && state.deployments.get(Number(statuses[1]));
    if (method === 'POST' && d) {
      if (typeof body.state !== 'string' || !STATES.includes(body.state))
        return refuse(`a status state '${String(body.state)}'`, 422, 'Invalid request');
      if (typeof body.description === 'string' && body.description.length > 140)
        return refuse('a status description over 140 characters', 422, 'Validation Failed');
      const status = body as Deployment['statuses'][number];
      d.statuses.push(status);
      return send(201, { id: nextId++, ...status });
    }
    refuse('unexpected', 404, 'Not Found');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    ...state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
