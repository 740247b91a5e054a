/**
 * A deployment's `triggers:` as `prefect deploy` turns them into automations: each
 * spec is read as Prefect's DeploymentEventTrigger, -MetricTrigger, -CompoundTrigger
 * or -SequenceTrigger (the type given, or told from its keys), with pydantic's
 * defaults and coercions, and becomes an automation named `<deployment>__automation_<n>`
 * whose one action runs the deployment with the trigger's parameters.
 */
import { nearKey } from '../text.js';
import { laxBool, laxDuration } from './coerce.js';
import { placeholdersIn } from './templates.js';

/** An automation's body, as the Prefect client sends it, without the deployment it belongs to. */
export interface AutomationSpec {
  name: string;
  description: string;
  enabled: boolean;
  tags: string[];
  trigger: Record<string, unknown>;
  /** The run-deployment action's parameters (run-time templates kept) and job variables. */
  parameters: Record<string, unknown> | null;
  job_variables: Record<string, unknown> | null;
  schedule_after: number;
}

/** A problem in a trigger, at the path of keys that leads to it from the trigger. */
export interface TriggerProblem {
  path: (string | number)[];
  message: string;
  severity: 'error' | 'warning';
}

const DEPLOYMENT_FIELDS = ['name', 'description', 'enabled', 'parameters', 'job_variables', 'schedule_after'];
const FIELDS: Record<string, string[]> = {
  event: ['type', 'match', 'match_related', 'after', 'expect', 'for_each', 'posture', 'threshold', 'within'],
  metric: ['type', 'match', 'match_related', 'posture', 'metric'],
  compound: ['type', 'triggers', 'require', 'within'],
  sequence: ['type', 'triggers', 'within'],
};
const METRIC_FIELDS = ['name', 'threshold', 'operator', 'range', 'firing_for'];

type Spec = Record<string, unknown>;

/** True when a value still holds a template filled at deploy time: checked once filled. */
const pending = (v: unknown) => typeof v === 'string' && placeholdersIn(v).length > 0;

/** Prefect's discriminators: the deployment trigger's (`posture: Metric` before composites) and the nested one's. */
function triggerType(spec: Spec, nested: boolean): string {
  if ('type' in spec) return String(spec.type);
  if (!nested && spec.posture === 'Metric') return 'metric';
  if ('triggers' in spec) return 'require' in spec ? 'compound' : 'sequence';
  return spec.posture === 'Metric' ? 'metric' : 'event';
}

/**
 * The automation for the `index`-th trigger (from 1) of a deployment, and every
 * problem: an error where prefect deploy would fail, a warning where it ignores a key.
 * Values still holding templates are not checked (`lenient`, at validate time).
 */
export function readTrigger(
  spec: Spec,
  index: number,
  deploymentName: string,
  lenient = false,
): { automation?: AutomationSpec; problems: TriggerProblem[] } {
  const problems: TriggerProblem[] = [];
  const fail = (path: (string | number)[], message: string) => problems.push({ path, message, severity: 'error' });
  const skip = (v: unknown) => lenient && pending(v);
  const trigger = readPlainTrigger(spec, false, [], problems, lenient);
  const type = triggerType(spec, false);
  for (const key of Object.keys(spec)) {
    if (!DEPLOYMENT_FIELDS.includes(key) && !(FIELDS[type] ?? []).includes(key))
      unknown(problems, [key], [...DEPLOYMENT_FIELDS, ...(FIELDS[type] ?? [])]);
  }
  const enabled = spec.enabled === undefined || skip(spec.enabled) ? true : laxBool(spec.enabled);
  if (enabled === undefined) fail(['enabled'], 'enabled must be true or false');
  const scheduleAfter =
    spec.schedule_after === undefined || skip(spec.schedule_after) ? 0 : laxDuration(spec.schedule_after);
  if (scheduleAfter === undefined || scheduleAfter < 0)
    fail(['schedule_after'], 'schedule_after must be a duration of zero or more (seconds, PT5M or 00:05:00)');
  for (const key of ['parameters', 'job_variables'] as const) {
    const v = spec[key];
    if (v !== undefined && v !== null && !skip(v) && (typeof v !== 'object' || Array.isArray(v)))
      fail([key], `${key} must be a mapping`);
  }
  if (spec.description !== undefined && typeof spec.description !== 'string')
    fail(['description'], 'description must be text');
  if (spec.name !== undefined && spec.name !== null && typeof spec.name !== 'string')
    fail(['name'], 'name must be text');
  if (problems.some((p) => p.severity === 'error') || !trigger) return { problems };
  return {
    problems,
    automation: {
      name: typeof spec.name === 'string' && spec.name ? spec.name : `${deploymentName}__automation_${index}`,
      description: typeof spec.description === 'string' ? spec.description : '',
      enabled: enabled ?? true,
      tags: [],
      trigger,
      parameters: (spec.parameters as Record<string, unknown> | null | undefined) ?? null,
      job_variables: (spec.job_variables as Record<string, unknown> | null | undefined) ?? null,
      schedule_after: scheduleAfter ?? 0,
    },
  };
}

function unknown(problems: TriggerProblem[], path: (string | number)[], known: string[]): void {
  const key = String(path[path.length - 1]);
  const hint = nearKey(key, known);
  if (hint)
    problems.push({
      path,
      message: `unknown trigger key '${key}' (did you mean '${hint}'?): prefect deploy would ignore it`,
      severity: 'error',
    });
  else
    problems.push({
      path,
      message: `unknown trigger key '${key}': prefect deploy ignores it; a trigger of this type takes ${known.join(', ')}`,
      severity: 'warning',
    });
}

/** The trigger as the client sends it (pydantic's dump of EventTrigger, MetricTrigger, CompoundTrigger or SequenceTrigger). */
function readPlainTrigger(
  spec: Spec,
  nested: boolean,
  at: (string | number)[],
  problems: TriggerProblem[],
  lenient: boolean,
): Record<string, unknown> | undefined {
  const fail = (key: string | number, message: string) =>
    problems.push({ path: [...at, key], message, severity: 'error' });
  const skip = (v: unknown) => lenient && pending(v);
  const type = triggerType(spec, nested);
  if (!FIELDS[type]) {
    fail('type', `trigger type '${type}' is not one of event, metric, compound, sequence`);
    return undefined;
  }
  if (nested)
    for (const key of Object.keys(spec)) if (!FIELDS[type].includes(key)) unknown(problems, [...at, key], FIELDS[type]);
  const within = (fallback: number | null) => {
    if (spec.within === undefined || skip(spec.within)) return fallback;
    const s = laxDuration(spec.within);
    if (s === undefined || s < 0)
      fail('within', 'within must be a duration of zero or more (seconds, PT1H or 01:00:00)');
    return s ?? fallback;
  };
  if (type === 'compound' || type === 'sequence') {
    const list = spec.triggers;
    if (!Array.isArray(list)) {
      fail('triggers', `a ${type} trigger needs triggers: a list of triggers`);
      return undefined;
    }
    const triggers = list.map((t, i) => {
      if (t && typeof t === 'object' && !Array.isArray(t))
        return readPlainTrigger(t as Spec, true, [...at, 'triggers', i], problems, lenient);
      fail('triggers', 'each of triggers must be a mapping');
      return undefined;
    });
    const out: Record<string, unknown> = { type, triggers, within: within(null) };
    if (type === 'compound') {
      const r = spec.require;
      const n = typeof r === 'string' && /^\d+$/.test(r) ? Number(r) : r;
      if (r === undefined) fail('require', "a compound trigger needs require: a number, 'any' or 'all'");
      else if (typeof n === 'number' && Number.isInteger(n)) {
        if (n < 1 || n > list.length)
          fail('require', `require must be from 1 to the number of triggers (${list.length})`);
      } else if (n !== 'any' && n !== 'all' && !skip(r)) fail('require', "require must be a number, 'any' or 'all'");
      out.require = n;
    }
    return out;
  }
  const out: Record<string, unknown> = { type };
  for (const key of ['match', 'match_related'] as const)
    out[key] = resource(spec[key], key, fail, skip, key === 'match_related');
  if (type === 'metric') {
    out.posture = 'Metric';
    if (spec.posture !== undefined && spec.posture !== 'Metric') fail('posture', 'a metric trigger has posture Metric');
    out.metric = metric(spec.metric, (k, m) => fail(k, m), skip);
    return out;
  }
  for (const key of ['after', 'expect', 'for_each'] as const) {
    const v = spec[key];
    if (v === undefined || skip(v)) out[key] = [];
    else if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      fail(key, `${key} must be a list of event names${typeof v === 'string' ? `: write [${v}]` : ''}`);
    else out[key] = [...new Set(v)];
  }
  const posture = spec.posture ?? 'Reactive';
  if (posture !== 'Reactive' && posture !== 'Proactive' && !skip(posture))
    fail('posture', 'posture must be Reactive or Proactive (or Metric, for a metric trigger)');
  out.posture = posture;
  const threshold =
    spec.threshold === undefined || skip(spec.threshold)
      ? 1
      : typeof spec.threshold === 'string' && /^-?\d+$/.test(spec.threshold.trim())
        ? Number(spec.threshold)
        : spec.threshold;
  if (typeof threshold !== 'number' || !Number.isInteger(threshold))
    fail('threshold', 'threshold must be a whole number');
  out.threshold = threshold;
  let w = within(0) ?? 0;
  if (posture === 'Proactive') {
    if (w === 0) w = 10;
    else if (w < 10) fail('within', 'within must be at least 10 seconds for a Proactive trigger');
  }
  out.within = w;
  return out;
}

/** A ResourceSpecification: labels to values (text, or a list of text); match_related may be a list of them. */
function resource(
  v: unknown,
  key: string,
  fail: (k: string, m: string) => void,
  skip: (v: unknown) => boolean,
  list: boolean,
): unknown {
  if (v === undefined || v === null) return {};
  const one = (x: unknown): boolean =>
    !!x &&
    typeof x === 'object' &&
    !Array.isArray(x) &&
    Object.values(x).every(
      (y) => typeof y === 'string' || (Array.isArray(y) && y.every((z) => typeof z === 'string')) || skip(y),
    );
  if (list && Array.isArray(v)) {
    if (!v.every(one)) fail(key, `${key} must be a mapping of labels to text (or lists of text), or a list of them`);
    return v;
  }
  if (!one(v))
    fail(key, `${key} must be a mapping of labels to text (or lists of text)${list ? ', or a list of them' : ''}`);
  return v;
}

function metric(v: unknown, fail: (k: string, m: string) => void, skip: (v: unknown) => boolean): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    fail('metric', 'a metric trigger needs metric: {name, threshold, operator}');
    return undefined;
  }
  const m = v as Spec;
  for (const key of Object.keys(m))
    if (!METRIC_FIELDS.includes(key))
      fail('metric', `unknown metric key '${key}'; expected ${METRIC_FIELDS.join(', ')}`);
  if (!['lateness', 'duration', 'successes'].includes(String(m.name)) && !skip(m.name))
    fail('metric', 'metric.name must be lateness, duration or successes');
  if (!['<', '<=', '>', '>='].includes(String(m.operator)) && !skip(m.operator))
    fail('metric', 'metric.operator must be <, <=, > or >=');
  const threshold = typeof m.threshold === 'string' ? Number(m.threshold) : m.threshold;
  if (typeof threshold !== 'number' || Number.isNaN(threshold)) fail('metric', 'metric.threshold must be a number');
  const seconds = (key: string) => {
    if (m[key] === undefined || skip(m[key])) return 300;
    const s = laxDuration(m[key]);
    if (s === undefined || s < 300) fail('metric', `metric.${key} must be at least 300 seconds`);
    return s ?? 300;
  };
  return { name: m.name, threshold, operator: m.operator, range: seconds('range'), firing_for: seconds('firing_for') };
}
