/** Everything the program needs to know, read once at the edge (CLI flags or action inputs). */

export type Command = 'validate';

export interface Settings {
  command: Command;
  /** The repository root: entrypoints and the default deployments file are relative to it. */
  root: string;
  /** The environment (dev, prod, ...): picks `prefect-deployments-<env>.yaml` and fills `{{ env }}`. */
  environment?: string;
  /** An explicit deployments file, relative to the working directory; overrides the pattern. */
  file?: string;
  /** The file name pattern for an environment; `{env}` is replaced. */
  filePattern: string;
  /** The commit SHA for `{{ sha }}` and the deployment version. */
  sha?: string;
  /** Machine-readable output on stdout. */
  json: boolean;
  /** Environment variables available to `{{ $NAME }}` templates. */
  env: Record<string, string | undefined>;
}

export const DEFAULT_FILE_PATTERN = 'prefect-deployments-{env}.yaml';
