/**
 * The one markdown renderer: the job summary and the pull request comment show the
 * same thing. A hidden marker per environment finds the sticky comment again.
 */
import type { DeployReport } from '../commands/deploy.js';
import type { Diagnostic } from '../diagnostics.js';
import { blockOutcome, changeText, deploymentUrl, outcome, scriptsText } from './text.js';
import { scheduleWords } from './schedule-words.js';

export function commentMarker(environment: string): string {
  return `<!-- prefect-ecr-deploy:${environment} -->`;
}

export interface MarkdownInput {
  environment: string;
  mode: string;
  sha: string;
  /** `https://github.com/owner/repo`, to link the commit. */
  repositoryUrl?: string;
  report?: DeployReport;
  /** Validation results when there was no live comparison (or validation failed). */
  validated?: { deployments: { name: string; flow: string | null; entrypoint: string }[]; errors: Diagnostic[]; warnings: Diagnostic[] };
  /** Why the live comparison did not run. */
  skipped?: string;
  /** A failure that stopped the run. */
  failure?: string;
}

const ICONS: Record<string, string> = {
  create: '🆕 create', created: '🆕 created', update: '✏️ update', updated: '✏️ updated', unchanged: 'unchanged',
  delete: '🗑️ delete', deleted: '🗑️ deleted', error: '❌ error', failed: '❌ failed', validated: '✔️ valid',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMarkdown(m: MarkdownInput): string {
  const lines: string[] = [commentMarker(m.environment), `### Prefect deployments · \`${m.environment}\` · ${m.mode}`, ''];
  const short = m.sha.slice(0, 7);
  const facts = [`**Commit** ${m.repositoryUrl ? `[\`${short}\`](${m.repositoryUrl}/commit/${m.sha})` : `\`${short}\``}`];
  if (m.report) facts.push(`**Prefect** ${m.report.serverVersion}`);
  const image = m.report?.image;
  if (image) facts.push(`**Image** \`${image.uri}\`${image.digest ? ` (\`${image.digest.slice(0, 19)}…\`)` : ''}${image.built ? ' built' : ''}`);
  lines.push(facts.join(' · '), '');
  if (m.failure) lines.push(`> ❌ ${cell(m.failure)}`, '');
  if (m.skipped) lines.push(`> ℹ️ ${m.skipped}`, '');

  if (m.report) {
    const report = m.report;
    if (report.blocks.length) {
      lines.push('| Block | Action | Fields changed |', '| --- | --- | --- |');
      for (const b of report.blocks) {
        const o = blockOutcome(report, b);
        lines.push(`| \`${cell(b.key)}\` | ${ICONS[o.action] ?? o.action} | ${cell(o.changed.join(', ') || '—')} |`);
      }
      lines.push('');
    }
    const scripts = scriptsText(report);
    if (scripts) lines.push(cell(scripts), '');
    lines.push('| Deployment | Flow | Action | Changes | Schedule | Prefect |', '| --- | --- | --- | --- | --- | --- |');
    for (const e of report.entries) {
      const o = outcome(report, e);
      const changes = o.error ?? e.changes.map(changeText).join('<br>');
      const schedules = e.desired?.state.schedules.map(scheduleWords).join('<br>') || '—';
      const link = o.id ? `[open](${deploymentUrl(report.apiUrl, o.id)})` : '';
      lines.push(`| \`${cell(e.name)}\` | ${cell(e.flowName || '—')} | ${ICONS[o.action] ?? o.action} | ${cell(changes)} | ${cell(schedules)} | ${link} |`);
    }
    const counts = new Map<string, number>();
    for (const e of report.entries) {
      const action = outcome(report, e).action;
      counts.set(action, (counts.get(action) ?? 0) + 1);
    }
    lines.push('', `**${[...counts].map(([a, n]) => `${n} ${a}`).join(', ') || 'no deployments'}**`);
  } else if (m.validated && !m.validated.errors.length) {
    lines.push('| Deployment | Flow | Entrypoint |', '| --- | --- | --- |');
    for (const d of m.validated.deployments) lines.push(`| \`${cell(d.name)}\` | ${cell(d.flow ?? '—')} | \`${cell(d.entrypoint)}\` |`);
    lines.push('', `**${m.validated.deployments.length} deployment(s) valid**`);
  }

  const errors = m.validated?.errors ?? m.report?.validation.errors ?? [];
  const warnings = m.validated?.warnings ?? m.report?.validation.warnings ?? [];
  if (errors.length) {
    lines.push('', `**${errors.length} error(s)**`, '', ...errors.map((d) => `- \`${d.file}:${d.line}:${d.column}\` ${cell(d.message)}`));
  }
  if (warnings.length) {
    lines.push('', `<details><summary>${warnings.length} warning(s)</summary>`, '', ...warnings.map((d) => `- \`${d.file}:${d.line}:${d.column}\` ${cell(d.message)}`), '', '</details>');
  }
  return lines.join('\n') + '\n';
}
