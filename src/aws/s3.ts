/**
 * Amazon S3 through the AWS SDK, for code storage: the bucket's existence, a
 * listing, small JSON objects and file uploads. The endpoint is the SDK's own
 * (AWS_ENDPOINT_URL_S3 when set); with an endpoint of its own (moto, MinIO) the
 * bucket goes in the path, not the host name.
 */
import { closeSync, createReadStream, readFileSync, type ReadStream } from 'node:fs';
import {
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { UsageError } from '../errors.js';
import { awsError, awsStatus } from './errors.js';
import { openChosenFile } from '../repository-file.js';

export interface StoredObject {
  size: number;
  /** The ETag without quotes: the content's MD5 for an object put in one part without SSE-KMS. */
  etag?: string;
}

/** Files up to this size are sent from memory; larger ones are streamed. */
const IN_MEMORY = 8 * 1024 * 1024;

export class S3Store {
  private readonly client: S3Client;

  constructor(
    readonly region: string,
    pathStyle: boolean,
  ) {
    this.client = new S3Client({ region, forcePathStyle: pathStyle, followRegionRedirects: true, maxAttempts: 5 });
  }

  /** Why the bucket cannot be used, or undefined when it can. */
  async bucketProblem(bucket: string): Promise<string | undefined> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket }));
      return undefined;
    } catch (e) {
      const status = awsStatus(e);
      if (status === 404)
        return `S3 bucket '${bucket}' does not exist (region ${this.region}): create it, or fix --code-storage`;
      if (status === 403) {
        return `S3 bucket '${bucket}' exists but is not ours to use: these credentials are denied (another account's bucket, or a policy without s3:ListBucket on it)`;
      }
      return awsError(e, `reading S3 bucket '${bucket}' in ${this.region}`);
    }
  }

  /** Every object under a prefix (`folder/`), by key. */
  async list(bucket: string, prefix: string, limit = Infinity): Promise<Map<string, StoredObject>> {
    const out = new Map<string, StoredObject>();
    let token: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            ContinuationToken: token,
            MaxKeys: Math.min(1000, limit),
          }),
        );
      } catch (e) {
        throw new UsageError(awsError(e, `listing s3://${bucket}/${prefix}`));
      }
      for (const o of page.Contents ?? [])
        if (o.Key) out.set(o.Key, { size: o.Size ?? 0, etag: o.ETag?.replace(/"/g, '') });
      token = page.IsTruncated && out.size < limit ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
  }

  /** A small JSON object, or undefined when there is none. */
  async getJson(bucket: string, key: string): Promise<unknown> {
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const text = await r.Body!.transformToString('utf8');
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    } catch (e) {
      if (awsStatus(e) === 404) return undefined;
      throw new UsageError(awsError(e, `reading s3://${bucket}/${key}`));
    }
  }

  async putJson(bucket: string, key: string, value: unknown): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }),
    );
  }

  /**
   * Uploads a file chosen earlier (its real path and size) as one object, read through a
   * descriptor that is checked once open; errors are the SDK's (the caller says what failed).
   */
  async putFile(bucket: string, key: string, file: string, size: number): Promise<void> {
    const fd = openChosenFile(file, size);
    let Body: Buffer | ReadStream;
    if (size <= IN_MEMORY) {
      try {
        Body = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    } else {
      Body = createReadStream('', { fd, start: 0, end: Math.max(size - 1, 0) });
    }
    await this.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body, ContentLength: size }));
  }
}
