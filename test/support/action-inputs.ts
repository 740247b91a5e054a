/**
 * action.yml's inputs as the Actions runner sets them: INPUT_<NAME> (upper-cased, spaces
 * to `_`, dashes kept) for every input that has a default, whether the workflow names it
 * or not, expressions evaluated. Every start of the bundled action begins from these.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './python.js';

/** What `${{ github.token }}` evaluates to here: the runner always has a job token. */
export const RUNNER_GITHUB_TOKEN = 'ghs_stand-in-for-the-job-token';

/** The environment variable the runner sets for an input. */
export const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

/** action.yml's `default:` of each input that has one, as written. */
export function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs)
      .filter(([, spec]) => spec.default !== undefined)
      .map(([name, spec]) => [name, String(spec.default)]),
  );
}

/** A default's expression as the runner evaluates it; any other expression is a test to write. */
function evaluate(name: string, value: string): string {
  const resolved = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, RUNNER_GITHUB_TOKEN);
  if (resolved.includes('${{'))
    throw new Error(`action.yml: input '${name}' has a default this harness cannot evaluate: ${value}`);
  return resolved;
}

/** INPUT_* for action.yml's defaults, then `inputs` (by input name) over them. */
export function runnerInputs(inputs: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(actionDefaults())) env[inputVariable(name)] = evaluate(name, value);
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
  return env;
}
