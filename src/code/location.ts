/**
 * Where the flow code lives: `s3://BUCKET/PREFIX`, each commit's files under
 * `PREFIX/<sha>/`, so every commit's code is immutable and addressable. Pure.
 */

export interface CodeLocation {
  bucket: string;
  /** '' (the bucket's root) or `a/b`, without leading or trailing slashes. */
  prefix: string;
}

/** S3's rules for bucket names (general purpose buckets). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** `s3://BUCKET/PREFIX`, or every problem with it. */
export function parseCodeStorage(url: string): CodeLocation | string[] {
  const m = /^s3:\/\/([^/]*)(?:\/([\s\S]*))?$/.exec(url);
  if (!m) return [`code storage '${url}' must be s3://BUCKET/PREFIX`];
  const [, bucket, rest = ''] = m;
  const problems: string[] = [];
  if (!BUCKET.test(bucket) || bucket.includes('..') || /^\d+\.\d+\.\d+\.\d+$/.test(bucket)) {
    problems.push(
      `code storage bucket '${bucket}' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)`,
    );
  }
  const prefix = rest.replace(/\/+$/, '');
  const segments = prefix ? prefix.split('/') : [];
  if (segments.some((s) => s === '..' || s === '.'))
    problems.push(`code storage prefix '${rest}' must not contain '.' or '..' segments`);
  else if (segments.some((s) => s === '')) problems.push(`code storage prefix '${rest}' has an empty segment`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(prefix))
    problems.push(`code storage prefix '${rest}' has a control character or a backslash`);
  if (prefix.length > 512) problems.push('code storage prefix is longer than 512 characters');
  return problems.length ? problems : { bucket, prefix };
}

/** The commit's folder: `PREFIX/<sha>`. */
export function commitFolder(loc: CodeLocation, sha: string): string {
  return loc.prefix ? `${loc.prefix}/${sha}` : sha;
}

export function s3Url(bucket: string, key: string): string {
  return `s3://${bucket}/${key}`;
}
