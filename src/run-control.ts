/**
 * The run's deadline (`--timeout`) and interrupts (SIGINT, SIGTERM: a cancelled job).
 * Once stopping, nothing new is dispatched (no request, no retry, no next deployment);
 * after a short grace period, requests still in flight are aborted. The report then
 * says what was applied and what was not.
 */
import { Failure } from './errors.js';

export type StopReason = { kind: 'signal'; signal: 'SIGINT' | 'SIGTERM' } | { kind: 'timeout'; seconds: number };

/** Work refused or cut short because the run is stopping. */
export class Stopped extends Failure {
  constructor(readonly reason: StopReason) {
    super(describeStop(reason));
  }
}

export function describeStop(reason: StopReason): string {
  return reason.kind === 'timeout'
    ? `timed out: the run passed its ${reason.seconds} s deadline (--timeout)`
    : `interrupted (${reason.signal})`;
}

export class RunControl {
  private readonly stopController = new AbortController();
  private readonly abortController = new AbortController();
  /** Aborted when the run starts stopping: dispatch nothing new. */
  readonly stopping: AbortSignal = this.stopController.signal;
  /** Aborted a grace period later: requests in flight end. */
  readonly aborted: AbortSignal = this.abortController.signal;
  private why: StopReason | undefined;

  get reason(): StopReason | undefined {
    return this.why;
  }

  /** Starts stopping (the first reason wins); in-flight work is aborted after `graceMs`. */
  stop(reason: StopReason, graceMs: number): void {
    if (this.why) return;
    this.why = reason;
    this.stopController.abort(new Stopped(reason));
    setTimeout(() => this.abortController.abort(new Stopped(reason)), graceMs).unref();
  }

  /** Throws when the run is stopping: called before dispatching anything. */
  check(): void {
    if (this.why) throw new Stopped(this.why);
  }
}

/** Requests in flight get this long to finish once the run stops. */
export const GRACE_MS = 5_000;

/**
 * Stops `control` on SIGINT or SIGTERM (a cancelled job; a second signal ends the
 * process at once, as usual) and at the deadline. Returns the function that stops watching.
 */
export function watchRun(control: RunControl, timeoutSeconds: number): () => void {
  const onSigint = () => control.stop({ kind: 'signal', signal: 'SIGINT' }, GRACE_MS);
  const onSigterm = () => control.stop({ kind: 'signal', signal: 'SIGTERM' }, GRACE_MS);
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigterm);
  const timer = setTimeout(
    () => control.stop({ kind: 'timeout', seconds: timeoutSeconds }, GRACE_MS),
    timeoutSeconds * 1000,
  );
  timer.unref();
  return () => {
    clearTimeout(timer);
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  };
}

/** The exit code of a stopped run: 128 + the signal's number, as shells report it; 1 past the deadline. */
export function exitCodeFor(reason: StopReason): number {
  if (reason.kind === 'timeout') return 1;
  return reason.signal === 'SIGINT' ? 130 : 143;
}
