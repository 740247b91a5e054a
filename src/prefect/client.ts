/**
 * The Prefect REST client: plain fetch, auth (Cloud API key or self-hosted auth
 * string), CSRF tokens when the server asks for them, retries on 408/429/5xx and
 * connection errors with Retry-After and jittered backoff, bounded in attempts and
 * time, and a timeout per request. Request bodies never appear in errors.
 */
import { Failure } from '../errors.js';
import { backoffDelay, networkReason, parseRetryAfter, sleep } from '../retry.js';
import { AdaptiveLimit } from './limiter.js';

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
  /** Called before each retry, for progress output. */
  onRetry?: (info: { method: string; path: string; attempt: number; delayMs: number; reason: string }) => void;
}

export class PrefectApiError extends Failure {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number | undefined,
    readonly detail: string,
  ) {
    super(`${method} ${path}: ${status === undefined ? '' : `${status} `}${detail}`);
  }
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export class PrefectClient {
  private readonly base: string;
  private readonly headers: Record<string, string>;
  private csrf: Promise<{ token: string; expires: number } | null> | undefined;
  private readonly clientId = `prefect-ecr-deploy-${Math.random().toString(36).slice(2)}`;
  private version: Promise<string> | undefined;
  private readonly limit: AdaptiveLimit;

  constructor(private readonly options: ClientOptions) {
    this.base = options.apiUrl.replace(/\/+$/, '');
    this.headers = { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'prefect-ecr-deploy' };
    this.limit = new AdaptiveLimit(options.maxConcurrency ?? 8);
    if (options.apiKey) this.headers.authorization = `Bearer ${options.apiKey}`;
    else if (options.authString) this.headers.authorization = `Basic ${Buffer.from(options.authString).toString('base64')}`;
  }

  get apiUrl(): string {
    return this.base;
  }

  /** The server's Prefect version (`GET /admin/version`); Prefect Cloud, which has no such route, counts as the newest. */
  serverVersion(): Promise<string> {
    this.version ??= this.request<string>('GET', '/admin/version').then(
      (v) => v,
      (e: unknown) => {
        if (e instanceof PrefectApiError && e.status === 404) return 'cloud';
        throw e;
      },
    );
    return this.version;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    const maxRetryMs = this.options.maxRetryMs ?? 120_000;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let retryAfterMs: number | undefined;
      try {
        const headers = { ...this.headers };
        if (method !== 'GET') Object.assign(headers, await this.csrfHeaders());
        await this.limit.acquire();
        let response: Response;
        let text: string;
        try {
          response = await fetch(this.base + path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
          });
          text = await response.text();
          this.limit.release(response.ok ? 'ok' : response.status === 503 || response.status === 429 ? 'overloaded' : 'other');
        } catch (e) {
          this.limit.release('other');
          throw e;
        }
        if (response.ok) return (text ? JSON.parse(text) : undefined) as T;
        if (response.status === 403 && /csrf/i.test(text) && attempt === 1) {
          // The token expired or the server just enabled CSRF protection: fetch a new one once.
          this.csrf = undefined;
          reason = 'CSRF token refused';
        } else if (RETRY_STATUS.has(response.status)) {
          reason = `${response.status}`;
          retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
        } else {
          throw new PrefectApiError(method, path, response.status, detailOf(response.status, text));
        }
      } catch (e) {
        if (e instanceof PrefectApiError) throw e;
        reason = networkReason(e);
      }
      const elapsed = Date.now() - started;
      const backoff = backoffDelay(attempt);
      const delayMs = Math.min(retryAfterMs ?? backoff, Math.max(0, maxRetryMs - elapsed));
      if (attempt >= maxAttempts || elapsed + delayMs >= maxRetryMs) {
        throw new PrefectApiError(method, path, undefined, `gave up after ${attempt} attempt(s) over ${Math.round(elapsed / 1000)} s: ${reason}`);
      }
      this.options.onRetry?.({ method, path, attempt, delayMs, reason });
      await sleep(delayMs);
    }
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
      const r = await this.request<{ token?: string; expiration?: string } | undefined>('GET', `/csrf-token?client=${encodeURIComponent(this.clientId)}`);
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

/** Prefect's message: `detail`, or `exception_detail` for 422 (never `request_body`, which echoes what was sent). */
function detailOf(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown; exception_detail?: unknown; exception_message?: string };
    if (Array.isArray(body.exception_detail)) {
      const parts = body.exception_detail.map((d: { loc?: unknown[]; msg?: string }) => `${(d.loc ?? []).join('.')}: ${d.msg ?? ''}`);
      return `${body.exception_message ?? 'invalid request'} ${parts.join('; ')}`.trim();
    }
    if (typeof body.detail === 'string') return body.detail;
    if (body.detail !== undefined) return JSON.stringify(body.detail).slice(0, 500);
  } catch {
    // not JSON
  }
  if (status === 401 || status === 403) return 'not authorized: check PREFECT_API_KEY or PREFECT_API_AUTH_STRING';
  return text.slice(0, 200).replace(/\s+/g, ' ') || 'no details';
}
