/**
 * Secrets never reach output, and no user value passes through a shell: distinctive
 * credentials across modes and failures, then names, tags and build arguments full
 * of shell metacharacters, stored literally, with nothing executed.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { runCli } from '../support/bundles.js';
import { imageInfra, manifest, REGISTRY_PASSWORD } from '../support/image.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const API_KEY = 'pnu_DISTINCTIVE-api-key-0xC0FFEE';
const AUTH = 'admin:DISTINCTIVE-auth-string-0xBEEF';
const SHA = '9'.repeat(40);
const RUN = Date.now().toString(36);
const PWNED = path.join(tmpdir(), `ped-pwned-${RUN}`);

let plain: RunningServer;
let guarded: RunningServer;
const captured: string[] = [];
before(async () => {
  [plain, guarded] = await Promise.all([
    startPrefectServer({ shared: true }),
    startPrefectServer({ env: { PREFECT_SERVER_API_AUTH_STRING: AUTH } }),
  ]);
  await createWorkPool(plain, { name: 'pool', type: 'process' });
  await guarded.api('POST', '/work_pools/', { name: 'pool', type: 'process' });
});
after(async () => {
  await Promise.all([plain?.stop(), guarded?.stop()]);
});

function cli(root: string, args: string[], env: Record<string, string>) {
  const r = runCli(args, root, { ...imageInfra().env, ...env });
  captured.push(r.stdout, r.stderr);
  return r;
}

const FILE = 'deployments:\n  - {name: s1, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool}}\n';

test('credentials are used but never printed, in every mode and failure', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE,
    'bad.yaml':
      'deployments:\n  - {name: s2, entrypoint: flows/hello_world.py:hello, work_pool: {name: pool, job_variables: {x: 1}}, tags: {a: 1}}\n',
  });
  const withKey = { PREFECT_API_URL: plain.apiUrl, PREFECT_API_KEY: API_KEY };
  assert.equal(cli(root, ['validate', '--env', 'dev'], withKey).status, 0);
  assert.equal(cli(root, ['plan', '--env', 'dev', '--sha', SHA], withKey).status, 0);
  assert.equal(cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--json'], withKey).status, 0);
  assert.equal(cli(root, ['deploy', '--file', 'bad.yaml', '--sha', SHA], withKey).status, 2);
  // 401: the right server, the wrong credentials; then the right ones.
  assert.equal(
    cli(root, ['deploy', '--env', 'dev', '--sha', SHA], {
      PREFECT_API_URL: guarded.apiUrl,
      PREFECT_API_AUTH_STRING: 'admin:DISTINCTIVE-wrong-0xDEAD',
    }).status,
    1,
  );
  assert.equal(
    cli(root, ['deploy', '--env', 'dev', '--sha', SHA], {
      PREFECT_API_URL: guarded.apiUrl,
      PREFECT_API_AUTH_STRING: AUTH,
    }).status,
    0,
  );
  // 422 from the server: job variables the pool's schema rejects are echoed in Prefect's body, never by us.
  const strict = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:\n  - {name: s3, entrypoint: flows/hello_world.py:hello, description: "${API_KEY}-in-a-field", work_pool: {name: pool}, concurrency_limit: {limit: 1, grace_period_seconds: 61}}\n`,
  });
  cli(strict, ['deploy', '--env', 'dev', '--sha', SHA], withKey);
  // The image stage: ECR login, docker login and push, and promotion.
  const img = makeRepo({
    'prefect-deployments-dev.yaml': FILE,
    'prefect-deployments-prod.yaml': FILE.replace('s1', 's1-prod'),
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(img, 'busybox'));
  assert.equal(
    cli(img, ['deploy', '--env', 'dev', '--sha', SHA, '--repository', `secrets-${RUN}`, '--create-repository'], withKey)
      .status,
    0,
  );
  assert.equal(
    cli(img, ['promote', '--from', 'dev', '--env', 'prod', '--repository', `secrets-${RUN}`], withKey).status,
    0,
  );

  const token = Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64');
  const basic = Buffer.from(AUTH).toString('base64');
  for (const secret of [
    API_KEY.replace('-in-a-field', ''),
    AUTH,
    'DISTINCTIVE-wrong-0xDEAD',
    REGISTRY_PASSWORD,
    token,
    basic,
  ]) {
    const hits = captured.filter((t) => t.includes(secret) && !t.includes(`${API_KEY}-in-a-field`)).length;
    assert.equal(hits, 0, `a secret was printed (${secret.slice(0, 6)}...)`);
  }
  assert.ok(captured.join('').length > 2000, 'the runs printed their usual output');
});

test('shell metacharacters in names, tags, parameters and build arguments are data, never commands', async () => {
  const evil = `$(touch ${PWNED})`;
  const root = makeRepo({
    'prefect-deployments-dev.yaml': `deployments:
  - name: "evil; touch ped-pwned-${RUN} \`id\` $HOME"
    entrypoint: flows/hello_world.py:hello
    parameters: {name: "${evil} && rm -rf ~ | cat"}
    tags: ["${evil}", "'; exit 1; '", "\\"quoted\\""]
    work_pool: {name: pool}
`,
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nARG EVIL\nLABEL evil=$EVIL\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  const r = cli(
    root,
    [
      'deploy',
      '--env',
      'dev',
      '--sha',
      SHA,
      '--repository',
      `shell-${RUN}`,
      '--create-repository',
      '--build-arg',
      `EVIL=${evil}; echo owned`,
      '--json',
    ],
    { PREFECT_API_URL: plain.apiUrl },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(existsSync(PWNED), false, 'a command ran');
  assert.equal(existsSync(path.join(root, `ped-pwned-${RUN}`)), false, 'a command ran');
  const [d] = await plain.api<{ name: string; tags: string[]; parameters: { name: string } }[]>(
    'POST',
    '/deployments/filter',
    { deployments: { name: { like_: 'evil; touch' } } },
  );
  assert.equal(d.name, `evil; touch ped-pwned-${RUN} \`id\` $HOME`);
  assert.deepEqual(d.tags, [evil, "'; exit 1; '", '"quoted"']);
  assert.equal(d.parameters.name, `${evil} && rm -rf ~ | cat`);
  // The build argument reached the image literally.
  const m = JSON.parse((await manifest(`shell-${RUN}`, SHA)).body.toString()) as { config: { digest: string } };
  const cfg = await fetch(`https://${imageInfra().host}/v2/shell-${RUN}/blobs/${m.config.digest}`, {
    headers: { authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}` },
  });
  const labels = ((await cfg.json()) as { config: { Labels: Record<string, string> } }).config.Labels;
  assert.equal(labels.evil, `${evil}; echo owned`);
});

test('values from the environment and Prefect variables never reach output: validate, plan, deploy, promote, errors', async () => {
  const password = 'DISTINCTIVE-env-password-0xFACE';
  const rotated = 'DISTINCTIVE-env-password-rotated-0xFEED';
  const variable = 'DISTINCTIVE-variable-value-0xD00D';
  const notANumber = 'DISTINCTIVE-not-a-number-0xBAD';
  await plain.api('POST', '/variables/', { name: 'sweep_token', value: variable });
  const file = (name: string) => `deployments:
  - name: ${name}
    entrypoint: flows/hello_world.py:hello
    description: "token {{ prefect.variables.sweep_token }}"
    version: "v-{{ $DB_PASSWORD }}"
    parameters: {name: "{{ $DB_PASSWORD }}"}
    work_pool: {name: pool, job_variables: {env: {DB_PASSWORD: "{{ $DB_PASSWORD }}"}}}
`;
  const img = makeRepo({
    'prefect-deployments-dev.yaml': file('sweep'),
    'prefect-deployments-prod.yaml': file('sweep-prod'),
    Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\n',
  });
  copyFileSync('/usr/bin/busybox', path.join(img, 'busybox'));
  const env = (value: string) => ({ PREFECT_API_URL: plain.apiUrl, DB_PASSWORD: value });
  const repository = ['--repository', `sweep-${RUN}`, '--create-repository'];
  const outputs: string[] = [];
  const run = (root: string, args: string[], value = password) => {
    const r = runCli(args, root, { ...imageInfra().env, ...env(value) });
    outputs.push(r.stdout, r.stderr);
    return r;
  };
  assert.equal(run(img, ['validate', '--env', 'dev', '--json']).status, 0);
  assert.equal(run(img, ['deploy', '--env', 'dev', '--sha', SHA, ...repository]).status, 0);
  const plan = run(img, ['plan', '--env', 'dev', '--sha', SHA, '--json', ...repository], rotated);
  assert.equal(plan.status, 0, plan.stderr);
  const changes = (JSON.parse(plan.stdout) as { deployments: { changes: { field: string; secret?: boolean }[] }[] })
    .deployments[0].changes;
  assert.deepEqual(
    changes.map((c) => [c.field, c.secret]),
    [
      ['version', true],
      ['parameters', true],
      ['job_variables', true],
    ],
  );
  assert.match(
    run(img, ['plan', '--env', 'dev', '--sha', SHA, ...repository], rotated).stdout,
    /version: changed \(holds a secret-bearing value: not shown\)/,
  );
  assert.equal(run(img, ['deploy', '--env', 'dev', '--sha', SHA, '--json', ...repository], rotated).status, 0);
  assert.equal(
    run(img, ['promote', '--from', 'dev', '--env', 'prod', '--json', '--repository', `sweep-${RUN}`], rotated).status,
    0,
  );
  // Errors about a value from the environment name the parameter, never the value.
  const bad = makeRepo({
    'prefect-deployments-dev.yaml':
      file('sweep-bad').replace('parameters: {name:', 'parameters: {number: "{{ $NOT_A_NUMBER }}", name:') +
      '    schedule: {cron: "{{ $NOT_A_NUMBER }}", timezone: "{{ $NOT_A_NUMBER }}"}\n',
  });
  const invalid = runCli(['validate', '--env', 'dev', '--sha', SHA], bad, {
    ...env(password),
    NOT_A_NUMBER: notANumber,
  });
  outputs.push(invalid.stdout, invalid.stderr);
  assert.equal(invalid.status, 2, invalid.stderr);
  assert.match(invalid.stderr, /parameter 'number' of flow 'hello': expected an integer/);
  assert.match(invalid.stderr, /invalid timezone '\*\*\*'/);
  // A name may come from the environment, as in prefect deploy: registered with its value, shown as written.
  const namedRepo = makeRepo({ 'prefect-deployments-dev.yaml': file('"{{ $DB_PASSWORD }}-flow"') });
  const named = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--json'], namedRepo, env(password));
  outputs.push(named.stdout, named.stderr);
  assert.equal(named.status, 0, named.stderr);
  assert.deepEqual(
    (JSON.parse(named.stdout) as { deployments: { name: string }[] }).deployments.map((d) => d.name),
    ['{{ $DB_PASSWORD }}-flow'],
  );
  assert.ok(await plain.api('GET', `/deployments/name/hello/${password}-flow`), 'registered under its value');
  const replanned = runCli(['plan', '--env', 'dev', '--sha', SHA], namedRepo, env(password));
  outputs.push(replanned.stdout, replanned.stderr);
  assert.match(replanned.stdout, /\{\{ \$DB_PASSWORD \}\}-flow +hello +unchanged/);
  // A Prefect variable or a block still may not name a deployment.
  const byVariable = runCli(
    ['validate', '--env', 'dev', '--sha', SHA],
    makeRepo({ 'prefect-deployments-dev.yaml': file('"{{ prefect.variables.sweep_token }}"') }),
    env(password),
  );
  outputs.push(byVariable.stdout, byVariable.stderr);
  assert.equal(byVariable.status, 2);
  assert.match(byVariable.stderr, /name cannot come from a Prefect variable, a block or a secret-bearing step output/);
  const all = outputs.join('\n');
  assert.ok(all.length > 1000);
  for (const secret of [password, rotated, variable, notANumber]) {
    const at = all.indexOf(secret);
    assert.equal(at, -1, `${secret} was printed: ${all.slice(Math.max(0, at - 200), at + 40)}`);
  }
});
