/**
 * Prefect reads a flow differently where its dependencies are missing (from source,
 * see src/flows/environment.ts): the list of what is importable there is the test
 * venv's own (the pinned Prefect's dependency closure and Python's standard library),
 * and the warnings name the parameters whose registration then differs.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { PREFECT_ENVIRONMENT } from '../../src/flows/environment.js';
import { FlowReader } from '../../src/flows/read.js';
import { makeRepo } from '../support/repo.js';
import { prefectTruth, repoRoot, venvBin } from '../support/python.js';

test("the modules importable with Prefect alone are the test venv's", () => {
  const venv: string[] = JSON.parse(
    execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/environment_truth.py')]).toString(),
  );
  const venvOnly = venv.filter((n) => !PREFECT_ENVIRONMENT.has(n) && !/_cli$|^griffecli$|_data$|_scripts$/.test(n));
  const oursOnly = [...PREFECT_ENVIRONMENT].filter((n) => !venv.includes(n) && n !== '__future__');
  assert.deepEqual({ venvOnly, oursOnly }, { venvOnly: [], oursOnly: [] });
});

test("where a flow's dependencies are missing, the parameters whose registration changes are warned, and match Prefect's reading then", async () => {
  const root = makeRepo({
    'flows/shapes.py':
      'import not_installed_pkg\nfrom pydantic import BaseModel\n\nclass Shape(BaseModel):\n    sides: int = 3\n',
    'flows/env_flow.py': [
      'from dataclasses import dataclass',
      'from prefect import flow',
      'import not_installed_pkg',
      'from flows.shapes import Shape',
      '',
      'LIMIT: int = 5',
      'SIZE = 2',
      '',
      '@dataclass',
      'class Local:',
      '    size: int = SIZE',
      '',
      '@dataclass',
      'class Annotated:',
      '    limit: int = LIMIT',
      '',
      '@flow',
      'def env_flow(shape: Shape, local: Local, other: Annotated, limit: int = LIMIT, plain: int = 1):',
      '    pass',
      '',
    ].join('\n'),
  });
  const truth = await prefectTruth(root, ['flows/env_flow.py:env_flow']);
  const ours = new FlowReader(root).read('flows/env_flow.py:env_flow');
  assert.ok(ours.ok, ours.ok ? '' : ours.message);
  const warned = [...new Set(ours.flow.notes.map((n) => n.param))].sort();
  assert.deepEqual(warned, ['limit', 'other', 'shape']);
  assert.match(
    ours.flow.notes.find((n) => n.param === 'shape')!.message,
    /flows\/env_flow.py imports not_installed_pkg.*registers 'shape' without its type/,
  );
  // Prefect here (where not_installed_pkg is missing) differs from our reading exactly on the warned parameters.
  const theirs = (truth['flows/env_flow.py:env_flow'] as { schema: { properties: Record<string, unknown> } }).schema
    .properties;
  const differing = Object.keys(theirs)
    .filter((p) => !isSame(theirs[p], ours.flow.parameterSchema.properties[p]))
    .sort();
  assert.deepEqual(differing, ['limit', 'other', 'shape']);
});

function isSame(a: unknown, b: unknown): boolean {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
