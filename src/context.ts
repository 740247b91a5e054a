/**
 * The GitHub event -> what to do (pure). Documented outcomes:
 * - push: the branch's environment (`environments` map) -> deploy; an unmapped branch
 *   deploys nothing and says so (success);
 * - workflow_dispatch: promote when `promote-from` is given, else deploy;
 * - pull_request(_target), and every other event a pull request can set off (reviews,
 *   review comments, comments, merge queues, any `refs/pull/*` ref): plan every
 *   environment whose file exists; never writes, whatever the inputs say (a `mode` that
 *   would write plans instead, with a warning);
 * - any other event: deploy the `environment` input, or fail asking for it.
 * An explicit `mode` input overrides the event's.
 */

export type ActionMode = 'auto' | 'deploy' | 'plan' | 'promote';

export interface EventInfo {
  eventName: string;
  /** `refs/heads/main`, `refs/pull/7/merge`, ... */
  ref: string;
  /** The event's payload names a pull request. */
  pullRequest?: boolean;
}

export interface ModeInputs {
  mode: ActionMode;
  /** Explicit environment; wins over the branch map. */
  environment?: string;
  /** Branch -> environment. */
  environments: Map<string, string>;
  promoteFrom?: string;
  /** Environments that have a deployments file, for pull requests. */
  available: string[];
}

export type Resolution =
  | { run: true; mode: 'deploy' | 'plan' | 'promote'; environments: string[]; reason: string; warning?: string }
  | { run: false; reason: string };

/** Events a pull request (its author, or anyone who can comment) can set off. */
const PR_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
  'issue_comment',
  'merge_group',
]);

/** True when the event can carry a pull request's code: it only ever plans. */
export function fromPullRequest(event: EventInfo): boolean {
  return PR_EVENTS.has(event.eventName) || event.pullRequest === true || event.ref.startsWith('refs/pull/');
}

/**
 * Whether an event's payload names a pull request: its own (`pull_request`), the one
 * commented on (`issue.pull_request`), or, for `workflow_run`, the run it follows when
 * a pull request set that run off (`workflow_run.pull_requests`, `workflow_run.event`).
 */
export function namesPullRequest(eventName: string, payload: unknown): boolean {
  if (!payload || typeof payload !== 'object') return false;
  const p = payload as {
    pull_request?: unknown;
    issue?: { pull_request?: unknown };
    workflow_run?: { event?: unknown; pull_requests?: unknown };
  };
  if (p.pull_request || p.issue?.pull_request) return true;
  const run = eventName === 'workflow_run' ? p.workflow_run : undefined;
  return Boolean(
    run && ((Array.isArray(run.pull_requests) && run.pull_requests.length > 0) || PR_EVENTS.has(String(run.event))),
  );
}

/**
 * Why build steps (commands from the file) must not run, or undefined where they may:
 * every event a pull request sets off runs its code with the repository's secrets,
 * except `pull_request` itself (a fork's gets no secrets; a branch's author can already
 * change the workflow).
 */
export function stepsRefused(event: EventInfo): string | undefined {
  if (!fromPullRequest(event) || event.eventName === 'pull_request') return undefined;
  return `${event.eventName}: it runs a pull request's code with the repository's secrets`;
}

/** `main=prod,dev=dev` (commas or newlines). */
export function parseEnvironmentMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) throw new Error(`environments: '${part}' is not branch=environment`);
    map.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return map;
}

export function resolveMode(event: EventInfo, inputs: ModeInputs): Resolution {
  const branch = event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
  const byBranch = branch !== undefined ? inputs.environments.get(branch) : undefined;
  const environment = inputs.environment ?? byBranch;
  const isPr = fromPullRequest(event);

  let mode = inputs.mode;
  if (mode === 'auto') {
    if (isPr) mode = 'plan';
    else if (event.eventName === 'workflow_dispatch' && inputs.promoteFrom) mode = 'promote';
    else mode = 'deploy';
  }

  // A pull request never writes, whatever the inputs say: it plans instead.
  const warning =
    isPr && mode !== 'plan'
      ? `mode '${mode}' on ${event.eventName}${event.ref ? ` (${event.ref})` : ''}: what a pull request sets off only plans, so this run plans and writes nothing`
      : undefined;
  if (isPr) mode = 'plan';
  if (mode === 'plan' && (isPr || !environment)) {
    if (!inputs.available.length) return { run: false, reason: 'no deployments file found for any environment' };
    const environments = inputs.environment ? [inputs.environment] : inputs.available;
    return {
      run: true,
      mode,
      environments,
      reason: isPr ? 'pull request: plan every environment, write nothing' : 'plan every environment',
      warning,
    };
  }
  if (!environment) {
    if (event.eventName === 'push' && branch !== undefined) {
      const known = [...inputs.environments].map(([b, e]) => `${b}=${e}`).join(',');
      return {
        run: false,
        reason: `branch '${branch}' is not mapped to an environment (environments: ${known || 'none'}); nothing to deploy`,
      };
    }
    return {
      run: false,
      reason: `no environment: set the 'environment' input (event ${event.eventName}, ref ${event.ref})`,
    };
  }
  if (mode === 'promote') {
    if (!inputs.promoteFrom) return { run: false, reason: "mode 'promote' needs the 'promote-from' input" };
    if (inputs.promoteFrom === environment) return { run: false, reason: `cannot promote '${environment}' to itself` };
    return { run: true, mode, environments: [environment], reason: `promote ${inputs.promoteFrom} -> ${environment}` };
  }
  return {
    run: true,
    mode,
    environments: [environment],
    reason: byBranch && !inputs.environment ? `branch '${branch}' -> ${environment}` : `environment ${environment}`,
  };
}
