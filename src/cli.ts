#!/usr/bin/env node
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 unexpected failure.
 */
import { parseArgs, USAGE } from './args.js';
import { runValidate, validateJson } from './commands/validate.js';
import { formatDiagnostic } from './diagnostics.js';
import { errorMessage, UsageError } from './errors.js';

async function main(): Promise<number> {
  const settings = parseArgs(process.argv.slice(2), process.env, process.cwd());
  if (settings === 'help') {
    process.stdout.write(USAGE);
    return 0;
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
    if (e instanceof UsageError) {
      process.stderr.write(`prefect-ecr-deploy: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`prefect-ecr-deploy: unexpected failure: ${errorMessage(e)}\n`);
      process.exitCode = 1;
    }
  },
);
