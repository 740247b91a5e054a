/**
 * Code storage on S3 (moto) with a real Prefect 3.9.1 server that has prefect-aws:
 * the files each commit uploads, a re-run and a plan that upload nothing, the pull
 * steps compared with what `prefect deploy` registers after Prefect's own
 * `push_to_s3` (and the objects it uploads), and every bad input before any write.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, boto, createBucket, MOTO_URL, prefectWithMoto, s3Keys } from '../support/aws.js';
import { runCli, runCliAsync } from '../support/bundles.js';
import { commitAll, makeRepo } from '../support/repo.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-code-${RUN}`;
const SHA = 'c0'.repeat(20);
/** A deployments file whose deployment names start with `prefix`. */
const file = (prefix: string) => `deployments:
  - {name: ${prefix}-hello, entrypoint: flows/hello_world.py:hello, parameters: {number: 1}, work_pool: {name: cs-pool}}
  - {name: ${prefix}-etl, entrypoint: flows/etl.py:run_etl, parameters: {source: s}, work_pool: {name: cs-pool}}
`;

let server: RunningServer;
before(async () => {
  createBucket(BUCKET);
  server = await prefectWithMoto('cs-pool', 'moto');
});
after(() => server?.stop());

/** A run that succeeded; else its whole output. */
function ok(r: { status: number | null; stdout: string; stderr: string }): void {
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
}

const cli = (root: string, args: string[], env: Record<string, string> = {}) =>
  runCli(args, root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl, ...env });

interface Api {
  name: string;
  pull_steps: unknown[];
  updated: string;
}
const deployments = async (names: string[]) =>
  new Map(
    (await server.api<Api[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } })).map((d) => [
      d.name,
      d,
    ]),
  );

function gitInit(root: string): void {
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'fixture');
}

test("deploy uploads the commit's files (git ls-files: nothing ignored or uncommitted, never .git, no link out of the repository); a re-run uploads nothing", async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file('cs'),
    '.gitignore': '*.log\nbuild/\n',
    'flows/.gitignore': 'local_*.py\n',
    'flows/local_scratch.py': 'x = 1\n',
    'build/out.txt': 'built\n',
    'run.log': 'log\n',
    'lib/helpers.py': 'def helper():\n    return 1\n',
    'README.md': '# flows\n',
  });
  symlinkSync('/etc/hostname', path.join(root, 'outside-link'));
  gitInit(root);
  const url = `s3://${BUCKET}/gitignore`;
  const r = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    url,
    '--code-storage-credentials-block',
    'moto',
    '--json',
  ]);
  ok(r);
  assert.match(r.stderr, /outside-link is a link to a file the commit's upload does not hold: not uploaded/);
  const folder = `gitignore/${SHA}/`;
  const keys = s3Keys(BUCKET, 'gitignore/');
  assert.deepEqual(Object.keys(keys).sort(), [
    'gitignore/.prefect-ecr-deploy.json',
    ...[
      '.gitignore',
      'README.md',
      'flows/.gitignore',
      'flows/etl.py',
      'flows/hello_world.py',
      'lib/helpers.py',
      'prefect-deployments-dev.yaml',
    ].map((k) => folder + k),
  ]);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.codeStorage.url, `s3://${BUCKET}/${folder}`);
  assert.equal(doc.codeStorage.rules, 'git ls-files');
  assert.equal(doc.codeStorage.uploaded, 7);
  const live = await deployments(['cs-hello', 'cs-etl']);
  for (const d of live.values()) {
    assert.deepEqual(d.pull_steps, [
      {
        'prefect_aws.deployments.steps.pull_from_s3': {
          id: 'pull_code',
          requires: 'prefect-aws>=0.3.4',
          bucket: BUCKET,
          folder: `gitignore/${SHA}`,
          credentials: '{{ prefect.blocks.aws-credentials.moto }}',
        },
      },
    ]);
  }

  const modified = () =>
    boto<Record<string, string>>(
      'out = {o["Key"]: o["LastModified"] for o in s3.list_objects_v2(Bucket=args["b"], Prefix=args["p"])["Contents"]}',
      { b: BUCKET, p: 'gitignore/' },
    );
  const before = modified();
  await new Promise((res) => setTimeout(res, 1100));
  const again = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    url,
    '--code-storage-credentials-block',
    'moto',
    '--json',
  ]);
  ok(again);
  const doc2 = JSON.parse(again.stdout);
  assert.equal(doc2.codeStorage.uploaded, 0);
  assert.equal(doc2.codeStorage.missing, 0);
  assert.deepEqual(
    doc2.deployments.map((d: { action: string }) => d.action),
    ['unchanged', 'unchanged'],
  );
  assert.deepEqual(modified(), before, 'no object was written again');
});

test('plan lists what would be uploaded (files and bytes) and writes nothing', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file('csplan') });
  commitAll(root);
  const r = cli(root, ['plan', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/plan-only`, '--json']);
  ok(r);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.codeStorage.files, 3);
  assert.equal(doc.codeStorage.missing, 3);
  assert.ok(doc.codeStorage.missingBytes > 500, String(doc.codeStorage.missingBytes));
  assert.equal(doc.codeStorage.uploaded, 0);
  assert.deepEqual(s3Keys(BUCKET, 'plan-only/'), {});
  assert.equal((await deployments(['csplan-hello'])).size, 0);
  const text = cli(root, ['plan', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/plan-only`]);
  assert.match(
    text.stdout,
    /Code: s3:\/\/ped-code-[a-z0-9]+\/plan-only\/(c0)+\/ \(3 files, [\d.]+ kB, chosen by git ls-files\): 3 files \([\d.]+ kB\) would be uploaded/,
  );
});

test('parity: the pull steps `prefect deploy` registers after prefect_aws push_to_s3, and the objects it uploads with a .prefectignore', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file('csours'),
    '.prefectignore': '# comments and blank lines\n\n*.pyc\n__pycache__/\n.git\ndata/*.csv\n!data/keep.csv\nsecrets/\n',
    'flows/__pycache__/hello_world.cpython-311.pyc': 'x',
    'data/big.csv': 'a,b\n',
    'data/keep.csv': 'c,d\n',
    'data/notes.txt': 'n\n',
    'secrets/key.txt': 'k\n',
    'pkg/sub/mod.py': 'y = 2\n',
    'prefect.yaml': `name: parity
prefect-version: 3.9.1
push:
  - prefect_aws.deployments.steps.push_to_s3:
      id: push_code
      requires: prefect-aws>=0.3.4
      bucket: ${BUCKET}
      folder: theirs/${SHA}
      credentials: "{{ prefect.blocks.aws-credentials.moto }}"
pull:
  - prefect_aws.deployments.steps.pull_from_s3:
      id: pull_code
      requires: prefect-aws>=0.3.4
      bucket: "{{ push_code.bucket }}"
      folder: "{{ push_code.folder }}"
      credentials: "{{ prefect.blocks.aws-credentials.moto }}"
deployments:
  - name: cstheirs-hello
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: cs-pool}
`,
  });
  gitInit(root);
  server.prefect(['--no-prompt', 'deploy', '--all'], root);
  const r = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}/ours/`,
    '--code-storage-credentials-block',
    'moto',
    '--json',
  ]);
  ok(r);
  assert.equal(JSON.parse(r.stdout).codeStorage.rules, 'git ls-files, .prefectignore');
  const relative = (prefix: string) =>
    Object.fromEntries(Object.entries(s3Keys(BUCKET, prefix)).map(([k, size]) => [k.slice(prefix.length), size]));
  const theirs = relative(`theirs/${SHA}/`);
  assert.ok(
    'data/keep.csv' in theirs && !('data/big.csv' in theirs) && !('secrets/key.txt' in theirs),
    JSON.stringify(theirs),
  );
  assert.deepEqual(relative(`ours/${SHA}/`), theirs);
  const live = await deployments(['csours-hello', 'cstheirs-hello']);
  const folderless = (d: Api) => JSON.parse(JSON.stringify(d.pull_steps).replace(/"(ours|theirs)\//, '"'));
  assert.deepEqual(folderless(live.get('csours-hello')!), folderless(live.get('cstheirs-hello')!));
});

test('bad input: a missing bucket, a prefix with .., no credentials, a prefix that is not ours, a missing credentials block, an ignored entrypoint: exit 2, nothing written', async () => {
  const badFile = file('csbad');
  const root = makeRepo({ 'prefect-deployments-dev.yaml': badFile });
  commitAll(root);
  const deploy = (url: string, extra: string[] = [], env: Record<string, string> = {}) =>
    cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', url, ...extra], env);

  const missing = deploy(`s3://ped-missing-${RUN}/code`);
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(missing.stderr, new RegExp(`S3 bucket 'ped-missing-${RUN}' does not exist \\(region us-east-1\\)`));

  const dots = deploy(`s3://${BUCKET}/a/../b`);
  assert.equal(dots.status, 2);
  assert.match(dots.stderr, /code storage prefix 'a\/\.\.\/b' must not contain '\.' or '\.\.' segments/);

  const home = mkdtempSync(path.join(tmpdir(), 'ped-nocreds-'));
  const noCreds = runCli(['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/nocreds`], root, {
    PREFECT_API_URL: server.apiUrl,
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: MOTO_URL(),
    AWS_EC2_METADATA_DISABLED: 'true',
    HOME: home,
    AWS_CONFIG_FILE: path.join(home, 'none'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'none'),
  });
  assert.equal(noCreds.status, 2, noCreds.stderr);
  assert.match(
    noCreds.stderr,
    /reading S3 bucket '.+' in us-east-1: no AWS credentials found \(tried environment variables AWS_ACCESS_KEY_ID\/AWS_SECRET_ACCESS_KEY, web identity/,
  );

  boto('s3.put_object(Bucket=args["b"], Key="someone-else/report.csv", Body=b"x")', { b: BUCKET });
  const foreign = deploy(`s3://${BUCKET}/someone-else`);
  assert.equal(foreign.status, 2, foreign.stderr);
  assert.match(
    foreign.stderr,
    /already holds objects that prefect-ecr-deploy did not write \(no s3:\/\/.+\/someone-else\/\.prefect-ecr-deploy\.json\): it is not ours/,
  );

  const mine = deploy(`s3://${BUCKET}/owned`, [], { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/flows' });
  ok(mine);
  const other = deploy(`s3://${BUCKET}/owned`, [], { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/other' });
  assert.equal(other.status, 2, other.stderr);
  assert.match(other.stderr, /is the code storage of repository acme\/flows, not acme\/other/);

  const noBlock = deploy(`s3://${BUCKET}/noblock`, ['--code-storage-credentials-block', 'nope']);
  assert.equal(noBlock.status, 2);
  assert.match(noBlock.stderr, /aws-credentials block 'nope' does not exist/);

  const ignoring = makeRepo({ 'prefect-deployments-dev.yaml': badFile, '.gitignore': 'flows/etl.py\n' });
  commitAll(ignoring);
  const ignored = cli(ignoring, ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/ignored`]);
  assert.equal(ignored.status, 2);
  assert.match(
    ignored.stderr,
    /the entrypoint file flows\/etl\.py would not be uploaded \(git ls-files does not list it: the commit does not hold it\)/,
  );

  for (const prefix of ['someone-else/', 'noblock/', 'ignored/', 'nocreds/']) {
    assert.deepEqual(
      Object.keys(s3Keys(BUCKET, prefix)).filter((k) => !k.endsWith('report.csv')),
      [],
      prefix,
    );
  }
  // Only the one valid run registered anything.
  assert.deepEqual([...(await deployments(['csbad-hello', 'csbad-etl'])).keys()].sort(), ['csbad-etl', 'csbad-hello']);
});

test('a failed upload: exit 1, what was and was not uploaded, no deployment registered; the re-run uploads only the rest', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': file('csfail'),
    'extra/a.py': 'a = 1\n',
    'extra/b.py': 'b = 2\n',
  });
  commitAll(root);
  // A proxy in front of moto that refuses one object, as a bucket policy would.
  const moto = new URL(MOTO_URL());
  const proxy: Server = createServer((req, res) => {
    if (req.method === 'PUT' && req.url?.includes('flows/etl.py')) {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
      );
      return;
    }
    const upstream = request(
      { host: moto.hostname, port: moto.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((res) => proxy.listen(0, '127.0.0.1', res));
  const port = (proxy.address() as { port: number }).port;
  try {
    const url = `s3://${BUCKET}/failing`;
    const args = ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', url];
    const failed = await runCliAsync(args, root, {
      ...awsEnv(),
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${port}`,
      PREFECT_API_URL: server.apiUrl,
    });
    assert.equal(failed.status, 1, failed.stderr);
    assert.match(
      failed.stderr,
      /code storage: 4 of 5 files uploaded to s3:\/\/.+\/failing\/(c0)+\/, 1 failed \(flows\/etl\.py: Access Denied\); no deployment was registered/,
    );
    assert.equal(Object.keys(s3Keys(BUCKET, `failing/${SHA}/`)).length, 4);
    assert.equal((await deployments(['csfail-hello'])).size, 0);
    const rerun = cli(root, [...args, '--json']);
    ok(rerun);
    assert.equal(JSON.parse(rerun.stdout).codeStorage.uploaded, 1, 'only the missing file');
    assert.equal(Object.keys(s3Keys(BUCKET, `failing/${SHA}/`)).length, 5);
  } finally {
    proxy.close();
  }
});

test('a prefix marker that does not parse, or that names no repository, is foreign: a repository never writes below it', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': file('csmarker') });
  const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/flows' };
  const markers = {
    garbled: 'not json {',
    nobody: JSON.stringify({ tool: 'prefect-ecr-deploy', repository: null }),
    untooled: JSON.stringify({ repository: 'acme/flows' }),
  };
  for (const [prefix, body] of Object.entries(markers)) {
    boto('s3.put_object(Bucket=args["b"], Key=args["k"], Body=args["body"].encode())', {
      b: BUCKET,
      k: `${prefix}/.prefect-ecr-deploy.json`,
      body,
    });
    const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/${prefix}`], github);
    assert.equal(r.status, 2, `${prefix}: ${r.stderr}`);
    assert.match(
      r.stderr,
      new RegExp(
        `s3://${BUCKET}/${prefix}/\\.prefect-ecr-deploy\\.json is not a marker this tool wrote for acme/flows: the prefix is not ours; choose another`,
      ),
      prefix,
    );
    assert.deepEqual(Object.keys(s3Keys(BUCKET, `${prefix}/`)), [`${prefix}/.prefect-ecr-deploy.json`], prefix);
  }
  assert.equal((await deployments(['csmarker-hello'])).size, 0, 'a deployment was registered');
});
