/**
 * The Prefect servers the integration tier shares: one per venv and database that test files
 * ask for with `shared: true` (test/support/server.ts). scripts/test.sh starts this before the
 * tier and stops it after; a file run alone starts its own server instead.
 *
 *   node --import tsx scripts/shared-servers.ts OUT_FILE
 *
 * Starts the servers with the block types their files need (their SQLite templates hold most:
 * TEMPLATE_BLOCKS in test/support/server.ts), writes `NAME=URL` lines to OUT_FILE, then serves until SIGTERM or
 * SIGINT, when it stops them. A server that does not come up fails it before OUT_FILE is written.
 */
import { writeFileSync } from 'node:fs';
import { sharedServerVariable, startPrefectServer, type Database, type RunningServer } from '../test/support/server.js';

interface Kind {
  venv: string;
  database: Database;
  /** Block collections registered once here; the files skip `prefect block register` on a shared server. */
  blocks: string[];
}

export const SHARED_KINDS: Kind[] = [
  { venv: '.venv', database: 'sqlite', blocks: [] },
  { venv: '.venv', database: 'postgres', blocks: [] },
  { venv: '.venv-prefect2', database: 'sqlite', blocks: ['prefect_aws', 'prefect_aws.ecs'] },
  { venv: '.venv-worker', database: 'sqlite', blocks: ['prefect_aws'] },
];

const out = process.argv[2];
if (!out) {
  console.error('usage: shared-servers.ts OUT_FILE');
  process.exit(2);
}

const servers: RunningServer[] = [];
const stopAll = () => Promise.all(servers.map((s) => s.stop()));
/** Starts one kind's server and registers its blocks (asynchronously: the kinds start together). */
async function start(kind: Kind): Promise<string> {
  const started = Date.now();
  const server = await startPrefectServer({ venv: kind.venv, database: kind.database });
  servers.push(server);
  // Those its SQLite template holds are there already (TEMPLATE_BLOCKS).
  server.registerBlocks(kind.blocks);
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
