/**
 * A real Prefect server from the pinned venv, on loopback and a free port, with a
 * fresh PREFECT_HOME: on SQLite, or on a PostgreSQL database of its own in the
 * cluster scripts/db-infra.sh started, with several API workers (and a Redis of its
 * own) when asked. Anything missing, or a server that does not come up, fails loudly.
 *
 * A file that scopes every name it creates to itself (deployments, flows' repository labels,
 * work pools, blocks) asks for `shared: true`: under scripts/test.sh it then gets the server
 * scripts/shared-servers.ts started for its venv and database (PED_SHARED_* below) instead of
 * starting one; run alone, it starts its own as before.
 */
import { execFile, execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { promisify } from 'node:util';
import { backoffDelay, sleep } from '../../src/retry.js';
import { repoRoot, venvBin } from './python.js';
import { requireTier } from './tier.js';

export type Database = 'sqlite' | 'postgres';

/** What the core integration tests run against: every server kind they must pass on. */
export const DATABASES: Database[] = ['sqlite', 'postgres'];

export interface ServerOptions {
  /** Server settings (`PREFECT_SERVER_*`), on top of the defaults. */
  env?: Record<string, string>;
  venv?: string;
  database?: Database;
  /** API worker processes; more than one needs PostgreSQL, and gets a Redis of its own. */
  workers?: number;
  /** Prefect's background services (the scheduler among them); off unless asked. */
  services?: boolean;
  /**
   * The file's names are its own, so the suite's shared server for this venv and database will do
   * when there is one (never with `env`, `workers` or `services`: those are a server's own configuration).
   */
  shared?: boolean;
}

export interface RunningServer {
  apiUrl: string;
  /** PREFECT_HOME for this file's Prefect clients (the server's own, unless it is shared). */
  home: string;
  database: Database;
  /** A server other files use too: list and count only what this file named. */
  shared: boolean;
  /** Authorization header value, for servers started with an auth string. */
  authorization?: string;
  stop(): Promise<void>;
  /** Direct API calls for test setup and assertions (not through the code under test). */
  api<T>(method: string, route: string, body?: unknown): Promise<T>;
  /** The server's own Prefect (CLI or `python -c`) pointed at it: Prefect's view of what was registered. */
  prefect(args: string[], cwd?: string, extraEnv?: Record<string, string>): string;
  /**
   * `prefect block register -m MODULE` for each module the server lacks: a SQLite server (a shared one
   * among them) starts from its venv's template, which holds TEMPLATE_BLOCKS'.
   */
  registerBlocks(modules: string[]): void;
}

/** The environment of a Prefect process (the CLI, a worker, `python -c`) that talks to this server, and nothing else. */
export function prefectClientEnv(server: { apiUrl: string; home: string }): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PREFECT_API_URL: server.apiUrl,
    PREFECT_HOME: server.home,
    DO_NOT_TRACK: '1',
  };
}

/** Block collections a venv's SQLite template holds registered: every server of that venv registers them. */
export const TEMPLATE_BLOCKS: Record<string, string[]> = {
  '.venv-worker': ['prefect_aws'],
  '.venv-prefect2': ['prefect_aws', 'prefect_aws.ecs'],
};

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

/** psql against the test cluster (its address comes from .tmp/db-infra.env, which scripts/test.sh loads). */
function psql(sql: string): void {
  const { PGPORT, PED_POSTGRES_TEMPLATE } = process.env;
  if (!PGPORT || !PED_POSTGRES_TEMPLATE)
    throw new Error('PGPORT not set: run the tests with scripts/test.sh (scripts/db-infra.sh starts PostgreSQL)');
  const r = spawnSync(
    'psql',
    ['-h', '127.0.0.1', '-p', PGPORT, '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, PGOPTIONS: '--client-min-messages=warning' },
    },
  );
  if (r.status !== 0) throw new Error(`psql: ${sql}: ${r.stderr || r.error}`);
}

let creating = Promise.resolve();

/** A database of its own, copied from the migrated template: one at a time (a template takes one copy at once). */
async function createDatabase(): Promise<{ url: string; drop: () => void }> {
  const name = `ped_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const created = creating.then(() => psql(`CREATE DATABASE ${name} TEMPLATE ${process.env.PED_POSTGRES_TEMPLATE}`));
  creating = created.catch(() => undefined);
  await created;
  return {
    url: `postgresql+asyncpg://postgres@127.0.0.1:${process.env.PGPORT}/${name}`,
    drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A Redis of the server's own, loopback only, nothing persisted. */
async function startRedis(dir: string): Promise<{ env: Record<string, string>; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const env = {
    PREFECT_MESSAGING_BROKER: 'prefect_redis.messaging',
    PREFECT_MESSAGING_CACHE: 'prefect_redis.messaging',
    PREFECT_SERVER_EVENTS_CAUSAL_ORDERING: 'prefect_redis.ordering',
    PREFECT_SERVER_CONCURRENCY_LEASE_STORAGE: 'prefect_redis.lease_storage',
    PREFECT_REDIS_MESSAGING_HOST: '127.0.0.1',
    PREFECT_REDIS_MESSAGING_PORT: String(port),
  };
  return { env, child };
}

/**
 * A SQLite database Prefect has migrated, one per venv (keyed by its install stamp): made once
 * by a server on an empty home, then copied into each new home. Migrating from scratch costs
 * each SQLite server about 6 s of CPU; the copy is what that server would have written.
 */
const templates = new Map<string, Promise<string>>();
const execFileAsync = promisify(execFile);

function sqliteTemplate(venv: string): Promise<string> {
  const stamp =
    readdirSync(path.join(repoRoot, venv)).find((f) => f.startsWith('.installed-')) ?? '.installed-unstamped';
  const blocks = (TEMPLATE_BLOCKS[venv] ?? []).map((m) => `+${m}`).join('');
  const file = path.join(
    repoRoot,
    '.tmp/prefect-sqlite',
    `${path.basename(venv).replace(/^\./, '')}${stamp.slice('.installed'.length)}${blocks}.db`,
  );
  if (existsSync(file)) return Promise.resolve(file);
  if (!templates.has(file)) {
    const made = (async () => {
      // Migrating from scratch on a busy machine can take minutes: more time than a test's server gets.
      const server = await launch({ venv, database: 'sqlite' }, undefined, 300_000);
      // Asynchronously: scripts/shared-servers.ts makes several templates at once in one process.
      for (const module of TEMPLATE_BLOCKS[venv] ?? [])
        await execFileAsync(venvBin('prefect', venv), ['block', 'register', '-m', module], {
          env: prefectClientEnv(server),
        });
      await server.stop();
      mkdirSync(path.dirname(file), { recursive: true });
      // SQLite's backup API: a consistent copy whatever the write-ahead log holds. Files
      // in parallel may each make one: the rename makes either one the template.
      const tmp = `${file}.${process.pid}`;
      const backup =
        'import sqlite3, sys; d = sqlite3.connect(sys.argv[2]); sqlite3.connect(sys.argv[1]).backup(d); d.close()';
      execFileSync(venvBin('python', venv), ['-c', backup, path.join(server.home, 'prefect.db'), tmp]);
      renameSync(tmp, file);
      return file;
    })();
    templates.set(file, made);
  }
  return templates.get(file)!;
}

const basicAuth = (auth: string | undefined) => (auth ? `Basic ${Buffer.from(auth).toString('base64')}` : undefined);

/** A server on a port taken meanwhile (files run in parallel) exits saying so: it is started again on another. */
class PortTaken extends Error {}

/** The variable scripts/shared-servers.ts sets to the API URL of its server of this kind: PED_SHARED_VENV_PREFECT2_SQLITE, ... */
export function sharedServerVariable(venv: string, database: Database): string {
  return `PED_SHARED_${path.basename(venv).replace(/^\./, '').replace(/\W/g, '_').toUpperCase()}_${database.toUpperCase()}`;
}

export async function startPrefectServer(options: ServerOptions = {}): Promise<RunningServer> {
  requireTier('services', 'a Prefect server');
  const { venv = '.venv', database = 'sqlite' } = options;
  const sharedUrl =
    options.shared && !options.env && !options.workers && !options.services
      ? process.env[sharedServerVariable(venv, database)]
      : undefined;
  if (sharedUrl) {
    // Nothing to stop: the server outlives the file. Its clients get a home of their own.
    const home = mkdtempSync(path.join(tmpdir(), 'ped-prefect-client-'));
    return client({
      apiUrl: sharedUrl,
      home,
      database,
      venv,
      env: {},
      shared: true,
      stop: async () => undefined,
      blockModules: database === 'sqlite' ? (TEMPLATE_BLOCKS[venv] ?? []) : [],
    });
  }
  const started = Date.now();
  const template = database === 'sqlite' ? await sqliteTemplate(venv) : undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      const server = await launch(options, template);
      logStart(
        `${venv} ${database}${options.env || options.workers || options.services ? ' (own settings)' : ''}`,
        started,
      );
      return server;
    } catch (e) {
      if (!(e instanceof PortTaken) || attempt === 3) throw e;
    }
  }
}

/** One line per server started, when scripts/test.sh asks (PED_SERVER_LOG): where the tier's start-up time goes. */
function logStart(kind: string, started: number): void {
  const log = process.env.PED_SERVER_LOG;
  const file = path.relative(repoRoot, process.argv[1] ?? '?');
  if (log) appendFileSync(log, `${file}\t${kind}\t${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

async function launch(options: ServerOptions, sqliteTemplate?: string, deadlineMs = 90_000): Promise<RunningServer> {
  const { env = {}, venv = '.venv', database = 'sqlite', workers = 1 } = options;
  if (workers > 1 && database !== 'postgres') throw new Error('several API workers need PostgreSQL');
  const port = await freePort();
  const home = mkdtempSync(path.join(tmpdir(), 'ped-prefect-'));
  // Both Prefect 2 and 3 keep a SQLite database at $PREFECT_HOME/prefect.db.
  if (sqliteTemplate) copyFileSync(sqliteTemplate, path.join(home, 'prefect.db'));
  const blockModules = sqliteTemplate ? (TEMPLATE_BLOCKS[venv] ?? []) : [];
  const db = database === 'postgres' ? await createDatabase() : undefined;
  const redis = workers > 1 ? await startRedis(home) : undefined;
  // Prefect 3 can leave out its background services; Prefect 2's CLI has no such flag.
  const args = ['server', 'start', '--host', '127.0.0.1', '--port', String(port)];
  if (venv !== '.venv-prefect2' && !options.services) args.push('--no-services');
  if (workers > 1) args.push('--workers', String(workers));
  // A group of its own: several workers are child processes of the CLI, and all stop together.
  const logFile = path.join(home, 'server.log');
  const log = openSync(logFile, 'a');
  const child: ChildProcess = spawn(venvBin('prefect', venv), args, {
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PREFECT_HOME: home,
      PREFECT_SERVER_ANALYTICS_ENABLED: 'false',
      DO_NOT_TRACK: '1',
      PREFECT_LOGGING_LEVEL: 'WARNING',
      PREFECT_SERVER_LOGGING_LEVEL: 'WARNING',
      ...(db ? { PREFECT_API_DATABASE_CONNECTION_URL: db.url } : {}),
      ...redis?.env,
      ...env,
    },
    // A file, not a pipe: a test that runs the CLI synchronously blocks this process's event loop,
    // and a server whose log pipe fills (Prefect 2 logs a traceback per locked SQLite write) stops answering.
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const output = () => readFileSync(logFile, 'utf8');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid!, 'SIGTERM');
      const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    redis?.child.kill('SIGKILL');
    db?.drop();
  };
  const apiUrl = `http://127.0.0.1:${port}/api`;
  const auth = env.PREFECT_SERVER_API_AUTH_STRING;
  const authorization = basicAuth(auth);
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      if (/already in use/i.test(output())) throw new PortTaken(`port ${port} was taken`);
      throw new Error(`the Prefect server exited (${child.exitCode}):\n${output().slice(-3000)}`);
    }
    try {
      const r = await fetch(`${apiUrl}/health`, { headers: authorization ? { authorization } : {} });
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the Prefect server did not answer /api/health within ${deadlineMs / 1000} s:\n${output().slice(-3000)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return client({ apiUrl, home, database, venv, env, shared: false, stop, blockModules });
}

interface ClientOf {
  apiUrl: string;
  home: string;
  database: Database;
  venv: string;
  env: Record<string, string>;
  shared: boolean;
  stop: () => Promise<void>;
  /** Block collections registered on it from the start. */
  blockModules: string[];
}

/** The test's handle on a running server: direct API calls and the server's own Prefect pointed at it. */
function client({ apiUrl, home, database, venv, env, shared, stop, blockModules }: ClientOf): RunningServer {
  const auth = env.PREFECT_SERVER_API_AUTH_STRING;
  const authorization = basicAuth(auth);
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
    const send = () =>
      fetch(apiUrl + route, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    // uvicorn closes idle keep-alive connections after 5 s; a request on such a socket fails once.
    // A busy server (SQLite locked by another file's writes) answers 503 or 429: retried as Prefect's own client does.
    let r = await send().catch(send);
    for (let attempt = 1; (r.status === 503 || r.status === 429) && attempt < 8; attempt++) {
      await r.text();
      await sleep(backoffDelay(attempt));
      r = await send().catch(send);
    }
    const text = await r.text();
    if (!r.ok) throw new Error(`${method} ${route}: ${r.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const prefect = (args: string[], cwd = process.cwd(), extraEnv: Record<string, string> = {}) => {
    const [bin, rest] = args[0] === 'python' ? ['python', args.slice(1)] : ['prefect', args];
    const env = {
      ...prefectClientEnv({ apiUrl, home }),
      PREFECT_LOGGING_LEVEL: 'WARNING',
      ...(auth ? { PREFECT_API_AUTH_STRING: auth } : {}),
      ...extraEnv,
    };
    const r = spawnSync(venvBin(bin, venv), rest, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`${bin} ${rest.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };
  const registerBlocks = (modules: string[]) => {
    for (const module of modules.filter((m) => !blockModules.includes(m))) prefect(['block', 'register', '-m', module]);
  };
  return { apiUrl, home, database, shared, authorization, api, prefect, stop, registerBlocks };
}

/**
 * Creates a work pool. On a shared server another file may have made one of that name first:
 * that one does, if its settings are these (a pool with settings of its own needs a name of its own).
 */
export async function createWorkPool(
  server: RunningServer,
  pool: { name: string; type: string; [field: string]: unknown },
): Promise<void> {
  try {
    await server.api('POST', '/work_pools/', pool);
  } catch (e) {
    if (!server.shared || !/: 409 /.test(String(e))) throw e;
    const found = await server.api<Record<string, unknown>>('GET', `/work_pools/${encodeURIComponent(pool.name)}`);
    if (Object.keys(pool).some((k) => canonical(found[k]) !== canonical(pool[k]))) {
      throw new Error(
        `work pool ${pool.name} exists on the shared server with other settings: give this file's pool a name of its own`,
      );
    }
  }
}

/** JSON with sorted keys: the same settings read back compare equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A server with a work pool of the given name: what most tests start from. */
export async function serverWithPool(
  database: Database,
  pool: string,
  options: Pick<ServerOptions, 'shared'> = {},
): Promise<RunningServer> {
  const server = await startPrefectServer({ database, ...options });
  await createWorkPool(server, { name: pool, type: 'process' });
  return server;
}

/**
 * The tests `body` defines, once per database of DATABASES, each in a block of its own
 * with a server of its own (`start` starts it; it is stopped after the block).
 */
export function forEachDatabase(
  start: (database: Database) => Promise<RunningServer>,
  body: (database: Database) => void,
): void {
  for (const database of DATABASES) {
    describe(database, () => {
      let server: RunningServer | undefined;
      before(async () => {
        server = await start(database);
      });
      after(() => server?.stop());
      body(database);
    });
  }
}
