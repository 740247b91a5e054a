/** rhysd/actionlint (scripts/act-infra.sh builds it into .tmp/bin/) on workflow files. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './python.js';

export function actionlint(files: string[]): { status: number | null; out: string } {
  const bin = path.join(repoRoot, '.tmp/bin/actionlint');
  if (!existsSync(bin))
    throw new Error(`${bin} missing: run the suite with scripts/test.sh (scripts/act-infra.sh builds actionlint)`);
  const r = spawnSync(bin, ['-no-color', ...files], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}
