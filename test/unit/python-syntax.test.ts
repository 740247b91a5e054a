/**
 * The Python reader's syntax verdicts against CPython: every snippet of the corpus
 * is compiled by the test venv's CPython 3.11 and must get the same verdict, on the
 * same line; real code (a sample of the venv's own packages) is never an error; and
 * Python 3.12/3.13 syntax CPython 3.11 cannot check (PEP 695, 696, 701) parses.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PythonSyntaxError } from '../../src/flows/ast.js';
import { parseModule } from '../../src/flows/parse.js';
import { FlowReader } from '../../src/flows/read.js';
import { repoRoot, venvBin } from '../support/python.js';

type Verdict = { ok: true } | { ok: false; line: number; col?: number; message: string; parses?: boolean };

function ours(source: string): Verdict {
  try {
    const { compileError } = parseModule(source);
    if (compileError) return { ok: false, line: compileError.line, message: compileError.message, parses: true };
    return { ok: true };
  } catch (e) {
    if (!(e instanceof PythonSyntaxError)) throw e;
    return { ok: false, line: e.line, message: e.message, parses: false };
  }
}

function cpython(sources: string[]): Verdict[] {
  const out = execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/syntax_truth.py')], { input: JSON.stringify(sources), maxBuffer: 64 << 20 });
  return JSON.parse(out.toString());
}

test('every snippet of the syntax corpus gets CPython 3.11 verdict, on its line, and ast.parse verdict', () => {
  const { snippets } = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/python/syntax-corpus.json'), 'utf8')) as { snippets: string[] };
  const truth = cpython(snippets);
  assert.ok(truth.filter((t) => t.ok).length >= 40 && truth.filter((t) => !t.ok).length >= 60, 'the corpus keeps both valid and invalid snippets');
  const differences = snippets.flatMap((s, i) => {
    const t = truth[i];
    const o = ours(s);
    // `parses`: ast.parse accepts it (only the compiler refuses it), and Prefect's loader reads it from its syntax tree.
    const same = o.ok === t.ok && (o.ok || t.ok || (o.line === t.line && o.parses === t.parses));
    return same ? [] : [`${JSON.stringify(s)}: CPython ${JSON.stringify(t)}, ours ${JSON.stringify(o)}`];
  });
  assert.deepEqual(differences, []);
});

test('a sample of real Python (the test venv own packages) is never a syntax error', () => {
  const site = path.join(path.dirname(venvBin('python')), '../lib/python3.11/site-packages');
  const files = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.py')).sort();
  const sample = files.filter((_, i) => i % 20 === 0);
  assert.ok(sample.length > 150, `only ${sample.length} files`);
  const sources = sample.map((f) => readFileSync(path.join(site, f), 'utf8').replace(/\r\n?/g, '\n'));
  const truth = cpython(sources);
  const wrong = sample.flatMap((f, i) => (truth[i].ok && !ours(sources[i]).ok ? [`${f}: ${JSON.stringify(ours(sources[i]))}`] : []));
  assert.deepEqual(wrong, []);
});

test('Python 3.12 and 3.13 syntax parses: PEP 695 generics and type statements, PEP 701 f-strings, PEP 696 defaults', () => {
  const dir = path.join(repoRoot, 'test/fixtures/python/modern');
  const reader = new FlowReader(dir);
  const flows: Record<string, string> = { 'generics_pep695.py': 'sized', 'fstrings_pep701.py': 'report', 'defaults_pep696.py': 'drain' };
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
