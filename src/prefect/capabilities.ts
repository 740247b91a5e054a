/**
 * Which deployment fields a server accepts, by its version: request bodies forbid
 * unknown fields (422), so every payload is built from these flags. The one place
 * that knows Prefect's version history.
 */
import { Failure } from '../errors.js';
import type { ComparedField } from '../plan/state.js';

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
  /** `concurrency_limit` (3.0+). */
  concurrencyLimit: boolean;
  /** `concurrency_options` (3.0.3+). */
  concurrencyOptions: boolean;
  /** Deployment `labels` (3.1.5+). */
  labels: boolean;
  /** Schedule `slug` and `parameters` (3.2+). */
  scheduleSlug: boolean;
  /** `version_info` (3.3.6+). */
  versionInfo: boolean;
  /**
   * The plan's fields that `PATCH /deployments/{id}` takes on this server (its `DeploymentUpdate`).
   * Never `schedules` (a PATCH merges slugged schedules where an upsert replaces them all) nor
   * `labels` (no release's `DeploymentUpdate` has them): a change to either is a full upsert.
   */
  patchFields: readonly ComparedField[];
}

export class UnsupportedServer extends Failure {}

/** Fields every supported release's `DeploymentUpdate` has (2.14+), then those added later, with the release. */
const PATCH_FIELDS: readonly ComparedField[] = [
  'version',
  'description',
  'entrypoint',
  'path',
  'parameters',
  'enforce_parameter_schema',
  'tags',
  'work_pool_name',
  'work_queue_name',
  'infrastructure_document_id',
  'storage_document_id',
  'job_variables',
];
const PATCH_FIELDS_SINCE: [number[], ComparedField[]][] = [
  [[2, 16, 0], ['paused']],
  [[3, 0, 0], ['concurrency_limit']],
  [[3, 0, 3], ['concurrency_options']],
  [
    [3, 2, 0],
    ['parameter_openapi_schema', 'pull_steps'],
  ],
];

export function capabilitiesFor(version: string): Capabilities {
  // Prefect Cloud counts as the newest release.
  const v = version === 'cloud' ? [Infinity, 0, 0] : parseVersion(version);
  if (!v) throw new UnsupportedServer(`cannot read the server version '${version}'`);
  const atLeast = (...want: number[]) => compare(v, want) >= 0;
  if (!atLeast(2, 14, 0))
    throw new UnsupportedServer(
      `Prefect ${version} servers are not supported: this tool registers on Prefect 2.14 and newer`,
    );
  return {
    version,
    infrastructureBlocks: !atLeast(3, 0, 0),
    schedules: atLeast(2, 16, 0),
    paused: atLeast(2, 16, 0),
    jobVariables: atLeast(2, 17, 0),
    concurrencyLimit: atLeast(3, 0, 0),
    concurrencyOptions: atLeast(3, 0, 3),
    labels: atLeast(3, 1, 5),
    scheduleSlug: atLeast(3, 2, 0),
    versionInfo: atLeast(3, 3, 6),
    patchFields: [
      ...PATCH_FIELDS,
      ...PATCH_FIELDS_SINCE.flatMap(([since, fields]) => (atLeast(...since) ? fields : [])),
    ],
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
