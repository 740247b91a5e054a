/**
 * The Prefect servers the integration tier (and the act tier beside it) shares: one per venv and
 * database that test files ask for with `shared: true` (test/support/server.ts). scripts/test.sh
 * starts this before the first tier and stops it when the suite ends; a file run alone starts its
 * own server instead.
 *
 *   node --import tsx scripts/shared-servers.ts OUT_FILE
 *
 * Starts the servers (a SQLite one from its venv's template, which holds the block types its files
 * need: TEMPLATE_BLOCKS in test/support/server.ts), writes `NAME=URL` lines to OUT_FILE, then serves
 * until SIGTERM or SIGINT, when it stops them. A server that does not come up fails it before
 * OUT_FILE is written.
 */
import { writeFileSync } from 'node:fs';
import { sharedServerVariable, startPrefectServer, type Database, type RunningServer } from '../test/support/server.js';

interface Kind {
  venv: string;
  database: Database;
}

export const SHARED_KINDS: Kind[] = [
  { venv: '.venv', database: 'sqlite' },
  { venv: '.venv', database: 'postgres' },
  // Their SQLite templates hold the block types their files need (TEMPLATE_BLOCKS in test/support/server.ts).
  { venv: '.venv-prefect2', database: 'sqlite' },
  { venv: '.venv-worker', database: 'sqlite' },
];

const out = process.argv[2];
if (!out) {
  console.error('usage: shared-servers.ts OUT_FILE');
  process.exit(2);
}

const servers: RunningServer[] = [];
let stopping = false;
const stopAll = () => {
  stopping = true;
  return Promise.all(servers.map((s) => s.stop()));
};
// A signal while the servers start stops those up, and each that comes up after.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(0)));
}
/** Starts one kind's server (asynchronously: the kinds start together). */
async function start(kind: Kind): Promise<string> {
  const started = Date.now();
  const server = await startPrefectServer({ venv: kind.venv, database: kind.database });
  servers.push(server);
  if (stopping) await server.stop();
  console.error(
    `shared-servers: ${kind.venv} ${kind.database} at ${server.apiUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return `${sharedServerVariable(kind.venv, kind.database)}=${server.apiUrl}`;
}

// Every start ends before a failure is reported: a server still starting when another failed
// would otherwise outlive this process.
const results = await Promise.allSettled(SHARED_KINDS.map(start));
const failed = results.find((r) => r.status === 'rejected');
if (failed) {
  await stopAll();
  throw failed.reason;
}
writeFileSync(out, results.map((r) => (r as PromiseFulfilledResult<string>).value).join('\n') + '\n');
// Serve until signalled.
setInterval(() => undefined, 1 << 30);
