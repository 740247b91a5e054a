/** The action's inputs -> Settings: the only reader of action inputs. */
import * as core from '@actions/core';
import path from 'node:path';
import { UsageError } from './errors.js';
import { headCommit } from './git.js';
import { DEFAULT_CONCURRENCY, DEFAULT_FILE_PATTERN, DEFAULT_WORKDIR, type Settings } from './settings.js';
import { vcsSettings } from './vcs.js';

export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = path.resolve(workspace, core.getInput('root') || '.');
  const environment = core.getInput('environment') || undefined;
  const file = core.getInput('deployments-file') || undefined;
  if (!environment && !file) throw new UsageError("set the 'environment' input (or 'deployments-file')");
  const sha = core.getInput('sha') || env.GITHUB_SHA || headCommit(root);
  return {
    command: 'validate',
    root,
    environment,
    file: file ? path.resolve(root, file) : undefined,
    filePattern: core.getInput('file-pattern') || DEFAULT_FILE_PATTERN,
    sha,
    json: false,
    env: { ...env },
    prefect: { apiUrl: env.PREFECT_API_URL, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
    vcs: vcsSettings(root, sha, env),
    concurrency: DEFAULT_CONCURRENCY,
    skipImage: true,
    workdir: DEFAULT_WORKDIR,
  };
}
