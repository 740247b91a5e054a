/**
 * The plan: a pure diff of desired state against live state. Each deployment is
 * `create`, `update` (with its changed fields, old -> new), `unchanged`, `delete`
 * (prune: registered by this tool for this repository and environment, gone from
 * the file; listed first), `conflict` (it exists, and another repository or
 * environment owns it, or nobody does: shown without its values, written only with
 * --adopt), or `error` (its work pool is missing, a template has no value).
 */
import type { Capabilities } from '../prefect/capabilities.js';
import type { LiveDeployment, LiveState } from '../prefect/live.js';
import type { Desired } from './desired.js';
import type { VersionMove } from './rollback.js';
import { closest } from '../text.js';
import { foreignOwner, labelsToWrite } from './ownership.js';
import {
  COMPARED_FIELDS,
  deploymentKey,
  LABEL_PREFIX,
  type ComparedField,
  type DeploymentState,
  type ScheduleState,
} from './state.js';

export type Action = 'create' | 'update' | 'unchanged' | 'delete' | 'conflict' | 'error';

export interface Change {
  field: ComparedField;
  from: unknown;
  to: unknown;
  /** A side holds a secret-bearing value: shown as changed, never with values. */
  secret: boolean;
}

export interface PlanEntry {
  name: string;
  flowName: string;
  action: Action;
  changes: Change[];
  /** The live deployment's id, when it exists. */
  id?: string;
  desired?: Desired;
  live?: LiveDeployment;
  /** Anchor dates to re-send for interval schedules the file gives none (so they do not move). */
  anchors: (string | undefined)[];
  error?: string;
  /** Facts worth showing: a work queue that will be created. */
  notes: string[];
  /** conflict: who owns the live deployment, in words (its values are never shown). */
  owner?: string;
  /** update: what the commit deployed does to the live version's (a rollback, when the live one is newer). */
  move?: VersionMove;
}

export interface PlanOptions {
  /** Take over deployments another repository or environment owns, or nobody does. */
  adopt: boolean;
  /** A deployment paused, or a schedule turned off, by hand stays so. */
  keepPaused?: boolean;
  /** The deployments run an image (`{{ image }}` has a value): a missing pool's suggested type runs images. */
  image?: string;
}

export function planDeployments(
  desired: Desired[],
  live: LiveState,
  caps: Capabilities,
  preErrors: { deployment: string; message: string }[] = [],
  managed: LiveDeployment[] = [],
  options: PlanOptions = { adopt: false },
): PlanEntry[] {
  const wanted = new Set(desired.map((d) => d.key));
  const deletes: PlanEntry[] = managed
    .filter((m) => !wanted.has(deploymentKey(m.state.flowName, m.state.name)))
    .map((m): PlanEntry => ({
      name: m.state.name,
      flowName: m.state.flowName,
      action: 'delete',
      changes: [],
      id: m.id,
      live: m,
      anchors: [],
      notes: [],
    }));
  const entries: PlanEntry[] = [
    ...deletes,
    ...preErrors.map((e): PlanEntry => ({
      name: e.deployment,
      flowName: '',
      action: 'error',
      changes: [],
      anchors: [],
      error: e.message,
      notes: [],
    })),
  ];
  for (const d of desired) {
    const existing = live.deployments.get(d.key);
    const base = {
      name: d.spec.shownName,
      flowName: d.state.flowName,
      desired: d,
      live: existing,
      id: existing?.id,
      notes: [] as string[],
    };
    const unsupported = unsupportedOn(d, caps);
    if (unsupported) {
      entries.push({ ...base, action: 'error', changes: [], anchors: [], error: unsupported });
      continue;
    }
    const pool = d.state.work_pool_name;
    if (pool && !live.workPools.has(pool)) {
      entries.push({
        ...base,
        action: 'error',
        changes: [],
        anchors: [],
        error: missingPool(pool, live.otherPools ?? [], options.image !== undefined),
      });
      continue;
    }
    if (pool && !live.workPools.get(pool)!.queues.has(d.state.work_queue_name)) {
      base.notes.push(
        `work queue '${d.state.work_queue_name}' does not exist in pool '${pool}': it is created before the deployments`,
      );
    }
    if (!existing) {
      entries.push({ ...base, action: 'create', changes: [], anchors: d.state.schedules.map(() => undefined) });
      continue;
    }
    // Servers before 3.1.5 store no labels: ownership cannot be told there.
    const owner = caps.labels ? foreignOwner(existing.labels, d.state.labels) : undefined;
    if (owner !== undefined && !options.adopt) {
      entries.push({ ...base, desired: undefined, action: 'conflict', changes: [], anchors: [], owner });
      continue;
    }
    if (owner !== undefined) base.notes.push(`adopted: it was owned by ${owner}`);
    // What is sent keeps the labels of others; what is compared is ours.
    const written = { ...d.state, labels: labelsToWrite(existing.labels, d.state.labels, owner !== undefined) };
    base.desired = {
      ...d,
      state: options.keepPaused ? keptPaused(written, existing.state, caps, base.notes) : written,
    };
    const state = base.desired.state;
    const { live: liveSchedules, anchors } = alignSchedules(state.schedules, existing.state.schedules, caps);
    const changes: Change[] = [];
    for (const field of COMPARED_FIELDS) {
      if (field === 'labels' && !caps.labels) continue;
      // Agent-style deployments name no pool; Prefect 2 puts them in its default agent pool.
      if (field === 'work_pool_name' && d.state.work_pool_name === null) continue;
      const to =
        field === 'schedules'
          ? state.schedules.map((s) => scheduleView(s, caps))
          : field === 'labels'
            ? ownLabels(state.labels)
            : state[field];
      const from = field === 'schedules' ? liveSchedules : existing.state[field];
      const same =
        field === 'schedules' ? sameMultiset(to as unknown[], from as unknown[]) : canonical(to) === canonical(from);
      if (!same) changes.push({ field, from, to, secret: d.spec.secretFields.has(field) });
    }
    entries.push({ ...base, action: changes.length ? 'update' : 'unchanged', changes, anchors });
  }
  return entries;
}

/**
 * A missing work pool: the command that creates it (the type of the closest existing
 * pool, else one that runs images when there is an image), and the closest name.
 */
function missingPool(pool: string, others: { name: string; type: string }[], image: boolean): string {
  const near = closest(
    pool,
    others.map((p) => p.name),
  );
  const type = others.find((p) => p.name === near)?.type ?? (image ? 'docker' : 'process');
  const hint = near ? ` (did you mean '${near}'?)` : '';
  return `work pool '${pool}' does not exist${hint}; create it with: prefect work-pool create ${shellWord(pool)} --type ${type}`;
}

/** A name as one shell word: quoted when it holds anything but safe characters. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * --keep-paused: what was paused by hand (the live deployment paused, a live schedule
 * turned off) while the file has it on stays off. A schedule is the same one when it
 * equals the file's but for `active`.
 */
function keptPaused(
  state: DeploymentState,
  live: DeploymentState,
  caps: Capabilities,
  notes: string[],
): DeploymentState {
  const paused = live.paused && !state.paused;
  if (paused) notes.push('kept paused: it was paused by hand (--keep-paused)');
  const on = (s: ScheduleState) =>
    canonical(scheduleView({ ...s, active: true }, caps, { dropAnchor: true, dropDtstart: true }));
  const off = live.schedules.filter((s) => !s.active).map(on);
  const schedules = state.schedules.map((s, i) => {
    const j = s.active ? off.indexOf(on(s)) : -1;
    if (j < 0) return s;
    off.splice(j, 1);
    notes.push(`kept schedule ${i + 1} off: it was turned off by hand (--keep-paused)`);
    return { ...s, active: false };
  });
  return { ...state, paused: state.paused || paused, schedules };
}

/** The labels this tool writes, which are the ones it compares. */
function ownLabels(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith(LABEL_PREFIX)));
}

/**
 * Live schedules as comparable views. The server fills in what the file leaves out:
 * an interval's anchor date (now) and an rrule's DTSTART. Where the file gives
 * neither, the live value is not compared, and the anchor is kept on the next write.
 */
function alignSchedules(desired: ScheduleState[], live: ScheduleState[], caps: Capabilities) {
  const wanted = desired.map((s) => canonical(scheduleView(s, caps)));
  const anchors: (string | undefined)[] = desired.map(() => undefined);
  const views = live.map((s) => {
    const full = scheduleView(s, caps);
    if (wanted.includes(canonical(full))) return full;
    const relaxed = scheduleView(s, caps, { dropAnchor: true, dropDtstart: true });
    const i = wanted.indexOf(canonical(relaxed));
    if (i >= 0) {
      const anchor = (s.schedule as { anchor_date?: string }).anchor_date;
      if (anchor && anchors[i] === undefined) anchors[i] = anchor;
      return relaxed;
    }
    return full;
  });
  return { live: views, anchors };
}

function scheduleView(
  s: ScheduleState,
  caps: Capabilities,
  relax: { dropAnchor?: boolean; dropDtstart?: boolean } = {},
): Record<string, unknown> {
  const sch = s.schedule as Record<string, unknown>;
  const view: Record<string, unknown> = { active: s.active };
  if (caps.scheduleSlug) {
    view.parameters = s.parameters;
    view.slug = s.slug;
  }
  if ('cron' in sch) return { ...view, cron: sch.cron, timezone: sch.timezone ?? null, day_or: sch.day_or ?? true };
  if ('interval' in sch) {
    const out: Record<string, unknown> = { ...view, interval: Number(sch.interval), timezone: sch.timezone ?? 'UTC' };
    if (sch.anchor_date !== undefined && !relax.dropAnchor) out.anchor_date = instant(String(sch.anchor_date));
    return out;
  }
  let rrule = String(sch.rrule ?? '');
  if (relax.dropDtstart) rrule = rrule.replace(/^DTSTART[^\n]*\n/, '');
  return { ...view, rrule, timezone: sch.timezone ?? 'UTC' };
}

/** A date as the server stores it: naive times are UTC. */
function instant(text: string): string {
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? text : new Date(t).toISOString();
}

function sameMultiset(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  const x = a.map(canonical).sort();
  const y = b.map(canonical).sort();
  return x.every((v, i) => v === y[i]);
}

/** JSON with sorted keys: equal values give equal text. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : value,
  );
}

/** What this server's version cannot store, said before any write rather than dropped. */
function unsupportedOn(d: Desired, caps: Capabilities): string | undefined {
  const s = d.state;
  if (!caps.schedules && s.schedules.length > 1)
    return `Prefect ${caps.version} takes one schedule per deployment; this one has ${s.schedules.length}`;
  if (!caps.scheduleSlug && s.schedules.some((x) => x.slug !== null || Object.keys(x.parameters).length)) {
    return `schedule slugs and parameters need Prefect 3.2 or newer; this server is ${caps.version}`;
  }
  if (!caps.paused && s.paused)
    return `paused needs Prefect 2.16 or newer; on ${caps.version}, set the schedule's active: false`;
  if (!caps.concurrencyLimit && s.concurrency_limit !== null)
    return `concurrency_limit needs Prefect 3 or newer; this server is ${caps.version}`;
  if (!caps.concurrencyOptions && s.concurrency_options !== null) {
    return `concurrency_limit's collision_strategy needs Prefect 3.0.3 or newer; this server is ${caps.version}`;
  }
  return undefined;
}
