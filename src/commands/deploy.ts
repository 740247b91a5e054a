/**
 * `plan` and `deploy`: validate -> desired state -> live state -> plan -> (deploy) apply.
 * Nothing is written before the whole file has validated and the plan is complete.
 */
import { InvalidInput } from '../diagnostics.js';
import { UsageError } from '../errors.js';
import { capabilitiesFor, type Capabilities } from '../prefect/capabilities.js';
import { PrefectApiError, PrefectClient } from '../prefect/client.js';
import { readLiveState } from '../prefect/live.js';
import { applyPlan, mapBounded, type ApplyResult } from '../plan/apply.js';
import { buildDesired, referencedVariables } from '../plan/desired.js';
import { planDeployments, type PlanEntry } from '../plan/diff.js';
import type { Settings } from '../settings.js';
import { runValidate, type ValidateReport } from './validate.js';

export interface DeployReport {
  mode: 'plan' | 'deploy';
  environment?: string;
  sha: string;
  file: string;
  serverVersion: string;
  apiUrl: string;
  entries: PlanEntry[];
  /** Apply results by `flow/name` (deploy only). */
  results: Map<PlanEntry, ApplyResult>;
  validation: ValidateReport;
}

export interface Progress {
  info(message: string): void;
}

export async function runDeploy(settings: Settings, mode: 'plan' | 'deploy', progress: Progress): Promise<DeployReport> {
  const validation = runValidate(settings);
  if (!validation.valid) throw new InvalidInput([...validation.errors, ...validation.warnings]);
  if (!settings.sha) throw new UsageError('no commit SHA: pass --sha, set GITHUB_SHA, or run inside a git checkout');
  if (!settings.prefect.apiUrl) throw new UsageError('no Prefect API: set PREFECT_API_URL or pass --api-url');

  const client = new PrefectClient({
    apiUrl: settings.prefect.apiUrl,
    apiKey: settings.prefect.apiKey,
    authString: settings.prefect.authString,
    maxConcurrency: settings.concurrency,
    onRetry: (r) => progress.info(`retrying ${r.method} ${r.path} in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt}: ${r.reason})`),
  });
  const serverVersion = await client.serverVersion();
  const caps: Capabilities = capabilitiesFor(serverVersion);
  progress.info(`Prefect ${serverVersion} at ${client.apiUrl}`);

  const variables = await readVariables(client, referencedVariables(validation.validated), settings.concurrency);
  const { desired, errors } = buildDesired(validation.validated, {
    sha: settings.sha,
    environment: settings.environment,
    repository: settings.vcs.repository,
    branch: settings.vcs.branch,
    commitUrl: settings.vcs.commitUrl,
    versionType: settings.vcs.versionType,
    workdir: settings.workdir,
    image: settings.image,
    variables,
  });
  const live = await readLiveState(
    client,
    [...new Set(desired.map((d) => d.state.flowName))],
    [...new Set(desired.map((d) => d.state.name))],
    [...new Set(desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])))],
  );
  const entries = planDeployments(desired, live, caps, errors);
  const results = new Map<PlanEntry, ApplyResult>();
  if (mode === 'deploy') {
    const writes = entries.filter((e) => e.action === 'create' || e.action === 'update').length;
    if (writes) progress.info(`applying ${writes} change(s) with up to ${settings.concurrency} request(s) in flight`);
    let done = 0;
    for (const r of await applyPlan(client, entries, live.flows, caps, {
      concurrency: settings.concurrency,
      onResult: () => {
        done++;
        if (writes >= 50 && done % 50 === 0) progress.info(`${done}/${writes} applied`);
      },
    })) {
      results.set(r.entry, r);
    }
  }
  return {
    mode,
    environment: settings.environment,
    sha: settings.sha,
    file: validation.file,
    serverVersion,
    apiUrl: client.apiUrl,
    entries,
    results,
    validation,
  };
}

/** `{{ prefect.variables.<name> }}` values, read once each. */
async function readVariables(client: PrefectClient, names: string[], concurrency: number): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await mapBounded(names, concurrency, async (name) => {
    try {
      const v = await client.request<{ value: unknown }>('GET', `/variables/name/${encodeURIComponent(name)}`);
      out[name] = v.value;
    } catch (e) {
      if (!(e instanceof PrefectApiError && e.status === 404)) throw e;
    }
  });
  return out;
}

/** True when a deploy ended with any deployment not registered. */
export function hasFailures(report: DeployReport): boolean {
  return report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error);
}
