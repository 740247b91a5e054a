/**
 * Automations stage: each deployment's `triggers:` become the automations prefect
 * deploy creates for it (owned by the deployment, running it), planned against the
 * ones it owns: unchanged, or replaced together; prune's deleted deployments lose
 * theirs. `sla:` is applied on Prefect Cloud, and elsewhere refused with Prefect's
 * own message before anything is written.
 */
import { laxDuration } from '../config/coerce.js';
import { readTrigger, type AutomationSpec } from '../config/triggers.js';
import type { Diagnostic } from '../diagnostics.js';
import { errorMessage } from '../errors.js';
import { mapBounded } from '../plan/apply.js';
import {
  ownedBy,
  runDeploymentAction,
  sameAutomations,
  type AutomationEntry,
  type LiveAutomation,
} from '../plan/automations.js';
import type { PlanEntry } from '../plan/diff.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { applySlas, createAutomation, deleteOwnedAutomations, readAutomations } from '../prefect/automations.js';
import { automationsSection } from '../report/markdown.js';
import { automationErrors, automationLines, automationsJson } from '../report/text.js';
import { deployContext, type ContextNeeds } from './context.js';
import type { DeploymentsSection } from './deployments.js';
import type { Run, Stage } from './stage.js';

/** The automations stage's section: each deployment's triggers (as automations) and SLAs, planned and (deploy) written. */
export interface AutomationsSection {
  automations: AutomationEntry[];
}

/** Templates fill the triggers; the deployments stage's entries (and, deploying, their ids) own them. */
type Needs = ContextNeeds & DeploymentsSection;

/** Prefect's own words, from prefect deploy, for an SLA on a server that is not Prefect Cloud. */
const SLA_CLOUD_ONLY = 'SLA configuration is currently only supported on Prefect Cloud.';

export function automationsStage(): Stage<Needs, undefined, AutomationEntry[], AutomationsSection> {
  return {
    name: 'automations',

    check() {
      return [];
    },

    async read({ file, caps }) {
      const problems: Diagnostic[] = [];
      const at = (pos: { line: number; column: number }, message: string) =>
        problems.push({ file: file.file.path, ...pos, message, severity: 'error' });
      const cloud = caps.version === 'cloud';
      for (const d of file.file.deployments) {
        if (d.sla && !cloud)
          at(
            d.sla.node.pos,
            `${SLA_CLOUD_ONLY} (this server is Prefect ${caps.version}: remove sla, or deploy to Prefect Cloud)`,
          );
        if (!cloud) {
          for (const t of d.triggers) {
            if (JSON.stringify(t.spec).includes('"metric"') || t.spec.posture === 'Metric')
              at(t.node.pos, `metric triggers need Prefect Cloud: this server (Prefect ${caps.version}) refuses them`);
          }
        }
      }
      return { problems, live: undefined };
    },

    async plan(run) {
      const ctx = deployContext(run);
      const entries: AutomationEntry[] = [];
      // Read once, and only when a deployment exists: undefined when the server has no automations.
      let all: LiveAutomation[] | undefined | 'unread' = 'unread';
      const { entries: planned, results } = run.from;
      const errored = (e: PlanEntry) =>
        e.action === 'error' || e.action === 'conflict' || results.get(e)?.error !== undefined;
      for (const e of planned) {
        const id = e.id ?? results.get(e)?.id;
        if (e.action === 'delete') {
          entries.push({
            deployment: e.name,
            flowName: e.flowName,
            deploymentId: id,
            action: 'delete',
            desired: [],
            live: [],
          });
          continue;
        }
        const spec = e.desired?.spec;
        if (!spec || errored(e)) continue;
        if (!spec.triggers.length && e.action === 'create') continue;
        const problems: string[] = [];
        const outputs = stepOutputs([...spec.build, ...spec.push], ctx);
        const desired: AutomationSpec[] = [];
        spec.triggers.forEach((t, i) => {
          const { parameters, ...rest } = t.spec;
          const filled = {
            ...fillTemplates(rest, ctx, problems, outputs),
            ...(parameters !== undefined
              ? { parameters: fillTemplates(parameters, ctx, problems, {}, 'trigger-parameters') }
              : {}),
          };
          const read = readTrigger(filled, i + 1, spec.name);
          for (const p of read.problems) if (p.severity === 'error') problems.push(`trigger ${i + 1}: ${p.message}`);
          if (read.automation) desired.push(read.automation);
        });
        const base = {
          deployment: e.name,
          flowName: e.flowName,
          deploymentId: id,
          desired,
          ...(spec.sla ? { slas: spec.sla.specs.map(normalizeSla) } : {}),
        };
        if (problems.length) {
          entries.push({ ...base, action: 'error', live: [], error: [...new Set(problems)].join('; ') });
          continue;
        }
        if (id && all === 'unread') all = await readAutomations(run.client);
        if (all === undefined) {
          if (desired.length)
            run.ui.warning(
              `${e.name}: this server has no automations: its ${desired.length} trigger(s) are not created (prefect deploy skips them too)`,
            );
          continue;
        }
        const live = id && all !== 'unread' ? ownedBy(id, all) : [];
        if (!desired.length && !live.length) {
          if (base.slas) entries.push({ ...base, action: 'unchanged', live: [] });
          continue;
        }
        const action = !live.length
          ? 'create'
          : sameAutomations(desired, live)
            ? 'unchanged'
            : desired.length
              ? 'replace'
              : 'delete';
        entries.push({ ...base, action, live: live.map((l) => l.name) });
      }
      return entries;
    },

    async apply(run, entries) {
      await mapBounded(entries, run.settings.concurrency, (entry) => applyEntry(run, entry));
      return entries;
    },

    section: ({ plan }) => ({ automations: plan ?? [] }),

    text: (report) => automationLines(report),
    markdown: (report) => automationsSection(report),
    json: (report) => ({ automations: automationsJson(report) }),
    errors: (report) => automationErrors(report),
    hasChanges: ({ automations }) => automations.some((a) => a.action !== 'unchanged'),
    hasFailures: ({ automations }) => automations.some((a) => a.action === 'error' || Boolean(a.error)),
  };
}

async function applyEntry(run: Run<Needs>, entry: AutomationEntry): Promise<void> {
  if (entry.action === 'error') return;
  // A deployment created by this run got its id when the deployments stage applied.
  const created = run.from.entries.find((e) => e.name === entry.deployment && e.flowName === entry.flowName);
  const id = entry.deploymentId ?? (created && run.from.results.get(created)?.id);
  if (!id) return;
  try {
    if (entry.action !== 'unchanged') {
      if (entry.action !== 'create') await deleteOwnedAutomations(run.client, id);
      for (const a of entry.desired) {
        const { parameters: _p, job_variables: _j, schedule_after: _s, ...automation } = a;
        await createAutomation(run.client, {
          ...automation,
          actions: [runDeploymentAction(a, id)],
          actions_on_trigger: [],
          actions_on_resolve: [],
          owner_resource: `prefect.deployment.${id}`,
        });
      }
    }
    if (entry.slas) await applySlas(run.client, id, entry.slas);
  } catch (e) {
    entry.error = errorMessage(e);
  }
}

/** An SLA as the Prefect client sends it: durations in seconds, the rest as written. */
function normalizeSla(spec: unknown): unknown {
  const s = { ...(spec as Record<string, unknown>) };
  for (const key of ['within', 'stale_after']) if (key in s) s[key] = laxDuration(s[key]) ?? s[key];
  return s;
}
