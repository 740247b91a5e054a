/**
 * The action's `preview` input: which GitHub events register a pull request's
 * previews, which delete them, and which are refused (pure). Only `pull_request`
 * from a branch of the same repository writes: a fork's pull request gets no
 * credentials that can write and must never run its code with them, and
 * `pull_request_target` runs with the base repository's secrets whoever opened it.
 */

export type PreviewEvent =
  { kind: 'open' | 'close'; number: number; sha: string; reason: string } | { kind: 'refused'; reason: string };

interface PullRequestPayload {
  action?: unknown;
  pull_request?: {
    number?: unknown;
    merged?: unknown;
    head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
    base?: { repo?: { full_name?: unknown } | null };
  };
}

const OPENING = new Set(['opened', 'synchronize', 'reopened']);

export function previewEvent(eventName: string, payload: unknown): PreviewEvent {
  const refused = (why: string): PreviewEvent => ({
    kind: 'refused',
    reason: `preview: ${why}: no preview is registered or removed; this run only plans`,
  });
  if (eventName === 'pull_request_target')
    return refused("pull_request_target runs with the base repository's secrets, whoever opened the pull request");
  if (eventName !== 'pull_request') return refused(`previews are made on pull_request events, not ${eventName}`);
  const p = (payload && typeof payload === 'object' ? payload : {}) as PullRequestPayload;
  const pr = p.pull_request;
  const number = pr?.number;
  const sha = pr?.head?.sha;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || typeof sha !== 'string')
    return refused('the event names no pull request and head commit');
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  // A deleted fork has no head repository: it is not the base either.
  if (typeof base !== 'string' || head !== base)
    return refused(`pull request #${number} comes from a fork (${typeof head === 'string' ? head : 'deleted'})`);
  const action = String(p.action ?? '');
  if (OPENING.has(action))
    return { kind: 'open', number, sha, reason: `pull request #${number} ${action}: preview of ${sha.slice(0, 12)}` };
  if (action === 'closed') {
    const how = pr?.merged === true ? 'merged' : 'closed';
    return { kind: 'close', number, sha, reason: `pull request #${number} ${how}: its previews are removed` };
  }
  return refused(`pull_request '${action}' neither opens, updates nor closes a preview`);
}
