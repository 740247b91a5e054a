/** The CLI's option table: names, kinds and help text; the help is generated from it. */
import { ACCOUNT_PLACEHOLDER } from '../init/plan.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_FILE_PATTERN,
  DEFAULT_TIMEOUT,
  DEFAULT_VERIFY_TIMEOUT,
  DEFAULT_WORKDIR,
  DEFAULT_WORKER_WAIT,
  type Command,
} from '../settings.js';
import { closest } from '../text.js';

/** Where an option shows in the help: the commands that take it. */
type Group =
  'file' | 'api' | 'write' | 'preview' | 'plan' | 'promote' | 'image' | 'code' | 'worker' | 'init' | 'output';

export interface OptionSpec {
  flag: string;
  /** The value's name in the help; none for a switch. */
  value?: string;
  /** May be given more than once. */
  list?: true;
  short?: string;
  group: Group;
  help: string;
}

export const OPTIONS: OptionSpec[] = [
  {
    flag: '--env',
    value: 'ENV',
    group: 'file',
    help: 'environment: reads prefect-deployments-ENV.yaml at the root; labels what --prune may delete',
  },
  {
    flag: '--file',
    value: 'PATH',
    list: true,
    group: 'file',
    help: "the deployments file (instead of the environment's); repeatable, or a glob ('projects/*/prefect.yaml'): each file is its own project, its folder its root",
  },
  {
    flag: '--confirm-env',
    group: 'file',
    help: "--file is meant for --env even though its name is another environment's file",
  },
  {
    flag: '--root',
    value: 'DIR',
    group: 'file',
    help: 'repository root (default: the folder of the working directory, or above it, that holds the file)',
  },
  {
    flag: '--file-pattern',
    value: 'PAT',
    group: 'file',
    help: `file name for an environment (default: ${DEFAULT_FILE_PATTERN})`,
  },
  { flag: '--sha', value: 'SHA', group: 'file', help: 'commit SHA (default: GITHUB_SHA, else the checked-out commit)' },
  {
    flag: '--strict',
    group: 'file',
    help: 'warnings about what prefect deploy would get wrong at run time or ignore (keys it ignores, repeated keys, unset variables) are errors',
  },
  {
    flag: '--api-url',
    value: 'URL',
    group: 'api',
    help: 'Prefect API (default: PREFECT_API_URL); credentials come from PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)',
  },
  { flag: '--concurrency', value: 'N', group: 'api', help: `API requests in flight (default: ${DEFAULT_CONCURRENCY})` },
  {
    flag: '--max-retry-seconds',
    value: 'S',
    group: 'api',
    help: 'how long one API request may keep retrying (default: 120)',
  },
  {
    flag: '--timeout',
    value: 'T',
    group: 'api',
    help: `deadline for the whole run, image build included: seconds, or with s, m or h (default: ${DEFAULT_TIMEOUT}); what was applied is reported`,
  },
  {
    flag: '--only',
    value: 'PATTERN',
    list: true,
    group: 'api',
    help: 'only the deployments whose name (or FLOW/NAME) matches; * and ? as in a glob (repeatable; no --prune with it)',
  },
  {
    flag: '--adopt',
    group: 'api',
    help: "take over deployments of the file's flows and names, and block documents it declares, that another repository or environment registered, or nobody did (else a conflict)",
  },
  {
    flag: '--keep-paused',
    group: 'api',
    help: 'a deployment paused, or a schedule turned off, by hand (in the UI) stays so',
  },
  { flag: '--skip-image', group: 'api', help: 'register without the image stage' },
  { flag: '--image', value: 'REF', group: 'api', help: 'an existing image for {{ image }}: no image stage runs' },
  {
    flag: '--block-script',
    value: 'PATH',
    list: true,
    group: 'api',
    help: "a Python script run inside the image before any deployment is registered (repeatable; after the file's block-scripts:)",
  },
  {
    flag: '--workdir',
    value: 'DIR',
    group: 'api',
    help: `the image's working directory for the default pull step (default: ${DEFAULT_WORKDIR})`,
  },
  {
    flag: '--prune',
    group: 'write',
    help: 'delete deployments this tool registered for this repository and environment that the file no longer has (listed first in the plan)',
  },
  {
    flag: '--verify',
    value: 'PATTERN',
    list: true,
    group: 'write',
    help: 'after registering, start one flow run (tagged verify) of each deployment whose name (or FLOW/NAME) matches, wait for each to end, and fail unless all completed (repeatable; * and ? as in a glob)',
  },
  {
    flag: '--verify-timeout',
    value: 'S',
    group: 'write',
    help: `seconds to wait for the verify runs (default: ${DEFAULT_VERIFY_TIMEOUT}); runs still going then are cancelled`,
  },
  {
    flag: '--verify-parameters',
    value: 'JSON',
    group: 'write',
    help: "a JSON object of parameters the verify runs take over each deployment's own",
  },
  {
    flag: '--preview',
    value: 'N',
    group: 'preview',
    help: 'register every deployment as a preview of pull request N: <name>-pr-N, version the commit, tags preview and pr-N, no schedules or automations unless the file says so in preview:',
  },
  {
    flag: '--preview-close',
    value: 'N',
    group: 'preview',
    help: "delete pull request N's previews (and their automations) that this repository registered for the environment; the file is not read",
  },
  {
    flag: '--preview-work-pool',
    value: 'NAME',
    group: 'preview',
    help: "the work pool previews run on (default: each deployment's own)",
  },
  {
    flag: '--exit-code',
    group: 'plan',
    help: 'exit 3 when the Prefect API differs from the file (0 when it equals it; 2 stays invalid input)',
  },
  { flag: '--from', value: 'ENV', group: 'promote', help: 'the source environment (its tag, or --sha)' },
  {
    flag: '--allow-drift',
    group: 'promote',
    help: 'promote even when the image was built from another commit than the checked-out one (whose file and flows are registered): a warning, not an error',
  },
  {
    flag: '--repository',
    value: 'NAME',
    group: 'image',
    help: 'ECR repository (the image stage runs when it is given)',
  },
  {
    flag: '--region',
    value: 'REGION',
    group: 'image',
    help: 'AWS region (default: AWS_REGION); credentials: the default AWS chain',
  },
  { flag: '--registry-id', value: 'ID', group: 'image', help: "the registry's AWS account, when not the caller's" },
  { flag: '--create-repository', group: 'image', help: 'create the repository when missing (scan on push)' },
  {
    flag: '--tag-mutability',
    value: 'M',
    group: 'image',
    help: 'MUTABLE (default) or IMMUTABLE, for a created repository',
  },
  { flag: '--lifecycle-policy', value: 'F', group: 'image', help: 'lifecycle policy JSON for a created repository' },
  { flag: '--context', value: 'DIR', group: 'image', help: 'build context (default: .)' },
  { flag: '--dockerfile', value: 'PATH', group: 'image', help: 'Dockerfile (default: Dockerfile)' },
  { flag: '--build-arg', value: 'K=V', list: true, group: 'image', help: 'build argument (repeatable)' },
  { flag: '--target', value: 'STAGE', group: 'image', help: 'build target' },
  { flag: '--platform', value: 'P', group: 'image', help: 'build platform, for example linux/amd64' },
  { flag: '--build-network', value: 'N', group: 'image', help: 'network for RUN steps: host, none, or a network name' },
  {
    flag: '--tag',
    value: 'TAG',
    list: true,
    group: 'image',
    help: 'tag besides the SHA (repeatable; default: the environment)',
  },
  { flag: '--build-only', group: 'image', help: 'build to prove the Dockerfile builds; push nothing' },
  {
    flag: '--image-tag-from',
    value: 'F',
    group: 'image',
    help: 'comma-separated files (and directories): the image is tagged with their content hash (with the build args, target and platform), built only when they change, and deployments reference it by digest',
  },
  {
    flag: '--code-storage',
    value: 'URL',
    group: 'code',
    help: "s3://BUCKET/PREFIX: the repository's files go to PREFIX/<sha>/ (honouring .prefectignore, else .gitignore), and deployments pull them from there",
  },
  {
    flag: '--code-storage-credentials-block',
    value: 'NAME',
    group: 'code',
    help: 'Prefect 3: the aws-credentials block pull_from_s3 reads the code with',
  },
  {
    flag: '--code-storage-block',
    value: 'TYPE/NAME',
    group: 'code',
    help: "Prefect 2: the storage block (s3/NAME or s3-bucket/NAME) agents read the code with: an s3 block's bucket_path is BUCKET/PREFIX, an s3-bucket block's bucket_name is BUCKET",
  },
  {
    flag: '--worker-service',
    value: 'C/S',
    group: 'worker',
    help: 'the ECS cluster and service of the worker (or agent), or a service ARN; {env} is replaced by the environment',
  },
  {
    flag: '--worker-container',
    value: 'N',
    group: 'worker',
    help: 'the container whose image is rolled (default: the only or first one)',
  },
  {
    flag: '--worker-wait',
    value: 'S',
    group: 'worker',
    help: `seconds to wait for the service to be stable (default: ${DEFAULT_WORKER_WAIT}; 0 = no wait)`,
  },
  {
    flag: '--worker-task-definition',
    value: 'FILE',
    group: 'worker',
    help: 'a task definition JSON: creates the service (Fargate) when it is missing',
  },
  {
    flag: '--worker-subnet',
    value: 'ID',
    list: true,
    group: 'worker',
    help: 'subnet for a created service (repeatable, or comma-separated)',
  },
  {
    flag: '--worker-security-group',
    value: 'ID',
    list: true,
    group: 'worker',
    help: 'security group for a created service (repeatable, or comma-separated)',
  },
  {
    flag: '--worker-public-ip',
    group: 'worker',
    help: "give a created service's tasks a public IP (public subnets without NAT)",
  },
  {
    flag: '--work-pool',
    value: 'NAME',
    group: 'init',
    help: "the work pool of the deployments (default: the repository's name + -pool)",
  },
  {
    flag: '--pool-type',
    value: 'TYPE',
    group: 'init',
    help: "the work pool's type, for the create command (default: docker; it must run images)",
  },
  {
    flag: '--github-repository',
    value: 'OWNER/NAME',
    group: 'init',
    help: "the GitHub repository the trust policy admits (default: the origin remote's)",
  },
  {
    flag: '--aws-account-id',
    value: 'ID',
    group: 'init',
    help: `the AWS account of the policies (default: the placeholder ${ACCOUNT_PLACEHOLDER})`,
  },
  { flag: '--force', group: 'init', help: 'overwrite files that exist (else they are kept)' },
  { flag: '--json', group: 'output', help: 'print a JSON report on stdout' },
  { flag: '--help', short: 'h', group: 'output', help: 'show the help of the command' },
  { flag: '--version', short: 'V', group: 'output', help: 'print the version' },
];

const GROUP_TITLES: Record<Group, string> = {
  file: 'The deployments file',
  api: 'The Prefect API',
  write: 'Writing',
  preview: 'Previews of a pull request',
  plan: 'Plan',
  promote: 'Promotion',
  image: 'Image stage (Amazon ECR; runs when --repository is given)',
  code: 'Code storage (S3; runs when --code-storage is given)',
  worker: 'Worker service (ECS; runs when --worker-service is given)',
  init: 'Init',
  output: 'Output',
};

export type Extra = 'inspect' | 'init';
export const COMMAND_HELP: Record<Command | Extra, { summary: string; usage: string; groups: Group[] }> = {
  validate: {
    summary: 'check the deployments file and its flows; writes nothing',
    usage: 'validate [options]',
    groups: ['file', 'output'],
  },
  plan: {
    summary: 'validate, then compare with the Prefect API: what deploy would change; writes nothing',
    usage: 'plan [options]',
    groups: ['file', 'api', 'plan', 'preview', 'image', 'code', 'worker', 'output'],
  },
  deploy: {
    summary: 'validate, build and push the image, plan, and register every deployment (version = the commit SHA)',
    usage: 'deploy [options]',
    groups: ['file', 'api', 'write', 'preview', 'image', 'code', 'worker', 'output'],
  },
  promote: {
    summary: "copy the --from environment's image to this environment's tag (no rebuild), then deploy",
    usage: 'promote --from ENV --env ENV [options]',
    groups: ['file', 'api', 'write', 'promote', 'image', 'code', 'worker', 'output'],
  },
  inspect: {
    summary: 'what is registered for each flow (name, description, parameter schema) and where it cannot be exact',
    usage: 'inspect ENTRYPOINT... [--root DIR] [--json]',
    groups: [],
  },
  init: {
    summary:
      'write the files a repository of flows needs (deployments files, Dockerfile, workflows, IAM policies) and list what is left to set up',
    usage:
      'init [--env ENV]... [--work-pool NAME] [--repository NAME] [--region REGION] [--aws-account-id ID] [--force]',
    groups: ['init'],
  },
};

export const COMMANDS: Command[] = ['validate', 'plan', 'deploy', 'promote'];
export const byFlag = new Map(OPTIONS.map((o) => [o.flag, o]));

/** The help: the commands, or one command's own options. */
export function usage(command?: Command | Extra): string {
  const option = (o: OptionSpec) => {
    const name = `${o.short ? `-${o.short}, ` : ''}${o.flag}${o.value ? ` ${o.value}` : ''}`;
    const lines = wrap(o.help).map((line) => `${' '.repeat(33)}${line}`);
    // A long name takes its own line.
    if (name.length > 30) return [`  ${name}`, ...lines].join('\n');
    return [`  ${name.padEnd(30)} ${lines[0].trimStart()}`, ...lines.slice(1)].join('\n');
  };
  if (!command) {
    const commands = Object.entries(COMMAND_HELP).map(([name, c]) =>
      wrap(c.summary, 84)
        .map((line, i) => `  ${(i === 0 ? name : '').padEnd(10)}  ${line}`)
        .join('\n'),
    );
    const general = OPTIONS.filter((o) => o.group === 'output').map(option);
    return `Usage: prefect-ecr-deploy <command> [options]\n\nCommands:\n${commands.join('\n')}\n  help        [COMMAND]: this help, or a command's options\n\nOptions:\n${general.join('\n')}\n\nRun prefect-ecr-deploy <command> --help for the options of a command.\n`;
  }
  const c = COMMAND_HELP[command];
  const sections = c.groups.map(
    (g) =>
      `${GROUP_TITLES[g]}:\n${OPTIONS.filter((o) => o.group === g)
        .map(option)
        .join('\n')}`,
  );
  const inspect =
    command === 'inspect'
      ? '\nOptions:\n  --root DIR                     the repository root (default: the working directory)\n  --json                         print the results as JSON\n'
      : '';
  const init = command === 'init' ? `\nOptions:\n${INIT_SHARED}\n` : '';
  return `Usage: prefect-ecr-deploy ${c.usage}\n\n${c.summary[0].toUpperCase()}${c.summary.slice(1)}.\n${inspect}${init}${sections.map((s) => `\n${s}\n`).join('')}`;
}

function wrap(text: string, width = 70): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** init's options that other commands share, with init's meaning. */
const INIT_SHARED = [
  '  --env ENV                      an environment, in promotion order (repeatable; default: dev and prod)',
  "  --repository NAME              the ECR repository the workflows push to (default: the repository's name)",
  '  --region REGION                the AWS region of the workflows and policies (default: AWS_REGION, else us-east-1)',
  '  --root DIR                     the repository root (default: the working directory)',
].join('\n');
export const INIT_FLAGS = new Set([
  '--env',
  '--repository',
  '--region',
  '--root',
  ...OPTIONS.filter((o) => o.group === 'init').map((o) => o.flag),
]);

/** `--enviroment` is closest to `--env` by what it starts with, not by edit distance. */
export function suggestFlag(name: string): string | undefined {
  const flags = OPTIONS.map((o) => o.flag);
  const prefix = flags.filter((f) => f.length >= 5 && name.startsWith(f)).sort((a, b) => b.length - a.length)[0];
  return prefix ?? flags.find((f) => name.length >= 4 && f.startsWith(name)) ?? closest(name, flags);
}
