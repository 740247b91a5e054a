/**
 * Desired state: what `prefect deploy` would register for each deployment of the
 * file, with the commit SHA as the version. Pure: the file, the flows read from
 * source, and a context in; normalized states out.
 */
import { referencesOf } from '../config/blocks.js';
import type { DeploymentSpec, ScheduleSpec } from '../config/model.js';
import type { ValidatedFile } from '../config/validate.js';
import { laxBool, nonEmptyStrings } from '../config/coerce.js';
import { placeholdersIn } from '../config/templates.js';
import { fillTemplates, stepOutputs, type FillContext } from './fill.js';
import { deploymentKey, LABEL_PREFIX, type DeploymentState, type ScheduleState } from './state.js';

export interface DeployContext extends FillContext {
  sha: string;
  environment?: string;
  /** `owner/name`, for labels and version_info. */
  repository?: string;
  branch?: string;
  /** The commit's web page, for version_info. */
  commitUrl?: string;
  /** `vcs:github` inside GitHub Actions, else `vcs:git`. */
  versionType: 'vcs:github' | 'vcs:git';
  /** The image's working directory: the default pull step changes into it when the deployment runs an image. */
  workdir: string;
  /** Where prefect deploy would run (the repository root, absolute): its default pull step without an image. */
  root: string;
  /** The run is configured with an image (the image stage or --image), even if this run does not build it. */
  imageConfigured: boolean;
  /** Code storage (Prefect 3): the pull steps that fetch the commit's code, instead of the default. */
  codePullSteps?: unknown[];
  /** Code storage (Prefect 2): the storage block document and the commit's path below it. */
  codeStorageBlock?: { documentId: string; path: string };
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

/**
 * The names `{{ prefect.variables.<name> }}` refers to, and the `<type>.<name>` block
 * documents `{{ prefect.blocks.<type>.<name>... }}` refers to, outside pull steps
 * (which keep them for run time), build and push steps' inputs among them. Block data's own references are not values.
 */
export function referencedValues(file: ValidatedFile): { variables: string[]; blocks: string[] } {
  const variables = new Set<string>();
  const blocks = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const t of placeholdersIn(v)) {
        if (t.expr.startsWith('prefect.variables.')) variables.add(t.expr.slice('prefect.variables.'.length));
        if (t.expr.startsWith('prefect.blocks.'))
          blocks.add(t.expr.slice('prefect.blocks.'.length).split('.').slice(0, 2).join('.'));
      }
    }
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const d of file.file.deployments) {
    const { pull: _pull, node: _node, build, push, triggers, sla: _sla, ...rest } = d;
    visit(rest);
    // Build and push steps' inputs are filled when deploying too (a push_to_s3 bucket from an s3-bucket block).
    visit([...build, ...push].map((s) => s.inputs));
    visit(triggers.map((t) => t.spec));
  }
  for (const b of file.file.blocks) {
    const references = referencesOf(b);
    visit(Object.entries(b.data).filter(([field]) => !references.has(field)));
  }
  return { variables: [...variables].sort(), blocks: [...blocks].sort() };
}

export function buildDesired(file: ValidatedFile, ctx: DeployContext): DesiredResult {
  const desired: Desired[] = [];
  const errors: DesiredResult['errors'] = [];
  for (const spec of file.file.deployments) {
    const flow = file.flows.get(spec);
    if (!flow) continue;
    const problems: string[] = [];
    const outputs = stepOutputs([...spec.build, ...spec.push], ctx);
    const fill = <T>(value: T): T => fillTemplates(value, ctx, problems, outputs);
    const labels: Record<string, string> = { [`${LABEL_PREFIX}managed`]: 'true' };
    if (ctx.environment) labels[`${LABEL_PREFIX}environment`] = ctx.environment;
    if (ctx.repository) labels[`${LABEL_PREFIX}repository`] = ctx.repository;
    const jobVariables = fill(spec.workPool?.jobVariables ?? {});
    const filledVersion = spec.version !== undefined ? fill(spec.version) : undefined;
    const version = filledVersion || ctx.sha;
    const description = spec.description !== undefined ? fill(spec.description) : undefined;
    // prefect deploy types tags once filled: text becomes its characters, items become text.
    const tags = nonEmptyStrings(fill(spec.tags));
    if (!tags) problems.push('tags must be a list (or text, which Prefect splits into characters)');
    const state: DeploymentState = {
      name: spec.name,
      flowName: flow.name,
      version,
      description: description || flow.description,
      parameters: fill(spec.parameters),
      parameter_openapi_schema: flow.parameterSchema,
      enforce_parameter_schema: spec.enforceParameterSchema ?? ctx.enforceParameterSchemaDefault,
      schedules: spec.schedules.map((s) => scheduleState(s, fill, problems)),
      tags: tags ?? [],
      labels,
      work_pool_name: spec.workPool?.name !== undefined ? fill(spec.workPool.name) : null,
      work_queue_name: spec.workPool?.workQueueName !== undefined ? fill(spec.workPool.workQueueName) : 'default',
      // Resolved from `ib-block` against the server (Prefect 2), after this pure step.
      infrastructure_document_id: null,
      storage_document_id: ctx.codeStorageBlock?.documentId ?? null,
      job_variables: jobVariables,
      entrypoint: spec.entrypoint,
      path: ctx.codeStorageBlock?.path ?? null,
      // Pull steps keep their run-time templates; build step outputs are filled, as prefect deploy fills them.
      // Code storage gives its own pull steps (a storage block needs none) where the file gives none.
      pull_steps: spec.pull
        ? fillTemplates(spec.pull, ctx, problems, outputs, 'pull')
        : ctx.codeStorageBlock
          ? null
          : (ctx.codePullSteps ?? defaultPull(ctx, jobVariables, spec.workPool?.imageAsWritten ?? false)),
      concurrency_limit: spec.concurrencyLimit ?? null,
      concurrency_options: spec.concurrencyOptions
        ? {
            collision_strategy: spec.concurrencyOptions.collision_strategy,
            grace_period_seconds: spec.concurrencyOptions.grace_period_seconds ?? null,
          }
        : null,
      paused: spec.paused ?? false,
    };
    if (problems.length) {
      for (const message of new Set(problems)) errors.push({ deployment: spec.shownName, message });
      continue;
    }
    desired.push({
      key: deploymentKey(flow.name, spec.name),
      state,
      versionInfo: versionInfo(spec, version, ctx),
      spec,
    });
  }
  return { desired, errors };
}

/**
 * Without a pull section, prefect deploy changes into the directory it ran in; with an
 * image that directory is not in the image, so the image's working directory is used.
 */
/** prefect deploy picks it before templating: an image job variable left out once templated still counts. */
function defaultPull(ctx: DeployContext, jobVariables: Record<string, unknown>, imageAsWritten: boolean): unknown[] {
  return pullInto(
    ctx.image || ctx.imageConfigured || imageAsWritten || 'image' in jobVariables ? ctx.workdir : ctx.root,
  );
}

const pullInto = (directory: string) => [{ 'prefect.deployments.steps.set_working_directory': { directory } }];

/** The version information: the commit, unless the file asks for `prefect:simple` (or a CI service not here). */
function versionInfo(spec: DeploymentSpec, version: string, ctx: DeployContext): Record<string, string> {
  if (spec.versionType && spec.versionType !== 'vcs:github' && spec.versionType !== 'vcs:git')
    return { type: 'prefect:simple', version };
  const info: Record<string, string> = { type: ctx.versionType, version, commit_sha: ctx.sha };
  if (ctx.branch) info.branch = ctx.branch;
  if (ctx.repository) info.repository = ctx.repository;
  if (ctx.commitUrl) info.url = ctx.commitUrl;
  return info;
}

function scheduleState(s: ScheduleSpec, fill: <T>(v: T) => T, problems: string[]): ScheduleState {
  const flag = (raw: unknown, name: string, fallback: boolean) => {
    if (raw === undefined) return fallback;
    const v = laxBool(fill(raw));
    if (v === undefined) problems.push(`a schedule's ${name} is not true or false once filled`);
    return v ?? fallback;
  };
  const common = { active: flag(s.active, 'active', true), parameters: fill(s.parameters), slug: s.slug ?? null };
  if (s.cron !== undefined)
    return {
      schedule: { cron: fill(s.cron), timezone: s.timezone ?? null, day_or: flag(s.dayOr, 'day_or', true) },
      ...common,
    };
  if (s.interval !== undefined) {
    const schedule: ScheduleState['schedule'] = { interval: s.interval, timezone: s.timezone ?? 'UTC' };
    if (s.anchorDate !== undefined) schedule.anchor_date = s.anchorDate;
    return { schedule, ...common };
  }
  return { schedule: { rrule: fill(s.rrule ?? ''), timezone: s.timezone ?? 'UTC' }, ...common };
}

/**
 * Where the work pool has an `image` variable: `job_variables.image` when the file sets
 * none, and without a pull section, the image's working directory `workdir` (its runs
 * start in a container, where the directory prefect deploy ran in does not exist);
 * `workdir` is undefined where code storage gives the pull steps.
 */
export function withPoolImage(
  desired: Desired[],
  poolVariables: Map<string, { variables: string[] }>,
  image: string | undefined,
  workdir: string | undefined,
): Desired[] {
  return desired.map((d) => {
    const pool = d.state.work_pool_name ? poolVariables.get(d.state.work_pool_name) : undefined;
    if (!pool?.variables.includes('image')) return d;
    const state = { ...d.state };
    if (image && !('image' in state.job_variables)) state.job_variables = { ...state.job_variables, image };
    if (!d.spec.pull && workdir !== undefined) state.pull_steps = pullInto(workdir);
    return { ...d, state };
  });
}
