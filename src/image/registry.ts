/**
 * The container registry API (OCI distribution), for what docker cannot do
 * without pulling: does a tag exist (HEAD on the manifest), read a manifest's exact
 * bytes, and put those bytes under another tag, so a promoted image keeps its digest.
 */
import { createHash } from 'node:crypto';
import { Failure } from '../errors.js';
import { backoffDelay, networkReason, parseRetryAfter, sleep } from '../retry.js';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface Manifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export class RegistryError extends Failure {}

/** Attempts per registry request: backoff doubles from 250 ms, so about 30 s in all. */
const MAX_ATTEMPTS = 8;

export class Registry {
  private readonly authorization: string;

  constructor(
    readonly host: string,
    username: string,
    password: string,
  ) {
    this.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  /** The digest and media type of a tag or digest, or undefined when it does not exist. */
  async head(repository: string, reference: string): Promise<{ digest: string; mediaType: string } | undefined> {
    const r = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, {
      accept: MANIFEST_TYPES.join(', '),
    });
    if (r.status === 404) return undefined;
    await this.check(r, `HEAD ${repository}:${reference}`);
    const digest = r.headers.get('docker-content-digest');
    if (!digest) return (await this.get(repository, reference)) ?? undefined;
    return { digest, mediaType: (r.headers.get('content-type') ?? '').split(';')[0] };
  }

  async get(repository: string, reference: string): Promise<Manifest | undefined> {
    const r = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_TYPES.join(', ') });
    if (r.status === 404) return undefined;
    await this.check(r, `GET ${repository}:${reference}`);
    const bytes = Buffer.from(await r.arrayBuffer());
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    return { bytes, mediaType: (r.headers.get('content-type') ?? '').split(';')[0], digest };
  }

  /** Puts manifest bytes under a tag, unchanged: the digest stays the same. */
  async put(repository: string, tag: string, manifest: Manifest): Promise<string> {
    const r = await this.send(
      'PUT',
      `/v2/${repository}/manifests/${tag}`,
      { 'content-type': manifest.mediaType },
      manifest.bytes,
    );
    await this.check(r, `PUT ${repository}:${tag}`);
    return r.headers.get('docker-content-digest') ?? manifest.digest;
  }

  /** A blob's bytes (an image config, to read its labels). */
  async blob(repository: string, digest: string): Promise<Buffer> {
    const r = await this.send('GET', `/v2/${repository}/blobs/${digest}`, {});
    await this.check(r, `GET blob ${digest}`);
    return Buffer.from(await r.arrayBuffer());
  }

  private async send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let retryAfterMs: number | undefined;
      try {
        const r = await fetch(`https://${this.host}${path}`, {
          method,
          headers: { ...headers, authorization: this.authorization },
          body: body ? new Uint8Array(body) : undefined,
          redirect: 'follow',
          signal: AbortSignal.timeout(60_000),
        });
        if (r.status < 500 && r.status !== 429) return r;
        reason = String(r.status);
        retryAfterMs = parseRetryAfter(r.headers.get('retry-after'));
        await r.arrayBuffer();
      } catch (e) {
        reason = networkReason(e);
      }
      if (attempt >= MAX_ATTEMPTS)
        throw new RegistryError(`${method} https://${this.host}${path}: gave up after ${attempt} attempts: ${reason}`);
      await sleep(Math.min(retryAfterMs ?? backoffDelay(attempt), 30_000));
    }
  }

  private async check(r: Response, what: string): Promise<void> {
    if (r.ok) return;
    const text =
      r.status === 401 || r.status === 403 ? 'not authorized' : (await r.text()).slice(0, 300).replace(/\s+/g, ' ');
    throw new RegistryError(`registry ${this.host}: ${what}: ${r.status} ${text}`);
  }
}
