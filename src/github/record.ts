/**
 * Records deploys as GitHub deployments: creates one with its in_progress status before
 * the writes, and sets its final status after. Never fails the run: a token that may not
 * write deployments is one warning line, and nothing more is tried; any other failure
 * to write is a warning too.
 */
import { githubCall, GitHubError, type GitHubCall } from './api.js';
import {
  deploymentRequest,
  isPermissionRefusal,
  statusRequest,
  type DeploymentTarget,
  type GithubDeploymentsSetting,
  type StatusRequest,
} from './deployments.js';

export interface RecorderOptions {
  setting: GithubDeploymentsSetting;
  apiUrl: string;
  /** `owner/name`. */
  repository?: string;
  token?: string;
  /** The run's page: every status's log URL. */
  logUrl?: string;
  warning(message: string): void;
  info(message: string): void;
}

/** A deployment GitHub created: its statuses go to this URL. */
export interface Recorded {
  environment: string;
  statusesUrl: string;
}

export interface Recorder {
  /** Creates the deployment, in_progress unless the run is over; undefined when GitHub did not take it. */
  start(target: DeploymentTarget, environmentUrl?: string, inProgress?: boolean): Promise<Recorded | undefined>;
  finish(recorded: Recorded, status: StatusRequest): Promise<void>;
}

/** The recorder the setting asks for, or undefined: off, or (auto) no token or repository to write with. */
export function deploymentRecorder(o: RecorderOptions): Recorder | undefined {
  if (o.setting === 'false') return undefined;
  if (!o.token || !o.repository) {
    if (o.setting === 'true')
      o.warning('github-deployments is true, but there is no github-token or GITHUB_REPOSITORY: none recorded');
    return undefined;
  }
  const call: GitHubCall = githubCall(o.token);
  const base = `${o.apiUrl.replace(/\/+$/, '')}/repos/${o.repository}`;
  let refused = false;
  const failed = (what: string, e: unknown) => {
    if (e instanceof GitHubError && isPermissionRefusal(e.status)) {
      // One line for the whole run: the token's permissions do not change between environments.
      if (!refused)
        o.warning(
          `GitHub deployments not recorded: the token may not write them (${e.message}); give the job \`permissions: deployments: write\`, or set github-deployments: false`,
        );
      refused = true;
      return;
    }
    o.warning(`could not ${what}: ${e instanceof Error ? e.message : String(e)}`);
  };
  return {
    async start(target, environmentUrl, inProgress = true) {
      if (refused) return undefined;
      let created: { id?: unknown; statuses_url?: unknown };
      try {
        created = await call('POST', `${base}/deployments`, deploymentRequest(target));
      } catch (e) {
        failed(`record the GitHub deployment of ${target.environment}`, e);
        return undefined;
      }
      // 202 (a merged branch, no deployment) has no id: auto_merge is off, so it should not come.
      if (typeof created.id !== 'number') {
        o.warning(`GitHub created no deployment for ${target.environment}`);
        return undefined;
      }
      const recorded = { environment: target.environment, statusesUrl: `${base}/deployments/${created.id}/statuses` };
      if (!inProgress) return recorded;
      o.info(`GitHub deployment ${created.id} of ${target.environment}: in progress`);
      await this.finish(recorded, statusRequest('in_progress', 'deploying', { environmentUrl, logUrl: o.logUrl }));
      return recorded;
    },
    async finish(recorded, status) {
      try {
        await call('POST', recorded.statusesUrl, { ...status, ...(o.logUrl ? { log_url: o.logUrl } : {}) });
        if (status.state !== 'in_progress') o.info(`GitHub deployment of ${recorded.environment}: ${status.state}`);
      } catch (e) {
        failed(`set the GitHub deployment status of ${recorded.environment} to ${status.state}`, e);
      }
    },
  };
}
