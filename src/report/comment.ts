/**
 * The sticky pull request comment, one per environment: the comment this token's
 * identity wrote whose body starts with the environment's hidden marker is updated
 * in place, else a new one is created. Nobody else's comment is ever edited. Plain
 * REST calls to the GitHub API.
 */
import { commentMarker } from './markdown.js';

export interface CommentTarget {
  apiUrl: string;
  repository: string;
  pullNumber: number;
  token: string;
  /** The run's page, named by the stale note. */
  runUrl?: string;
}

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

/** Who the workflow token writes as: `GET /user` answers 403 for it. */
const WORKFLOW_TOKEN_IDENTITY = 'github-actions[bot]';

interface Comment {
  id: number;
  body?: string;
  user?: { login?: string } | null;
}

class GitHubError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Why fetch got no answer: Node's fetch says 'fetch failed', the socket error (host and code) is its cause. */
function unreachable(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  if (e.name === 'TimeoutError') return 'no answer in 30 s';
  const cause = e.cause as { message?: string; code?: string } | undefined;
  return cause?.message || cause?.code || e.message;
}

export async function upsertComment(
  t: CommentTarget,
  environment: string,
  body: string,
): Promise<'created' | 'updated'> {
  const headers = {
    authorization: `Bearer ${t.token}`,
    accept: 'application/vnd.github+json',
    'content-type': 'application/json',
    'x-github-api-version': '2022-11-28',
  };
  const call = async <T>(method: string, url: string, payload?: unknown): Promise<T> => {
    let r: Response;
    try {
      r = await fetch(url, {
        method,
        headers,
        body: payload === undefined ? undefined : JSON.stringify(payload),
        redirect: 'error',
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      throw new GitHubError(`${method} ${new URL(url).host}: ${unreachable(e)}`, 0);
    }
    // GitHub's message only: a response can echo the comment's body.
    if (!r.ok) throw new GitHubError(`${method} ${new URL(url).pathname}: ${r.status} ${await messageOf(r)}`, r.status);
    return (await r.json()) as T;
  };
  const api = t.apiUrl.replace(/\/+$/, '');
  const base = `${api}/repos/${t.repository}`;
  const marker = commentMarker(environment);
  const identity = await tokenIdentity(() => call<{ login: string }>('GET', `${api}/user`));
  let mine: Comment | undefined;
  for (let page = 1; page <= 20 && !mine; page++) {
    const comments = await call<Comment[]>('GET', `${base}/issues/${t.pullNumber}/comments?per_page=100&page=${page}`);
    mine = comments.find((c) => c.user?.login === identity && c.body?.startsWith(marker));
    if (comments.length < 100) break;
  }
  if (!mine) {
    await call('POST', `${base}/issues/${t.pullNumber}/comments`, { body });
    return 'created';
  }
  try {
    await call('PATCH', `${base}/issues/comments/${mine.id}`, { body });
    return 'updated';
  } catch (e) {
    // The previous commit's plan must not look current: say it is stale, then report the failure.
    const stale = `${marker}\n> ⚠️ **This plan is out of date**: the plan for the newest commit could not be posted here${t.runUrl ? `; see ${t.runUrl}` : ''}.\n`;
    await call('PATCH', `${base}/issues/comments/${mine.id}`, { body: stale }).catch(() => undefined);
    throw e;
  }
}

/** The login comments by this token are written as. */
async function tokenIdentity(user: () => Promise<{ login: string }>): Promise<string> {
  try {
    return (await user()).login;
  } catch (e) {
    if (e instanceof GitHubError && e.status === 403) return WORKFLOW_TOKEN_IDENTITY;
    throw e;
  }
}

async function messageOf(r: Response): Promise<string> {
  try {
    const body = (await r.json()) as { message?: unknown };
    return typeof body.message === 'string' ? body.message.slice(0, 200) : 'no message';
  } catch {
    return 'no message';
  }
}
