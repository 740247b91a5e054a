/**
 * The Prefect REST client: plain fetch, auth (Cloud API key or self-hosted auth
 * string), CSRF tokens when the server asks for them, retries on 408/429/5xx and
 * connection errors with Retry-After and jittered backoff, bounded in attempts and
 * time, and a timeout per request. Redirects are not followed (the credentials stay
 * with the origin they were given for), and every answer is checked for the shape
 * Prefect gives before it counts. Errors never carry server text that can echo what
 * was sent: only field paths and Prefect's error kinds.
 */
import { Failure } from '../errors.js';
import { backoffDelay, networkReason, parseRetryAfter, sleep } from '../retry.js';
import type { RunControl } from '../run-control.js';
import { Stopped } from '../run-control.js';
import { AdaptiveLimit } from './limiter.js';
import { objectOf, refusalDetail, refusalItem } from './refusals.js';

export interface ClientOptions {
  /** `PREFECT_API_URL`, for example http://127.0.0.1:4200/api. */
  apiUrl: string;
  /** Prefect Cloud: `Authorization: Bearer <key>`. */
  apiKey?: string;
  /** Self-hosted with `PREFECT_SERVER_API_AUTH_STRING`: `Authorization: Basic base64(<auth string>)`. */
  authString?: string;
  /** Per request. */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Retries stop once this much time has gone by since the first attempt. */
  maxRetryMs?: number;
  /** The most requests in flight; the client lowers it while the server is overloaded. */
  maxConcurrency?: number;
  /** The run's deadline and interrupts: once stopping, no request is sent or retried. */
  control?: RunControl;
  /** Called before each retry, for progress output. */
  onRetry?: (info: { method: string; path: string; attempt: number; delayMs: number; reason: string }) => void;
}

export class PrefectApiError extends Failure {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly detail: string,
    /**
     * `conflict`: a 409 from a database integrity conflict (a concurrent write), which a re-read resolves;
     * `not-api`: the answer was no Prefect API's (a web page).
     */
    readonly kind?: 'conflict' | 'not-api',
  ) {
    super(`${method} ${path}: ${status === undefined ? '' : `${status} `}${detail}`);
  }
}

/** What an answer must look like to count; `what` names it in the error when it does not. */
export interface Expect<T> {
  what: string;
  test: (value: unknown) => value is T;
}

export const WITH_ID: Expect<{ id: string }> = {
  what: 'an object with an id',
  test: (v): v is { id: string } =>
    typeof (v as { id?: unknown } | null)?.id === 'string' && (v as { id: string }).id.length > 0,
};
export const LIST: Expect<unknown[]> = { what: 'a list', test: (v): v is unknown[] => Array.isArray(v) };
/** 204 No Content: what Prefect answers to PATCH and DELETE. */
export const NO_CONTENT: Expect<undefined> = { what: 'no content', test: (v): v is undefined => v === undefined };
export const STRING: Expect<string> = { what: 'a string', test: (v): v is string => typeof v === 'string' };

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** A refused connection (or a host that does not resolve) is retried this long, then reported: a server restarting is back by then. */
const UNREACHABLE_MS = 5_000;

export class PrefectClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;
  private csrf: Promise<{ token: string; expires: number } | null> | undefined;
  private readonly clientId = `prefect-ecr-deploy-${Math.random().toString(36).slice(2)}`;
  private version: Promise<string> | undefined;
  private readonly limit: AdaptiveLimit;

  constructor(private readonly options: ClientOptions) {
    this.base = options.apiUrl.replace(/\/+$/, '');
    this.headers = {
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': 'prefect-ecr-deploy',
    };
    this.limit = new AdaptiveLimit(options.maxConcurrency ?? 8);
    if (options.apiKey) this.headers.authorization = `Bearer ${options.apiKey}`;
    else if (options.authString)
      this.headers.authorization = `Basic ${Buffer.from(options.authString).toString('base64')}`;
  }

  get apiUrl(): string {
    return this.base;
  }

  /**
   * The server's Prefect version (`GET /admin/version`). Prefect Cloud has no such
   * route: a 404 there counts as the newest release; anywhere else it is an error.
   */
  serverVersion(): Promise<string> {
    this.version ??= this.request('GET', '/admin/version', undefined, STRING).catch((e: unknown) => {
      if (!(e instanceof PrefectApiError && e.status === 404 && e.kind !== 'not-api')) throw e;
      if (isCloudUrl(this.base)) return 'cloud';
      throw new PrefectApiError(
        'GET',
        '/admin/version',
        404,
        `no Prefect API at ${this.base}: ${apiHint(this.base) ?? 'is this the Prefect API URL?'}`,
      );
    });
    return this.version;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, expect?: Expect<T>): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    const maxRetryMs = this.options.maxRetryMs ?? 120_000;
    const control = this.options.control;
    const started = Date.now();
    let unreachableSince: number | undefined;
    for (let attempt = 1; ; attempt++) {
      control?.check();
      let reason: string;
      let retryAfterMs: number | undefined;
      try {
        const headers = { ...this.headers };
        if (method !== 'GET') Object.assign(headers, await this.csrfHeaders());
        await this.limit.acquire();
        let response: Response;
        let text: string;
        try {
          control?.check();
          const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 30_000);
          response = await fetch(this.base + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            // A redirect could take the credentials to another origin: never followed.
            redirect: 'manual',
            signal: control ? AbortSignal.any([timeout, control.aborted]) : timeout,
          });
          text = await response.text();
          this.limit.release(
            response.ok ? 'ok' : response.status === 503 || response.status === 429 ? 'overloaded' : 'other',
          );
        } catch (e) {
          this.limit.release('other');
          throw e;
        }
        if (response.ok) return this.answer(method, path, response, text, expect);
        if (response.status >= 300 && response.status < 400) {
          throw new PrefectApiError(
            method,
            path,
            response.status,
            `redirected to ${redirectTarget(response, this.base)}: set PREFECT_API_URL to the address the API answers at (redirects are not followed)`,
          );
        }
        if (response.status === 403 && /csrf/i.test(text) && attempt === 1) {
          // The token expired or the server just enabled CSRF protection: fetch a new one once.
          this.csrf = undefined;
          reason = 'CSRF token refused';
        } else if (RETRY_STATUS.has(response.status)) {
          reason = `${response.status}`;
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        } else {
          throw errorFor(method, path, response, text, body !== undefined, this.base);
        }
      } catch (e) {
        if (e instanceof PrefectApiError || e instanceof Stopped) throw e;
        if (control?.aborted.aborted) throw control.aborted.reason;
        reason = networkReason(e);
        if (UNREACHABLE.has(reason)) {
          unreachableSince ??= Date.now();
          if (Date.now() - unreachableSince >= UNREACHABLE_MS) {
            const what = reason === 'ECONNREFUSED' ? 'connection refused' : `the host does not resolve (${reason})`;
            throw new PrefectApiError(method, path, undefined, `${what}: is the server running at ${this.base}?`);
          }
        }
      }
      const elapsed = Date.now() - started;
      // An unreachable server is not waited for past its window: the last backoff (up to 4 s, or
      // 8 s on a slow machine) would otherwise push the report to 8-12 s.
      const unreachableLeft =
        unreachableSince !== undefined && UNREACHABLE.has(reason)
          ? unreachableSince + UNREACHABLE_MS - Date.now()
          : Infinity;
      const delayMs = Math.min(
        retryAfterMs ?? backoffDelay(attempt),
        Math.max(0, maxRetryMs - elapsed),
        Math.max(0, unreachableLeft),
      );
      if (attempt >= maxAttempts || elapsed + delayMs >= maxRetryMs) {
        throw new PrefectApiError(
          method,
          path,
          undefined,
          `gave up after ${attempt} attempt(s) over ${Math.round(elapsed / 1000)} s: ${reason}`,
        );
      }
      this.options.onRetry?.({ method, path, attempt, delayMs, reason });
      await sleep(delayMs, control?.stopping);
    }
  }

  /** A 2xx answer: JSON of the expected shape (a non-JSON answer is no Prefect API, so it is not retried). */
  private answer<T>(method: string, path: string, response: Response, text: string, expect?: Expect<T>): T {
    let value: unknown;
    if (text) {
      try {
        value = JSON.parse(text);
      } catch {
        if (isHtml(response, text))
          throw new PrefectApiError(method, path, response.status, notApi(this.base), 'not-api');
        throw new PrefectApiError(method, path, response.status, 'answered with a body that is not JSON', 'not-api');
      }
    }
    if (expect && !expect.test(value))
      throw new PrefectApiError(
        method,
        path,
        response.status,
        `unexpected answer: Prefect answers with ${expect.what}`,
      );
    return value as T;
  }

  /** CSRF headers when the server enables CSRF protection; none when it says it is disabled. */
  private async csrfHeaders(): Promise<Record<string, string>> {
    this.csrf ??= this.fetchCsrfToken();
    let token = await this.csrf;
    if (token && token.expires - Date.now() < 30_000) {
      this.csrf = this.fetchCsrfToken();
      token = await this.csrf;
    }
    return token ? { 'Prefect-Csrf-Token': token.token, 'Prefect-Csrf-Client': this.clientId } : {};
  }

  private async fetchCsrfToken(): Promise<{ token: string; expires: number } | null> {
    try {
      const r = await this.request<{ token?: string; expiration?: string } | undefined>(
        'GET',
        `/csrf-token?client=${encodeURIComponent(this.clientId)}`,
      );
      if (!r?.token) return null;
      return { token: r.token, expires: Date.parse(r.expiration ?? '') || Date.now() + 3_600_000 };
    } catch (e) {
      // Servers without CSRF protection answer 422 "CSRF protection is disabled"; Cloud has no route.
      if (e instanceof PrefectApiError && (e.status === 422 || e.status === 404)) return null;
      this.csrf = undefined;
      throw e;
    }
  }
}

/** Prefect Cloud's workspace URLs: `.../api/accounts/<account>/workspaces/<workspace>`. */
function isCloudUrl(base: string): boolean {
  return /\/api\/accounts\/[^/]+\/workspaces\/[^/]+$/.test(new URL(base).pathname);
}

/** The fix for a URL that misses Prefect's `/api` path, when it does. */
function apiHint(base: string): string | undefined {
  const url = new URL(base);
  if (/(^|\/)api(\/|$)/.test(url.pathname)) return undefined;
  return `the Prefect API is under /api: append /api to the URL (${url.origin}${url.pathname.replace(/\/$/, '')}/api)`;
}

function notApi(base: string): string {
  return `answered with a web page (HTML), not the Prefect API: ${apiHint(base) ?? 'is this the Prefect API URL?'}`;
}

function isHtml(response: Response, text: string): boolean {
  return /text\/html/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text);
}

/** Where a redirect points: origin and path only (never a query or user information). */
function redirectTarget(response: Response, base: string): string {
  const location = response.headers.get('location');
  if (!location) return 'an address it does not give';
  try {
    const url = new URL(location, base);
    return `${url.origin}${url.pathname}`;
  } catch {
    return 'an address that is not a URL';
  }
}

interface ValidationItem {
  loc?: unknown[];
  type?: unknown;
  msg?: unknown;
}

/**
 * The error for a non-2xx answer. Prefect's messages echo what was sent (a 422's
 * `msg` and `detail` quote the values, job variables included), so for a request
 * with a body only structure is shown: which object, each invalid field's path and
 * the kind of problem (refusals.ts reads the shapes the server writes), or that the
 * text is not shown. Requests without a body carry only names in their path, and
 * show the server's message.
 */
function errorFor(
  method: string,
  path: string,
  response: Response,
  text: string,
  sentBody: boolean,
  base: string,
): PrefectApiError {
  const status = response.status;
  const fail = (detail: string, kind?: PrefectApiError['kind']) =>
    new PrefectApiError(method, path, status, detail, kind);
  if (status === 401 || status === 403) return fail('not authorized: check PREFECT_API_KEY or PREFECT_API_AUTH_STRING');
  if (isHtml(response, text)) return fail(notApi(base), 'not-api');
  let body: { detail?: unknown; exception_detail?: unknown } | undefined;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: handled below
  }
  const items = Array.isArray(body?.exception_detail)
    ? body.exception_detail
    : Array.isArray(body?.detail)
      ? body.detail
      : undefined;
  if (items)
    return fail(`invalid ${objectOf(path) ?? 'request'}: ${validationSummary(path, items as ValidationItem[])}`);
  const detail = typeof body?.detail === 'string' ? body.detail : undefined;
  if (detail && /^Data integrity conflict/.test(detail))
    return fail('data integrity conflict (a concurrent write)', 'conflict');
  const refused =
    detail !== undefined && (status === 409 || status === 422) ? refusalDetail(path, status, detail) : undefined;
  if (refused) return fail(refused);
  if (!sentBody) return fail(detail ?? (text.slice(0, 200).replace(/\s+/g, ' ').trim() || 'no details'));
  if (status === 404) return fail('not found');
  return fail("the server's message is not shown: it can echo what was sent (the server's log has it)");
}

/**
 * `schedules.0.schedule.cron (value_error); ...`: the fields' paths and pydantic's error kinds, never `msg` or
 * `input`; a model validator's message of a shape the server is known to write is read for its path and kind.
 */
function validationSummary(path: string, items: ValidationItem[]): string {
  const parts = items.map((item) => {
    const known =
      item.type === 'value_error' && typeof item.msg === 'string'
        ? refusalItem(path, (item.loc ?? []).slice(1), item.msg)
        : undefined;
    if (known) return known;
    // Keys and list positions; pydantic's union-branch labels (`function-after[...]`) are left out.
    const loc = (item.loc ?? []).filter(
      (p) => typeof p === 'number' || (typeof p === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(p)),
    );
    if (loc[0] === 'body') loc.shift();
    const kind = typeof item.type === 'string' && /^[a-z_.]+$/.test(item.type) ? item.type : 'invalid';
    return `${loc.join('.') || '(the body)'} (${kind})`;
  });
  return [...new Set(parts)].join('; ');
}
