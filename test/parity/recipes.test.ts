/**
 * Every `prefect init` recipe of the pinned Prefect, its file as `prefect init` writes
 * it (one deployment filled in): it validates, or it is refused at the line of each
 * step this tool cannot run, with the reason, exit 2. Registration against `prefect
 * deploy` itself: test/integration/s3-recipes.test.ts.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { repoRoot } from '../support/python.js';
import { initRecipe, recipeFields, recipeNames, withDeployment } from '../support/recipes.js';

/** What happens to each recipe's file: valid, or refused for its GCS or Azure steps. */
const EXPECTED: Record<string, 'valid' | 'refused'> = {
  azure: 'refused',
  docker: 'valid',
  'docker-azure': 'refused',
  'docker-gcs': 'refused',
  'docker-git': 'valid',
  'docker-s3': 'valid',
  gcs: 'refused',
  git: 'valid',
  local: 'valid',
  s3: 'valid',
};

const UNSUPPORTED = /^(prefect_gcp|prefect_azure)\.deployments\.steps\./;

test('the recipes the pinned Prefect ships are the ones this suite knows', () => {
  assert.deepEqual(recipeNames(), Object.keys(EXPECTED).sort());
});

for (const name of recipeNames()) {
  test(`prefect init --recipe ${name}: ${EXPECTED[name] ?? 'no expectation'}`, () => {
    assert.ok(EXPECTED[name], `recipe ${name} is new: say what this tool does with its file`);
    const dir = initRecipe(name, recipeFields('ped-recipe-bucket'));
    cpSync(path.join(repoRoot, 'examples/flows'), path.join(dir, 'flows'), { recursive: true });
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /opt/prefect\n');
    const text = withDeployment(dir, `${name}-hello`, 'flows/hello_world.py:hello', 'pool');
    const r = runCli(['validate', '--file', 'prefect.yaml'], dir);
    if (EXPECTED[name] === 'valid') {
      assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
      assert.doesNotMatch(r.stderr, /no earlier (pull )?step has the id/);
      return;
    }
    assert.equal(r.status, 2, `${r.stderr}\n${r.stdout}`);
    // Each GCS or Azure step is refused at its own line and column, with the reason.
    const lines = text.split('\n');
    const steps = lines.flatMap((l, i) => {
      const m = /^(\s*- )([\w.]+):\s*$/.exec(l);
      return m && UNSUPPORTED.test(m[2]) ? [{ line: i + 1, column: m[1].length + 1, fn: m[2] }] : [];
    });
    assert.ok(steps.length >= 2, `the recipe's push and pull steps: ${JSON.stringify(steps)}`);
    for (const s of steps) {
      const escaped = s.fn.replace(/\./g, '\\.');
      assert.match(
        r.stderr,
        new RegExp(
          `prefect\\.yaml:${s.line}:${s.column}: (push|pull) step ${escaped} is not supported: only S3 code storage`,
        ),
      );
    }
  });
}
