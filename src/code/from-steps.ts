/**
 * A prefect_aws push_to_s3 step's fields as the code storage stage's settings, where no
 * --code-storage option gave them: the bucket, the folder (Prefect's layout: the files
 * at the folder itself, as push_to_s3 uploads them) and the aws-credentials block the
 * file's pull steps read with. Pure.
 */
import type { DeploymentsFile } from '../config/model.js';
import { PUSH_TO_S3, type Step } from '../config/steps.js';
import type { CodeStorageSettings } from '../settings.js';
import { parseCodeStorage } from './location.js';

/** The file's push_to_s3 steps, once each. */
export function pushToS3Steps(file: DeploymentsFile): Step[] {
  const seen = new Set<unknown>();
  return file.deployments
    .flatMap((d) => [...d.build, ...d.push])
    .filter((s) => s.fn === PUSH_TO_S3 && !seen.has(s.node) && seen.add(s.node));
}

/** When deployments push to different places: the code storage stage uploads to one per run. */
export function conflictingPushSteps(steps: Step[]): string | undefined {
  const key = (s: Step) => JSON.stringify([s.inputs.bucket, s.inputs.folder, s.inputs.credentials ?? null]);
  const distinct = [...new Map(steps.map((s) => [key(s), s])).values()];
  if (distinct.length < 2) return undefined;
  const lines = distinct.map((s) => s.node.pos.line).join(', ');
  return `the code storage stage uploads to one place per run, and this file's push_to_s3 steps differ (lines ${lines}): give one push_to_s3 step to all deployments`;
}

/** `NAME` of a whole `{{ prefect.blocks.aws-credentials.NAME }}`; undefined for anything else. */
export function credentialsBlockOf(value: unknown): string | undefined {
  const m =
    typeof value === 'string'
      ? /^\s*\{\{\s*prefect\.blocks\.aws-credentials\.([a-z0-9-]+)\s*\}\}\s*$/.exec(value)
      : null;
  return m?.[1];
}

/**
 * The settings the code storage stage uses: `given` (--code-storage: one folder per
 * commit) wins; else the step's bucket and folder (its templates filled) in Prefect's
 * layout. A list of strings says what is wrong with the step's values.
 */
export function codeStorageFrom(
  given: CodeStorageSettings | undefined,
  step: Step | undefined,
  s3: { region?: string; pathStyle: boolean } | undefined,
): CodeStorageSettings | string[] | undefined {
  if (given || !step) return given;
  const { bucket, folder } = step.inputs;
  const where = `push_to_s3 (line ${step.node.pos.line})`;
  if (typeof bucket !== 'string' || typeof folder !== 'string') return [`${where} needs bucket and folder as text`];
  // push_to_s3 joins the folder and each file's path as a POSIX path: a trailing slash adds nothing.
  const url = `s3://${bucket}/${folder}`;
  const location = parseCodeStorage(url);
  if (Array.isArray(location)) return location.map((p) => `${where}: ${p}`);
  return {
    url: `s3://${bucket}/${location.prefix}`,
    location,
    region: s3?.region,
    credentialsBlock: credentialsBlockOf(step.inputs.credentials),
    pathStyle: s3?.pathStyle ?? false,
    step: { line: step.node.pos.line, folder },
  };
}
