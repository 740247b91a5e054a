/** The image components scripts/image-infra.sh starts; tests fail loudly when they are missing. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { requireTier } from './tier.js';
import { createWorkPool, type RunningServer } from './server.js';

export const ACCOUNT = '123456789012';
export const REGISTRY_PASSWORD = `${ACCOUNT}-auth-token`;

/**
 * Docker's credentials for this test process alone: the registry is shared by every
 * checkout on the machine, and one run's `docker logout` must not end another's push.
 */
let dockerConfig: string | undefined;

export function imageInfra(): { host: string; dir: string; pythonImage: string; env: Record<string, string> } {
  requireTier('services', 'the image components (Docker, the TLS registry, moto)');
  const required = [
    'REGISTRY_HOST',
    'AWS_ENDPOINT_URL_ECR',
    'NODE_EXTRA_CA_CERTS',
    'IMAGE_INFRA_DIR',
    'PYTHON_TEST_IMAGE',
  ];
  const missing = required.filter((k) => !process.env[k]);
  if (missing.length)
    throw new Error(
      `${missing.join(', ')} not set: run the suite with scripts/test.sh (it starts dockerd, the TLS registry and moto)`,
    );
  return {
    host: process.env.REGISTRY_HOST!,
    dir: process.env.IMAGE_INFRA_DIR!,
    /** A local base image with Python, for block scripts (nothing can be pulled). */
    pythonImage: process.env.PYTHON_TEST_IMAGE!,
    env: {
      AWS_ENDPOINT_URL_ECR: process.env.AWS_ENDPOINT_URL_ECR!,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_EC2_METADATA_DISABLED: 'true',
      NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS!,
      PATH: `/usr/bin:${process.env.PATH}`,
      DOCKER_CONFIG: (dockerConfig ??= mkdtempSync(path.join(tmpdir(), 'ped-docker-config-'))),
    },
  };
}

/** A registry manifest request made by the test itself (not the code under test). */
export async function manifest(
  repo: string,
  ref: string,
  method = 'GET',
): Promise<{ status: number; digest: string | null; body: Buffer; type: string | null }> {
  const { host } = imageInfra();
  const r = await fetch(`https://${host}/v2/${repo}/manifests/${ref}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}`,
      accept:
        'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json',
    },
  });
  return {
    status: r.status,
    digest: r.headers.get('docker-content-digest'),
    body: Buffer.from(await r.arrayBuffer()),
    type: r.headers.get('content-type'),
  };
}

export async function putManifest(repo: string, tag: string, body: Buffer, type: string): Promise<number> {
  const { host } = imageInfra();
  const r = await fetch(`https://${host}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}`,
      'content-type': type,
    },
    body: new Uint8Array(body),
  });
  return r.status;
}

/** Lines of the registry's access log that upload blobs to a repository. */
export function blobUploads(repo: string): number {
  const log = readFileSync(path.join(imageInfra().dir, 'registry.log'), 'utf8');
  return log.split('\n').filter((l) => l.includes(`/v2/${repo}/blobs/uploads/`)).length;
}

/** Image ids the Docker engine holds for a repository. */
export function localImages(repoUri: string): string[] {
  const r = spawnSync('/usr/bin/docker', ['images', '--quiet', '--no-trunc', repoUri], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`docker images failed: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** A new machine for a repository: none of its images, and an empty build cache. */
export function freshRunner(repoUri: string): void {
  const ids = [...new Set(localImages(repoUri))];
  const rmi = ids.length
    ? spawnSync('/usr/bin/docker', ['rmi', '--force', ...ids], { encoding: 'utf8' })
    : { status: 0, stderr: '' };
  if (rmi.status !== 0) throw new Error(`docker rmi failed: ${rmi.stderr}`);
  const prune = spawnSync('/usr/bin/docker', ['builder', 'prune', '--all', '--force'], { encoding: 'utf8' });
  if (prune.status !== 0) throw new Error(`docker builder prune failed: ${prune.stderr}`);
}

/** A work pool whose job template has an `image` variable, like Docker and ECS pools. */
export async function createImagePool(server: RunningServer, name = 'image-pool'): Promise<void> {
  await createWorkPool(server, {
    name,
    type: 'docker',
    base_job_template: {
      job_configuration: { image: '{{ image }}' },
      variables: { type: 'object', properties: { image: { type: 'string' } } },
    },
  });
}
