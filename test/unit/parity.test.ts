import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { FlowReader } from '../../src/flows/read.js';
import { prefectTruth } from '../support/python.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/parity');
const entrypoints: string[] = JSON.parse(readFileSync(path.join(corpus, 'entrypoints.json'), 'utf8'));

test('the parity corpus has at least 30 flow signatures', () => {
  assert.ok(entrypoints.length >= 30, `only ${entrypoints.length}`);
});

test('flow names, descriptions and parameter schemas match Prefect own functions', async (t) => {
  const truth = await prefectTruth(corpus, entrypoints);
  const reader = new FlowReader(corpus);
  for (const ep of entrypoints) {
    await t.test(ep, () => {
      const expected = truth[ep];
      const got = reader.read(ep);
      if ('error' in expected) {
        assert.equal(got.ok, false, `Prefect failed (${expected.error}) but we read the flow`);
        return;
      }
      assert.ok(got.ok, got.ok ? '' : got.message);
      assert.equal(got.flow.name, expected.name);
      assert.equal(got.flow.description, expected.description);
      assert.deepEqual(got.flow.parameterSchema, expected.schema);
    });
  }
});
