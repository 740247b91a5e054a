/**
 * Loaded into every test file's process by scripts/test.sh (`--import`): when PED_FILE_TIMES
 * names a file, each test file appends its path and wall time (start-up and hooks included,
 * which the runner's own report leaves out) when its process ends. The tier prints the slowest,
 * and the next run starts the slowest first.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const log = process.env.PED_FILE_TIMES;
// Only the runner's child processes (one per file) carry NODE_TEST_CONTEXT; the runner itself does not.
if (log && process.env.NODE_TEST_CONTEXT && process.argv[1]) {
  const file = path.relative(process.cwd(), process.argv[1]);
  process.on('exit', () => appendFileSync(log, `${(performance.now() / 1000).toFixed(1)}\t${file}\n`));
}
