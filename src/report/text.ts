/** The plan and its results as text for a terminal, and as the CLI's JSON document. */
import type { AutomationsSection } from '../stages/automations.js';
import type { BlockScriptsSection } from '../stages/block-scripts.js';
import type { BlocksSection } from '../stages/blocks.js';
import type { StepsSection } from '../stages/build-steps.js';
import type { CodeStorageSection } from '../stages/code-storage.js';
import type { DeploymentsSection } from '../stages/deployments.js';
import type { ImageSection } from '../stages/image.js';
import { stages } from '../stages/pipeline.js';
import type { DeployReport, ReportHeader } from '../stages/report.js';
import type { AnyStage, ErrorJson } from '../stages/stage.js';
import type { WorkerSection } from '../stages/worker-service.js';
import type { AutomationEntry } from '../plan/automations.js';
import type { BlockEntry } from '../plan/blocks.js';
import { canonical, type Change, type PlanEntry } from '../plan/diff.js';
import type { ScheduleState } from '../plan/state.js';
import { describeStop } from '../run-control.js';
import { moveJson, moveParagraphs } from './rollback.js';
import { scheduleWords } from './schedule-words.js';
import { plural } from '../text.js';

/** The Prefect UI's address for an API URL: self-hosted `http://host/api` or Prefect Cloud. */
export function uiUrl(apiUrl: string): string {
  const cloud = /^https:\/\/api\.prefect\.(cloud|dev)\/api\/accounts\/([^/]+)\/workspaces\/([^/]+)/.exec(apiUrl);
  if (cloud) return `https://app.prefect.${cloud[1]}/account/${cloud[2]}/workspace/${cloud[3]}`;
  return apiUrl.replace(/\/api\/?$/, '');
}

export function deploymentUrl(apiUrl: string, id: string): string {
  return `${uiUrl(apiUrl)}/deployments/deployment/${id}`;
}

/** A block's action in the report's tense, and the fields it changes (names only: values may be secret). */
export function blockOutcome(
  report: ReportHeader,
  b: BlockEntry,
): { action: string; changed: string[]; notCompared: string[] } {
  const done: Record<string, string> = {
    create: 'created',
    update: 'updated',
    unchanged: 'unchanged',
    conflict: 'skipped',
  };
  const changed = b.action === 'unchanged' ? [] : b.changed;
  const { notCompared } = b;
  if (report.mode !== 'plan' && report.stopped && b.action !== 'unchanged' && !b.written)
    return { action: 'not applied', changed, notCompared };
  return { action: report.mode === 'plan' ? b.action : done[b.action], changed, notCompared };
}

/** What a block's line says besides its action: who owns a conflict, who owned what was adopted, the secret fields not compared. */
export function blockDetail(b: BlockEntry): string[] {
  if (b.action === 'conflict') return [`exists, owned by ${b.owner}: not compared; deploy refuses it unless --adopt`];
  const out: string[] = [];
  if (b.notCompared.length)
    out.push(`secret fields set by the file, not compared in a plan: ${b.notCompared.join(', ')}`);
  if (b.adoptedFrom) out.push(`adopted: it was owned by ${b.adoptedFrom}`);
  return out;
}

/** The block scripts line: what ran, or would run. */
export function scriptsText(report: BlockScriptsSection): string | undefined {
  const { scripts, ran } = report.blockScripts;
  return scripts.length ? `Block scripts ${ran ? 'ran' : 'would run'}: ${scripts.join(', ')}` : undefined;
}

const WRITES = ['create', 'update', 'delete'];

/** A stopped run in one line: why, and what each stage wrote and did not. */
export function stopText(report: DeployReport): string | undefined {
  if (!report.stopped) return undefined;
  const parts = stages().flatMap((stage: AnyStage) => stage.stopped?.(report) ?? []);
  return `${describeStop(report.stopped)}: ${parts.join(', ')}`;
}

/** The deployments stage's part of the stop line: the changes applied, and those not. */
export function deploymentsStopped(report: ReportHeader & DeploymentsSection): string[] {
  const count = (action: string) => report.entries.filter((e) => outcome(report, e).action === action).length;
  const applied = ['created', 'updated', 'deleted'].reduce((n, a) => n + count(a), 0);
  const parts = [`${plural(applied, 'deployment change')} applied`, `${count('not applied')} not applied`];
  if (count('cut off')) parts.push(`${count('cut off')} cut off in flight (they may or may not be applied)`);
  const planned =
    report.entries.length || report.mode === 'plan'
      ? ''
      : '; stopped before the deployments were planned: no deployment was written';
  parts[parts.length - 1] += planned;
  return parts;
}

/** The blocks stage's part of the stop line: the blocks it did not write. */
export function blocksNotApplied(report: ReportHeader & BlocksSection): string[] {
  const blocks = report.blocks.filter((b) => blockOutcome(report, b).action === 'not applied').length;
  return blocks ? [`${plural(blocks, 'block')} not applied`] : [];
}

/** The build/push steps line: what ran, or what did not and why. */
export function stepsText(report: StepsSection): string | undefined {
  const { ran, notRun } = report.steps;
  if (notRun) return `Build steps not run (${notRun.reason}): ${notRun.steps.join(', ')}`;
  return ran.length ? `Build steps ran: ${ran.join(', ')}` : undefined;
}

/** A deployment's automations in the report's tense, with their names. */
export function automationOutcome(report: ReportHeader, a: AutomationEntry): { action: string; names: string[] } {
  const done: Record<string, string> = {
    create: 'created',
    replace: 'replaced',
    unchanged: 'unchanged',
    delete: 'deleted',
    error: 'error',
  };
  const action = a.error ? 'failed' : report.mode === 'plan' ? a.action : done[a.action];
  const names = a.action === 'delete' ? a.live : a.desired.map((d) => d.name);
  return { action, names: [...names, ...(a.slas ? [`${a.slas.length} SLA(s)`] : [])] };
}

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

/** The code storage line: where the commit's code is, and what was (or would be) uploaded. */
export function codeStorageText(report: ReportHeader & CodeStorageSection): string | undefined {
  const c = report.codeStorage;
  if (!c) return undefined;
  const files = `${plural(c.files, 'file')}, ${size(c.bytes)}`;
  const upload =
    report.mode === 'promote'
      ? 'nothing uploaded (promotion)'
      : report.mode === 'plan'
        ? c.missing
          ? `${plural(c.missing, 'file')} (${size(c.missingBytes)}) would be uploaded`
          : 'nothing to upload'
        : c.uploaded
          ? `${c.uploaded} uploaded${c.seconds !== undefined ? ` in ${c.seconds.toFixed(1)} s` : ''}`
          : 'nothing uploaded (already there)';
  return `Code: ${c.url} (${files}, chosen by ${c.rules}): ${upload}; read with ${c.via}`;
}

/** The worker service line: `service: image A -> B`, and what came of it. */
export function workerText(report: ReportHeader & WorkerSection): string | undefined {
  const w = report.worker;
  if (!w) return undefined;
  const change =
    w.action === 'create'
      ? `created with ${w.to}`
      : w.action === 'unchanged'
        ? `unchanged (runs ${w.to})`
        : `image ${w.from ?? '(none)'} -> ${w.to}`;
  const done =
    report.mode === 'plan' || w.action === 'unchanged'
      ? ''
      : w.error
        ? ` [failed: ${w.error}]`
        : w.stable
          ? ' [stable]'
          : w.stable === false
            ? ' [not stable]'
            : ' [not waited for]';
  const verb = report.mode === 'plan' && w.action === 'create' ? 'would be created with' : undefined;
  return `Worker service ${w.cluster}/${w.service} (${w.region}, container ${w.container}): ${verb ? `${verb} ${w.to}` : change}${done}`;
}

/** What happened (deploy) or would happen (plan) to an entry. */
export function outcome(
  report: ReportHeader & Pick<DeploymentsSection, 'results'>,
  e: PlanEntry,
): { action: string; id?: string; error?: string } {
  const r = report.results.get(e);
  if (e.action === 'error') return { action: 'error', error: e.error };
  if (e.action === 'conflict') {
    const owned = `exists, owned by ${e.owner}: its values are not shown`;
    return report.mode === 'plan'
      ? { action: 'conflict', error: `${owned}; deploy skips it unless --adopt` }
      : { action: 'skipped', error: `${owned}; not changed (pass --adopt to take it over)` };
  }
  if (r?.notApplied || (report.stopped && !r && report.mode !== 'plan' && WRITES.includes(e.action))) {
    return { action: 'not applied', id: e.id, error: r?.error ?? 'not applied: the run stopped before it' };
  }
  if (r?.inFlight) return { action: 'cut off', id: e.id, error: r.error };
  if (r?.error) return { action: 'failed', id: e.id, error: r.error };
  if (report.mode === 'plan') return { action: e.action, id: e.id };
  const done: Record<string, string> = {
    create: 'created',
    update: 'updated',
    delete: 'deleted',
    unchanged: 'unchanged',
  };
  return { action: done[e.action], id: r?.id ?? e.id };
}

/** An entry's action as its row shows it: an update that rolls back says so (the JSON keeps update, with `rollback`). */
export function rowAction(action: string, e: PlanEntry): string {
  if (e.move?.kind !== 'rollback') return action;
  return action === 'update' ? 'rollback' : action === 'updated' ? 'rolled back' : action;
}

export function scheduleText(s: ScheduleState): string {
  const sch = s.schedule as Record<string, unknown>;
  const tz = sch.timezone ? ` (${sch.timezone})` : '';
  const off = s.active ? '' : ' [inactive]';
  if ('cron' in sch) return `cron ${sch.cron}${tz}${off}`;
  if ('interval' in sch) return `every ${duration(Number(sch.interval))}${tz}${off}`;
  return `rrule ${String(sch.rrule).replace(/\n/g, ' ')}${tz}${off}`;
}

function duration(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const)
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}

function short(v: unknown): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? 'null');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function changeText(c: Change): string {
  if (c.secret) return `${c.field}: changed (holds a secret-bearing value: not shown)`;
  // Job variables are where secrets live: their keys only, never values.
  if (c.field === 'job_variables') return `job_variables: ${changedKeys(c).join(', ')} changed`;
  if (c.field === 'schedules') {
    // Both sides are comparable views: the schedule's fields and `active` side by side.
    const words = (list: unknown) =>
      (list as Record<string, unknown>[])
        .map((v) => scheduleWords({ schedule: v as never, active: v.active !== false, parameters: {}, slug: null }))
        .join('; ') || 'none';
    return `schedules: ${words(c.from)} -> ${words(c.to)}`;
  }
  if (c.field === 'parameter_openapi_schema' || c.field === 'pull_steps') return c.field;
  return `${c.field}: ${short(c.from)} -> ${short(c.to)}`;
}

/** The top-level keys whose values differ between the two sides of a change. */
export function changedKeys(c: Change): string[] {
  const [a, b] = [(c.from ?? {}) as Record<string, unknown>, (c.to ?? {}) as Record<string, unknown>];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonical(a[k]) !== canonical(b[k])).sort();
}

/** A change as the JSON document shows it: values only where they are neither secret nor job variables. */
export function changeJson(c: Change): Record<string, unknown> {
  if (c.secret) return { field: c.field, secret: true };
  if (c.field === 'job_variables') return { field: c.field, keys: changedKeys(c) };
  return { field: c.field, from: c.from, to: c.to };
}

/** The image line. */
export function imageLines({ image }: ImageSection): string[] {
  if (image?.unchecked) return [`Image: not checked (${image.unchecked}); ${image.uri} is the image deploy builds`];
  return image ? [`Image: ${image.uri}${image.digest ? ` (${image.digest})` : ''}${image.built ? ', built' : ''}`] : [];
}

/** A line per block: its action, and the fields it changes. */
export function blockLines(report: ReportHeader & BlocksSection): string[] {
  return report.blocks.map((b) => {
    const o = blockOutcome(report, b);
    const detail = [...(o.changed.length ? [o.changed.join(', ')] : []), ...blockDetail(b)];
    return `Block ${b.key}: ${o.action}${detail.length ? ` (${detail.join('; ')})` : ''}`;
  });
}

/** The deployments as a table, their notes, and the count of each action. */
export function deploymentLines(report: ReportHeader & DeploymentsSection): string[] {
  const lines: string[] = [];
  const rows = report.entries.map((e) => {
    const o = outcome(report, e);
    const schedules = e.desired?.state.schedules.map(scheduleText).join('; ') || '-';
    const detail = o.error ?? (e.action === 'update' ? e.changes.map(changeText).join(', ') : '');
    const action = rowAction(o.action, e);
    return [e.name, e.flowName || '-', action, schedules, o.id ? deploymentUrl(report.apiUrl, o.id) : '', detail];
  });
  const header = ['deployment', 'flow', 'action', 'schedule', 'link', 'changes'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  lines.push(fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt));
  const counts = new Map<string, number>();
  for (const e of report.entries) {
    const action = rowAction(outcome(report, e).action, e);
    counts.set(action, (counts.get(action) ?? 0) + 1);
  }
  for (const p of moveParagraphs(report)) lines.push('', p.lead, ...p.commits.map((c) => `  ${c}`));
  const notes = report.entries.flatMap((e) => e.notes.map((n) => `  ${e.name}: ${n}`));
  if (notes.length) lines.push('', 'Notes:', ...notes);
  lines.push(
    '',
    [...counts].map(([a, n]) => (a === 'error' || a === 'conflict' ? plural(n, a) : `${n} ${a}`)).join(', '),
  );
  return lines;
}

/** A line per deployment's automations. */
export function automationLines(report: ReportHeader & AutomationsSection): string[] {
  return report.automations.map((a) => {
    const o = automationOutcome(report, a);
    return `Automations of ${a.deployment}: ${o.action}${o.names.length ? ` (${o.names.join(', ')})` : ''}${a.error ? `: ${a.error}` : ''}`;
  });
}

/** The terminal report: the heading, each stage's section in pipeline order, the Prefect UI. */
export function renderText(report: DeployReport): string {
  const lines: string[] = [];
  const heading = report.mode === 'plan' ? 'Plan' : report.mode === 'promote' ? 'Promote' : 'Deploy';
  lines.push(
    `${heading} for ${report.environment ?? report.file} at ${report.sha.slice(0, 12)} (Prefect ${report.serverVersion})`,
  );
  if (report.stopped) lines.push(`Stopped: ${stopText(report)}`);
  for (const stage of stages() as readonly AnyStage[]) lines.push(...(stage.text?.(report) ?? []));
  lines.push(`Prefect UI: ${uiUrl(report.apiUrl)}`);
  return lines.join('\n') + '\n';
}

/** The deployments in the JSON document: values only where they may be shown. */
export function deploymentsJson(report: ReportHeader & DeploymentsSection): Record<string, unknown>[] {
  return report.entries.map((e) => {
    const o = outcome(report, e);
    return {
      name: e.name,
      flow: e.flowName || null,
      id: o.id ?? null,
      action: o.action,
      changes: e.changes.map(changeJson),
      ...(e.owner ? { owner: e.owner } : {}),
      ...moveJson(e.move),
      notes: e.notes,
      ...(o.id ? { url: deploymentUrl(report.apiUrl, o.id) } : {}),
    };
  });
}

export function deploymentErrors(report: ReportHeader & DeploymentsSection): ErrorJson[] {
  return report.entries.flatMap((e) => {
    const o = outcome(report, e);
    return o.error ? [{ deployment: e.name, flow: e.flowName || null, message: o.error }] : [];
  });
}

/** A deployment not registered (a conflict counts only when writing). */
export function hasDeploymentFailures(report: ReportHeader & DeploymentsSection): boolean {
  const skipped = report.mode !== 'plan' && report.entries.some((e) => e.action === 'conflict');
  return (
    skipped || report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error)
  );
}

export function imageJson({ image }: ImageSection): Record<string, unknown> | null {
  return image
    ? {
        uri: image.uri,
        digest: image.digest ?? null,
        digestRef: image.digestRef ?? null,
        built: image.built,
        tagsWritten: image.tagsWritten,
        checked: !image.unchecked,
      }
    : null;
}

export function blocksJson(report: ReportHeader & BlocksSection): Record<string, unknown>[] {
  return report.blocks.map((b) => ({
    type: b.spec.type,
    name: b.spec.name,
    ...blockOutcome(report, b),
    ...(b.owner ? { owner: b.owner } : {}),
    ...(b.adoptedFrom ? { adoptedFrom: b.adoptedFrom } : {}),
  }));
}

export function codeStorageJson({ codeStorage: c }: CodeStorageSection): Record<string, unknown> | null {
  return c
    ? {
        url: c.url,
        rules: c.rules,
        files: c.files,
        bytes: c.bytes,
        missing: c.missing,
        missingBytes: c.missingBytes,
        uploaded: c.uploaded,
        via: c.via,
        seconds: c.seconds ?? null,
      }
    : null;
}

export function workerJson({ worker: w }: WorkerSection): Record<string, unknown> | null {
  return w
    ? {
        cluster: w.cluster,
        service: w.service,
        region: w.region,
        container: w.container,
        action: w.action,
        from: w.from ?? null,
        to: w.to,
        taskDefinition: w.taskDefinition ?? null,
        stable: w.stable ?? null,
        error: w.error ?? null,
      }
    : null;
}

export function automationsJson(report: ReportHeader & AutomationsSection): Record<string, unknown>[] {
  return report.automations.map((a) => ({
    deployment: a.deployment,
    flow: a.flowName,
    ...automationOutcome(report, a),
    ...(a.error ? { error: a.error } : {}),
  }));
}

export function automationErrors({ automations }: AutomationsSection): ErrorJson[] {
  return automations.flatMap((a) =>
    a.error ? [{ deployment: a.deployment, flow: a.flowName, message: `automations: ${a.error}` }] : [],
  );
}

/**
 * The `--json` document: `{environment, sha, mode, stopped}`, each stage's fields in pipeline order
 * (`steps`, `image`, `blocks`, `blockScripts`, `codeStorage`, `deployments`, `automations`, `worker`), `errors`, `timings`.
 */
export function renderJson(report: DeployReport): string {
  const pipeline: readonly AnyStage[] = stages();
  const stopped = report.stopped
    ? { reason: report.stopped.kind === 'timeout' ? 'timeout' : report.stopped.signal, message: stopText(report) }
    : null;
  return JSON.stringify(
    {
      environment: report.environment ?? null,
      sha: report.sha,
      mode: report.mode,
      stopped,
      ...Object.assign({}, ...pipeline.map((stage) => stage.json?.(report) ?? {})),
      errors: pipeline.flatMap((stage) => stage.errors?.(report) ?? []),
      timings: report.timings,
    },
    null,
    2,
  );
}
