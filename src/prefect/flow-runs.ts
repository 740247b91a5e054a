/** Flow runs of a deployment: start one, read its state, and cancel it the way `prefect flow-run cancel` does. */
import { WITH_ID, type Expect, type PrefectClient } from './client.js';

/** What the verify stage reads of a flow run. */
export interface FlowRunState {
  id: string;
  name: string;
  /** SCHEDULED, PENDING, RUNNING, COMPLETED, FAILED, CRASHED, CANCELLING, CANCELLED, PAUSED. */
  stateType?: string;
  /** The state's name, as the UI shows it (Completed, Late, AwaitingRetry, ...). */
  stateName?: string;
  startTime?: string;
  endTime?: string;
}

/** The state types a flow run does not leave (Prefect's `TERMINAL_STATES`). */
export const FINAL_STATE_TYPES = new Set(['COMPLETED', 'FAILED', 'CRASHED', 'CANCELLED']);

interface FlowRunJson {
  id: string;
  name?: string;
  state?: { type?: string; name?: string } | null;
  start_time?: string | null;
  end_time?: string | null;
}

function stateOf(r: FlowRunJson): FlowRunState {
  return {
    id: r.id,
    name: r.name ?? '',
    stateType: r.state?.type,
    stateName: r.state?.name,
    startTime: r.start_time ?? undefined,
    endTime: r.end_time ?? undefined,
  };
}

/**
 * A flow run of the deployment (`POST /deployments/{id}/create_flow_run`): the server
 * fills in the deployment's own parameters under `parameters`, and adds its tags to `tags`.
 */
export async function startFlowRun(
  client: PrefectClient,
  deploymentId: string,
  parameters: Record<string, unknown>,
  tags: string[],
): Promise<FlowRunState> {
  const r = await client.request<FlowRunJson>(
    'POST',
    `/deployments/${encodeURIComponent(deploymentId)}/create_flow_run`,
    { parameters, tags },
    WITH_ID,
  );
  return stateOf(r);
}

export async function readFlowRun(client: PrefectClient, id: string): Promise<FlowRunState> {
  return stateOf(await client.request<FlowRunJson>('GET', `/flow_runs/${encodeURIComponent(id)}`, undefined, WITH_ID));
}

const SET_STATE: Expect<{ status: string; state?: { type?: string; name?: string } | null }> = {
  what: 'an orchestration result with a status',
  test: (v): v is { status: string } => typeof (v as { status?: unknown } | null)?.status === 'string',
};

/**
 * Cancels a flow run as `prefect flow-run cancel` does: it proposes a Cancelling state
 * (not forced). The server moves a run with no infrastructure yet (Scheduled) straight to
 * Cancelled; a running one stays Cancelling until its worker has stopped it. Returns the
 * state the server set (`ABORT`: the run cannot be cancelled, for example it already ended).
 */
export async function cancelFlowRun(
  client: PrefectClient,
  id: string,
): Promise<{ status: string; stateType?: string; stateName?: string }> {
  const r = await client.request(
    'POST',
    `/flow_runs/${encodeURIComponent(id)}/set_state`,
    { state: { type: 'CANCELLING', name: 'Cancelling' }, force: false },
    SET_STATE,
  );
  return { status: r.status, stateType: r.state?.type, stateName: r.state?.name };
}
