/**
 * A TLS fault proxy in front of the test registry, serving the second registry name
 * (999999999999.dkr.ecr..., 127.0.0.2:443) that moto's token names for that registry
 * id. It swaps in the real registry's credentials and injects faults, with a seeded
 * probability, into this tool's own registry requests (docker's are passed through:
 * docker retries on its own).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import path from 'node:path';
import { prng } from './fault-proxy.js';
import { imageInfra, REGISTRY_PASSWORD } from './image.js';

export interface RegistryFaultProxy {
  stats: Record<string, number>;
  close(): Promise<void>;
}

export async function startRegistryFaultProxy(options: {
  rate: number;
  seed: number;
  alwaysFail?: (method: string, url: string) => boolean;
}): Promise<RegistryFaultProxy> {
  const { dir, host } = imageInfra();
  const faultyHost = process.env.FAULTY_REGISTRY_HOST;
  if (!faultyHost) throw new Error('FAULTY_REGISTRY_HOST not set: run the suite with scripts/test.sh');
  const random = prng(options.seed);
  const stats: Record<string, number> = {
    '500': 0,
    '503': 0,
    '429': 0,
    reset: 0,
    forwarded: 0,
    'always-failed': 0,
    docker: 0,
  };
  const upstreamAuth = `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}`;

  const server: Server = createServer(
    { key: readFileSync(path.join(dir, 'server.key')), cert: readFileSync(path.join(dir, 'server.crt')) },
    (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        const fromDocker = /^docker\//.test(req.headers['user-agent'] ?? '');
        if (fromDocker) stats.docker++;
        if (!fromDocker && options.alwaysFail?.(req.method!, req.url!)) {
          stats['always-failed']++;
          return res.writeHead(503).end();
        }
        if (!fromDocker && random() < options.rate) {
          const fault = ['500', '503', '429', 'reset'][Math.floor(random() * 4)];
          stats[fault]++;
          if (fault === 'reset') return req.socket.destroy();
          return res.writeHead(Number(fault), fault === '429' ? { 'retry-after': '1' } : {}).end();
        }
        try {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(req.headers))
            if (typeof v === 'string' && !['host', 'content-length', 'connection', 'authorization'].includes(k))
              headers[k] = v;
          if (req.headers.authorization) headers.authorization = upstreamAuth;
          const r = await fetch(`https://${host}${req.url}`, {
            method: req.method,
            headers,
            body: ['GET', 'HEAD'].includes(req.method!) ? undefined : new Uint8Array(Buffer.concat(chunks)),
            redirect: 'manual',
          });
          const out: Record<string, string> = {};
          r.headers.forEach((v, k) => {
            if (!['content-length', 'transfer-encoding', 'connection', 'content-encoding'].includes(k))
              out[k] = k === 'location' ? v.replace(host, faultyHost) : v;
          });
          const body = Buffer.from(await r.arrayBuffer());
          stats.forwarded++;
          res
            .writeHead(r.status, { ...out, 'content-length': String(body.length) })
            .end(req.method === 'HEAD' ? undefined : body);
        } catch {
          req.socket.destroy();
        }
      });
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(443, '127.0.0.2', resolve);
  });
  return {
    stats,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
