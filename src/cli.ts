#!/usr/bin/env node
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 a failure (or the deadline
 * passed), 130 and 143 interrupted by SIGINT and SIGTERM, and `plan --exit-code`: 3
 * when the Prefect API differs from the file.
 */
import { parseCommandLine } from './args/settings.js';
import type { Settings } from './settings.js';
import path from 'node:path';
import { runValidate, validateJson, type ValidateReport } from './commands/validate.js';
import { errorText, exitCodeOfError, runGroups } from './commands/run.js';
import { formatDiagnostic, InvalidInput, rebase, type Diagnostic } from './diagnostics.js';
import { renderJson, renderText, stopText } from './report/text.js';
import { UsageError } from './errors.js';
import { describeStop, Stopped } from './run-control.js';
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
  return runFiles(line.runs);
}

/**
 * Runs the deployments files (several are projects: every one is validated, and every
 * error printed, before anything is written anywhere; then each runs in turn, in its own
 * section) and prints the result. With several, paths are relative to the working
 * directory, where the projects differ.
 */
async function runFiles(runs: Settings[]): Promise<number> {
  const several = runs.length > 1;
  const { json } = runs[0];
  const here = (s: Settings, list: Diagnostic[]) => (several ? rebase(list, s.root, process.cwd()) : list);
  const result = await runGroups([runs], {
    ui: cliUi,
    timeoutSeconds: runs[0].timeoutSeconds,
    stopAtFailure: true,
    hooks: {
      validated: (checked) => {
        for (const c of checked)
          for (const d of here(c.settings, [...c.validated.errors, ...c.validated.warnings]))
            err(`${formatDiagnostic(d)}\n`);
      },
      deploying: (s, deploy) => {
        if (several) err(`=== ${path.relative(process.cwd(), path.resolve(s.root, s.file!))}\n`);
        return deploy();
      },
      outcome: (o) => {
        if (o.kind !== 'ran') return;
        for (const d of here(o.settings, o.report.validation.warnings)) err(`${formatDiagnostic(d)}\n`);
        if (!json) out(several ? `${renderText(o.report)}\n` : renderText(o.report));
      },
    },
  });
  const { outcomes } = result.groups[0];
  const failed = outcomes.find((o) => o.kind === 'failed');
  if (failed) return several ? reportError(failed.error) : failedFile(failed.settings, failed.error);
  const validated = outcomes.flatMap((o) => (o.kind === 'validated' || o.kind === 'held-back' ? [o] : []));
  if (validated.length) {
    if (several)
      printSeveralValidated(
        validated.map((o) => relative(o.settings, o.validated)),
        runs[0].command,
        json,
      );
    else printValidated(validated[0].validated, json);
    return result.exitCode;
  }
  const reports = outcomes.flatMap((o) => (o.kind === 'ran' ? [o.report] : []));
  if (json) out(several ? `[${reports.map(renderJson).join(',\n')}]\n` : `${renderJson(reports[0])}\n`);
  if (result.stopped) {
    const stopped = reports.find((r) => r.stopped);
    err(`prefect-ecr-deploy: ${stopped ? stopText(stopped) : `${describeStop(result.stopped)}: not started`}\n`);
    // Nothing of a stopped run is waited for.
    process.exit(result.exitCode);
  }
  return result.exitCode;
}

/** One file's run that threw: an invalid file with --json prints validate's document, so a script reads one shape. */
function failedFile(settings: Settings, error: unknown): number {
  const validated = error instanceof InvalidInput && settings.json ? runValidate(settings) : undefined;
  if (!validated || validated.valid) return reportError(error);
  for (const d of [...validated.errors, ...validated.warnings]) err(`${formatDiagnostic(d)}\n`);
  out(`${validateJson(validated)}\n`);
  return 2;
}

/** A validate report with its paths relative to the working directory. */
function relative(s: Settings, r: ValidateReport): ValidateReport {
  const here = (list: Diagnostic[]) => rebase(list, s.root, process.cwd());
  return {
    ...r,
    file: path.relative(process.cwd(), path.resolve(s.root, r.file)),
    errors: here(r.errors),
    warnings: here(r.warnings),
  };
}

function printValidated(report: ValidateReport, json: boolean): void {
  if (json) {
    out(`${validateJson(report)}\n`);
  } else if (report.valid) {
    const flows = new Set(report.deployments.map((d) => d.flow)).size;
    out(`${report.file}: valid, ${plural(report.deployments.length, 'deployment')} of ${plural(flows, 'flow')}\n`);
    for (const d of report.deployments) out(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
  } else {
    err(`${report.file}: ${plural(report.errors.length, 'error')}\n`);
  }
}

function printSeveralValidated(checked: ValidateReport[], command: Settings['command'], json: boolean): void {
  if (json) out(`[${checked.map((r) => validateJson(r)).join(',\n')}]\n`);
  for (const r of checked) {
    if (!r.valid) err(`${r.file}: ${plural(r.errors.length, 'error')}\n`);
    else if (!json) out(`${r.file}: valid, ${plural(r.deployments.length, 'deployment')}\n`);
  }
  const invalid = checked.filter((r) => !r.valid).length;
  if (invalid && command !== 'validate')
    err(`prefect-ecr-deploy: ${invalid} of ${checked.length} deployments files are invalid: nothing was written\n`);
}

/** Prints what was thrown and gives its exit code; a stopped run ends here, with nothing waited for. */
function reportError(e: unknown): number {
  if (e instanceof InvalidInput) {
    for (const d of e.diagnostics) err(`${formatDiagnostic(d)}\n`);
    for (const p of e.problems) err(`prefect-ecr-deploy: ${p}\n`);
  } else if (e instanceof UsageError) {
    for (const p of e.problems) err(`prefect-ecr-deploy: ${p}\n`);
  } else {
    err(`prefect-ecr-deploy: ${errorText(e)}\n`);
  }
  if (e instanceof Stopped) process.exit(exitCodeOfError(e));
  return exitCodeOfError(e);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.exitCode = reportError(e);
  },
);
