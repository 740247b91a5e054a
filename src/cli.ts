#!/usr/bin/env node
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 unexpected failure.
 */
import { parseArgs, parseInspectArgs, USAGE } from './args.js';
import { hasFailures, runDeploy } from './commands/deploy.js';
import { runValidate, validateJson } from './commands/validate.js';
import { formatDiagnostic, InvalidInput } from './diagnostics.js';
import { renderJson, renderText } from './report/text.js';
import { errorMessage, Failure, UsageError } from './errors.js';

/** Progress on stderr; the CLI has no log to mask secrets in (they never reach output). */
const cliUi = {
  info: (m: string) => process.stderr.write(`${m}\n`),
  warning: (m: string) => process.stderr.write(`warning: ${m}\n`),
  group: async <T>(title: string, fn: (line: (l: string) => void) => Promise<T>): Promise<T> => {
    process.stderr.write(`--- ${title}\n`);
    return fn((l) => process.stderr.write(`    ${l}\n`));
  },
  mask: () => undefined,
};

async function main(): Promise<number> {
  const inspect = parseInspectArgs(process.argv.slice(2), process.cwd());
  if (inspect) {
    const { inspectFlows, renderInspect } = await import('./flows/inspect.js');
    const results = inspectFlows(inspect.root, inspect.entrypoints);
    process.stdout.write(inspect.json ? `${JSON.stringify(results, null, 2)}\n` : renderInspect(results));
    return results.some((r) => 'error' in r) ? 2 : 0;
  }
  const settings = parseArgs(process.argv.slice(2), process.env, process.cwd());
  if (settings === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (settings.command !== 'validate') {
    const report = await runDeploy(settings, settings.command, cliUi);
    for (const d of report.validation.warnings) process.stderr.write(`${formatDiagnostic(d)}\n`);
    process.stdout.write(settings.json ? `${renderJson(report)}\n` : renderText(report));
    return hasFailures(report) ? 1 : 0;
  }
  const report = runValidate(settings);
  for (const d of [...report.errors, ...report.warnings]) process.stderr.write(`${formatDiagnostic(d)}\n`);
  if (settings.json) {
    process.stdout.write(`${validateJson(report)}\n`);
  } else if (report.valid) {
    const flows = new Set(report.deployments.map((d) => d.flow)).size;
    process.stdout.write(`${report.file}: valid, ${report.deployments.length} deployment(s) of ${flows} flow(s)\n`);
    for (const d of report.deployments) process.stdout.write(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
  } else {
    process.stderr.write(`${report.file}: ${report.errors.length} error(s)\n`);
  }
  return report.valid ? 0 : 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof InvalidInput) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      process.exitCode = 2;
    } else if (e instanceof UsageError) {
      process.stderr.write(`prefect-ecr-deploy: ${e.message}\n`);
      process.exitCode = 2;
    } else if (e instanceof Failure) {
      process.stderr.write(`prefect-ecr-deploy: ${e.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`prefect-ecr-deploy: unexpected failure: ${errorMessage(e)}\n`);
      process.exitCode = 1;
    }
  },
);
