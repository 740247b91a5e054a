/**
 * The action's edge: the event and inputs -> a mode per environment -> the same
 * pipeline as the CLI -> job summary, annotations, the sticky PR comment, outputs.
 */
import * as core from '@actions/core';
import path from 'node:path';
import { hasChanges, type DeployReport } from './stages/pipeline.js';
import type { ValidateReport } from './commands/validate.js';
import { errorText, runGroups, type FileOutcome } from './commands/run.js';
import { resolveMode } from './context.js';
import { currentEvent, readEventPayload } from './event.js';
import { InvalidInput, rebase, type Diagnostic } from './diagnostics.js';
import { errorMessage } from './errors.js';
import { githubLayerCache } from './github-cache.js';
import type { Settings } from './settings.js';
import { environmentsWithFiles, getInputs, type ActionInputs } from './inputs.js';
import { DOCKER_LOGINS_STATE } from './image/docker.js';
import { COMMENT_LIMIT, upsertComment } from './report/comment.js';
import { renderMarkdown, renderNotRun, truncateMarkdown, type MarkdownInput } from './report/markdown.js';
import { markCredentials, markSecret, onSecret, redact } from './secrets.js';
import { renderJson } from './report/text.js';
import { describeStop } from './run-control.js';
import { environmentUrl, finalStatus, statusRequest, type DeploymentTarget } from './github/deployments.js';
import { deploymentRecorder, type Recorded } from './github/record.js';
import { previewEvent } from './preview-event.js';

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } };
  issue?: { number?: number; pull_request?: unknown };
}

interface PullRequest {
  number: number;
  headSha: string;
}

/** The pull request an event is about: its own (pull_request*, reviews) or the one commented on. */
function pullRequestOf(payload: EventPayload): PullRequest | undefined {
  const number = payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : undefined);
  if (typeof number !== 'number') return undefined;
  return { number, headSha: payload.pull_request?.head?.sha ?? process.env.GITHUB_SHA ?? '' };
}

function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = { file: d.file, startLine: d.line, startColumn: d.column, title: 'prefect-ecr-deploy' };
    if (d.severity === 'error') core.error(redact(d.message), properties);
    else core.warning(redact(d.message), properties);
  }
}

const ui = {
  info: (m: string) => core.info(redact(m)),
  warning: (m: string) => core.warning(redact(m)),
  group: <T>(title: string, fn: (line: (l: string) => void) => Promise<T>) =>
    core.group(redact(title), () => fn((l) => core.info(redact(l)))),
  // Registered: redacted from every renderer, and (through onSecret) masked in the log.
  mask: (secret: string) => markSecret(secret),
  loggingIn: (host: string) => {
    loggedIn.add(host);
    core.saveState(DOCKER_LOGINS_STATE, JSON.stringify([...loggedIn]));
  },
};

/** Registries docker logged in to: the post step logs out of each, even when the job is cancelled. */
const loggedIn = new Set<string>();

/** GitHub's limits: a step summary of 1 MiB, outputs of 1 MB (kept under, with room for the rest). */
const SUMMARY_LIMIT = 1_000_000;
const OUTPUT_LIMIT = 900_000;

interface EnvironmentResult {
  environment: string;
  markdown: string;
  /** One per deployments file that ran. */
  reports: DeployReport[];
  failed: boolean;
}

const repositoryUrl = () =>
  process.env.GITHUB_REPOSITORY
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
    : undefined;
// Paths as the workspace sees them: annotations attach to the pull request's diff when root is not '.'.
const workspace = () => process.env.GITHUB_WORKSPACE ?? process.cwd();
const here = (settings: Settings, list: Diagnostic[]) => rebase(list, settings.root, workspace());
const workspacePath = (settings: Settings) =>
  path.relative(workspace(), path.resolve(settings.root, settings.file!)).split(path.sep).join('/');

/** What heads a file's section: its environment and mode, and the file when there are several. */
interface Section {
  environment: string;
  mode: 'plan' | 'deploy' | 'promote' | 'preview' | 'preview close';
  file?: string;
  /** Previews have a sticky comment of their own. */
  commentKey?: string;
}

/** The sticky comment of a pull request's previews in an environment (environment names hold no ':'). */
const previewCommentKey = (environment: string) => `preview:${environment}`;

/** One file's outcome -> its section of the summary, with its annotations and error lines. */
function renderOutcome(section: Section, outcome: FileOutcome): string {
  const { environment } = section;
  const { settings } = outcome;
  const base: Omit<MarkdownInput, 'sha'> = { ...section, repositoryUrl: repositoryUrl() };
  switch (outcome.kind) {
    case 'held-back':
      return validatedOnly(
        section,
        settings,
        outcome.validated,
        'Not run: another deployments file of this environment is invalid, so nothing was written.',
      );
    case 'validated':
      // Without Prefect credentials (pull requests from forks), plan validates only.
      return validatedOnly(
        section,
        settings,
        outcome.validated,
        'Live comparison skipped: no Prefect API URL or credentials (pull requests from forks get no secrets). Everything was validated.',
      );
    case 'not-run':
      return renderMarkdown({ ...base, sha: settings.sha ?? '', failure: outcome.why });
    case 'ran': {
      const ran = outcome.report;
      const report = {
        ...ran,
        validation: {
          ...ran.validation,
          errors: here(settings, ran.validation.errors),
          warnings: here(settings, ran.validation.warnings),
        },
      };
      annotate(report.validation.warnings);
      return renderMarkdown({ ...base, sha: report.sha, report });
    }
    case 'failed': {
      const e = outcome.error;
      if (e instanceof InvalidInput) {
        const diagnostics = here(settings, e.diagnostics);
        annotate(diagnostics);
        for (const p of e.problems) core.error(redact(`${environment}: ${p}`));
        const errors = diagnostics.filter((d) => d.severity === 'error');
        const warnings = diagnostics.filter((d) => d.severity === 'warning');
        const failure = e.problems.length ? e.problems.join('; ') : undefined;
        return renderMarkdown({
          ...base,
          sha: settings.sha ?? '',
          validated: { deployments: [], errors, warnings },
          failure,
        });
      }
      const message = errorText(e);
      core.error(redact(`${environment}: ${message}`));
      return renderMarkdown({ ...base, sha: settings.sha ?? '', failure: message });
    }
  }
}

/** A file validated and not run: a fork's plan (no Prefect credentials), or one of several files when another is invalid. */
function validatedOnly(section: Section, settings: Settings, checked: ValidateReport, skipped: string): string {
  const v = { ...checked, errors: here(settings, checked.errors), warnings: here(settings, checked.warnings) };
  annotate([...v.errors, ...v.warnings]);
  return renderMarkdown({ ...section, repositoryUrl: repositoryUrl(), sha: settings.sha ?? '', validated: v, skipped });
}

/** An environment to run: its mode and the settings of each of its deployments files. */
export interface PlannedEnvironment {
  environment: string;
  mode: 'plan' | 'deploy' | 'promote';
  runs: Settings[];
}

/**
 * The event (GITHUB_* and its payload) and the inputs -> each environment to run with its
 * settings, or why nothing runs. Every input is read and checked here, before anything runs.
 */
export function planRun(inputs: ActionInputs):
  | { run: false; reason: string }
  | {
      run: true;
      mode: PlannedEnvironment['mode'];
      reason: string;
      warning?: string;
      pr?: PullRequest;
      environments: PlannedEnvironment[];
      /** A pull request's previews, registered or removed. */
      preview?: 'open' | 'close';
    } {
  const payload = readEventPayload(process.env);
  const pr = pullRequestOf(payload as EventPayload);
  const event = currentEvent(process.env, payload) ?? {
    eventName: 'workflow_dispatch',
    ref: process.env.GITHUB_REF ?? '',
  };
  // Previews: a same-repository pull request registers (or, closed, removes) them; anything else only plans.
  const preview = inputs.preview ? previewEvent(event.eventName, payload) : undefined;
  if (preview && preview.kind !== 'refused') {
    if (!inputs.environment)
      return { run: false, reason: "preview needs the 'environment' input: the environment whose file is previewed" };
    const runs = inputs.settingsFor(inputs.environment, 'deploy', preview.sha, {
      number: preview.number,
      close: preview.kind === 'close',
    });
    return {
      run: true,
      mode: 'deploy',
      reason: preview.reason,
      pr: { number: preview.number, headSha: preview.sha },
      environments: [{ environment: inputs.environment, mode: 'deploy', runs }],
      preview: preview.kind,
    };
  }
  const resolution = resolveMode(event, {
    mode: preview ? 'plan' : inputs.mode,
    environment: inputs.environment,
    environments: inputs.environments,
    promoteFrom: inputs.promoteFrom,
    available:
      inputs.files.length && inputs.environment
        ? [inputs.environment]
        : environmentsWithFiles(inputs.root, inputs.filePattern),
  });
  if (!resolution.run) return resolution;
  if (preview) resolution.warning = [preview.reason, resolution.warning].filter(Boolean).join('; ');
  const { mode } = resolution;
  // Without Prefect credentials (pull requests from forks), plan validates only.
  const command = mode === 'plan' && !inputs.hasPrefect ? 'validate' : mode;
  const environments = resolution.environments.map((environment) => ({
    environment,
    mode,
    runs: inputs.settingsFor(environment, command, pr?.headSha),
  }));
  return { ...resolution, pr, environments };
}

const runUrl = () =>
  process.env.GITHUB_RUN_ID && process.env.GITHUB_REPOSITORY
    ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined;

/** The job summary; a runner without one (no GITHUB_STEP_SUMMARY) gets a warning, and the outputs are still set. */
async function writeSummary(markdown: string): Promise<void> {
  const url = runUrl();
  try {
    core.summary.addRaw(
      truncateMarkdown(redact(markdown), SUMMARY_LIMIT, `the run's log${url ? ` (${url})` : ''} has every line`),
      true,
    );
    await core.summary.write();
  } catch (e) {
    core.warning(`could not write the job summary: ${errorMessage(e)}`);
  }
}

/** The outputs of a run that ran nothing (a notice, or a failure before any environment ran). */
function setNothingRan(): void {
  core.setOutput('environment', '');
  core.setOutput('mode', 'none');
  core.setOutput('image', '');
  core.setOutput('image-digest', '');
  core.setOutput('deployments', '[]');
  core.setOutput('has-changes', 'false');
  core.setOutput('plan', '[]');
}

export async function run(): Promise<void> {
  // A second line of defence: every secret-bearing value resolved from now on is masked in the log.
  onSecret((value) => core.setSecret(value));
  markCredentials(process.env);
  let ran = false;
  try {
    const inputs = getInputs();
    const planned = planRun(inputs);
    if (!planned.run) {
      const benign = /not mapped to an environment|no deployments file found/.test(planned.reason);
      if (benign) core.notice(planned.reason);
      else core.setFailed(planned.reason);
      setNothingRan();
      return;
    }
    if (planned.warning) core.warning(planned.warning);
    core.info(`prefect-ecr-deploy: ${planned.reason}`);
    const { pr, mode } = planned;
    ran = true;
    const { environments } = planned;
    // Each file's section of the summary, its annotations and error lines, as it comes.
    const sections: string[][] = environments.map(() => []);
    const { preview } = planned;
    const section = (e: PlannedEnvironment, s: Settings): Section => ({
      environment: e.environment,
      mode: preview === 'open' ? 'preview' : preview === 'close' ? 'preview close' : mode,
      file: e.runs.length > 1 ? workspacePath(s) : undefined,
      ...(preview ? { commentKey: previewCommentKey(e.environment) } : {}),
    });
    // Deploys and promotions become GitHub deployments: created in progress before an environment's first write.
    const recorder =
      mode === 'plan'
        ? undefined
        : deploymentRecorder({
            setting: inputs.githubDeployments,
            apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
            repository: process.env.GITHUB_REPOSITORY,
            token: inputs.githubToken,
            logUrl: runUrl(),
            warning: (m) => core.warning(redact(m)),
            info: (m) => core.info(redact(m)),
          });
    const recorded = new Map<number, Recorded | undefined>();
    // A preview is a transient environment of its own, which goes with the pull request.
    const target = (i: number, sha: string): DeploymentTarget =>
      preview && pr
        ? {
            environment: `${environments[i].environment}-pr-${pr.number}`,
            sha,
            mode: 'preview',
            transient: true,
            production: false,
          }
        : {
            environment: environments[i].environment,
            sha,
            mode: mode === 'promote' ? 'promote' : 'deploy',
            from: mode === 'promote' ? inputs.promoteFrom : undefined,
          };
    const prefectList = (s: Settings) => (s.prefect.apiUrl ? environmentUrl(s.prefect.apiUrl, []) : undefined);
    const recordStart = async (s: Settings) => {
      const i = environments.findIndex((e) => e.runs.includes(s));
      // A promotion without a sha learns its commit from the image: recorded when it ends.
      if (!recorder || recorded.has(i) || !s.sha) return;
      recorded.set(i, await recorder.start(target(i, s.sha), prefectList(s)));
    };
    const result = await runGroups(
      environments.map((e) => e.runs),
      {
        ui,
        // One deadline for every environment; an interrupt (a cancelled job) stops them all.
        timeoutSeconds: inputs.timeoutSeconds,
        layerCache: inputs.layerCache ? githubLayerCache() : undefined,
        stopAtFailure: false,
        hooks: {
          deploying: (s, deploy) =>
            core.group(`${mode} ${s.environment}`, async () => {
              await recordStart(s);
              return deploy();
            }),
          outcome: (o, i) => sections[i].push(renderOutcome(section(environments[i], o.settings), o)),
        },
      },
    );
    const results: EnvironmentResult[] = environments.map(({ environment }, i) => ({
      environment,
      markdown: sections[i].join('\n'),
      reports: result.groups[i].outcomes.flatMap((o) => (o.kind === 'ran' ? [o.report] : [])),
      failed: result.groups[i].exitCode !== 0,
    }));

    if (recorder)
      for (const [i, r] of results.entries()) {
        const settings = environments[i].runs[0];
        let deployment = recorded.get(i);
        if (!recorded.has(i) && r.reports[0]?.sha)
          deployment = await recorder.start(target(i, r.reports[0].sha), undefined, false);
        if (!deployment) continue;
        const entries = r.reports.flatMap((report) => report.entries.filter((e) => e.desired && e.action !== 'delete'));
        const facts = entries.map((e) => ({ tags: e.desired!.state.tags, workPool: e.desired!.state.work_pool_name }));
        const url =
          settings.prefect.apiUrl &&
          environmentUrl(settings.prefect.apiUrl, facts, [preview && pr ? `pr-${pr.number}` : r.environment]);
        const end = {
          exitCode: result.groups[i].exitCode,
          stopped: result.stopped && result.groups[i].exitCode !== 0 ? describeStop(result.stopped) : undefined,
          deployments: entries.length,
        };
        // A tag or pool from a secret-bearing value never reaches GitHub: the unfiltered list instead.
        const environmentUrlSafe = url && redact(url) === url ? url : prefectList(settings);
        const status = finalStatus(end, { environmentUrl: environmentUrlSafe, logUrl: runUrl() });
        // Closed, its previews deleted: GitHub shows the preview's environment as gone.
        const closed = preview === 'close' && status.state === 'success';
        await recorder.finish(
          deployment,
          closed ? statusRequest('inactive', 'previews removed with the pull request', { logUrl: runUrl() }) : status,
        );
      }

    await writeSummary(results.map((r) => r.markdown).join('\n'));

    // A stopped run's plan is partial: the summary says so; the pull request keeps its comment.
    if (pr && inputs.comment && !result.stopped) {
      if (!inputs.githubToken || !process.env.GITHUB_REPOSITORY) {
        core.warning('no github-token: the plan was not posted on the pull request');
      } else {
        const url = runUrl();
        for (const r of results) {
          try {
            const body = truncateMarkdown(
              redact(r.markdown),
              COMMENT_LIMIT - 1000,
              `the whole plan is in the job summary${url ? ` of ${url}` : ''}`,
            );
            const how = await upsertComment(
              {
                apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
                repository: process.env.GITHUB_REPOSITORY,
                pullNumber: pr.number,
                token: inputs.githubToken,
                runUrl: url,
              },
              preview ? previewCommentKey(r.environment) : r.environment,
              body,
            );
            core.info(`${how} the pull request comment for ${r.environment}`);
          } catch (e) {
            core.warning(redact(`could not comment on the pull request for ${r.environment}: ${errorMessage(e)}`));
          }
        }
      }
    }

    const reports = results.flatMap((r) => r.reports);
    const image = reports.find((r) => r.image)?.image;
    // The `image` input gives the image when no image stage ran; a digest reference says its digest.
    const given = planned.environments.flatMap((e) => e.runs).find((s) => s.imageRef)?.imageRef;
    core.setOutput('environment', planned.environments.map((e) => e.environment).join(','));
    core.setOutput('mode', mode);
    core.setOutput('image', image?.uri ?? given ?? '');
    core.setOutput('image-digest', image?.digest ?? /@(sha256:[0-9a-f]{64})$/.exec(given ?? '')?.[1] ?? '');
    const plans = reports.map(
      (r) =>
        JSON.parse(redact(renderJson(r))) as {
          environment: string;
          deployments: { name: string; flow: string; id: string; action: string }[];
        },
    );
    const deployments = plans.flatMap((p) =>
      p.deployments.map(({ name, flow, id, action }) => ({ environment: p.environment, name, flow, id, action })),
    );
    core.setOutput('deployments', cappedJson(deployments));
    core.setOutput('has-changes', String(reports.some(hasChanges)));
    const plan = JSON.stringify(plans.length === 1 ? plans[0] : plans);
    // Too large for an output: the summary has the plan; the output says where it went.
    core.setOutput(
      'plan',
      plan.length <= OUTPUT_LIMIT
        ? plan
        : JSON.stringify({
            truncated: true,
            reason: `the plan is ${plan.length} characters, over GitHub's output limit: see the job summary`,
          }),
    );

    const failed = results.filter((r) => r.failed).map((r) => r.environment);
    if (result.stopped) {
      core.setFailed(
        `prefect-ecr-deploy: ${describeStop(result.stopped)}: the job summary lists what was applied and what was not`,
      );
      // Nothing of a stopped run is waited for (a layer cache upload, say).
      process.exit(result.exitCode);
    }
    if (failed.length)
      core.setFailed(
        `prefect-ecr-deploy: ${mode} failed for ${failed.join(', ')} (see the annotations and the job summary)`,
      );
  } catch (e) {
    // An input refused (or a failure before any environment ran): the summary and the outputs say so too.
    const message = errorText(e);
    core.setFailed(redact(message));
    if (ran) return;
    setNothingRan();
    await writeSummary(renderNotRun(message));
  }
}

/** A list as a JSON output, cut to its first items when the whole would pass GitHub's output limit. */
function cappedJson(items: unknown[]): string {
  let n = items.length;
  let json = JSON.stringify(items);
  while (json.length > OUTPUT_LIMIT && n > 0) {
    n = Math.floor(n / 2);
    json = JSON.stringify(items.slice(0, n));
  }
  return json;
}
