/**
 * GitHub Deployments for the action's deploys, promotions and previews: what to create
 * (`POST /repos/{repo}/deployments`), and which status follows from the run's result
 * (`POST .../deployments/{id}/statuses`). Pure: src/main.ts makes the calls.
 * Field meanings are GitHub's REST reference (API version 2022-11-28).
 */
import { uiUrl } from '../report/text.js';

/** The `github-deployments` input: `auto` is on where the token may write them. */
export type GithubDeploymentsSetting = 'auto' | 'true' | 'false';

/** One environment's deploy as GitHub records it. */
export interface DeploymentTarget {
  /** GitHub's environment: the Prefect environment's name, or `<env>-pr-<n>` for a preview. */
  environment: string;
  /** The commit deployed. */
  sha: string;
  mode: 'deploy' | 'promote' | 'preview';
  /** The environment promoted from. */
  from?: string;
  /** A preview's environment goes away with its pull request. */
  transient?: boolean;
  /** Users reach it: by default an environment named prod or production (GitHub's own default is `production` only). */
  production?: boolean;
}

/** The body of `POST /repos/{owner}/{repo}/deployments`. */
export interface DeploymentRequest {
  ref: string;
  task: 'deploy';
  environment: string;
  auto_merge: false;
  required_contexts: [];
  description: string;
  payload: Record<string, string>;
  transient_environment: boolean;
  production_environment: boolean;
}

/** GitHub's deployment status states this tool sets; `inactive` on a transient one shows it destroyed (a closed preview). */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

/** The body of `POST /repos/{owner}/{repo}/deployments/{id}/statuses`. */
export interface StatusRequest {
  state: DeploymentState;
  description: string;
  log_url?: string;
  environment_url?: string;
  /** GitHub marks earlier successful deployments of the environment inactive on success (its default). */
  auto_inactive: true;
}

/** GitHub's limit on a status's description. */
export const DESCRIPTION_LIMIT = 140;

const cut = (text: string) => (text.length <= DESCRIPTION_LIMIT ? text : `${text.slice(0, DESCRIPTION_LIMIT - 1)}…`);

export const isProductionName = (environment: string) => /^prod(uction)?$/i.test(environment);

/**
 * What to create: the SHA as the ref (no branch to merge: auto_merge off; the run itself
 * is the check: no required contexts), and a payload of names only, never a value.
 */
export function deploymentRequest(t: DeploymentTarget): DeploymentRequest {
  const what = t.mode === 'promote' && t.from ? `promotion from ${t.from}` : t.mode;
  return {
    ref: t.sha,
    task: 'deploy',
    environment: t.environment,
    auto_merge: false,
    required_contexts: [],
    description: cut(`prefect-ecr-deploy: ${what} of ${t.sha.slice(0, 7)} to ${t.environment}`),
    payload: { tool: 'prefect-ecr-deploy', mode: t.mode, ...(t.from ? { from: t.from } : {}) },
    transient_environment: t.transient ?? false,
    production_environment: t.production ?? isProductionName(t.environment),
  };
}

/** How one environment's run ended, as the run layer reports it. */
export interface RunEnd {
  /** The environment's exit code: 0 when every file of it succeeded. */
  exitCode: number;
  /** The run was stopped (an interrupt, the deadline): words for why. */
  stopped?: string;
  /** Prefect deployments the run registered or found unchanged. */
  deployments: number;
}

/** The status a run's end gives: success, failure, or error when it was stopped before its end. */
export function finalStatus(end: RunEnd, urls: { environmentUrl?: string; logUrl?: string }): StatusRequest {
  const [state, description]: [DeploymentState, string] = end.stopped
    ? ['error', `stopped: ${end.stopped}; see the run's log`]
    : end.exitCode === 0
      ? ['success', `${end.deployments} Prefect deployment${end.deployments === 1 ? '' : 's'} registered`]
      : ['failure', "failed: see the run's log and job summary"];
  return statusRequest(state, description, urls);
}

export function statusRequest(
  state: DeploymentState,
  description: string,
  urls: { environmentUrl?: string; logUrl?: string },
): StatusRequest {
  return {
    state,
    description: cut(description),
    ...(urls.logUrl ? { log_url: urls.logUrl } : {}),
    ...(urls.environmentUrl ? { environment_url: urls.environmentUrl } : {}),
    auto_inactive: true,
  };
}

/** What the environment URL can filter on: each Prefect deployment's tags and work pool. */
export interface DeployedFacts {
  tags: string[];
  workPool: string | null;
}

/**
 * The Prefect UI's deployments list for the environment. The UI's list reads its filter
 * from the query (`deployments.tags.name`, `workPools.name`): a tag every deployment has
 * (the preferred ones first: the environment's name, a preview's `pr-<n>`), else the work
 * pool they all run on, else the whole list.
 */
export function environmentUrl(apiUrl: string, deployed: DeployedFacts[], prefer: string[] = []): string {
  const list = `${uiUrl(apiUrl)}/deployments`;
  if (deployed.length === 0) return list;
  const common = deployed[0].tags.filter((tag) => deployed.every((d) => d.tags.includes(tag)));
  const tag = prefer.find((p) => common.includes(p)) ?? [...common].sort()[0];
  if (tag) return `${list}?${new URLSearchParams({ 'deployments.tags.name': tag })}`;
  const pools = new Set(deployed.map((d) => d.workPool));
  const [pool] = pools;
  if (pools.size === 1 && pool) return `${list}?${new URLSearchParams({ 'workPools.name': pool })}`;
  return list;
}

/** A refusal for want of permission: the token has no `deployments: write` (404 where the repository is hidden from it). */
export const isPermissionRefusal = (status: number) => status === 403 || status === 404;
