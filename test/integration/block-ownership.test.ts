/**
 * Blocks are owned as deployments are: a block document this repository and
 * environment did not create (made by hand, or by another repository's file) is a
 * conflict. A plan shows it without any comparison, a deploy refuses before any
 * write, and only --adopt takes it over. A plan never answers a guess of a secret
 * field: a right and a wrong guess give the same plan. Read back with Prefect's own
 * client on the pinned Prefect 3.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const SHA = 'b1'.repeat(20);
/** Team A's values: never shown to anyone, and never overwritten without --adopt. */
const TEAM_A_PASSWORD = `team-a-password-${RUN}-Hq7`;
const TEAM_A_TOKEN = `team-a-token-${RUN}-Lr2`;
const FILE = 'prefect-deployments-dev.yaml';
const outputs: string[] = [];

let server: RunningServer;
before(async () => {
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: 'pool', type: 'process' });
});
after(async () => {
  await server?.stop();
  const leaked = outputs.filter((o) => o.includes(TEAM_A_PASSWORD) || o.includes(TEAM_A_TOKEN));
  assert.equal(leaked.length, 0, 'a secret reached the output');
});

interface BlockJson {
  type: string;
  name: string;
  action: string;
  changed: string[];
  notCompared?: string[];
  owner?: string;
  adoptedFrom?: string;
}

function repo(blocks: string, deployment: string): string {
  return makeRepo({ [FILE]: fileText(blocks, deployment) });
}

function fileText(blocks: string, deployment: string): string {
  return `blocks:\n${blocks}deployments:\n  - {name: ${deployment}, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n`;
}

function cli(repository: string, root: string, args: string[], env: Record<string, string> = {}) {
  const r = runCli([...args, '--env', 'dev', '--sha', SHA], root, {
    PREFECT_API_URL: server.apiUrl,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    ...env,
  });
  outputs.push(r.stdout, r.stderr);
  return r;
}

const blocksOf = (r: { stdout: string; stderr: string }): BlockJson[] => {
  assert.ok(r.stdout.startsWith('{'), r.stderr);
  return (JSON.parse(r.stdout) as { blocks: BlockJson[] }).blocks;
};

/** What Prefect's own client loads: the secret's value, or a block's field. */
function load(code: string): unknown {
  return JSON.parse(
    server
      .prefect(['python', '-c', `import json\n${code}`])
      .trim()
      .split('\n')
      .pop()!,
  );
}
const secretValue = (name: string) =>
  load(`from prefect.blocks.system import Secret\nprint(json.dumps(Secret.load(${JSON.stringify(name)}).get()))`);

async function stored(type: string, name: string) {
  return server.api<{ id: string; updated: string }>('GET', `/block_types/slug/${type}/block_documents/name/${name}`);
}

async function ownerRecord(type: string, name: string): Promise<Record<string, unknown> | undefined> {
  try {
    const v = await server.api<{ value: string; tags: string[] }>(
      'GET',
      `/variables/name/prefect_ecr_deploy__${type.replaceAll('-', '_')}__${name.replaceAll('-', '_')}`,
    );
    assert.deepEqual(v.tags, ['prefect-ecr-deploy']);
    return JSON.parse(v.value) as Record<string, unknown>;
  } catch (e) {
    if (/404/.test(String(e))) return undefined;
    throw e;
  }
}

async function deploymentExists(name: string): Promise<boolean> {
  return (
    (await server.api<unknown[]>('POST', '/deployments/filter', { deployments: { name: { any_: [name] } } })).length > 0
  );
}

test('the probe: a block made by hand is a conflict for another repository: no comparison, no write; --adopt takes it over', async () => {
  // Team A's blocks, created by hand with Prefect's own client.
  load(
    `from prefect.blocks.system import Secret\nfrom prefect.filesystems import LocalFileSystem\n` +
      `Secret(value=${JSON.stringify(TEAM_A_PASSWORD)}).save("team-a-db-password")\nLocalFileSystem(basepath="/srv/team-a-root").save("team-a-files")\nprint("[]")`,
  );
  const before = await Promise.all([
    stored('secret', 'team-a-db-password'),
    stored('local-file-system', 'team-a-files'),
  ]);
  const attacker = (value: string) =>
    `  - {type: secret, name: team-a-db-password, data: {value: ${JSON.stringify(value)}}}\n  - {type: local-file-system, name: team-a-files, data: {basepath: /attacker}}\n`;
  const root = repo(attacker('attacker-controlled'), 'team-b-flow');

  const plan = cli('acme/team-b', root, ['plan', '--json']);
  assert.equal(plan.status, 0, plan.stderr);
  const nobody = 'nobody (it was not created by prefect-ecr-deploy)';
  assert.deepEqual(blocksOf(plan), [
    { type: 'secret', name: 'team-a-db-password', action: 'conflict', changed: [], notCompared: [], owner: nobody },
    {
      type: 'local-file-system',
      name: 'team-a-files',
      action: 'conflict',
      changed: [],
      notCompared: [],
      owner: nobody,
    },
  ]);
  const text = cli('acme/team-b', root, ['plan']);
  assert.match(
    text.stdout,
    /Block secret\/team-a-db-password: conflict \(exists, owned by nobody .*: not compared; deploy refuses it unless --adopt\)\n/,
  );
  assert.doesNotMatch(
    text.stdout,
    /basepath|team-a-root|\(value/,
    'a field or value of a block this repository does not own was shown',
  );

  // The right guess gives the very same plan as a wrong one.
  writeFileSync(path.join(root, FILE), fileText(attacker(TEAM_A_PASSWORD), 'team-b-flow'));
  const guessed = cli('acme/team-b', root, ['plan', '--json']);
  assert.deepEqual(blocksOf(guessed), blocksOf(plan), 'the plan answers a guess of the secret');
  writeFileSync(path.join(root, FILE), fileText(attacker('attacker-controlled'), 'team-b-flow'));

  const deploy = cli('acme/team-b', root, ['deploy']);
  assert.equal(deploy.status, 2, deploy.stderr);
  assert.deepEqual(
    deploy.stderr.split('\n').filter((l) => l.startsWith(FILE)),
    [
      `${FILE}:2:5: block secret/team-a-db-password exists, owned by ${nobody}: not written (pass --adopt to take it over)`,
      `${FILE}:3:5: block local-file-system/team-a-files exists, owned by ${nobody}: not written (pass --adopt to take it over)`,
    ],
  );
  assert.deepEqual(
    await Promise.all([stored('secret', 'team-a-db-password'), stored('local-file-system', 'team-a-files')]),
    before,
    'a block another team owns was written',
  );
  assert.equal(secretValue('team-a-db-password'), TEAM_A_PASSWORD);
  assert.equal(await deploymentExists('team-b-flow'), false, 'a deploy that refuses a block writes nothing at all');
  assert.equal(await ownerRecord('secret', 'team-a-db-password'), undefined);

  const adopt = cli('acme/team-b', root, ['deploy', '--adopt', '--json']);
  assert.equal(adopt.status, 0, adopt.stderr);
  assert.deepEqual(
    blocksOf(adopt).map((b) => [b.action, b.changed, b.adoptedFrom]),
    [
      ['updated', ['value'], nobody],
      ['updated', ['basepath'], nobody],
    ],
  );
  assert.equal(secretValue('team-a-db-password'), 'attacker-controlled');
  assert.equal(
    load(
      'from prefect.filesystems import LocalFileSystem\nprint(json.dumps(LocalFileSystem.load("team-a-files").basepath))',
    ),
    '/attacker',
  );
  assert.deepEqual(await ownerRecord('secret', 'team-a-db-password'), {
    block_document_id: before[0].id,
    repository: 'acme/team-b',
    environment: 'dev',
  });
  assert.equal((await stored('secret', 'team-a-db-password')).id, before[0].id, 'adopting keeps the document');

  // Now owned: a re-run without --adopt compares, and writes nothing.
  const again = cli('acme/team-b', root, ['deploy', '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(
    blocksOf(again).map((b) => b.action),
    ['unchanged', 'unchanged'],
  );
});

test("a block repository A's file created is a conflict for repository B and for A's other environment; a plan of A never answers a guess", async () => {
  const teamA = `  - {type: secret, name: team-a-api-token, data: {value: "{{ $TEAM_A_TOKEN }}"}}\n  - {type: local-file-system, name: team-a-store, data: {basepath: /a/v1}}\n`;
  const rootA = repo(teamA, 'team-a-flow');
  const created = cli('acme/team-a', rootA, ['deploy', '--json'], { TEAM_A_TOKEN });
  assert.equal(created.status, 0, created.stderr);
  assert.deepEqual(
    blocksOf(created).map((b) => [b.action, b.changed]),
    [
      ['created', ['value']],
      ['created', ['basepath']],
    ],
  );
  const doc = await stored('secret', 'team-a-api-token');
  assert.deepEqual(await ownerRecord('secret', 'team-a-api-token'), {
    block_document_id: doc.id,
    repository: 'acme/team-a',
    environment: 'dev',
  });
  // The record is beside the document, not in its data: Prefect still resolves the secret to its value.
  const resolved = load(
    'import asyncio\nfrom prefect.utilities.templating import resolve_block_document_references\n' +
      'print(json.dumps(asyncio.run(resolve_block_document_references({"x": "{{ prefect.blocks.secret.team-a-api-token }}"}))["x"]))',
  );
  assert.equal(resolved, TEAM_A_TOKEN);

  // A's deploy compares (it writes the file's value either way): nothing changed, nothing written.
  const again = cli('acme/team-a', rootA, ['deploy', '--json'], { TEAM_A_TOKEN });
  assert.deepEqual(
    blocksOf(again).map((b) => b.action),
    ['unchanged', 'unchanged'],
  );
  assert.equal((await stored('secret', 'team-a-api-token')).updated, doc.updated, 'an unchanged block was written');

  // A's plan: the secret field is set by the file, never compared: the right and a wrong value plan alike.
  const right = cli('acme/team-a', rootA, ['plan', '--json'], { TEAM_A_TOKEN });
  const wrong = cli('acme/team-a', rootA, ['plan', '--json'], { TEAM_A_TOKEN: 'a-wrong-guess' });
  assert.deepEqual(blocksOf(right), [
    { type: 'secret', name: 'team-a-api-token', action: 'unchanged', changed: [], notCompared: ['value'] },
    { type: 'local-file-system', name: 'team-a-store', action: 'unchanged', changed: [], notCompared: [] },
  ]);
  assert.deepEqual(blocksOf(wrong), blocksOf(right), 'the plan answers a guess of the secret');
  assert.match(
    cli('acme/team-a', rootA, ['plan'], { TEAM_A_TOKEN }).stdout,
    /Block secret\/team-a-api-token: unchanged \(secret fields set by the file, not compared in a plan: value\)\n/,
  );
  writeFileSync(path.join(rootA, FILE), fileText(teamA.replace('/a/v1', '/a/v2'), 'team-a-flow'));
  const changed = cli('acme/team-a', rootA, ['plan', '--json'], { TEAM_A_TOKEN: 'a-wrong-guess' });
  assert.deepEqual(
    blocksOf(changed).map((b) => [b.action, b.changed]),
    [
      ['unchanged', []],
      ['update', ['basepath']],
    ],
    'fields that are not secret are compared',
  );

  // A rotated secret is written by A's deploy.
  const rotated = cli('acme/team-a', rootA, ['deploy', '--json'], { TEAM_A_TOKEN: `${TEAM_A_TOKEN}-2` });
  assert.deepEqual(
    blocksOf(rotated).map((b) => [b.action, b.changed]),
    [
      ['updated', ['value']],
      ['updated', ['basepath']],
    ],
  );
  assert.equal(secretValue('team-a-api-token'), `${TEAM_A_TOKEN}-2`);

  // Repository B, and A's prod: conflicts, nothing compared, nothing written.
  const rootB = repo(
    '  - {type: secret, name: team-a-api-token, data: {value: attacker-controlled}}\n',
    'team-b-other',
  );
  const planB = cli('acme/team-b', rootB, ['plan', '--json']);
  assert.deepEqual(blocksOf(planB), [
    {
      type: 'secret',
      name: 'team-a-api-token',
      action: 'conflict',
      changed: [],
      notCompared: [],
      owner: 'acme/team-a/dev',
    },
  ]);
  writeFileSync(path.join(rootA, 'prefect-deployments-prod.yaml'), fileText(teamA, 'team-a-flow'));
  const prod = runCli(['plan', '--json', '--env', 'prod', '--sha', SHA], rootA, {
    PREFECT_API_URL: server.apiUrl,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/team-a',
    TEAM_A_TOKEN,
  });
  outputs.push(prod.stdout, prod.stderr);
  assert.deepEqual(
    blocksOf(prod).map((b) => [b.action, b.owner]),
    [
      ['conflict', 'acme/team-a/dev'],
      ['conflict', 'acme/team-a/dev'],
    ],
  );
  const before = await stored('secret', 'team-a-api-token');
  const deployB = cli('acme/team-b', rootB, ['deploy']);
  assert.equal(deployB.status, 2, deployB.stderr);
  assert.match(
    deployB.stderr,
    /:2:5: block secret\/team-a-api-token exists, owned by acme\/team-a\/dev: not written \(pass --adopt to take it over\)/,
  );
  assert.deepEqual(await stored('secret', 'team-a-api-token'), before);
  assert.equal(secretValue('team-a-api-token'), `${TEAM_A_TOKEN}-2`);

  // B takes it over with --adopt; it is then B's, and A's plan shows a conflict.
  const adopt = cli('acme/team-b', rootB, ['deploy', '--adopt', '--json']);
  assert.equal(adopt.status, 0, adopt.stderr);
  assert.deepEqual(
    blocksOf(adopt).map((b) => [b.action, b.adoptedFrom]),
    [['updated', 'acme/team-a/dev']],
  );
  assert.equal(secretValue('team-a-api-token'), 'attacker-controlled');
  const planA = cli('acme/team-a', rootA, ['plan', '--json'], { TEAM_A_TOKEN });
  assert.deepEqual(
    blocksOf(planA).map((b) => [b.name, b.action, b.owner]),
    [
      ['team-a-api-token', 'conflict', 'acme/team-b/dev'],
      ['team-a-store', 'unchanged', undefined],
    ],
  );
});

test('a block deleted and made again by hand is not owned by the record its first document left', async () => {
  const root = repo('  - {type: local-file-system, name: remade, data: {basepath: /ours}}\n', 'remade-flow');
  assert.equal(cli('acme/team-a', root, ['deploy']).status, 0);
  const first = await stored('local-file-system', 'remade');
  await server.api('DELETE', `/block_documents/${first.id}`);
  load(
    'from prefect.filesystems import LocalFileSystem\nLocalFileSystem(basepath="/theirs").save("remade")\nprint("[]")',
  );
  const plan = cli('acme/team-a', root, ['plan', '--json']);
  assert.deepEqual(
    blocksOf(plan).map((b) => [b.action, b.owner]),
    [['conflict', 'nobody (it was not created by prefect-ecr-deploy)']],
  );
  // Deleted for good: the next deploy creates it again and the stale record is replaced.
  await server.api('DELETE', `/block_documents/${(await stored('local-file-system', 'remade')).id}`);
  const recreated = cli('acme/team-a', root, ['deploy', '--json']);
  assert.deepEqual(
    blocksOf(recreated).map((b) => b.action),
    ['created'],
  );
  assert.equal(
    (await ownerRecord('local-file-system', 'remade'))?.block_document_id,
    (await stored('local-file-system', 'remade')).id,
  );
});
