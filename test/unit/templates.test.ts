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
      const expected = [...text.matchAll(REFERENCE)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        expr: m[1],
      }));
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

test("environment values resolve, are secret-bearing, and the tool's credentials are refused", () => {
  const r = resolveTemplates('x-{{ $DB }}', { vars: { DB: 'pw' } });
  assert.deepEqual([r.value, r.secret, r.errors], ['x-pw', true, []]);
  assert.equal(resolveTemplates('{{ sha }}', { sha: 'abc', vars: {} }).secret, false);
  for (const name of [
    'PREFECT_API_KEY',
    'PREFECT_API_AUTH_STRING',
    'GITHUB_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'INPUT_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
  ]) {
    const k = resolveTemplates(`{{ $${name} }}`, { vars: { [name]: 'leaked' } });
    assert.equal(k.value, `{{ $${name} }}`, name);
    assert.match(k.errors.join(), /the credentials the tool holds are never available to templates/, name);
  }
});

test('a near template: only of a step the file has, or a built-in', async () => {
  const { nearTemplate } = await import('../../src/config/templates.js');
  const outputs = { byId: new Map([['build-image', ['image', 'tag']]]), bare: new Set(['image', 'tag']) };
  assert.equal(nearTemplate('build_image.image', outputs), 'build-image.image');
  assert.equal(nearTemplate('build_image.tga', outputs), 'build-image.tag');
  assert.equal(nearTemplate('build_image.image', { byId: new Map(), bare: new Set() }), undefined);
  assert.equal(nearTemplate('build_image.image', undefined), undefined);
  assert.equal(nearTemplate('flow_run.name', outputs), undefined);
  assert.equal(nearTemplate('imag', undefined), 'image');
});

test('outside run-time sections, a template nothing fills is dropped whole or blanked inside text, with a warning', () => {
  const whole = resolveTemplates('{{ flow_run.name }}', { vars: {} }, 'deployment', 'work_pool.job_variables.env.HOST');
  assert.deepEqual([whole.dropped, whole.errors], [true, []]);
  assert.match(whole.warnings.join(), /work_pool.job_variables.env.HOST is left out, as prefect deploy registers it/);
  const inside = resolveTemplates('a-{{ flow_run.name }}-b', { vars: {} }, 'deployment', 'description');
  assert.deepEqual([inside.value, inside.dropped, inside.errors], ['a--b', undefined, []]);
  assert.match(inside.warnings.join(), /inside description it becomes ''/);
  // In pull steps Prefect keeps it for run time; in a trigger it stays an error.
  assert.deepEqual(resolveTemplates('{{ flow_run.name }}', { vars: {} }, 'pull').warnings, []);
  assert.match(resolveTemplates('{{ flow_run.name }}', { vars: {} }, 'trigger').errors.join(), /unknown template/);
});
