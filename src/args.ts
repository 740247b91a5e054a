/** CLI flags and the process environment -> Settings: the only reader of both. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';
import { checkoutOf, headCommit } from './git.js';
import { vcsSettings } from './vcs.js';
import { parseCodeStorage } from './code/location.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_FILE_PATTERN,
  DEFAULT_WORKDIR,
  DEFAULT_WORKER_WAIT,
  templateEnvironment,
  type CodeStorageSettings,
  type Command,
  type Settings,
  type WorkerServiceSettings,
} from './settings.js';
import { closest } from './text.js';

export const USAGE = `Usage: prefect-ecr-deploy <command> [options]

Commands:
  validate    check the deployments file and its flows; writes nothing
  plan        validate, then compare with the Prefect API: what deploy would change; writes nothing
  deploy      validate, build and push the image, plan, and register every deployment (version = the commit SHA)
  promote     copy the --from environment's image to this environment's tag (no rebuild), then deploy
  inspect     ENTRYPOINT... [--root DIR] [--json]: what is registered for each flow (name,
              description, parameter schema) and where it cannot be exact

Options:
  --env ENV            environment: reads prefect-deployments-ENV.yaml at the root
  --file PATH          the deployments file (instead of the environment's)
  --root DIR           repository root (default: the working directory)
  --file-pattern PAT   file name for an environment (default: ${DEFAULT_FILE_PATTERN})
  --sha SHA            commit SHA (default: GITHUB_SHA, else the checked-out commit)
  --api-url URL        Prefect API (default: PREFECT_API_URL); credentials come from
                       PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)
  --concurrency N      API requests in flight (default: ${DEFAULT_CONCURRENCY})
  --max-retry-seconds S  how long one API request may keep retrying (default: 120)
  --prune              delete deployments this tool registered for this repository and
                       environment that the file no longer has (listed first in the plan)
  --adopt              take over deployments of the file's flows and names that another
                       repository or environment registered, or nobody did (else a conflict)
  --skip-image         register without the image stage
  --image REF          an existing image for {{ image }} (instead of the image stage)
  --block-script PATH  a Python script run inside the image before any deployment is
                       registered (repeatable; after the file's block-scripts:)
  --strict             warnings about what prefect deploy would get wrong at run time or
                       ignore (keys it ignores, repeated keys, unset variables) are errors

Image stage (Amazon ECR; runs when --repository is given):
  --repository NAME    ECR repository
  --region REGION      AWS region (default: AWS_REGION); credentials: the default AWS chain
  --registry-id ID     the registry's AWS account, when not the caller's
  --create-repository  create the repository when missing (scan on push)
  --tag-mutability M   MUTABLE (default) or IMMUTABLE, for a created repository
  --lifecycle-policy F lifecycle policy JSON for a created repository
  --context DIR        build context (default: .)
  --dockerfile PATH    Dockerfile (default: Dockerfile)
  --build-arg K=V      build argument (repeatable)
  --target STAGE       build target
  --platform P         build platform, for example linux/amd64
  --build-network N    network for RUN steps: host, none, or a network name
  --tag TAG            tag besides the SHA (repeatable; default: the environment)
  --build-only         build to prove the Dockerfile builds; push nothing
  --from ENV           promote: the source environment (its tag, or --sha)
  --image-tag-from F   comma-separated files (and directories): the image is tagged with their
                       content hash (with the build args, target and platform), built only
                       when they change, and deployments reference it by digest
  --workdir DIR        the image's working directory for the default pull step (default: ${DEFAULT_WORKDIR})

Code storage (S3; runs when --code-storage is given):
  --code-storage URL   s3://BUCKET/PREFIX: the repository's files go to PREFIX/<sha>/ (honouring
                       .prefectignore, else .gitignore), and deployments pull them from there
  --code-storage-credentials-block NAME
                       Prefect 3: the aws-credentials block pull_from_s3 reads the code with
  --code-storage-block TYPE/NAME
                       Prefect 2: the storage block (s3/NAME or s3-bucket/NAME) agents read
                       the code with: an s3 block's bucket_path is BUCKET/PREFIX, an s3-bucket
                       block's bucket_name is BUCKET

Worker service (ECS; runs when --worker-service is given):
  --worker-service C/S the ECS cluster and service of the worker (or agent), or a service ARN;
                       {env} is replaced by the environment
  --worker-container N the container whose image is rolled (default: the only or first one)
  --worker-wait S      seconds to wait for the service to be stable (default: 600; 0 = no wait)
  --worker-task-definition FILE
                       a task definition JSON: creates the service (Fargate) when it is missing
  --worker-subnet ID   subnet for a created service (repeatable, or comma-separated)
  --worker-security-group ID
                       security group for a created service (repeatable, or comma-separated)
  --worker-public-ip   give a created service's tasks a public IP (public subnets without NAT)
  --json               print a JSON report on stdout
  -h, --help           show this help
`;

const COMMANDS: Command[] = ['validate', 'plan', 'deploy', 'promote'];
const VALUE_FLAGS = [
  '--env', '--file', '--root', '--file-pattern', '--sha', '--api-url', '--concurrency', '--max-retry-seconds', '--image', '--workdir',
  '--repository', '--region', '--registry-id', '--tag-mutability', '--lifecycle-policy', '--context', '--dockerfile', '--target', '--platform', '--build-network', '--from',
  '--image-tag-from', '--code-storage', '--code-storage-credentials-block', '--code-storage-block',
  '--worker-service', '--worker-container', '--worker-wait', '--worker-task-definition',
];
/** Flags that may be given more than once. */
const LIST_FLAGS = ['--build-arg', '--tag', '--block-script', '--worker-subnet', '--worker-security-group'];
const BOOLEAN_FLAGS = [
  '--json', '--skip-image', '--create-repository', '--build-only', '--prune', '--adopt', '--strict', '--worker-public-ip', '--help', '-h',
];

/** `inspect ENTRYPOINT... [--root DIR] [--json]`, or undefined when the command is another. */
export function parseInspectArgs(argv: string[], cwd: string): { root: string; entrypoints: string[]; json: boolean } | undefined {
  const positional: string[] = [];
  let root = '.';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--root' || arg.startsWith('--root=')) {
      const value = arg.startsWith('--root=') ? arg.slice(7) : argv[++i];
      if (!value) throw new UsageError('--root needs a value');
      root = value;
    } else if (arg.startsWith('-')) {
      if (positional[0] !== 'inspect') return undefined;
      throw new UsageError(`unknown option ${arg} for inspect (it takes --root DIR and --json)`);
    } else positional.push(arg);
  }
  if (positional[0] !== 'inspect') return undefined;
  if (positional.length < 2) throw new UsageError('inspect needs at least one entrypoint (path/to/file.py:function)');
  return { root: path.resolve(cwd, root), entrypoints: positional.slice(1), json };
}

/** Parses argv into Settings; the only place that reads flags and the process environment. */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Settings | 'help' {
  const values = new Map<string, string>();
  const lists = new Map<string, string[]>(LIST_FLAGS.map((f) => [f, []]));
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.includes(name) || LIST_FLAGS.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      // `--env --sha X`: a flag is never another flag's value.
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      if (LIST_FLAGS.includes(name)) lists.get(name)!.push(value);
      else values.set(name, value);
    } else if (BOOLEAN_FLAGS.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      const hint = closest(name, [...VALUE_FLAGS, ...LIST_FLAGS, ...BOOLEAN_FLAGS]);
      throw new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) return 'help';
  const [command, ...extra] = positional;
  if (!command) throw new UsageError(`a command is required\n\n${USAGE}`);
  if (!COMMANDS.includes(command as Command)) {
    const hint = closest(command, COMMANDS);
    throw new UsageError(`unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const filePattern = values.get('--file-pattern') ?? DEFAULT_FILE_PATTERN;
  const root = values.has('--root') ? path.resolve(cwd, values.get('--root')!) : values.has('--file') ? cwd : projectRoot(cwd, filePattern, values.get('--env'));
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
  if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new UsageError('the Prefect API URL must start with http:// or https://');
  const mutability = values.get('--tag-mutability') ?? 'MUTABLE';
  if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE') throw new UsageError('--tag-mutability must be MUTABLE or IMMUTABLE');
  if (command === 'promote' && !values.has('--from')) throw new UsageError('promote needs --from ENV (the source environment)');
  if (command === 'promote' && !values.has('--repository')) throw new UsageError('promote needs --repository NAME');
  const environment = values.get('--env');
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
    file: values.get('--file'),
    filePattern,
    sha,
    json: flags.has('--json'),
    env: templateEnvironment(env),
    prefect: { apiUrl, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
    vcs: vcsSettings(root, sha, env),
    concurrency,
    maxRetrySeconds,
    prune: flags.has('--prune'),
    adopt: flags.has('--adopt'),
    skipImage: flags.has('--skip-image'),
    imageRef: values.get('--image'),
    blockScripts: lists.get('--block-script')!,
    ecr,
    promoteFrom: values.get('--from'),
    workdir: values.get('--workdir') ?? DEFAULT_WORKDIR,
    strict: flags.has('--strict'),
    eventName: env.GITHUB_EVENT_NAME || undefined,
    codeStorage: codeStorageSettings(values, region, env),
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
  return { url, location, region, credentialsBlock, storageBlock, pathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) };
}

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
