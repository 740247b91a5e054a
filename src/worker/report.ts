/** What the worker service stage did, or would do: one section of the report. */

export interface WorkerReport {
  cluster: string;
  service: string;
  region: string;
  container: string;
  /** create (one-click start), update (a new image), unchanged (already on it). */
  action: 'create' | 'update' | 'unchanged';
  /** The image the service runs now; undefined when it does not exist yet. */
  from?: string;
  to: string;
  /** The task definition revision this run registered. */
  taskDefinition?: string;
  /** Whether the service was seen stable (undefined: not waited for). */
  stable?: boolean;
  /** Why the stage failed, with what was done before. */
  error?: string;
}
