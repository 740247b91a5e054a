/** `--only PATTERN`: a subset of the file's deployments, by name or `FLOW/NAME`, with `*` and `?` as in a glob. */
import { globToRegExp } from '../glob.js';

export interface Named {
  name: string;
  flowName: string;
}

/** Whether a deployment is in the subset: every deployment when there are no patterns. */
export function onlyMatcher(patterns: string[]): (d: Named) => boolean {
  if (!patterns.length) return () => true;
  const tests = patterns.map(globToRegExp);
  return (d) => tests.some((t) => t.test(d.name) || t.test(`${d.flowName}/${d.name}`));
}

/** The patterns that select none of the deployments: a typo, not a subset. */
export function unmatchedPatterns(patterns: string[], deployments: Named[]): string[] {
  return patterns.filter((p) => !deployments.some(onlyMatcher([p])));
}
