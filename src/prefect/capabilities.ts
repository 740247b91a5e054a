/**
 * Which deployment fields a server accepts, by its version: request bodies forbid
 * unknown fields (422), so every payload is built from these flags. The one place
 * that knows Prefect's version history.
 */
import { Failure } from '../errors.js';

export interface Capabilities {
  version: string;
  /** `schedules` list (2.16+) rather than `schedule` + `is_schedule_active`. */
  schedules: boolean;
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
  if (version === 'cloud') return { version, schedules: true, jobVariables: true, concurrencyLimit: true, labels: true, scheduleSlug: true, versionInfo: true };
  const v = parseVersion(version);
  if (!v) throw new UnsupportedServer(`cannot read the server version '${version}'`);
  if (v[0] < 3) throw new UnsupportedServer(`Prefect ${version} servers are not supported yet: this release registers on Prefect 3.0 and newer`);
  const atLeast = (...want: number[]) => compare(v, want) >= 0;
  return {
    version,
    schedules: true,
    jobVariables: true,
    concurrencyLimit: true,
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
