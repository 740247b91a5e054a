/**
 * S3 and ECS in moto (scripts/image-infra.sh starts it, machine-wide): the
 * environment the code under test reaches them with, and the test's own view of
 * them through boto3 (setup and assertions, never through the code under test).
 */
import { spawnSync } from 'node:child_process';
import { imageInfra } from './image.js';
import { venvBin } from './python.js';
import { createWorkPool, startPrefectServer, type RunningServer } from './server.js';

/** The environment of a run that reaches moto for ECR, S3 and ECS. */
export function awsEnv(): Record<string, string> {
  const env = imageInfra().env;
  return { ...env, AWS_ENDPOINT_URL_S3: env.AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECS: env.AWS_ENDPOINT_URL_ECR };
}

export const MOTO_URL = () => imageInfra().env.AWS_ENDPOINT_URL_ECR;

const PREAMBLE = `
import json, sys, boto3
kw = dict(endpoint_url=${JSON.stringify('%URL%')}, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
s3, ecs, ec2 = boto3.client("s3", **kw), boto3.client("ecs", **kw), boto3.client("ec2", **kw)
args = json.load(sys.stdin)
def keys(bucket, prefix=""):
    out = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for o in page.get("Contents", []):
            out[o["Key"]] = o["Size"]
    return out
out = None
`;

/** Runs boto3 code against moto (or another moto at `url`): `args` is the input, the script sets `out` (printed as JSON). */
export function boto<T = unknown>(script: string, args: unknown = {}, url = MOTO_URL()): T {
  const code = `${PREAMBLE.replace('%URL%', url)}\n${script}\nprint(json.dumps(out, default=str))`;
  const r = spawnSync(venvBin('python', '.venv-moto'), ['-c', code], {
    input: JSON.stringify(args),
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`boto3 script failed (${r.status}):\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

/** Object keys and sizes under a prefix. */
export const s3Keys = (bucket: string, prefix = '') =>
  boto<Record<string, number>>('out = keys(args["bucket"], args["prefix"])', { bucket, prefix });

export const createBucket = (bucket: string) => boto('s3.create_bucket(Bucket=args["bucket"])', { bucket });

/**
 * A Prefect 3 server from the worker's venv (prefect-aws installed), with its blocks
 * registered, a process work pool, and an aws-credentials block whose client
 * parameters reach moto: what `pull_from_s3` reads the code with. The suite's shared
 * server when there is one (scripts/shared-servers.ts registered its blocks): the pool's
 * and the block's names, and the caller's deployment names, are the caller's own. A caller
 * that lists or deletes everything on the server asks for one of its own (`shared: false`).
 */
export async function prefectWithMoto(
  pool: string,
  credentialsBlock: string,
  { shared = true }: { shared?: boolean } = {},
): Promise<RunningServer> {
  const server = await startPrefectServer({ venv: '.venv-worker', shared });
  await createWorkPool(server, { name: pool, type: 'process' });
  server.registerBlocks(['prefect_aws']);
  server.prefect([
    'python',
    '-c',
    `from prefect_aws import AwsCredentials
from prefect_aws.client_parameters import AwsClientParameters
AwsCredentials(aws_access_key_id='testing', aws_secret_access_key='testing', region_name='us-east-1', aws_client_parameters=AwsClientParameters(endpoint_url='${MOTO_URL()}')).save('${credentialsBlock}', overwrite=True)`,
  ]);
  return server;
}
