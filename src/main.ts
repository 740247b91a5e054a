/**
 * The action's edge: the event and inputs -> a mode per environment -> the same
 * pipeline as the CLI -> job summary, annotations, the sticky PR comment, outputs.
 */
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { hasFailures, runDeploy, type DeployReport } from './commands/deploy.js';
import { runValidate } from './commands/validate.js';
import { resolveMode } from './context.js';
import { InvalidInput, type Diagnostic } from './diagnostics.js';
import { errorMessage, Failure, UsageError } from './errors.js';
import { githubLayerCache } from './github-cache.js';
import type { LayerCache } from './image/layer-cache.js';
import { environmentsWithFiles, getInputs, type ActionInputs } from './inputs.js';
import { upsertComment } from './report/comment.js';
import { renderMarkdown, type MarkdownInput } from './report/markdown.js';
import { renderJson } from './report/text.js';

interface PullRequest {
  number: number;
  headSha: string;
}

function readPullRequest(): PullRequest | undefined {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return undefined;
  try {
    const payload = JSON.parse(readFileSync(file, 'utf8')) as { pull_request?: { number: number; head?: { sha?: string } } };
    const pr = payload.pull_request;
    return pr ? { number: pr.number, headSha: pr.head?.sha ?? process.env.GITHUB_SHA ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

function annotate(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = { file: d.file, startLine: d.line, startColumn: d.column, title: 'prefect-ecr-deploy' };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
}

const ui = {
  info: (m: string) => core.info(m),
  warning: (m: string) => core.warning(m),
  group: <T>(title: string, fn: (line: (l: string) => void) => Promise<T>) => core.group(title, () => fn((l) => core.info(l))),
  mask: (secret: string) => core.setSecret(secret),
};

interface EnvironmentResult {
  environment: string;
  markdown: string;
  report?: DeployReport;
  failed: boolean;
}

async function runEnvironment(inputs: ActionInputs, environment: string, mode: 'plan' | 'deploy' | 'promote', sha: string | undefined, layerCache?: LayerCache): Promise<EnvironmentResult> {
  const repositoryUrl = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}` : undefined;
  const base: Omit<MarkdownInput, 'sha'> = { environment, mode, repositoryUrl };
  // Without Prefect credentials (pull requests from forks), plan validates only.
  if (mode === 'plan' && !inputs.hasPrefect) {
    const settings = inputs.settingsFor(environment, 'validate', sha);
    const v = runValidate(settings);
    annotate([...v.errors, ...v.warnings]);
    const skipped = 'Live comparison skipped: no Prefect API URL or credentials (pull requests from forks get no secrets). Everything was validated.';
    return { environment, failed: !v.valid, markdown: renderMarkdown({ ...base, sha: settings.sha ?? '', validated: v, skipped }) };
  }
  // A plan never pushes: it looks the image up, or builds it only with build-only.
  const settings = inputs.settingsFor(environment, mode, sha);
  try {
    const report = await core.group(`${mode} ${environment}`, () => runDeploy(settings, mode, ui, layerCache));
    annotate(report.validation.warnings);
    return { environment, report, failed: hasFailures(report), markdown: renderMarkdown({ ...base, sha: report.sha, report }) };
  } catch (e) {
    if (e instanceof InvalidInput) {
      annotate(e.diagnostics);
      const errors = e.diagnostics.filter((d) => d.severity === 'error');
      const warnings = e.diagnostics.filter((d) => d.severity === 'warning');
      return { environment, failed: true, markdown: renderMarkdown({ ...base, sha: settings.sha ?? '', validated: { deployments: [], errors, warnings } }) };
    }
    const message = e instanceof UsageError || e instanceof Failure ? errorMessage(e) : `unexpected failure: ${errorMessage(e)}`;
    core.error(`${environment}: ${message}`);
    return { environment, failed: true, markdown: renderMarkdown({ ...base, sha: settings.sha ?? '', failure: message }) };
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = getInputs();
    const eventName = process.env.GITHUB_EVENT_NAME ?? 'workflow_dispatch';
    const pr = readPullRequest();
    const resolution = resolveMode(
      { eventName, ref: process.env.GITHUB_REF ?? '' },
      { mode: inputs.mode, environment: inputs.environment, environments: inputs.environments, promoteFrom: inputs.promoteFrom, available: environmentsWithFiles(inputs.root, inputs.filePattern) },
    );
    if (!resolution.run) {
      const benign = /not mapped to an environment|no deployments file found/.test(resolution.reason);
      if (benign) core.notice(resolution.reason);
      else core.setFailed(resolution.reason);
      core.setOutput('mode', 'none');
      return;
    }
    core.info(`prefect-ecr-deploy: ${resolution.reason}`);
    const results: EnvironmentResult[] = [];
    const layerCache = inputs.layerCache ? githubLayerCache() : undefined;
    for (const environment of resolution.environments) {
      results.push(await runEnvironment(inputs, environment, resolution.mode, pr?.headSha, layerCache));
    }

    for (const r of results) core.summary.addRaw(r.markdown, true);
    await core.summary.write();

    if (pr && inputs.comment) {
      if (!inputs.githubToken || !process.env.GITHUB_REPOSITORY) {
        core.warning('no github-token: the plan was not posted on the pull request');
      } else {
        for (const r of results) {
          try {
            const how = await upsertComment(
              { apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com', repository: process.env.GITHUB_REPOSITORY, pullNumber: pr.number, token: inputs.githubToken },
              r.environment,
              r.markdown,
            );
            core.info(`${how} the pull request comment for ${r.environment}`);
          } catch (e) {
            core.warning(`could not comment on the pull request for ${r.environment}: ${errorMessage(e)}`);
          }
        }
      }
    }

    const reports = results.flatMap((r) => (r.report ? [r.report] : []));
    const image = reports.find((r) => r.image)?.image;
    core.setOutput('environment', resolution.environments.join(','));
    core.setOutput('mode', resolution.mode);
    core.setOutput('image', image?.uri ?? '');
    core.setOutput('image-digest', image?.digest ?? '');
    const plans = reports.map((r) => JSON.parse(renderJson(r)) as { environment: string; deployments: { name: string; flow: string; id: string; action: string }[] });
    core.setOutput('deployments', JSON.stringify(plans.flatMap((p) => p.deployments.map(({ name, flow, id, action }) => ({ environment: p.environment, name, flow, id, action })))));
    core.setOutput('plan', JSON.stringify(plans.length === 1 ? plans[0] : plans));

    const failed = results.filter((r) => r.failed).map((r) => r.environment);
    if (failed.length) core.setFailed(`prefect-ecr-deploy: ${resolution.mode} failed for ${failed.join(', ')} (see the annotations and the job summary)`);
  } catch (e) {
    core.setFailed(e instanceof UsageError || e instanceof Failure ? errorMessage(e) : `unexpected failure: ${errorMessage(e)}`);
  }
}
