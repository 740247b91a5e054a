/**
 * How deployments read the commit's code from S3. Prefect 3: the pull step `prefect
 * deploy` registers after `prefect_aws.deployments.steps.push_to_s3` (Prefect's own
 * `s3` recipe, its push step's outputs filled in). Prefect 2: a storage block whose
 * base is the code storage location, with the commit's folder as the deployment's
 * `path`, as `prefect deployment build -sb TYPE/NAME/<sha>` registers it. Pure.
 */
import { commitFolder, type CodeLocation } from './location.js';

export const PULL_FROM_S3 = 'prefect_aws.deployments.steps.pull_from_s3';

export function pullFromS3(bucket: string, folder: string, credentialsBlock?: string): unknown[] {
  const step: Record<string, unknown> = { id: 'pull_code', requires: 'prefect-aws>=0.3.4', bucket, folder };
  if (credentialsBlock) step.credentials = `{{ prefect.blocks.aws-credentials.${credentialsBlock} }}`;
  return [{ [PULL_FROM_S3]: step }];
}

/**
 * The deployment `path` from which a Prefect 2 storage block's `get_directory` (what
 * an agent calls before a run) reads the commit's folder, or why it cannot. `s3`
 * (core) reads `path` below its `bucket_path`, which must be the code storage
 * location; `s3-bucket` (prefect-aws) reads `path` as the key prefix itself, in its
 * `bucket_name` (its `bucket_folder` applies to uploads only).
 */
export function storageBlockPath(
  type: string,
  data: Record<string, unknown>,
  loc: CodeLocation,
  sha: string,
): { path: string } | { error: string } {
  const clean = (v: unknown) => (typeof v === 'string' ? v.replace(/^s3:\/\//, '').replace(/^\/+|\/+$/g, '') : '');
  const want = `s3://${loc.bucket}${loc.prefix ? `/${loc.prefix}` : ''}`;
  if (type === 's3') {
    const base = clean(data.bucket_path);
    if (base !== (loc.prefix ? `${loc.bucket}/${loc.prefix}` : loc.bucket))
      return { error: `reads from ${base ? `s3://${base}` : 'no bucket'}, not ${want}` };
    return { path: sha };
  }
  const bucket = clean(data.bucket_name);
  if (bucket !== loc.bucket) return { error: `reads from bucket ${bucket || '(none)'}, not ${loc.bucket}` };
  return { path: commitFolder(loc, sha) };
}
