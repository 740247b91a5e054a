/**
 * The original layout, on the real image components (dockerd, the TLS registry under
 * the ECR hostname, moto for ECR, S3 and ECS): a dependencies-only image tagged by
 * the hash of its inputs, the flow code on S3 per commit, and the worker service
 * rolled to the image's digest. A push that changes only flow code builds nothing
 * and leaves the worker alone; a promotion copies the image, uploads nothing and
 * rolls the target environment's service.
 */
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { awsEnv, boto, createBucket, s3Keys } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { blobUploads, imageInfra, manifest } from '../support/image.js';
import { commitAll, makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
const BUCKET = `ped-layout-${RUN}`;
const CLUSTER = `ped-layout-${RUN}`;
const REPO = `layout-${RUN}`;
const [SHA1, SHA2, SHA3] = ['d1', 'd2', 'd3'].map((s) => s.repeat(20));
const DOCKERFILE =
  'FROM scratch\nCOPY busybox /bin/busybox\nCOPY requirements.txt /opt/prefect/requirements.txt\nWORKDIR /opt/prefect\n';
const FILES = (env: string) => `deployments:
  - {name: layout-${env}, entrypoint: flows/hello_world.py:hello, work_pool: {name: layout-pool}}
`;

let server: RunningServer;
before(async () => {
  imageInfra();
  createBucket(BUCKET);
  server = await startPrefectServer({ shared: true });
  // A pool whose job template has an `image` variable, like ECS pools.
  await createWorkPool(server, {
    name: 'layout-pool',
    type: 'ecs',
    base_job_template: {
      job_configuration: { image: '{{ image }}' },
      variables: { type: 'object', properties: { image: { type: 'string' } } },
    },
  });
  boto(
    `ecs.create_cluster(clusterName=args["cluster"])
vpc = ec2.create_vpc(CidrBlock="10.43.0.0/16")["Vpc"]["VpcId"]
subnet = ec2.create_subnet(VpcId=vpc, CidrBlock="10.43.1.0/24")["Subnet"]["SubnetId"]
sg = ec2.create_security_group(GroupName=args["cluster"], Description="workers", VpcId=vpc)["GroupId"]
for env in ["dev", "prod"]:
    td = ecs.register_task_definition(family=f"{args['cluster']}-{env}", containerDefinitions=[{"name": "worker", "image": "prefecthq/prefect:3", "memory": 512}])["taskDefinition"]
    ecs.create_service(cluster=args["cluster"], serviceName=f"worker-{env}", taskDefinition=td["taskDefinitionArn"], desiredCount=0)`,
    { cluster: CLUSTER },
  );
});
after(() => server?.stop());

const workerImage = (env: string) =>
  boto<string>(
    `s = ecs.describe_services(cluster=args["cluster"], services=[args["service"]])["services"][0]
out = ecs.describe_task_definition(taskDefinition=s["taskDefinition"])["taskDefinition"]["containerDefinitions"][0]["image"]`,
    { cluster: CLUSTER, service: `worker-${env}` },
  );
const revisions = (env: string) =>
  boto<number>('out = len(ecs.list_task_definitions(familyPrefix=args["f"])["taskDefinitionArns"])', {
    f: `${CLUSTER}-${env}`,
  });

const layout = [
  '--repository',
  REPO,
  '--image-tag-from',
  'Dockerfile,requirements.txt',
  '--code-storage',
  `s3://${BUCKET}/code`,
  '--worker-service',
  `${CLUSTER}/worker-{env}`,
  '--worker-wait',
  '20',
];

function cli(root: string, args: string[]) {
  const r = runCli([...args, ...layout, '--json'], root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl });
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  return JSON.parse(r.stdout);
}

interface Deployment {
  job_variables: { image?: string };
  pull_steps: { [step: string]: { folder: string } }[];
  version: string;
}
async function deployment(name: string): Promise<Deployment> {
  const [d] = await server.api<Deployment[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: [name] } },
  });
  return d;
}

test('dependencies image, code on S3, worker on the digest: a flow-only push builds nothing and leaves the worker alone; new dependencies build once; promotion uploads nothing and rolls prod', async () => {
  const root = makeRepo({
    Dockerfile: DOCKERFILE,
    'requirements.txt': 'prefect-aws==0.7.12\n',
    'prefect-deployments-dev.yaml': FILES('dev'),
    'prefect-deployments-prod.yaml': FILES('prod'),
  });
  copyFileSync('/usr/bin/busybox', path.join(root, 'busybox'));
  commitAll(root);
  const uri = `${imageInfra().host}/${REPO}`;

  const first = cli(root, ['deploy', '--env', 'dev', '--sha', SHA1, '--create-repository']);
  assert.equal(first.image.built, true);
  assert.match(first.image.uri, new RegExp(`^${uri}:deps-[0-9a-f]{24}$`));
  assert.deepEqual(first.image.tagsWritten.slice(1), [SHA1, 'dev']);
  const digestRef1 = `${uri}@${first.image.digest}`;
  assert.equal((await manifest(REPO, SHA1)).digest, first.image.digest, 'the commit tag points at the image it runs');
  assert.equal(
    (await deployment('layout-dev')).job_variables.image,
    digestRef1,
    'deployments reference the image by digest',
  );
  assert.equal(
    (await deployment('layout-dev')).pull_steps[0]['prefect_aws.deployments.steps.pull_from_s3'].folder,
    `code/${SHA1}`,
  );
  assert.equal(workerImage('dev'), digestRef1);
  assert.equal(first.worker.stable, true);

  // A push that changes only a flow file: nothing built, nothing pushed but a tag, the worker untouched.
  appendFileSync(path.join(root, 'flows/hello_world.py'), '\n# a comment\n');
  const uploads = blobUploads(REPO);
  const revs = revisions('dev');
  const second = cli(root, ['deploy', '--env', 'dev', '--sha', SHA2]);
  assert.equal(second.image.built, false);
  assert.equal(second.image.digest, first.image.digest);
  assert.deepEqual(second.image.tagsWritten, [SHA2]);
  assert.equal(blobUploads(REPO), uploads, 'no layer uploaded');
  assert.equal(second.codeStorage.uploaded, second.codeStorage.files, "the new commit's code is uploaded");
  assert.equal(second.worker.action, 'unchanged');
  assert.equal(revisions('dev'), revs, 'no task definition registered');
  assert.equal((await deployment('layout-dev')).version, SHA2);

  // New dependencies: one build, a new digest, the worker rolled.
  appendFileSync(path.join(root, 'requirements.txt'), 'boto3==1.43.117\n');
  const third = cli(root, ['deploy', '--env', 'dev', '--sha', SHA3]);
  assert.equal(third.image.built, true);
  assert.notEqual(third.image.digest, first.image.digest);
  assert.notEqual(third.image.uri, first.image.uri);
  assert.equal(third.worker.action, 'update');
  assert.equal(workerImage('dev'), `${uri}@${third.image.digest}`);

  // Promote the second commit to prod: the image it ran, its code folder, prod's own service. The checkout is
  // another commit (the fixture's), so the promotion says so and goes ahead only with --allow-drift.
  const keys = s3Keys(BUCKET, 'code/');
  const drift = runCli(['promote', '--env', 'prod', '--from', 'dev', '--sha', SHA2, ...layout], root, {
    ...awsEnv(),
    PREFECT_API_URL: server.apiUrl,
  });
  assert.equal(drift.status, 2, drift.stderr);
  assert.match(drift.stderr, /promote: .* pass --allow-drift/);
  const promoted = cli(root, ['promote', '--env', 'prod', '--from', 'dev', '--sha', SHA2, '--allow-drift']);
  assert.equal(promoted.sha, SHA2);
  assert.equal(promoted.image.digest, first.image.digest);
  assert.equal(promoted.codeStorage.uploaded, 0);
  assert.deepEqual(s3Keys(BUCKET, 'code/'), keys, 'a promotion uploads nothing');
  assert.equal(
    (await deployment('layout-prod')).pull_steps[0]['prefect_aws.deployments.steps.pull_from_s3'].folder,
    `code/${SHA2}`,
  );
  assert.equal((await deployment('layout-prod')).job_variables.image, digestRef1);
  assert.equal(workerImage('prod'), digestRef1);
  assert.equal((await manifest(REPO, 'prod')).digest, first.image.digest);

  // Without --sha a dependencies image cannot say which commit to promote; a commit never deployed has no code.
  const noSha = runCli(['promote', '--env', 'prod', '--from', 'dev', ...layout], root, {
    ...awsEnv(),
    PREFECT_API_URL: server.apiUrl,
  });
  assert.equal(noSha.status, 2);
  assert.match(noSha.stderr, /with --image-tag-from the image is not the commit's: pass --sha/);
  const neverDeployed = 'ee'.repeat(20);
  const tag = runCli(
    ['promote', '--env', 'prod', '--from', 'dev', '--sha', neverDeployed, '--allow-drift', ...layout],
    root,
    { ...awsEnv(), PREFECT_API_URL: server.apiUrl },
  );
  assert.equal(tag.status, 2);
  assert.match(tag.stderr, /source image .+:e{40} not found: nothing was promoted/);
});
