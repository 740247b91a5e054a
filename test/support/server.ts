/**
 * A real Prefect server from the pinned venv, on loopback and a free port, with a
 * fresh PREFECT_HOME. A missing venv or a server that does not come up fails loudly.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { venvBin } from './python.js';

export interface RunningServer {
  apiUrl: string;
  home: string;
  /** Authorization header value, for servers started with an auth string. */
  authorization?: string;
  stop(): Promise<void>;
  /** Direct API calls for test setup and assertions (not through the code under test). */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
  /** The server's own Prefect (CLI or `python -c`) pointed at it: Prefect's view of what was registered. */
  prefect(args: string[], cwd?: string, extraEnv?: Record<string, string>): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startPrefectServer(env: Record<string, string> = {}, venv = '.venv'): Promise<RunningServer> {
  const port = await freePort();
  const home = mkdtempSync(path.join(tmpdir(), 'ped-prefect-'));
  // Prefect 3 can leave out its background services; Prefect 2's CLI has no such flag.
  const services = venv === '.venv-prefect2' ? [] : ['--no-services'];
  const child: ChildProcess = spawn(venvBin('prefect', venv), ['server', 'start', '--host', '127.0.0.1', '--port', String(port), ...services], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PREFECT_HOME: home,
      PREFECT_SERVER_ANALYTICS_ENABLED: 'false',
      DO_NOT_TRACK: '1',
      PREFECT_LOGGING_LEVEL: 'WARNING',
      PREFECT_SERVER_LOGGING_LEVEL: 'WARNING',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const auth = env.PREFECT_SERVER_API_AUTH_STRING;
  const authorization = auth ? `Basic ${Buffer.from(auth).toString('base64')}` : undefined;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the Prefect server exited (${child.exitCode}):\n${output.slice(-3000)}`);
    try {
      const r = await fetch(`${apiUrl}/health`, { headers: authorization ? { authorization } : {} });
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the Prefect server did not answer /api/health within 90 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  let csrf: { token: string; client: string } | undefined;
  const api = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    if (env.PREFECT_SERVER_CSRF_PROTECTION_ENABLED === 'true' && method !== 'GET') {
      if (!csrf) {
        const r = await fetch(`${apiUrl}/csrf-token?client=tests`, { headers });
        csrf = { token: ((await r.json()) as { token: string }).token, client: 'tests' };
      }
      headers['Prefect-Csrf-Token'] = csrf.token;
      headers['Prefect-Csrf-Client'] = csrf.client;
    }
    const send = () => fetch(apiUrl + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    // uvicorn closes idle keep-alive connections after 5 s; a request on such a socket fails once.
    const r = await send().catch(send);
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${route}: ${r.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const prefect = (args: string[], cwd = process.cwd(), extraEnv: Record<string, string> = {}) => {
    const [bin, rest] = args[0] === 'python' ? ['python', args.slice(1)] : ['prefect', args];
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, PREFECT_API_URL: apiUrl, PREFECT_HOME: home, DO_NOT_TRACK: '1', PREFECT_LOGGING_LEVEL: 'WARNING', ...(auth ? { PREFECT_API_AUTH_STRING: auth } : {}), ...extraEnv };
    const r = spawnSync(venvBin(bin, venv), rest, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`${bin} ${rest.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  return {
    apiUrl,
    home,
    authorization,
    api,
    prefect,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}
