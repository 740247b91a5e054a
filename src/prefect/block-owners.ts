/**
 * Who owns a block document: a Prefect variable beside it, one per block.
 *
 * A block document has no place of its own for it: its create and update bodies
 * take only a name, the data and the schema (no description, no labels, no tags;
 * anything else is a 422), and a key added to the data changes what Prefect
 * resolves: `{{ prefect.blocks.secret.x }}` is the secret's value only while
 * `value` is the data's only key. So the record is a variable named after the
 * block's type and name, holding the document's id (a document deleted and made
 * again by someone else is not ours) and the repository and environment that
 * created it. It holds no secret, and anyone who can read the API can read it.
 */
import { createHash } from 'node:crypto';
import { NO_CONTENT, PrefectApiError, WITH_ID, type PrefectClient } from './client.js';

export interface BlockOwnerRecord {
  /** The block document the record is about. */
  blockDocumentId: string;
  repository: string | null;
  environment: string | null;
}

const PREFIX = 'prefect_ecr_deploy__';
/** Variable names hold lowercase letters, digits and underscores (Prefect 2; 3 also takes dashes), at most 255 characters. */
const MAX_NAME = 255;
/** A slug whose dashes become single underscores: no `__` inside, none at either end. */
const PLAIN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const OWNER_TAG = 'prefect-ecr-deploy';

/**
 * The variable that records who owns `<type>/<name>`: `prefect_ecr_deploy__<type>__<name>` with each `-`
 * as `_`, so `secret/team-a-db` is `prefect_ecr_deploy__secret__team_a_db`. No two blocks share one: the
 * first `__` after the prefix ends the type. A name that would not read back so (`--` in it) or is too
 * long is hashed.
 */
export function ownerVariableName(type: string, name: string): string {
  const readable = `${PREFIX}${type.replaceAll('-', '_')}__${name.replaceAll('-', '_')}`;
  if (PLAIN.test(type) && PLAIN.test(name) && readable.length <= MAX_NAME) return readable;
  return `${PREFIX}sha256_${createHash('sha256').update(`${type}/${name}`).digest('hex')}`;
}

/** The record as text: Prefect 2 variables hold only strings. */
function serialize(r: BlockOwnerRecord): string {
  return JSON.stringify({ block_document_id: r.blockDocumentId, repository: r.repository, environment: r.environment });
}

/** A record that does not parse is no record: the block counts as owned by nobody. */
function parse(value: unknown): BlockOwnerRecord | undefined {
  let v: unknown = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  const o = v as { block_document_id?: unknown; repository?: unknown; environment?: unknown } | null;
  if (!o || typeof o !== 'object' || typeof o.block_document_id !== 'string') return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : null);
  return { blockDocumentId: o.block_document_id, repository: text(o.repository), environment: text(o.environment) };
}

/** The stored record: `exists` says whether the variable is there at all (to create or replace it). */
export async function readBlockOwner(
  client: PrefectClient,
  type: string,
  name: string,
): Promise<{ exists: boolean; record?: BlockOwnerRecord }> {
  try {
    const v = await client.request<{ value: unknown }>('GET', `/variables/name/${ownerVariableName(type, name)}`);
    return { exists: true, record: parse(v.value) };
  } catch (e) {
    if (e instanceof PrefectApiError && e.status === 404) return { exists: false };
    throw e;
  }
}

/** Writes the record, replacing any variable of that name (a stale record, or one a person wrote). */
export async function writeBlockOwner(
  client: PrefectClient,
  type: string,
  name: string,
  record: BlockOwnerRecord,
  exists: boolean,
): Promise<void> {
  const variable = ownerVariableName(type, name);
  const replace = () =>
    client.request('PATCH', `/variables/name/${variable}`, { value: serialize(record), tags: [OWNER_TAG] }, NO_CONTENT);
  if (exists) {
    await replace();
    return;
  }
  try {
    await client.request(
      'POST',
      '/variables/',
      { name: variable, value: serialize(record), tags: [OWNER_TAG] },
      WITH_ID,
    );
  } catch (e) {
    // Written meanwhile (a stale record another run left): replace it.
    if (!(e instanceof PrefectApiError && e.status === 409)) throw e;
    await replace();
  }
}
