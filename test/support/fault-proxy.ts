/**
 * A fault-injecting HTTP proxy in front of a real server. Per request, with a seeded
 * probability: 500/502/503, 429 with Retry-After, a connection reset before or after
 * the request reached the server, or a delay. Counts what it did, and can hold every
 * request for a fixed latency (a runner talking to Prefect Cloud) and record each
 * request it forwards.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault = '500' | '502' | '503' | '429' | 'reset-before' | 'reset-after' | 'delay';
const FAULTS: Fault[] = ['500', '502', '503', '429', 'reset-before', 'reset-after', 'delay'];

export interface ProxiedRequest {
  method: string;
  /** The path below the API URL, for example `/deployments/`. */
  path: string;
  body: unknown;
  /** The server's answer. */
  status: number;
}

export interface FaultProxy {
  url: string;
  stats: Record<Fault | 'forwarded' | 'always-failed', number>;
  /** Every request forwarded, when started with `record`. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** mulberry32: a small deterministic PRNG, so a failing seed can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(
  targetApiUrl: string,
  options: {
    rate: number;
    seed: number;
    alwaysFail?: (method: string, path: string, body: string) => boolean;
    latencyMs?: number;
    record?: boolean;
  },
): Promise<FaultProxy> {
  const target = new URL(targetApiUrl);
  const random = prng(options.seed);
  const stats = Object.fromEntries([...FAULTS, 'forwarded', 'always-failed'].map((k) => [k, 0])) as FaultProxy['stats'];
  const requests: ProxiedRequest[] = [];

  const forward = async (req: IncomingMessage, body: Buffer) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    const r = await fetch(`${target.origin}${req.url}`, {
      method: req.method,
      headers,
      body: ['GET', 'HEAD'].includes(req.method!) ? undefined : new Uint8Array(body),
    });
    return {
      status: r.status,
      type: r.headers.get('content-type') ?? 'application/json',
      body: Buffer.from(await r.arrayBuffer()),
    };
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      try {
        if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
        if (options.alwaysFail?.(req.method!, req.url!, body.toString('utf8'))) {
          stats['always-failed']++;
          return res
            .writeHead(503, { 'content-type': 'application/json' })
            .end('{"detail":"injected: always failing"}');
        }
        const fault = random() < options.rate ? FAULTS[Math.floor(random() * FAULTS.length)] : undefined;
        if (fault) stats[fault]++;
        switch (fault) {
          case '500':
          case '502':
          case '503':
            return res.writeHead(Number(fault), { 'content-type': 'application/json' }).end('{"detail":"injected"}');
          case '429':
            return res
              .writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' })
              .end('{"detail":"slow down"}');
          case 'reset-before':
            return req.socket.destroy();
          case 'reset-after':
            // The server did the work; the client never hears back and must retry safely.
            await forward(req, body);
            return req.socket.destroy();
          case 'delay':
            await new Promise((r) => setTimeout(r, 200 + random() * 1300));
        }
        const r = await forward(req, body);
        stats.forwarded++;
        if (options.record) {
          const text = body.toString('utf8');
          requests.push({
            method: req.method!,
            path: req.url!.slice(target.pathname.length),
            body: text ? JSON.parse(text) : undefined,
            status: r.status,
          });
        }
        res.writeHead(r.status, { 'content-type': r.type }).end(r.body);
      } catch {
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${target.pathname}`,
    stats,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
