/**
 * The blocks step of plan/deploy: read what the file's blocks need from the server,
 * and write the planned changes in dependency order (a referenced block first).
 */
import { blockKey, referencesOf } from '../config/blocks.js';
import type { DeploymentsFile } from '../config/model.js';
import { Failure } from '../errors.js';
import { createBlockDocument, readBlockDocument, readBlockType, updateBlockDocument } from '../prefect/blocks.js';
import { PrefectApiError, type PrefectClient } from '../prefect/client.js';
import type { BlockEntry, LiveBlocks } from '../plan/blocks.js';
import { mapBounded } from '../plan/apply.js';

/** Types of declared and referenced blocks, and their documents (declared ones with secrets, to compare). */
export async function readLiveBlocks(client: PrefectClient, file: DeploymentsFile, concurrency: number): Promise<LiveBlocks> {
  const declared = new Set(file.blocks.map((b) => blockKey(b.type, b.name)));
  const referenced = new Set(file.blocks.flatMap((b) => [...referencesOf(b).values()]));
  const keys = [...new Set([...declared, ...referenced])];
  const slugs = [...new Set(keys.map((k) => k.slice(0, k.indexOf('/'))))];
  const types: LiveBlocks['types'] = new Map();
  const documents: LiveBlocks['documents'] = new Map();
  await mapBounded(slugs, concurrency, async (slug) => {
    types.set(slug, await readBlockType(client, slug));
  });
  const known = keys.filter((k) => types.get(k.slice(0, k.indexOf('/'))));
  await mapBounded(known, concurrency, async (key) => {
    const slash = key.indexOf('/');
    documents.set(key, await readBlockDocument(client, key.slice(0, slash), key.slice(slash + 1), declared.has(key)));
  });
  return { types, documents };
}

/** Writes creates and updates in plan order; returns each block's document id. */
export async function applyBlocks(client: PrefectClient, entries: BlockEntry[], live: LiveBlocks, info: (m: string) => void): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [key, doc] of live.documents) if (doc) ids.set(key, doc.id);
  for (const e of entries) {
    if (e.action === 'unchanged') continue;
    const references = Object.fromEntries([...e.references].map(([field, ref]) => [field, ids.get(ref)!]));
    try {
      if (e.action === 'update') {
        await updateBlockDocument(client, e.id!, e.data, references);
      } else {
        try {
          ids.set(e.key, await createBlockDocument(client, { typeId: e.typeId, schemaId: e.schemaId, name: e.spec.name, data: e.data, references }));
        } catch (err) {
          // Created meanwhile by another run: replace its data instead.
          if (!(err instanceof PrefectApiError && err.status === 409)) throw err;
          const existing = await readBlockDocument(client, e.spec.type, e.spec.name, false);
          if (!existing) throw err;
          await updateBlockDocument(client, existing.id, e.data, references);
          ids.set(e.key, existing.id);
        }
      }
    } catch (err) {
      throw new Failure(`block ${e.key} could not be ${e.action === 'create' ? 'created' : 'updated'}; no deployment was registered: ${(err as Error).message}`);
    }
    info(`block ${e.key}: ${e.action === 'create' ? 'created' : `updated (${e.changed.join(', ')})`}`);
  }
  return ids;
}
