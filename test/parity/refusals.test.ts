/**
 * Every 409 and 422 that Prefect 3.9.1's deployment, work-pool, block and automation
 * endpoints answer, through the client: each gets its own message (which object, which
 * field path, which kind of problem) and none shows the value sent. The texts come from
 * the pinned Prefect's own functions (test/python/refusal_shapes.py), wrapped as the route
 * cited beside each case wraps them (paths under .venv/.../prefect/server/).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { PrefectClient } from '../../src/prefect/client.js';
import { kind } from '../../src/prefect/refusals.js';
import { repoRoot, venvBin } from '../support/python.js';

const SECRET = 'hunter2-refused-value';
type Item = { type: string; loc: unknown[]; msg: string; input: unknown };
let made: Record<string, string> & Record<`${string}_items`, Item[]>;
let answer: { status: number; body: unknown };
let url: string;
const server = createServer((req, res) => {
  if (req.url!.startsWith('/api/csrf-token'))
    return res.writeHead(422, { 'content-type': 'application/json' }).end('{"detail":"CSRF protection is disabled."}');
  res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
});

before(async () => {
  made = JSON.parse(
    execFileSync(venvBin('python'), ['test/python/refusal_shapes.py', SECRET], { cwd: repoRoot, encoding: 'utf8' }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

/** FastAPI's answer to a request pydantic refuses (api/server.py validation_exception_handler): `body` first in each loc. */
function pydantic(items: Item[], sent: unknown): unknown {
  return {
    exception_message: 'Invalid request received.',
    exception_detail: items.map((i) => ({ ...i, loc: ['body', ...i.loc] })),
    request_body: sent,
  };
}

async function refused(method: string, path: string, status: number, body: unknown): Promise<string> {
  answer = { status, body };
  const sent = { value: SECRET };
  const e = await new PrefectClient({ apiUrl: url }).request(method, path, sent).then(
    () => assert.fail('no error'),
    (x: Error) => x.message,
  );
  assert.ok(!e.includes(SECRET), `the value is shown: ${e}`);
  return e;
}

const ID = '/deployments/5b7a1e0e-0000-4000-8000-000000000001';

test('the texts the pinned Prefect makes hold the value (so that leaving it out is tested)', () => {
  for (const key of ['parameter', 'job_variable', 'update_job_variable_repr'])
    assert.ok(made[key].includes(SECRET), key);
  assert.ok(made.create_parameter_items[0].msg.includes(SECRET));
});

test('api/deployments.py update_deployment, parameters against the schema: 409 names the parameter and the kind', async () => {
  assert.equal(
    await refused('PATCH', ID, 409, { detail: `Error updating deployment: ${made.parameter}` }),
    `PATCH ${ID}: 409 deployment refused: parameter 'limit' does not match the flow's parameter schema: expected an integer (the server checks them: enforce_parameter_schema is on)`,
  );
  assert.equal(
    await refused('PATCH', ID, 409, { detail: `Error updating deployment: ${made.nested_parameter}` }),
    `PATCH ${ID}: 409 deployment refused: parameter 'config.tags[1]' does not match the flow's parameter schema: expected a string (the server checks them: enforce_parameter_schema is on)`,
  );
  assert.equal(
    await refused('PATCH', ID, 409, { detail: `Error updating deployment: ${made.unresolvable_parameter}` }),
    `PATCH ${ID}: 409 deployment refused: the flow's parameter schema has a reference ($ref) it cannot resolve`,
  );
});

test('schemas/actions.py DeploymentCreate._validate_parameters_conform_to_schema: the 422 of a create names the parameter', async () => {
  assert.equal(
    await refused('POST', '/deployments/', 422, pydantic(made.create_parameter_items, {})),
    "POST /deployments/: 422 invalid deployment: parameter 'limit' does not match the flow's parameter schema: expected an integer (the server checks them: enforce_parameter_schema is on)",
  );
  assert.equal(
    await refused('POST', '/deployments/', 422, pydantic(made.create_schema_items, {})),
    'POST /deployments/: 422 invalid deployment: parameter_openapi_schema is not a valid JSON schema',
  );
});

test('schemas/actions.py DeploymentCreate._validate_concurrency_limits: 422 says which two fields', async () => {
  assert.equal(
    await refused('POST', '/deployments/', 422, pydantic(made.create_limits_items, {})),
    'POST /deployments/: 422 invalid deployment: it has both a concurrency limit and a global concurrency limit',
  );
});

test('api/validation.py validate_job_variables_for_deployment (create_deployment): 422 names the job variable', async () => {
  assert.equal(
    await refused('POST', '/deployments/', 422, { detail: `Error creating deployment: ${made.job_variable}` }),
    "POST /deployments/: 422 deployment refused: job variable 'command' does not match the work pool's base job template: matches none of the allowed forms",
  );
});

test('api/deployments.py update_deployment, check_valid_configuration: 409 with the error repr (no path in it)', async () => {
  assert.equal(
    await refused('PATCH', ID, 409, { detail: `Error creating deployment: ${made.update_job_variable_repr}` }),
    `PATCH ${ID}: 409 deployment refused: the job variables do not match the work pool's base job template: matches none of the allowed forms`,
  );
});

test("api/validation.py _validate_work_pool_job_variables, is_valid_schema: 422 on the pool's variables schema", async () => {
  assert.equal(
    await refused('POST', '/deployments/', 422, { detail: made.invalid_schema }),
    "POST /deployments/: 422 deployment refused: the work pool's variables schema (its base job template) is not a valid JSON schema: matches none of the allowed forms",
  );
});

test('api/deployments.py update_deployment: no valid parameter schema, and circular references', async () => {
  const none =
    'Error updating deployment: Cannot update parameters because parameter schema enforcement is enabled and the deployment does not have a valid parameter schema.';
  assert.equal(
    await refused('PATCH', ID, 409, { detail: none }),
    `PATCH ${ID}: 409 deployment refused: the deployment has no valid parameter schema while enforce_parameter_schema is on`,
  );
  assert.equal(
    await refused('PATCH', ID, 422, { detail: 'Invalid schema: Unable to validate schema with circular references.' }),
    `PATCH ${ID}: 422 deployment refused: the flow's parameter schema has circular references, which the server cannot check with enforce_parameter_schema on`,
  );
});

test('api/deployments.py create_deployment: an infrastructure or storage block id the server does not have', async () => {
  const missing = (kind: string) => ({
    detail: `Error creating deployment. Could not find ${kind} block with id: 5b7a1e0e-0000-4000-8000-000000000009. This usually occurs when applying a deployment specification that was built against a different Prefect database / workspace.`,
  });
  assert.equal(
    await refused('POST', '/deployments/', 409, missing('infrastructure')),
    'POST /deployments/: 409 deployment refused: infrastructure_document_id names a infrastructure block this server does not have (made against another database or workspace?)',
  );
  assert.match(
    await refused('POST', '/deployments/', 409, missing('storage')),
    /409 deployment refused: storage_document_id names a storage block this server does not have/,
  );
});

test('api/deployments.py update_deployment: the four schedule slug answers, and _multiple_schedules_error', async () => {
  const answers: [string, string][] = [
    [
      "Multiple schedules have 'replaces' targeting the same slug: s1",
      "two schedules have 'replaces' naming the same slug",
    ],
    [
      "Cannot rename schedule from 's1' to 's2': a schedule with slug 's2' already exists.",
      "a schedule's 'replaces' renames it to a slug another schedule already has",
    ],
    [
      'Unable to create new deployment schedules without a schedule configuration.',
      'a schedule with a new slug has no schedule (cron, interval or rrule)',
    ],
    [
      'Please provide a slug for each schedule in your request to ensure schedules are updated correctly.',
      "the deployment's schedules have slugs, and a schedule sent has none",
    ],
    [
      "Error updating deployment: Deployment '5b7a1e0e' has multiple schedules. Please use the UI or update your client to adjust this deployment's schedules.",
      'the deployment has several schedules, and the request names one (a client for Prefect 2.x)',
    ],
  ];
  for (const [detail, message] of answers)
    assert.equal(await refused('PATCH', ID, 422, { detail }), `PATCH ${ID}: 422 deployment refused: ${message}`);
});

test('api/deployments.py create_deployment_schedules, api/dependencies.py LimitBody: slugs, filter limits', async () => {
  assert.equal(
    await refused('POST', `${ID}/schedules`, 409, { detail: 'Schedule slugs must be unique within a deployment.' }),
    `POST ${ID}/schedules: 409 deployment refused: two schedules have the same slug`,
  );
  assert.equal(
    await refused('POST', '/deployments/filter', 422, { detail: 'Invalid limit: must be greater than or equal to 0.' }),
    'POST /deployments/filter: 422 deployment refused: the filter limit is below 0',
  );
  assert.equal(
    await refused('POST', '/work_pools/filter', 422, { detail: 'Invalid limit: must be less than or equal to 200.' }),
    "POST /work_pools/filter: 422 work pool refused: the filter limit is over the server's 200",
  );
});

test('api/server.py integrity_exception_handler: 409 data integrity conflict', async () => {
  const detail =
    'Data integrity conflict. This usually means a unique or foreign key constraint was violated. See server logs for details.';
  assert.equal(
    await refused('POST', '/deployments/', 409, { detail }),
    'POST /deployments/: 409 data integrity conflict (a concurrent write)',
  );
});

test('api/workers.py: a work pool or queue that exists (409), defaults against the variables schema (422), the template (422)', async () => {
  assert.equal(
    await refused('POST', '/work_pools/', 409, { detail: 'A work pool with this name already exists.' }),
    'POST /work_pools/: 409 work pool refused: a work pool with this name already exists',
  );
  assert.equal(
    await refused('POST', '/work_pools/pool/queues', 409, {
      detail: 'A work queue with this name already exists in work pool {work_pool_name!r}.',
    }),
    'POST /work_pools/pool/queues: 409 work queue refused: a work queue with this name already exists in the work pool',
  );
  // api/work_queues.py create_work_queue
  assert.equal(
    await refused('POST', '/work_queues/', 409, { detail: 'A work queue with this name already exists.' }),
    'POST /work_queues/: 409 work queue refused: a work queue with this name already exists',
  );
  // api/validation.py validate_job_variable_defaults_for_work_pool
  assert.equal(
    await refused('POST', '/work_pools/', 422, {
      detail: `Validation failed for work pool's job variable defaults: ${made.job_variable}`,
    }),
    "POST /work_pools/: 422 work pool refused: the default of job variable 'command' does not match the base job template's variables schema: matches none of the allowed forms",
  );
  // schemas/actions.py validate_base_job_template
  assert.equal(
    await refused('POST', '/work_pools/', 422, pydantic(made.pool_template_items, {})),
    'POST /work_pools/: 422 invalid work pool: base_job_template needs both job_configuration and variables',
  );
  assert.equal(
    await refused('PATCH', '/work_pools/pool', 422, pydantic(made.pool_undeclared_items, {})),
    "PATCH /work_pools/pool: 422 invalid work pool: base_job_template's job_configuration uses variables its variables schema does not declare",
  );
});

test('api/block_documents.py, block_types.py, models/block_schemas.py: blocks that exist, types not registered (409)', async () => {
  assert.equal(
    await refused('POST', '/block_documents/', 409, { detail: 'Block already exists' }),
    'POST /block_documents/: 409 block refused: a block of this type with this name already exists',
  );
  assert.equal(
    await refused('POST', '/block_types/', 409, { detail: 'Block type with name "x" already exists' }),
    'POST /block_types/: 409 block type refused: a block type with this name already exists',
  );
  const missing =
    "Cannot create block schema because block type 'aws-credentials' was not found.Did you forget to register the block type?";
  assert.equal(
    await refused('POST', '/block_schemas/', 409, { detail: missing }),
    'POST /block_schemas/: 409 block schema refused: a block type it references is not registered on the server',
  );
});

test('api/automations.py create_automation / update_automation: 422 on a run-deployment action', async () => {
  assert.equal(
    await refused('PUT', '/automations/5b7a1e0e-0000-4000-8000-000000000002', 422, {
      detail: `Error creating automation: '${SECRET}' is not of type 'integer'`,
    }),
    "PUT /automations/5b7a1e0e-0000-4000-8000-000000000002: 422 automation refused: a run-deployment action's job variables do not match the deployment's work pool schema (its base job template)",
  );
});

test('pydantic field errors keep path and kind; an answer of no known shape says its text is not shown', async () => {
  const items = [
    { type: 'uuid_parsing', loc: ['block_type_id'], msg: `Input should be a valid UUID, got ${SECRET}`, input: SECRET },
  ];
  assert.equal(
    await refused('POST', '/block_documents/', 422, pydantic(items, {})),
    'POST /block_documents/: 422 invalid block: block_type_id (uuid_parsing)',
  );
  assert.equal(
    await refused('PATCH', ID, 409, { detail: `Something new: ${SECRET}` }),
    `PATCH ${ID}: 409 the server's message is not shown: it can echo what was sent (the server's log has it)`,
  );
});

test("every kind jsonschema 4 writes is read from the message's fixed end, whatever the value", () => {
  const kinds = execFileSync(
    venvBin('python'),
    [
      '-c',
      `
import json
from prefect.utilities.schema_tools.validation import validate, ValidationError
cases = [({'type':'integer'}, 'x'), ({'type':['integer','null']}, 'x'), ({'enum':['a']}, 'b'), ({'const':'a'}, 'b'), ({'minimum':2}, 1), ({'maximum':2}, 3),
  ({'exclusiveMinimum':2}, 2), ({'exclusiveMaximum':2}, 2), ({'multipleOf':2}, 3), ({'minLength':2}, 'a'), ({'maxLength':1}, 'ab'), ({'minLength':1}, ''),
  ({'pattern':'^a'}, 'b'), ({'maxItems':1}, [1, 2]), ({'uniqueItems':True}, [1, 1]), ({'maxProperties':0}, {'a':1}), ({'minProperties':2}, {'a': 1}),
  ({'type':'object','properties':{},'additionalProperties':False}, {'k':1}), ({'anyOf':[{'type':'integer'},{'type':'null'}]}, 'x'),
  ({'oneOf':[{'type':'integer'},{'type':'number'}]}, 1), ({'not':{'type':'string'}}, 'x'), ({'prefixItems':[{}],'items':False}, [1, 2]), ({'contains':{'type':'integer'}}, ['a'])]
out = []
for s, v in cases:
    try:
        validate({'p': v}, {'type':'object','properties':{'p':s},'required':['p']}, raise_on_error=True, ignore_required=True)
    except ValidationError as e:
        out.append(str(e).split('Failure reason: ', 1)[1])
print(json.dumps(out))
`,
    ],
    { encoding: 'utf8' },
  );
  const reasons = JSON.parse(kinds) as string[];
  assert.deepEqual(reasons.map(kind), [
    'expected an integer',
    'expected an integer or null',
    'not one of the allowed values',
    'not the one value allowed',
    'expected at least 2',
    'expected at most 2',
    'expected more than 2',
    'expected less than 2',
    'expected a multiple of 2',
    'too short',
    'too long',
    'must not be empty',
    'does not match the pattern',
    'too long',
    'repeated items',
    'must be empty',
    'too few fields',
    'fields the schema does not allow',
    'matches none of the allowed forms',
    'matches more than one of the forms where exactly one must match',
    'a value the schema excludes',
    'too many items',
    'no item of the kind required',
  ]);
  // A value that itself ends like a kind is not mistaken for the schema's words.
  assert.equal(kind("'is not of type 'x'' is not of type 'string'"), 'expected a string');
});
