/**
 * `plan` and `deploy`: validate -> desired state -> live state -> plan -> (deploy) apply.
 * Nothing is written before the whole file has validated and the plan is complete.
 */
import { inDependencyOrder } from '../config/blocks.js';
import type { DeploymentsFile } from '../config/model.js';
import { InvalidInput, type Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { FlowReader } from '../flows/read.js';
import { capabilitiesFor, type Capabilities } from '../prefect/capabilities.js';
import { PrefectApiError, PrefectClient } from '../prefect/client.js';
import { readBlockDocumentIds, type BlockSchemaInfo } from '../prefect/blocks.js';
import { readLiveState, readManaged, type LiveDeployment } from '../prefect/live.js';
import { applyPlan, mapBounded, type ApplyResult } from '../plan/apply.js';
import { checkBlockData, planBlocks, type BlockEntry } from '../plan/blocks.js';
import { buildDesired, fillTemplates, referencedVariables, withPoolImage, type DeployContext, type Desired } from '../plan/desired.js';
import type { LayerCache } from '../image/layer-cache.js';
import type { ImageResult, StageUi } from '../image/stage.js';
import { runBlockScripts } from '../image/block-scripts.js';
import { imageSettingsErrors } from '../image/settings-check.js';
import { planDeployments, type PlanEntry } from '../plan/diff.js';
import type { Settings } from '../settings.js';
import { applyBlocks, readLiveBlocks } from './blocks.js';
import { runValidate, type ValidateReport } from './validate.js';

export type DeployMode = 'plan' | 'deploy' | 'promote';

export interface DeployReport {
  mode: DeployMode;
  environment?: string;
  sha: string;
  file: string;
  serverVersion: string;
  apiUrl: string;
  entries: PlanEntry[];
  /** Apply results by `flow/name` (deploy only). */
  results: Map<PlanEntry, ApplyResult>;
  validation: ValidateReport;
  /** The image stage's result, when it ran. */
  image?: ImageResult;
  /** The file's blocks: planned, and (deploy) written. */
  blocks: BlockEntry[];
  /** Block scripts, in the order they run; `ran` is false in plan mode. */
  blockScripts: { scripts: string[]; ran: boolean };
}

export type Progress = StageUi;

/** validate -> image stage -> plan -> (deploy) blocks, block scripts, deployments. A layer cache (the action's) speeds up builds. */
export async function runDeploy(settings: Settings, mode: DeployMode, progress: Progress, layerCache?: LayerCache): Promise<DeployReport> {
  const background: Promise<void>[] = [];
  try {
    return await deploy(settings, mode, progress, layerCache, background);
  } finally {
    // The layer cache upload overlaps the registration; the run ends when both have.
    await Promise.all(background);
  }
}

async function deploy(settings: Settings, mode: DeployMode, progress: Progress, layerCache: LayerCache | undefined, background: Promise<void>[]): Promise<DeployReport> {
  const validation = runValidate(settings);
  if (!validation.valid) throw new InvalidInput([...validation.errors, ...validation.warnings]);
  const useImageStage = settings.ecr !== undefined && (!settings.skipImage || mode === 'promote');
  if (useImageStage) {
    const errors = imageSettingsErrors(settings.ecr!, settings.root, mode === 'promote');
    if (errors.length) throw new UsageError(errors.join('\n'));
  }
  if (!settings.sha && mode !== 'promote') throw new UsageError('no commit SHA: pass --sha, set GITHUB_SHA, or run inside a git checkout');
  if (!settings.prefect.apiUrl) throw new UsageError('no Prefect API: set PREFECT_API_URL or pass --api-url');
  const file = validation.validated.file;
  const scripts = [...file.blockScripts.map((s) => s.path), ...settings.blockScripts];
  const reader = new FlowReader(settings.root);
  const scriptErrors = settings.blockScripts.flatMap((s) => reader.scriptError(s) ?? []);
  if (scriptErrors.length) throw new UsageError(scriptErrors.join('\n'));
  if (scripts.length && mode !== 'plan' && !useImageStage && !settings.imageRef) {
    throw new UsageError('block scripts run inside the flows image: configure the image stage (--repository) or pass --image');
  }
  if (settings.prune && (!settings.environment || !settings.vcs.repository)) {
    throw new UsageError('--prune needs the environment (--env) and the repository (GITHUB_REPOSITORY, or a git origin): they mark what this tool registered');
  }

  const client = new PrefectClient({
    apiUrl: settings.prefect.apiUrl,
    apiKey: settings.prefect.apiKey,
    authString: settings.prefect.authString,
    maxConcurrency: settings.concurrency,
    maxRetryMs: settings.maxRetrySeconds * 1000,
    onRetry: (r) => progress.info(`retrying ${r.method} ${r.path} in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt}: ${r.reason})`),
  });
  // Reach Prefect before writing to the registry: bad credentials stop the run here.
  const serverVersion = await client.serverVersion();
  const caps: Capabilities = capabilitiesFor(serverVersion);
  progress.info(`Prefect ${serverVersion} at ${client.apiUrl}`);
  // Every block is checked against its type's schema before anything is written (the registry included).
  const liveBlocks = await readLiveBlocks(client, file, settings.concurrency);
  const serverErrors = [...agentErrors(file, caps), ...checkBlockData(file.path, file.blocks, liveBlocks)];
  if (serverErrors.length) throw new InvalidInput(serverErrors);

  let image: ImageResult | undefined;
  if (useImageStage) {
    // Loaded only when the image stage runs: the AWS SDK costs start-up time.
    const { buildImage, findImage, promoteImage } = await import('../image/stage.js');
    const ecr = settings.ecr!;
    if (mode === 'promote') {
      image = await promoteImage(ecr, settings.root, { environmentTag: settings.promoteFrom!, sha: settings.sha }, progress);
    } else if (mode === 'plan' && !ecr.buildOnly) {
      image = await findImage(ecr, settings.sha!, progress);
    } else {
      const source = settings.vcs.repository && settings.vcs.commitUrl?.replace(/\/commit\/.*$/, '');
      image = await buildImage({ ...ecr, buildOnly: ecr.buildOnly || mode === 'plan' }, settings.root, settings.sha!, { source }, progress, layerCache);
      if (image.layerCacheSave) background.push(image.layerCacheSave);
    }
  }
  const sha = image?.revision ?? settings.sha!;

  const variables = await readVariables(client, referencedVariables(validation.validated), settings.concurrency);
  const ctx: DeployContext = {
    sha,
    environment: settings.environment,
    repository: settings.vcs.repository,
    branch: settings.vcs.branch,
    commitUrl: settings.vcs.commitUrl,
    versionType: settings.vcs.versionType,
    workdir: settings.workdir,
    image: image?.uri ?? settings.imageRef,
    imageDigest: image?.digestRef,
    variables,
    enforceParameterSchemaDefault: !caps.infrastructureBlocks,
  };
  const blockProblems: string[] = [];
  const blocks = planBlocks(inDependencyOrder(file.blocks), liveBlocks, (data) => fillTemplates(data, ctx, blockProblems));
  if (blockProblems.length) throw new UsageError(`blocks: ${[...new Set(blockProblems)].join('; ')}`);
  const built = buildDesired(validation.validated, ctx);
  const live = await readLiveState(
    client,
    [...new Set(built.desired.map((d) => d.state.flowName))],
    [...new Set(built.desired.map((d) => d.state.name))],
    [...new Set(built.desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])))],
  );
  let managed: LiveDeployment[] = [];
  if (settings.prune) {
    if (!caps.labels) throw new UsageError(`--prune needs deployment labels (Prefect 3.1.5 or newer); this server is ${serverVersion}`);
    managed = await readManaged(client, settings.environment!, settings.vcs.repository!);
  }
  // Blocks the file declares (and, when scripts run, any block) may not exist before this run writes them.
  const pending = new Map(blocks.filter((b) => b.action === 'create').map((b) => [b.key, liveBlocks.types.get(b.spec.type)?.schema]));
  const planFor = async (afterWrites: boolean): Promise<PlanEntry[]> => {
    const errors = [...built.errors];
    const withBlocks = await resolveInfrastructureBlocks(client, built.desired, errors, ctx.image, afterWrites ? undefined : { pending, scripts: scripts.length > 0 });
    const desired = withPoolImage(withBlocks, live.workPools, ctx.image);
    return planDeployments(desired, live, caps, errors, managed);
  };
  let entries = await planFor(false);
  const results = new Map<PlanEntry, ApplyResult>();
  if (mode !== 'plan') {
    await applyBlocks(client, blocks, liveBlocks, progress.info);
    if (scripts.length) {
      if (image && settings.ecr) await (await import('../image/stage.js')).ensureLocalImage(settings.ecr, image.uri, progress);
      await runBlockScripts(scripts, { image: ctx.image!, root: settings.root, prefect: settings.prefect, environment: settings.environment, sha }, progress);
    }
    // Infrastructure blocks are looked up again: this run may have just created them.
    if (blocks.some((b) => b.action === 'create') || scripts.length) entries = await planFor(true);
    const writes = entries.filter((e) => e.action === 'create' || e.action === 'update' || e.action === 'delete').length;
    if (writes) progress.info(`applying ${writes} change(s) with up to ${settings.concurrency} request(s) in flight`);
    let done = 0;
    for (const r of await applyPlan(client, entries, live, caps, {
      concurrency: settings.concurrency,
      onResult: () => {
        done++;
        if (writes >= 50 && done % 50 === 0) progress.info(`${done}/${writes} applied`);
      },
    })) {
      results.set(r.entry, r);
    }
  }
  return {
    mode,
    environment: settings.environment,
    sha,
    file: validation.file,
    serverVersion,
    apiUrl: client.apiUrl,
    entries,
    results,
    validation,
    image,
    blocks,
    blockScripts: { scripts, ran: mode !== 'plan' },
  };
}

/** `{{ prefect.variables.<name> }}` values, read once each. */
async function readVariables(client: PrefectClient, names: string[], concurrency: number): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await mapBounded(names, concurrency, async (name) => {
    try {
      const v = await client.request<{ value: unknown }>('GET', `/variables/name/${encodeURIComponent(name)}`);
      out[name] = v.value;
    } catch (e) {
      if (!(e instanceof PrefectApiError && e.status === 404)) throw e;
    }
  });
  return out;
}

const PREFECT2_IMAGE_PATH = '/opt/prefect/flows';

/** `ib-block` on Prefect 3, where workers and work pools replaced agents: a validation error at each place it is written. */
function agentErrors(file: DeploymentsFile, caps: Capabilities): Diagnostic[] {
  if (caps.infrastructureBlocks) return [];
  const nodes = new Map(file.deployments.flatMap((d) => (d.infrastructureBlockNode ? [[d.infrastructureBlockNode, d.infrastructureBlock] as const] : [])));
  return [...nodes].map(([node, ref]) => ({
    file: file.path,
    ...node.pos,
    severity: 'error' as const,
    message: `ib-block '${ref}' is for Prefect 2 agents; Prefect ${caps.version} runs deployments from work pools: set work_pool.name (an ECS work pool replaces ecs-task blocks) and run a worker`,
  }));
}

/**
 * `ib-block` -> `infrastructure_document_id` on Prefect 2, with the image as a
 * per-deployment override when the block has an `image` field.
 * Before this run's writes (`before`), a block the file declares, or any block
 * when block scripts will run, may still be missing: it gets a placeholder.
 */
async function resolveInfrastructureBlocks(
  client: PrefectClient,
  desired: Desired[],
  errors: { deployment: string; message: string }[],
  image: string | undefined,
  before?: { pending: Map<string, BlockSchemaInfo | undefined>; scripts: boolean },
): Promise<Desired[]> {
  const refs = [...new Set(desired.flatMap((d) => (d.spec.infrastructureBlock ? [d.spec.infrastructureBlock] : [])))];
  if (!refs.length) return desired;
  const found = await readBlockDocumentIds(client, refs);
  const kept: Desired[] = [];
  for (const d of desired) {
    const ref = d.spec.infrastructureBlock;
    if (!ref) {
      kept.push(d);
      continue;
    }
    let block = found.get(ref)!;
    if (!block.id && before && (before.pending.has(ref) || (before.scripts && ref.indexOf('/') > 0))) {
      block = { id: `(${ref}, written by this run)`, schema: before.pending.get(ref) };
    }
    if (!block.id) {
      errors.push({ deployment: d.state.name, message: block.error! });
      continue;
    }
    // Prefect 2's convention for image-based infrastructure: the code is at /opt/prefect/flows; agents use no pull steps.
    const pull = d.spec.pull ?? null;
    const takesImage = image !== undefined && block.schema?.fields.properties?.image !== undefined && !('image' in d.state.job_variables);
    const jobVariables = takesImage ? { ...d.state.job_variables, image } : d.state.job_variables;
    kept.push({ ...d, state: { ...d.state, infrastructure_document_id: block.id, path: pull ? null : PREFECT2_IMAGE_PATH, pull_steps: pull, job_variables: jobVariables } });
  }
  return kept;
}

/** True when a deploy ended with any deployment not registered. */
export function hasFailures(report: DeployReport): boolean {
  return report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error);
}
