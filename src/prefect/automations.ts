/**
 * Automations and SLAs over the REST API, as prefect deploy manages a deployment's:
 * the automations a deployment owns (`owner_resource: prefect.deployment.<id>`) are
 * deleted together and created again; SLAs (Prefect Cloud) are applied by name.
 */
import type { LiveAutomation } from '../plan/automations.js';
import { PrefectApiError, type PrefectClient } from './client.js';
import { readAll } from './live.js';

const resource = (deploymentId: string) => `prefect.deployment.${deploymentId}`;

/**
 * Every automation, in pages (one read for all deployments, rather than one per
 * deployment); undefined when the server has none (Prefect 2 servers answer 404, and
 * prefect deploy then skips triggers).
 */
export async function readAutomations(client: PrefectClient): Promise<LiveAutomation[] | undefined> {
  try {
    return await readAll<LiveAutomation>(client, '/automations/filter', {});
  } catch (e) {
    if (e instanceof PrefectApiError && e.status === 404) return undefined;
    throw e;
  }
}

/** Deletes the automations the deployment owns (only those: hand-made ones that run it stay). */
export async function deleteOwnedAutomations(client: PrefectClient, deploymentId: string): Promise<void> {
  await client.request('DELETE', `/automations/owned-by/${resource(deploymentId)}`);
}

export async function createAutomation(client: PrefectClient, body: Record<string, unknown>): Promise<void> {
  await client.request('POST', '/automations/', body);
}

/** Prefect Cloud: the deployment's SLAs become exactly these (matched by name). */
export async function applySlas(client: PrefectClient, deploymentId: string, slas: unknown[]): Promise<void> {
  const owner = resource(deploymentId);
  const body = slas.map((s) => ({ ...(s as Record<string, unknown>), owner_resource: owner }));
  await client.request('POST', `/slas/apply-resource-slas/${owner}`, body);
}
