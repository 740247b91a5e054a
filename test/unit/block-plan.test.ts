/**
 * The blocks plan, pure: who owns a stored document decides between comparing and a
 * conflict; a plan compares no secret field by value (its verdict is the same for any
 * value the file holds); a deploy does. The ownership record's variable name is one per
 * block. Integration tests (block-ownership, blocks) run the same against real servers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BlockSpec } from '../../src/config/model.js';
import type { YMap } from '../../src/config/yaml.js';
import { planBlocks, type BlockPlanOptions, type LiveBlocks } from '../../src/plan/blocks.js';
import { ownerVariableName, type BlockOwnerRecord } from '../../src/prefect/block-owners.js';

const node = { kind: 'map', entries: [], pos: { line: 1, column: 1 } } as unknown as YMap;
const schema = {
  id: 's1',
  fields: { properties: { value: {}, region: {} }, secret_fields: ['value', 'nested.token'] },
};
const spec = (data: Record<string, unknown>): BlockSpec => ({ type: 'creds', name: 'db', data, node });
const OURS = { repository: 'acme/a', environment: 'dev' };

function live(stored: Record<string, unknown> | undefined, record?: BlockOwnerRecord): LiveBlocks {
  return {
    types: new Map([['creds', { id: 't1', slug: 'creds', schema }]]),
    documents: new Map([['creds/db', stored && { id: 'doc1', data: stored, references: {}, schema }]]),
    owners: new Map(stored ? [['creds/db', { exists: record !== undefined, record }]] : []),
  };
}
const mine: BlockOwnerRecord = { blockDocumentId: 'doc1', ...OURS };
const plan = (data: Record<string, unknown>, l: LiveBlocks, options: Partial<BlockPlanOptions> = {}) =>
  planBlocks([spec(data)], l, (d) => d, { adopt: false, compareSecrets: false, ours: OURS, ...options })[0];
const verdict = (e: ReturnType<typeof plan>) => ({
  action: e.action,
  changed: e.changed,
  notCompared: e.notCompared,
  owner: e.owner,
});

test('a plan says which secret fields the file sets and compares none: a right and a wrong guess plan alike', () => {
  const stored = { value: 'the-real-one', region: 'eu' };
  const right = plan({ value: 'the-real-one', region: 'eu' }, live(stored, mine));
  const wrong = plan({ value: 'a-guess', region: 'eu' }, live(stored, mine));
  assert.deepEqual(verdict(right), { action: 'unchanged', changed: [], notCompared: ['value'], owner: undefined });
  assert.deepEqual(verdict(wrong), verdict(right));
  // Set on one side only is a change either way (the stored keys are visible without secrets).
  assert.deepEqual(verdict(plan({ region: 'eu' }, live(stored, mine))), {
    action: 'update',
    changed: ['value'],
    notCompared: [],
    owner: undefined,
  });
  assert.deepEqual(
    plan({ value: 'x', region: 'us' }, live(stored, mine)).changed,
    ['region'],
    'fields that are not secret are compared',
  );
});

test('a deploy compares secret fields by value: a re-run with nothing changed writes nothing', () => {
  const stored = { value: 'the-real-one', region: 'eu' };
  assert.equal(
    plan({ value: 'the-real-one', region: 'eu' }, live(stored, mine), { compareSecrets: true }).action,
    'unchanged',
  );
  assert.deepEqual(plan({ value: 'rotated', region: 'eu' }, live(stored, mine), { compareSecrets: true }).changed, [
    'value',
  ]);
});

test('a document nobody owns, another owns, or a record about another document names: a conflict with nothing compared', () => {
  const stored = { value: 'theirs', region: 'eu' };
  const nobody = 'nobody (it was not created by prefect-ecr-deploy)';
  for (const [record, owner] of [
    [undefined, nobody],
    [{ ...mine, blockDocumentId: 'an-older-document' }, nobody],
    [{ ...mine, repository: 'acme/b' }, 'acme/b/dev'],
    [{ ...mine, environment: 'prod' }, 'acme/a/prod'],
    [{ ...mine, repository: null }, '(no repository)/dev'],
  ] as [BlockOwnerRecord | undefined, string][]) {
    const e = plan({ value: 'theirs', region: 'us' }, live(stored, record), { compareSecrets: true });
    assert.deepEqual(verdict(e), { action: 'conflict', changed: [], notCompared: [], owner });
    assert.equal(e.writeOwner, false);
  }
  // --adopt: written whole, as a create is, and the record with it; nothing compared.
  const adopted = plan({ value: 'theirs', region: 'eu' }, live(stored, undefined), { adopt: true });
  assert.deepEqual(
    [adopted.action, adopted.changed, adopted.adoptedFrom, adopted.writeOwner],
    ['update', ['region', 'value'], nobody, true],
  );
  // No document: a create, with its record.
  const created = plan({ value: 'x' }, live(undefined));
  assert.deepEqual([created.action, created.changed, created.writeOwner], ['create', ['value'], true]);
});

test("the ownership record's variable: a valid name on Prefect 2 and 3, readable, one per block", () => {
  assert.equal(ownerVariableName('secret', 'team-a-db-password'), 'prefect_ecr_deploy__secret__team_a_db_password');
  assert.equal(ownerVariableName('aws-credentials', 'ci'), 'prefect_ecr_deploy__aws_credentials__ci');
  // Where the type ends cannot be read two ways; names that could be are hashed.
  assert.notEqual(ownerVariableName('a-b', 'c'), ownerVariableName('a', 'b-c'));
  assert.notEqual(ownerVariableName('x', 'a--b'), ownerVariableName('x--a', 'b'));
  assert.match(ownerVariableName('x', 'a--b'), /^prefect_ecr_deploy__sha256_[0-9a-f]{64}$/);
  assert.match(ownerVariableName('x', '-a'), /^prefect_ecr_deploy__sha256_[0-9a-f]{64}$/);
  const long = ownerVariableName('secret', 'x'.repeat(300));
  assert.match(long, /^prefect_ecr_deploy__sha256_[0-9a-f]{64}$/);
  assert.notEqual(long, ownerVariableName('secret', 'x'.repeat(301)));
  // Prefect 2's rule, the stricter: lowercase letters, digits and underscores.
  for (const name of [ownerVariableName('s3-bucket', 'code-v2'), long])
    assert.match(name, /^[a-z0-9_]{1,255}$/, 'not a valid Prefect 2 variable name');
});
