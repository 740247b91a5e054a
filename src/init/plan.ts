/**
 * `init`'s files, planned from the flows found and the names given: pure (no disk),
 * so that what a team gets is tested without running anything.
 */
import { DEFAULT_WORKDIR } from '../settings.js';

export interface FoundFlow {
  /** `path/to/file.py:function`, relative to the root. */
  entrypoint: string;
  /** The flow name Prefect registers. */
  flow: string;
}

export interface InitOptions {
  flows: FoundFlow[];
  /** In promotion order: the first is deployed from its branch, the last from main. */
  environments: string[];
  workPool: string;
  poolType: string;
  ecrRepository: string;
  /** `owner/name` on GitHub. */
  githubRepository: string;
  awsAccountId: string;
  region: string;
}

export interface PlannedFile {
  path: string;
  content: string;
}

/** What the files leave to the user when no account is given: replaced in the two policies. */
export const ACCOUNT_PLACEHOLDER = 'AWS_ACCOUNT_ID';
/** The action's release the workflows use. */
const ACTION = 'prefect-ecr-deploy/prefect-ecr-deploy@v0';
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
const AWS_CREDENTIALS = 'aws-actions/configure-aws-credentials@b47578312673ae6fa5b5096b330d9fbac3d116df # v4.2.1';
/** The GitHub Environment pull-request plans read the API with. */
export const PLAN_ENVIRONMENT = 'prefect-plan';

/** The branch each environment deploys from: the last (production) from main, the others from their own name. */
export function branchOf(environments: string[], env: string): string {
  return env === environments[environments.length - 1] ? 'main' : env;
}

export function planInit(o: InitOptions): PlannedFile[] {
  return [
    ...o.environments.map((env) => ({ path: `prefect-deployments-${env}.yaml`, content: deploymentsFile(o, env) })),
    { path: 'Dockerfile', content: DOCKERFILE },
    { path: 'requirements.txt', content: REQUIREMENTS },
    { path: '.github/workflows/deploy.yml', content: deployWorkflow(o) },
    ...(o.environments.length > 1 ? [{ path: '.github/workflows/promote.yml', content: promoteWorkflow(o) }] : []),
    { path: '.github/workflows/pull-request.yml', content: pullRequestWorkflow(o) },
    { path: '.github/zizmor.yml', content: ZIZMOR },
    { path: '.github/aws/trust-policy.json', content: json(trustPolicy(o)) },
    { path: '.github/aws/deploy-role-policy.json', content: json(rolePolicy(o)) },
  ];
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
/** A YAML scalar: JSON's quoting is valid YAML, and keeps a name like `on` or `1e3` a string. */
const q = (s: string) => JSON.stringify(s);

function deploymentsFile(o: InitOptions, env: string): string {
  const lines = [
    `# ${env}'s deployments: one per flow found. Each runs in the image deploy builds ({{ image }}),`,
    `# on the work pool ${o.workPool} (create it with: prefect work-pool create ${o.workPool} --type ${o.poolType}).`,
    'deployments:',
  ];
  if (!o.flows.length) lines.push('  []  # no @flow found: add one entry per flow (name, entrypoint, work_pool)');
  for (const f of o.flows) {
    lines.push(
      `  - name: ${q(`${f.flow}-${env}`)}`,
      `    entrypoint: ${q(f.entrypoint)}`,
      `    tags: [${q(env)}]`,
      `    work_pool:`,
      `      name: ${q(o.workPool)}`,
      `      job_variables: {image: "{{ image }}"}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const DOCKERFILE = `# The flows image: Prefect, the flows' own dependencies, then the repository's code.
# Its working directory is where each run starts: a deployment without pull steps of
# its own gets \`set_working_directory: ${DEFAULT_WORKDIR}\` (the action's \`workdir\` input, the
# CLI's --workdir). Change WORKDIR and workdir together.
# The base image's Prefect is the one the flows run with: keep it the server's release.
ARG PREFECT_IMAGE=prefecthq/prefect:3.9.1-python3.11
FROM \${PREFECT_IMAGE}
WORKDIR ${DEFAULT_WORKDIR}
# Dependencies first: this layer is rebuilt only when requirements.txt changes.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
# The code last: a push that changes only flows rebuilds only this layer.
COPY . .
`;

/** zizmor's policy: third-party actions pinned to a commit, this tool's action to its release tag (@v0). */
const ZIZMOR = `# zizmor (GitHub Actions security linter): every action pinned to a commit, except
# this tool's own, which follows its release tag. Pin it to a commit too if you prefer.
rules:
  unpinned-uses:
    config:
      policies:
        "prefect-ecr-deploy/*": ref-pin
        "*": hash-pin
`;

const REQUIREMENTS = "# The flows' own dependencies (Prefect comes with the base image), one per line.\n";

const awsSteps = (o: InitOptions) => `      - uses: ${AWS_CREDENTIALS}
        with:
          role-to-assume: \${{ vars.AWS_DEPLOY_ROLE_ARN }}
          aws-region: ${o.region}`;

const checkout = (ref?: string) => `      - uses: ${CHECKOUT}
        with:
${ref ? `          ref: ${ref}\n` : ''}          persist-credentials: false`;

function deployWorkflow(o: InitOptions): string {
  const envs = o.environments;
  const branches = envs.map((e) => branchOf(envs, e));
  const map = envs.map((e) => `${branchOf(envs, e)}=${e}`).join(',');
  const last = envs[envs.length - 1];
  // The branch names the environment: main is the last one's.
  const environment = envs.length > 1 ? `\${{ github.ref_name == 'main' && '${last}' || github.ref_name }}` : last;
  return `# Push to ${branches.join(' or ')}: build the flows image once per commit, push it to ECR, and
# register that environment's deployments (${envs.map((e) => `${branchOf(envs, e)} -> ${e}`).join(', ')}).
name: Deploy Prefect flows
on:
  push:
    branches: [${branches.join(', ')}]
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write # OIDC for aws-actions/configure-aws-credentials
    # Each environment holds its own Prefect key; give ${last} required reviewers.
    environment: ${environment}
    # One deploy per environment at a time, in order; never cancel one half-way.
    concurrency:
      group: prefect-deploy-${environment}
      cancel-in-progress: false
    steps:
${checkout()}
${awsSteps(o)}
      - uses: ${ACTION}
        with:
          environments: ${map}
          ecr-repository: ${o.ecrRepository}
          prefect-api-url: \${{ vars.PREFECT_API_URL }}
          prefect-api-key: \${{ secrets.PREFECT_API_KEY }}
`;
}

/** One job per target environment, each promoting the image of the environment before it. */
function promoteWorkflow(o: InitOptions): string {
  const targets = o.environments.slice(1);
  const jobs = targets.map((to, i) => {
    const from = o.environments[i];
    return `  promote-${to}:
    if: inputs.to == '${to}'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write # OIDC for aws-actions/configure-aws-credentials
    environment: ${to}
    concurrency:
      group: prefect-deploy-${to}
      cancel-in-progress: false
    steps:
${checkout('${{ inputs.sha || github.sha }}')}
${awsSteps(o)}
      - uses: ${ACTION}
        with:
          environment: ${to}
          promote-from: ${from}
          sha: \${{ inputs.sha }}
          ecr-repository: ${o.ecrRepository}
          prefect-api-url: \${{ vars.PREFECT_API_URL }}
          prefect-api-key: \${{ secrets.PREFECT_API_KEY }}`;
  });
  return `# Manual promotion: the image that ran in the environment before gets the target's tag
# (same digest, no rebuild), then the target's deployments are registered with it.
name: Promote Prefect flows
on:
  workflow_dispatch:
    inputs:
      to:
        description: Environment to promote to (from the one before it - ${o.environments.join(' -> ')})
        required: true
        type: choice
        options: [${targets.join(', ')}]
      sha:
        description: Commit to promote (default - the image the source environment runs now)
        required: false
permissions: {}
jobs:
${jobs.join('\n')}
`;
}

function pullRequestWorkflow(o: InitOptions): string {
  return `# Every pull request: validate every environment's file, plan against the live API,
# and keep one comment per environment on the PR. Nothing is written or pushed.
# Pull requests from forks get no secrets: the plan then validates only and says so.
name: Plan Prefect deployments
on:
  pull_request:
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write # the sticky plan comment
    # A plan only reads: its environment holds a read-only Prefect key (a service
    # account with read access), never the key deploys use.
    # A self-hosted Prefect server has no read-only key: its auth string can write.
    # There, leave out prefect-api-url and prefect-api-key (every file is validated,
    # the live comparison is skipped).
    environment: ${PLAN_ENVIRONMENT}
    steps:
${checkout()}
      - uses: ${ACTION}
        with:
          environments: ${o.environments.map((e) => `${branchOf(o.environments, e)}=${e}`).join(',')}
          skip-image: true
          image: ${o.ecrRepository}:pull-request # what {{ image }} shows in the plan
          prefect-api-url: \${{ vars.PREFECT_API_URL }}
          prefect-api-key: \${{ secrets.PREFECT_READ_ONLY_API_KEY }}
`;
}

/** The deploy role's trust: GitHub's OIDC tokens of this repository's deploy jobs, which all run in an environment. */
function trustPolicy(o: InitOptions) {
  const provider = 'token.actions.githubusercontent.com';
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${o.awsAccountId}:oidc-provider/${provider}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: {
            [`${provider}:aud`]: 'sts.amazonaws.com',
            [`${provider}:sub`]: o.environments.map((e) => `repo:${o.githubRepository}:environment:${e}`),
          },
        },
      },
    ],
  };
}

/** ECR login, then push and promote on the one repository. */
function rolePolicy(o: InitOptions) {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'EcrLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
      {
        Sid: 'PushAndPromoteFlowsImage',
        Effect: 'Allow',
        Action: [
          'ecr:DescribeRepositories',
          'ecr:BatchCheckLayerAvailability',
          'ecr:BatchGetImage',
          'ecr:GetDownloadUrlForLayer',
          'ecr:InitiateLayerUpload',
          'ecr:UploadLayerPart',
          'ecr:CompleteLayerUpload',
          'ecr:PutImage',
        ],
        Resource: `arn:aws:ecr:${o.region}:${o.awsAccountId}:repository/${o.ecrRepository}`,
      },
    ],
  };
}

/** What init cannot create, with the names the files use. */
export function checklist(o: InitOptions): string {
  const envs = o.environments.map((e) => `'${e}'`).join(', ');
  const account =
    o.awsAccountId === ACCOUNT_PLACEHOLDER
      ? ` (replace ${ACCOUNT_PLACEHOLDER} in .github/aws/*.json with your account)`
      : '';
  return [
    'Still to do (init cannot create these):',
    `  [ ] GitHub Environments ${envs} (Settings > Environments; give '${o.environments[o.environments.length - 1]}' required reviewers), each with`,
    '      variables AWS_DEPLOY_ROLE_ARN, PREFECT_API_URL and secret PREFECT_API_KEY',
    `  [ ] GitHub Environment '${PLAN_ENVIRONMENT}' (pull-request.yml) with variable PREFECT_API_URL and secret PREFECT_READ_ONLY_API_KEY`,
    '      (a self-hosted server has no read-only key: see the comment in pull-request.yml)',
    `  [ ] the OIDC provider token.actions.githubusercontent.com (audience sts.amazonaws.com) in AWS account ${o.awsAccountId}`,
    `  [ ] the deploy role: trust .github/aws/trust-policy.json, permissions .github/aws/deploy-role-policy.json${account};`,
    "      its ARN is the environments' AWS_DEPLOY_ROLE_ARN",
    `  [ ] the ECR repository: aws ecr create-repository --repository-name ${o.ecrRepository} --region ${o.region}`,
    `  [ ] the work pool, and a worker polling it: prefect work-pool create ${o.workPool} --type ${o.poolType}`,
    '',
  ].join('\n');
}
