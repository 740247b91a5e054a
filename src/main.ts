/** The action's edge: inputs -> the pipeline -> annotations, outputs and exit status. */
import * as core from '@actions/core';
import { runValidate } from './commands/validate.js';
import { formatDiagnostic } from './diagnostics.js';
import { errorMessage, UsageError } from './errors.js';
import { getInputs } from './inputs.js';

export async function run(): Promise<void> {
  try {
    const settings = getInputs();
    const report = runValidate(settings);
    for (const d of [...report.errors, ...report.warnings]) {
      const properties = { file: d.file, startLine: d.line, startColumn: d.column, title: 'prefect-ecr-deploy' };
      if (d.severity === 'error') core.error(d.message, properties);
      else core.warning(d.message, properties);
    }
    core.setOutput('deployments', JSON.stringify(report.deployments));
    core.setOutput('valid', String(report.valid));
    if (!report.valid) {
      core.setFailed(`${report.file}: ${report.errors.length} error(s)\n${report.errors.map(formatDiagnostic).join('\n')}`);
      return;
    }
    core.info(`${report.file}: valid, ${report.deployments.length} deployment(s)`);
  } catch (e) {
    core.setFailed(e instanceof UsageError ? e.message : `unexpected failure: ${errorMessage(e)}`);
  }
}
