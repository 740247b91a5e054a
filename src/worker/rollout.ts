/**
 * Waiting for the worker service to be stable on a task definition: what AWS's own
 * `services-stable` waiter checks (one deployment, running = desired), on that
 * revision, with a line of progress whenever the state changes, a bounded wait,
 * and an early stop when ECS's circuit breaker marks the rollout failed.
 */
import type { Ecs, Service } from '../aws/ecs.js';
import { plural } from '../text.js';

export interface RolloutState {
  stable: boolean;
  failed: boolean;
  /** In words, for progress and errors. */
  text: string;
}

/** Pure: the service's state against the revision it should run. */
export function rolloutState(service: Service | undefined, taskDefinition: string): RolloutState {
  if (!service) return { stable: false, failed: false, text: 'the service is not there yet' };
  const deployments = service.deployments ?? [];
  const primary = deployments.find((d) => d.status === 'PRIMARY');
  const running = `${service.runningCount ?? 0}/${plural(service.desiredCount ?? 0, 'task')} running`;
  const text = `${running}, ${plural(deployments.length, 'deployment')}, rollout ${primary?.rolloutState ?? 'unknown'}`;
  // The service's task definition is its primary deployment's (moto updates only the former).
  const onRevision = service.taskDefinition === taskDefinition;
  const failed = onRevision && primary?.rolloutState === 'FAILED';
  const stable = onRevision && deployments.length === 1 && (service.runningCount ?? 0) === (service.desiredCount ?? 0);
  return {
    stable,
    failed,
    text: failed && primary?.rolloutStateReason ? `${text}: ${primary.rolloutStateReason}` : text,
  };
}

/** Polls until stable, failed, or `seconds` have passed; each new state is reported. */
export async function waitStable(
  ecs: Ecs,
  cluster: string,
  service: string,
  taskDefinition: string,
  seconds: number,
  progress: (message: string) => void,
): Promise<RolloutState> {
  const deadline = Date.now() + seconds * 1000;
  // AWS's waiter polls every 15 s; short waits poll faster so they can still see a change.
  const interval = Math.min(15_000, Math.max(1_000, (seconds * 1000) / 20));
  let last = '';
  for (;;) {
    const state = rolloutState(await ecs.describeService(cluster, service), taskDefinition);
    if (state.text !== last) progress(`worker service ${cluster}/${service}: ${state.text}`);
    last = state.text;
    if (state.stable || state.failed || Date.now() + interval > deadline) return state;
    await new Promise((r) => setTimeout(r, interval));
  }
}
