/**
 * GitHub's cache service (v2: Twirp JSON, and Azure Blob for the archives), which
 * cannot run here. It keeps entries the way the service does (immutable keys,
 * exact key then prefix lookup, newest first, only finalized entries) and checks
 * every request: the runtime token, the key rules, the version, that an upload
 * goes to the URL it handed out, and that the finalized size is the size uploaded.
 * A request it does not expect fails the test through `problems`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/';

export interface CacheEntry {
  key: string;
  version: string;
  id: number;
  signature: string;
  blocks: Map<string, Buffer>;
  data?: Buffer;
  finalizedSize?: number;
  /** Creation order: a prefix lookup takes the newest. */
  created: number;
}

export interface FakeCacheService {
  url: string;
  token: string;
  /** The env the runner gives a job that may use the cache. */
  env: Record<string, string>;
  entries: CacheEntry[];
  /** Every Twirp call: method and body. */
  calls: { method: string; body: Record<string, unknown> }[];
  /** Twirp calls refused for a wrong or missing runtime token. */
  refused: number;
  /** Blob requests: method and query kind (blob, block, blocklist, download). */
  blobCalls: string[];
  /** Anything the client sent that the real service would refuse or that breaks its protocol. */
  problems: string[];
  stop(): Promise<void>;
}

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startCacheService(): Promise<FakeCacheService> {
  const token = `ghs_runtime-${randomBytes(8).toString('hex')}`;
  const entries: CacheEntry[] = [];
  const calls: FakeCacheService['calls'] = [];
  const blobCalls: string[] = [];
  const problems: string[] = [];
  let nextId = 1;
  let base = '';

  const twirpError = (res: ServerResponse, status: number, code: string, msg: string) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, msg }));
  const json = (res: ServerResponse, body: unknown) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const checkKey = (key: unknown, what: string) => {
    if (typeof key !== 'string' || !key || key.length > 512 || key.includes(','))
      problems.push(`${what}: invalid key ${JSON.stringify(key)}`);
  };
  const checkVersion = (version: unknown) => {
    if (typeof version !== 'string' || !/^[0-9a-f]{64}$/.test(version))
      problems.push(`invalid version ${JSON.stringify(version)}`);
  };

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST') return twirpError(res, 405, 'bad_route', 'POST only');
    if (req.headers.authorization !== `Bearer ${token}`) {
      service.refused++;
      return twirpError(res, 401, 'unauthenticated', 'invalid runtime token');
    }
    if (!String(req.headers['content-type']).startsWith('application/json'))
      problems.push(`${method}: content-type ${req.headers['content-type']}`);
    const body = JSON.parse((await read(req)).toString('utf8')) as Record<string, unknown>;
    calls.push({ method, body });
    checkVersion(body.version);
    if (method === 'CreateCacheEntry') {
      checkKey(body.key, method);
      if (entries.some((e) => e.key === body.key && e.version === body.version)) {
        return twirpError(
          res,
          409,
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const id = nextId++;
      const entry: CacheEntry = {
        key: body.key as string,
        version: body.version as string,
        id,
        signature: randomBytes(12).toString('hex'),
        blocks: new Map(),
        created: id,
      };
      entries.push(entry);
      return json(res, {
        ok: true,
        signed_upload_url: `${base}/devstoreaccount1/actions-cache/${entry.id}?sig=${entry.signature}`,
      });
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const entry = entries.find((e) => e.key === body.key && e.version === body.version);
      if (!entry) return twirpError(res, 404, 'not_found', 'no such cache entry');
      if (!entry.data) problems.push(`finalize ${entry.key}: nothing was uploaded`);
      if (String(body.size_bytes) !== String(entry.data?.length))
        problems.push(`finalize ${entry.key}: size_bytes ${body.size_bytes}, uploaded ${entry.data?.length}`);
      entry.finalizedSize = entry.data?.length;
      return json(res, { ok: true, entry_id: String(entry.id) });
    }
    if (method === 'GetCacheEntryDownloadURL') {
      checkKey(body.key, method);
      const restoreKeys = (body.restore_keys as string[] | undefined) ?? [];
      restoreKeys.forEach((k) => checkKey(k, method));
      const ready = entries
        .filter((e) => e.version === body.version && e.finalizedSize !== undefined)
        .sort((a, b) => b.created - a.created);
      const hit =
        ready.find((e) => e.key === body.key) ??
        [body.key as string, ...restoreKeys].map((p) => ready.find((e) => e.key.startsWith(p))).find(Boolean);
      if (!hit) return json(res, { ok: false });
      return json(res, {
        ok: true,
        signed_download_url: `${base}/devstoreaccount1/actions-cache/${hit.id}?sig=${hit.signature}&download=1`,
        matched_key: hit.key,
      });
    }
    return twirpError(res, 404, 'bad_route', `no method ${method}`);
  }

  async function blob(req: IncomingMessage, res: ServerResponse, url: URL) {
    const id = Number(url.pathname.split('/').pop());
    const entry = entries.find((e) => e.id === id);
    if (!entry || url.searchParams.get('sig') !== entry.signature) {
      problems.push(`blob ${req.method} ${url.pathname}: not a URL the service handed out`);
      return res.writeHead(403).end();
    }
    const headers = {
      etag: `"0x${entry.id}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-id': randomBytes(8).toString('hex'),
      'x-ms-version': '2025-01-05',
    };
    if (req.method === 'GET') {
      blobCalls.push('download');
      if (entry.finalizedSize === undefined) problems.push(`download of ${entry.key} before it was finalized`);
      return res
        .writeHead(200, {
          ...headers,
          'content-length': String(entry.data?.length ?? 0),
          'content-type': 'application/octet-stream',
        })
        .end(entry.data);
    }
    if (req.method !== 'PUT') return res.writeHead(405).end();
    if (entry.finalizedSize !== undefined) problems.push(`upload to ${entry.key} after it was finalized`);
    const body = await read(req);
    const comp = url.searchParams.get('comp');
    if (comp === 'block') {
      blobCalls.push('block');
      entry.blocks.set(url.searchParams.get('blockid') ?? '', body);
    } else if (comp === 'blocklist') {
      blobCalls.push('blocklist');
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      const missing = ids.filter((i) => !entry.blocks.has(i));
      if (missing.length)
        problems.push(`block list of ${entry.key} names blocks never uploaded: ${missing.join(', ')}`);
      entry.data = Buffer.concat(ids.map((i) => entry.blocks.get(i) ?? Buffer.alloc(0)));
    } else if (!comp && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      blobCalls.push('blob');
      entry.data = body;
    } else {
      problems.push(`unexpected blob request ${req.method} ${url.search}`);
      return res.writeHead(400).end();
    }
    res.writeHead(201, headers).end();
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const handle = url.pathname.startsWith(SERVICE)
      ? twirp(url.pathname.slice(SERVICE.length), req, res)
      : blob(req, res, url);
    handle.catch((e: Error) => {
      problems.push(`${req.method} ${url.pathname}: ${e.message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const service: FakeCacheService = {
    url: base,
    token,
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: `${base}/`, ACTIONS_RUNTIME_TOKEN: token },
    entries,
    calls,
    blobCalls,
    problems,
    refused: 0,
    stop: () => new Promise((r) => server.close(() => r())),
  };
  return service;
}
