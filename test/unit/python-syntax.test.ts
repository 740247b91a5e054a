/**
 * The Python reader on Python 3.12/3.13 syntax CPython 3.11 cannot check (PEP 695, 696,
 * 701): it parses, and its errors are found at their line. Verdicts against CPython:
 * test/parity/python-syntax.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FlowReader } from '../../src/flows/read.js';
import { ours } from '../support/syntax-verdict.js';
import { repoRoot } from '../support/python.js';

test('Python 3.12 and 3.13 syntax parses: PEP 695 generics and type statements, PEP 701 f-strings, PEP 696 defaults', () => {
  const dir = path.join(repoRoot, 'test/fixtures/python/modern');
  const reader = new FlowReader(dir);
  const flows: Record<string, string> = {
    'generics_pep695.py': 'sized',
    'fstrings_pep701.py': 'report',
    'defaults_pep696.py': 'drain',
  };
  for (const [file, fn] of Object.entries(flows)) {
    assert.deepEqual(ours(readFileSync(path.join(dir, file), 'utf8')), { ok: true }, file);
    const got = reader.read(`${file}:${fn}`);
    assert.ok(got.ok, got.ok ? '' : got.message);
  }
  const pep701 = reader.read('fstrings_pep701.py:report');
  assert.ok(pep701.ok);
  assert.equal(pep701.flow.name, 'pep-701');
  assert.deepEqual(Object.keys(pep701.flow.parameterSchema.properties), ['title', 'width']);
});

test('syntax errors in 3.12 syntax are still errors at their line', () => {
  assert.deepEqual(ours('def f[T](x: T:\n    pass\n').ok, false);
  assert.equal((ours('x = 1\nclass Q[T = ]:\n    pass\n') as { line: number }).line, 2);
  assert.equal((ours('s = f"{", ".join(a}"\n') as { line: number }).line, 1);
});
