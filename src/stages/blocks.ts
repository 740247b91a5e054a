/**
 * Blocks stage: the file's `blocks:`. Each is checked against its type's schema on the
 * server before anything is written, planned as create, update or unchanged by
 * comparing with the stored document, and written in dependency order (a referenced
 * block first). A stored document this repository and environment did not create is
 * a conflict: a plan shows it without comparing, and a deploy refuses before any
 * write unless --adopt. Messages name fields, never values.
 */
import { blockKey, inDependencyOrder, referencesOf } from '../config/blocks.js';
import type { DeploymentsFile } from '../config/model.js';
import type { Diagnostic } from '../diagnostics.js';
import { Failure, UsageError } from '../errors.js';
import { mapBounded } from '../plan/apply.js';
import {
  checkBlockData,
  planBlocks,
  secretFields,
  type BlockEntry,
  type BlockPlanOptions,
  type LiveBlocks,
} from '../plan/blocks.js';
import { blockOwner } from '../plan/ownership.js';
import { readBlockOwner, writeBlockOwner } from '../prefect/block-owners.js';
import { fillTemplates } from '../plan/fill.js';
import { createBlockDocument, readBlockDocument, readBlockType, updateBlockDocument } from '../prefect/blocks.js';
import { PrefectApiError, type PrefectClient } from '../prefect/client.js';
import { blocksSection } from '../report/markdown.js';
import { blockLines, blocksJson, blocksNotApplied } from '../report/text.js';
import { deployContext, type ContextNeeds } from './context.js';
import type { Run, Stage } from './stage.js';

/** The blocks stage's section: each declared block, planned and (deploy) written. */
export interface BlocksSection {
  blocks: BlockEntry[];
}

/** The blocks to write, and the live documents and ownership records they were planned against. */
interface BlocksPlan {
  entries: BlockEntry[];
  live: LiveBlocks;
}

export function blocksStage(): Stage<ContextNeeds, LiveBlocks, BlocksPlan, BlocksSection> {
  return {
    name: 'blocks',

    // Declared blocks were checked with the file.
    check() {
      return [];
    },

    async read(run) {
      const options = planOptions(run);
      const live = await readLiveBlocks(
        run.client,
        run.file.file,
        run.settings.concurrency,
        run.mode === 'plan' ? undefined : options,
      );
      const problems = checkBlockData(run.file.file.path, run.file.file.blocks, live);
      return {
        problems: run.mode === 'plan' ? problems : [...problems, ...conflicts(run.file.file, live, options)],
        live,
      };
    },

    async plan(run, live) {
      const problems: string[] = [];
      const ctx = deployContext(run);
      const fill = (data: Record<string, unknown>) => fillTemplates(data, ctx, problems);
      const entries = planBlocks(inDependencyOrder(run.file.file.blocks), live, fill, planOptions(run));
      if (problems.length) throw new UsageError(`blocks: ${[...new Set(problems)].join('; ')}`);
      return { entries, live };
    },

    async apply(run, plan) {
      await applyBlocks(run.client, plan.entries, plan.live, planOptions(run).ours, run.ui.info);
      return plan;
    },

    section: ({ plan }) => ({ blocks: plan?.entries ?? [] }),

    text: (report) => blockLines(report),
    markdown: (report) => blocksSection(report),
    json: (report) => ({ blocks: blocksJson(report) }),
    hasChanges: ({ blocks }) => blocks.some((b) => b.action !== 'unchanged'),
    stopped: (report) => blocksNotApplied(report),
  };
}

function planOptions(run: Run): BlockPlanOptions {
  const ours = { repository: run.settings.vcs.repository, environment: run.settings.environment };
  return { adopt: run.settings.adopt, compareSecrets: run.mode !== 'plan', ours };
}

/** A deploy writes no block another repository or environment owns, or nobody does: it stops before any write. */
function conflicts(file: DeploymentsFile, live: LiveBlocks, options: BlockPlanOptions): Diagnostic[] {
  if (options.adopt) return [];
  return file.blocks.flatMap((b) => {
    const key = blockKey(b.type, b.name);
    const stored = live.documents.get(key);
    const owner = stored && blockOwner(live.owners.get(key)?.record, stored.id, options.ours);
    if (!owner) return [];
    const message = `block ${key} exists, owned by ${owner}: not written (pass --adopt to take it over)`;
    return [{ file: file.path, ...b.node.pos, message, severity: 'error' as const }];
  });
}

/**
 * Types of declared and referenced blocks, their documents, and the ownership records of declared
 * ones. Secrets are read only for a deploy (`writing`), and only of documents this run owns.
 */
async function readLiveBlocks(
  client: PrefectClient,
  file: DeploymentsFile,
  concurrency: number,
  writing?: BlockPlanOptions,
): Promise<LiveBlocks> {
  const declared = new Set(file.blocks.map((b) => blockKey(b.type, b.name)));
  const referenced = new Set(file.blocks.flatMap((b) => [...referencesOf(b).values()]));
  const keys = [...new Set([...declared, ...referenced])];
  const slugs = [...new Set(keys.map((k) => k.slice(0, k.indexOf('/'))))];
  const live: LiveBlocks = { types: new Map(), documents: new Map(), owners: new Map() };
  await mapBounded(slugs, concurrency, async (slug) => {
    live.types.set(slug, await readBlockType(client, slug));
  });
  const known = keys.filter((k) => live.types.get(k.slice(0, k.indexOf('/'))));
  await mapBounded(known, concurrency, async (key) => {
    const [type, name] = splitKey(key);
    const doc = await readBlockDocument(client, type, name, false);
    live.documents.set(key, doc);
    if (!doc || !declared.has(key)) return;
    const owner = await readBlockOwner(client, type, name);
    live.owners.set(key, owner);
    const owned = writing !== undefined && blockOwner(owner.record, doc.id, writing.ours) === undefined;
    if (owned && doc.schema && secretFields(doc.schema).size)
      live.documents.set(key, await readBlockDocument(client, type, name, true));
  });
  return live;
}

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

/** Writes creates and updates in plan order, each with its ownership record when it is new or taken over. */
async function applyBlocks(
  client: PrefectClient,
  entries: BlockEntry[],
  live: LiveBlocks,
  ours: BlockPlanOptions['ours'],
  info: (m: string) => void,
): Promise<void> {
  const ids = new Map<string, string>();
  for (const [key, doc] of live.documents) if (doc) ids.set(key, doc.id);
  for (const e of entries) {
    if (e.action === 'unchanged' || e.action === 'conflict') continue;
    const references = Object.fromEntries([...e.references].map(([field, ref]) => [field, ids.get(ref)!]));
    try {
      if (e.action === 'update') {
        await updateBlockDocument(client, e.id!, e.data, references);
        if (e.writeOwner)
          await writeBlockOwner(
            client,
            e.spec.type,
            e.spec.name,
            ownerRecord(e.id!, ours),
            live.owners.get(e.key)?.exists ?? false,
          );
      } else {
        ids.set(e.key, await createBlock(client, e, references, ours));
      }
    } catch (err) {
      throw new Failure(
        `block ${e.key} could not be ${e.action === 'create' ? 'created' : 'updated'}; no deployment was registered: ${(err as Error).message}`,
      );
    }
    e.written = true;
    info(
      `block ${e.key}: ${e.action === 'create' ? 'created' : `updated (${e.changed.join(', ')})`}${e.adoptedFrom ? ` (adopted: it was owned by ${e.adoptedFrom})` : ''}`,
    );
  }
}

function ownerRecord(id: string, ours: BlockPlanOptions['ours']) {
  return { blockDocumentId: id, repository: ours.repository ?? null, environment: ours.environment ?? null };
}

/**
 * Creates the document, then its ownership record (replacing a stale one, about a document since deleted).
 * Created meanwhile by another run: its data is replaced only if that run was this repository's and environment's.
 */
async function createBlock(
  client: PrefectClient,
  e: BlockEntry,
  references: Record<string, string>,
  ours: BlockPlanOptions['ours'],
): Promise<string> {
  const { type, name } = e.spec;
  try {
    const id = await createBlockDocument(client, {
      typeId: e.typeId,
      schemaId: e.schema.id,
      name,
      data: e.data,
      references,
    });
    await writeBlockOwner(client, type, name, ownerRecord(id, ours), false).catch((err: Error) => {
      throw new Failure(
        `${err.message} (the block was created without its ownership record: the next deploy needs --adopt)`,
      );
    });
    return id;
  } catch (err) {
    if (!(err instanceof PrefectApiError && err.status === 409 && err.path === '/block_documents/')) throw err;
    const existing = await readBlockDocument(client, type, name, false);
    if (!existing) throw err;
    const owner = blockOwner((await readBlockOwner(client, type, name)).record, existing.id, ours);
    if (owner !== undefined) throw new Failure(`it was created meanwhile, owned by ${owner}: not written`);
    await updateBlockDocument(client, existing.id, e.data, references);
    return existing.id;
  }
}
