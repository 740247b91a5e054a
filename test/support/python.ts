/** The pinned Prefect in the project's test venv: the source of truth for parity tests. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { requireTier } from './tier.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The venv `.ci/run` (or `scripts/setup-test-env.sh`) creates; a missing one is a loud failure. */
export function venvBin(name: string, venv = '.venv'): string {
  const bin = path.join(repoRoot, venv, 'bin', name);
  requireTier('venv', bin);
  if (!existsSync(bin)) {
    throw new Error(`${bin} is missing: run scripts/setup-test-env.sh (it installs the pinned Prefect into ${venv}/)`);
  }
  return bin;
}

export interface Truth {
  [entrypoint: string]: { name: string; description: string | null; schema: unknown } | { error: string };
}

/** What Prefect's own load_flow_from_entrypoint + parameter_schema produce for each entrypoint. */
/** `pythonPath`: directories (relative to cwd) an install of the project would put on sys.path. */
export function prefectTruth(cwd: string, entrypoints: string[], pythonPath: string[] = []): Truth {
  mkdirSync(path.join(repoRoot, '.tmp/prefect-home'), { recursive: true });
  const out = execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/prefect_truth.py')], {
    cwd,
    input: JSON.stringify(entrypoints),
    env: {
      ...process.env,
      PREFECT_HOME: path.join(repoRoot, '.tmp/prefect-home'),
      DO_NOT_TRACK: '1',
      ...(pythonPath.length ? { PYTHONPATH: pythonPath.map((d) => path.join(cwd, d)).join(path.delimiter) } : {}),
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString());
}
