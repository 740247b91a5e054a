/**
 * The action's inputs, read once: the only reader of action inputs. They become
 * the CLI's own flags (and environment variables for secrets), so the action and
 * the CLI share one parser and one meaning for every option.
 */
import * as core from '@actions/core';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCommandLine, parseTimeout } from './args/settings.js';
import { parseEnvironmentMap, type ActionMode } from './context.js';
import { UsageError } from './errors.js';
import type { GithubDeploymentsSetting } from './github/deployments.js';
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_FILE_PATTERN,
  DEFAULT_TIMEOUT,
  DEFAULT_VERIFY_TIMEOUT,
  DEFAULT_WORKDIR,
  DEFAULT_WORKER_WAIT,
  type Settings,
} from './settings.js';

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
  /** Record each deploy and promotion as a GitHub deployment: auto (where the token may), true, false. */
  githubDeployments: GithubDeploymentsSetting;
  root: string;
  filePattern: string;
  /** The deployments-file input (lines, each a path or a glob), absolute. */
  files: string[];
  /** Whether Prefect credentials or an API URL were given (forks get none). */
  hasPrefect: boolean;
  /** The deadline of the whole run, every environment included. */
  timeoutSeconds: number;
  /** Register a pull request's previews on pull_request events (and remove them when it closes). */
  preview: boolean;
  /** Settings for one environment and mode, one per deployments file, through the CLI's parser. */
  settingsFor(
    environment: string,
    mode: 'plan' | 'deploy' | 'promote' | 'validate',
    sha?: string,
    preview?: { number: number; close: boolean },
  ): Settings[];
}

const MODES: ActionMode[] = ['auto', 'deploy', 'plan', 'promote'];

/**
 * action.yml's defaults (a unit test checks this table against the file). The runner sets
 * every one of them whether the workflow names the input or not, so a value equal to its
 * default counts as not given: no flag reaches the parser, and no check pairing two
 * options can fire on a value the user did not write.
 */
export const ACTION_DEFAULTS: Readonly<Record<string, string>> = {
  environments: 'main=prod,dev=dev',
  mode: 'auto',
  'allow-drift': 'false',
  'file-pattern': DEFAULT_FILE_PATTERN,
  root: '.',
  'create-repository': 'false',
  'tag-mutability': 'MUTABLE',
  dockerfile: 'Dockerfile',
  context: '.',
  'layer-cache': 'true',
  'worker-wait': String(DEFAULT_WORKER_WAIT),
  'worker-assign-public-ip': 'false',
  'skip-image': 'false',
  'build-only': 'false',
  workdir: DEFAULT_WORKDIR,
  prune: 'false',
  adopt: 'false',
  only: '',
  verify: '',
  'verify-timeout': String(DEFAULT_VERIFY_TIMEOUT),
  'keep-paused': 'false',
  'confirm-env': 'false',
  strict: 'false',
  concurrency: String(DEFAULT_CONCURRENCY),
  timeout: DEFAULT_TIMEOUT,
  comment: 'true',
  preview: 'false',
  'github-token': '${{ github.token }}',
  'github-deployments': 'auto',
};

/** Inputs passed to the CLI's parser as one flag's value. */
const VALUE_FLAGS: [input: string, flag: string][] = [
  ['concurrency', '--concurrency'],
  ['timeout', '--timeout'],
  ['workdir', '--workdir'],
  ['image', '--image'],
  ['ecr-repository', '--repository'],
  ['aws-region', '--region'],
  ['ecr-registry-id', '--registry-id'],
  ['tag-mutability', '--tag-mutability'],
  ['lifecycle-policy', '--lifecycle-policy'],
  ['context', '--context'],
  ['dockerfile', '--dockerfile'],
  ['target', '--target'],
  ['platform', '--platform'],
  ['build-network', '--build-network'],
  ['image-tag-from', '--image-tag-from'],
  ['code-storage', '--code-storage'],
  ['code-storage-credentials-block', '--code-storage-credentials-block'],
  ['code-storage-block', '--code-storage-block'],
  ['worker-service', '--worker-service'],
  ['worker-container', '--worker-container'],
  ['worker-wait', '--worker-wait'],
  ['worker-task-definition', '--worker-task-definition'],
  ['verify-timeout', '--verify-timeout'],
  ['verify-parameters', '--verify-parameters'],
];
/** Inputs of one value per line: the flag once per line. */
const LIST_FLAGS: [input: string, flag: string][] = [
  ['worker-subnets', '--worker-subnet'],
  ['worker-security-groups', '--worker-security-group'],
  ['build-args', '--build-arg'],
  ['image-tags', '--tag'],
  ['block-scripts', '--block-script'],
  ['only', '--only'],
];
/** Inputs of patterns, one or more per line separated by commas: the flag once per pattern. */
const PATTERN_FLAGS: [input: string, flag: string][] = [['verify', '--verify']];
/** true/false inputs: the switch when true. */
const SWITCH_FLAGS: [input: string, flag: string][] = [
  ['worker-assign-public-ip', '--worker-public-ip'],
  ['create-repository', '--create-repository'],
  ['skip-image', '--skip-image'],
  ['build-only', '--build-only'],
  ['prune', '--prune'],
  ['adopt', '--adopt'],
  ['keep-paused', '--keep-paused'],
  ['confirm-env', '--confirm-env'],
  ['strict', '--strict'],
];

/** The inputs that become other flags of the parser. */
const OTHER_FLAGS: [input: string, flag: string][] = [
  ['root', '--root'],
  ['file-pattern', '--file-pattern'],
  ['deployments-file', '--file'],
  ['environment', '--env'],
  ['promote-from', '--from'],
  ['allow-drift', '--allow-drift'],
  ['sha', '--sha'],
  ['prefect-api-url', '--api-url'],
  ['preview-work-pool', '--preview-work-pool'],
];
const INPUT_OF_FLAG = new Map(
  [...VALUE_FLAGS, ...LIST_FLAGS, ...PATTERN_FLAGS, ...SWITCH_FLAGS, ...OTHER_FLAGS].map(([input, flag]) => [
    flag,
    input,
  ]),
);
const GLOB = /[*?]/;

/** Runs the parser; its usage errors name the action's inputs, not the CLI's flags the user never wrote. */
function byInput<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const named = e.problems.map((p) =>
      p.replace(/(?<![\w-])--[a-z][a-z-]*(?![\w-])/g, (flag) =>
        INPUT_OF_FLAG.has(flag) ? `input '${INPUT_OF_FLAG.get(flag)}'` : flag,
      ),
    );
    throw new UsageError(named);
  }
}

export function getInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  /** What the user wrote: '' when the input is missing or holds action.yml's default. */
  const input = (name: string) => {
    const v = core.getInput(name).trim();
    return v === ACTION_DEFAULTS[name] ? '' : v;
  };
  const lines = (name: string) => core.getMultilineInput(name).filter((line) => line.trim() !== ACTION_DEFAULTS[name]);
  const secret = (name: string) => {
    const v = input(name);
    if (v) core.setSecret(v);
    return v || undefined;
  };
  const apiKey = secret('prefect-api-key') ?? env.PREFECT_API_KEY;
  const authString = secret('prefect-api-auth-string') ?? env.PREFECT_API_AUTH_STRING;
  const githubToken = secret('github-token');
  const apiUrl = input('prefect-api-url') || env.PREFECT_API_URL || undefined;

  // Any case, as the true/false inputs take.
  const mode = (input('mode') || ACTION_DEFAULTS.mode).toLowerCase() as ActionMode;
  if (!MODES.includes(mode)) throw new UsageError(`input 'mode' must be one of ${MODES.join(', ')}, not '${mode}'`);
  let environments: Map<string, string>;
  try {
    environments = parseEnvironmentMap(input('environments') || ACTION_DEFAULTS.environments);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const root = path.resolve(workspace, input('root') || ACTION_DEFAULTS.root);
  const filePattern = input('file-pattern') || ACTION_DEFAULTS['file-pattern'];
  const bool = (name: string) => {
    const v = (input(name) || ACTION_DEFAULTS[name] || 'false').toLowerCase();
    if (v !== 'true' && v !== 'false') throw new UsageError(`input '${name}' must be true or false, not '${v}'`);
    return v === 'true';
  };

  // action.yml: deployments-file is relative to root. Several files are projects, each rooted at its folder unless root is set.
  const files = lines('deployments-file').map((f) => path.resolve(root, f));
  const several = files.length > 1 || files.some((f) => GLOB.test(f));
  const flags: string[] = [...(several && !input('root') ? [] : ['--root', root])];
  if (input('file-pattern')) flags.push('--file-pattern', filePattern);
  // The parser runs in the workspace: a glob that matches nothing is named as the workspace sees it.
  for (const f of files) flags.push('--file', GLOB.test(f) ? path.relative(workspace, f) : f);
  for (const [name, flag] of VALUE_FLAGS) if (input(name)) flags.push(flag, input(name));
  for (const [name, flag] of LIST_FLAGS) for (const line of lines(name)) flags.push(flag, line);
  for (const [name, flag] of PATTERN_FLAGS)
    for (const pattern of lines(name).flatMap((line) => line.split(',')))
      if (pattern.trim()) flags.push(flag, pattern.trim());
  for (const [name, flag] of SWITCH_FLAGS) if (bool(name)) flags.push(flag);
  const promoteFrom = input('promote-from') || undefined;
  const allowDrift = bool('allow-drift');
  const githubDeployments = (input('github-deployments') || 'auto').toLowerCase() as GithubDeploymentsSetting;
  if (!['auto', 'true', 'false'].includes(githubDeployments))
    throw new UsageError(`input 'github-deployments' must be auto, true or false, not '${githubDeployments}'`);
  const explicitSha = input('sha') || undefined;

  const cliEnv: NodeJS.ProcessEnv = {
    ...env,
    PREFECT_API_URL: apiUrl,
    PREFECT_API_KEY: apiKey,
    PREFECT_API_AUTH_STRING: authString,
  };
  return {
    mode,
    environment: input('environment') || undefined,
    environments,
    promoteFrom,
    comment: bool('comment'),
    layerCache: bool('layer-cache'),
    preview: bool('preview'),
    githubToken,
    githubDeployments,
    root,
    filePattern,
    files,
    hasPrefect: Boolean(apiUrl),
    timeoutSeconds: byInput(() => parseTimeout(input('timeout') || ACTION_DEFAULTS.timeout)),
    settingsFor(environment, command, sha, preview) {
      const args = [command, '--env', environment, ...flags];
      const commit = explicitSha ?? sha;
      if (commit) args.push('--sha', commit);
      if (preview) args.push(preview.close ? '--preview-close' : '--preview', String(preview.number));
      if (preview && !preview.close && input('preview-work-pool'))
        args.push('--preview-work-pool', input('preview-work-pool'));
      if (command === 'promote' && promoteFrom) args.push('--from', promoteFrom);
      if (command === 'promote' && allowDrift) args.push('--allow-drift');
      const line = byInput(() => parseCommandLine(args, cliEnv, workspace));
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
