/**
 * Which deployment fields a server accepts, by its version: request bodies forbid
 * unknown fields (422), so every payload is built from these flags. The one place
 * that knows Prefect's version history.
 */
import { Failure } from '../errors.js';

export interface Capabilities {
  version: string;
  /** Prefect 2: agents and infrastructure blocks (`infrastructure_document_id`). */
  infrastructureBlocks: boolean;
  /** `schedules` list (2.16+) rather than `schedule` + `is_schedule_active`. */
  schedules: boolean;
  /** Deployment `paused` (2.16+); before it, only the schedule's `is_schedule_active`. */
  paused: boolean;
  /** `job_variables` (2.17+) rather than `infra_overrides`. */
  jobVariables: boolean;
  /** `concurrency_limit` and `concurrency_options` (3.0+). */
  concurrencyLimit: boolean;
  /** Deployment `labels` (3.1.5+). */
  labels: boolean;
  /** Schedule `slug` and `parameters` (3.2+). */
  scheduleSlug: boolean;
  /** `version_info` (3.3.6+). */
  versionInfo: boolean;
}

export class UnsupportedServer extends Failure {}

export function capabilitiesFor(version: string): Capabilities {
  if (version === 'cloud') return { version, infrastructureBlocks: false, schedules: true, paused: true, jobVariables: true, concurrencyLimit: true, labels: true, scheduleSlug: true, versionInfo: true };
  const v = parseVersion(version);
  if (!v) throw new UnsupportedServer(`cannot read the server version '${version}'`);
  const atLeast = (...want: number[]) => compare(v, want) >= 0;
  if (!atLeast(2, 14, 0)) throw new UnsupportedServer(`Prefect ${version} servers are not supported: this tool registers on Prefect 2.14 and newer`);
  return {
    version,
    infrastructureBlocks: !atLeast(3, 0, 0),
    schedules: atLeast(2, 16, 0),
    paused: atLeast(2, 16, 0),
    jobVariables: atLeast(2, 17, 0),
    concurrencyLimit: atLeast(3, 0, 0),
    labels: atLeast(3, 1, 5),
    scheduleSlug: atLeast(3, 2, 0),
    versionInfo: atLeast(3, 3, 6),
  };
}

function parseVersion(text: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  return m ? m.slice(1, 4).map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
