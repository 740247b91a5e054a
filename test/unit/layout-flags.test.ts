/** The flags of the original layout (code storage, dependencies image, worker service): what they become, and every misuse. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArgs } from '../../src/args/settings.js';
import type { Settings } from '../../src/settings.js';

const parse = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  parseArgs(['deploy', '--sha', 'a'.repeat(40), ...args], { AWS_REGION: 'us-east-1', ...env }, '/tmp') as Settings;
const fails = (args: string[], message: RegExp) => assert.throws(() => parse(args), message);

test('--code-storage: the location, the blocks, path-style addressing where an S3 endpoint is set', () => {
  assert.deepEqual(
    parse(['--code-storage', 's3://acme/flows/', '--code-storage-credentials-block', 'aws-credentials/ci']).codeStorage,
    {
      url: 's3://acme/flows/',
      location: { bucket: 'acme', prefix: 'flows' },
      region: 'us-east-1',
      credentialsBlock: 'ci',
      storageBlock: undefined,
      pathStyle: false,
    },
  );
  assert.equal(
    parse(['--code-storage', 's3://acme'], { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:5055' }).codeStorage!.pathStyle,
    true,
  );
  assert.equal(
    parse(['--code-storage', 's3://acme', '--code-storage-block', 's3-bucket/dev']).codeStorage!.storageBlock,
    's3-bucket/dev',
  );
  assert.equal(parse([]).codeStorage, undefined);
  fails(['--code-storage', 's3://acme/../x'], /code storage prefix '\.\.\/x' must not contain/);
  fails(
    ['--code-storage-credentials-block', 'ci'],
    /--code-storage-credentials-block needs --code-storage s3:\/\/BUCKET\/PREFIX/,
  );
  fails(
    ['--code-storage', 's3://acme', '--code-storage-block', 'gcs/dev'],
    /--code-storage-block 'gcs\/dev' must be s3\/NAME or s3-bucket\/NAME/,
  );
  fails(['--code-storage', 's3://acme', '--code-storage-credentials-block', 'Bad Name'], /is not a block name/);
});

test('--worker-service: CLUSTER/SERVICE, a service ARN (its region kept for the check), {env}', () => {
  const w = parse([
    '--env',
    'dev',
    '--worker-service',
    'prefect-{env}/worker',
    '--worker-subnet',
    'subnet-1,subnet-2',
    '--worker-subnet',
    'subnet-3',
    '--worker-security-group',
    'sg-1',
  ]).worker!;
  assert.deepEqual(w, {
    cluster: 'prefect-dev',
    service: 'worker',
    arnRegion: undefined,
    region: 'us-east-1',
    container: undefined,
    waitSeconds: 600,
    taskDefinitionFile: undefined,
    subnets: ['subnet-1', 'subnet-2', 'subnet-3'],
    securityGroups: ['sg-1'],
    assignPublicIp: false,
  });
  const arn = parse([
    '--worker-service',
    'arn:aws:ecs:eu-west-1:123456789012:service/c/s',
    '--worker-wait',
    '0',
  ]).worker!;
  assert.deepEqual([arn.cluster, arn.service, arn.arnRegion, arn.waitSeconds], ['c', 's', 'eu-west-1', 0]);
  fails(['--worker-service', 'just-a-service'], /--worker-service 'just-a-service' must be CLUSTER\/SERVICE/);
  fails(['--worker-service', 'a/b/c'], /must be CLUSTER\/SERVICE/);
  fails(['--worker-service', 'c/s;rm'], /must be CLUSTER\/SERVICE/);
  fails(['--worker-service', '{env}/s'], /--worker-service uses \{env\}: pass --env/);
  fails(
    ['--worker-service', 'c/s', '--worker-wait', '-1'],
    /--worker-wait must be a whole number of seconds from 0 to 3600/,
  );
  fails(['--worker-container', 'worker'], /--worker-container needs --worker-service CLUSTER\/SERVICE/);
  fails(['--worker-public-ip'], /--worker-public-ip needs --worker-service/);
});

test('--image-tag-from: comma-separated, only with the image stage', () => {
  assert.deepEqual(parse(['--repository', 'flows', '--image-tag-from', 'Dockerfile, requirements.txt,']).ecr!.tagFrom, [
    'Dockerfile',
    'requirements.txt',
  ]);
  fails(['--image-tag-from', 'Dockerfile'], /--image-tag-from needs the image stage: pass --repository/);
});
