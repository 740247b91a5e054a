/**
 * The settings builder: the parsed command line and the process environment -> Settings,
 * checked against the disk and git (paths exist, the commit, the several-files rule).
 * Every problem is collected, and all are reported at once.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { expandFiles } from '../files.js';
import { checkoutOf, headCommit, originRepository } from '../git.js';
import { ACCOUNT_PLACEHOLDER, type InitOptions } from '../init/plan.js';
import { vcsSettings } from '../vcs.js';
import { stepsRefused } from '../context.js';
import { currentEvent } from '../event.js';
import { parseCodeStorage } from '../code/location.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_FILE_PATTERN,
  DEFAULT_TIMEOUT,
  DEFAULT_VERIFY_TIMEOUT,
  DEFAULT_WORKDIR,
  DEFAULT_WORKER_WAIT,
  templateEnvironment,
  type CodeStorageSettings,
  type Command,
  type PreviewSettings,
  type Settings,
  type VerifySettings,
  type WorkerServiceSettings,
} from '../settings.js';
import { parseArgv, type RawOptions } from './argv.js';
import { byFlag, OPTIONS } from './options.js';

/** What the command line asks for: text to print, the inspect or init command, or a run. */
export type CommandLine =
  | { print: string }
  | { inspect: { root: string; entrypoints: string[]; json: boolean } }
  | { init: { root: string; options: Omit<InitOptions, 'flows'>; force: boolean } }
  | { runs: Settings[] };

/** The command line -> what to do: the CLI's one reader of argv. Every usage problem at once, as one UsageError. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv, cwd: string): CommandLine {
  const { parsed, problems } = parseArgv(argv);
  const line = parsed && build(parsed, env, cwd, problems);
  // A problem found for each of several files is said once.
  if (problems.length || !line) throw new UsageError([...new Set(problems)]);
  return line;
}

/** Parses argv into the Settings of one run (help, version and inspect are the CLI's; so are several files). */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Settings {
  const line = parseCommandLine(argv, env, cwd);
  if (!('runs' in line) || line.runs.length !== 1) throw new UsageError(`not one run: ${argv.join(' ')}`);
  return line.runs[0];
}

function build(
  parsed: NonNullable<ReturnType<typeof parseArgv>['parsed']>,
  env: NodeJS.ProcessEnv,
  cwd: string,
  problems: string[],
): CommandLine {
  if ('print' in parsed) return parsed;
  if ('inspect' in parsed) return { inspect: { ...parsed.inspect, root: path.resolve(cwd, parsed.inspect.root) } };
  if ('init' in parsed) return { init: initOptions(parsed.init, env, cwd, problems) };
  return { runs: toRuns(parsed.run.command, parsed.run, env, cwd, problems) };
}

/** Runs `check`; a UsageError it throws becomes problems, and `fallback` its value. */
function collect<T>(problems: string[], check: () => T, fallback: T): T {
  try {
    return check();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    problems.push(...e.problems);
    return fallback;
  }
}

function initOptions({ values, switches }: RawOptions, env: NodeJS.ProcessEnv, cwd: string, problems: string[]) {
  const one = (f: string) => values.get(f)?.[0];
  const root = path.resolve(cwd, one('--root') ?? '.');
  if (!existsSync(root)) problems.push(`--root ${one('--root')} does not exist`);
  const environments = values.get('--env') ?? ['dev', 'prod'];
  for (const e of environments) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(e)) problems.push(`--env '${e}': letters, digits, - and _ only`);
  }
  if (new Set(environments).size !== environments.length) problems.push('--env: each environment once');
  const githubRepository = one('--github-repository') ?? originRepository(root)?.repository ?? '';
  if (!githubRepository)
    problems.push('no GitHub repository: the origin remote is not a GitHub URL; pass --github-repository OWNER/NAME');
  else if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(githubRepository))
    problems.push(`--github-repository '${githubRepository}' is not OWNER/NAME`);
  // Without a repository name the defaults below have nothing to come from: only given values are checked.
  const name = /^[^/]+\/[^/]+$/.test(githubRepository) ? githubRepository.split('/')[1].toLowerCase() : undefined;
  const awsAccountId = one('--aws-account-id') ?? ACCOUNT_PLACEHOLDER;
  if (awsAccountId !== ACCOUNT_PLACEHOLDER && !/^\d{12}$/.test(awsAccountId))
    problems.push(`--aws-account-id '${awsAccountId}' is not 12 digits`);
  const ecrRepository = one('--repository') ?? name ?? '';
  if (ecrRepository && !/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/.test(ecrRepository)) {
    problems.push(
      `ECR repository name '${ecrRepository}' is not valid (lowercase letters, digits, . _ - /); pass --repository NAME`,
    );
  }
  const workPool = one('--work-pool') ?? (name ? `${name}-pool` : '');
  const poolType = one('--pool-type') ?? 'docker';
  const region = one('--region') ?? (env.AWS_REGION || 'us-east-1');
  for (const [flag, v] of [
    ['--work-pool', workPool],
    ['--pool-type', poolType],
    ['--region', region],
  ]) {
    if (v && !/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(v)) problems.push(`${flag} '${v}': letters, digits, . _ : - only`);
  }
  return {
    root,
    options: { environments, workPool, poolType, ecrRepository, githubRepository, awsAccountId, region },
    force: switches.has('--force'),
  };
}

/**
 * One run per deployments file. Several files are several projects: each file's
 * folder is its root (unless --root is given), with the same environment; what would
 * make them step on each other is refused.
 */
function toRuns(
  command: Command,
  { values: given, switches: flags }: RawOptions,
  env: NodeJS.ProcessEnv,
  cwd: string,
  problems: string[],
): Settings[] {
  const files = collect(problems, () => expandFiles(given.get('--file') ?? [], cwd), []);
  const single = (file?: string) =>
    toSettings(command, new Map([...given].filter(([f]) => f !== '--file')), flags, env, cwd, file, problems);
  if (files.length <= 1) return [single(files[0])];
  if (flags.has('--prune'))
    problems.push(
      '--prune with several deployments files: each would delete what the others registered; prune one file at a time',
    );
  const shared = ['--repository', '--code-storage', '--worker-service'].find((f) => given.has(f));
  if (shared && !given.has('--root')) {
    problems.push(
      `${shared} with several deployments files needs --root: one image, code upload and worker for every project, built from one root`,
    );
  }
  return files.map((named) => {
    const file = path.resolve(cwd, named);
    const s = single(file);
    if (given.has('--root')) return s;
    const root = path.dirname(file);
    return { ...s, root, vcs: vcsSettings(root, s.sha, env) };
  });
}

function toSettings(
  command: Command,
  given: Map<string, string[]>,
  flags: Set<string>,
  env: NodeJS.ProcessEnv,
  cwd: string,
  file: string | undefined,
  problems: string[],
): Settings {
  const values = new Map([...given].filter(([f]) => !byFlag.get(f)!.list).map(([f, v]) => [f, v[0]]));
  const lists = new Map(OPTIONS.filter((o) => o.list).map((o) => [o.flag, given.get(o.flag) ?? []]));
  const filePattern = values.get('--file-pattern') ?? DEFAULT_FILE_PATTERN;
  const root = values.has('--root')
    ? path.resolve(cwd, values.get('--root')!)
    : file !== undefined
      ? cwd
      : projectRoot(cwd, filePattern, values.get('--env'));
  if (!existsSync(root)) problems.push(`--root ${values.get('--root')} does not exist`);
  // promote without --sha takes the commit from the source image's label.
  const sha =
    fullSha(values.get('--sha'), root) ?? (command === 'promote' ? undefined : env.GITHUB_SHA || headCommit(root));
  if (values.has('--sha') && !/^[0-9a-f]{7,40}$/i.test(values.get('--sha')!)) {
    problems.push(`--sha '${values.get('--sha')}' is not a commit SHA`);
  }
  const concurrency = Number(values.get('--concurrency') ?? DEFAULT_CONCURRENCY);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
    problems.push('--concurrency must be a whole number from 1 to 64');
  const maxRetrySeconds = Number(values.get('--max-retry-seconds') ?? 120);
  if (!(maxRetrySeconds > 0 && maxRetrySeconds <= 3600))
    problems.push('--max-retry-seconds must be a number of seconds from 1 to 3600');
  const apiUrl = values.get('--api-url') ?? (env.PREFECT_API_URL || undefined);
  if (apiUrl !== undefined) collect(problems, () => checkApiUrl(apiUrl), undefined);
  const timeoutSeconds = collect(problems, () => parseTimeout(values.get('--timeout') ?? DEFAULT_TIMEOUT), 0);
  const mutability = values.get('--tag-mutability') ?? 'MUTABLE';
  if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE')
    problems.push('--tag-mutability must be MUTABLE or IMMUTABLE');
  if (command === 'promote' && !values.has('--from'))
    problems.push('promote needs --from ENV (the source environment)');
  if (command === 'promote' && !values.has('--env'))
    problems.push('promote needs --env ENV (the environment to promote to)');
  if (command === 'promote' && values.has('--from') && values.get('--from') === values.get('--env')) {
    problems.push(
      `promote --from ${values.get('--from')} --env ${values.get('--env')}: the source and the target are the same environment`,
    );
  }
  if (flags.has('--allow-drift') && command !== 'promote') problems.push('--allow-drift is for promote');
  const environment = values.get('--env');
  const fileEnvironment = file !== undefined ? environmentOfFile(file, filePattern) : undefined;
  if (environment && fileEnvironment && fileEnvironment !== environment && !flags.has('--confirm-env')) {
    problems.push(
      `--env ${environment} with --file ${file}, the ${fileEnvironment} environment's file: --env labels what is registered (and what --prune deletes). Pass --env ${fileEnvironment}, or --confirm-env if the pairing is meant`,
    );
  }
  const only = lists.get('--only')!;
  if (only.length && flags.has('--prune'))
    problems.push('--prune does not run with --only: a subset cannot tell what the file no longer has');
  if (flags.has('--exit-code') && command !== 'plan')
    problems.push('--exit-code is for plan (0: no changes, 3: changes)');
  const repository = values.get('--repository');
  const region = values.get('--region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
  const tagFrom = values
    .get('--image-tag-from')
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (tagFrom && !repository) problems.push('--image-tag-from needs the image stage: pass --repository');
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
          ...[
            ['context', '--context'],
            ['dockerfile', '--dockerfile'],
            ['platform', '--platform'],
            ['target', '--target'],
          ]
            .filter(([, flag]) => !values.has(flag))
            .map(([field]) => field),
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
    ...(command === 'promote'
      ? { checkoutSha: headCommit(root) ?? (env.GITHUB_SHA || undefined), allowDrift: flags.has('--allow-drift') }
      : {}),
    workdir: values.get('--workdir') ?? DEFAULT_WORKDIR,
    strict: flags.has('--strict'),
    stepsRefused: stepsRefusedIn(env),
    codeStorage: collect(problems, () => codeStorageSettings(values, region, env), undefined),
    s3: { region, pathStyle: s3PathStyle(env) },
    worker: collect(problems, () => workerSettings(values, lists, flags, region, environment), undefined),
    verify: collect(problems, () => verifySettings(values, lists), undefined),
    preview: collect(problems, () => previewSettings(command, values, flags, only), undefined),
  };
}

/** `--verify PATTERN` (repeatable), `--verify-timeout S`, `--verify-parameters JSON`: every problem at once. */
function verifySettings(values: Map<string, string>, lists: Map<string, string[]>): VerifySettings | undefined {
  const patterns = lists.get('--verify')!;
  const dependent = ['--verify-timeout', '--verify-parameters'].find((f) => values.has(f));
  if (!patterns.length) {
    if (dependent) throw new UsageError(`${dependent} needs --verify PATTERN`);
    return undefined;
  }
  const found: string[] = [];
  const timeoutSeconds = Number(values.get('--verify-timeout') ?? DEFAULT_VERIFY_TIMEOUT);
  if (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 6 * 3600)
    found.push('--verify-timeout must be a whole number of seconds from 1 to 21600');
  let parameters: unknown = {};
  const json = values.get('--verify-parameters');
  if (json !== undefined) {
    try {
      parameters = JSON.parse(json);
    } catch {
      parameters = undefined;
    }
    // The text is not echoed: a parameter may hold a secret.
    if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters))
      found.push('--verify-parameters must be a JSON object of parameter names and values, for example {"n": 1}');
  }
  if (found.length) throw new UsageError(found);
  return { patterns, timeoutSeconds, parameters: parameters as Record<string, unknown> };
}

/** --preview N / --preview-close N: a pull request's previews, registered or deleted. */
function previewSettings(
  command: Command,
  values: Map<string, string>,
  flags: Set<string>,
  only: string[],
): PreviewSettings | undefined {
  const open = values.get('--preview');
  const close = values.get('--preview-close');
  const workPool = values.get('--preview-work-pool');
  if (open === undefined && close === undefined) {
    if (workPool !== undefined) throw new UsageError('--preview-work-pool needs --preview N');
    return undefined;
  }
  const found: string[] = [];
  if (open !== undefined && close !== undefined) found.push('--preview and --preview-close: give one');
  const flag = open !== undefined ? '--preview' : '--preview-close';
  const text = open ?? close!;
  if (!/^[1-9]\d{0,9}$/.test(text)) found.push(`${flag} '${text}' is not a pull request number`);
  if (command !== 'plan' && command !== 'deploy') found.push(`${flag} is for plan and deploy`);
  if (close !== undefined && workPool !== undefined) found.push('--preview-work-pool is for --preview');
  if (close !== undefined && (only.length || flags.has('--prune')))
    found.push('--preview-close deletes every preview of the pull request: no --only or --prune with it');
  if (workPool !== undefined && !/^[^/%&><]+$/.test(workPool))
    found.push(`--preview-work-pool '${workPool}' is not a work pool name`);
  if (found.length) throw new UsageError(found);
  return { number: Number(text), close: close !== undefined, ...(workPool !== undefined ? { workPool } : {}) };
}

function codeStorageSettings(
  values: Map<string, string>,
  region: string | undefined,
  env: NodeJS.ProcessEnv,
): CodeStorageSettings | undefined {
  const url = values.get('--code-storage');
  const dependent = ['--code-storage-credentials-block', '--code-storage-block'].find((f) => values.has(f));
  if (!url) {
    if (dependent) throw new UsageError(`${dependent} needs --code-storage s3://BUCKET/PREFIX`);
    return undefined;
  }
  // Every problem of the option at once.
  const found: string[] = [];
  const location = parseCodeStorage(url);
  if (Array.isArray(location)) found.push(location.join('\n'));
  const credentialsBlock = values.get('--code-storage-credentials-block')?.replace(/^aws-credentials\//, '');
  if (credentialsBlock !== undefined && !BLOCK_NAME.test(credentialsBlock)) {
    found.push(
      `--code-storage-credentials-block '${credentialsBlock}' is not a block name (lowercase letters, digits and dashes)`,
    );
  }
  const storageBlock = values.get('--code-storage-block');
  if (storageBlock !== undefined && !/^(s3|s3-bucket)\/[a-z0-9-]+$/.test(storageBlock)) {
    found.push(`--code-storage-block '${storageBlock}' must be s3/NAME or s3-bucket/NAME`);
  }
  if (found.length || Array.isArray(location)) throw new UsageError(found);
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
  const dependent = [
    '--worker-container',
    '--worker-wait',
    '--worker-task-definition',
    '--worker-subnet',
    '--worker-security-group',
    '--worker-public-ip',
  ].find((f) => values.has(f) || lists.get(f)?.length || flags.has(f));
  if (!given) {
    if (dependent) throw new UsageError(`${dependent} needs --worker-service CLUSTER/SERVICE`);
    return undefined;
  }
  // Every problem of the options at once.
  const found: string[] = [];
  if (given.includes('{env}') && !environment) found.push('--worker-service uses {env}: pass --env');
  const text = given.replaceAll('{env}', environment ?? '');
  // `CLUSTER/SERVICE`, or `arn:aws:ecs:REGION:ACCOUNT:service/CLUSTER/SERVICE`.
  const arn = /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):\d{12}:service\/([^/]+)\/([^/]+)$/.exec(text);
  const [cluster, service, arnRegion] = arn ? [arn[2], arn[3], arn[1]] : [...text.split('/'), undefined];
  if (
    !cluster ||
    !service ||
    text.split('/').length !== (arn ? 3 : 2) ||
    !ECS_NAME.test(cluster) ||
    !ECS_NAME.test(service)
  ) {
    found.push(`--worker-service '${text}' must be CLUSTER/SERVICE (letters, digits, - and _) or a service ARN`);
  }
  const wait = Number(values.get('--worker-wait') ?? DEFAULT_WORKER_WAIT);
  if (!Number.isInteger(wait) || wait < 0 || wait > 3600)
    found.push('--worker-wait must be a whole number of seconds from 0 to 3600');
  const container = values.get('--worker-container');
  if (container !== undefined && !ECS_NAME.test(container))
    found.push(`--worker-container '${container}' is not a container name`);
  if (found.length || !cluster || !service) throw new UsageError(found);
  const ids = (flag: string) =>
    lists
      .get(flag)!
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
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
  if (
    after === undefined ||
    !name.startsWith(before) ||
    !name.endsWith(after) ||
    name.length <= before.length + after.length
  )
    return undefined;
  return name.slice(before.length, name.length - after.length);
}

/** The run's deadline in seconds: `90`, `90s`, `15m`, `1h`, from 1 s to 6 h. */
export function parseTimeout(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([smh]?)$/.exec(text.trim());
  const seconds = m ? Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600 }[m[2] as '' | 's' | 'm' | 'h'] : NaN;
  if (!(seconds >= 1 && seconds <= 6 * 3600)) {
    throw new UsageError(
      '--timeout must be a duration from 1 s to 6 h: seconds, or a number with s, m or h (for example 90, 15m, 1h)',
    );
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
  if (!url || !/^https?:$/.test(url.protocol) || /\s/.test(apiUrl))
    throw new UsageError('the Prefect API URL must start with http:// or https://');
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

/**
 * `--sha` as given, or the checked-out commit in full when it is an abbreviation of it:
 * the commit's image tag and code folder are named by the full SHA (a redeploy by a short
 * one would not find them, and would build and upload again).
 */
function fullSha(given: string | undefined, root: string): string | undefined {
  if (!given || given.length === 40 || !/^[0-9a-f]{7,39}$/i.test(given)) return given;
  const head = headCommit(root);
  return head?.startsWith(given.toLowerCase()) ? head : given;
}
