/**
 * The deployments file's JSON Schema against a well-kept validator: it is a valid
 * draft-07 schema for editors (ajv, strict), and on every fixture of the suite the
 * hand-written checker (which keeps positions, "did you mean" and Prefect's policy for
 * unknown keys) and ajv agree on what the schema allows. Unknown keys the checker only
 * warns about (prefect deploy ignores them) count as not allowed, as the schema says.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import schema from '../../schema/prefect-deployments.schema.json' with { type: 'json' };
import { checkSchema } from '../../src/config/schema-check.js';
import { parseYaml, plain, type YNode } from '../../src/config/yaml.js';
import { badFiles, ok, strictWarnings } from '../fixtures/bad-files.js';
import { cases } from '../fixtures/conformance/cases.js';

function validator() {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
  for (const keyword of ['x-prefect-ignores-unknown', 'x-ignored-keys', 'x-key-messages']) ajv.addKeyword(keyword);
  ajv.addFormat('date-time', true);
  return ajv.compile(schema);
}

/** YAML dates and templates are typed by this tool beyond JSON Schema (a date is not text; a template is typed once filled). */
function beyondJson(n: YNode): boolean {
  if (n.kind === 'scalar')
    return n.type === 'date' || n.type === 'timestamp' || (typeof n.value === 'string' && n.value.includes('{{'));
  return n.kind === 'seq' ? n.items.some(beyondJson) : n.entries.some((e) => beyondJson(e.value));
}

test('the schema compiles as strict draft-07, and the checker agrees with ajv on every fixture', () => {
  const validate = validator();
  const files = [
    ...cases.map((c) => c.yaml),
    ...badFiles.map((b) => b.yaml),
    ...strictWarnings.map((w) => w.yaml),
    ok(),
    ok('    tags: [a, b]\n    schedule: {}'),
  ];
  let compared = 0;
  for (const yaml of files) {
    const { root } = parseYaml('f.yaml', yaml);
    if (!root || beyondJson(root)) continue;
    compared++;
    const ours = checkSchema('f.yaml', root);
    const oursAllows = !ours.some(
      (d) => d.severity === 'error' || /^unknown key/.test(d.message) || /prefect deploy ignores/.test(d.message),
    );
    const ajvAllows = validate(plain(root));
    assert.equal(
      oursAllows,
      ajvAllows,
      `${yaml}\nours: ${ours.map((d) => d.message).join('; ')}\najv: ${JSON.stringify(validate.errors)}`,
    );
  }
  assert.ok(compared >= 60, `only ${compared} fixtures compared`);
});
