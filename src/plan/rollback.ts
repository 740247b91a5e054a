/**
 * Whether a deploy rolls back: the live version against the commit deployed, given
 * what the clone's history says of the two (src/git.ts reads it; this is pure). A
 * live commit that is a descendant of the deployed one is newer: deploying undoes the
 * commits between them. A live commit the clone does not know is said to be unknown.
 */
import type { CommitAncestry } from '../git.js';
import { COMMIT_SHA } from '../git.js';

/** Commits listed per rollback; the rest are counted. */
export const UNDONE_LISTED = 20;

/** What deploying `deployed` does to the version a deployment runs now. */
export type VersionMove = { from: string; to: string } & (
  | { kind: 'forward' }
  | { kind: 'rollback'; undone: string[]; more: number }
  | { kind: 'diverged' }
  | { kind: 'unknown'; why: string }
);

/**
 * The live version's commit when it is one and differs from the deployed commit
 * (either may be abbreviated: a prefix of the other is the same commit).
 */
export function liveCommit(liveVersion: string | null | undefined, deployed: string | undefined): string | undefined {
  if (!liveVersion || !deployed || !COMMIT_SHA.test(liveVersion) || !COMMIT_SHA.test(deployed)) return undefined;
  const [a, b] = [liveVersion.toLowerCase(), deployed.toLowerCase()];
  return a.startsWith(b) || b.startsWith(a) ? undefined : liveVersion;
}

/** The move from the live commit `from` to the deployed one `to`, given the clone's answer. */
export function classifyMove(from: string, to: string, ancestry: CommitAncestry, listed = UNDONE_LISTED): VersionMove {
  if (!ancestry.known) return { kind: 'unknown', from, to, why: ancestry.why };
  if (ancestry.liveIsNewer) {
    const commits = ancestry.undone?.commits ?? [];
    const undone = commits.slice(0, listed);
    const total = Math.max(ancestry.undone?.total ?? 0, commits.length);
    return { kind: 'rollback', from, to, undone, more: total - undone.length };
  }
  if (ancestry.liveIsOlder) return { kind: 'forward', from, to };
  return { kind: 'diverged', from, to };
}

/** The moves worth showing, each once, with the deployments it concerns: rollbacks, unknown and diverged ones. */
export function notableMoves(
  entries: { name: string; move?: VersionMove }[],
): { move: VersionMove; deployments: string[] }[] {
  const byFrom = new Map<string, { move: VersionMove; deployments: string[] }>();
  for (const e of entries) {
    if (!e.move || e.move.kind === 'forward') continue;
    const key = `${e.move.kind} ${e.move.from}`;
    const seen = byFrom.get(key);
    if (seen) seen.deployments.push(e.name);
    else byFrom.set(key, { move: e.move, deployments: [e.name] });
  }
  return [...byFrom.values()];
}
