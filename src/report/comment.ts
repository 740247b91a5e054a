/**
 * The sticky pull request comment, one per environment: found by its hidden
 * marker and updated in place, else created. Plain REST calls to the GitHub API.
 */
import { commentMarker } from './markdown.js';

export interface CommentTarget {
  apiUrl: string;
  repository: string;
  pullNumber: number;
  token: string;
}

export async function upsertComment(t: CommentTarget, environment: string, body: string): Promise<'created' | 'updated'> {
  const headers = { authorization: `Bearer ${t.token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json', 'x-github-api-version': '2022-11-28' };
  const call = async (method: string, url: string, payload?: unknown) => {
    const r = await fetch(url, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload), signal: AbortSignal.timeout(30_000) });
    if (!r.ok) throw new Error(`${method} ${new URL(url).pathname}: ${r.status} ${(await r.text()).slice(0, 200)}`);
    return r.json() as Promise<unknown>;
  };
  const base = `${t.apiUrl.replace(/\/+$/, '')}/repos/${t.repository}`;
  const marker = commentMarker(environment);
  for (let page = 1; page <= 20; page++) {
    const comments = (await call('GET', `${base}/issues/${t.pullNumber}/comments?per_page=100&page=${page}`)) as { id: number; body?: string }[];
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      await call('PATCH', `${base}/issues/comments/${mine.id}`, { body });
      return 'updated';
    }
    if (comments.length < 100) break;
  }
  await call('POST', `${base}/issues/${t.pullNumber}/comments`, { body });
  return 'created';
}
