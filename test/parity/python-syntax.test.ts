/**
 * The Python reader's syntax verdicts against CPython: every snippet of the corpus
 * is compiled by the test venv's CPython 3.11 and must get the same verdict, on the
 * same line; real code (a sample of the venv's own packages) is never an error.
 * Python 3.12/3.13 syntax CPython 3.11 cannot check: test/unit/python-syntax.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ours, type Verdict } from '../support/syntax-verdict.js';
import { repoRoot, venvBin } from '../support/python.js';

function cpython(sources: string[]): Verdict[] {
  const out = execFileSync(venvBin('python'), [path.join(repoRoot, 'test/python/syntax_truth.py')], {
    input: JSON.stringify(sources),
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out.toString());
}

test('every snippet of the syntax corpus gets CPython 3.11 verdict, on its line, and ast.parse verdict', () => {
  const { snippets } = JSON.parse(
    readFileSync(path.join(repoRoot, 'test/fixtures/python/syntax-corpus.json'), 'utf8'),
  ) as { snippets: string[] };
  const truth = cpython(snippets);
  assert.ok(
    truth.filter((t) => t.ok).length >= 40 && truth.filter((t) => !t.ok).length >= 60,
    'the corpus keeps both valid and invalid snippets',
  );
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
  const wrong = sample.flatMap((f, i) =>
    truth[i].ok && !ours(sources[i]).ok ? [`${f}: ${JSON.stringify(ours(sources[i]))}`] : [],
  );
  assert.deepEqual(wrong, []);
});
