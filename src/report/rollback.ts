/**
 * What a deploy does to the live versions, in words for every renderer: a rollback
 * (the live commit is newer) with the commits it undoes; where it writes, a live
 * commit the clone cannot place, or one on another line of history.
 */
import { notableMoves, type VersionMove } from '../plan/rollback.js';
import type { DeploymentsSection } from '../stages/deployments.js';
import type { ReportHeader } from '../stages/report.js';
import { plural } from '../text.js';

const short = (sha: string) => sha.slice(0, 12);

/** A rollback in one line, for the progress output. */
export function rollbackHeadline(
  move: Extract<VersionMove, { kind: 'rollback' }>,
  deployments: string[],
  plan: boolean,
): string {
  const undone = plural(move.undone.length + move.more, 'commit');
  return (
    `rollback: ${deployments.join(', ')} ${deployments.length === 1 ? 'runs' : 'run'} ${short(move.from)}, ` +
    `newer than ${short(move.to)}; ${plan ? 'deploying it would undo' : 'this deploy undoes'} ${undone}`
  );
}

/** One paragraph per notable move: its lead sentence, and the commits a rollback undoes (bounded, then "and N more"). */
export interface MoveParagraph {
  rollback: boolean;
  lead: string;
  commits: string[];
}

/** A plan shows its rollbacks; a deploy also says where the clone cannot tell, or the history diverged. */
export function moveParagraphs(report: ReportHeader & DeploymentsSection): MoveParagraph[] {
  return notableMoves(report.entries).flatMap(({ move, deployments }): MoveParagraph[] => {
    const names = deployments.join(', ');
    if (move.kind === 'rollback') {
      const undone = plural(move.undone.length + move.more, 'commit');
      const verb = report.mode === 'plan' ? 'would undo' : 'undoes';
      const runs = `${names} ${deployments.length === 1 ? 'runs' : 'run'} ${short(move.from)}`;
      const lead = `Rollback: ${runs}, newer than ${short(move.to)} in this repository's history; this deploy ${verb} ${undone}:`;
      return [{ rollback: true, lead, commits: [...move.undone, ...(move.more ? [`and ${move.more} more`] : [])] }];
    }
    if (report.mode === 'plan') return [];
    if (move.kind === 'unknown') {
      const lead = `${names}: whether this deploy rolls back from ${short(move.from)} cannot be told (${move.why})`;
      return [{ rollback: false, lead, commits: [] }];
    }
    if (move.kind === 'diverged') {
      const [from, to] = [short(move.from), short(move.to)];
      const lead = `${names}: the live version ${from} and ${to} are on different lines of history: this deploy replaces commits ${to} does not contain`;
      return [{ rollback: false, lead, commits: [] }];
    }
    return [];
  });
}

/** The `rollback` field of a deployment in the JSON document. */
export function moveJson(move: VersionMove | undefined): Record<string, unknown> {
  if (!move || move.kind === 'forward') return {};
  if (move.kind === 'rollback')
    return { rollback: { from: move.from, to: move.to, undone: move.undone, more: move.more } };
  return {
    versionMove: {
      kind: move.kind,
      from: move.from,
      to: move.to,
      ...(move.kind === 'unknown' ? { why: move.why } : {}),
    },
  };
}
