/**
 * Blocks stage: the file's `blocks:`. Each is checked against its type's schema on the
 * server before anything is written, planned as create, update or unchanged by
 * comparing with the stored document, and written in dependency order (a referenced
 * block first). Messages name fields, never values.
 */
import { blockKey, inDependencyOrder, referencesOf } from '../config/blocks.js';
import type { DeploymentsFile } from '../config/model.js';
import { Failure, UsageError } from '../errors.js';
import { mapBounded } from '../plan/apply.js';
import { checkBlockData, planBlocks, type BlockEntry, type LiveBlocks } from '../plan/blocks.js';
import { fillTemplates } from '../plan/fill.js';
import { createBlockDocument, readBlockDocument, readBlockType, updateBlockDocument } from '../prefect/blocks.js';
import { PrefectApiError, type PrefectClient } from '../prefect/client.js';
import { deployContext } from './context.js';
import type { Stage } from './stage.js';

export function blocksStage(): Stage {
  let live: LiveBlocks;
  return {
    name: 'blocks',

    // Declared blocks were checked with the file.
    check() {
      return [];
    },

    async read(run) {
      live = await readLiveBlocks(run.client, run.file.file, run.settings.concurrency);
      return checkBlockData(run.file.file.path, run.file.file.blocks, live);
    },

    async plan(run) {
      const problems: string[] = [];
      const ctx = deployContext(run);
      run.report.blocks = planBlocks(inDependencyOrder(run.file.file.blocks), live, (data) => fillTemplates(data, ctx, problems));
      if (problems.length) throw new UsageError(`blocks: ${[...new Set(problems)].join('; ')}`);
    },

    async apply(run) {
      await applyBlocks(run.client, run.report.blocks, live, run.ui.info);
    },
  };
}

/** Types of declared and referenced blocks, and their documents (declared ones with secrets, to compare). */
async function readLiveBlocks(client: PrefectClient, file: DeploymentsFile, concurrency: number): Promise<LiveBlocks> {
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

/** Writes creates and updates in plan order. */
async function applyBlocks(client: PrefectClient, entries: BlockEntry[], live: LiveBlocks, info: (m: string) => void): Promise<void> {
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
          ids.set(e.key, await createBlockDocument(client, { typeId: e.typeId, schemaId: e.schema.id, name: e.spec.name, data: e.data, references }));
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
    e.written = true;
    info(`block ${e.key}: ${e.action === 'create' ? 'created' : `updated (${e.changed.join(', ')})`}`);
  }
}
