/** Settings for tests, built by the CLI's own parser from flags and an environment. */
import { parseArgs } from '../../src/args/settings.js';
import type { Settings } from '../../src/settings.js';

export function settingsFor(root: string, args: string[], env: NodeJS.ProcessEnv = {}): Settings {
  const s = parseArgs(args, { PATH: process.env.PATH, ...env }, root);
  return s;
}
