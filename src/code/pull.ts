/**
 * How deployments read the commit's code from S3. Prefect 3: the pull step `prefect
 * deploy` registers after `prefect_aws.deployments.steps.push_to_s3` (Prefect's own
 * `s3` recipe, its push step's outputs filled in). Prefect 2: a storage block whose
 * base is the code storage location, with the commit's folder as the deployment's
 * `path`, as `prefect deployment build -sb TYPE/NAME/<sha>` registers it. Pure.
 */
import type { CodeLocation } from './location.js';

export const PULL_FROM_S3 = 'prefect_aws.deployments.steps.pull_from_s3';

export function pullFromS3(bucket: string, folder: string, credentialsBlock?: string): unknown[] {
  const step: Record<string, unknown> = { id: 'pull_code', requires: 'prefect-aws>=0.3.4', bucket, folder };
  if (credentialsBlock) step.credentials = `{{ prefect.blocks.aws-credentials.${credentialsBlock} }}`;
  return [{ [PULL_FROM_S3]: step }];
}

/**
 * The location a Prefect 2 storage block reads below: `s3` (core, `bucket_path` =
 * `bucket/prefix`) or `s3-bucket` (prefect-aws, `bucket_name` and `bucket_folder`).
 */
export function storageBlockLocation(type: string, data: Record<string, unknown>): CodeLocation | undefined {
  const clean = (v: unknown) => (typeof v === 'string' ? v.replace(/^\/+|\/+$/g, '') : undefined);
  if (type === 's3') {
    const bucketPath = clean(typeof data.bucket_path === 'string' ? data.bucket_path.replace(/^s3:\/\//, '') : undefined);
    if (!bucketPath) return undefined;
    const slash = bucketPath.indexOf('/');
    return slash < 0 ? { bucket: bucketPath, prefix: '' } : { bucket: bucketPath.slice(0, slash), prefix: bucketPath.slice(slash + 1) };
  }
  const bucket = clean(data.bucket_name);
  return bucket ? { bucket, prefix: clean(data.bucket_folder) ?? '' } : undefined;
}
