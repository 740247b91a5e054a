/**
 * The worker service stage against moto's ECS, which records task definitions and
 * service updates: the service rolled to a new revision (everything but the image
 * kept), nothing written when it already runs the image, the plan, the one-click
 * start, bad input before any write, and a service that never becomes stable.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { awsEnv, boto } from '../support/aws.js';
import { runCli } from '../support/bundles.js';
import { makeRepo } from '../support/repo.js';
import { createWorkPool, startPrefectServer, type RunningServer } from '../support/server.js';

const RUN = Date.now().toString(36);
/** moto outlives a run, and task definition families are shared by the machine: every name is new per run. */
const unique = (name: string) => `${name}-${RUN}`;
const CLUSTER = `ped-workers-${RUN}`;
const OLD = '123456789012.dkr.ecr.us-east-1.amazonaws.com/flows@sha256:' + '1'.repeat(64);
const NEW = '123456789012.dkr.ecr.us-east-1.amazonaws.com/flows@sha256:' + '2'.repeat(64);
const FILE = `deployments:
  - {name: ws-hello, entrypoint: flows/hello_world.py:hello, work_pool: {name: ws-pool}}
`;

let server: RunningServer;
let network: { subnet: string; sg: string };
before(async () => {
  server = await startPrefectServer({ shared: true });
  await createWorkPool(server, { name: 'ws-pool', type: 'process' });
  network = boto(
    `ecs.create_cluster(clusterName=args["cluster"])
vpc = ec2.create_vpc(CidrBlock="10.42.0.0/16")["Vpc"]["VpcId"]
out = {"subnet": ec2.create_subnet(VpcId=vpc, CidrBlock="10.42.1.0/24")["Subnet"]["SubnetId"],
       "sg": ec2.create_security_group(GroupName=args["cluster"], Description="workers", VpcId=vpc)["GroupId"]}`,
    { cluster: CLUSTER },
  );
});
after(() => server?.stop());

/** A service on a two-container task definition (the worker and a log router), with tags and settings to keep. */
function createService(name: string, desiredCount: number): void {
  const service = unique(name);
  boto(
    `td = ecs.register_task_definition(family=args["service"], networkMode="awsvpc", requiresCompatibilities=["FARGATE"], cpu="512", memory="1024",
    executionRoleArn="arn:aws:iam::123456789012:role/exec", taskRoleArn="arn:aws:iam::123456789012:role/task",
    containerDefinitions=[
        {"name": "log-router", "image": "fluent-bit:2", "essential": False, "memory": 128},
        {"name": "worker", "image": args["image"], "essential": True, "command": ["prefect", "worker", "start", "--pool", "ecs"],
         "environment": [{"name": "PREFECT_API_URL", "value": "https://api.example/api"}]},
    ], tags=[{"key": "team", "value": "data"}])["taskDefinition"]
ecs.create_service(cluster=args["cluster"], serviceName=args["service"], taskDefinition=td["taskDefinitionArn"], desiredCount=args["desired"], launchType="FARGATE",
    networkConfiguration={"awsvpcConfiguration": {"subnets": [args["subnet"]], "securityGroups": [args["sg"]]}})`,
    { cluster: CLUSTER, service, image: OLD, desired: desiredCount, subnet: network.subnet, sg: network.sg },
  );
}

interface Described {
  taskDefinition: string;
  revisions: string[];
  definition: {
    containerDefinitions: { name: string; image: string; command?: string[]; environment?: unknown[] }[];
    cpu: string;
    memory: string;
    taskRoleArn: string;
    executionRoleArn: string;
    family: string;
  };
  tags: { key: string; value: string }[];
  launchType?: string;
  network?: unknown;
}
const described = (name: string) =>
  boto<Described | null>(
    `s = ecs.describe_services(cluster=args["cluster"], services=[args["service"]])["services"]
revisions = ecs.list_task_definitions(familyPrefix=args["service"])["taskDefinitionArns"]
if not s:
    out = {"revisions": revisions} if revisions else None
else:
    d = ecs.describe_task_definition(taskDefinition=s[0]["taskDefinition"], include=["TAGS"])
    out = {"taskDefinition": s[0]["taskDefinition"], "revisions": revisions, "definition": d["taskDefinition"], "tags": d.get("tags", []),
           "launchType": s[0].get("launchType"), "network": s[0].get("networkConfiguration")}`,
    { cluster: CLUSTER, service: unique(name) },
  );

function cli(root: string, args: string[]) {
  return runCli(args, root, { ...awsEnv(), PREFECT_API_URL: server.apiUrl });
}

const SHA = 'e1'.repeat(20);
const deployArgs = (name: string, ...extra: string[]) => [
  'deploy',
  '--env',
  'dev',
  '--sha',
  SHA,
  '--image',
  NEW,
  '--worker-service',
  `${CLUSTER}/${unique(name)}`,
  ...extra,
  '--json',
];

test("the service is rolled to a new revision: that container's image set, everything else kept; stable; a re-run writes nothing", () => {
  createService('roll', 0);
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
  const r = cli(root, deployArgs('roll', '--worker-container', 'worker', '--worker-wait', '30'));
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(
    { ...doc.worker, taskDefinition: undefined },
    {
      cluster: CLUSTER,
      service: unique('roll'),
      region: 'us-east-1',
      container: 'worker',
      action: 'update',
      from: OLD,
      to: NEW,
      taskDefinition: undefined,
      stable: true,
      error: null,
    },
  );
  assert.match(r.stderr, /worker service .+\/roll-\w+: 0\/0 tasks running, 1 deployment/);
  const after1 = described('roll')!;
  assert.equal(after1.revisions.length, 2);
  assert.equal(after1.taskDefinition, doc.worker.taskDefinition);
  assert.match(after1.taskDefinition, /task-definition\/roll-\w+:2$/);
  const [router, worker] = after1.definition.containerDefinitions;
  assert.equal(worker.image, NEW);
  assert.deepEqual(worker.command, ['prefect', 'worker', 'start', '--pool', 'ecs']);
  assert.deepEqual(worker.environment, [{ name: 'PREFECT_API_URL', value: 'https://api.example/api' }]);
  assert.equal(router.image, 'fluent-bit:2');
  assert.deepEqual(
    [
      after1.definition.cpu,
      after1.definition.memory,
      after1.definition.taskRoleArn,
      after1.definition.executionRoleArn,
    ],
    ['512', '1024', 'arn:aws:iam::123456789012:role/task', 'arn:aws:iam::123456789012:role/exec'],
  );
  assert.deepEqual(after1.tags, [{ key: 'team', value: 'data' }]);

  const again = cli(root, deployArgs('roll', '--worker-container', 'worker'));
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).worker.action, 'unchanged');
  assert.equal(described('roll')!.revisions.length, 2, 'no revision registered');
});

test('plan shows service: image A -> B and writes nothing; without --worker-container the first container is rolled', () => {
  createService('planned', 0);
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE });
  const r = cli(root, [
    'plan',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--image',
    NEW,
    '--worker-service',
    `${CLUSTER}/${unique('planned')}`,
    '--worker-container',
    'worker',
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(
    r.stdout.includes(
      `Worker service ${CLUSTER}/${unique('planned')} (us-east-1, container worker): image ${OLD} -> ${NEW}`,
    ),
    r.stdout,
  );
  const first = JSON.parse(
    cli(root, [
      'plan',
      '--env',
      'dev',
      '--sha',
      SHA,
      '--image',
      NEW,
      '--worker-service',
      `${CLUSTER}/${unique('planned')}`,
      '--json',
    ]).stdout,
  );
  assert.equal(first.worker.container, 'log-router');
  assert.equal(described('planned')!.revisions.length, 1);
});

test('one-click start: a missing service is created on Fargate from the task definition file, with the image', () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE,
    'infra/worker-task.json': JSON.stringify(
      {
        family: `oneclick-${RUN}`,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'worker',
            image: 'placeholder',
            essential: true,
            command: ['prefect', 'worker', 'start', '--pool', 'ecs'],
          },
        ],
      },
      null,
      2,
    ),
  });
  const r = cli(
    root,
    deployArgs(
      'oneclick',
      '--worker-task-definition',
      'infra/worker-task.json',
      '--worker-subnet',
      network.subnet,
      '--worker-security-group',
      network.sg,
      '--worker-wait',
      '0',
    ),
  );
  assert.equal(r.status, 0, `${r.stderr}\n${r.stdout}`);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.worker.action, 'create');
  assert.equal(doc.worker.stable, null, 'not waited for');
  const d = described('oneclick')!;
  assert.equal(d.launchType, 'FARGATE');
  assert.deepEqual(d.network, {
    awsvpcConfiguration: { subnets: [network.subnet], securityGroups: [network.sg], assignPublicIp: 'DISABLED' },
  });
  assert.equal(d.definition.family, `oneclick-${RUN}`);
  assert.equal(d.definition.containerDefinitions[0].image, NEW);
});

test('bad input: a missing service without a task definition, a missing cluster, a file that does not parse, a service in another region: exit 2, nothing written', async () => {
  const root = makeRepo({
    'prefect-deployments-dev.yaml': FILE.replace('ws-hello', 'ws-bad'),
    'task.json': '{\n  "family": "x",\n  "containerDefinitions": [\n    {"name": "worker",}\n  ]\n}\n',
  });
  const missing = cli(root, deployArgs('nothere'));
  assert.equal(missing.status, 2, missing.stderr);
  assert.match(
    missing.stderr,
    new RegExp(
      `ECS service '${unique('nothere')}' does not exist in cluster '${CLUSTER}' \\(region us-east-1\\): create it, or pass --worker-task-definition FILE, --worker-subnet, --worker-security-group`,
    ),
  );

  const noCluster = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--image',
    NEW,
    '--worker-service',
    `ped-nocluster-${RUN}/svc`,
  ]);
  assert.equal(noCluster.status, 2);
  assert.match(noCluster.stderr, new RegExp(`ECS cluster 'ped-nocluster-${RUN}' does not exist in us-east-1`));

  const bad = cli(root, deployArgs('nothere', '--worker-task-definition', 'task.json'));
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /task\.json:4:23: not valid JSON: PropertyNameExpected/);

  const otherRegion = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--image',
    NEW,
    '--worker-service',
    `arn:aws:ecs:eu-west-1:123456789012:service/${CLUSTER}/${unique('roll')}`,
  ]);
  assert.equal(otherRegion.status, 2);
  assert.match(
    otherRegion.stderr,
    new RegExp(`worker service ${CLUSTER}/${unique('roll')} is in eu-west-1, not us-east-1`),
  );

  const noImage = cli(root, [
    'deploy',
    '--env',
    'dev',
    '--sha',
    SHA,
    '--worker-service',
    `${CLUSTER}/${unique('roll')}`,
  ]);
  assert.equal(noImage.status, 2);
  assert.match(
    noImage.stderr,
    /the worker service runs the flows image: configure the image stage \(--repository\) or pass --image/,
  );

  assert.equal(described('nothere'), null, 'no task definition, no service');
  const registered = await server.api<unknown[]>('POST', '/deployments/filter', {
    deployments: { name: { any_: ['ws-bad'] } },
  });
  assert.equal(registered.length, 0);
});

test('a service that never becomes stable: exit 1 after the bounded wait, saying what was done', () => {
  // moto never starts tasks: a service that wants one is never stable.
  createService('stuck', 1);
  const root = makeRepo({ 'prefect-deployments-dev.yaml': FILE.replace('ws-hello', 'ws-stuck') });
  const started = Date.now();
  const r = cli(root, deployArgs('stuck', '--worker-container', 'worker', '--worker-wait', '3'));
  assert.equal(r.status, 1, r.stderr);
  assert.ok(Date.now() - started < 60_000);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.worker.stable, false);
  assert.match(
    doc.worker.error,
    /it was not stable within 3 s \(0\/1 task running, 1 deployment, rollout IN_PROGRESS\); arn:aws:ecs:us-east-1:123456789012:task-definition\/stuck-\w+:2 was registered and the service updated with it, and every earlier stage was applied/,
  );
  assert.equal(doc.deployments[0].action, 'created', 'the deployments were registered before');
  assert.equal(described('stuck')!.taskDefinition, doc.worker.taskDefinition);
  const text = cli(
    root,
    deployArgs('stuck', '--worker-container', 'worker', '--worker-wait', '2').filter((a) => a !== '--json'),
  );
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /unchanged \(runs .+\)/, 'already on the image: nothing written, nothing waited for');
});
