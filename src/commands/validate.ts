/** `validate`: load the environment's deployments file and check everything, writing nothing. */
import { locateDeploymentsFile, readDeploymentsFile } from '../config/locate.js';
import { validateFile, type ValidatedFile } from '../config/validate.js';
import { applyStrict, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { FlowReader } from '../flows/read.js';
import { missingShaHint } from '../git.js';
import type { Settings } from '../settings.js';
import { probeStepFunctions } from '../steps/python.js';

export interface ValidateReport {
  file: string;
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  deployments: { name: string; flow: string | null; entrypoint: string }[];
  validated: ValidatedFile;
}

export function runValidate(settings: Settings): ValidateReport {
  const located = locateDeploymentsFile(settings);
  const reader = new FlowReader(settings.root);
  const validated = validateFile(
    located.display,
    readDeploymentsFile(located, settings.root),
    reader,
    {
      sha: settings.sha,
      shaHint: settings.sha ? undefined : missingShaHint(settings.root),
      env: settings.environment,
      vars: settings.env,
    },
    settings.prune,
    (fns) => probeStepFunctions(fns, { cwd: settings.root, env: settings.env }),
  );
  const all = sortDiagnostics(applyStrict(validated.diagnostics, settings.strict));
  const errors = all.filter((d) => d.severity === 'error');
  return {
    file: located.display,
    valid: errors.length === 0,
    errors,
    warnings: all.filter((d) => d.severity === 'warning'),
    deployments: validated.file.deployments.map((d) => ({
      name: d.shownName,
      flow: validated.flows.get(d)?.name ?? null,
      entrypoint: d.entrypoint,
    })),
    validated,
  };
}

const strip = ({ file, line, column, message }: Diagnostic) => ({ file, line, column, message });

/** The `--json` document of the CLI contract. */
export function validateJson(report: ValidateReport): string {
  return JSON.stringify(
    {
      valid: report.valid,
      errors: report.errors.map(strip),
      warnings: report.warnings.map(strip),
      deployments: report.deployments,
    },
    null,
    2,
  );
}
