/**
 * The run layer the CLI and the action share: each group of deployments files (an
 * environment) is validated as a whole before any file of it runs, then each file runs
 * in turn. The result says what ran, what did not and why, and the exit code; the
 * edges only render it. The one place that maps errors and stops to exit codes.
 */
import { InvalidInput } from '../diagnostics.js';
import { errorMessage, Failure, UsageError } from '../errors.js';
import type { LayerCache } from '../image/layer-cache.js';
import { describeStop, exitCodeFor, RunControl, Stopped, watchRun, type StopReason } from '../run-control.js';
import type { Settings } from '../settings.js';
import { hasChanges, hasFailures, runDeploy, type DeployMode, type DeployReport } from '../stages/pipeline.js';
import { runValidate, type ValidateReport } from './validate.js';

/** What became of one deployments file. */
export type FileOutcome =
  /** Validated, and nothing more asked: the validate command (the action's plan without Prefect credentials). */
  | { kind: 'validated'; settings: Settings; validated: ValidateReport }
  /** Not run: a file of its group is invalid (maybe this one), so nothing of the group was written. */
  | { kind: 'held-back'; settings: Settings; validated: ValidateReport }
  | { kind: 'ran'; settings: Settings; report: DeployReport }
  /** The run threw: invalid input found by the stages' checks, a stop before anything was written, a failure. */
  | { kind: 'failed'; settings: Settings; error: unknown }
  /** Not started: the run was stopping, or (the CLI) an earlier file failed; `why` says which. */
  | { kind: 'not-run'; settings: Settings; why: string };

export interface GroupResult {
  outcomes: FileOutcome[];
  /** The group's own exit code: 0 when it succeeded. */
  exitCode: number;
}

export interface RunResult {
  groups: GroupResult[];
  exitCode: number;
  /** Why the run stopped (an interrupt, the deadline), if it did. */
  stopped?: StopReason;
}

/** What the edges do while the run goes: name a file, open a log group, print a report as it comes. */
export interface RunHooks {
  /** A group's files, every one validated before any runs (several files, or the validate command). */
  validated?(checked: { settings: Settings; validated: ValidateReport }[]): void;
  /** Runs one file's deploy: the CLI names the file first; the action runs it in a log group. */
  deploying?(settings: Settings, deploy: () => Promise<DeployReport>): Promise<DeployReport>;
  /** Each file's outcome as it comes, with the index of its group. */
  outcome?(outcome: FileOutcome, group: number): void;
}

export interface RunOptions {
  ui: Parameters<typeof runDeploy>[2];
  /** The deadline of the whole run, every group included. */
  timeoutSeconds: number;
  layerCache?: LayerCache;
  /** The CLI ends at a file whose run threw; the action goes on with the next file. */
  stopAtFailure: boolean;
  hooks?: RunHooks;
}

/**
 * Runs each group in turn under one deadline; an interrupt (a cancelled job) stops them
 * all. Errors of the validation itself (a file that cannot be found) are thrown.
 */
export async function runGroups(groups: Settings[][], options: RunOptions): Promise<RunResult> {
  const control = new RunControl();
  // validate alone writes nothing and is not watched: an interrupt ends it as it ends any process.
  const deploys = groups.some((runs) => runs.some((s) => s.command !== 'validate'));
  const unwatch = deploys ? watchRun(control, options.timeoutSeconds) : () => undefined;
  try {
    const results: GroupResult[] = [];
    for (const [i, runs] of groups.entries())
      results.push(await runGroup(runs, control, options, (o) => options.hooks?.outcome?.(o, i)));
    const stopped = control.reason;
    return {
      groups: results,
      stopped,
      exitCode: stopped ? exitCodeFor(stopped) : (results.find((r) => r.exitCode !== 0)?.exitCode ?? 0),
    };
  } finally {
    unwatch();
  }
}

/**
 * One group's files. With several, every file is validated before any is deployed: one
 * invalid file writes nothing for any of them.
 */
async function runGroup(
  runs: Settings[],
  control: RunControl,
  options: RunOptions,
  report: (o: FileOutcome) => void,
): Promise<GroupResult> {
  const validateOnly = runs.every((s) => s.command === 'validate');
  const checked =
    runs.length > 1 || validateOnly
      ? runs.map((settings) => ({ settings, validated: runValidate(settings) }))
      : undefined;
  if (checked) options.hooks?.validated?.(checked);
  const outcomes: FileOutcome[] = [];
  if (checked && (validateOnly || checked.some((c) => !c.validated.valid))) {
    const kind =
      runs.length > 1 && checked.some((c) => !c.validated.valid) ? ('held-back' as const) : ('validated' as const);
    outcomes.push(...checked.map((c) => ({ kind, ...c })));
    outcomes.forEach(report);
  } else {
    for (const settings of runs) {
      const outcome = await runFile(settings, control, options, outcomes);
      outcomes.push(outcome);
      report(outcome);
    }
  }
  return { outcomes, exitCode: groupExitCode(outcomes, control, runs[0]?.exitCode ?? false) };
}

async function runFile(
  settings: Settings,
  control: RunControl,
  options: RunOptions,
  earlier: FileOutcome[],
): Promise<FileOutcome> {
  if (control.reason) return { kind: 'not-run', settings, why: `${describeStop(control.reason)}: not started` };
  if (options.stopAtFailure && earlier.some((o) => o.kind === 'failed'))
    return { kind: 'not-run', settings, why: 'not started: an earlier deployments file failed' };
  const deploy = () =>
    runDeploy(settings, settings.command as DeployMode, options.ui, { control, layerCache: options.layerCache });
  try {
    return {
      kind: 'ran',
      settings,
      report: await (options.hooks?.deploying ? options.hooks.deploying(settings, deploy) : deploy()),
    };
  } catch (error) {
    return { kind: 'failed', settings, error };
  }
}

/** A stop's code; else a throw's; 2 an invalid file; 1 a failure; with --exit-code, 3 when the API differs from the file. */
function groupExitCode(outcomes: FileOutcome[], control: RunControl, changesExit: boolean): number {
  if (control.reason) return exitCodeFor(control.reason);
  const failed = outcomes.find((o) => o.kind === 'failed');
  if (failed) return exitCodeOfError(failed.error);
  if (outcomes.some((o) => o.kind === 'held-back' || (o.kind === 'validated' && !o.validated.valid))) return 2;
  const reports = outcomes.flatMap((o) => (o.kind === 'ran' ? [o.report] : []));
  if (reports.some(hasFailures)) return 1;
  return changesExit && reports.some(hasChanges) ? 3 : 0;
}

/** The exit code of anything thrown: 2 invalid input or usage, 130/143 an interrupt, 1 the deadline or a failure. */
export function exitCodeOfError(e: unknown): number {
  if (e instanceof InvalidInput || e instanceof UsageError) return 2;
  if (e instanceof Stopped) return exitCodeFor(e.reason);
  return 1;
}

/** What was thrown, as one line (invalid input has its own diagnostics). */
export function errorText(e: unknown): string {
  if (e instanceof Stopped) return `${e.message} before anything was written`;
  if (e instanceof UsageError || e instanceof Failure) return errorMessage(e);
  return `unexpected failure: ${errorMessage(e)}`;
}
