/**
 * `limit: "ten"` for `def etl(source: str, limit: int = 5)` on Prefect 3.9.1: the server
 * refuses it on create (422) and on update (409) while enforce_parameter_schema is on, so
 * the tool refuses it at its line before any write; the client names the parameter in
 * both answers, never the value; with enforce_parameter_schema: false Prefect registers it
 * (a warning).
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { PrefectClient } from '../../src/prefect/client.js';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { serverWithPool, type RunningServer } from '../support/server.js';

const SHA = 'ab'.repeat(20);
const FLOW = 'from prefect import flow\n\n\n@flow\ndef etl(source: str, limit: int = 5):\n    """Loads a source."""\n';
const VALUE = 'ten-hunter2';
let server: RunningServer;

before(async () => {
  server = await serverWithPool('sqlite', 'pool', { shared: true });
});
after(() => server?.stop());

const file = (name: string, limit: string, extra = '') =>
  `deployments:\n  - name: ${name}\n    entrypoint: flows/limits.py:etl\n    work_pool: {name: pool}\n    parameters: {source: crm, limit: ${limit}}\n${extra}`;

function deploy(root: string, yaml: string) {
  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), yaml);
  return runCli(['deploy', '--env', 'dev', '--sha', SHA], root, { PREFECT_API_URL: server.apiUrl });
}

type Deployment = {
  id: string;
  flow_id: string;
  parameters: Record<string, unknown>;
  parameter_openapi_schema: unknown;
};
const read = (name: string) => server.api<Deployment>('GET', `/deployments/name/etl/${name}`);

test('a value the schema refuses: refused at its line before any write, on create and on update', async () => {
  const root = makeRepo({ 'flows/limits.py': FLOW });
  const created = deploy(root, file('etl-crm', '3'));
  assert.equal(created.status, 0, created.stderr);
  assert.deepEqual((await read('etl-crm')).parameters, { source: 'crm', limit: 3 });

  const update = deploy(root, file('etl-crm', `"${VALUE}"`));
  assert.equal(update.status, 2, update.stdout + update.stderr);
  assert.match(
    update.stderr,
    /prefect-deployments-dev\.yaml:5:38: parameter 'limit' of flow 'etl': expected an integer, got "ten-hunter2": Prefect refuses the deployment \(enforce_parameter_schema is on\)/,
  );
  assert.deepEqual((await read('etl-crm')).parameters, { source: 'crm', limit: 3 }, 'the deployment was changed');

  const create = deploy(root, file('etl-new', `"${VALUE}"`));
  assert.equal(create.status, 2, create.stderr);
  await assert.rejects(read('etl-new'), /404/);
});

test('with enforce_parameter_schema: false Prefect registers it: a warning', async () => {
  const root = makeRepo({ 'flows/limits.py': FLOW });
  const r = deploy(root, file('etl-loose', '"ten"', '    enforce_parameter_schema: false\n'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(
    r.stderr,
    /warning: parameter 'limit' of flow 'etl': expected an integer, got "ten": Prefect registers it \(enforce_parameter_schema: false\)/,
  );
  assert.deepEqual((await read('etl-loose')).parameters, { source: 'crm', limit: 'ten' });
});

test("the server's answers on create (422) and update (409) name the parameter and the kind, never the value", async () => {
  const root = makeRepo({ 'flows/limits.py': FLOW });
  assert.equal(deploy(root, file('etl-api', '3')).status, 0);
  const live = await read('etl-api');
  const client = new PrefectClient({ apiUrl: server.apiUrl });
  const kind =
    "parameter 'limit' does not match the flow's parameter schema: expected an integer (the server checks them: enforce_parameter_schema is on)";
  const body = {
    name: 'etl-api-2',
    flow_id: live.flow_id,
    work_pool_name: 'pool',
    enforce_parameter_schema: true,
    parameter_openapi_schema: live.parameter_openapi_schema,
    parameters: { source: 'crm', limit: VALUE },
  };
  const createError = await client.request('POST', '/deployments/', body).then(
    () => assert.fail('created'),
    (e: Error) => e.message,
  );
  assert.equal(createError, `POST /deployments/: 422 invalid deployment: ${kind}`);
  const updateError = await client
    .request('PATCH', `/deployments/${live.id}`, { parameters: { source: 'crm', limit: VALUE } })
    .then(
      () => assert.fail('updated'),
      (e: Error) => e.message,
    );
  assert.equal(updateError, `PATCH /deployments/${live.id}: 409 deployment refused: ${kind}`);
  // The server's own texts hold the value, so the messages above could have shown it.
  const raw = await fetch(`${server.apiUrl}/deployments/${live.id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ parameters: { limit: VALUE } }),
  });
  assert.equal(raw.status, 409);
  assert.ok((await raw.text()).includes(VALUE));
});
