/**
 * Block types, schemas and documents over the REST API. Block data can hold secrets
 * and a 422 echoes the request body: the client's errors for writes carry only field
 * paths and error kinds, never the server's text.
 */
import { LIST, NO_CONTENT, PrefectApiError, WITH_ID, type PrefectClient } from './client.js';

/** Collections that register the block types teams name most. */
const REGISTERED_BY: Record<string, string> = {
  'ecs-task': 'prefect_aws.ecs',
  'aws-credentials': 'prefect_aws',
  'aws-secret': 'prefect_aws',
  's3-bucket': 'prefect_aws',
  'docker-container': 'prefect_docker',
  'docker-registry-credentials': 'prefect_docker',
  'kubernetes-job': 'prefect_kubernetes',
  'cloud-run-job': 'prefect_gcp',
  'gcp-credentials': 'prefect_gcp',
};

export function missingTypeMessage(slug: string): string {
  const module = REGISTERED_BY[slug];
  return `block type '${slug}' is not registered on the server${module ? `: run \`prefect block register -m ${module}\`` : ' (register the collection that provides it with `prefect block register -m <module>`)'}`;
}

/** The JSON schema Prefect stores for a block class. */
export interface BlockSchemaFields {
  properties?: Record<string, Record<string, unknown>>;
  required?: string[];
  secret_fields?: string[];
  /** Fields that hold other blocks: the slug (or slugs, for a union) each takes. */
  block_schema_references?: Record<string, { block_type_slug: string } | { block_type_slug: string }[]>;
  definitions?: Record<string, Record<string, unknown>>;
}

export interface BlockSchemaInfo {
  id: string;
  fields: BlockSchemaFields;
}

export interface BlockTypeInfo {
  id: string;
  slug: string;
  /** The newest schema registered for the type. */
  schema?: BlockSchemaInfo;
}

export interface LiveBlock {
  id: string;
  /** The stored fields without those that reference other blocks. */
  data: Record<string, unknown>;
  /** Fields that reference other block documents: field -> document id. */
  references: Record<string, string>;
  schema?: BlockSchemaInfo;
}

const isNotFound = (e: unknown) => e instanceof PrefectApiError && e.status === 404;

/** A block type with its newest schema, or undefined when the server does not know the slug. */
export async function readBlockType(client: PrefectClient, slug: string): Promise<BlockTypeInfo | undefined> {
  let type: { id: string; slug: string };
  try {
    type = (await client.request(
      'GET',
      `/block_types/slug/${encodeURIComponent(slug)}`,
      undefined,
      WITH_ID,
    )) as typeof type;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
  // The server lists a type's schemas newest first.
  const schemas = (await client.request(
    'POST',
    '/block_schemas/filter',
    { block_schemas: { block_type_id: { any_: [type.id] } }, limit: 1 },
    LIST,
  )) as BlockSchemaInfo[];
  return {
    id: type.id,
    slug: type.slug,
    schema: schemas[0] ? { id: schemas[0].id, fields: schemas[0].fields } : undefined,
  };
}

/** A block document by type slug and name (secrets included when asked, for comparison), or undefined. */
export async function readBlockDocument(
  client: PrefectClient,
  slug: string,
  name: string,
  includeSecrets: boolean,
): Promise<LiveBlock | undefined> {
  interface Doc {
    id: string;
    data: Record<string, unknown>;
    block_document_references?: Record<string, { block_document: { id: string } }>;
    block_schema?: BlockSchemaInfo | null;
    block_schema_id: string;
  }
  let doc: Doc;
  try {
    const route = `/block_types/slug/${encodeURIComponent(slug)}/block_documents/name/${encodeURIComponent(name)}?include_secrets=${includeSecrets}`;
    doc = (await client.request('GET', route, undefined, WITH_ID)) as Doc;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
  const references: Record<string, string> = {};
  const data = { ...doc.data };
  // The server inlines each referenced document's data under its field; the reference is what is stored.
  for (const [field, ref] of Object.entries(doc.block_document_references ?? {})) {
    references[field] = ref.block_document.id;
    delete data[field];
  }
  const schema = doc.block_schema
    ? { id: doc.block_schema.id ?? doc.block_schema_id, fields: doc.block_schema.fields }
    : undefined;
  return { id: doc.id, data, references, schema };
}

/** Block data as Prefect takes it: each reference as `{"$ref": {"block_document_id": id}}`. */
function withReferences(data: Record<string, unknown>, references: Record<string, string>): Record<string, unknown> {
  const out = { ...data };
  for (const [field, id] of Object.entries(references)) out[field] = { $ref: { block_document_id: id } };
  return out;
}

export async function createBlockDocument(
  client: PrefectClient,
  block: {
    typeId: string;
    schemaId: string;
    name: string;
    data: Record<string, unknown>;
    references: Record<string, string>;
  },
): Promise<string> {
  const body = {
    name: block.name,
    block_type_id: block.typeId,
    block_schema_id: block.schemaId,
    data: withReferences(block.data, block.references),
    is_anonymous: false,
  };
  return (await client.request('POST', '/block_documents/', body, WITH_ID)).id;
}

/** Replaces the document's data and references (Prefect merges unless told not to). */
export async function updateBlockDocument(
  client: PrefectClient,
  id: string,
  data: Record<string, unknown>,
  references: Record<string, string>,
): Promise<void> {
  await client.request(
    'PATCH',
    `/block_documents/${id}`,
    { data: withReferences(data, references), merge_existing_data: false },
    NO_CONTENT,
  );
}

/** The id of each referenced block document, or the reason it cannot be used. */
export async function readBlockDocumentIds(
  client: PrefectClient,
  refs: string[],
): Promise<Map<string, { id?: string; error?: string; schema?: BlockSchemaInfo }>> {
  const out = new Map<string, { id?: string; error?: string; schema?: BlockSchemaInfo }>();
  for (const ref of refs) {
    const slash = ref.indexOf('/');
    const [slug, name] = [ref.slice(0, slash), ref.slice(slash + 1)];
    if (slash <= 0 || !name) {
      out.set(ref, { error: `ib-block '${ref}' must be <block-type>/<name>, for example ecs-task/dev` });
      continue;
    }
    const doc = await readBlockDocument(client, slug, name, false);
    if (doc) out.set(ref, { id: doc.id, schema: doc.schema });
    else
      out.set(ref, {
        error: (await readBlockType(client, slug))
          ? `infrastructure block '${ref}' does not exist`
          : missingTypeMessage(slug),
      });
  }
  return out;
}

/**
 * The data of block documents templates reference (`<type>.<name>`), secrets and the
 * documents it references included, as Prefect reads them: `{{ prefect.blocks.secret.x }}`
 * outside pull steps is filled with it, as prefect deploy fills it. Missing documents
 * are absent. Never printed.
 */
export async function readBlockValues(
  client: PrefectClient,
  keys: string[],
): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  await Promise.all(
    keys.map(async (key) => {
      const dot = key.indexOf('.');
      const route = `/block_types/slug/${encodeURIComponent(key.slice(0, dot))}/block_documents/name/${encodeURIComponent(key.slice(dot + 1))}?include_secrets=true`;
      try {
        out[key] = (await client.request<{ data: Record<string, unknown> }>('GET', route)).data;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }),
  );
  return out;
}
