/**
 * Block scripts: Python scripts of the repository (like `infrastructure/ecs-task-dev.py`)
 * run inside the flows image, so they import exactly the Prefect and collections
 * the flows run with. The checkout is mounted read-only as the working directory;
 * the Prefect address and credentials reach the container as environment
 * variables named on the command line (`-e NAME`), their values never in argv.
 */
import path from 'node:path';
import { Failure } from '../errors.js';
import type { PrefectSettings } from '../settings.js';
import { docker } from './docker.js';
import type { StageUi } from '../stages/ui.js';

/** Where the checkout is mounted in the container. */
const SCRIPT_WORKDIR = '/opt/prefect-ecr-deploy/repo';

export interface ScriptRun {
  image: string;
  root: string;
  prefect: PrefectSettings;
  environment?: string;
  sha: string;
}

export async function runBlockScripts(scripts: string[], run: ScriptRun, ui: StageUi): Promise<void> {
  const values: Record<string, string | undefined> = {
    PREFECT_API_URL: run.prefect.apiUrl,
    PREFECT_API_KEY: run.prefect.apiKey,
    PREFECT_API_AUTH_STRING: run.prefect.authString,
    PREFECT_ECR_DEPLOY_IMAGE: run.image,
    PREFECT_ECR_DEPLOY_ENV: run.environment,
    PREFECT_ECR_DEPLOY_SHA: run.sha,
  };
  const passed = Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined);
  const secrets = [run.prefect.apiKey, run.prefect.authString].filter((s): s is string => Boolean(s));
  // A script printing its environment must not print the credentials.
  const redact = (line: string) => secrets.reduce((l, s) => l.split(s).join('***'), line);
  for (const script of scripts) {
    const args = [
      'run',
      '--rm',
      '--network',
      'host',
      '--volume',
      `${path.resolve(run.root)}:${SCRIPT_WORKDIR}:ro`,
      '--workdir',
      SCRIPT_WORKDIR,
    ];
    for (const [name] of passed) args.push('--env', name);
    args.push(run.image, 'python', script);
    const result = await ui.group(`block script ${script}`, (line) =>
      docker(args, { onLine: (l) => line(redact(l)), env: Object.fromEntries(passed) }),
    );
    if (result.code !== 0) {
      throw new Failure(
        `block script ${script} failed (exit ${result.code}); no deployment was registered:\n${result.tail.slice(-10).map(redact).join('\n')}`,
      );
    }
    ui.info(`block script ${script}: done`);
  }
}
