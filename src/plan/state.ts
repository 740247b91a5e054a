/**
 * A deployment as Prefect stores it, in one normalized shape for both sides of a
 * plan: desired (from the file) and live (from the API). Server defaults are
 * applied on both sides so that equal means "a write would change nothing".
 */

export type ScheduleBody =
  | { cron: string; timezone: string | null; day_or: boolean }
  | { interval: number; anchor_date?: string; timezone: string }
  | { rrule: string; timezone: string };

export interface ScheduleState {
  schedule: ScheduleBody;
  active: boolean;
  parameters: Record<string, unknown>;
  slug: string | null;
}

export interface ConcurrencyOptionsState {
  collision_strategy: string;
  grace_period_seconds: number | null;
}

export interface DeploymentState {
  name: string;
  flowName: string;
  version: string | null;
  description: string | null;
  parameters: Record<string, unknown>;
  parameter_openapi_schema: unknown;
  enforce_parameter_schema: boolean;
  schedules: ScheduleState[];
  tags: string[];
  /** Only the labels this tool manages; Prefect's own (`prefect.*`) are not compared. */
  labels: Record<string, string>;
  work_pool_name: string | null;
  work_queue_name: string;
  /** Prefect 2 agents: the infrastructure block document (`ib-block`). */
  infrastructure_document_id: string | null;
  /** Prefect 2: the storage block document the code is read with (code storage), with `path` below it. */
  storage_document_id: string | null;
  job_variables: Record<string, unknown>;
  entrypoint: string | null;
  /** Prefect 2 agents: where the flow code is inside the image. */
  path: string | null;
  pull_steps: unknown[] | null;
  concurrency_limit: number | null;
  concurrency_options: ConcurrencyOptionsState | null;
  paused: boolean;
}

/** The fields a plan compares, in the order changes are shown. */
export const COMPARED_FIELDS = [
  'version',
  'description',
  'entrypoint',
  'path',
  'parameters',
  'parameter_openapi_schema',
  'enforce_parameter_schema',
  'schedules',
  'tags',
  'labels',
  'work_pool_name',
  'work_queue_name',
  'infrastructure_document_id',
  'storage_document_id',
  'job_variables',
  'pull_steps',
  'concurrency_limit',
  'concurrency_options',
  'paused',
] as const satisfies readonly (keyof DeploymentState)[];

export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const LABEL_PREFIX = 'prefect-ecr-deploy.';

export function deploymentKey(flowName: string, name: string): string {
  return `${flowName}/${name}`;
}
