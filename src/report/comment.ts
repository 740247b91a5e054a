/**
 * The sticky pull request comment, one per environment: the comment this token's
 * identity wrote whose body starts with the environment's hidden marker is updated
 * in place, else a new one is created. Nobody else's comment is ever edited. Plain
 * REST calls to the GitHub API.
 */
import { githubCall, GitHubError } from '../github/api.js';
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

export async function upsertComment(
  t: CommentTarget,
  environment: string,
  body: string,
): Promise<'created' | 'updated'> {
  const call = githubCall(t.token);
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
