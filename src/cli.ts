#!/usr/bin/env node
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 a failure (or the deadline
 * passed), 130 and 143 interrupted by SIGINT and SIGTERM, and `plan --exit-code`: 3
 * when the Prefect API differs from the file.
 */
import { parseCommandLine } from './args.js';
import { hasChanges, hasFailures, runDeploy, type DeployMode, type DeployReport } from './stages/pipeline.js';
import type { Settings } from './settings.js';
import path from 'node:path';
import { runValidate, validateJson } from './commands/validate.js';
import { formatDiagnostic, InvalidInput, rebase, type Diagnostic } from './diagnostics.js';
import { renderJson, renderText, stopText } from './report/text.js';
import { errorMessage, Failure, UsageError } from './errors.js';
import { exitCodeFor, RunControl, Stopped, watchRun } from './run-control.js';
import { markCredentials, markSecret, redact } from './secrets.js';
import { plural } from './text.js';

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
  mask: (secret: string) => markSecret(secret),
  // The CLI logs out in its own finally blocks; nothing outlives the process.
  loggingIn: () => undefined,
};

async function main(): Promise<number> {
  markCredentials(process.env);
  const line = parseCommandLine(process.argv.slice(2), process.env, process.cwd());
  if ('print' in line) {
    out(line.print);
    return 0;
  }
  if ('inspect' in line) {
    const { root, entrypoints, json } = line.inspect;
    const { inspectFlows, renderInspect } = await import('./flows/inspect.js');
    const results = inspectFlows(root, entrypoints);
    out(json ? `${JSON.stringify(results, null, 2)}\n` : renderInspect(results));
    return results.some((r) => 'error' in r) ? 2 : 0;
  }
  if ('init' in line) {
    const { runInit } = await import('./init/run.js');
    const { root, options, force } = line.init;
    out(`${runInit(root, options, force).text}`);
    return 0;
  }
  return line.runs.length === 1 ? runOne(line.runs[0]) : runSeveral(line.runs);
}

async function runOne(settings: Settings): Promise<number> {
  if (settings.command !== 'validate') {
    const control = new RunControl();
    const unwatch = watchRun(control, settings.timeoutSeconds);
    let report;
    try {
      report = await runDeploy(settings, settings.command, cliUi, { control }).finally(unwatch);
    } catch (e) {
      // An invalid file: --json prints validate's document, so a script reads one shape.
      const validated = e instanceof InvalidInput && settings.json ? runValidate(settings) : undefined;
      if (validated && !validated.valid) {
        for (const d of [...validated.errors, ...validated.warnings]) err(`${formatDiagnostic(d)}\n`);
        out(`${validateJson(validated)}\n`);
        return 2;
      }
      throw e;
    }
    for (const d of report.validation.warnings) err(`${formatDiagnostic(d)}\n`);
    out(settings.json ? `${renderJson(report)}\n` : renderText(report));
    if (report.stopped) {
      err(`prefect-ecr-deploy: ${stopText(report)}\n`);
      // Nothing of a stopped run is waited for.
      process.exit(exitCodeFor(report.stopped));
    }
    if (hasFailures(report)) return 1;
    return settings.exitCode && hasChanges(report) ? 3 : 0;
  }
  const report = runValidate(settings);
  for (const d of [...report.errors, ...report.warnings]) err(`${formatDiagnostic(d)}\n`);
  if (settings.json) {
    out(`${validateJson(report)}\n`);
  } else if (report.valid) {
    const flows = new Set(report.deployments.map((d) => d.flow)).size;
    out(`${report.file}: valid, ${plural(report.deployments.length, 'deployment')} of ${plural(flows, 'flow')}\n`);
    for (const d of report.deployments) out(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
  } else {
    err(`${report.file}: ${plural(report.errors.length, 'error')}\n`);
  }
  return report.valid ? 0 : 2;
}

/**
 * Several deployments files (projects): every one is validated, and every error
 * printed, before anything is written anywhere; then each runs in turn, in its own
 * section. Paths are relative to the working directory, where the projects differ.
 */
async function runSeveral(runs: Settings[]): Promise<number> {
  const { command, json } = runs[0];
  const here = (s: Settings, list: Diagnostic[]) => rebase(list, s.root, process.cwd());
  const checked = runs.map((s) => {
    const r = runValidate(s);
    return { ...r, file: path.relative(process.cwd(), path.resolve(s.root, r.file)), errors: here(s, r.errors), warnings: here(s, r.warnings) };
  });
  for (const r of checked) for (const d of [...r.errors, ...r.warnings]) err(`${formatDiagnostic(d)}\n`);
  const invalid = checked.filter((r) => !r.valid);
  if (command === 'validate' || invalid.length) {
    if (json) out(`[${checked.map((r) => validateJson(r)).join(',\n')}]\n`);
    for (const r of checked) {
      if (!r.valid) err(`${r.file}: ${plural(r.errors.length, 'error')}\n`);
      else if (!json) out(`${r.file}: valid, ${plural(r.deployments.length, 'deployment')}\n`);
    }
    if (invalid.length && command !== 'validate') err(`prefect-ecr-deploy: ${invalid.length} of ${runs.length} deployments files are invalid: nothing was written\n`);
    return invalid.length ? 2 : 0;
  }
  const control = new RunControl();
  const unwatch = watchRun(control, runs[0].timeoutSeconds);
  const reports: DeployReport[] = [];
  try {
    for (const s of runs) {
      err(`=== ${path.relative(process.cwd(), path.resolve(s.root, s.file!))}\n`);
      const report = await runDeploy(s, command as DeployMode, cliUi, { control });
      reports.push(report);
      for (const d of here(s, report.validation.warnings)) err(`${formatDiagnostic(d)}\n`);
      if (!json) out(`${renderText(report)}\n`);
      if (report.stopped) {
        if (json) out(`[${reports.map(renderJson).join(',\n')}]\n`);
        err(`prefect-ecr-deploy: ${stopText(report)}\n`);
        process.exit(exitCodeFor(report.stopped));
      }
    }
  } finally {
    unwatch();
  }
  if (json) out(`[${reports.map(renderJson).join(',\n')}]\n`);
  if (reports.some(hasFailures)) return 1;
  return runs[0].exitCode && reports.some(hasChanges) ? 3 : 0;
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
    } else if (e instanceof Stopped) {
      err(`prefect-ecr-deploy: ${e.message} before anything was written\n`);
      process.exit(exitCodeFor(e.reason));
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
