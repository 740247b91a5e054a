/** The verify stage's section: each verify run's deployment, final state, duration and link, for every renderer. */
import type { ReportHeader } from '../stages/report.js';
import type { ErrorJson } from '../stages/stage.js';
import type { VerifyEntry, VerifySection } from '../stages/verify.js';
import { plural } from '../text.js';
import { text } from './markdown.js';
import { uiUrl } from './text.js';

/** The flow run's page in the Prefect UI (Prefect's `url_for`: `runs/flow-run/{id}`). */
export function flowRunUrl(apiUrl: string, id: string): string {
  return `${uiUrl(apiUrl)}/runs/flow-run/${id}`;
}

const seconds = (e: VerifyEntry) => (e.seconds === undefined ? '—' : `${e.seconds.toFixed(1)} s`);

/** What the run of an entry is given over the deployment's parameters. */
const parametersText = (e: VerifyEntry) =>
  e.parameterNames.length ? `its parameters, with ${e.parameterNames.join(', ')} from --verify-parameters` : '';

/** `completed`, or how it did not: the outcome, the state it was left in, and why. */
function describe(e: VerifyEntry): string {
  const state = e.state && e.state.toLowerCase() !== e.outcome ? ` (${e.state})` : '';
  return `${e.outcome ?? 'not started'}${state}${e.error ? `: ${e.error}` : ''}`;
}

export function verifyText(report: ReportHeader & VerifySection): string[] {
  if (!report.verify.length) return [];
  if (report.mode === 'plan') {
    const names = report.verify.map((e) => e.deployment).join(', ');
    const given = report.verify[0].parameterNames.length ? ` (${parametersText(report.verify[0])})` : '';
    return [`Verify: would start a flow run of ${names}${given}, tagged verify`];
  }
  const completed = report.verify.filter((e) => e.outcome === 'completed').length;
  return [
    `Verify: ${completed} of ${plural(report.verify.length, 'run')} completed`,
    ...report.verify.map((e) => {
      const link = e.flowRun ? ` ${flowRunUrl(report.apiUrl, e.flowRun.id)}` : '';
      return `  ${e.deployment}: ${describe(e)} [${seconds(e)}]${link}`;
    }),
  ];
}

const ICONS: Record<string, string> = {
  completed: '✅ completed',
  failed: '❌ failed',
  'timed out': '⏱️ timed out',
  interrupted: '⏹️ interrupted',
  'not started': '❌ not started',
};

export function verifyMarkdown(report: ReportHeader & VerifySection): string[] {
  if (!report.verify.length) return [];
  if (report.mode === 'plan') {
    return [
      '#### Verify',
      '',
      `Deploy would start a flow run (tagged ${text('verify')}) of: ${report.verify.map((e) => `<code>${text(e.deployment)}</code>`).join(', ')}`,
    ];
  }
  const lines = [
    '#### Verify',
    '',
    '| Deployment | Result | State | Duration | Flow run |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const e of report.verify) {
    const outcome = e.outcome ?? 'not started';
    const result = `${ICONS[outcome]}${e.error ? `: ${text(e.error)}` : ''}`;
    const link = e.flowRun ? `[${text(e.flowRun.name)}](${flowRunUrl(report.apiUrl, e.flowRun.id)})` : '—';
    lines.push(
      `| <code>${text(e.deployment)}</code> | ${result} | ${text(e.state ?? '—')} | ${seconds(e)} | ${link} |`,
    );
  }
  const completed = report.verify.filter((e) => e.outcome === 'completed').length;
  lines.push('', `**${completed} of ${plural(report.verify.length, 'run')} completed**`);
  return lines;
}

export function verifyJson(report: ReportHeader & VerifySection): Record<string, unknown>[] {
  return report.verify.map((e) => ({
    deployment: e.deployment,
    flow: e.flow || null,
    deploymentId: e.deploymentId ?? null,
    parameters: e.parameterNames,
    outcome: report.mode === 'plan' ? 'would run' : (e.outcome ?? 'not started'),
    state: e.state ?? null,
    seconds: e.seconds ?? null,
    flowRunId: e.flowRun?.id ?? null,
    flowRunName: e.flowRun?.name ?? null,
    url: e.flowRun ? flowRunUrl(report.apiUrl, e.flowRun.id) : null,
    error: e.error ?? null,
  }));
}

export function verifyErrors(report: ReportHeader & VerifySection): ErrorJson[] {
  if (report.mode === 'plan') return [];
  return report.verify
    .filter((e) => e.outcome !== 'completed')
    .map((e) => ({ deployment: e.deployment, flow: e.flow || null, message: `verify run ${describe(e)}` }));
}
