import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { runAction } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';

function outputs(file: string): Record<string, string> {
  // GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks.
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

test('the action validates the environment file and sets outputs', () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': 'deployments:\n  - {name: a, entrypoint: flows/hello_world.py:hello, work_pool: {name: p}}\n' });
  const outFile = path.join(root, 'github-output');
  writeFileSync(outFile, '');
  const r = runAction(root, { INPUT_ENVIRONMENT: 'dev', GITHUB_OUTPUT: outFile, GITHUB_SHA: 'a'.repeat(40) });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const o = outputs(outFile);
  assert.equal(o.valid, 'true');
  assert.deepEqual(JSON.parse(o.deployments), [{ name: 'a', flow: 'hello', entrypoint: 'flows/hello_world.py:hello' }]);
});

test('the action annotates each error at its file, line and column and fails', () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': 'deployments:\n  - name: a\n    entrypoint: flows/hello_world.py:hello\n    tags: x\n' });
  const outFile = path.join(root, 'github-output');
  writeFileSync(outFile, '');
  const r = runAction(root, { INPUT_ENVIRONMENT: 'dev', GITHUB_OUTPUT: outFile });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^::error title=prefect-ecr-deploy,file=prefect-deployments-dev.yaml,line=4,col=11::'tags' must be a list/m);
  assert.match(r.stdout, /^::error title=prefect-ecr-deploy,file=prefect-deployments-dev.yaml,line=2,col=5::deployment 'a' has no work pool/m);
  assert.equal(outputs(outFile).valid, 'false');
});

test('the action without an environment fails with a clear message', () => {
  const root = makeRepo();
  const r = runAction(root, {});
  assert.equal(r.status, 1);
  assert.match(r.stdout, /::error::set the 'environment' input/);
});
