/**
 * The pinned `prefect deploy --all` (from the worker's venv: prefect-aws, prefect-docker)
 * against this tool's deploy, each on a Prefect server of its own: what each registered,
 * as comparable views, and what each uploaded to a bucket in moto.
 */
import assert from 'node:assert/strict';
import { boto } from './aws.js';
import type { RunResult } from './bundles.js';
import { prefectCli, type CliRun, type PrefectCli } from './prefect-cli.js';
import type { RunningServer } from './server.js';

type Api = Record<string, unknown> & { id: string; name: string; flow_id: string };

/** The fields of a registered deployment both tools' registrations are compared on. */
export const COMPARED_FIELDS = [
  'description',
  'parameters',
  'parameter_openapi_schema',
  'enforce_parameter_schema',
  'tags',
  'work_pool_name',
  'work_queue_name',
  'entrypoint',
  'paused',
  'job_variables',
  'concurrency_options',
  'pull_steps',
  'path',
];
const FIELDS = [...COMPARED_FIELDS, 'storage_document_id', 'infrastructure_document_id'];

/** Every deployment on a server (one of the caller's own), as a comparable view, then removes them all. */
export async function registered(server: RunningServer, compareVersion: boolean): Promise<Record<string, unknown>> {
  const deployments = await server.api<Api[]>('POST', '/deployments/filter', {});
  const flows = await server.api<{ id: string; name: string }[]>('POST', '/flows/filter', {});
  const flowName = new Map(flows.map((f) => [f.id, f.name]));
  const out: Record<string, unknown> = {};
  for (const d of deployments) {
    const view: Record<string, unknown> = Object.fromEntries(FIELDS.map((k) => [k, d[k]]));
    if (compareVersion) view.version = d.version;
    view.schedules = (d.schedules as unknown[]).length;
    out[`${flowName.get(d.flow_id)}/${d.name}`] = view;
  }
  for (const d of deployments) await server.api('DELETE', `/deployments/${d.id}`);
  return out;
}

/** A bucket's objects (key: size and ETag, the content's MD5), then the bucket emptied. */
export function takeObjects(bucket: string): Record<string, [number, string]> {
  return boto<Record<string, [number, string]>>(
    `out = {}
for page in s3.get_paginator("list_objects_v2").paginate(Bucket=args["b"]):
    for o in page.get("Contents", []):
        out[o["Key"]] = [o["Size"], o["ETag"]]
for k in out:
    s3.delete_object(Bucket=args["b"], Key=k)`,
    { b: bucket },
  );
}

/** The worker venv's `prefect` CLI against `server`, for prefectDeployAll (stop it after the file). */
export function prefectFor(server: RunningServer): PrefectCli {
  return prefectCli('.venv-worker', {
    PATH: process.env.PATH,
    HOME: server.home,
    PREFECT_API_URL: server.apiUrl,
    PREFECT_HOME: server.home,
    DO_NOT_TRACK: '1',
    PREFECT_LOGGING_LEVEL: 'WARNING',
  });
}

/** The pinned `prefect deploy --all` in `root`, with `env` (AWS, Docker) on top. */
export function prefectDeployAll(prefect: PrefectCli, root: string, env: Record<string, string>): Promise<CliRun> {
  return prefect.run(['--no-prompt', 'deploy', '--all'], root, env);
}

export interface Compared {
  prefect: CliRun;
  mine: RunResult;
  theirObjects: Record<string, [number, string]>;
  ourObjects: Record<string, [number, string]>;
  theirDeployments: Record<string, unknown>;
  ourDeployments: Record<string, unknown>;
}

/** Both succeeded, and registered (and uploaded) the same; `uploads`: prefect deploy uploaded the code. */
export function assertSame(r: Compared, uploads: boolean): void {
  assert.equal(r.prefect.status, 0, `prefect deploy failed:\n${r.prefect.output.slice(-3000)}`);
  assert.equal(r.mine.status, 0, `prefect-ecr-deploy failed:\n${r.mine.stdout}\n${r.mine.stderr}`);
  assert.doesNotMatch(r.mine.stderr, /no earlier (pull )?step has the id|keep the pull steps of the file/);
  assert.ok(Object.keys(r.theirDeployments).length > 0, 'prefect deploy registered nothing');
  assert.deepEqual(r.ourDeployments, r.theirDeployments);
  if (uploads)
    assert.ok(Object.keys(r.theirObjects).length >= 3, `prefect deploy uploaded: ${JSON.stringify(r.theirObjects)}`);
  assert.deepEqual(r.ourObjects, r.theirObjects);
}
