/**
 * Who owns a live deployment: the labels this tool writes say which repository and
 * environment registered it. A deployment another repository or environment owns,
 * or that nobody owns (made by hand, or by `prefect deploy`), is never silently
 * taken over: without --adopt it is a conflict. Labels this tool does not own are kept.
 * Block documents are owned the same way, through a record beside them (prefect/block-owners.ts).
 */
import type { BlockOwnerRecord } from '../prefect/block-owners.js';
import { PREVIEW_LABEL as PREVIEW } from './preview.js';
import { LABEL_PREFIX } from './state.js';

const MANAGED = `${LABEL_PREFIX}managed`;
const ENVIRONMENT = `${LABEL_PREFIX}environment`;
const REPOSITORY = `${LABEL_PREFIX}repository`;
export const ADOPTED = `${LABEL_PREFIX}adopted`;

/** undefined when `ours` (the labels this run writes) owns the deployment; else who does, in words. */
export function foreignOwner(live: Record<string, string>, ours: Record<string, string>): string | undefined {
  if (live[MANAGED] !== 'true') return 'nobody (it was not registered by prefect-ecr-deploy)';
  const owner = `${live[REPOSITORY] ?? '(no repository)'}/${live[ENVIRONMENT] ?? '(no environment)'}`;
  // A preview and a deployment of the same name are never each other's.
  if (live[PREVIEW] !== ours[PREVIEW])
    return live[PREVIEW] ? `${owner}, as the preview of pull request ${live[PREVIEW]}` : `${owner}, not as a preview`;
  if (live[ENVIRONMENT] === ours[ENVIRONMENT] && live[REPOSITORY] === ours[REPOSITORY]) return undefined;
  return owner;
}

/**
 * The labels to write: the live deployment's labels that are not this tool's, then
 * ours; an adopted deployment stays marked adopted (prune never deletes it).
 */
export function labelsToWrite(
  live: Record<string, string>,
  ours: Record<string, string>,
  adopting: boolean,
): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(live).filter(([k]) => !k.startsWith(LABEL_PREFIX)));
  const adopted = adopting || (live[ADOPTED] === 'true' && foreignOwner(live, ours) === undefined);
  return { ...kept, ...ours, ...(adopted ? { [ADOPTED]: 'true' } : {}) };
}

/**
 * undefined when this repository and environment own the block document; else who does, in words.
 * A record about another document (this one was deleted and made again) counts as none.
 */
export function blockOwner(
  record: BlockOwnerRecord | undefined,
  documentId: string,
  ours: { repository?: string; environment?: string },
): string | undefined {
  if (!record || record.blockDocumentId !== documentId) return 'nobody (it was not created by prefect-ecr-deploy)';
  if (record.repository === (ours.repository ?? null) && record.environment === (ours.environment ?? null))
    return undefined;
  return `${record.repository ?? '(no repository)'}/${record.environment ?? '(no environment)'}`;
}
