/** What a run did, or would do: the header facts and one section per stage, for every renderer. */
import type { ValidateReport } from '../commands/validate.js';
import type { CodeStorageReport } from '../code/report.js';
import type { ImageResult } from '../image/stage.js';
import type { WorkerReport } from '../worker/report.js';
import type { ApplyResult } from '../plan/apply.js';
import type { BlockEntry } from '../plan/blocks.js';
import type { PlanEntry } from '../plan/diff.js';
import type { StopReason } from '../run-control.js';
import type { YNode } from '../config/yaml.js';
import type { AutomationEntry } from '../plan/automations.js';
import type { DeployMode } from './stage.js';

export interface DeployReport {
  mode: DeployMode;
  environment?: string;
  /** The commit deployed: the image's revision after a promotion. */
  sha: string;
  file: string;
  serverVersion: string;
  apiUrl: string;
  validation: ValidateReport;
  /** Image stage: the image, when the stage ran. */
  image?: ImageResult;
  /** Blocks stage: planned, and (deploy) written. */
  blocks: BlockEntry[];
  /** Block scripts stage, in the order they run; `ran` is false in plan mode. */
  blockScripts: { scripts: string[]; ran: boolean };
  /** Deployments stage: the plan. */
  entries: PlanEntry[];
  /** Deployments stage: what applying each entry did (deploy only). */
  results: Map<PlanEntry, ApplyResult>;
  /** Why the run stopped before its end (an interrupt, the deadline): what it had not written is reported as not applied. */
  stopped?: StopReason;
  /**
   * Build and push steps stages: the run_shell_script steps that ran, and their outputs by step;
   * those not run (a pull request's code with the repository's secrets), why, and what each would have filled.
   */
  steps: { ran: string[]; outputs: Map<YNode, Record<string, unknown>>; notRun?: { reason: string; steps: string[] } };
  /** Automations stage: each deployment's triggers (as automations) and SLAs, planned and (deploy) written. */
  automations: AutomationEntry[];
  /** Code storage stage, when it runs. */
  codeStorage?: CodeStorageReport;
  /** Worker service stage, when it runs. */
  worker?: WorkerReport;
  /** Seconds each stage took (read, plan and apply), by stage name. */
  timings: Record<string, number>;
}

/** True when a run ended with any deployment not registered (a conflict counts only when writing). */
export function hasFailures(report: DeployReport): boolean {
  const skipped = report.mode !== 'plan' && report.entries.some((e) => e.action === 'conflict');
  const deployments = skipped || report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error);
  const automations = report.automations.some((a) => a.action === 'error' || a.error);
  return report.stopped !== undefined || deployments || automations || report.worker?.error !== undefined;
}

/** True when the Prefect API differs from the file: a deployment, block or automation to write, or a conflict. */
export function hasChanges(report: DeployReport): boolean {
  const changed = (action: string) => action !== 'unchanged';
  return report.entries.some((e) => changed(e.action)) || report.blocks.some((b) => changed(b.action)) || report.automations.some((a) => changed(a.action));
}
