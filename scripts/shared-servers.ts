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
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
/** Starts one kind's server (asynchronously: the kinds start together). */
async function start(kind: Kind): Promise<string> {
  const started = Date.now();
  const server = await startPrefectServer({ venv: kind.venv, database: kind.database });
  servers.push(server);
  console.error(
    `shared-servers: ${kind.venv} ${kind.database} at ${server.apiUrl} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return `${sharedServerVariable(kind.venv, kind.database)}=${server.apiUrl}`;
}

try {
  const lines = await Promise.all(SHARED_KINDS.map(start));
  writeFileSync(out, lines.join('\n') + '\n');
} catch (e) {
  await stopAll();
  throw e;
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void stopAll().then(() => process.exit(0)));
}
// Serve until signalled.
setInterval(() => undefined, 1 << 30);
