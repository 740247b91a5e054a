/** Everything the program needs to know, read once at the edge (CLI flags or action inputs). */

import type { CodeLocation } from './code/location.js';

/** The image stage (ECR): where the flows image is built from and pushed to. */
export interface ImageSettings {
  region?: string;
  /** The AWS account id of the registry, when not the caller's. */
  registryId?: string;
  repository: string;
  createRepository: boolean;
  tagMutability: 'MUTABLE' | 'IMMUTABLE';
  /** A lifecycle policy JSON file, applied when the repository is created. */
  lifecyclePolicyFile?: string;
  /** Build context and Dockerfile, relative to the repository root. */
  context: string;
  dockerfile: string;
  /** `NAME=value` pairs. */
  buildArgs: string[];
  target?: string;
  platform?: string;
  /** `docker build --network` (host, none, or a network name) for RUN steps. */
  network?: string;
  /** Tags besides the SHA, by default the environment's name. */
  tags: string[];
  /** Build to prove the Dockerfile builds; push nothing. */
  buildOnly: boolean;
  /** The fields no option gave (left at their defaults): a prefect_docker build step may set them. */
  defaulted?: string[];
  /** Files (and directories) whose content hash tags the image instead of the commit: a dependencies-only image. */
  tagFrom?: string[];
  /** The tag whose image a build starts from (default: the first of `tags`); a preview's is the environment's. */
  cacheTag?: string;
}

export type Command = 'validate' | 'plan' | 'deploy' | 'promote';

export interface PrefectSettings {
  /** `PREFECT_API_URL` (or --api-url). */
  apiUrl?: string;
  /** `PREFECT_API_KEY`: Prefect Cloud. Never printed. */
  apiKey?: string;
  /** `PREFECT_API_AUTH_STRING`: a self-hosted server with basic auth. Never printed. */
  authString?: string;
}

export interface VcsSettings {
  /** `owner/name`. */
  repository?: string;
  branch?: string;
  commitUrl?: string;
  /** `vcs:github` inside GitHub Actions. */
  versionType: 'vcs:github' | 'vcs:git';
}

export interface Settings {
  command: Command;
  /** The repository root: entrypoints and the default deployments file are relative to it. */
  root: string;
  /** The environment (dev, prod, ...): picks `prefect-deployments-<env>.yaml` and fills `{{ env }}`. */
  environment?: string;
  /** An explicit deployments file, relative to the working directory; overrides the pattern. */
  file?: string;
  /** The file name pattern for an environment; `{env}` is replaced. */
  filePattern: string;
  /** The commit SHA for `{{ sha }}` and the deployment version. */
  sha?: string;
  /** Machine-readable output on stdout. */
  json: boolean;
  /** Environment variables available to `{{ $NAME }}` templates: never the tool's credentials (`templateEnvironment`). */
  env: Record<string, string | undefined>;
  prefect: PrefectSettings;
  vcs: VcsSettings;
  /** Delete deployments this tool registered for this repository and environment that the file no longer has. */
  prune: boolean;
  /** Take over deployments of the file's flow and name that another repository or environment owns, or nobody does. */
  adopt: boolean;
  /** Only the deployments whose name or `FLOW/NAME` matches one of these globs (empty: all). */
  only: string[];
  /** A deployment paused, or a schedule turned off, by hand stays so. */
  keepPaused: boolean;
  /** plan: exit 3 when live state differs from the file. */
  exitCode: boolean;
  /** API requests in flight at once. */
  concurrency: number;
  /** How long one API request may keep retrying. */
  maxRetrySeconds: number;
  /** The whole run's deadline: past it, nothing new starts and the report says what was applied. */
  timeoutSeconds: number;
  /** Register without the image stage. */
  skipImage: boolean;
  /** An existing image reference for `{{ image }}` when the image stage does not run. */
  imageRef?: string;
  /** Python scripts (relative to the root) run inside the image before any deployment is registered, after the file's own. */
  blockScripts: string[];
  /** The image stage (ECR), when a repository is given. */
  ecr?: ImageSettings;
  /** promote: the source environment. */
  promoteFrom?: string;
  /** promote: the checked-out commit, whose file and flows are registered (GITHUB_SHA, else HEAD). */
  checkoutSha?: string;
  /** promote: an image built from another commit than checkoutSha is a warning, not an error. */
  allowDrift?: boolean;
  /** The image's working directory, for the default pull step. */
  workdir: string;
  /** Warnings about what Prefect would get wrong at run time or ignore are errors. */
  strict: boolean;
  /** Why the file's build steps (its commands) do not run here: a GitHub event that runs a pull request's code with the repository's secrets. */
  stepsRefused?: string;
  /** Code storage on S3, when `--code-storage` is given. */
  codeStorage?: CodeStorageSettings;
  /** The region and addressing of S3 for a file's push_to_s3 step, where no --code-storage is given. */
  s3?: { region?: string; pathStyle: boolean };
  /** The worker (or agent) service on ECS, when `--worker-service` is given. */
  worker?: WorkerServiceSettings;
  /** Verified deploys, when `--verify` is given: one flow run of each selected deployment after registering. */
  verify?: VerifySettings;
  /** A pull request's previews: registered (--preview N) or deleted (--preview-close N). */
  preview?: PreviewSettings;
}

export interface VerifySettings {
  /** Globs over the deployments' names (or `FLOW/NAME`), as `--only` takes them. */
  patterns: string[];
  /** How long to wait for the runs to end; past it, those still going are cancelled. */
  timeoutSeconds: number;
  /** Parameters over each deployment's own (`--verify-parameters`): what the flow run is created with. */
  parameters: Record<string, unknown>;
}

export interface PreviewSettings {
  /** The pull request's number. */
  number: number;
  /** Delete the pull request's previews (and their automations) instead of registering them. */
  close: boolean;
  /** The work pool previews run on instead of the file's. */
  workPool?: string;
}

export interface CodeStorageSettings {
  /** As given: `s3://BUCKET/PREFIX`. */
  url: string;
  location: CodeLocation;
  region?: string;
  /** Prefect 3: the `aws-credentials` block `pull_from_s3` reads the code with. */
  credentialsBlock?: string;
  /** Prefect 2: the storage block (`s3/NAME` or `s3-bucket/NAME`) agents read the code with. */
  storageBlock?: string;
  /** An S3 endpoint of its own is set (moto, MinIO): path-style addressing. */
  pathStyle: boolean;
  /**
   * From a push_to_s3 step (no --code-storage): Prefect's layout, the files at the
   * folder itself as push_to_s3 puts them (no commit folder, no ownership marker);
   * `folder` as the step gives it, its output.
   */
  step?: { line: number; folder: string };
}

export interface WorkerServiceSettings {
  cluster: string;
  service: string;
  /** The region an ARN names, checked against `region`. */
  arnRegion?: string;
  region?: string;
  /** The container whose image is set (default: the only or first one). */
  container?: string;
  /** How long to wait for the service to be stable; 0 = do not wait. */
  waitSeconds: number;
  /** One-click start: a task definition JSON file, for a service that does not exist yet. */
  taskDefinitionFile?: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
}

export const DEFAULT_FILE_PATTERN = 'prefect-deployments-{env}.yaml';
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT = '30m';
export const DEFAULT_WORKDIR = '/opt/prefect';
export const DEFAULT_WORKER_WAIT = 600;
export const DEFAULT_VERIFY_TIMEOUT = 600;

/**
 * Environment variables that hold the tool's own credentials (Prefect, GitHub, AWS,
 * the runner's tokens, the action's inputs): never available to `{{ $NAME }}`.
 */
export const CREDENTIAL_VARIABLES =
  /^(?:PREFECT_API_KEY|PREFECT_API_AUTH_STRING|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_ACCESS_KEY_ID|AWS_WEB_IDENTITY_TOKEN_FILE|AWS_CONTAINER_AUTHORIZATION_TOKEN|INPUT_.*|ACTIONS_.*)$/;

/** The environment `{{ $NAME }}` reads: the process environment without the credentials. */
export function templateEnvironment(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !CREDENTIAL_VARIABLES.test(name)));
}
