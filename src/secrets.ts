/**
 * Secret-bearing values: what came from the environment (`{{ $NAME }}`), a Prefect
 * variable or a block, from the moment it is resolved. The first line of defence is
 * by field (a field whose value holds one is shown as changed, never with values);
 * this registry is the second: every output the tool writes passes through
 * `redact`, and the action also masks each value in the runner's log.
 */

/** Shorter values are protected by field only: replacing "dev" or "true" everywhere would garble every report. */
const MIN_REDACTED_LENGTH = 6;

const values = new Set<string>();
const listeners: ((value: string) => void)[] = [];

/** Registers a resolved value (strings inside objects and lists too). */
export function markSecret(value: unknown): void {
  if (typeof value === 'string') {
    if (value.length < MIN_REDACTED_LENGTH || values.has(value)) return;
    values.add(value);
    for (const listener of listeners) listener(value);
  } else if (Array.isArray(value)) {
    value.forEach(markSecret);
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(markSecret);
  } else if (typeof value === 'number') {
    markSecret(String(value));
  }
}

/** Called for every value registered from now on, and for those already registered (the action's `core.setSecret`). */
export function onSecret(listener: (value: string) => void): void {
  listeners.push(listener);
  for (const v of values) listener(v);
}

/** The text with every registered value, and its JSON-escaped form, replaced by `***`. */
export function redact(text: string): string {
  if (!values.size) return text;
  let out = text;
  // Longest first, so a value that contains another is replaced whole.
  for (const v of [...values].sort((a, b) => b.length - a.length)) {
    out = out.split(v).join('***');
    const escaped = JSON.stringify(v).slice(1, -1);
    if (escaped !== v) out = out.split(escaped).join('***');
  }
  return out;
}

/** Templates whose value is secret-bearing once resolved: the environment, Prefect variables, blocks. */
export const SECRET_TEMPLATE = /\{\{\s*(?:\$|prefect\.variables\.|prefect\.blocks\.)/;

/**
 * Variables that hold the tool's own credentials (Prefect, GitHub, AWS), as the CLI's
 * environment or the action's inputs name them, and the runner's tokens.
 */
const CREDENTIALS =
  /^(?:PREFECT_API_KEY|PREFECT_API_AUTH_STRING|GITHUB_TOKEN|GH_TOKEN|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_CONTAINER_AUTHORIZATION_TOKEN|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|INPUT_PREFECT[-_]API[-_]KEY|INPUT_PREFECT[-_]API[-_]AUTH[-_]STRING|INPUT_GITHUB[-_]TOKEN)$/i;

/**
 * Registers the credentials the run holds, first thing: a build step can read them
 * (from its parent's environment, as any step of the job can), so whatever it prints
 * is redacted like any secret-bearing value. The auth string also as its Basic header.
 */
export function markCredentials(env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (!value || !CREDENTIALS.test(name)) continue;
    markSecret(value.trim());
    if (/AUTH[-_]STRING$/i.test(name)) markSecret(Buffer.from(value.trim()).toString('base64'));
  }
}
