/**
 * Verify stage (`--verify PATTERN`): once the deployments are registered, one flow run of
 * each selected deployment (tagged `verify`, with the deployment's parameters and
 * `--verify-parameters` over them), waited for with a deadline (`--verify-timeout`).
 * Runs still going at the deadline, or when the run is interrupted, are cancelled as
 * `prefect flow-run cancel` does. The run fails unless every verify run completed.
 */
import { errorMessage } from '../errors.js';
import { mapBounded } from '../plan/apply.js';
import type { PlanEntry } from '../plan/diff.js';
import { onlyMatcher, unmatchedPatterns, type Named } from '../plan/only.js';
import { PrefectClient } from '../prefect/client.js';
import {
  cancelFlowRun,
  FINAL_STATE_TYPES,
  readFlowRun,
  startFlowRun,
  type FlowRunState,
} from '../prefect/flow-runs.js';
import { verifyErrors, verifyJson, verifyMarkdown, verifyText } from '../report/verify.js';
import { sleep } from '../retry.js';
import { closest } from '../text.js';
import type { DeploymentsSection } from './deployments.js';
import type { Problem, Run, Stage } from './stage.js';
import { readNothing } from './stage.js';

/** What became of a verify run: `completed` is the only success. */
export type VerifyOutcome = 'completed' | 'failed' | 'timed out' | 'interrupted' | 'not started';

/** One selected deployment: planned, then (deploy) its flow run and how it ended. */
export interface VerifyEntry {
  deployment: string;
  flow: string;
  /** The registered deployment; none when it was not registered (an error, a conflict, a stop). */
  deploymentId?: string;
  /** The names of the parameters given over the deployment's own (`--verify-parameters`); values are not shown. */
  parameterNames: string[];
  flowRun?: { id: string; name: string };
  /** The flow run's last state as read (Completed, Failed, Cancelled, Cancelling, ...). */
  state?: string;
  /** Seconds from the run's start to its end (or to when it was last seen). */
  seconds?: number;
  outcome?: VerifyOutcome;
  error?: string;
}

export interface VerifySection {
  verify: VerifyEntry[];
}

/** Runs are read this often while waiting; a progress line at most this often. */
const POLL_MS = 2_000;
const PROGRESS_MS = 15_000;
export const VERIFY_TAG = 'verify';

/** The deployments of the file the run registers (--only's subset), as the patterns see them. */
function registered({ settings, file }: Parameters<Stage['check']>[0]): Named[] {
  const named = file.file.deployments.map((d) => ({ name: d.name, flowName: file.flows.get(d)?.name ?? '' }));
  return named.filter(onlyMatcher(settings.only));
}

/**
 * The pure plan: the deployments the patterns select, in the file's order (deleted ones never),
 * each with its id when it is registered, and the parameters given over its own.
 */
export function planVerify(
  patterns: string[],
  parameters: Record<string, unknown>,
  entries: Pick<PlanEntry, 'name' | 'flowName' | 'action' | 'id'>[],
  ids: (e: Pick<PlanEntry, 'name' | 'flowName' | 'action' | 'id'>) => string | undefined,
): VerifyEntry[] {
  if (!patterns.length) return [];
  const selected = onlyMatcher(patterns);
  return entries
    .filter((e) => e.action !== 'delete' && selected({ name: e.name, flowName: e.flowName }))
    .map((e) => ({
      deployment: e.name,
      flow: e.flowName,
      deploymentId: ids(e),
      parameterNames: Object.keys(parameters).sort(),
    }));
}

/** The outcome of a run in a final state. */
export function outcomeOf(stateType: string): VerifyOutcome {
  return stateType === 'COMPLETED' ? 'completed' : 'failed';
}

export function verifyStage(): Stage<DeploymentsSection, undefined, VerifyEntry[], VerifySection> {
  return {
    name: 'verify',

    check(input) {
      const v = input.settings.verify;
      if (!v) return [];
      const named = registered(input);
      const problems: Problem[] = [];
      const subset = input.settings.only.length ? ' selected by --only' : '';
      for (const pattern of unmatchedPatterns(v.patterns, named)) {
        const hint = closest(
          pattern,
          named.map((d) => d.name),
        );
        problems.push(
          `--verify '${pattern}' matches no deployment${subset} of ${input.file.file.path}${hint ? ` (did you mean '${hint}'?)` : ''}`,
        );
      }
      return problems;
    },

    read: readNothing,

    async plan(run) {
      const v = run.settings.verify;
      if (!v) return [];
      const { entries, results } = run.from;
      const ids = (e: Pick<PlanEntry, 'id'>) => {
        const r = results.get(e as PlanEntry);
        return r?.error || r?.notApplied ? undefined : (r?.id ?? e.id);
      };
      const planned = planVerify(v.patterns, v.parameters, entries, ids);
      if (run.mode === 'plan')
        run.ui.info(`verify: would run ${planned.map((e) => e.deployment).join(', ')} (tagged ${VERIFY_TAG})`);
      return planned;
    },

    async apply(run, entries) {
      const v = run.settings.verify;
      if (!v || !entries.length) return entries;
      // Its own client: cancelling must still reach the server once the run is stopping.
      const client = new PrefectClient({
        apiUrl: run.client.apiUrl,
        apiKey: run.settings.prefect.apiKey,
        authString: run.settings.prefect.authString,
        maxConcurrency: run.settings.concurrency,
        maxRetryMs: 10_000,
        timeoutMs: 10_000,
      });
      const deadline = Date.now() + v.timeoutSeconds * 1000;
      await startRuns(run, entries, v.parameters);
      await waitForRuns(run, client, entries, deadline);
      const going = entries.filter((e) => e.flowRun && !e.outcome);
      if (going.length) await cancelRuns(run, client, going, run.control.reason ? 'interrupted' : 'timed out');
      return entries;
    },

    section: ({ plan }) => ({ verify: plan ?? [] }),

    text: (report) => verifyText(report),
    markdown: (report) => verifyMarkdown(report),
    json: (report) => ({ verify: verifyJson(report) }),
    errors: (report) => verifyErrors(report),
    hasFailures: ({ mode, verify }) => mode !== 'plan' && verify.some((e) => e.outcome !== 'completed'),
  };
}

/** One flow run per entry, through the run's client: once the run is stopping, none is started. */
async function startRuns(
  run: Run<DeploymentsSection>,
  entries: VerifyEntry[],
  parameters: Record<string, unknown>,
): Promise<void> {
  await mapBounded(entries, run.settings.concurrency, async (e) => {
    if (!e.deploymentId) {
      e.outcome = 'not started';
      e.error = 'the deployment was not registered';
      return;
    }
    try {
      const started = await startFlowRun(run.client, e.deploymentId, parameters, [VERIFY_TAG]);
      e.flowRun = { id: started.id, name: started.name };
      update(e, started);
    } catch (err) {
      e.outcome = 'not started';
      e.error = run.control.reason
        ? 'the run stopped before it started'
        : `starting a flow run failed: ${errorMessage(err)}`;
    }
  });
  const started = entries.filter((e) => e.flowRun);
  if (started.length)
    run.ui.info(`verify: started ${started.map((e) => `${e.deployment} (${e.flowRun!.name})`).join(', ')}`);
}

/** Reads the runs until each has ended, the deadline has passed, or the run is stopping. */
async function waitForRuns(
  run: Run<DeploymentsSection>,
  client: PrefectClient,
  entries: VerifyEntry[],
  deadline: number,
): Promise<void> {
  const going = () => entries.filter((e) => e.flowRun && !e.outcome);
  let said = Date.now();
  while (going().length && !run.control.reason && Date.now() < deadline) {
    await sleep(Math.min(POLL_MS, deadline - Date.now()), run.control.stopping);
    if (run.control.reason) return;
    await mapBounded(going(), run.settings.concurrency, async (e) => {
      try {
        const state = await readFlowRun(client, e.flowRun!.id);
        update(e, state);
        if (isFinal(state)) e.outcome = outcomeOf(state.stateType!);
        e.error = undefined;
      } catch (err) {
        // A read that failed is tried again at the next poll; the last failure is kept for the report.
        e.error = `reading the flow run failed: ${errorMessage(err)}`;
      }
    });
    if (going().length && Date.now() - said >= PROGRESS_MS) {
      said = Date.now();
      const list = going().map((e) => `${e.deployment} (${e.state ?? 'unknown'})`);
      run.ui.info(`verify: waiting for ${list.length} run${list.length === 1 ? '' : 's'}: ${list.join(', ')}`);
    }
  }
}

/** Cancels the runs still going, then reads each once: the report shows the state the server holds. */
async function cancelRuns(
  run: Run<DeploymentsSection>,
  client: PrefectClient,
  going: VerifyEntry[],
  outcome: 'timed out' | 'interrupted',
): Promise<void> {
  run.ui.info(`verify: cancelling ${going.map((e) => e.deployment).join(', ')} (${outcome})`);
  await mapBounded(going, run.settings.concurrency, async (e) => {
    e.outcome = outcome;
    try {
      const result = await cancelFlowRun(client, e.flowRun!.id);
      const now = await readFlowRun(client, e.flowRun!.id);
      update(e, now);
      // ABORT: the run ended on its own meanwhile, and what it ended as counts.
      if (result.status === 'ABORT') {
        if (isFinal(now) && now.stateType !== 'CANCELLED') e.outcome = outcomeOf(now.stateType!);
        else e.error = 'the server refused to cancel the run';
      }
    } catch (err) {
      e.error = `cancelling the flow run failed: ${errorMessage(err)}`;
    }
  });
}

const isFinal = (state: FlowRunState) => state.stateType !== undefined && FINAL_STATE_TYPES.has(state.stateType);

/** Takes a read state into the entry. */
function update(e: VerifyEntry, state: FlowRunState): void {
  e.state = state.stateName ?? state.stateType;
  if (state.startTime) {
    const end = state.endTime ? Date.parse(state.endTime) : Date.now();
    e.seconds = Math.max(0, (end - Date.parse(state.startTime)) / 1000);
  }
}
