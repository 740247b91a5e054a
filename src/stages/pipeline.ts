/**
 * `plan`, `deploy` and `promote`: the file is validated, every stage checks its
 * inputs (nothing is written anywhere before all checks pass), then each stage plans
 * with the outputs of the stages before it and, unless this is a plan, applies.
 */
import { runValidate, type ValidateReport } from '../commands/validate.js';
import { InvalidInput, type Diagnostic } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { plural } from '../text.js';
import { stopDockerProcesses } from '../image/docker.js';
import type { LayerCache } from '../image/layer-cache.js';
import type { StageUi } from './ui.js';
import { referencedValues } from '../plan/desired.js';
import { readBlockValues } from '../prefect/blocks.js';
import { capabilitiesFor } from '../prefect/capabilities.js';
import { PrefectApiError, PrefectClient } from '../prefect/client.js';
import { mapBounded } from '../plan/apply.js';
import type { RunControl } from '../run-control.js';
import type { Settings } from '../settings.js';
import { blockScriptsStage } from './block-scripts.js';
import { automationsStage } from './automations.js';
import { blocksStage } from './blocks.js';
import { buildStepsStage } from './build-steps.js';
import { codeStorageStage } from './code-storage.js';
import { deploymentsStage } from './deployments.js';
import { imageStage } from './image.js';
import { verifyStage } from './verify.js';
import { workerServiceStage } from './worker-service.js';
import type { DeployReport, ReportHeader } from './report.js';
import type { AnyStage, DeployMode, Problem, Run, StageInput } from './stage.js';

export type { DeployMode } from './stage.js';
export { hasChanges, hasFailures, type DeployReport } from './report.js';

/**
 * The pipeline, in the order it runs: the only place that orders the stages, and so
 * the sections of every report. A stage reads the sections of those before it.
 */
// Code storage follows the blocks: the storage or credentials block it names may be declared in the file.
export const stages = () =>
  [
    buildStepsStage('before-image'),
    imageStage(),
    buildStepsStage('after-image'),
    blocksStage(),
    blockScriptsStage,
    codeStorageStage(),
    deploymentsStage(),
    automationsStage(),
    workerServiceStage(),
    // Last: the runs it starts use what every stage before it wrote (the worker's image among it).
    verifyStage(),
  ] as const;

/**
 * The stages a run has. A preview registers deployments (with the commit's image and
 * code) and writes nothing the environment shares: not its blocks, block scripts or
 * worker. Closing a pull request's previews only deletes them and their automations.
 */
function stagesFor(settings: Settings): readonly AnyStage[] {
  const all: readonly AnyStage[] = stages();
  const preview = settings.preview;
  if (!preview) return all;
  const kept = preview.close
    ? ['deployments', 'automations']
    : all.map((s) => s.name).filter((n) => !['blocks', 'block scripts', 'worker service'].includes(n));
  return all.filter((s) => kept.includes(s.name));
}

/** Closing previews reads no file: what the pull request's branch holds now does not matter. */
function closingValidation(settings: Settings): ValidateReport {
  const path = settings.file ?? settings.filePattern.replaceAll('{env}', settings.environment ?? '{env}');
  return {
    file: path,
    valid: true,
    errors: [],
    warnings: [],
    deployments: [],
    validated: { file: { path, deployments: [], blocks: [], blockScripts: [] }, flows: new Map(), diagnostics: [] },
  };
}

/** How a run is held: its deadline and interrupts, and (the action's) layer cache for builds. */
export interface RunOptions {
  control: RunControl;
  layerCache?: LayerCache;
}

/**
 * Runs every stage for one environment. Once the run is stopping (an interrupt, the
 * deadline), no stage starts and the report so far comes back with `stopped` set:
 * what was written, and what was not.
 */
export async function runDeploy(
  settings: Settings,
  mode: DeployMode,
  ui: StageUi,
  options: RunOptions,
): Promise<DeployReport> {
  const validation = settings.preview?.close ? closingValidation(settings) : runValidate(settings);
  if (!validation.valid) throw new InvalidInput([...validation.errors, ...validation.warnings]);
  const pipeline = stagesFor(settings);
  const input: StageInput = { settings, mode, file: validation.validated };
  stopOn(pipeline.flatMap((stage) => stage.check(input)));
  const { control } = options;
  // A build or block script still running when the grace period ends is ended too.
  control.aborted.addEventListener('abort', stopDockerProcesses, { once: true });
  const retries = retryNotices(ui);
  const { run, header } = await openRun(input, validation, ui, options, retries.onRetry);
  // Every stage's section, empty until the stage has read and planned; later stages read them.
  const report = Object.assign(header, ...stages().map((stage: AnyStage) => stage.section({}))) as DeployReport;
  const lives = new Map<AnyStage, unknown>();
  const at: Run = { ...run, from: report };
  try {
    const problems: Problem[] = [];
    const timed = async (stage: AnyStage, work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      report.timings[stage.name] = (report.timings[stage.name] ?? 0) + (performance.now() - started) / 1000;
    };
    for (const stage of pipeline) {
      await timed(stage, async () => {
        const read = await stage.read(at);
        problems.push(...read.problems);
        lives.set(stage, read.live);
        Object.assign(report, stage.section({ live: read.live }));
      });
    }
    stopOn(problems);
    for (const stage of pipeline) {
      control.check();
      await timed(stage, async () => {
        const live = lives.get(stage);
        const plan = await stage.plan(at, live);
        Object.assign(report, stage.section({ live, plan }));
        control.check();
        if (mode !== 'plan') Object.assign(report, stage.section({ live, plan: await stage.apply(at, plan) }));
      });
    }
    // The deployments stage stops dispatching by itself: its report says what it did not write.
    if (control.reason) report.stopped = control.reason;
    return report;
  } catch (e) {
    // Whatever failed once the run was stopping failed because it was stopping.
    if (!control.reason) throw e;
    report.stopped = control.reason;
    return report;
  } finally {
    // The layer cache upload overlaps the registration; the run ends when both have (a stopped run does not wait).
    if (!control.reason) await Promise.all(run.background);
    retries.summary();
  }
}

type OnRetry = (r: { method: string; path: string; attempt: number; reason: string }) => void;

/**
 * Retries are quiet: a request that succeeds on its second try is normal on a busy
 * server. One line when a request is still failing after its third attempt, and a count at the end.
 */
function retryNotices(ui: StageUi): { onRetry: OnRetry; summary: () => void } {
  let count = 0;
  return {
    onRetry: (r) => {
      count++;
      if (r.attempt === 3) ui.info(`still retrying ${r.method} ${r.path} after 3 attempts (last: ${r.reason})`);
    },
    summary: () => {
      if (count)
        ui.info(
          `${plural(count, 'retry', 'retries')} of Prefect API requests (the server answered busy or not at all), all of them recovered`,
        );
    },
  };
}

/** Reaches the Prefect server, and reads what every stage uses: its version and the file's Prefect variables and blocks. */
async function openRun(
  input: StageInput,
  validation: ValidateReport,
  ui: StageUi,
  { control, layerCache }: RunOptions,
  onRetry: OnRetry,
): Promise<{ run: Omit<Run, 'from'>; header: ReportHeader }> {
  const { settings, mode, file } = input;
  if (!settings.prefect.apiUrl) throw new UsageError('no Prefect API: set PREFECT_API_URL or pass --api-url');
  const client = new PrefectClient({
    apiUrl: settings.prefect.apiUrl,
    apiKey: settings.prefect.apiKey,
    authString: settings.prefect.authString,
    maxConcurrency: settings.concurrency,
    maxRetryMs: settings.maxRetrySeconds * 1000,
    control,
    onRetry,
  });
  // Reach Prefect before anything else: bad credentials stop the run here.
  const serverVersion = await client.serverVersion();
  ui.info(`Prefect ${serverVersion} at ${client.apiUrl}`);
  const header: ReportHeader = {
    mode,
    environment: settings.environment,
    sha: settings.sha ?? '',
    file: validation.file,
    serverVersion,
    apiUrl: client.apiUrl,
    validation,
    timings: {},
    ...(settings.preview ? { preview: { number: settings.preview.number, close: settings.preview.close } } : {}),
  };
  const referenced = referencedValues(file);
  const [variables, blockValues] = await Promise.all([
    readVariables(client, referenced.variables, settings.concurrency),
    readBlockValues(client, referenced.blocks),
  ]);
  const run = {
    ...input,
    ui,
    client,
    caps: capabilitiesFor(serverVersion),
    variables,
    blockValues,
    layerCache,
    control,
    background: [],
  };
  return { run, header };
}

/** Every problem the checks found, at once: those in the file at their place (exit 2 either way). */
function stopOn(problems: Problem[]): void {
  const placed = problems.filter((p): p is Diagnostic => typeof p !== 'string');
  const settings = problems.filter((p): p is string => typeof p === 'string');
  if (placed.length) throw new InvalidInput(placed, settings);
  if (settings.length) throw new UsageError(settings.join('\n'));
}

/** `{{ prefect.variables.<name> }}` values, read once each; a missing variable is absent. */
async function readVariables(
  client: PrefectClient,
  names: string[],
  concurrency: number,
): Promise<Record<string, unknown>> {
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
