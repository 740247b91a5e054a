/**
 * What code storage uploads, and every repository file the tool reads, against a
 * hostile checkout (moto S3 and ECR, a Prefect 3.9.1 server with prefect-aws): only
 * the files the commit holds go to S3, never a link's target outside them (`.git`,
 * ignored files), never an uncommitted file; a file that is a link to /dev/zero is
 * refused with its path (exit 2), in bounded time and memory.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, boto, createBucket, prefectWithMoto, s3Keys } from '../support/aws.js';
import { distCopy, runCli, type RunResult } from '../support/bundles.js';
import { commitAll, makeRepo } from '../support/repo.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-files-${RUN}`;
const SHA = 'f1'.repeat(20);
const FILE = `deployments:
  - {name: files-hello, entrypoint: flows/hello_world.py:hello, parameters: {number: 1}, work_pool: {name: files-pool}}
`;

let server: RunningServer;
before(async () => {
  createBucket(BUCKET);
  server = await prefectWithMoto('files-pool', 'files-moto');
});
after(() => server?.stop());

const env = () => ({ ...awsEnv(), PREFECT_API_URL: server.apiUrl });
const cli = (root: string, args: string[]) => runCli(args, root, env());

/** Every object's text under a prefix. */
const objects = (prefix: string) =>
  boto<Record<string, string>>(
    'out = {k: s3.get_object(Bucket=args["b"], Key=k)["Body"].read().decode("utf8", "replace") for k in keys(args["b"], args["p"])}',
    {
      b: BUCKET,
      p: prefix,
    },
  );

test('code storage uploads what the commit holds: no link into .git or to ignored files, no uncommitted file', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE,
    '.gitignore': '.env\nsecrets/\n',
    '.env': 'DB_PASSWORD=DISTINCTIVE-dotenv\n',
    'secrets/key.pem': '-----BEGIN DISTINCTIVE-key-----\n',
  });
  // The probe's three links, committed as a pull request would, and one link to a committed file.
  symlinkSync('../.git/config', path.join(root, 'flows/gitcfg.txt'));
  symlinkSync('../.env', path.join(root, 'flows/dotenv.txt'));
  symlinkSync('../secrets/key.pem', path.join(root, 'flows/key.txt'));
  symlinkSync('hello_world.py', path.join(root, 'flows/alias.py'));
  commitAll(root);
  // What actions/checkout leaves in .git/config, and a credentials file an earlier step wrote.
  const config = path.join(root, '.git/config');
  writeFileSync(
    config,
    `${readFileSync(config, 'utf8')}[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic DISTINCTIVE-token\n`,
  );
  writeFileSync(path.join(root, 'aws-credentials.json'), '{"secret": "DISTINCTIVE-credentials"}\n');

  const r = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}/links`,
    '--code-storage-credentials-block',
    'files-moto',
    '--json',
  ]);
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const uploaded = objects(`links/${SHA}/`);
  assert.deepEqual(
    Object.keys(uploaded)
      .map((k) => k.slice(`links/${SHA}/`.length))
      .sort(),
    ['.gitignore', 'flows/alias.py', 'flows/etl.py', 'flows/hello_world.py', 'prefect-deployments-dev.yaml'],
  );
  assert.equal(
    uploaded[`links/${SHA}/flows/alias.py`],
    readFileSync(path.join(root, 'flows/hello_world.py'), 'utf8'),
    'a link to a committed file uploads that file',
  );
  for (const [key, text] of Object.entries(uploaded)) assert.doesNotMatch(text, /DISTINCTIVE/, key);
  for (const link of ['flows/gitcfg.txt', 'flows/dotenv.txt', 'flows/key.txt']) {
    assert.match(
      r.stderr,
      new RegExp(`code storage: ${link} is a link to a file the commit's upload does not hold: not uploaded`),
    );
  }
  assert.doesNotMatch(r.stderr + r.stdout, /DISTINCTIVE/);
  assert.equal(JSON.parse(r.stdout).codeStorage.rules, 'git ls-files');
});

test('code storage in a folder that is not a git checkout: exit 2, it says why, nothing uploaded', () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
  const r = cli(root, ['deploy', '--env', 'dev', '--sha', SHA, '--code-storage', `s3://${BUCKET}/nogit`]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(
    r.stderr,
    /code storage uploads the files the commit holds \(git ls-files\), and .+ is not in a git checkout/,
  );
  assert.deepEqual(s3Keys(BUCKET, 'nogit/'), {});
});

/** Far above what any case needs: reaching it means the run hung. */
const BOUND_MS = 60_000;
/** A run that reads /dev/zero grows by gigabytes in seconds: it is killed here, long before it hurts the machine. */
const MAX_RSS_KB = 1024 * 1024;

/** Runs the CLI bundle, killed once past BOUND_MS or MAX_RSS_KB of memory (then `status` is null and `stderr` says why). */
function bounded(root: string, args: string[]): Promise<RunResult> {
  const child = spawn(process.execPath, [path.join(distCopy(), 'dist/cli/index.js'), ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env() },
  });
  let stdout = '';
  let stderr = '';
  let killed = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const started = Date.now();
  const watch = setInterval(() => {
    let rss = 0;
    try {
      rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return;
    }
    if (rss > MAX_RSS_KB || Date.now() - started > BOUND_MS) {
      killed =
        rss > MAX_RSS_KB
          ? `killed: more than ${MAX_RSS_KB / 1024} MiB of memory`
          : `killed: still running after ${BOUND_MS / 1000} s`;
      child.kill('SIGKILL');
    }
  }, 100);
  return new Promise((resolve) =>
    child.on('close', (status) => {
      clearInterval(watch);
      resolve({ status, stdout, stderr: killed ? `${killed}\n${stderr}` : stderr });
    }),
  );
}

function refused(r: RunResult, pattern: RegExp, label: string): void {
  assert.equal(r.status, 2, `${label}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
  assert.match(r.stderr, pattern, label);
  assert.doesNotMatch(
    r.stderr + r.stdout,
    /\n\s+at .+:\d+:\d+\)?\n|unexpected failure|heap out of memory/,
    `${label}: a crash`,
  );
}

const PLAN = ['plan', '--env', 'dev', '--sha', SHA];
const ZEROED: [string, string[], RegExp][] = [
  [
    '.prefectignore',
    [...PLAN, '--code-storage', `s3://${BUCKET}/zero`],
    /code storage: \.prefectignore is not a regular file \(a device\)/,
  ],
  [
    'requirements.txt',
    [...PLAN, '--repository', `ped-zero-${RUN}`, '--image-tag-from', 'Dockerfile,requirements.txt'],
    /--image-tag-from requirements\.txt is not a regular file/,
  ],
  [
    'task.json',
    [
      ...PLAN,
      '--skip-image',
      '--image',
      'flows:1',
      '--worker-service',
      'cluster/worker',
      '--worker-task-definition',
      'task.json',
    ],
    /--worker-task-definition task\.json is not a regular file/,
  ],
  [
    'policy.json',
    [...PLAN, '--repository', `ped-zero-${RUN}`, '--lifecycle-policy', 'policy.json'],
    /--lifecycle-policy policy\.json is not a regular file/,
  ],
];

for (const [name, args, pattern] of ZEROED) {
  test(`${name} a link to /dev/zero (${args.filter((a) => a.startsWith('--')).pop()}): exit 2 naming the file, in bounded time and memory`, async () => {
    const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE, Dockerfile: 'FROM scratch\n' });
    symlinkSync('/dev/zero', path.join(root, name));
    commitAll(root);
    refused(await bounded(root, args), pattern, name);
  });
}

test('every .gitignore a link to /dev/zero: never read (git ls-files chooses the files), the links not uploaded', async () => {
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
  symlinkSync('/dev/zero', path.join(root, '.gitignore'));
  symlinkSync('/dev/zero', path.join(root, 'flows/.gitignore'));
  commitAll(root);
  const r = await bounded(root, [
    'plan',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--code-storage',
    `s3://${BUCKET}/gitignore-zero`,
    '--json',
  ]);
  assert.equal(r.status, 0, r.stderr.slice(0, 2000));
  assert.equal(JSON.parse(r.stdout).codeStorage.files, 3);
  assert.match(
    r.stderr,
    /code storage: \.gitignore is a link to a file the commit's upload does not hold: not uploaded/,
  );
  assert.match(
    r.stderr,
    /code storage: flows\/\.gitignore is a link to a file the commit's upload does not hold: not uploaded/,
  );
});
