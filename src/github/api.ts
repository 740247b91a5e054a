/**
 * Plain REST calls to GitHub's API with the job's token: the sticky comment and the
 * deployments use the same calls. Errors carry GitHub's message only (a response can
 * echo the request's body) and the status, so a caller can tell a refusal from a fault.
 */

export class GitHubError extends Error {
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

async function messageOf(r: Response): Promise<string> {
  try {
    const body = (await r.json()) as { message?: unknown };
    return typeof body.message === 'string' ? body.message.slice(0, 200) : 'no message';
  } catch {
    return 'no message';
  }
}

export type GitHubCall = <T>(method: string, url: string, payload?: unknown) => Promise<T>;

/** A caller of GitHub's API with this token: JSON in and out, 30 s per request, no redirects. */
export function githubCall(token: string): GitHubCall {
  const headers = {
    authorization: `Bearer ${token}`,
    accept: 'application/vnd.github+json',
    'content-type': 'application/json',
    'x-github-api-version': '2022-11-28',
  };
  return async <T>(method: string, url: string, payload?: unknown): Promise<T> => {
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
    if (!r.ok) throw new GitHubError(`${method} ${new URL(url).pathname}: ${r.status} ${await messageOf(r)}`, r.status);
    return (await r.json()) as T;
  };
}
