/**
 * The test tiers are the directories of test/ (scripts/test.sh runs them):
 * - test/unit/: needs nothing beyond `npm ci`;
 * - test/parity/: adds the pinned Prefect venvs (scripts/setup-test-env.sh), for
 *   checks against Prefect's own functions; no server;
 * - every other directory (test/integration/, ...): servers and daemons as well.
 * scripts/test.sh names the tier it runs in PED_TEST_TIER. A test that reaches for more
 * than its tier has fails here, loudly, even on a machine that has it: it belongs in
 * another directory.
 */
type Need = 'venv' | 'services';

const ALLOWED: Record<string, Need[]> = { unit: [], parity: ['venv'] };

const WHERE: Record<Need, string> = {
  venv: 'test/parity/ (the pinned Prefect venvs, no server) or test/integration/',
  services: 'test/integration/ (servers, PostgreSQL, Docker, the registry, moto)',
};

export function requireTier(need: Need, what: string): void {
  const tier = process.env.PED_TEST_TIER;
  const allowed = tier === undefined ? undefined : ALLOWED[tier];
  if (allowed && !allowed.includes(need)) {
    throw new Error(
      `${what}: tests in test/${tier}/ may not use it (scripts/test.sh ${tier}); move this test to ${WHERE[need]}`,
    );
  }
}
