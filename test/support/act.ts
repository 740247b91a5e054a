/**
 * A real Actions runner: nektos/act (scripts/act-infra.sh builds it into .tmp/bin/) in
 * host mode, on a throwaway flows repository holding a workflow file unchanged. Remote
 * actions resolve through act's --local-repository: actions/* and
 * aws-actions/configure-aws-credentials to the stand-ins in test/runner/actions/,
 * prefect-ecr-deploy/prefect-ecr-deploy to this checkout's action.yml and dist/. act's
 * JSON log gives each step's result, outputs and summary (act 0.2.89 clears the summary
 * file at each step and logs what the step wrote).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { boto } from './aws.js';
import { imageInfra } from './image.js';
import { repoRoot, venvBin } from './python.js';
import { copyTree } from './repo.js';
import { freePort } from './server.js';

const STAND_INS = path.join(repoRoot, 'test/runner/actions');
const STAND_IN: Record<string, string> = {
  'actions/checkout': 'checkout',
  'actions/setup-node': 'setup-node',
  'actions/setup-python': 'setup-python',
  'aws-actions/configure-aws-credentials': 'configure-aws-credentials',
};
export const THIS_ACTION = 'prefect-ecr-deploy/prefect-ecr-deploy';

export function actBin(): string {
  const bin = process.env.ACT_BIN ?? path.join(repoRoot, '.tmp/bin/act');
  if (!existsSync(bin))
    throw new Error(`${bin} missing: run the suite with scripts/test.sh (scripts/act-infra.sh builds nektos/act)`);
  return bin;
}

let published: string | undefined;
/** This checkout as users get it from GitHub: action.yml and dist/, nothing else. */
function thisAction(): string {
  if (!published) {
    if (!existsSync(path.join(repoRoot, 'dist/index.js'))) throw new Error('dist/ missing: run npm run bundle');
    published = mkdtempSync(path.join(tmpdir(), 'ped-act-action-'));
    copyFileSync(path.join(repoRoot, 'action.yml'), path.join(published, 'action.yml'));
    cpSync(path.join(repoRoot, 'dist'), path.join(published, 'dist'), { recursive: true });
  }
  return published;
}

function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_AUTHOR_NAME: 'ped',
      GIT_AUTHOR_EMAIL: 'ped@example.com',
      GIT_COMMITTER_NAME: 'ped',
      GIT_COMMITTER_EMAIL: 'ped@example.com',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A flows repository on GitHub as acme/flows: its files committed on `branch`. */
export function gitRepo(files: Record<string, string | { copy: string }>, branch = 'main'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ped-act-repo-'));
  git(dir, 'init', '-q', '-b', branch);
  git(dir, 'remote', 'add', 'origin', 'https://github.com/acme/flows.git');
  writeFiles(dir, files);
  commit(dir, 'flows');
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | { copy: string }>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (typeof content === 'string') writeFileSync(target, content);
    else copyTree(content.copy, target);
  }
}

/** Commits everything; returns the commit. */
export function commit(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
  return git(dir, 'rev-parse', 'HEAD');
}

/** Switches the repository to `branch` (created at HEAD when new). */
export function switchBranch(dir: string, branch: string): void {
  const exists = git(dir, 'branch', '--list', branch) !== '';
  git(dir, 'checkout', '-q', ...(exists ? [branch] : ['-b', branch]));
}

/** Points a branch that is not checked out at a commit (a merge that fast-forwards). */
export function moveBranch(dir: string, branch: string, to: string): void {
  git(dir, 'branch', '-f', branch, to);
}

interface LogLine {
  msg: string;
  stage?: string;
  step?: string;
  stepID?: string[];
  stepResult?: string;
  jobResult?: string;
  command?: string;
  name?: string;
  arg?: string;
  content?: string;
  raw_output?: boolean;
}

export interface StepRun {
  stage: string;
  step: string;
  result?: string;
  outputs: Record<string, string>;
  summary: string;
  log: string;
}

export interface ActRun {
  status: number | null;
  jobResult?: string;
  steps: StepRun[];
  /** The whole log, as text: for assertion messages. */
  text: string;
  /** The Docker client config the job used (the post step must have logged out of it). */
  dockerConfig: string;
  /** The main step of `uses` (owner/repo, or ./), which must have run. */
  step(uses: string, stage?: string): StepRun;
}

export interface WorkflowRun {
  /** The repository act runs in (gitRepo); its HEAD is the event's commit. */
  repo: string;
  /** The workflow file, relative to the repository. */
  workflow: string;
  event: string;
  payload: object;
  job?: string;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  /** Environment of every step (act's --env: it wins over the GITHUB_* act sets, such as GITHUB_API_URL). */
  env?: Record<string, string>;
  /** A moto of the test's own for ECS (configure-aws-credentials exports it as AWS_ENDPOINT_URL_ECS). */
  ecsUrl?: string;
}

/** The `uses:` of a workflow's steps, remote ones only. */
function remoteActions(workflowFile: string): string[] {
  const uses = [...readFileSync(workflowFile, 'utf8').matchAll(/^\s*(?:-\s+)?uses:\s*([^\s#]+)/gm)].map((m) => m[1]);
  return [...new Set(uses.filter((u) => !u.startsWith('./')))];
}

export async function runWorkflow(run: WorkflowRun): Promise<ActRun> {
  const work = mkdtempSync(path.join(tmpdir(), 'ped-act-run-'));
  const eventPath = path.join(work, 'event.json');
  writeFileSync(eventPath, JSON.stringify(run.payload));
  const dockerConfig = path.join(work, 'docker');
  mkdirSync(dockerConfig);
  const args = [run.event, '--json', '-W', run.workflow, '-e', eventPath, '-P', 'ubuntu-latest=-self-hosted'];
  args.push(
    '--action-cache-path',
    path.join(work, 'act'),
    '--cache-server-path',
    path.join(work, 'cache'),
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-port',
    '0',
  );
  if (run.job) args.push('-j', run.job);
  for (const uses of remoteActions(path.join(run.repo, run.workflow))) {
    const [name] = uses.split('@');
    const dir = name === THIS_ACTION ? thisAction() : STAND_IN[name] && path.join(STAND_INS, STAND_IN[name]);
    if (!dir) throw new Error(`${run.workflow} uses ${uses}: no stand-in for it in test/runner/actions`);
    args.push('--local-repository', `${uses}=${dir}`);
  }
  for (const [k, v] of Object.entries(run.vars ?? {})) args.push('--var', `${k}=${v}`);
  for (const [k, v] of Object.entries(run.secrets ?? {})) args.push('--secret', `${k}=${v}`);
  for (const [k, v] of Object.entries(run.env ?? {})) args.push('--env', `${k}=${v}`);
  const infra = imageInfra().env;
  // The runner machine: its tools and trusted CAs; AWS only through configure-aws-credentials.
  const env = {
    PATH: infra.PATH,
    HOME: process.env.HOME,
    NODE_EXTRA_CA_CERTS: infra.NODE_EXTRA_CA_CERTS,
    DOCKER_CONFIG: dockerConfig,
    PED_TEST_MOTO_URL: infra.AWS_ENDPOINT_URL_ECR,
    PED_TEST_GIT_ORIGIN: run.repo,
    ...(run.ecsUrl ? { PED_TEST_MOTO_ECS_URL: run.ecsUrl } : {}),
  };
  const { status, stdout, stderr } = await new Promise<{ status: number | null; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const child = spawn(actBin(), args, { cwd: run.repo, env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ status: code, stdout, stderr }));
    },
  );
  // act's whole JSON log stays beside the run, for a failure's investigation.
  writeFileSync(path.join(work, 'act.log'), stdout);
  return parse(status, stdout, stderr, dockerConfig);
}

function parse(status: number | null, stdout: string, stderr: string, dockerConfig: string): ActRun {
  const lines: LogLine[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {
      lines.push({ msg: line });
    }
  }
  const steps = new Map<string, StepRun>();
  let jobResult: string | undefined;
  for (const l of lines) {
    if (l.jobResult) jobResult = l.jobResult;
    if (!l.step || !l.stage || !l.stepID) continue;
    const key = `${l.stage} ${l.stepID.join('/')}`;
    let s = steps.get(key);
    if (!s) steps.set(key, (s = { stage: l.stage, step: l.step, outputs: {}, summary: '', log: '' }));
    if (l.stepResult) s.result = l.stepResult;
    if (l.command === 'set-output' && l.name) s.outputs[l.name] = l.arg ?? '';
    if (l.command === 'summary') s.summary += l.content ?? '';
    // The step's own output, and the workflow commands act parsed out of it (::warning::, ::group::, ...).
    s.log += l.raw_output ? l.msg : `${l.msg}\n`;
  }
  const text = lines.map((l) => l.msg).join('\n') + (stderr ? `\n${stderr}` : '');
  const all = [...steps.values()];
  const step = (uses: string, stage = 'Main') => {
    const found = all.find((s) => s.stage === stage && (s.step === uses || s.step.startsWith(`${uses}@`)));
    if (!found) throw new Error(`no ${stage} step ${uses} ran:\n${text.slice(-4000)}`);
    return found;
  };
  return { status, jobResult, steps: all, text, dockerConfig, step };
}

/**
 * A moto server of the test's own whose ECS services run their tasks (moto's
 * MOTO_ECS_SERVICE_RUNNING): the shared moto never starts a task, so a created
 * service is never stable there.
 */
export async function startEcsMoto(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(venvBin('moto_server', '.venv-moto'), ['-H', '127.0.0.1', '-p', String(port)], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, MOTO_ECS_SERVICE_RUNNING: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited (${child.exitCode})`);
    const up = await fetch(`${url}/moto-api/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop: () => child.kill('SIGKILL') };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('moto_server did not answer within 30 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The registries the Docker client config still holds credentials for. */
export function dockerLogins(dockerConfig: string): string[] {
  const file = path.join(dockerConfig, 'config.json');
  if (!existsSync(file)) return [];
  return Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { auths?: object }).auths ?? {});
}

/** The ECR repository the example workflows name. */
export const EXAMPLES_ECR_REPOSITORY = 'prefect-flows';

/** Creates the examples' ECR repository on moto, unless a run before made it. */
export function createExamplesEcrRepository(): void {
  boto(
    `ecr = boto3.client("ecr", **kw)
try:
    ecr.create_repository(repositoryName=args["name"])
except ecr.exceptions.RepositoryAlreadyExistsException:
    pass`,
    { name: EXAMPLES_ECR_REPOSITORY },
  );
}

/**
 * A flows repository as a user sets it up from examples/: the flows, the dev file (and prod's, unless left
 * out), the workflows and a Dockerfile on busybox. `run` makes each run's commits new: the registry and the
 * ECR repository outlive a run.
 */
export function examplesRepo(branch: string, run: string, options: { prod?: boolean } = {}): string {
  const example = (p: string) => ({ copy: path.join(repoRoot, 'examples', p) });
  return gitRepo(
    {
      flows: example('flows'),
      'prefect-deployments-dev.yaml': example('prefect-deployments-dev.yaml'),
      ...(options.prod === false ? {} : { 'prefect-deployments-prod.yaml': example('prefect-deployments-prod.yaml') }),
      '.github/workflows': example('workflows'),
      Dockerfile: 'FROM scratch\nCOPY busybox /bin/busybox\nCOPY flows /opt/prefect/flows\n',
      busybox: { copy: '/usr/bin/busybox' },
      'RUN.txt': run,
    },
    branch,
  );
}
