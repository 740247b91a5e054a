/**
 * Block documents by `<block-type-slug>/<name>`, as `ib-block` names them. A block
 * type the server does not know gets an error naming the package that registers it.
 */
import { PrefectApiError, type PrefectClient } from './client.js';

/** Collections that register the block types teams name most. */
const REGISTERED_BY: Record<string, string> = {
  'ecs-task': 'prefect_aws.ecs',
  'aws-credentials': 'prefect_aws',
  's3-bucket': 'prefect_aws',
  'docker-container': 'prefect_docker',
  'kubernetes-job': 'prefect_kubernetes',
  'cloud-run-job': 'prefect_gcp',
};

export function missingTypeMessage(slug: string): string {
  const module = REGISTERED_BY[slug];
  return `block type '${slug}' is not registered on the server${module ? `: run \`prefect block register -m ${module}\`` : ' (register the collection that provides it with `prefect block register -m <module>`)'}`;
}

/** The id of each referenced block document, or the reason it cannot be used. */
export async function readBlockDocumentIds(client: PrefectClient, refs: string[]): Promise<Map<string, { id?: string; error?: string }>> {
  const out = new Map<string, { id?: string; error?: string }>();
  for (const ref of refs) {
    const slash = ref.indexOf('/');
    const [slug, name] = [ref.slice(0, slash), ref.slice(slash + 1)];
    if (slash <= 0 || !name) {
      out.set(ref, { error: `ib-block '${ref}' must be <block-type>/<name>, for example ecs-task/dev` });
      continue;
    }
    try {
      const doc = await client.request<{ id: string }>('GET', `/block_types/slug/${encodeURIComponent(slug)}/block_documents/name/${encodeURIComponent(name)}?include_secrets=false`);
      out.set(ref, { id: doc.id });
    } catch (e) {
      if (!(e instanceof PrefectApiError && e.status === 404)) throw e;
      const type = await client.request('GET', `/block_types/slug/${encodeURIComponent(slug)}`).then(
        () => true,
        (err: unknown) => (err instanceof PrefectApiError && err.status === 404 ? false : Promise.reject(err)),
      );
      out.set(ref, { error: type ? `infrastructure block '${ref}' does not exist` : missingTypeMessage(slug) });
    }
  }
  return out;
}
