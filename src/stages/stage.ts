/**
 * The deploy pipeline's unit: every stage has the same shape. `check` finds every
 * problem in the settings and the file alone (before any server is reached); `read`
 * reads the live state the stage needs and finds every problem in it; nothing is
 * written anywhere until every stage has checked and read. `plan` decides what would
 * change (a pure diff of desired against live state); `apply` writes that plan.
 * Each stage keeps its part of the report in the run, and later stages read the
 * outputs of earlier ones from it.
 */
import type { ValidatedFile } from '../config/validate.js';
import type { Diagnostic } from '../diagnostics.js';
import type { LayerCache } from '../image/layer-cache.js';
import type { StageUi } from './ui.js';
import type { Capabilities } from '../prefect/capabilities.js';
import type { PrefectClient } from '../prefect/client.js';
import type { RunControl } from '../run-control.js';
import type { Settings } from '../settings.js';
import type { DeployReport } from './report.js';

export type DeployMode = 'plan' | 'deploy' | 'promote';

/** What a stage's checks see: the settings and the validated file. */
export interface StageInput {
  settings: Settings;
  mode: DeployMode;
  file: ValidatedFile;
}

/** What every stage sees once the server is reached: the settings, the file, the Prefect server, and the report so far. */
export interface Run extends StageInput {
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
  /** Each stage's section, filled in as the stages run. */
  report: DeployReport;
}

/** A problem a check found: at a place in the file, or about a setting. */
export type Problem = Diagnostic | string;

export interface Stage {
  /** Shown in progress output. */
  readonly name: string;
  /** Every problem in the settings and the file, before anything is read or written. */
  check(input: StageInput): Problem[];
  /** Reads the live state the stage needs; every problem in it, before any stage writes anything. */
  read(run: Run): Promise<Problem[]>;
  /** What this stage would change, with the outputs of the stages before it; writes nothing. */
  plan(run: Run): Promise<void>;
  /** Writes what `plan` decided. */
  apply(run: Run): Promise<void>;
}
