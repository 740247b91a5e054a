/**
 * Parameter values are checked as Prefect's server checks them: every case of a
 * corpus (the parity flows' schemas, and schemas using every keyword pydantic and
 * Prefect produce, against many values) gets the verdict of Prefect's own
 * `schema_tools.validate` in the test venv. Messages: test/unit/values.test.ts.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ParameterSchema } from '../../src/flows/schema.js';
import { missingFields, parameterErrors } from '../../src/flows/values.js';
import { prefectTruth, repoRoot, venvBin } from '../support/python.js';

const VALUES: unknown[] = [
  0,
  1,
  -1,
  2.5,
  1e6,
  3,
  5,
  100,
  101,
  '',
  'a',
  'ab',
  'abc',
  'eu-west-1',
  'full',
  'x'.repeat(50),
  'Abc-1',
  '2024-01-31',
  'PT1H',
  true,
  false,
  null,
  [],
  [1],
  [1, 1],
  [1, 2],
  ['a'],
  ['a', 'a'],
  ['a', 'b', 'c', 'd', 'e', 'f'],
  [1, 'a'],
  {},
  { a: 1 },
  { x: 'y' },
  { name: 'ok' },
  { name: 'ok', extra: 1 },
  { name: 'Bad Name' },
  { attempts: 2 },
  { attempts: 'x' },
  { size: 0 },
  { size: 2 },
  { start: 1 },
  { start: 1, end: 'z' },
  { bucketName: 'b', name: 'a' },
  { name: 'a', retries: 9 },
  { name: 'a', retries: 2, ratio: 1 },
];

const KEYWORDS: ParameterSchema[] = [
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { allOf: [{ type: 'integer' }, { minimum: 2 }], title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 2 }], title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'array', uniqueItems: true, items: {}, title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: {
      a: {
        type: 'object',
        additionalProperties: false,
        properties: { x: { type: 'string' } },
        title: 'a',
        position: 0,
      },
    },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'object', additionalProperties: { type: 'integer' }, title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'object', patternProperties: { '^n': { type: 'integer' } }, title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'object', minProperties: 1, maxProperties: 1, title: 'a', position: 0 } },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: {
      a: {
        type: 'array',
        prefixItems: [{ type: 'integer' }, { type: 'string' }],
        minItems: 2,
        maxItems: 2,
        title: 'a',
        position: 0,
      },
    },
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'number', multipleOf: 0.5, exclusiveMaximum: 100, title: 'a', position: 0 } },
  },
  { title: 'Parameters', type: 'object', properties: { a: { not: { type: 'string' }, title: 'a', position: 0 } } },
  { title: 'Parameters', type: 'object', properties: { a: { const: 'full', title: 'a', position: 0 } } },
  {
    title: 'Parameters',
    type: 'object',
    properties: {
      a: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', minLength: 2, maxLength: 10, title: 'a', position: 0 },
    },
  },
  // Optional without a default: Prefect's preprocessing lets null through.
  { title: 'Parameters', type: 'object', properties: { a: { type: 'integer', minimum: 1, title: 'a', position: 0 } } },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { type: 'integer', title: 'a', position: 0 } },
    required: ['a'],
  },
  {
    title: 'Parameters',
    type: 'object',
    properties: { a: { $ref: '#/definitions/M', title: 'a', position: 0 } },
    definitions: {
      M: {
        type: 'object',
        properties: { name: { type: 'string' }, n: { type: 'integer' } },
        required: ['name'],
        additionalProperties: false,
        title: 'M',
      },
    },
  },
];

function prefectVerdicts(cases: { schema: unknown; parameters: Record<string, unknown> }[], runs = false): boolean[] {
  const out = execFileSync(
    venvBin('python'),
    [path.join(repoRoot, 'test/python/values_truth.py'), ...(runs ? ['--runs'] : [])],
    { input: JSON.stringify(cases), maxBuffer: 256 << 20 },
  );
  return JSON.parse(out.toString());
}

test("every value of the corpus gets Prefect's server verdict", async () => {
  const corpus = path.join(repoRoot, 'test/fixtures/parity');
  const entrypoints: string[] = JSON.parse(readFileSync(path.join(corpus, 'entrypoints.json'), 'utf8'));
  const truth = await prefectTruth(corpus, entrypoints);
  const schemas = [
    ...Object.values(truth).flatMap((t) => ('schema' in t ? [t.schema as ParameterSchema] : [])),
    ...KEYWORDS,
  ];
  const cases = schemas.flatMap((schema) =>
    Object.entries(schema.properties).flatMap(([name, p]) =>
      [...VALUES, ...('default' in p ? [p.default] : [])].map((v) => ({ schema, parameters: { [name]: v } })),
    ),
  );
  assert.ok(cases.length > 5000, `only ${cases.length} cases`);
  const verdicts = prefectVerdicts(cases);
  assert.ok(
    verdicts.filter((v) => !v).length > 1000 && verdicts.filter((v) => v).length > 1000,
    'both verdicts are well represented',
  );
  const differences = cases.flatMap((c, i) => {
    const errors = parameterErrors(c.schema, c.parameters);
    return (errors.size === 0) === verdicts[i]
      ? []
      : [
          `${JSON.stringify(c.parameters)} against ${JSON.stringify(c.schema.properties)}: Prefect ${verdicts[i] ? 'accepts' : 'refuses'}, ours ${[...errors.values()].join('; ') || 'accepts'}`,
        ];
  });
  assert.deepEqual(differences.slice(0, 20), []);
});

test('a required field missing inside a value: exactly where Prefect registers the deployment and refuses each run', async () => {
  const corpus = path.join(repoRoot, 'test/fixtures/parity');
  const entrypoints: string[] = JSON.parse(readFileSync(path.join(corpus, 'entrypoints.json'), 'utf8'));
  const truth = await prefectTruth(corpus, entrypoints);
  const schemas = [
    ...Object.values(truth).flatMap((t) => ('schema' in t ? [t.schema as ParameterSchema] : [])),
    ...KEYWORDS,
  ];
  const objects = VALUES.filter((v) => v !== null && typeof v === 'object');
  const cases = schemas.flatMap((schema) =>
    Object.keys(schema.properties).flatMap((name) => objects.map((v) => ({ schema, parameters: { [name]: v } }))),
  );
  const [deploys, runs] = [prefectVerdicts(cases), prefectVerdicts(cases, true)];
  const refusedAtRuns = cases.filter((_, i) => deploys[i] && !runs[i]);
  assert.ok(refusedAtRuns.length > 20, `only ${refusedAtRuns.length} cases where runs are refused`);
  const differences = cases.flatMap((c, i) => {
    if (!deploys[i]) return [];
    const missing = missingFields(c.schema, c.parameters);
    return missing.size > 0 === !runs[i]
      ? []
      : [
          `${JSON.stringify(c.parameters)} against ${JSON.stringify(c.schema.properties)}: runs ${runs[i] ? 'accepted' : 'refused'}, ours ${JSON.stringify([...missing])}`,
        ];
  });
  assert.deepEqual(differences.slice(0, 20), []);
  const config: ParameterSchema = {
    title: 'Parameters',
    type: 'object',
    required: ['config'],
    properties: { config: { $ref: '#/definitions/Config', title: 'config', position: 0 } },
    definitions: {
      Config: {
        title: 'Config',
        type: 'object',
        properties: { table: { type: 'string' }, inner: { type: 'array', items: { $ref: '#/definitions/Inner' } } },
        required: ['table'],
      },
      Inner: { type: 'object', properties: { k: { type: 'string' } }, required: ['k'], title: 'Inner' },
    },
  };
  assert.deepEqual(
    [...missingFields(config, { config: { tabel: 'orders', inner: [{ k: 'a' }, {}] } })],
    [['config', ['config.table', 'config.inner[1].k']]],
  );
  assert.equal(missingFields(config, {}).size, 0, 'a parameter itself a run may pass');
});
