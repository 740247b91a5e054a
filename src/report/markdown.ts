/**
 * The one markdown renderer: the job summary and the pull request comment show the
 * same thing, one section per stage. A hidden marker per environment finds the
 * sticky comment again. Every value is escaped (HTML, backticks, markdown), so text
 * from a file or a server can neither hide rows nor forge another marker, nor ping anyone.
 */
import type { Diagnostic } from '../diagnostics.js';
import { redact } from '../secrets.js';
import type { AutomationsSection } from '../stages/automations.js';
import type { BlockScriptsSection } from '../stages/block-scripts.js';
import type { BlocksSection } from '../stages/blocks.js';
import type { StepsSection } from '../stages/build-steps.js';
import type { CodeStorageSection } from '../stages/code-storage.js';
import type { DeploymentsSection } from '../stages/deployments.js';
import type { ImageSection } from '../stages/image.js';
import { stages } from '../stages/pipeline.js';
import type { DeployReport, ReportHeader } from '../stages/report.js';
import type { AnyStage } from '../stages/stage.js';
import type { WorkerSection } from '../stages/worker-service.js';
import { moveParagraphs } from './rollback.js';
import { runCommand } from '../plan/preview.js';
import { scheduleWords } from './schedule-words.js';
import { plural } from '../text.js';
import {
  automationOutcome,
  blockDetail,
  blockOutcome,
  changeText,
  codeStorageText,
  deploymentUrl,
  outcome,
  rowAction,
  scriptsText,
  stepsText,
  stopText,
  workerText,
} from './text.js';

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
  validated?: {
    deployments: { name: string; flow: string | null; entrypoint: string }[];
    errors: Diagnostic[];
    warnings: Diagnostic[];
  };
  /** Why the live comparison did not run. */
  skipped?: string;
  /** A failure that stopped the run. */
  failure?: string;
  /** The deployments file, when the environment has several (projects). */
  file?: string;
  /** The sticky comment's key when not the environment (a pull request's previews have their own comment). */
  commentKey?: string;
}

const ICONS: Record<string, string> = {
  create: '🆕 create',
  created: '🆕 created',
  update: '✏️ update',
  updated: '✏️ updated',
  unchanged: 'unchanged',
  delete: '🗑️ delete',
  deleted: '🗑️ deleted',
  error: '❌ error',
  failed: '❌ failed',
  validated: '✔️ valid',
  conflict: '⚠️ conflict',
  skipped: '⚠️ skipped',
  rollback: '⏪ rollback',
  'rolled back': '⏪ rolled back',
  'not applied': '⏹️ not applied',
  'cut off': '⏹️ cut off',
  replace: '✏️ replace',
  replaced: '✏️ replaced',
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '`': '&#96;',
  '|': '&#124;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  '\\': '&#92;',
  '#': '&#35;',
  $: '&#36;',
};

/** A zero-width space: GitHub renders it as nothing, and a mention, an autolink or a reference broken by it is plain text. */
const BREAK = '&#8203;';

/**
 * A value as inert text in a table cell: no HTML, no markdown, no line breaks; no
 * @mention (it would notify a person or team), no bare URL, `www.` or e-mail autolink,
 * no `#123` reference. Secret-bearing values are redacted before they are escaped
 * (escaping would hide them from the redaction of the whole text).
 */
export function text(value: string): string {
  return redact(value)
    .replace(/[&<>"`|*_[\]~\\#$]/g, (c) => ENTITIES[c])
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/@/g, `@${BREAK}`)
    .replace(/&#35;(?=\d)/g, `&#35;${BREAK}`)
    .replace(/((?:https?|ftp):)(?=\/\/)/gi, `$1${BREAK}`)
    .replace(/(www)(?=\.)/gi, `$1${BREAK}`);
}

/** A value shown as code. */
function code(value: string): string {
  return `<code>${text(value)}</code>`;
}

/** A run that stopped before any environment ran (an input refused): the reason, as text. */
export function renderNotRun(failure: string): string {
  return `### Prefect deployments · not run\n\n> ❌ ${text(failure)}\n`;
}

export function renderMarkdown(m: MarkdownInput): string {
  const lines: string[] = [
    commentMarker(m.commentKey ?? m.environment),
    `### Prefect deployments · ${code(m.environment)} · ${text(m.mode)}${m.file ? ` · ${code(m.file)}` : ''}`,
    '',
  ];
  const short = m.sha.slice(0, 7);
  const commit =
    /^[0-9a-f]{7,40}$/i.test(m.sha) && m.repositoryUrl
      ? `[${code(short)}](${m.repositoryUrl}/commit/${m.sha})`
      : code(short);
  const facts = [`**Commit** ${commit}`];
  if (m.report) facts.push(`**Prefect** ${text(m.report.serverVersion)}`);
  lines.push(facts.join(' · '), '');
  if (m.failure) lines.push(`> ❌ ${text(m.failure)}`, '');
  const stopped = m.report && stopText(m.report);
  if (stopped) lines.push(`> ⏹️ ${text(stopped)}`, '');
  if (m.skipped) lines.push(`> ℹ️ ${text(m.skipped)}`, '');

  if (m.report) {
    // One section per stage that has something to show, in pipeline order.
    for (const stage of stages() as readonly AnyStage[]) {
      const body = stage.markdown?.(m.report) ?? [];
      if (body.length) lines.push(...body, '');
    }
  } else if (m.validated && !m.validated.errors.length) {
    lines.push('| Deployment | Flow | Entrypoint |', '| --- | --- | --- |');
    for (const d of m.validated.deployments)
      lines.push(`| ${code(d.name)} | ${text(d.flow ?? '—')} | ${code(d.entrypoint)} |`);
    lines.push('', `**${plural(m.validated.deployments.length, 'deployment')} valid**`);
  }

  const errors = m.validated?.errors ?? m.report?.validation.errors ?? [];
  const warnings = m.validated?.warnings ?? m.report?.validation.warnings ?? [];
  const place = (d: Diagnostic) => `- ${code(`${d.file}:${d.line}:${d.column}`)} ${text(d.message)}`;
  if (errors.length) lines.push('', `**${plural(errors.length, 'error')}**`, '', ...errors.map(place));
  if (warnings.length)
    lines.push(
      '',
      `<details><summary>${plural(warnings.length, 'warning')}</summary>`,
      '',
      ...warnings.map(place),
      '',
      '</details>',
    );
  return lines.join('\n') + '\n';
}

export function imageSection(report: ImageSection): string[] {
  const image = report.image;
  if (!image) return [];
  if (image.unchecked)
    return ['#### Image', '', `not checked (${image.unchecked}): ${code(image.uri)} is the image deploy builds`];
  const state = image.built
    ? 'built'
    : image.tagsWritten.length
      ? 'tagged'
      : image.digest
        ? 'exists'
        : 'would be built';
  const digest = image.digest ? ` (${code(`${image.digest.slice(0, 19)}…`)})` : '';
  const tags = image.tagsWritten.length ? ` · tags written: ${image.tagsWritten.map(code).join(', ')}` : '';
  return ['#### Image', '', `${code(image.uri)}${digest} ${state}${tags}`];
}

export function blocksSection(report: ReportHeader & BlocksSection): string[] {
  if (!report.blocks.length) return [];
  const lines = ['#### Blocks', '', '| Block | Action | Fields changed |', '| --- | --- | --- |'];
  for (const b of report.blocks) {
    const o = blockOutcome(report, b);
    const detail = [...(o.changed.length ? [o.changed.join(', ')] : []), ...blockDetail(b)].join('; ');
    lines.push(`| ${code(b.key)} | ${ICONS[o.action] ?? text(o.action)} | ${text(detail || '—')} |`);
  }
  return lines;
}

export function scriptsSection(report: BlockScriptsSection): string[] {
  const scripts = scriptsText(report);
  return scripts ? ['#### Block scripts', '', text(scripts)] : [];
}

export function stepsSection(report: StepsSection): string[] {
  const steps = stepsText(report);
  return steps ? ['#### Build steps', '', text(steps)] : [];
}

export function automationsSection(report: ReportHeader & AutomationsSection): string[] {
  if (!report.automations.length) return [];
  const lines = ['#### Automations', '', '| Deployment | Action | Automations |', '| --- | --- | --- |'];
  for (const a of report.automations) {
    const o = automationOutcome(report, a);
    lines.push(
      `| ${code(a.deployment)} | ${ICONS[o.action] ?? text(o.action)} | ${a.error ? text(a.error) : text(o.names.join(', ') || '—')} |`,
    );
  }
  return lines;
}

export function codeStorageSection(report: ReportHeader & CodeStorageSection): string[] {
  const line = codeStorageText(report);
  return line ? ['#### Code storage', '', text(line.replace(/^Code: /, ''))] : [];
}

export function workerSection(report: ReportHeader & WorkerSection): string[] {
  const line = workerText(report);
  return line ? ['#### Worker service', '', text(line.replace(/^Worker service /, ''))] : [];
}

export function deploymentsSection(report: ReportHeader & DeploymentsSection): string[] {
  const lines = [
    '#### Deployments',
    '',
    '| Deployment | Flow | Action | Changes | Schedule | Prefect |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const counts = new Map<string, number>();
  for (const e of report.entries) {
    const o = outcome(report, e);
    const action = rowAction(o.action, e);
    counts.set(action, (counts.get(action) ?? 0) + 1);
    const changes = o.error !== undefined ? text(o.error) : e.changes.map((c) => text(changeText(c))).join('<br>');
    const schedules = e.desired?.state.schedules.map((s) => text(scheduleWords(s))).join('<br>') || '—';
    const link = o.id ? `[open](${deploymentUrl(report.apiUrl, o.id)})` : '';
    lines.push(
      `| ${code(e.name)} | ${text(e.flowName || '—')} | ${ICONS[action] ?? text(action)} | ${changes} | ${schedules} | ${link} |`,
    );
  }
  lines.push('', `**${[...counts].map(([a, n]) => `${n} ${a}`).join(', ') || 'no deployments'}**`);
  for (const p of moveParagraphs(report)) {
    lines.push('', `${p.rollback ? '⏪ ' : '⚠️ '}${text(p.lead)}`);
    if (p.commits.length) lines.push('', ...p.commits.map(commitItem));
  }
  return lines;
}

/** A commit a rollback undoes: its abbreviated hash as code, its subject as text ("and N more" as it is). */
function commitItem(line: string): string {
  const m = /^([0-9a-f]{7,40}) (.*)$/.exec(line);
  return m ? `- ${code(m[1])} ${text(m[2])}` : `- ${text(line)}`;
}

/**
 * A pull request's previews: each with its page in the Prefect UI and the command that
 * runs it; after a close, what was removed.
 */
export function previewsSection(report: ReportHeader & DeploymentsSection): string[] {
  const preview = report.preview;
  if (!preview) return [];
  const pr = `pull request #${BREAK}${preview.number}`;
  const done = report.entries.map((e) => ({ e, o: outcome(report, e) }));
  if (preview.close) {
    const removed = done.filter(({ o }) => o.action === 'deleted' || o.action === 'delete');
    const names = removed.map(({ e }) => code(e.name)).join(', ');
    const verb = report.mode === 'plan' ? 'would be removed' : 'were removed';
    return [
      '#### Previews',
      '',
      removed.length
        ? `The previews of ${pr} ${verb}, with their automations: ${names}.`
        : `${pr[0].toUpperCase()}${pr.slice(1)} has no previews left: nothing to remove.`,
    ];
  }
  const shown = done.filter(({ o }) => ['create', 'update', 'unchanged', 'created', 'updated'].includes(o.action));
  if (!shown.length) return [];
  const lines = [
    '#### Previews',
    '',
    `The previews of ${pr} run commit ${code(report.sha.slice(0, 12))}; they are removed when it closes.`,
    '',
    '| Preview | Prefect | Run it |',
    '| --- | --- | --- |',
  ];
  for (const { e, o } of shown) {
    const link = o.id ? `[open](${deploymentUrl(report.apiUrl, o.id)})` : '—';
    lines.push(`| ${code(e.name)} | ${link} | ${code(runCommand(e.flowName, e.name))} |`);
  }
  return lines;
}

/**
 * The markdown cut to `limit` characters at a line boundary, with a note that says so
 * and where the whole report is (GitHub refuses comments over 65,536 characters and
 * step summaries over 1 MiB).
 */
export function truncateMarkdown(markdown: string, limit: number, whole: string): string {
  if (markdown.length <= limit) return markdown;
  const note = `\n\n> ✂️ This report was cut to fit GitHub's size limit: ${whole}.\n`;
  const cut = markdown.lastIndexOf('\n', Math.max(0, limit - note.length));
  return markdown.slice(0, Math.max(0, cut)) + note;
}
