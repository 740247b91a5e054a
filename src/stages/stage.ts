/**
 * The deploy pipeline's unit: every stage has the same shape. `check` finds every
 * problem in the settings and the file alone (before any server is reached); `read`
 * reads the live state the stage needs and finds every problem in it; nothing is
 * written anywhere until every stage has checked and read. `plan` decides what would
 * change (a pure diff of desired against live state) and returns it; `apply` writes
 * that plan and returns it as applied. `section` is what the stage gives the report
 * and the stages after it; each stage declares in its type (`Needs`) what it reads
 * of the sections before it, and renders its own section.
 */
import type { ValidatedFile } from '../config/validate.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LayerCache } from '../image/layer-cache.js';
import type { Capabilities } from '../prefect/capabilities.js';
import type { PrefectClient } from '../prefect/client.js';
import type { RunControl } from '../run-control.js';
import type { Settings } from '../settings.js';
import type { ReportHeader } from './report.js';
import type { StageUi } from './ui.js';

export type DeployMode = 'plan' | 'deploy' | 'promote';

/** What a stage's checks see: the settings and the validated file. */
export interface StageInput {
  settings: Settings;
  mode: DeployMode;
  file: ValidatedFile;
}

/** What every stage sees once the server is reached: the settings, the file, the Prefect server, and what it needs of earlier stages. */
export interface Run<Needs = unknown> extends StageInput {
  ui: StageUi;
  client: PrefectClient;
  caps: Capabilities;
  /** The Prefect variables the file references (`{{ prefect.variables.<name> }}`), read once; missing ones are absent. */
  variables: Record<string, unknown>;
  /** The block documents' data the file references outside pull steps (`{{ prefect.blocks.<type>.<name> }}`), by `<type>.<name>`. */
  blockValues: Record<string, Record<string, unknown>>;
  /** The action's layer cache, for builds. */
  layerCache?: LayerCache;
  /** The deadline and interrupts: once stopping, nothing new is written. */
  control: RunControl;
  /** Work that overlaps later stages (the layer cache upload); the run waits for it at the end. */
  background: Promise<void>[];
  /** The sections of the stages before this one that it declares it needs, as they are now. */
  from: Readonly<Needs>;
}

/** A problem a check found: at a place in the file, or about a setting. */
export type Problem = Diagnostic | string;

/** What `read` found: the problems, and the live state `plan` starts from. */
export interface Read<Live> {
  problems: Problem[];
  live: Live;
}

/** A failure the JSON document lists under `errors`. */
export interface ErrorJson {
  deployment: string;
  flow: string | null;
  message: string;
}

/** A stage's section as every renderer shows it; a stage that shows nothing leaves them out. */
export interface StageView<Section> {
  /** Lines of the terminal report. */
  text?(report: ReportHeader & Section): string[];
  /** Lines of the summary and the pull request comment (a `#### ` heading first). */
  markdown?(report: ReportHeader & Section): string[];
  /** The section's fields in the `--json` document. */
  json?(report: ReportHeader & Section): Record<string, unknown>;
  /** Failures the `--json` document lists under `errors`. */
  errors?(report: ReportHeader & Section): ErrorJson[];
  /** The Prefect API differs from the file in what this stage writes. */
  hasChanges?(report: ReportHeader & Section): boolean;
  /** Something this stage was to write failed. */
  hasFailures?(report: ReportHeader & Section): boolean;
  /** What a stopped run applied of this stage and what not, as parts of the stop line. */
  stopped?(report: ReportHeader & Section): string[];
}

export interface Stage<Needs = unknown, Live = unknown, Plan = unknown, Section = unknown> extends StageView<Section> {
  /** Shown in progress output. */
  readonly name: string;
  /** Every problem in the settings and the file, before anything is read or written. */
  check(input: StageInput): Problem[];
  /** Reads the live state the stage needs; every problem in it, before any stage writes anything. */
  read(run: Run<Needs>): Promise<Read<Live>>;
  /** What this stage would change, with the sections of the stages before it; writes nothing. */
  plan(run: Run<Needs>, live: Live): Promise<Plan>;
  /** Writes what `plan` decided; the plan as applied. */
  apply(run: Run<Needs>, plan: Plan): Promise<Plan>;
  /** The stage's part of the report, and what later stages read: empty before it read, then from what it read and planned. */
  section(state: { live?: Live; plan?: Plan }): Section;
}

/** A stage of any kind, as the pipeline runs it (its own types stay with it). */
export type AnyStage = Stage<unknown, unknown, unknown, unknown>;

/** A stage that reads nothing. */
export async function readNothing(): Promise<Read<undefined>> {
  return { problems: [], live: undefined };
}
