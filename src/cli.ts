#!/usr/bin/env node
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 unexpected failure.
 */
import { parseArgs, parseInspectArgs, USAGE } from './args.js';
import { hasFailures, runDeploy } from './stages/pipeline.js';
import { runValidate, validateJson } from './commands/validate.js';
import { formatDiagnostic, InvalidInput } from './diagnostics.js';
import { renderJson, renderText } from './report/text.js';
import { errorMessage, Failure, UsageError } from './errors.js';
import { redact } from './secrets.js';

// The bundle pins its AWS SDK; the SDK's notice about its future releases' Node versions is not for this program's users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** Everything the CLI prints goes through `redact`: secret-bearing values never reach a terminal or a CI log. */
const out = (text: string) => process.stdout.write(redact(text));
const err = (text: string) => process.stderr.write(redact(text));

/** Progress on stderr. */
const cliUi = {
  info: (m: string) => err(`${m}\n`),
  warning: (m: string) => err(`warning: ${m}\n`),
  group: async <T>(title: string, fn: (line: (l: string) => void) => Promise<T>): Promise<T> => {
    err(`--- ${title}\n`);
    return fn((l) => err(`    ${l}\n`));
  },
  mask: () => undefined,
  // The CLI logs out in its own finally blocks; nothing outlives the process.
  loggingIn: () => undefined,
};

async function main(): Promise<number> {
  const inspect = parseInspectArgs(process.argv.slice(2), process.cwd());
  if (inspect) {
    const { inspectFlows, renderInspect } = await import('./flows/inspect.js');
    const results = inspectFlows(inspect.root, inspect.entrypoints);
    out(inspect.json ? `${JSON.stringify(results, null, 2)}\n` : renderInspect(results));
    return results.some((r) => 'error' in r) ? 2 : 0;
  }
  const settings = parseArgs(process.argv.slice(2), process.env, process.cwd());
  if (settings === 'help') {
    out(USAGE);
    return 0;
  }
  if (settings.command !== 'validate') {
    const report = await runDeploy(settings, settings.command, cliUi);
    for (const d of report.validation.warnings) err(`${formatDiagnostic(d)}\n`);
    out(settings.json ? `${renderJson(report)}\n` : renderText(report));
    return hasFailures(report) ? 1 : 0;
  }
  const report = runValidate(settings);
  for (const d of [...report.errors, ...report.warnings]) err(`${formatDiagnostic(d)}\n`);
  if (settings.json) {
    out(`${validateJson(report)}\n`);
  } else if (report.valid) {
    const flows = new Set(report.deployments.map((d) => d.flow)).size;
    out(`${report.file}: valid, ${report.deployments.length} deployment(s) of ${flows} flow(s)\n`);
    for (const d of report.deployments) out(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
  } else {
    err(`${report.file}: ${report.errors.length} error(s)\n`);
  }
  return report.valid ? 0 : 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof InvalidInput) {
      for (const d of e.diagnostics) err(`${formatDiagnostic(d)}\n`);
      for (const p of e.problems) err(`prefect-ecr-deploy: ${p}\n`);
      process.exitCode = 2;
    } else if (e instanceof UsageError) {
      err(`prefect-ecr-deploy: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof Failure) {
      err(`prefect-ecr-deploy: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      err(`prefect-ecr-deploy: unexpected failure: ${errorMessage(e)}\n`);
      process.exitCode = 1;
    }
  },
);
