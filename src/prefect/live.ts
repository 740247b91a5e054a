/**
 * Live state: the deployments, flows and work pools a plan compares against,
 * read in bulk through the filter routes (pages of 200), normalized to the same
 * shape as desired state.
 */
import { LIST, PrefectApiError, WITH_ID, type PrefectClient } from './client.js';
import { PREVIEW_LABEL } from '../plan/preview.js';
import { deploymentKey, LABEL_PREFIX, type DeploymentState, type ScheduleState } from '../plan/state.js';

export interface LiveDeployment {
  id: string;
  flowId: string;
  state: DeploymentState;
  /** The raw schedules, kept to re-send anchor dates the file does not set. */
  rawSchedules: { schedule: Record<string, unknown> }[];
  /** Every label, this tool's and others' (kept on every write). */
  labels: Record<string, string>;
  updated: string;
}

export interface LiveState {
  /** By `flow/name`. */
  deployments: Map<string, LiveDeployment>;
  /** Flow ids by name, for the flows that exist. */
  flows: Map<string, string>;
  /** Work pools that exist, by name, with their job variable names and queue names. */
  workPools: Map<string, { variables: string[]; queues: Set<string>; type?: string }>;
  /** When a named pool is missing: every pool the server has (name and type), for the closest name. */
  otherPools?: { name: string; type: string }[];
}

const PAGE = 200;

/** Reads every page of a filter route. */
export async function readAll<T>(client: PrefectClient, path: string, filter: Record<string, unknown>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = (await client.request('POST', path, { ...filter, limit: PAGE, offset }, LIST)) as T[];
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

interface ApiDeployment {
  id: string;
  name: string;
  flow_id: string;
  updated: string;
  version: string | null;
  description: string | null;
  parameters: Record<string, unknown>;
  parameter_openapi_schema: unknown;
  enforce_parameter_schema: boolean;
  /** From Prefect 2.16; before it, one `schedule` and `is_schedule_active`. */
  schedules?: {
    schedule: Record<string, unknown>;
    active: boolean;
    parameters?: Record<string, unknown>;
    slug?: string | null;
  }[];
  schedule?: Record<string, unknown> | null;
  is_schedule_active?: boolean;
  tags: string[];
  labels?: Record<string, string>;
  work_pool_name: string | null;
  work_queue_name: string | null;
  job_variables?: Record<string, unknown>;
  /** Prefect 2 names job variables so in responses. */
  infra_overrides?: Record<string, unknown>;
  infrastructure_document_id?: string | null;
  storage_document_id?: string | null;
  entrypoint: string | null;
  path?: string | null;
  pull_steps: unknown[] | null;
  global_concurrency_limit?: { limit: number } | null;
  concurrency_options?: { collision_strategy: string; grace_period_seconds?: number | null } | null;
  /** From Prefect 2.16. */
  paused?: boolean;
}

/** The schedules list, also from servers before 2.16 (one schedule and its active flag). */
function apiSchedules(d: ApiDeployment): NonNullable<ApiDeployment['schedules']> {
  return d.schedules ?? (d.schedule ? [{ schedule: d.schedule, active: d.is_schedule_active ?? true }] : []);
}

interface ApiWorkPool {
  name: string;
  type: string;
  base_job_template?: { variables?: { properties?: Record<string, unknown> } };
}

/** Deployment names per read: disjoint filters read side by side (a server with several API workers serves them at once). */
const NAMES_PER_READ = 50;

export async function readLiveState(
  client: PrefectClient,
  flowNames: string[],
  deploymentNames: string[],
  poolNames: string[],
): Promise<LiveState> {
  const chunks: string[][] = [];
  for (let i = 0; i < deploymentNames.length; i += NAMES_PER_READ)
    chunks.push(deploymentNames.slice(i, i + NAMES_PER_READ));
  // Every read at once: deployments are filtered by their flows' names, not ids, so they need not wait for the flows.
  const [flows, pools, found, queues] = await Promise.all([
    flowNames.length
      ? readAll<{ id: string; name: string }>(client, '/flows/filter', { flows: { name: { any_: flowNames } } })
      : [],
    poolNames.length
      ? readAll<ApiWorkPool>(client, '/work_pools/filter', { work_pools: { name: { any_: poolNames } } })
      : [],
    flowNames.length
      ? Promise.all(
          chunks.map((names) =>
            readAll<ApiDeployment>(client, '/deployments/filter', {
              flows: { name: { any_: flowNames } },
              deployments: { name: { any_: names } },
            }),
          ),
        )
      : [],
    Promise.all(poolNames.map((pool) => readQueues(client, pool))),
  ]);
  const flowIds = new Map(flows.map((f) => [f.name, f.id]));
  const flowNamesById = new Map(flows.map((f) => [f.id, f.name]));
  const deployments = new Map<string, LiveDeployment>();
  for (const d of found.flat()) {
    const flowName = flowNamesById.get(d.flow_id);
    if (!flowName) continue;
    deployments.set(deploymentKey(flowName, d.name), liveDeployment(d, flowName));
  }
  const queuesOf = new Map(poolNames.map((pool, i) => [pool, queues[i]]));
  const workPools = new Map(
    pools.map((p) => [
      p.name,
      {
        variables: Object.keys(p.base_job_template?.variables?.properties ?? {}),
        queues: new Set(queuesOf.get(p.name) ?? []),
        type: p.type,
      },
    ]),
  );
  // A missing pool's message names the closest one and its type: read them all, only then.
  const otherPools =
    pools.length < poolNames.length
      ? (await readAll<ApiWorkPool>(client, '/work_pools/filter', {})).map((p) => ({ name: p.name, type: p.type }))
      : undefined;
  return { deployments, flows: flowIds, workPools, ...(otherPools ? { otherPools } : {}) };
}

export function liveState(d: ApiDeployment, flowName: string): DeploymentState {
  return {
    name: d.name,
    flowName,
    version: d.version,
    description: d.description,
    parameters: d.parameters ?? {},
    parameter_openapi_schema: d.parameter_openapi_schema,
    enforce_parameter_schema: d.enforce_parameter_schema,
    schedules: apiSchedules(d).map((s): ScheduleState => ({
      schedule: s.schedule as ScheduleState['schedule'],
      active: s.active,
      parameters: s.parameters ?? {},
      slug: s.slug ?? null,
    })),
    tags: d.tags,
    labels: Object.fromEntries(Object.entries(d.labels ?? {}).filter(([k]) => k.startsWith(LABEL_PREFIX))),
    work_pool_name: d.work_pool_name,
    work_queue_name: d.work_queue_name ?? 'default',
    job_variables: d.job_variables ?? d.infra_overrides ?? {},
    infrastructure_document_id: d.infrastructure_document_id ?? null,
    storage_document_id: d.storage_document_id ?? null,
    entrypoint: d.entrypoint,
    path: d.path ?? null,
    pull_steps: d.pull_steps ?? null,
    concurrency_limit: d.global_concurrency_limit?.limit ?? null,
    concurrency_options: d.concurrency_options
      ? {
          collision_strategy: d.concurrency_options.collision_strategy,
          grace_period_seconds: d.concurrency_options.grace_period_seconds ?? null,
        }
      : null,
    paused: d.paused ?? false,
  };
}

/** One deployment as it is now (`GET /deployments/name/{flow}/{name}`), or undefined when there is none. */
export async function readDeployment(
  client: PrefectClient,
  flowName: string,
  name: string,
): Promise<LiveDeployment | undefined> {
  let d: ApiDeployment;
  try {
    d = (await client.request(
      'GET',
      `/deployments/name/${encodeURIComponent(flowName)}/${encodeURIComponent(name)}`,
      undefined,
      WITH_ID,
    )) as ApiDeployment;
  } catch (e) {
    if (e instanceof PrefectApiError && e.status === 404) return undefined;
    throw e;
  }
  return liveDeployment(d, flowName);
}

/**
 * Deployments this tool registered for a repository and environment (its labels say
 * so), across every flow: the candidates for prune. Prefect has no label filter, so
 * every page is read and selected here. With `preview`, only that pull request's
 * previews; without, never a preview.
 */
export async function readManaged(
  client: PrefectClient,
  environment: string,
  repository: string,
  preview?: number,
): Promise<LiveDeployment[]> {
  const all = await readAll<ApiDeployment>(client, '/deployments/filter', {});
  const mine = all.filter(
    (d) =>
      d.labels?.[`${LABEL_PREFIX}managed`] === 'true' &&
      d.labels[`${LABEL_PREFIX}environment`] === environment &&
      d.labels[`${LABEL_PREFIX}repository`] === repository &&
      d.labels[PREVIEW_LABEL] === (preview === undefined ? undefined : String(preview)) &&
      // What was taken over with --adopt was not created here: prune never deletes it.
      d.labels[`${LABEL_PREFIX}adopted`] !== 'true',
  );
  if (!mine.length) return [];
  const flows = await readAll<{ id: string; name: string }>(client, '/flows/filter', {
    flows: { id: { any_: [...new Set(mine.map((d) => d.flow_id))] } },
  });
  const names = new Map(flows.map((f) => [f.id, f.name]));
  return mine.map((d) => liveDeployment(d, names.get(d.flow_id) ?? '?'));
}

/** The names of a work pool's queues; none when the pool does not exist. */
async function readQueues(client: PrefectClient, pool: string): Promise<string[]> {
  try {
    return (await readAll<{ name: string }>(client, `/work_pools/${encodeURIComponent(pool)}/queues/filter`, {})).map(
      (q) => q.name,
    );
  } catch (e) {
    if (e instanceof PrefectApiError && e.status === 404) return [];
    throw e;
  }
}

function liveDeployment(d: ApiDeployment, flowName: string): LiveDeployment {
  return {
    id: d.id,
    flowId: d.flow_id,
    state: liveState(d, flowName),
    rawSchedules: apiSchedules(d),
    labels: d.labels ?? {},
    updated: d.updated,
  };
}
