import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { FlowReader } from '../../src/flows/read.js';
import { prefectTruth } from '../support/python.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/parity');
const entrypoints: string[] = JSON.parse(readFileSync(path.join(corpus, 'entrypoints.json'), 'utf8'));
const expected: {
  refused: Record<string, string>;
  deployTime: Record<string, string[]>;
  warned: Record<string, string[]>;
} = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8'));

test('the parity corpus has at least 50 flow signatures', () => {
  assert.ok(entrypoints.length >= 50, `only ${entrypoints.length}`);
});

type Schema = { properties: Record<string, Record<string, unknown>> };

/** A default Prefect computes when it deploys: the same kind of value, computed minutes apart. */
function sameDeployTimeDefault(ours: unknown, theirs: unknown, format: unknown): boolean {
  if (typeof ours !== 'string' || typeof theirs !== 'string') return false;
  const shape = (s: string) => s.replace(/\d/g, '0').replace(/\.0+/, '');
  if (shape(ours) !== shape(theirs)) return false;
  const limit = format === 'date' ? 86_400_000 : 600_000;
  return Math.abs(Date.parse(ours) - Date.parse(theirs)) <= limit;
}

test('flow names, descriptions and parameter schemas match Prefect own functions', async (t) => {
  // The corpus is an installable project (pyproject.toml): its src/ and lib/ packages are imported as installed.
  const truth = await prefectTruth(corpus, entrypoints, ['src', 'lib']);
  const reader = new FlowReader(corpus);
  for (const ep of entrypoints) {
    await t.test(ep, () => {
      const theirs = truth[ep];
      const got = reader.read(ep);
      if (ep in expected.refused) {
        assert.equal(got.ok, false, 'this reader refuses it, with a message');
        assert.ok(!got.ok && got.message.includes(expected.refused[ep]), got.ok ? '' : got.message);
        return;
      }
      if ('error' in theirs) {
        assert.equal(got.ok, false, `Prefect failed (${theirs.error}) but we read the flow`);
        return;
      }
      assert.ok(got.ok, got.ok ? '' : got.message);
      assert.equal(got.flow.name, theirs.name);
      assert.equal(got.flow.description, theirs.description);
      const ours = structuredClone(got.flow.parameterSchema) as unknown as Schema;
      for (const param of expected.deployTime[ep] ?? []) {
        const [o, p] = [ours.properties[param], (theirs.schema as Schema).properties[param]];
        assert.ok(sameDeployTimeDefault(o.default, p.default, p.format), `${param}: ${o.default} and ${p.default}`);
        o.default = p.default;
      }
      assert.deepEqual(ours, theirs.schema);
      const named = got.flow.notes.map((n) => n.param).filter((p, i, all) => all.indexOf(p) === i);
      assert.deepEqual(
        named,
        expected.warned[ep] ?? [],
        `warnings: ${got.flow.notes.map((n) => n.message).join('; ')}`,
      );
    });
  }
});
