/**
 * Loaded into every test file's process by scripts/test.sh (`--import`): when PED_FILE_TIMES
 * names a file, each test file appends its wall time (start-up and hooks included, which the
 * runner's own report leaves out), its path and the CPU seconds it and the processes it waited
 * for used (its servers, CLI runs, Python) when its process ends. The tier prints the slowest,
 * and the next run starts the slowest first.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** utime, stime, cutime and cstime of /proc/self/stat, in seconds (Linux counts them in 1/100 s). */
function cpuSeconds(): string {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
    return `${(ticks / 100).toFixed(1)} s CPU`;
  } catch {
    return '';
  }
}

const log = process.env.PED_FILE_TIMES;
// Only the runner's child processes (one per file) carry NODE_TEST_CONTEXT; the runner itself does not.
if (log && process.env.NODE_TEST_CONTEXT && process.argv[1]) {
  const file = path.relative(process.cwd(), process.argv[1]);
  process.on('exit', () => appendFileSync(log, `${(performance.now() / 1000).toFixed(1)}\t${file}\t${cpuSeconds()}\n`));
}
