/**
 * Validation speed: `prefect-ecr-deploy validate` on 200 deployments over 50 flow
 * files, wall time of the whole process (start included), median of repeated runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateRepo } from './generate.js';

const cli = path.resolve(import.meta.dirname, '../dist/cli/index.js');
const runs = Number(process.env.RUNS ?? 9);

for (const [deployments, files] of [
  [200, 50],
  [1000, 250],
]) {
  const repo = generateRepo(mkdtempSync(path.join(tmpdir(), 'ped-bench-')), deployments, files);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'validate', '--env', 'bench'], { cwd: repo, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (r.status !== 0) throw new Error(`validate failed: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `validate ${deployments} deployments / ${files} flow files: median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (${runs} runs, process start included)`,
  );
}
