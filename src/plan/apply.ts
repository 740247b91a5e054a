/**
 * Apply a plan with bounded concurrency, in the order that leaves the server nothing
 * to race on: first what deployments would create implicitly (each new work queue of
 * a pool, each new flow), once each; then deletes; then every create and update.
 * An update sends only its changed fields (`PATCH`) where the server takes them, else
 * the full upsert. A conflict (409 from a concurrent write) is re-read and re-planned,
 * never reported as such. Every deployment is attempted; failures are collected with a
 * message, and once the run is stopping nothing new starts.
 */
import type { Capabilities } from '../prefect/capabilities.js';
import { NO_CONTENT, PrefectApiError, WITH_ID, type PrefectClient } from '../prefect/client.js';
import { readDeployment, type LiveState } from '../prefect/live.js';
import { deploymentBody, deploymentPatch } from '../prefect/payloads.js';
import { errorMessage } from '../errors.js';
import { Stopped, type RunControl } from '../run-control.js';
import { planDeployments, type PlanEntry } from './diff.js';
import { deploymentKey } from './state.js';

export interface ApplyResult {
  entry: PlanEntry;
  id?: string;
  error?: string;
  /** Not attempted: the run stopped before it (an interrupt or the deadline). */
  notApplied?: boolean;
  /** Cut off in flight when the run stopped: it may or may not be applied. */
  inFlight?: boolean;
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapBounded<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** Writes of one deployment lost to concurrent writers this many times in a row are reported. */
const CONFLICT_ATTEMPTS = 4;

export interface ApplyOptions {
  concurrency: number;
  /** The plan's --adopt, for re-planning after a conflict. */
  adopt: boolean;
  control?: RunControl;
  onResult?: (r: ApplyResult) => void;
}

export async function applyPlan(
  client: PrefectClient,
  entries: PlanEntry[],
  live: LiveState,
  caps: Capabilities,
  options: ApplyOptions,
): Promise<ApplyResult[]> {
  const writes = entries.filter((e) => e.action === 'create' || e.action === 'update');
  const stopped = () => options.control?.reason;
  const prerequisites = await createPrerequisites(client, writes, live, options.concurrency);
  const settle = async (entry: PlanEntry, write: () => Promise<ApplyResult>): Promise<ApplyResult> => {
    const reason = stopped();
    let result: ApplyResult;
    if (reason) {
      result = {
        entry,
        id: entry.id,
        notApplied: true,
        error: `not applied: ${new Stopped(reason).message} before it was written`,
      };
    } else {
      try {
        result = await write();
      } catch (e) {
        result =
          e instanceof Stopped
            ? {
                entry,
                id: entry.id,
                inFlight: true,
                error: `${e.message} while it was being written: it may or may not be applied`,
              }
            : { entry, id: entry.id, error: errorMessage(e) };
      }
    }
    options.onResult?.(result);
    return result;
  };
  const deletes = await mapBounded(
    entries.filter((e) => e.action === 'delete'),
    options.concurrency,
    (entry) =>
      settle(entry, async () => {
        try {
          await client.request('DELETE', `/deployments/${entry.id}`, undefined, NO_CONTENT);
        } catch (e) {
          // Already gone (a concurrent run deleted it): the goal is met.
          if (!(e instanceof PrefectApiError && e.status === 404)) throw e;
        }
        return { entry, id: entry.id };
      }),
  );
  const upserts = await mapBounded(writes, options.concurrency, (entry) =>
    settle(entry, async () => {
      const missing = prerequisites.problem(entry);
      if (missing) return { entry, error: missing };
      return writeDeployment(client, entry, live, caps, prerequisites.flowIds, options.adopt);
    }),
  );
  return [...deletes, ...upserts];
}

/**
 * One create or update, re-planned from a fresh read after each conflict: when a
 * concurrent writer already made it the file's state, nothing more is sent.
 */
async function writeDeployment(
  client: PrefectClient,
  planned: PlanEntry,
  live: LiveState,
  caps: Capabilities,
  flowIds: Map<string, string>,
  adopt: boolean,
): Promise<ApplyResult> {
  let entry = planned;
  for (let attempt = 1; ; attempt++) {
    const d = entry.desired!;
    try {
      const patch =
        entry.action === 'update'
          ? deploymentPatch(
              d,
              entry.changes.map((c) => c.field),
              caps,
            )
          : undefined;
      if (patch) {
        await client.request('PATCH', `/deployments/${entry.id}`, patch, NO_CONTENT);
        return { entry: planned, id: entry.id };
      }
      const flowId = entry.live?.flowId ?? flowIds.get(d.state.flowName)!;
      const written = await client.request(
        'POST',
        '/deployments/',
        deploymentBody(d, flowId, caps, entry.anchors),
        WITH_ID,
      );
      return { entry: planned, id: written.id };
    } catch (e) {
      // A conflict, or a deployment deleted since the plan read it: read it again and plan anew.
      const stale =
        e instanceof PrefectApiError && (e.kind === 'conflict' || (e.status === 404 && e.method === 'PATCH'));
      if (!stale || attempt >= CONFLICT_ATTEMPTS) throw e;
    }
    const now = await readDeployment(client, d.state.flowName, d.state.name);
    const fresh: LiveState = {
      ...live,
      deployments: new Map(now ? [[deploymentKey(d.state.flowName, d.state.name), now]] : []),
    };
    entry = planDeployments([d], fresh, caps, [], [], { adopt })[0];
    if (entry.action === 'unchanged') return { entry: planned, id: entry.id };
    if (entry.action === 'error') return { entry: planned, error: entry.error };
    if (entry.action === 'conflict')
      return { entry: planned, error: `created meanwhile by another run, owned by ${entry.owner}: not changed` };
  }
}

/**
 * Work queues and flows the writes need, created first and once each: concurrent
 * deployment writes that each create the same new queue race on the server's unique
 * constraint (PostgreSQL answers 409). A queue or flow created meanwhile by another
 * run is as good as one created here.
 */
async function createPrerequisites(client: PrefectClient, writes: PlanEntry[], live: LiveState, concurrency: number) {
  const queueErrors = new Map<string, string>();
  const queueKey = (pool: string, queue: string) => `${pool}\u0000${queue}`;
  const queues = new Map<string, { pool: string; queue: string }>();
  for (const e of writes) {
    const { work_pool_name: pool, work_queue_name: queue } = e.desired!.state;
    if (pool && !live.workPools.get(pool)?.queues.has(queue)) queues.set(queueKey(pool, queue), { pool, queue });
  }
  const flowIds = new Map(live.flows);
  const flowErrors = new Map<string, string>();
  const newFlows = [...new Set(writes.filter((e) => e.action === 'create').map((e) => e.flowName))].filter(
    (f) => !flowIds.has(f),
  );
  // Queues and flows do not depend on each other: both at once.
  await Promise.all([
    mapBounded([...queues], concurrency, async ([key, { pool, queue }]) => {
      try {
        await client.request('POST', `/work_pools/${encodeURIComponent(pool)}/queues`, { name: queue }, WITH_ID);
      } catch (e) {
        if (!(e instanceof PrefectApiError && e.status === 409))
          queueErrors.set(key, `creating work queue '${queue}' in pool '${pool}': ${errorMessage(e)}`);
      }
    }),
    mapBounded(newFlows, concurrency, async (name) => {
      for (let attempt = 1; ; attempt++) {
        try {
          flowIds.set(name, (await client.request('POST', '/flows/', { name }, WITH_ID)).id);
          return;
        } catch (e) {
          if (!(e instanceof PrefectApiError && e.kind === 'conflict' && attempt < CONFLICT_ATTEMPTS)) {
            flowErrors.set(name, `creating flow '${name}': ${errorMessage(e)}`);
            return;
          }
        }
      }
    }),
  ]);
  return {
    flowIds,
    /** Why an entry cannot be written: a queue or flow it needs could not be created. */
    problem(e: PlanEntry): string | undefined {
      const { work_pool_name: pool, work_queue_name: queue } = e.desired!.state;
      if (pool && queueErrors.has(queueKey(pool, queue))) return queueErrors.get(queueKey(pool, queue));
      if (e.action === 'create' && !flowIds.has(e.flowName))
        return flowErrors.get(e.flowName) ?? `flow '${e.flowName}' could not be created`;
      return undefined;
    },
  };
}
