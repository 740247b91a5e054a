/** Image stage input checks, before anything is written (kept apart from the AWS SDK for start-up time). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { readRepositoryFile } from '../repository-file.js';
import { tagInputs } from './content-tag.js';
import type { ImageSettings } from '../settings.js';

const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const NETWORK = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Input problems found before anything is written. */
export function imageSettingsErrors(s: ImageSettings, root: string, promote: boolean): string[] {
  const errors: string[] = [];
  if (!s.region) errors.push('no AWS region: pass --region or set AWS_REGION');
  if (!REPOSITORY_NAME.test(s.repository) || s.repository.length > 256) {
    errors.push(`invalid ECR repository name '${s.repository}': lowercase letters, digits, and . _ - / separators`);
  }
  for (const tag of s.tags) if (!TAG.test(tag)) errors.push(`invalid image tag '${tag}'`);
  if (s.network !== undefined && !NETWORK.test(s.network))
    errors.push(`invalid build network '${s.network}': host, none, or a Docker network name`);
  for (const arg of s.buildArgs)
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg)) errors.push(`build argument '${arg.split('=')[0]}' must be NAME=value`);
  if (!promote) {
    const dockerfile = path.resolve(root, s.dockerfile);
    if (!existsSync(path.resolve(root, s.context))) errors.push(`build context ${s.context} does not exist`);
    if (!existsSync(dockerfile)) errors.push(`Dockerfile ${s.dockerfile} does not exist`);
  }
  if (s.tagFrom) errors.push(...tagInputs(s, root).errors);
  if (s.lifecyclePolicyFile) {
    try {
      JSON.parse(readLifecyclePolicy(s.lifecyclePolicyFile, root));
    } catch (e) {
      errors.push(
        e instanceof UsageError ? e.message : `lifecycle policy ${s.lifecyclePolicyFile}: ${(e as Error).message}`,
      );
    }
  }
  return errors;
}

/** The lifecycle policy file's text, read as a repository file (exit 2 with its path when it is not one). */
export function readLifecyclePolicy(file: string, root: string): string {
  return readRepositoryFile(root, path.resolve(root, file), `--lifecycle-policy ${file}`);
}
