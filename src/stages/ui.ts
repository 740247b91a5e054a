/** How the pipeline speaks to its user: the terminal (CLI) or the Actions log. */
import type { LineSink } from '../image/docker.js';

export interface StageUi {
  info(message: string): void;
  /** A problem that does not fail the run. */
  warning(message: string): void;
  /** Output of a long step, collapsible in Actions. */
  group<T>(title: string, fn: (line: LineSink) => Promise<T>): Promise<T>;
  /** Keep a secret out of every log from now on. */
  mask(secret: string): void;
  /** Docker is about to log in to this registry (the action logs out in its post step, even when cancelled). */
  loggingIn(host: string): void;
}
