/** Request bodies for the deployment routes, with only the fields the server's version accepts. */
import type { Desired } from '../plan/desired.js';
import type { ComparedField } from '../plan/state.js';
import type { Capabilities } from './capabilities.js';

/**
 * The complete `POST /deployments/` body. Every field is sent, even when empty:
 * the route upserts, and a field left out keeps its old value.
 */
export function deploymentBody(
  d: Desired,
  flowId: string,
  caps: Capabilities,
  anchors: (string | undefined)[],
): Record<string, unknown> {
  const s = d.state;
  const body: Record<string, unknown> = {
    name: s.name,
    flow_id: flowId,
    version: s.version,
    description: s.description,
    parameters: s.parameters,
    parameter_openapi_schema: s.parameter_openapi_schema,
    enforce_parameter_schema: s.enforce_parameter_schema,
    schedules: schedules(s.schedules, caps, anchors),
    tags: s.tags,
    work_pool_name: s.work_pool_name,
    work_queue_name: s.work_queue_name,
    entrypoint: s.entrypoint,
    path: s.path,
    pull_steps: s.pull_steps,
    storage_document_id: s.storage_document_id,
    infrastructure_document_id: s.infrastructure_document_id,
  };
  // Prefect before 2.16 has one schedule and a separate active flag.
  if (!caps.schedules) {
    const list = body.schedules as { schedule: unknown; active: boolean }[];
    delete body.schedules;
    body.schedule = list[0]?.schedule ?? null;
    body.is_schedule_active = list[0]?.active ?? true;
  }
  if (caps.paused) body.paused = s.paused;
  body[caps.jobVariables ? 'job_variables' : 'infra_overrides'] = s.job_variables;
  if (caps.concurrencyLimit) body.concurrency_limit = s.concurrency_limit;
  if (caps.concurrencyOptions) body.concurrency_options = s.concurrency_options;
  if (caps.labels) body.labels = s.labels;
  if (caps.versionInfo) body.version_info = d.versionInfo;
  return body;
}

/**
 * The `PATCH /deployments/{id}` body for an update: only the changed fields, with the
 * same values the full body has. Undefined when a changed field is not one this
 * server's `DeploymentUpdate` takes: that update is a full upsert.
 */
export function deploymentPatch(
  d: Desired,
  changed: ComparedField[],
  caps: Capabilities,
): Record<string, unknown> | undefined {
  if (!changed.length || changed.some((f) => !caps.patchFields.includes(f))) return undefined;
  const full = deploymentBody(d, '', caps, []);
  const keys = new Set<string>(
    changed.map((f) => (f === 'job_variables' && !caps.jobVariables ? 'infra_overrides' : f)),
  );
  // The server reads a pool without its queue as the pool's default queue, and a queue
  // without its pool as a legacy agent queue: the two always travel together.
  if (keys.has('work_pool_name') || keys.has('work_queue_name')) {
    keys.add('work_queue_name');
    if (d.state.work_pool_name !== null) keys.add('work_pool_name');
  }
  if (keys.has('version') && caps.versionInfo) keys.add('version_info');
  return Object.fromEntries([...keys].map((k) => [k, full[k]]));
}

function schedules(list: Desired['state']['schedules'], caps: Capabilities, anchors: (string | undefined)[]) {
  return list.map((sch, i) => {
    const schedule = { ...sch.schedule } as Record<string, unknown>;
    if ('interval' in schedule && schedule.anchor_date === undefined && anchors[i]) schedule.anchor_date = anchors[i];
    const out: Record<string, unknown> = { schedule, active: sch.active };
    if (caps.scheduleSlug) {
      out.parameters = sch.parameters;
      if (sch.slug !== null) out.slug = sch.slug;
    }
    return out;
  });
}
