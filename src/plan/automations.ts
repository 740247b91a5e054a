/**
 * The automations plan: for each deployment, the automations its triggers become,
 * compared with the ones it owns on the server. As in prefect deploy, a deployment's
 * automations are replaced together (the owned ones deleted, the file's created) when
 * any differs; unlike it, nothing is written when none does. A deployment that prune
 * deletes has its automations deleted with it. Pure: desired and live in, entries out.
 */
import type { AutomationSpec } from '../config/triggers.js';
import { canonical } from './diff.js';

export type AutomationAction = 'create' | 'replace' | 'unchanged' | 'delete' | 'error';

export interface AutomationEntry {
  deployment: string;
  flowName: string;
  /** The deployment's id, when it exists (after apply, also for one just created). */
  deploymentId?: string;
  action: AutomationAction;
  /** The automations the file's triggers become. */
  desired: AutomationSpec[];
  /** The names of the automations it owns now. */
  live: string[];
  /** The SLAs to apply (Prefect Cloud), when the deployment has `sla:`. */
  slas?: unknown[];
  error?: string;
}

/** An automation the server stores, as read back. */
export interface LiveAutomation {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  tags: string[];
  trigger: Record<string, unknown>;
  actions: Record<string, unknown>[];
  actions_on_trigger: unknown[];
  actions_on_resolve: unknown[];
}

/** Only what the file decides: no ids, sets in order, the action without its deployment id. */
function view(a: {
  name: string;
  description: string;
  enabled: boolean;
  tags: string[];
  trigger: unknown;
  action: Record<string, unknown>;
}): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'id') continue;
      out[k] = ['after', 'expect', 'for_each'].includes(k) && Array.isArray(x) ? [...x].sort() : strip(x);
    }
    return out;
  };
  const { deployment_id: _id, ...action } = a.action;
  return canonical({
    name: a.name,
    description: a.description,
    enabled: a.enabled,
    tags: a.tags,
    trigger: strip(a.trigger),
    action: strip(action),
  });
}

/** The run-deployment action of an automation for the deployment `id`. */
export function runDeploymentAction(a: AutomationSpec, deploymentId: string | null): Record<string, unknown> {
  return {
    type: 'run-deployment',
    source: 'selected',
    deployment_id: deploymentId,
    parameters: a.parameters,
    job_variables: a.job_variables,
    schedule_after: a.schedule_after,
  };
}

/** What the file's automations look like next to the live ones: the same when each has its twin. */
export function sameAutomations(desired: AutomationSpec[], live: LiveAutomation[]): boolean {
  if (desired.length !== live.length) return false;
  const a = desired.map((d) => view({ ...d, action: runDeploymentAction(d, null) })).sort();
  const b = live.map((l) => view({ ...l, action: l.actions[0] ?? {} })).sort();
  return a.every((x, i) => x === b[i]);
}

/**
 * The automations a deployment owns, as far as the API shows: those related to it whose
 * one action runs it, as prefect deploy makes them (an automation made by hand that
 * does only that counts as the file's).
 */
export function ownedBy(deploymentId: string, related: LiveAutomation[]): LiveAutomation[] {
  return related.filter(
    (a) =>
      a.actions.length === 1 &&
      a.actions[0].type === 'run-deployment' &&
      a.actions[0].source === 'selected' &&
      a.actions[0].deployment_id === deploymentId &&
      !a.actions_on_trigger.length &&
      !a.actions_on_resolve.length &&
      !a.tags.length,
  );
}
