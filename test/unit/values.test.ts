/**
 * Parameter value messages say what was expected and where, and never show a secret
 * value (verdicts against Prefect's own: test/parity/values.test.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ParameterSchema } from '../../src/flows/schema.js';
import { parameterErrors, valueError } from '../../src/flows/values.js';

test('messages say what was expected and where; a secret value is never shown', () => {
  const schema: ParameterSchema = {
    title: 'Parameters',
    type: 'object',
    properties: {
      retries: { type: 'integer', minimum: 0, maximum: 5, title: 'retries', position: 0 },
      job: { $ref: '#/definitions/Job', title: 'job', position: 1 },
      tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, title: 'tags', position: 2 },
      mode: {
        anyOf: [{ enum: ['full', 'incremental'], type: 'string' }, { type: 'null' }],
        default: null,
        title: 'mode',
        position: 3,
      },
    },
    definitions: {
      Job: {
        type: 'object',
        properties: { name: { type: 'string', pattern: '^[a-z]+$' } },
        required: ['name'],
        additionalProperties: false,
        title: 'Job',
      },
    },
  };
  const errors = parameterErrors(schema, {
    retries: 99,
    job: { name: 'Bad', other: 1 },
    tags: ['a', 'a'],
    mode: 'fast',
  });
  assert.equal(errors.get('retries'), 'expected at most 5, got 99');
  assert.match(
    errors.get('job')!,
    /^field 'name': expected a string matching "\^\[a-z\]\+\$", got "Bad"$|^unexpected field 'other'$/,
  );
  assert.equal(errors.get('tags'), 'expected unique items (items 0 and 1 are equal)');
  assert.equal(errors.get('mode'), 'expected one of "full", "incremental", got "fast"');
  assert.equal(
    parameterErrors(schema, { retries: '{{ prefect.variables.retries }}', job: { name: '{{ $NAME }}' } }).size,
    0,
  );
  const secret = valueError('hunter2-password', { type: 'integer', maximum: 3 }, {}, { secret: true });
  assert.equal(secret, 'expected an integer');
  assert.doesNotMatch(
    valueError(
      { token: 'hunter2' },
      { type: 'object', properties: { token: { type: 'integer' } } },
      {},
      { secret: true },
    ) ?? '',
    /hunter2/,
  );
});
