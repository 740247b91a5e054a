/** AWS SDK errors as messages that say what failed; missing credentials say where the SDK looked. */
import { errorMessage, UsageError } from '../errors.js';

/** The SDK found no credentials: plan goes on without the image stage; every other mode stops. */
export class NoAwsCredentials extends UsageError {}

export function isMissingCredentials(e: unknown): boolean {
  return (
    (e as { name?: string }).name === 'CredentialsProviderError' || /Could not load credentials/i.test(errorMessage(e))
  );
}

export function awsError(e: unknown, doing: string): string {
  const name = (e as { name?: string }).name ?? '';
  if (isMissingCredentials(e)) {
    return `${doing}: no AWS credentials found (tried environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, web identity (OIDC) via AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, the shared config and credentials files for AWS_PROFILE, and the container/instance metadata service)`;
  }
  return `${doing}: ${name ? `${name}: ` : ''}${errorMessage(e)}`;
}

/** The HTTP status of an SDK error, when the service answered. */
export function awsStatus(e: unknown): number | undefined {
  return (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}
