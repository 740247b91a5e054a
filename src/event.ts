/** The GitHub event a run is in, read from the runner's variables and its event file. */
import { readFileSync } from 'node:fs';
import { namesPullRequest, type EventInfo } from './context.js';

/** The event's payload (`GITHUB_EVENT_PATH`); `{}` when there is none or it cannot be read. */
export function readEventPayload(env: NodeJS.ProcessEnv): Record<string, unknown> {
  if (!env.GITHUB_EVENT_PATH) return {};
  try {
    const payload: unknown = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The event (`GITHUB_EVENT_NAME`), when the run is in one. */
export function currentEvent(env: NodeJS.ProcessEnv, payload = readEventPayload(env)): EventInfo | undefined {
  const eventName = env.GITHUB_EVENT_NAME;
  if (!eventName) return undefined;
  return { eventName, ref: env.GITHUB_REF ?? '', pullRequest: namesPullRequest(eventName, payload) };
}
