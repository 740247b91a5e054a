/**
 * Amazon ECS through the AWS SDK, for the worker service: the service and its task
 * definition (read), a new task definition revision, the service pointed at it, and
 * a Fargate service created from a task definition (one-click start). The endpoint
 * is the SDK's own: AWS_ENDPOINT_URL_ECS when set.
 */
import {
  CreateServiceCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
  type RegisterTaskDefinitionCommandInput,
  type Service,
  type Tag,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { UsageError } from '../errors.js';
import { awsError } from './errors.js';

export type { Service, TaskDefinition, RegisterTaskDefinitionCommandInput };

export class Ecs {
  private readonly client: ECSClient;

  constructor(readonly region: string) {
    this.client = new ECSClient({ region, maxAttempts: 5 });
  }

  /** The service, or undefined when it does not exist (or was deleted); a missing cluster is an error. */
  async describeService(cluster: string, service: string): Promise<Service | undefined> {
    let out;
    try {
      out = await this.client.send(new DescribeServicesCommand({ cluster, services: [service] }));
    } catch (e) {
      if ((e as { name?: string }).name === 'ClusterNotFoundException') {
        throw new UsageError(`ECS cluster '${cluster}' does not exist in ${this.region}`);
      }
      throw new UsageError(awsError(e, `reading ECS service ${cluster}/${service} in ${this.region}`));
    }
    const found = out.services?.[0];
    return found && found.status !== 'INACTIVE' ? found : undefined;
  }

  async describeTaskDefinition(arn: string): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] }> {
    try {
      const out = await this.client.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
      return { taskDefinition: out.taskDefinition!, tags: out.tags ?? [] };
    } catch (e) {
      throw new UsageError(awsError(e, `reading task definition ${arn} in ${this.region}`));
    }
  }

  /** Registers a revision; returns its ARN. Errors are the SDK's (the caller says what was done). */
  async registerTaskDefinition(input: RegisterTaskDefinitionCommandInput): Promise<string> {
    const out = await this.client.send(new RegisterTaskDefinitionCommand(input));
    return out.taskDefinition!.taskDefinitionArn!;
  }

  async updateService(cluster: string, service: string, taskDefinition: string): Promise<void> {
    await this.client.send(new UpdateServiceCommand({ cluster, service, taskDefinition }));
  }

  /** A Fargate service of one task in the given subnets and security groups. */
  async createFargateService(
    cluster: string,
    service: string,
    taskDefinition: string,
    network: { subnets: string[]; securityGroups: string[]; assignPublicIp: boolean },
  ): Promise<void> {
    await this.client.send(
      new CreateServiceCommand({
        cluster,
        serviceName: service,
        taskDefinition,
        desiredCount: 1,
        launchType: 'FARGATE',
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: network.subnets,
            securityGroups: network.securityGroups,
            assignPublicIp: network.assignPublicIp ? 'ENABLED' : 'DISABLED',
          },
        },
      }),
    );
  }
}
