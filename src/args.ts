/** CLI flags and the process environment -> Settings: the only reader of both. */
import { existsSync } from 'node:fs';
import { parseArgs as nodeParseArgs } from 'node:util';
import path from 'node:path';
import { UsageError } from './errors.js';
import { expandFiles } from './files.js';
import { checkoutOf, headCommit, originRepository } from './git.js';
import { ACCOUNT_PLACEHOLDER, type InitOptions } from './init/plan.js';
import { vcsSettings } from './vcs.js';
import { stepsRefused } from './context.js';
import { currentEvent } from './event.js';
import { parseCodeStorage } from './code/location.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_FILE_PATTERN,
  DEFAULT_TIMEOUT,
  DEFAULT_WORKDIR,
  DEFAULT_WORKER_WAIT,
  templateEnvironment,
  type CodeStorageSettings,
  type Command,
  type Settings,
  type WorkerServiceSettings,
} from './settings.js';
import { closest } from './text.js';
import packageJson from '../package.json' with { type: 'json' };

/** Where an option shows in the help: the commands that take it. */
type Group = 'file' | 'api' | 'write' | 'plan' | 'promote' | 'image' | 'code' | 'worker' | 'init' | 'output';

interface OptionSpec {
  flag: string;
  /** The value's name in the help; none for a switch. */
  value?: string;
  /** May be given more than once. */
  list?: true;
  short?: string;
  group: Group;
  help: string;
}

const OPTIONS: OptionSpec[] = [
  { flag: '--env', value: 'ENV', group: 'file', help: 'environment: reads prefect-deployments-ENV.yaml at the root; labels what --prune may delete' },
  {
    flag: '--file', value: 'PATH', list: true, group: 'file',
    help: "the deployments file (instead of the environment's); repeatable, or a glob ('projects/*/prefect.yaml'): each file is its own project, its folder its root",
  },
  { flag: '--confirm-env', group: 'file', help: '--file is meant for --env even though its name is another environment\'s file' },
  { flag: '--root', value: 'DIR', group: 'file', help: 'repository root (default: the folder of the working directory, or above it, that holds the file)' },
  { flag: '--file-pattern', value: 'PAT', group: 'file', help: `file name for an environment (default: ${DEFAULT_FILE_PATTERN})` },
  { flag: '--sha', value: 'SHA', group: 'file', help: 'commit SHA (default: GITHUB_SHA, else the checked-out commit)' },
  {
    flag: '--strict', group: 'file',
    help: 'warnings about what prefect deploy would get wrong at run time or ignore (keys it ignores, repeated keys, unset variables) are errors',
  },
  { flag: '--api-url', value: 'URL', group: 'api', help: 'Prefect API (default: PREFECT_API_URL); credentials come from PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)' },
  { flag: '--concurrency', value: 'N', group: 'api', help: `API requests in flight (default: ${DEFAULT_CONCURRENCY})` },
  { flag: '--max-retry-seconds', value: 'S', group: 'api', help: 'how long one API request may keep retrying (default: 120)' },
  {
    flag: '--timeout', value: 'T', group: 'api',
    help: `deadline for the whole run, image build included: seconds, or with s, m or h (default: ${DEFAULT_TIMEOUT}); what was applied is reported`,
  },
  { flag: '--only', value: 'PATTERN', list: true, group: 'api', help: 'only the deployments whose name (or FLOW/NAME) matches; * and ? as in a glob (repeatable; no --prune with it)' },
  { flag: '--adopt', group: 'api', help: 'take over deployments of the file\'s flows and names, and block documents it declares, that another repository or environment registered, or nobody did (else a conflict)' },
  { flag: '--keep-paused', group: 'api', help: 'a deployment paused, or a schedule turned off, by hand (in the UI) stays so' },
  { flag: '--skip-image', group: 'api', help: 'register without the image stage' },
  { flag: '--image', value: 'REF', group: 'api', help: 'an existing image for {{ image }}: no image stage runs' },
  { flag: '--block-script', value: 'PATH', list: true, group: 'api', help: 'a Python script run inside the image before any deployment is registered (repeatable; after the file\'s block-scripts:)' },
  { flag: '--workdir', value: 'DIR', group: 'api', help: `the image's working directory for the default pull step (default: ${DEFAULT_WORKDIR})` },
  { flag: '--prune', group: 'write', help: 'delete deployments this tool registered for this repository and environment that the file no longer has (listed first in the plan)' },
  { flag: '--exit-code', group: 'plan', help: 'exit 3 when the Prefect API differs from the file (0 when it equals it; 2 stays invalid input)' },
  { flag: '--from', value: 'ENV', group: 'promote', help: 'the source environment (its tag, or --sha)' },
  {
    flag: '--allow-drift', group: 'promote',
    help: 'promote even when the image was built from another commit than the checked-out one (whose file and flows are registered): a warning, not an error',
  },
  { flag: '--repository', value: 'NAME', group: 'image', help: 'ECR repository (the image stage runs when it is given)' },
  { flag: '--region', value: 'REGION', group: 'image', help: 'AWS region (default: AWS_REGION); credentials: the default AWS chain' },
  { flag: '--registry-id', value: 'ID', group: 'image', help: 'the registry\'s AWS account, when not the caller\'s' },
  { flag: '--create-repository', group: 'image', help: 'create the repository when missing (scan on push)' },
  { flag: '--tag-mutability', value: 'M', group: 'image', help: 'MUTABLE (default) or IMMUTABLE, for a created repository' },
  { flag: '--lifecycle-policy', value: 'F', group: 'image', help: 'lifecycle policy JSON for a created repository' },
  { flag: '--context', value: 'DIR', group: 'image', help: 'build context (default: .)' },
  { flag: '--dockerfile', value: 'PATH', group: 'image', help: 'Dockerfile (default: Dockerfile)' },
  { flag: '--build-arg', value: 'K=V', list: true, group: 'image', help: 'build argument (repeatable)' },
  { flag: '--target', value: 'STAGE', group: 'image', help: 'build target' },
  { flag: '--platform', value: 'P', group: 'image', help: 'build platform, for example linux/amd64' },
  { flag: '--build-network', value: 'N', group: 'image', help: 'network for RUN steps: host, none, or a network name' },
  { flag: '--tag', value: 'TAG', list: true, group: 'image', help: 'tag besides the SHA (repeatable; default: the environment)' },
  { flag: '--build-only', group: 'image', help: 'build to prove the Dockerfile builds; push nothing' },
  {
    flag: '--image-tag-from', value: 'F', group: 'image',
    help: 'comma-separated files (and directories): the image is tagged with their content hash (with the build args, target and platform), built only when they change, and deployments reference it by digest',
  },
  {
    flag: '--code-storage', value: 'URL', group: 'code',
    help: 's3://BUCKET/PREFIX: the repository\'s files go to PREFIX/<sha>/ (honouring .prefectignore, else .gitignore), and deployments pull them from there',
  },
  { flag: '--code-storage-credentials-block', value: 'NAME', group: 'code', help: 'Prefect 3: the aws-credentials block pull_from_s3 reads the code with' },
  {
    flag: '--code-storage-block', value: 'TYPE/NAME', group: 'code',
    help: 'Prefect 2: the storage block (s3/NAME or s3-bucket/NAME) agents read the code with: an s3 block\'s bucket_path is BUCKET/PREFIX, an s3-bucket block\'s bucket_name is BUCKET',
  },
  { flag: '--worker-service', value: 'C/S', group: 'worker', help: 'the ECS cluster and service of the worker (or agent), or a service ARN; {env} is replaced by the environment' },
  { flag: '--worker-container', value: 'N', group: 'worker', help: 'the container whose image is rolled (default: the only or first one)' },
  { flag: '--worker-wait', value: 'S', group: 'worker', help: `seconds to wait for the service to be stable (default: ${DEFAULT_WORKER_WAIT}; 0 = no wait)` },
  { flag: '--worker-task-definition', value: 'FILE', group: 'worker', help: 'a task definition JSON: creates the service (Fargate) when it is missing' },
  { flag: '--worker-subnet', value: 'ID', list: true, group: 'worker', help: 'subnet for a created service (repeatable, or comma-separated)' },
  { flag: '--worker-security-group', value: 'ID', list: true, group: 'worker', help: 'security group for a created service (repeatable, or comma-separated)' },
  { flag: '--worker-public-ip', group: 'worker', help: 'give a created service\'s tasks a public IP (public subnets without NAT)' },
  { flag: '--work-pool', value: 'NAME', group: 'init', help: 'the work pool of the deployments (default: the repository\'s name + -pool)' },
  { flag: '--pool-type', value: 'TYPE', group: 'init', help: 'the work pool\'s type, for the create command (default: docker; it must run images)' },
  { flag: '--github-repository', value: 'OWNER/NAME', group: 'init', help: 'the GitHub repository the trust policy admits (default: the origin remote\'s)' },
  { flag: '--aws-account-id', value: 'ID', group: 'init', help: `the AWS account of the policies (default: the placeholder ${ACCOUNT_PLACEHOLDER})` },
  { flag: '--force', group: 'init', help: 'overwrite files that exist (else they are kept)' },
  { flag: '--json', group: 'output', help: 'print a JSON report on stdout' },
  { flag: '--help', short: 'h', group: 'output', help: 'show the help of the command' },
  { flag: '--version', short: 'V', group: 'output', help: 'print the version' },
];

const GROUP_TITLES: Record<Group, string> = {
  file: 'The deployments file',
  api: 'The Prefect API',
  write: 'Writing',
  plan: 'Plan',
  promote: 'Promotion',
  image: 'Image stage (Amazon ECR; runs when --repository is given)',
  code: 'Code storage (S3; runs when --code-storage is given)',
  worker: 'Worker service (ECS; runs when --worker-service is given)',
  init: 'Init',
  output: 'Output',
};

type Extra = 'inspect' | 'init';
const COMMAND_HELP: Record<Command | Extra, { summary: string; usage: string; groups: Group[] }> = {
  validate: { summary: 'check the deployments file and its flows; writes nothing', usage: 'validate [options]', groups: ['file', 'output'] },
  plan: {
    summary: 'validate, then compare with the Prefect API: what deploy would change; writes nothing',
    usage: 'plan [options]',
    groups: ['file', 'api', 'plan', 'image', 'code', 'worker', 'output'],
  },
  deploy: {
    summary: 'validate, build and push the image, plan, and register every deployment (version = the commit SHA)',
    usage: 'deploy [options]',
    groups: ['file', 'api', 'write', 'image', 'code', 'worker', 'output'],
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
    summary: 'write the files a repository of flows needs (deployments files, Dockerfile, workflows, IAM policies) and list what is left to set up',
    usage: 'init [--env ENV]... [--work-pool NAME] [--repository NAME] [--region REGION] [--aws-account-id ID] [--force]',
    groups: ['init'],
  },
};

const COMMANDS: Command[] = ['validate', 'plan', 'deploy', 'promote'];
const byFlag = new Map(OPTIONS.map((o) => [o.flag, o]));

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
      wrap(c.summary, 84).map((line, i) => `  ${(i === 0 ? name : '').padEnd(10)}  ${line}`).join('\n'),
    );
    const general = OPTIONS.filter((o) => o.group === 'output').map(option);
    return `Usage: prefect-ecr-deploy <command> [options]\n\nCommands:\n${commands.join('\n')}\n  help        [COMMAND]: this help, or a command's options\n\nOptions:\n${general.join('\n')}\n\nRun prefect-ecr-deploy <command> --help for the options of a command.\n`;
  }
  const c = COMMAND_HELP[command];
  const sections = c.groups.map((g) => `${GROUP_TITLES[g]}:\n${OPTIONS.filter((o) => o.group === g).map(option).join('\n')}`);
  const inspect = command === 'inspect' ? '\nOptions:\n  --root DIR                     the repository root (default: the working directory)\n  --json                         print the results as JSON\n' : '';
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
  '  --repository NAME              the ECR repository the workflows push to (default: the repository\'s name)',
  '  --region REGION                the AWS region of the workflows and policies (default: AWS_REGION, else us-east-1)',
  '  --root DIR                     the repository root (default: the working directory)',
].join('\n');
const INIT_FLAGS = new Set(['--env', '--repository', '--region', '--root', ...OPTIONS.filter((o) => o.group === 'init').map((o) => o.flag)]);

/** What the command line asks for: text to print, the inspect or init command, or a run. */
export type CommandLine =
  | { print: string }
  | { inspect: { root: string; entrypoints: string[]; json: boolean } }
  | { init: { root: string; options: Omit<InitOptions, 'flows'>; force: boolean } }
  | { runs: Settings[] };

/** `--enviroment` is closest to `--env` by what it starts with, not by edit distance. */
function suggestFlag(name: string): string | undefined {
  const flags = OPTIONS.map((o) => o.flag);
  const prefix = flags.filter((f) => f.length >= 5 && name.startsWith(f)).sort((a, b) => b.length - a.length)[0];
  return prefix ?? flags.find((f) => name.length >= 4 && f.startsWith(name)) ?? closest(name, flags);
}

/** Splits argv with node's parser into the command, its positionals, and each option's values (in order). */
function tokenize(argv: string[]): { positional: string[]; values: Map<string, string[]>; switches: Set<string> } {
  const options = Object.fromEntries(OPTIONS.map((o) => [o.flag.slice(2), { type: o.value ? ('string' as const) : ('boolean' as const), ...(o.short ? { short: o.short } : {}) }]));
  const { tokens } = nodeParseArgs({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const switches = new Set<string>();
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    // A short option arrives under its long name.
    const spec = byFlag.get(`--${token.name}`);
    if (!spec) {
      if (token.rawName === '--dry-run') throw new UsageError('unknown option --dry-run: run `prefect-ecr-deploy plan` to see what deploy would change');
      const hint = suggestFlag(token.rawName);
      throw new UsageError(`unknown option ${token.rawName}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (!spec.value) {
      if (token.value !== undefined) throw new UsageError(`${spec.flag} takes no value`);
      switches.add(spec.flag);
      continue;
    }
    // `--env --sha X`: a flag is never another flag's value.
    if (!token.value || (!token.inlineValue && token.value.startsWith('--'))) throw new UsageError(`${spec.flag} needs a value`);
    const given = values.get(spec.flag) ?? [];
    // init takes --env once per environment.
    if (given.length && !spec.list && !(spec.flag === '--env' && positional[0] === 'init')) throw new UsageError(`${spec.flag} is given twice ('${given[0]}' and '${token.value}'): give it once`);
    values.set(spec.flag, [...given, token.value]);
  }
  return { positional, values, switches };
}

/** The command line -> what to do: the CLI's one reader of argv. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv, cwd: string): CommandLine {
  const { positional, values, switches } = tokenize(argv);
  const [command, ...extra] = positional;
  if (switches.has('--version')) return { print: `prefect-ecr-deploy ${packageJson.version}\n` };
  if (command === 'help') {
    const topic = extra[0];
    if (topic !== undefined && !(topic in COMMAND_HELP)) throw unknownCommand(topic);
    return { print: usage(topic as Command | Extra | undefined) };
  }
  if (switches.has('--help')) {
    if (command !== undefined && !(command in COMMAND_HELP)) throw unknownCommand(command);
    return { print: usage(command as Command | Extra | undefined) };
  }
  if (command === 'inspect') {
    const other = [...values.keys(), ...switches].find((f) => f !== '--root' && f !== '--json');
    if (other) throw new UsageError(`unknown option ${other} for inspect (it takes --root DIR and --json)`);
    if (extra.length < 1) throw new UsageError('inspect needs at least one entrypoint (path/to/file.py:function)');
    return { inspect: { root: path.resolve(cwd, values.get('--root')?.[0] ?? '.'), entrypoints: extra, json: switches.has('--json') } };
  }
  if (command === 'init') {
    if (extra.length) throw unexpectedArgument(extra[0]);
    return { init: initOptions(values, switches, env, cwd) };
  }
  if (!command) throw new UsageError(`a command is required\n\n${usage()}`);
  if (!COMMANDS.includes(command as Command)) throw unknownCommand(command);
  if (extra.length) throw unexpectedArgument(extra[0]);
  return { runs: toRuns(command as Command, values, switches, env, cwd) };
}

function initOptions(values: Map<string, string[]>, switches: Set<string>, env: NodeJS.ProcessEnv, cwd: string) {
  const other = [...values.keys(), ...switches].find((f) => !INIT_FLAGS.has(f));
  if (other) throw new UsageError(`unknown option ${other} for init (see prefect-ecr-deploy init --help)`);
  const one = (f: string) => values.get(f)?.[0];
  const root = path.resolve(cwd, one('--root') ?? '.');
  if (!existsSync(root)) throw new UsageError(`--root ${one('--root')} does not exist`);
  const environments = values.get('--env') ?? ['dev', 'prod'];
  for (const e of environments) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(e)) throw new UsageError(`--env '${e}': letters, digits, - and _ only`);
  }
  if (new Set(environments).size !== environments.length) throw new UsageError('--env: each environment once');
  const githubRepository = one('--github-repository') ?? originRepository(root)?.repository;
  if (!githubRepository) throw new UsageError('no GitHub repository: the origin remote is not a GitHub URL; pass --github-repository OWNER/NAME');
  if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(githubRepository)) throw new UsageError(`--github-repository '${githubRepository}' is not OWNER/NAME`);
  const name = githubRepository.split('/')[1].toLowerCase();
  const awsAccountId = one('--aws-account-id') ?? ACCOUNT_PLACEHOLDER;
  if (awsAccountId !== ACCOUNT_PLACEHOLDER && !/^\d{12}$/.test(awsAccountId)) throw new UsageError(`--aws-account-id '${awsAccountId}' is not 12 digits`);
  const ecrRepository = one('--repository') ?? name;
  if (!/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(ecrRepository)) {
    throw new UsageError(`ECR repository name '${ecrRepository}' is not valid (lowercase letters, digits, . _ - /); pass --repository NAME`);
  }
  const workPool = one('--work-pool') ?? `${name}-pool`;
  const poolType = one('--pool-type') ?? 'docker';
  const region = one('--region') ?? (env.AWS_REGION || 'us-east-1');
  for (const [flag, v] of [['--work-pool', workPool], ['--pool-type', poolType], ['--region', region]]) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(v)) throw new UsageError(`${flag} '${v}': letters, digits, . _ : - only`);
  }
  return { root, options: { environments, workPool, poolType, ecrRepository, githubRepository, awsAccountId, region }, force: switches.has('--force') };
}

/** `deploy dev` means `deploy --env dev`. */
function unexpectedArgument(arg: string): UsageError {
  const hint = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(arg) ? ` (did you mean --env ${arg}?)` : '';
  return new UsageError(`unexpected argument '${arg}'${hint}`);
}

function unknownCommand(command: string): UsageError {
  const hint = closest(command, Object.keys(COMMAND_HELP));
  return new UsageError(`unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
}

/** Parses argv into the Settings of one run (help, version and inspect are the CLI's; so are several files). */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Settings {
  const line = parseCommandLine(argv, env, cwd);
  if (!('runs' in line) || line.runs.length !== 1) throw new UsageError(`not one run: ${argv.join(' ')}`);
  return line.runs[0];
}

/**
 * One run per deployments file. Several files are several projects: each file's
 * folder is its root (unless --root is given), with the same environment; what would
 * make them step on each other is refused.
 */
function toRuns(command: Command, given: Map<string, string[]>, flags: Set<string>, env: NodeJS.ProcessEnv, cwd: string): Settings[] {
  const files = expandFiles(given.get('--file') ?? [], cwd);
  const single = (file?: string) => toSettings(command, new Map([...given].filter(([f]) => f !== '--file')), flags, env, cwd, file);
  if (files.length <= 1) return [single(files[0])];
  const shared = ['--prune', '--repository', '--code-storage', '--worker-service'].find((f) => given.has(f) || flags.has(f));
  if (shared === '--prune') throw new UsageError('--prune with several deployments files: each would delete what the others registered; prune one file at a time');
  if (shared && !given.has('--root')) {
    throw new UsageError(`${shared} with several deployments files needs --root: one image, code upload and worker for every project, built from one root`);
  }
  return files.map((named) => {
    const file = path.resolve(cwd, named);
    const s = single(file);
    if (given.has('--root')) return s;
    const root = path.dirname(file);
    return { ...s, root, vcs: vcsSettings(root, s.sha, env) };
  });
}

function toSettings(command: Command, given: Map<string, string[]>, flags: Set<string>, env: NodeJS.ProcessEnv, cwd: string, file?: string): Settings {
  const values = new Map([...given].filter(([f]) => !byFlag.get(f)!.list).map(([f, v]) => [f, v[0]]));
  const lists = new Map(OPTIONS.filter((o) => o.list).map((o) => [o.flag, given.get(o.flag) ?? []]));
  const filePattern = values.get('--file-pattern') ?? DEFAULT_FILE_PATTERN;
  const root = values.has('--root') ? path.resolve(cwd, values.get('--root')!) : file !== undefined ? cwd : projectRoot(cwd, filePattern, values.get('--env'));
  if (!existsSync(root)) throw new UsageError(`--root ${values.get('--root')} does not exist`);
  // promote without --sha takes the commit from the source image's label.
  const sha = values.get('--sha') ?? (command === 'promote' ? undefined : env.GITHUB_SHA || headCommit(root));
  if (values.has('--sha') && !/^[0-9a-f]{7,40}$/i.test(values.get('--sha')!)) {
    throw new UsageError(`--sha '${values.get('--sha')}' is not a commit SHA`);
  }
  const concurrency = Number(values.get('--concurrency') ?? DEFAULT_CONCURRENCY);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  const maxRetrySeconds = Number(values.get('--max-retry-seconds') ?? 120);
  if (!(maxRetrySeconds > 0 && maxRetrySeconds <= 3600)) throw new UsageError('--max-retry-seconds must be a number of seconds from 1 to 3600');
  const apiUrl = values.get('--api-url') ?? (env.PREFECT_API_URL || undefined);
  if (apiUrl !== undefined) checkApiUrl(apiUrl);
  const timeoutSeconds = parseTimeout(values.get('--timeout') ?? DEFAULT_TIMEOUT);
  const mutability = values.get('--tag-mutability') ?? 'MUTABLE';
  if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE') throw new UsageError('--tag-mutability must be MUTABLE or IMMUTABLE');
  if (command === 'promote' && !values.has('--from')) throw new UsageError('promote needs --from ENV (the source environment)');
  if (command === 'promote' && !values.has('--env')) throw new UsageError('promote needs --env ENV (the environment to promote to)');
  if (command === 'promote' && values.get('--from') === values.get('--env')) {
    throw new UsageError(`promote --from ${values.get('--from')} --env ${values.get('--env')}: the source and the target are the same environment`);
  }
  if (flags.has('--allow-drift') && command !== 'promote') throw new UsageError('--allow-drift is for promote');
  const environment = values.get('--env');
  const fileEnvironment = file !== undefined ? environmentOfFile(file, filePattern) : undefined;
  if (environment && fileEnvironment && fileEnvironment !== environment && !flags.has('--confirm-env')) {
    throw new UsageError(
      `--env ${environment} with --file ${file}, the ${fileEnvironment} environment's file: --env labels what is registered (and what --prune deletes). Pass --env ${fileEnvironment}, or --confirm-env if the pairing is meant`,
    );
  }
  const only = lists.get('--only')!;
  if (only.length && flags.has('--prune')) throw new UsageError('--prune does not run with --only: a subset cannot tell what the file no longer has');
  if (flags.has('--exit-code') && command !== 'plan') throw new UsageError('--exit-code is for plan (0: no changes, 3: changes)');
  const repository = values.get('--repository');
  const region = values.get('--region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
  const tagFrom = values.get('--image-tag-from')?.split(',').map((f) => f.trim()).filter(Boolean);
  if (tagFrom && !repository) throw new UsageError('--image-tag-from needs the image stage: pass --repository');
  const ecr = repository
    ? {
        region,
        registryId: values.get('--registry-id'),
        repository,
        createRepository: flags.has('--create-repository'),
        tagMutability: mutability as 'MUTABLE' | 'IMMUTABLE',
        lifecyclePolicyFile: values.get('--lifecycle-policy'),
        context: values.get('--context') ?? '.',
        dockerfile: values.get('--dockerfile') ?? 'Dockerfile',
        buildArgs: lists.get('--build-arg')!,
        target: values.get('--target'),
        platform: values.get('--platform'),
        network: values.get('--build-network'),
        tags: lists.get('--tag')!.length ? lists.get('--tag')! : environment ? [environment] : [],
        buildOnly: flags.has('--build-only'),
        tagFrom,
        defaulted: [
          ...[['context', '--context'], ['dockerfile', '--dockerfile'], ['platform', '--platform'], ['target', '--target']].filter(([, flag]) => !values.has(flag)).map(([field]) => field),
          ...(lists.get('--build-arg')!.length ? [] : ['buildArgs']),
          ...(lists.get('--tag')!.length ? [] : ['tags']),
        ],
      }
    : undefined;
  return {
    command: command as Command,
    root,
    environment,
    file,
    filePattern,
    sha,
    json: flags.has('--json'),
    env: templateEnvironment(env),
    prefect: { apiUrl, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
    vcs: vcsSettings(root, sha, env),
    concurrency,
    maxRetrySeconds,
    timeoutSeconds,
    prune: flags.has('--prune'),
    adopt: flags.has('--adopt'),
    only,
    keepPaused: flags.has('--keep-paused'),
    exitCode: flags.has('--exit-code'),
    // An image given is the image: no stage builds one.
    skipImage: flags.has('--skip-image') || values.has('--image'),
    imageRef: values.get('--image'),
    blockScripts: lists.get('--block-script')!,
    ecr,
    promoteFrom: values.get('--from'),
    ...(command === 'promote' ? { checkoutSha: headCommit(root) ?? (env.GITHUB_SHA || undefined), allowDrift: flags.has('--allow-drift') } : {}),
    workdir: values.get('--workdir') ?? DEFAULT_WORKDIR,
    strict: flags.has('--strict'),
    stepsRefused: stepsRefusedIn(env),
    codeStorage: codeStorageSettings(values, region, env),
    s3: { region, pathStyle: s3PathStyle(env) },
    worker: workerSettings(values, lists, flags, region, environment),
  };
}

function codeStorageSettings(values: Map<string, string>, region: string | undefined, env: NodeJS.ProcessEnv): CodeStorageSettings | undefined {
  const url = values.get('--code-storage');
  const dependent = ['--code-storage-credentials-block', '--code-storage-block'].find((f) => values.has(f));
  if (!url) {
    if (dependent) throw new UsageError(`${dependent} needs --code-storage s3://BUCKET/PREFIX`);
    return undefined;
  }
  const location = parseCodeStorage(url);
  if (Array.isArray(location)) throw new UsageError(location.join('\n'));
  const credentialsBlock = values.get('--code-storage-credentials-block')?.replace(/^aws-credentials\//, '');
  if (credentialsBlock !== undefined && !BLOCK_NAME.test(credentialsBlock)) {
    throw new UsageError(`--code-storage-credentials-block '${credentialsBlock}' is not a block name (lowercase letters, digits and dashes)`);
  }
  const storageBlock = values.get('--code-storage-block');
  if (storageBlock !== undefined && !/^(s3|s3-bucket)\/[a-z0-9-]+$/.test(storageBlock)) {
    throw new UsageError(`--code-storage-block '${storageBlock}' must be s3/NAME or s3-bucket/NAME`);
  }
  return { url, location, region, credentialsBlock, storageBlock, pathStyle: s3PathStyle(env) };
}

/** An S3 endpoint of its own (moto, MinIO) takes path-style addressing. */
const s3PathStyle = (env: NodeJS.ProcessEnv) => Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL);

const BLOCK_NAME = /^[a-z0-9-]+$/;
const ECS_NAME = /^[A-Za-z0-9_-]{1,255}$/;

function workerSettings(
  values: Map<string, string>,
  lists: Map<string, string[]>,
  flags: Set<string>,
  region: string | undefined,
  environment: string | undefined,
): WorkerServiceSettings | undefined {
  const given = values.get('--worker-service');
  const dependent = ['--worker-container', '--worker-wait', '--worker-task-definition', '--worker-subnet', '--worker-security-group', '--worker-public-ip'].find(
    (f) => values.has(f) || lists.get(f)?.length || flags.has(f),
  );
  if (!given) {
    if (dependent) throw new UsageError(`${dependent} needs --worker-service CLUSTER/SERVICE`);
    return undefined;
  }
  if (given.includes('{env}') && !environment) throw new UsageError('--worker-service uses {env}: pass --env');
  const text = given.replaceAll('{env}', environment ?? '');
  // `CLUSTER/SERVICE`, or `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/SERVICE`.
  const arn = /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):\d{12}:service\/([^/]+)\/([^/]+)$/.exec(text);
  const [cluster, service, arnRegion] = arn ? [arn[2], arn[3], arn[1]] : [...text.split('/'), undefined];
  if (!cluster || !service || text.split('/').length !== (arn ? 3 : 2) || !ECS_NAME.test(cluster) || !ECS_NAME.test(service)) {
    throw new UsageError(`--worker-service '${text}' must be CLUSTER/SERVICE (letters, digits, - and _) or a service ARN`);
  }
  const wait = Number(values.get('--worker-wait') ?? DEFAULT_WORKER_WAIT);
  if (!Number.isInteger(wait) || wait < 0 || wait > 3600) throw new UsageError('--worker-wait must be a whole number of seconds from 0 to 3600');
  const container = values.get('--worker-container');
  if (container !== undefined && !ECS_NAME.test(container)) throw new UsageError(`--worker-container '${container}' is not a container name`);
  const ids = (flag: string) => lists.get(flag)!.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return {
    cluster,
    service,
    arnRegion,
    region,
    container,
    waitSeconds: wait,
    taskDefinitionFile: values.get('--worker-task-definition'),
    subnets: ids('--worker-subnet'),
    securityGroups: ids('--worker-security-group'),
    assignPublicIp: flags.has('--worker-public-ip'),
  };
}

/**
 * The root when --root is not given: the nearest folder from the working directory up
 * to the checkout's top that holds the environment's deployments file or a
 * prefect.yaml, so the CLI works from any folder of a checkout; else the working directory.
 */
function projectRoot(cwd: string, filePattern: string, environment: string | undefined): string {
  const checkout = checkoutOf(cwd);
  if (!checkout) return cwd;
  const names = [...(environment ? [filePattern.replaceAll('{env}', environment)] : []), 'prefect.yaml'];
  for (let dir = path.resolve(cwd); dir.startsWith(checkout.top); dir = path.dirname(dir)) {
    if (names.some((n) => existsSync(path.join(dir, n)))) return dir;
    if (dir === checkout.top) break;
  }
  return cwd;
}

/** The environment a file is named for by the pattern (`prefect-deployments-prod.yaml` -> prod), if any. */
function environmentOfFile(file: string, filePattern: string): string | undefined {
  const [before, after] = path.basename(filePattern).split('{env}');
  const name = path.basename(file);
  if (after === undefined || !name.startsWith(before) || !name.endsWith(after) || name.length <= before.length + after.length) return undefined;
  return name.slice(before.length, name.length - after.length);
}

/** The run's deadline in seconds: `90`, `90s`, `15m`, `1h`, from 1 s to 6 h. */
export function parseTimeout(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(text.trim());
  const seconds = m ? Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600 }[m[2] as '' | 's' | 'm' | 'h'] : NaN;
  if (!(seconds >= 1 && seconds <= 6 * 3600)) {
    throw new UsageError('--timeout must be a duration from 1 s to 6 h: seconds, or a number with s, m or h (for example 90, 15m, 1h)');
  }
  return seconds;
}

/**
 * An http(s) URL without user information: a password in the URL would show wherever
 * the URL does (progress lines, errors, the summary). The URL itself is never echoed.
 */
function checkApiUrl(apiUrl: string): void {
  let url: URL | undefined;
  try {
    url = new URL(apiUrl);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || /\s/.test(apiUrl)) throw new UsageError('the Prefect API URL must start with http:// or https://');
  if (url.username || url.password) {
    throw new UsageError(
      'the Prefect API URL must not contain a user name or password (it is shown in progress and errors): ' +
        'give credentials in PREFECT_API_AUTH_STRING (self-hosted, user:password) or PREFECT_API_KEY (Prefect Cloud)',
    );
  }
}

/** Why build steps do not run in this GitHub event (a pull request's code with the repository's secrets); undefined outside Actions. */
function stepsRefusedIn(env: NodeJS.ProcessEnv): string | undefined {
  const event = currentEvent(env);
  return event && stepsRefused(event);
}
