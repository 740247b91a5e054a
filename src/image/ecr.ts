/**
 * Amazon ECR through the AWS SDK: registry credentials (GetAuthorizationToken with
 * the default credential chain), and the repository (describe, create, policy).
 * The endpoint is the SDK's own: AWS_ENDPOINT_URL_ECR when set.
 */
import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetAuthorizationTokenCommand,
  PutLifecyclePolicyCommand,
  RepositoryNotFoundException,
  type Repository,
} from '@aws-sdk/client-ecr';
import { awsError, isMissingCredentials, NoAwsCredentials } from '../aws/errors.js';
import { Failure, UsageError } from '../errors.js';

export interface RegistryLogin {
  /** `<account>.dkr.ecr.<region>.amazonaws.com`. */
  host: string;
  username: string;
  /** Secret: masked by the caller before anything else happens. */
  password: string;
}

export interface RepositoryInfo {
  name: string;
  uri: string;
  tagMutability: 'MUTABLE' | 'IMMUTABLE';
  created: boolean;
}

export class Ecr {
  private readonly client: ECRClient;

  constructor(
    readonly region: string,
    private readonly registryId?: string,
  ) {
    this.client = new ECRClient({ region, maxAttempts: 5 });
  }

  /** Registry credentials; `mask` runs on the password before it is returned. */
  async login(mask: (secret: string) => void): Promise<RegistryLogin> {
    let data;
    try {
      const out = await this.client.send(
        new GetAuthorizationTokenCommand(this.registryId ? { registryIds: [this.registryId] } : {}),
      );
      data = out.authorizationData?.[0];
    } catch (e) {
      const message = awsError(e, `getting an ECR login for region ${this.region}`);
      throw isMissingCredentials(e) ? new NoAwsCredentials(message) : new UsageError(message);
    }
    if (!data?.authorizationToken || !data.proxyEndpoint) throw new Failure('ECR returned no authorization data');
    const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const password = decoded.slice(colon + 1);
    mask(password);
    mask(data.authorizationToken);
    return { host: new URL(data.proxyEndpoint).host, username: decoded.slice(0, colon), password };
  }

  async describeRepository(name: string): Promise<Repository | undefined> {
    try {
      const out = await this.client.send(
        new DescribeRepositoriesCommand({
          repositoryNames: [name],
          ...(this.registryId ? { registryId: this.registryId } : {}),
        }),
      );
      return out.repositories?.[0];
    } catch (e) {
      if (e instanceof RepositoryNotFoundException || (e as { name?: string }).name === 'RepositoryNotFoundException')
        return undefined;
      throw new UsageError(awsError(e, `reading ECR repository '${name}' in ${this.region}`));
    }
  }

  /** The repository, created when missing and `create` is set (scan on push, the given tag mutability). */
  async ensureRepository(
    name: string,
    options: { create: boolean; tagMutability: 'MUTABLE' | 'IMMUTABLE'; lifecyclePolicy?: string },
  ): Promise<RepositoryInfo> {
    let repo = await this.describeRepository(name);
    let created = false;
    if (!repo) {
      if (!options.create) {
        throw new UsageError(
          `ECR repository '${name}' does not exist in ${this.region}${this.registryId ? ` (registry ${this.registryId})` : ''}; create it, or pass --create-repository`,
        );
      }
      try {
        const out = await this.client.send(
          new CreateRepositoryCommand({
            repositoryName: name,
            imageTagMutability: options.tagMutability,
            imageScanningConfiguration: { scanOnPush: true },
            ...(this.registryId ? { registryId: this.registryId } : {}),
          }),
        );
        repo = out.repository;
        created = true;
      } catch (e) {
        throw new UsageError(awsError(e, `creating ECR repository '${name}' in ${this.region}`));
      }
      if (options.lifecyclePolicy) {
        await this.client.send(
          new PutLifecyclePolicyCommand({ repositoryName: name, lifecyclePolicyText: options.lifecyclePolicy }),
        );
      }
    }
    if (!repo?.repositoryUri) throw new Failure(`ECR repository '${name}' has no URI`);
    return {
      name,
      uri: repo.repositoryUri,
      tagMutability: repo.imageTagMutability === 'IMMUTABLE' ? 'IMMUTABLE' : 'MUTABLE',
      created,
    };
  }
}
