/** `init`'s plan: which files, with which names, from a list of flows (no disk, no services). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { parseCommandLine } from '../../src/args/settings.js';
import { checklist, planInit, type InitOptions } from '../../src/init/plan.js';
import { DEFAULT_WORKDIR } from '../../src/settings.js';
import { repoRoot } from '../support/python.js';

const options: InitOptions = {
  flows: [
    { entrypoint: 'flows/etl.py:run_etl', flow: 'nightly-etl' },
    { entrypoint: 'jobs/report.py:report', flow: 'report' },
  ],
  environments: ['dev', 'staging', 'prod'],
  workPool: 'team-pool',
  poolType: 'docker',
  ecrRepository: 'team-flows',
  githubRepository: 'acme/team-flows',
  awsAccountId: '210987654321',
  region: 'eu-west-1',
};
const files = new Map(planInit(options).map((f) => [f.path, f.content]));

test('init plans a deployments file per environment, the Dockerfile, three workflows, zizmor policy and two IAM policies', () => {
  assert.deepEqual(
    [...files.keys()],
    [
      'prefect-deployments-dev.yaml',
      'prefect-deployments-staging.yaml',
      'prefect-deployments-prod.yaml',
      'Dockerfile',
      'requirements.txt',
      '.github/workflows/deploy.yml',
      '.github/workflows/promote.yml',
      '.github/workflows/pull-request.yml',
      '.github/zizmor.yml',
      '.github/aws/trust-policy.json',
      '.github/aws/deploy-role-policy.json',
    ],
  );
  // One environment: nothing to promote to.
  assert.ok(!planInit({ ...options, environments: ['prod'] }).some((f) => f.path.endsWith('promote.yml')));
});

test('each deployments file has a deployment per flow: its entrypoint, the pool, and the image deploy builds', () => {
  const doc = parse(files.get('prefect-deployments-staging.yaml')!) as { deployments: Record<string, unknown>[] };
  assert.deepEqual(doc.deployments, [
    {
      name: 'nightly-etl-staging',
      entrypoint: 'flows/etl.py:run_etl',
      tags: ['staging'],
      work_pool: { name: 'team-pool', job_variables: { image: '{{ image }}' } },
    },
    {
      name: 'report-staging',
      entrypoint: 'jobs/report.py:report',
      tags: ['staging'],
      work_pool: { name: 'team-pool', job_variables: { image: '{{ image }}' } },
    },
  ]);
  // A name YAML would read as another type stays a string.
  const odd = parse(
    planInit({ ...options, flows: [{ entrypoint: 'a.py:on', flow: 'on' }], workPool: 'null' })[0].content,
  ) as { deployments: { work_pool: { name: unknown } }[] };
  assert.equal(odd.deployments[0].work_pool.name, 'null');
});

test("the Dockerfile is examples/Dockerfile: its WORKDIR is the default pull step's", () => {
  assert.equal(files.get('Dockerfile'), readFileSync(path.join(repoRoot, 'examples/Dockerfile'), 'utf8'));
  assert.match(files.get('Dockerfile')!, new RegExp(`^WORKDIR ${DEFAULT_WORKDIR}$`, 'm'));
});

interface Job {
  environment: string;
  if?: string;
  steps: { uses: string; with?: Record<string, string> }[];
}
const workflow = (name: string) =>
  parse(files.get(`.github/workflows/${name}`)!) as {
    on: Record<string, { branches?: string[]; inputs?: Record<string, { options?: string[] }> }>;
    jobs: Record<string, Job>;
  };

test('the workflows carry the names: branches to environments, the ECR repository, the region, promotion in order', () => {
  const deploy = workflow('deploy.yml');
  assert.deepEqual(deploy.on.push.branches, ['dev', 'staging', 'main']);
  const step = deploy.jobs.deploy.steps.at(-1)!;
  assert.deepEqual(step.with, {
    environments: 'dev=dev,staging=staging,main=prod',
    'ecr-repository': 'team-flows',
    'prefect-api-url': '${{ vars.PREFECT_API_URL }}',
    'prefect-api-key': '${{ secrets.PREFECT_API_KEY }}',
  });
  assert.equal(deploy.jobs.deploy.environment, "${{ github.ref_name == 'main' && 'prod' || github.ref_name }}");
  assert.equal(deploy.jobs.deploy.steps[1].with!['aws-region'], 'eu-west-1');
  const promote = workflow('promote.yml');
  assert.deepEqual(promote.on.workflow_dispatch.inputs!.to.options, ['staging', 'prod']);
  assert.deepEqual(Object.keys(promote.jobs), ['promote-staging', 'promote-prod']);
  const prod = promote.jobs['promote-prod'];
  assert.equal(prod.environment, 'prod');
  assert.equal(prod.if, "inputs.to == 'prod'");
  assert.equal(prod.steps.at(-1)!.with!['promote-from'], 'staging');
  assert.equal(prod.steps.at(-1)!.with!.environment, 'prod');
  const plan = workflow('pull-request.yml').jobs.plan;
  assert.equal(plan.environment, 'prefect-plan');
  assert.equal(plan.steps.at(-1)!.with!['skip-image'], true);
});

test('the trust policy admits only this repository, in the environments the workflows run in; the role pushes only its repository', () => {
  const trust = JSON.parse(files.get('.github/aws/trust-policy.json')!);
  const [statement] = trust.Statement;
  assert.equal(
    statement.Principal.Federated,
    'arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com',
  );
  assert.deepEqual(statement.Condition.StringEquals['token.actions.githubusercontent.com:sub'], [
    'repo:acme/team-flows:environment:dev',
    'repo:acme/team-flows:environment:staging',
    'repo:acme/team-flows:environment:prod',
  ]);
  assert.equal(statement.Condition.StringLike, undefined, 'no wildcard subject');
  const role = JSON.parse(files.get('.github/aws/deploy-role-policy.json')!);
  assert.equal(role.Statement[1].Resource, 'arn:aws:ecr:eu-west-1:210987654321:repository/team-flows');
});

test('the checklist names what init cannot create, with the work pool command', () => {
  const text = checklist(options);
  assert.match(text, /GitHub Environments 'dev', 'staging', 'prod'/);
  assert.match(text, /AWS_DEPLOY_ROLE_ARN, PREFECT_API_URL and secret PREFECT_API_KEY/);
  assert.match(text, /'prefect-plan'.*PREFECT_READ_ONLY_API_KEY/);
  assert.match(text, /OIDC provider token.actions.githubusercontent.com/);
  assert.match(text, /aws ecr create-repository --repository-name team-flows --region eu-west-1/);
  assert.match(text, /prefect work-pool create team-pool --type docker$/m);
});

test('init flags: --env repeatable, defaults from the repository name, bad names refused', () => {
  const line = parseCommandLine(
    ['init', '--env', 'dev', '--env', 'prod', '--github-repository', 'acme/Team.Flows'],
    {},
    repoRoot,
  );
  assert.ok('init' in line);
  assert.deepEqual(line.init.options, {
    environments: ['dev', 'prod'],
    workPool: 'team.flows-pool',
    poolType: 'docker',
    ecrRepository: 'team.flows',
    githubRepository: 'acme/Team.Flows',
    awsAccountId: 'AWS_ACCOUNT_ID',
    region: 'us-east-1',
  });
  assert.equal(line.init.force, false);
  assert.throws(() => parseCommandLine(['init', '--github-repository', 'acme'], {}, repoRoot), /not OWNER\/NAME/);
  assert.throws(
    () => parseCommandLine(['init', '--aws-account-id', '12', '--github-repository', 'a/b'], {}, repoRoot),
    /not 12 digits/,
  );
  assert.throws(
    () => parseCommandLine(['init', '--env', 'a b', '--github-repository', 'a/b'], {}, repoRoot),
    /letters, digits/,
  );
  assert.throws(
    () => parseCommandLine(['init', '--prune', '--github-repository', 'a/b'], {}, repoRoot),
    /unknown option --prune for init/,
  );
  // Other commands still take --env once.
  assert.throws(() => parseCommandLine(['validate', '--env', 'dev', '--env', 'prod'], {}, repoRoot), /given twice/);
});
