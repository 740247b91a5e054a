/**
 * Apply a plan: flows upserted by name once each, then every create and update
 * with bounded concurrency. Every deployment is attempted; failures are collected
 * with the server's message, and nothing else is written.
 */
import type { Capabilities } from '../prefect/capabilities.js';
import type { PrefectClient } from '../prefect/client.js';
import { deploymentBody } from '../prefect/payloads.js';
import { errorMessage } from '../errors.js';
import { PrefectApiError } from '../prefect/client.js';
import type { PlanEntry } from './diff.js';

export interface ApplyResult {
  entry: PlanEntry;
  id?: string;
  error?: string;
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

export async function applyPlan(
  client: PrefectClient,
  entries: PlanEntry[],
  flows: Map<string, string>,
  caps: Capabilities,
  options: { concurrency: number; onResult?: (r: ApplyResult) => void },
): Promise<ApplyResult[]> {
  const writes = entries.filter((e) => e.action === 'create' || e.action === 'update');
  const flowIds = new Map(flows);
  const flowErrors = new Map<string, string>();
  const missing = [...new Set(writes.map((e) => e.flowName))].filter((f) => !flowIds.has(f));
  await mapBounded(missing, options.concurrency, async (name) => {
    try {
      const flow = await client.request<{ id: string }>('POST', '/flows/', { name });
      flowIds.set(name, flow.id);
    } catch (e) {
      flowErrors.set(name, `creating flow '${name}': ${errorMessage(e)}`);
    }
  });
  const deletes = await mapBounded(
    entries.filter((e) => e.action === 'delete'),
    options.concurrency,
    async (entry): Promise<ApplyResult> => {
      let result: ApplyResult = { entry, id: entry.id };
      try {
        await client.request('DELETE', `/deployments/${entry.id}`);
      } catch (e) {
        // Already gone (a concurrent run deleted it): the goal is met.
        if (!(e instanceof PrefectApiError && e.status === 404)) result = { entry, error: errorMessage(e) };
      }
      options.onResult?.(result);
      return result;
    },
  );
  const upserts = await mapBounded(writes, options.concurrency, async (entry): Promise<ApplyResult> => {
    let result: ApplyResult;
    const flowId = flowIds.get(entry.flowName);
    if (!flowId) {
      result = { entry, error: flowErrors.get(entry.flowName) ?? `flow '${entry.flowName}' could not be created` };
    } else {
      try {
        const created = await client.request<{ id: string }>('POST', '/deployments/', deploymentBody(entry.desired!, flowId, caps, entry.anchors));
        result = { entry, id: created.id };
      } catch (e) {
        result = { entry, error: errorMessage(e) };
      }
    }
    options.onResult?.(result);
    return result;
  });
  return [...deletes, ...upserts];
}
