/** Template scanning: the regular expression's meaning, in one linear pass. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { resolveTemplates, templatesIn } from '../../src/config/templates.js';

/** The expression the scanner replaces; fine on short inputs, minutes on a long unclosed `{{`. */
const REFERENCE = /\{\{\s*([^{}]*?)\s*\}\}/g;

test('the scanner finds exactly what the regular expression finds', () => {
  const piece = fc.constantFrom('{', '}', '{{', '}}', ' ', 'a', 'sha', '$X', '\n', 'prefect.variables.v');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const expected = [...text.matchAll(REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length, expr: m[1] }));
      assert.deepEqual(templatesIn(text), expected, JSON.stringify(text));
    }),
    { numRuns: 5000, seed: 20261201 },
  );
});

test('a long unclosed template is linear work', () => {
  const text = `{{${' '.repeat(200_000)}`;
  assert.deepEqual(templatesIn(text), []);
  assert.deepEqual(resolveTemplates(text, { vars: {} }).errors, ["a template is not closed: write '{{ name }}'"]);
});

test('environment values resolve, are secret-bearing, and the tool\'s credentials are refused', () => {
  const r = resolveTemplates('x-{{ $DB }}', { vars: { DB: 'pw' } });
  assert.deepEqual([r.value, r.secret, r.errors], ['x-pw', true, []]);
  assert.equal(resolveTemplates('{{ sha }}', { sha: 'abc', vars: {} }).secret, false);
  for (const name of ['PREFECT_API_KEY', 'PREFECT_API_AUTH_STRING', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN']) {
    const k = resolveTemplates(`{{ $${name} }}`, { vars: { [name]: 'leaked' } });
    assert.equal(k.value, `{{ $${name} }}`, name);
    assert.match(k.errors.join(), /the credentials the tool holds are never available to templates/, name);
  }
});
