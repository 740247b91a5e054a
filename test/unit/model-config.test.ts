/**
 * Pydantic model configuration this reader cannot read statically (class keywords from a
 * computed value or `**kwargs`, a config key that changes the schema) is a warning naming
 * the parameter, never a schema that silently differs from Prefect's. What it does read is
 * compared with Prefect's own parameter_schema in the parity corpus (flows/model_config.py).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FlowReader } from '../../src/flows/read.js';
import { makeRepo } from '../support/repo.js';

const FLOW = `import os
from pydantic import BaseModel, ConfigDict
from prefect import flow

MODE = os.environ.get("EXTRA", "forbid")
OPTIONS = {"extra": "forbid"}


class FromEnv(BaseModel, extra=MODE):
    name: str


class Spread(BaseModel, **OPTIONS):
    name: str


class Keyword(BaseModel, extra="forbid"):
    name: str


class Unread(BaseModel):
    model_config = ConfigDict(json_schema_mode_override="serialization")
    name: str


@flow
def f(from_env: FromEnv, spread: Spread, keyword: Keyword, unread: Unread):
    pass
`;

test('model configuration it cannot read is a warning naming each parameter, and what it reads is used', () => {
  const root = makeRepo({ 'flows/config.py': FLOW });
  const got = new FlowReader(root).read('flows/config.py:f');
  assert.ok(got.ok, got.ok ? '' : got.message);
  const warned = got.flow.notes.map((n) => n.param);
  assert.deepEqual(warned, ['from_env', 'spread', 'unread'], got.flow.notes.map((n) => n.message).join('; '));
  assert.match(got.flow.notes[0].message, /extra of FromEnv/);
  assert.match(got.flow.notes[1].message, /class keywords of Spread/);
  assert.match(got.flow.notes[2].message, /json_schema_mode_override of Unread/);
  const defs = (got.flow.parameterSchema as { definitions: Record<string, Record<string, unknown>> }).definitions;
  assert.equal(defs.Keyword.additionalProperties, false);
});
