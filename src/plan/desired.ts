/**
 * Desired state: what `prefect deploy` would register for each deployment of the
 * file, with the commit SHA as the version. Pure: the file, the flows read from
 * source, and a context in; normalized states out.
 */
import type { DeploymentSpec, ScheduleSpec } from '../config/model.js';
import type { ValidatedFile } from '../config/validate.js';
import { replaceTemplates, templatesIn } from '../config/templates.js';
import { markSecret } from '../secrets.js';
import { deploymentKey, LABEL_PREFIX, type DeploymentState, type ScheduleState } from './state.js';

export interface DeployContext {
  sha: string;
  environment?: string;
  /** `owner/name`, for labels and version_info. */
  repository?: string;
  branch?: string;
  /** The commit's web page, for version_info. */
  commitUrl?: string;
  /** `vcs:github` inside GitHub Actions, else `vcs:git`. */
  versionType: 'vcs:github' | 'vcs:git';
  /** The image's working directory: the default pull step changes into it. */
  workdir: string;
  /** Code storage (Prefect 3): the pull steps that fetch the commit's code, instead of the default. */
  codePullSteps?: unknown[];
  /** Code storage (Prefect 2): the storage block document and the commit's path below it. */
  codeStorageBlock?: { documentId: string; path: string };
  /** The image reference from the image stage (or --image), for `{{ image }}`. */
  image?: string;
  imageDigest?: string;
  /** Prefect variables the file references, for `{{ prefect.variables.<name> }}`. */
  variables: Record<string, unknown>;
  /** What Prefect's own tooling defaults to: true from Prefect 3, false on Prefect 2. */
  enforceParameterSchemaDefault: boolean;
}

export interface Desired {
  key: string;
  state: DeploymentState;
  versionInfo: Record<string, string>;
  spec: DeploymentSpec;
}

export interface DesiredResult {
  desired: Desired[];
  /** Problems that stop a deployment from being registered, by deployment name. */
  errors: { deployment: string; message: string }[];
}


/** The Prefect variable names `{{ prefect.variables.<name> }}` refers to, outside pull steps. */
export function referencedVariables(file: ValidatedFile): string[] {
  const names = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') for (const t of templatesIn(v)) if (t.expr.startsWith('prefect.variables.')) names.add(t.expr.slice('prefect.variables.'.length));
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const d of file.file.deployments) {
    const { pull: _pull, node: _node, ...rest } = d;
    visit(rest);
  }
  for (const b of file.file.blocks) visit(b.data);
  return [...names].sort();
}

export function buildDesired(file: ValidatedFile, ctx: DeployContext): DesiredResult {
  const desired: Desired[] = [];
  const errors: DesiredResult['errors'] = [];
  for (const spec of file.file.deployments) {
    const flow = file.flows.get(spec);
    if (!flow) continue;
    const problems: string[] = [];
    const fill = <T>(value: T): T => fillTemplates(value, ctx, problems);
    const labels: Record<string, string> = { [`${LABEL_PREFIX}managed`]: 'true' };
    if (ctx.environment) labels[`${LABEL_PREFIX}environment`] = ctx.environment;
    if (ctx.repository) labels[`${LABEL_PREFIX}repository`] = ctx.repository;
    const jobVariables = fill(spec.workPool?.jobVariables ?? {});
    const version = spec.version !== undefined ? fill(spec.version) : ctx.sha;
    const state: DeploymentState = {
      name: spec.name,
      flowName: flow.name,
      version,
      description: spec.description !== undefined ? fill(spec.description) : flow.description,
      parameters: fill(spec.parameters),
      parameter_openapi_schema: flow.parameterSchema,
      enforce_parameter_schema: spec.enforceParameterSchema ?? ctx.enforceParameterSchemaDefault,
      schedules: spec.schedules.map((s) => fill(scheduleState(s))),
      tags: fill(spec.tags),
      labels,
      work_pool_name: spec.workPool?.name !== undefined ? fill(spec.workPool.name) : null,
      work_queue_name: spec.workPool?.workQueueName !== undefined ? fill(spec.workPool.workQueueName) : 'default',
      // Resolved from `ib-block` against the server (Prefect 2), after this pure step.
      infrastructure_document_id: null,
      storage_document_id: ctx.codeStorageBlock?.documentId ?? null,
      job_variables: jobVariables,
      entrypoint: spec.entrypoint,
      path: ctx.codeStorageBlock?.path ?? null,
      // Pull steps keep their templates: Prefect resolves them when a run starts. A storage block needs none.
      pull_steps: spec.pull ?? (ctx.codeStorageBlock ? null : ctx.codePullSteps ?? [{ 'prefect.deployments.steps.set_working_directory': { directory: ctx.workdir } }]),
      concurrency_limit: spec.concurrencyLimit ?? null,
      concurrency_options: spec.concurrencyOptions
        ? { collision_strategy: spec.concurrencyOptions.collision_strategy, grace_period_seconds: spec.concurrencyOptions.grace_period_seconds ?? null }
        : null,
      paused: spec.paused ?? false,
    };
    if (problems.length) {
      for (const message of new Set(problems)) errors.push({ deployment: spec.name, message });
      continue;
    }
    const versionInfo: Record<string, string> = { type: ctx.versionType, version: version ?? ctx.sha, commit_sha: ctx.sha };
    if (ctx.branch) versionInfo.branch = ctx.branch;
    if (ctx.repository) versionInfo.repository = ctx.repository;
    if (ctx.commitUrl) versionInfo.url = ctx.commitUrl;
    desired.push({ key: deploymentKey(flow.name, spec.name), state, versionInfo, spec });
  }
  return { desired, errors };
}

function scheduleState(s: ScheduleSpec): ScheduleState {
  const common = { active: s.active, parameters: s.parameters, slug: s.slug ?? null };
  if (s.cron !== undefined) return { schedule: { cron: s.cron, timezone: s.timezone ?? null, day_or: s.dayOr ?? true }, ...common };
  if (s.interval !== undefined) {
    const schedule: ScheduleState['schedule'] = { interval: s.interval, timezone: s.timezone ?? 'UTC' };
    if (s.anchorDate !== undefined) schedule.anchor_date = s.anchorDate;
    return { schedule, ...common };
  }
  return { schedule: { rrule: s.rrule ?? '', timezone: s.timezone ?? 'UTC' }, ...common };
}

/** Fills `{{ image }}`, `{{ image_digest }}` and Prefect variables in every string of a value. */
export function fillTemplates<T>(value: T, ctx: DeployContext, problems: string[]): T {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*prefect\.variables\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(value);
    // A value that is only a variable takes the variable's own type, as in Prefect.
    if (whole && whole[1] in ctx.variables) {
      markSecret(ctx.variables[whole[1]]);
      return ctx.variables[whole[1]] as T;
    }
    return replaceTemplates(value, (expr, text) => {
      if (expr === 'image' || expr === 'build-image.image') {
        if (ctx.image) return ctx.image;
        problems.push(`${text} needs the image: run with the image stage, or pass --image`);
        return text;
      }
      if (expr === 'image_digest') {
        if (ctx.imageDigest) return ctx.imageDigest;
        problems.push(`${text} needs the image digest: run with the image stage`);
        return text;
      }
      if (expr.startsWith('prefect.variables.')) {
        const name = expr.slice('prefect.variables.'.length);
        if (name in ctx.variables) {
          const v = ctx.variables[name];
          const text = typeof v === 'string' ? v : JSON.stringify(v);
          markSecret(text);
          return text;
        }
        problems.push(`Prefect variable '${name}' does not exist`);
        return text;
      }
      if (expr.startsWith('prefect.blocks.')) {
        problems.push(`${text}: block references are resolved only inside pull steps`);
        return text;
      }
      return text;
    }) as T;
  }
  if (Array.isArray(value)) return value.map((v) => fillTemplates(v, ctx, problems)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplates(v, ctx, problems)])) as T;
  }
  return value;
}


/** Sets `job_variables.image` where the work pool has an `image` variable and the file sets none. */
export function withPoolImage(desired: Desired[], poolVariables: Map<string, { variables: string[] }>, image: string | undefined): Desired[] {
  if (!image) return desired;
  return desired.map((d) => {
    const pool = d.state.work_pool_name ? poolVariables.get(d.state.work_pool_name) : undefined;
    if (!pool?.variables.includes('image') || 'image' in d.state.job_variables) return d;
    return { ...d, state: { ...d.state, job_variables: { ...d.state.job_variables, image } } };
  });
}
