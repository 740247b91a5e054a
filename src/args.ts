/** CLI flags and the process environment -> Settings: the only reader of both. */
import path from 'node:path';
import { UsageError } from './errors.js';
import { headCommit } from './git.js';
import { vcsSettings } from './vcs.js';
import { DEFAULT_CONCURRENCY, DEFAULT_FILE_PATTERN, DEFAULT_WORKDIR, type Command, type Settings } from './settings.js';
import { closest } from './text.js';

export const USAGE = `Usage: prefect-ecr-deploy <command> [options]

Commands:
  validate    check the deployments file and its flows; writes nothing
  plan        validate, then compare with the Prefect API: what deploy would change; writes nothing
  deploy      validate, plan, and register every deployment (version = the commit SHA)

Options:
  --env ENV            environment: reads prefect-deployments-ENV.yaml at the root
  --file PATH          the deployments file (instead of the environment's)
  --root DIR           repository root (default: the working directory)
  --file-pattern PAT   file name for an environment (default: ${DEFAULT_FILE_PATTERN})
  --sha SHA            commit SHA (default: GITHUB_SHA, else the checked-out commit)
  --api-url URL        Prefect API (default: PREFECT_API_URL); credentials come from
                       PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)
  --concurrency N      API requests in flight (default: ${DEFAULT_CONCURRENCY})
  --skip-image         register without the image stage
  --image REF          an existing image for {{ image }}
  --workdir DIR        the image's working directory for the default pull step (default: ${DEFAULT_WORKDIR})
  --json               print a JSON report on stdout
  -h, --help           show this help
`;

const COMMANDS: Command[] = ['validate', 'plan', 'deploy'];
const VALUE_FLAGS = ['--env', '--file', '--root', '--file-pattern', '--sha', '--api-url', '--concurrency', '--image', '--workdir'];
const BOOLEAN_FLAGS = ['--json', '--skip-image', '--help', '-h'];

/** Parses argv into Settings; the only place that reads flags and the process environment. */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Settings | 'help' {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      values.set(name, value);
    } else if (BOOLEAN_FLAGS.includes(name) && eq < 0) {
      flags.add(name);
    } else {
      const hint = closest(name, [...VALUE_FLAGS, ...BOOLEAN_FLAGS]);
      throw new UsageError(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) return 'help';
  const [command, ...extra] = positional;
  if (!command) throw new UsageError(`a command is required\n\n${USAGE}`);
  if (!COMMANDS.includes(command as Command)) {
    const hint = closest(command, COMMANDS);
    throw new UsageError(`unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
  }
  if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'`);
  const root = path.resolve(cwd, values.get('--root') ?? '.');
  const sha = values.get('--sha') ?? env.GITHUB_SHA ?? headCommit(root);
  if (values.has('--sha') && !/^[0-9a-f]{7,40}$/i.test(values.get('--sha')!)) {
    throw new UsageError(`--sha '${values.get('--sha')}' is not a commit SHA`);
  }
  const concurrency = Number(values.get('--concurrency') ?? DEFAULT_CONCURRENCY);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError('--concurrency must be a whole number from 1 to 64');
  const apiUrl = values.get('--api-url') ?? env.PREFECT_API_URL;
  if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new UsageError('the Prefect API URL must start with http:// or https://');
  return {
    command: command as Command,
    root,
    environment: values.get('--env'),
    file: values.get('--file'),
    filePattern: values.get('--file-pattern') ?? DEFAULT_FILE_PATTERN,
    sha,
    json: flags.has('--json'),
    env: { ...env },
    prefect: { apiUrl, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
    vcs: vcsSettings(root, sha, env),
    concurrency,
    skipImage: flags.has('--skip-image'),
    image: values.get('--image'),
    workdir: values.get('--workdir') ?? DEFAULT_WORKDIR,
  };
}
