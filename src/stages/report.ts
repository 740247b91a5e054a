/** What a run did, or would do: the header facts and one section per stage, for every renderer. */
import type { ValidateReport } from '../commands/validate.js';
import type { StopReason } from '../run-control.js';
import { stages } from './pipeline.js';
import type { AnyStage, DeployMode } from './stage.js';

/** The run's facts, before any stage's section. */
export interface ReportHeader {
  mode: DeployMode;
  environment?: string;
  /** The commit deployed: the image's revision after a promotion. */
  sha: string;
  file: string;
  serverVersion: string;
  apiUrl: string;
  validation: ValidateReport;
  /** Why the run stopped before its end (an interrupt, the deadline): what it had not written is reported as not applied. */
  stopped?: StopReason;
  /** Seconds each stage took (read, plan and apply), by stage name. */
  timings: Record<string, number>;
  /** A pull request's previews: registered, or deleted (close). */
  preview?: { number: number; close: boolean };
}

type SectionOf<S> = S extends { section(state: never): infer R } ? R : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The header and every stage's section, as the pipeline's list has them. */
export type DeployReport = ReportHeader & Intersection<SectionOf<ReturnType<typeof stages>[number]>>;

/** True when a run stopped before its end, or a stage did not write what it was to write. */
export function hasFailures(report: DeployReport): boolean {
  return report.stopped !== undefined || stages().some((stage: AnyStage) => stage.hasFailures?.(report) === true);
}

/** True when the Prefect API differs from the file in what a stage writes (a conflict counts). */
export function hasChanges(report: DeployReport): boolean {
  return stages().some((stage: AnyStage) => stage.hasChanges?.(report) === true);
}
