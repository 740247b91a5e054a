/**
 * The action's inputs, read once: the only reader of action inputs. They become
 * the CLI's own flags (and environment variables for secrets), so the action and
 * the CLI share one parser and one meaning for every option.
 */
import * as core from '@actions/core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine, parseTimeout } from './args.js';
import { parseEnvironmentMap, type ActionMode } from './context.js';
import { UsageError } from './errors.js';
import { DEFAULT_FILE_PATTERN, DEFAULT_TIMEOUT, type Settings } from './settings.js';

export interface ActionInputs {
  mode: ActionMode;
  environment?: string;
  environments: Map<string, string>;
  promoteFrom?: string;
  /** Keep built layers in GitHub's cache between runs. */
  layerCache: boolean;
  /** Post a sticky comment on pull requests. */
  comment: boolean;
  githubToken?: string;
  root: string;
  filePattern: string;
  /** The deployments-file input (lines, each a path or a glob), absolute. */
  files: string[];
  /** Whether Prefect credentials or an API URL were given (forks get none). */
  hasPrefect: boolean;
  /** The deadline of the whole run, every environment included. */
  timeoutSeconds: number;
  /** Settings for one environment and mode, through the CLI's parser. */
  /** Settings for one environment and mode, one per deployments file, through the CLI's parser. */
  settingsFor(environment: string, mode: 'plan' | 'deploy' | 'promote' | 'validate', sha?: string): Settings[];
}

const MODES: ActionMode[] = ['auto', 'deploy', 'plan', 'promote'];

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const input = (name: string) => core.getInput(name).trim();
  const secret = (name: string) => {
    const v = input(name);
    if (v) core.setSecret(v);
    return v || undefined;
  };
  const apiKey = secret('prefect-api-key') ?? env.PREFECT_API_KEY;
  const authString = secret('prefect-api-auth-string') ?? env.PREFECT_API_AUTH_STRING;
  const githubToken = secret('github-token');
  const apiUrl = input('prefect-api-url') || env.PREFECT_API_URL || undefined;

  const mode = (input('mode') || 'auto') as ActionMode;
  if (!MODES.includes(mode)) throw new UsageError(`input 'mode' must be one of ${MODES.join(', ')}, not '${mode}'`);
  let environments: Map<string, string>;
  try {
    environments = parseEnvironmentMap(input('environments') || 'main=prod,dev=dev');
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = path.resolve(workspace, input('root') || '.');
  const filePattern = input('file-pattern') || DEFAULT_FILE_PATTERN;
  const bool = (name: string) => {
    const v = input(name).toLowerCase();
    if (v && v !== 'true' && v !== 'false') throw new UsageError(`input '${name}' must be true or false, not '${v}'`);
    return v === 'true';
  };

  // action.yml: deployments-file is relative to root. Several files are projects, each rooted at its folder unless root is set.
  const files = core.getMultilineInput('deployments-file').map((f) => path.resolve(root, f));
  const several = files.length > 1 || files.some((f) => /[*?]/.test(f));
  const flags: string[] = [...(several && !input('root') ? [] : ['--root', root]), '--file-pattern', filePattern];
  for (const f of files) flags.push('--file', f);
  const value = (flag: string, name: string) => {
    const v = input(name);
    if (v) flags.push(flag, v);
  };
  value('--concurrency', 'concurrency');
  value('--timeout', 'timeout');
  value('--workdir', 'workdir');
  value('--image', 'image');
  value('--repository', 'ecr-repository');
  value('--region', 'aws-region');
  value('--registry-id', 'ecr-registry-id');
  value('--tag-mutability', 'tag-mutability');
  value('--lifecycle-policy', 'lifecycle-policy');
  value('--context', 'context');
  value('--dockerfile', 'dockerfile');
  value('--target', 'target');
  value('--platform', 'platform');
  value('--build-network', 'build-network');
  value('--image-tag-from', 'image-tag-from');
  value('--code-storage', 'code-storage');
  value('--code-storage-credentials-block', 'code-storage-credentials-block');
  value('--code-storage-block', 'code-storage-block');
  value('--worker-service', 'worker-service');
  value('--worker-container', 'worker-container');
  value('--worker-wait', 'worker-wait');
  value('--worker-task-definition', 'worker-task-definition');
  for (const id of core.getMultilineInput('worker-subnets')) flags.push('--worker-subnet', id);
  for (const id of core.getMultilineInput('worker-security-groups')) flags.push('--worker-security-group', id);
  if (bool('worker-assign-public-ip')) flags.push('--worker-public-ip');
  for (const arg of core.getMultilineInput('build-args')) flags.push('--build-arg', arg);
  for (const tag of core.getMultilineInput('image-tags')) flags.push('--tag', tag);
  for (const script of core.getMultilineInput('block-scripts')) flags.push('--block-script', script);
  if (bool('create-repository')) flags.push('--create-repository');
  if (bool('skip-image')) flags.push('--skip-image');
  if (bool('build-only')) flags.push('--build-only');
  if (bool('prune')) flags.push('--prune');
  if (bool('adopt')) flags.push('--adopt');
  if (bool('keep-paused')) flags.push('--keep-paused');
  if (bool('confirm-env')) flags.push('--confirm-env');
  for (const pattern of core.getMultilineInput('only')) flags.push('--only', pattern);
  if (bool('strict')) flags.push('--strict');
  const promoteFrom = input('promote-from') || undefined;
  const explicitSha = input('sha') || undefined;

  const cliEnv: NodeJS.ProcessEnv = { ...env, PREFECT_API_URL: apiUrl, PREFECT_API_KEY: apiKey, PREFECT_API_AUTH_STRING: authString };
  return {
    mode,
    environment: input('environment') || undefined,
    environments,
    promoteFrom,
    comment: input('comment') === '' ? true : bool('comment'),
    layerCache: input('layer-cache') === '' ? true : bool('layer-cache'),
    githubToken,
    root,
    filePattern,
    files,
    hasPrefect: Boolean(apiUrl),
    timeoutSeconds: parseTimeout(input('timeout') || DEFAULT_TIMEOUT),
    settingsFor(environment, command, sha) {
      const args = [command, '--env', environment, ...flags];
      const commit = explicitSha ?? sha;
      if (commit) args.push('--sha', commit);
      if (command === 'promote' && promoteFrom) args.push('--from', promoteFrom);
      const line = parseCommandLine(args, cliEnv, root);
      if (!('runs' in line)) throw new Error('unreachable: the action always asks for a run');
      return line.runs;
    },
  };
}

/** Environments that have a deployments file by the pattern (for pull requests). */
export function environmentsWithFiles(root: string, pattern: string): string[] {
  const [dir, file] = [path.dirname(pattern), path.basename(pattern)];
  const [before, after] = file.split('{env}');
  if (after === undefined) return [];
  let names: string[];
  try {
    names = readdirSync(path.join(root, dir));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(before) && n.endsWith(after) && n.length > before.length + after.length)
    .map((n) => n.slice(before.length, n.length - after.length))
    .filter((e) => /^[A-Za-z0-9_.-]+$/.test(e))
    .sort();
}
