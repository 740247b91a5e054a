/**
 * The example workflows, unchanged, under a real Actions runner (nektos/act, host mode)
 * against a local Prefect server, moto's ECR and the TLS registry: deploy.yml on pushes
 * to dev and main (and the same push again), promote.yml, pull-request.yml for a branch
 * of the repository and for a fork's, drift.yml with and without drift. Each run checks
 * the job's result, every output action.yml declares, the job summary, the post step
 * (Docker logged out) and what the Prefect server and the registry hold.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { boto, prefectWithMoto, s3Keys } from '../support/aws.js';
import {
  actBin,
  commit,
  dockerLogins,
  moveBranch,
  runWorkflow,
  startEcsMoto,
  switchBranch,
  THIS_ACTION,
  writeFiles,
  type ActRun,
  createExamplesEcrRepository,
  examplesRepo,
  EXAMPLES_ECR_REPOSITORY,
} from '../support/act.js';
import { startGithubApi, type GithubStandIn } from '../support/github-api.js';
import { imageInfra, REGISTRY_PASSWORD } from '../support/image.js';
import { repoRoot } from '../support/python.js';
import type { RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const ECR_REPOSITORY = EXAMPLES_ECR_REPOSITORY;
const OUTPUTS = Object.keys(
  (parseYaml(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as { outputs: object }).outputs,
);
const API_KEY = `pnu_act-deploy-key-${RUN}`;
const READ_ONLY_KEY = `pnu_act-read-only-key-${RUN}`;
const TOKEN = `ghs_act-token-${RUN}`;
const FORK_TOKEN = `ghs_act-fork-token-${RUN}`;
const DEV = ['hello-dev', 'etl-dev'];
const PROD = ['hello-prod', 'etl-prod'];

let prefect: RunningServer;
let github: GithubStandIn;
let repo: string;
/** The commit pushed to dev and then to main. */
let sha: string;

before(async () => {
  actBin();
  imageInfra();
  // One server for every workflow: with prefect-aws's blocks and the aws-credentials block
  // deploy-code-on-s3.yml names, whose client parameters reach moto.
  // A server of its own: the act files deploy the same examples repository, with the same names.
  prefect = await prefectWithMoto('examples-pool', 'flows-code-reader', { shared: false });
  createExamplesEcrRepository();
  github = await startGithubApi('acme/flows', { [TOKEN]: 'write', [FORK_TOKEN]: 'read' });
  // A flows repository as a user sets it up: the examples' flows, files and workflows.
  repo = examplesRepo('dev', RUN);
  sha = commit(repo, 'a commit of its own');
});
after(async () => {
  await prefect?.stop();
  await github?.close();
});

const pushEvent = (branch: string, after: string) => ({
  ref: `refs/heads/${branch}`,
  after,
  repository: { full_name: 'acme/flows', default_branch: 'main' },
});
const deployVars = () => ({
  AWS_DEPLOY_ROLE_ARN: 'arn:aws:iam::123456789012:role/prefect-deploy',
  PREFECT_API_URL: prefect.apiUrl,
});

/** This action's main step, its outputs (every one action.yml declares) and its post step. */
function actionStep(run: ActRun) {
  const main = run.step(THIS_ACTION);
  assert.deepEqual(
    OUTPUTS.filter((o) => !(o in main.outputs)),
    [],
    `outputs not set:\n${run.text.slice(-3000)}`,
  );
  const post = run.step(THIS_ACTION, 'Post');
  assert.equal(post.result, 'success', run.text.slice(-3000));
  return main;
}

interface Live {
  name: string;
  version: string;
  updated: string;
  description: string | null;
  parameters: Record<string, unknown>;
  work_queue_name: string;
}
const live = (names: string[]) =>
  prefect
    .api<Live[]>('POST', '/deployments/filter', { deployments: { name: { any_: names } } })
    .then((l) => l.sort((a, b) => a.name.localeCompare(b.name)));

async function registryTags(): Promise<string[]> {
  const r = await fetch(`https://${imageInfra().host}/v2/${ECR_REPOSITORY}/tags/list`, {
    headers: { authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}` },
  });
  return (((await r.json()) as { tags: string[] | null }).tags ?? []).sort();
}

const actions = (json: string) =>
  (JSON.parse(json) as { environment: string; name: string; action: string }[])
    .map((d) => `${d.environment}/${d.name}: ${d.action}`)
    .sort();

describe('deploy.yml and promote.yml', () => {
  test('a push to dev builds, pushes and registers dev', async () => {
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/deploy.yml',
      event: 'push',
      payload: pushEvent('dev', sha),
      vars: deployVars(),
      secrets: { PREFECT_API_KEY: API_KEY },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    assert.equal(run.status, 0);
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'dev');
    assert.equal(main.outputs.mode, 'deploy');
    assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${sha}`);
    assert.match(main.outputs['image-digest'], /^sha256:[0-9a-f]{64}$/);

    assert.deepEqual(actions(main.outputs.deployments), ['dev/etl-dev: created', 'dev/hello-dev: created']);
    assert.equal(main.outputs['has-changes'], 'true');
    assert.equal((JSON.parse(main.outputs.plan) as { sha: string }).sha, sha);
    assert.match(main.summary, /<!-- prefect-ecr-deploy:dev -->/);
    assert.match(main.summary, /<code>hello-dev<\/code> \| hello \| 🆕 created/);
    assert.match(main.log, /docker build/);
    assert.doesNotMatch(run.text, new RegExp(API_KEY), 'the Prefect key reached the log');
    assert.deepEqual(dockerLogins(run.dockerConfig), [], 'the post step left Docker logged in');
    assert.deepEqual(
      (await live(DEV)).map((d) => [d.name, d.version]),
      [
        ['etl-dev', sha],
        ['hello-dev', sha],
      ],
    );
    assert.deepEqual(await live(PROD), []);
    const tags = await registryTags();
    assert.ok(tags.includes(sha) && tags.includes('dev'), `registry tags: ${tags.join(', ')}`);
  });

  test('the same commit pushed to main registers prod', async () => {
    switchBranch(repo, 'main');
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/deploy.yml',
      event: 'push',
      payload: pushEvent('main', sha),
      vars: deployVars(),
      secrets: { PREFECT_API_KEY: API_KEY },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'prod');
    assert.equal(main.outputs.mode, 'deploy');
    assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${sha}`);
    assert.match(main.outputs['image-digest'], /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(actions(main.outputs.deployments), ['prod/etl-prod: created', 'prod/hello-prod: created']);
    assert.equal(main.outputs['has-changes'], 'true');
    assert.match(main.summary, /<!-- prefect-ecr-deploy:prod -->/);
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
    const prod = await live(PROD);
    assert.deepEqual(
      prod.map((d) => [d.name, d.version, d.work_queue_name]),
      [
        ['etl-prod', sha, 'prod'],
        ['hello-prod', sha, 'prod'],
      ],
    );
    assert.ok((await registryTags()).includes('prod'));
  });

  test('the same push again writes nothing: unchanged, has-changes false', async () => {
    const before = await live([...DEV, ...PROD]);
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/deploy.yml',
      event: 'push',
      payload: pushEvent('main', sha),
      vars: deployVars(),
      secrets: { PREFECT_API_KEY: API_KEY },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'prod');
    assert.equal(main.outputs.mode, 'deploy');
    assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${sha}`);
    assert.deepEqual(actions(main.outputs.deployments), ['prod/etl-prod: unchanged', 'prod/hello-prod: unchanged']);
    assert.equal(main.outputs['has-changes'], 'false');
    assert.match(main.summary, /unchanged/);
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
    assert.deepEqual(
      (await live([...DEV, ...PROD])).map((d) => d.updated),
      before.map((d) => d.updated),
      'an unchanged push wrote to Prefect',
    );
  });

  test('promote.yml gives prod the image a newer dev commit runs: same digest, no build', async () => {
    switchBranch(repo, 'dev');
    writeFiles(repo, { 'RUN.txt': `${RUN} to promote` });
    const promoted = commit(repo, 'a dev change to promote');
    const dev = await runWorkflow({
      repo,
      workflow: '.github/workflows/deploy.yml',
      event: 'push',
      payload: pushEvent('dev', promoted),
      vars: deployVars(),
      secrets: { PREFECT_API_KEY: API_KEY },
    });
    assert.equal(dev.jobResult, 'success', dev.text.slice(-4000));
    const devDigest = actionStep(dev).outputs['image-digest'];
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/promote.yml',
      event: 'workflow_dispatch',
      payload: { ref: 'refs/heads/main', inputs: { sha: promoted } },
      vars: deployVars(),
      secrets: { PREFECT_API_KEY: API_KEY },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'prod');
    assert.equal(main.outputs.mode, 'promote');
    assert.equal(main.outputs.image, `${imageInfra().host}/${ECR_REPOSITORY}:${promoted}`);
    assert.equal(main.outputs['image-digest'], devDigest);
    assert.doesNotMatch(main.log, /load build definition from Dockerfile/);
    assert.equal(main.outputs['has-changes'], 'true');
    assert.deepEqual(actions(main.outputs.deployments), ['prod/etl-prod: updated', 'prod/hello-prod: updated']);
    assert.equal((JSON.parse(main.outputs.plan) as { sha: string }).sha, promoted);
    assert.match(main.summary, /<!-- prefect-ecr-deploy:prod -->/);
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
    assert.deepEqual(
      (await live(PROD)).map((d) => d.version),
      [promoted, promoted],
    );
    // The team then merges dev into main: main is the promoted commit.
    moveBranch(repo, 'main', promoted);
    sha = promoted;
  });
});

describe('pull-request.yml', () => {
  let feature: string;
  before(() => {
    switchBranch(repo, 'change-dev-params');
    const file = readFileSync(path.join(repo, 'prefect-deployments-dev.yaml'), 'utf8').replace(
      '{number: 3, name: "dev"}',
      '{number: 4, name: "dev"}',
    );
    writeFiles(repo, { 'prefect-deployments-dev.yaml': file });
    feature = commit(repo, 'dev says hello four times');
  });
  const prEvent = (headRepo: string) => ({
    number: 12,
    pull_request: {
      number: 12,
      head: { sha: feature, ref: 'change-dev-params', repo: { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/flows' } },
    },
    repository: { full_name: 'acme/flows' },
  });

  test("a branch's pull request plans both environments, comments, and writes nothing", async () => {
    const before = await live([...DEV, ...PROD]);
    const tags = await registryTags();
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/pull-request.yml',
      event: 'pull_request',
      payload: prEvent('acme/flows'),
      vars: { PREFECT_API_URL: prefect.apiUrl },
      secrets: { PREFECT_READ_ONLY_API_KEY: READ_ONLY_KEY, GITHUB_TOKEN: TOKEN },
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'dev,prod');
    assert.equal(main.outputs.mode, 'plan');
    assert.equal(main.outputs.image, 'prefect-flows:pull-request', 'the image input gives the image');
    assert.equal(main.outputs['image-digest'], '');
    assert.equal(main.outputs['has-changes'], 'true');
    const plans = JSON.parse(main.outputs.plan) as {
      environment: string;
      sha: string;
      deployments: { name: string; action: string; changes: { field: string }[] }[];
    }[];
    assert.deepEqual(
      plans.map((p) => [p.environment, p.sha]),
      [
        ['dev', feature],
        ['prod', feature],
      ],
    );
    const hello = plans[0].deployments.find((d) => d.name === 'hello-dev')!;
    assert.equal(hello.action, 'update');
    assert.ok(
      hello.changes.some((c) => c.field === 'parameters'),
      JSON.stringify(hello.changes),
    );
    assert.deepEqual(
      actions(main.outputs.deployments).map((a) => a.split(':')[0]),
      ['dev/etl-dev', 'dev/hello-dev', 'prod/etl-prod', 'prod/hello-prod'],
    );
    assert.match(main.summary, /<!-- prefect-ecr-deploy:dev -->[\s\S]*<!-- prefect-ecr-deploy:prod -->/);
    assert.match(main.summary, /hello-dev<\/code> \| hello \| ✏️ update/);
    assert.deepEqual(
      [...github.comments.values()].map((c) => c.body.split('\n')[0]),
      ['<!-- prefect-ecr-deploy:dev -->', '<!-- prefect-ecr-deploy:prod -->'],
      main.log,
    );
    assert.deepEqual(github.problems, []);
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
    assert.deepEqual(await live([...DEV, ...PROD]), before, 'a pull request wrote to Prefect');
    assert.deepEqual(await registryTags(), tags, 'a pull request pushed an image');
  });

  test("a fork's pull request gets no secrets or variables: it validates only", async () => {
    const before = await live([...DEV, ...PROD]);
    const posted = JSON.stringify([...github.comments.values()]);
    const calls = github.calls.length;
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/pull-request.yml',
      event: 'pull_request',
      payload: prEvent('someone/flows'),
      secrets: { GITHUB_TOKEN: FORK_TOKEN },
      env: { GITHUB_API_URL: github.url },
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'dev,prod');
    assert.equal(main.outputs.mode, 'plan');
    assert.equal(main.outputs.image, 'prefect-flows:pull-request', 'the image input gives the image');
    assert.equal(main.outputs['image-digest'], '');
    assert.equal(main.outputs.deployments, '[]');
    assert.equal(main.outputs['has-changes'], 'false');
    assert.equal(main.outputs.plan, '[]');
    assert.match(main.summary, /Live comparison skipped[^\n]*forks/);
    assert.match(main.log, /could not comment on the pull request for dev: .*403/);
    // The read-only token of a fork's run: GitHub refuses its comment.
    assert.ok(
      github.calls.slice(calls).some((c) => /^(POST|PATCH) \/repos\/acme\/flows\/issues\/.* 403$/.test(c)),
      github.calls.join('\n'),
    );
    assert.equal(JSON.stringify([...github.comments.values()]), posted);
    assert.deepEqual(await live([...DEV, ...PROD]), before);
  });
});

describe('drift.yml', () => {
  const drift = () =>
    runWorkflow({
      repo,
      workflow: '.github/workflows/drift.yml',
      event: 'schedule',
      payload: { schedule: '17 6 * * 1-5' },
      vars: { PREFECT_API_URL: prefect.apiUrl },
      secrets: { PREFECT_READ_ONLY_API_KEY: READ_ONLY_KEY },
    });

  test('prod as main has it: no drift, the job succeeds', async () => {
    switchBranch(repo, 'main');
    const run = await drift();
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'prod');
    assert.equal(main.outputs.mode, 'plan');
    assert.equal(main.outputs['has-changes'], 'false');
    assert.equal(main.outputs.image, 'prefect-flows:prod', 'the image input gives the image');
    assert.equal(main.outputs['image-digest'], '');
    assert.deepEqual(actions(main.outputs.deployments), ['prod/etl-prod: unchanged', 'prod/hello-prod: unchanged']);
    assert.equal((JSON.parse(main.outputs.plan) as { sha: string }).sha, sha);
    assert.match(main.summary, /<!-- prefect-ecr-deploy:prod -->/);
    assert.equal(run.steps.find((s) => s.step === 'Fail on drift')?.result, undefined, 'the drift step ran');
  });

  test('a deployment changed by hand: has-changes true, the job fails with the plan in the summary', async () => {
    const [hello] = await live(['hello-prod']);
    await prefect.api('PATCH', `/deployments/${(hello as unknown as { id: string }).id}`, {
      description: 'changed in the UI',
    });
    const run = await drift();
    assert.equal(run.jobResult, 'failure', run.text.slice(-4000));
    assert.notEqual(run.status, 0);
    const main = actionStep(run);
    assert.equal(main.result, 'success');
    assert.equal(main.outputs.mode, 'plan');
    assert.equal(main.outputs.environment, 'prod');
    assert.equal(main.outputs.image, 'prefect-flows:prod');
    assert.equal(main.outputs['image-digest'], '');
    assert.equal(main.outputs['has-changes'], 'true');
    assert.deepEqual(actions(main.outputs.deployments), ['prod/etl-prod: unchanged', 'prod/hello-prod: update']);
    assert.equal((JSON.parse(main.outputs.plan) as { deployments: unknown[] }).deployments.length, 2);
    assert.match(main.summary, /hello-prod<\/code> \| hello \| ✏️ update/);
    assert.equal(run.steps.find((s) => s.step === 'Fail on drift')?.result, 'failure');
    assert.match(run.text, /prod's deployments differ from prefect-deployments-prod.yaml on main/);
    assert.equal((await live(['hello-prod']))[0].description, 'changed in the UI', 'a plan wrote to Prefect');
  });
});

describe('deploy-code-on-s3.yml', () => {
  const BUCKET = 'acme-prefect-code'; // what the example names
  let network: { subnet: string; sg: string };
  let ecs: { url: string; stop: () => void };
  before(async () => {
    // moto outlives a run: the bucket may exist already.
    boto(
      `try:
    s3.create_bucket(Bucket=args["bucket"])
except s3.exceptions.BucketAlreadyOwnedByYou:
    pass`,
      { bucket: BUCKET },
    );
    // The example's default worker-wait waits for the service to run its task: a moto that runs them.
    ecs = await startEcsMoto();
    network = boto(
      `ecs.create_cluster(clusterName="prefect-dev")
vpc = ec2.create_vpc(CidrBlock="10.43.0.0/16")["Vpc"]["VpcId"]
out = {"subnet": ec2.create_subnet(VpcId=vpc, CidrBlock="10.43.1.0/24")["Subnet"]["SubnetId"],
       "sg": ec2.create_security_group(GroupName="prefect-worker", Description="worker", VpcId=vpc)["GroupId"]}`,
      {},
      ecs.url,
    );
    switchBranch(repo, 'dev');
    writeFiles(repo, { 'requirements.txt': 'prefect-aws\n', infra: { copy: path.join(repoRoot, 'examples/infra') } });
    sha = commit(repo, 'code on S3, a worker on ECS');
  });
  after(() => ecs?.stop());

  test('a push to dev uploads the code, registers dev with pull steps and starts the worker service', async () => {
    const run = await runWorkflow({
      repo,
      workflow: '.github/workflows/deploy-code-on-s3.yml',
      event: 'push',
      payload: pushEvent('dev', sha),
      vars: { ...deployVars(), WORKER_SUBNETS: network.subnet, WORKER_SECURITY_GROUPS: network.sg },
      secrets: { PREFECT_API_KEY: API_KEY },
      ecsUrl: ecs.url,
    });
    assert.equal(run.jobResult, 'success', run.text.slice(-4000));
    const main = actionStep(run);
    assert.equal(main.outputs.environment, 'dev');
    assert.equal(main.outputs.mode, 'deploy');
    assert.match(main.outputs.image, new RegExp(`^${imageInfra().host}/${ECR_REPOSITORY}[:@]`));
    assert.match(main.outputs['image-digest'], /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(actions(main.outputs.deployments), ['dev/etl-dev: updated', 'dev/hello-dev: updated']);
    assert.equal(main.outputs['has-changes'], 'true');
    assert.equal((JSON.parse(main.outputs.plan) as { sha: string }).sha, sha);
    assert.match(main.summary, /<!-- prefect-ecr-deploy:dev -->/);
    assert.deepEqual(dockerLogins(run.dockerConfig), []);
    const keys = Object.keys(s3Keys(BUCKET, `flows/${sha}/`));
    assert.ok(keys.includes(`flows/${sha}/flows/hello_world.py`), keys.join('\n'));
    const [hello] = await prefect.api<{ name: string; version: string; pull_steps: unknown[] }[]>(
      'POST',
      '/deployments/filter',
      { deployments: { name: { any_: ['hello-dev'] } } },
    );
    assert.equal(hello.version, sha);
    assert.match(JSON.stringify(hello.pull_steps), new RegExp(`pull_from_s3.*flows/${sha}`));
    const service = boto<{ image: string } | null>(
      `s = [s for s in ecs.describe_services(cluster="prefect-dev", services=["worker"])["services"] if s["status"] == "ACTIVE"]
out = s and {"image": ecs.describe_task_definition(taskDefinition=s[0]["taskDefinition"])["taskDefinition"]["containerDefinitions"][0]["image"]}`,
      {},
      ecs.url,
    );
    assert.equal(service?.image, `${imageInfra().host}/${ECR_REPOSITORY}@${main.outputs['image-digest']}`);
  });
});
