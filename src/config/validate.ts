/**
 * Load and validate a deployments file: YAML, templates, schema, flows, schedules,
 * parameters. Every problem is collected; nothing stops at the first one.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { FlowInfo, FlowReader } from '../flows/read.js';
import { parameterErrors } from '../flows/values.js';
import { closest } from '../text.js';
import { checkBlocks } from './blocks.js';
import { buildModel, type DeploymentSpec, type DeploymentsFile } from './model.js';
import { checkSchema } from './schema-check.js';
import { cronError, dateError, rruleError, timezoneError } from './schedules.js';
import { resolveTemplates, templatesIn, type TemplateValues } from './templates.js';
import { child, entry, holdsSecret, parseYaml, plain, type Pos, type YNode } from './yaml.js';

export interface ValidatedFile {
  file: DeploymentsFile;
  /** The flow each deployment runs, for deployments whose entrypoint could be read. */
  flows: Map<DeploymentSpec, FlowInfo>;
  diagnostics: Diagnostic[];
}

const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];

export function validateFile(path: string, text: string, reader: FlowReader, templates: TemplateValues): ValidatedFile {
  const diagnostics: Diagnostic[] = [];
  const at = (pos: Pos, message: string, severity: Diagnostic['severity'] = 'error') => diagnostics.push({ file: path, ...pos, message, severity });
  const empty: ValidatedFile = { file: { path, deployments: [], blocks: [], blockScripts: [] }, flows: new Map(), diagnostics };

  const parsed = parseYaml(path, text);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.root) {
    if (!parsed.diagnostics.length) at({ line: 1, column: 1 }, "the file is empty; it needs a 'deployments:' list");
    return empty;
  }
  const root = parsed.root;

  for (const e of root.kind === 'map' ? root.entries : []) {
    if (e.key !== 'definitions') resolveTree(e.value, templates, at, e.key === 'pull');
  }
  diagnostics.push(...checkSchema(path, root));
  for (const section of ['build', 'push']) {
    const found = [entry(root, section), ...deploymentNodes(root).map((d) => entry(d, section))].filter((e) => e && e.value.kind === 'seq');
    for (const e of found) at(e!.keyPos, `'${section}' steps are not run: prefect-ecr-deploy's image stage builds and pushes the image`, 'warning');
  }

  const file = buildModel(path, root);
  checkBlocks(file, reader, (pos, message) => at(pos, message));
  const flows = new Map<DeploymentSpec, FlowInfo>();
  const seen = new Map<string, DeploymentSpec>();
  for (const d of file.deployments) {
    const posOf = (key: string): Pos => entry(d.node, key)?.value.pos ?? d.node.pos;
    if (d.name) {
      if (seen.has(d.name)) {
        at(posOf('name'), `duplicate deployment name '${d.name}' (first defined at line ${entry(seen.get(d.name)!.node, 'name')!.value.pos.line})`);
      } else {
        seen.set(d.name, d);
      }
      const banned = BANNED_NAME_CHARACTERS.filter((c) => d.name.includes(c));
      if (banned.length) at(posOf('name'), `deployment name '${d.name}' contains ${banned.join(' ')}; Prefect rejects names with any of / % & > <`);
    }
    if (!d.workPool?.name && !d.infrastructureBlock) {
      at(entry(d.node, 'name')?.keyPos ?? d.node.pos, `deployment '${d.name}' has no work pool: set work_pool.name (or ib-block for Prefect 2 agents)`);
    }
    checkNamingFields(d, at);
    d.schedules.forEach((s) => checkSchedule(s.node, at));
    if (d.entrypoint) {
      const result = reader.read(d.entrypoint);
      if (!result.ok) {
        at(posOf('entrypoint'), result.message);
      } else {
        flows.set(d, result.flow);
        for (const note of result.flow.notes) at(posOf('entrypoint'), `${result.flow.file}: ${note.message}`, 'warning');
        checkParameters(d, result.flow, at);
      }
    }
  }
  return { file, flows, diagnostics };
}

function deploymentNodes(root: YNode): YNode[] {
  const list = child(root, 'deployments');
  return list?.kind === 'seq' ? list.items : [];
}

type At = (pos: Pos, message: string, severity?: Diagnostic['severity']) => void;

/**
 * Resolves `{{ sha }}`, `{{ env }}` and `{{ $VAR }}` in place and reports bad templates.
 * Marks what is secret-bearing: environment values, and Prefect variables and blocks
 * outside pull steps (in pull steps they stay templates until a run starts).
 */
function resolveTree(node: YNode, values: TemplateValues, at: At, inPull: boolean): void {
  if (node.kind === 'map') for (const e of node.entries) resolveTree(e.value, values, at, inPull || e.key === 'pull');
  else if (node.kind === 'seq') for (const i of node.items) resolveTree(i, values, at, inPull);
  else if (typeof node.value === 'string' && node.value.includes('{{')) {
    const laterSecret = !inPull && templatesIn(node.value).some((t) => /^prefect\.(variables|blocks)\./.test(t.expr));
    const { value, errors, secret } = resolveTemplates(node.value, values);
    node.value = value;
    if (secret || laterSecret) node.secret = true;
    for (const e of errors) at(node.pos, e);
  }
}

/** Where a value names something (shown in every plan, summary and comment), a secret-bearing template is refused. */
const NAMING_FIELDS: [string, ...string[]][] = [['name'], ['entrypoint'], ['work_pool', 'name'], ['work_pool', 'work_queue_name']];

function checkNamingFields(d: DeploymentSpec, at: At): void {
  const refuse = (node: YNode | undefined, what: string) => {
    if (node && holdsSecret(node)) at(node.pos, `${what} cannot come from the environment, a Prefect variable or a block: names are shown in every plan and pull request comment`);
  };
  for (const [first, ...rest] of NAMING_FIELDS) {
    const node = rest.reduce<YNode | undefined>((n, key) => child(n, key), child(d.node, first));
    refuse(node, [first, ...rest].join('.'));
  }
  for (const s of d.schedules) refuse(child(s.node, 'slug'), 'a schedule slug');
}

/** A message about a secret-bearing value, with the value itself replaced by `***`. */
function hidden(node: YNode, message: string): string {
  return node.kind === 'scalar' && node.secret && node.value !== null && String(node.value) !== '' ? message.split(String(node.value)).join('***') : message;
}

function checkSchedule(node: YNode, at: At): void {
  const kinds = ['cron', 'interval', 'rrule'].filter((k) => entry(node, k));
  if (kinds.length === 0) at(node.pos, 'a schedule needs one of cron, interval or rrule');
  if (kinds.length > 1) at(entry(node, kinds[1])!.keyPos, `a schedule takes one of cron, interval or rrule, not ${kinds.join(' and ')}; use a list of schedules`);
  const value = (key: string) => {
    const n = child(node, key);
    return n?.kind === 'scalar' ? n.value : undefined;
  };
  const cron = value('cron');
  if (typeof cron === 'string') report(at, child(node, 'cron')!, cronError(cron));
  const rrule = value('rrule');
  if (typeof rrule === 'string') report(at, child(node, 'rrule')!, rruleError(rrule));
  const tz = value('timezone');
  if (typeof tz === 'string') report(at, child(node, 'timezone')!, timezoneError(tz));
  if (entry(node, 'anchor_date') && entry(node, 'anchor-date')) at(entry(node, 'anchor-date')!.keyPos, "use either anchor_date or anchor-date, not both");
  for (const key of ['anchor_date', 'anchor-date']) {
    const v = value(key);
    if (typeof v === 'string') report(at, child(node, key)!, dateError(v));
    if (entry(node, key) && !entry(node, 'interval')) at(entry(node, key)!.keyPos, `${key} applies to interval schedules only`);
  }
  if (entry(node, 'day_or') && !entry(node, 'cron')) at(entry(node, 'day_or')!.keyPos, 'day_or applies to cron schedules only');
}

function report(at: At, node: YNode, message: string | undefined): void {
  if (message) at(node.pos, hidden(node, message));
}

function checkParameters(d: DeploymentSpec, flow: FlowInfo, at: At): void {
  const schema = flow.parameterSchema;
  const names = Object.keys(schema.properties);
  const check = (paramsNode: YNode | undefined) => {
    if (paramsNode?.kind !== 'map') return;
    const known = paramsNode.entries.filter((e) => schema.properties[e.key]);
    // Checked together, as Prefect's server checks them: against the whole schema.
    const secret = new Set(known.filter((e) => holdsSecret(e.value)).map((e) => e.key));
    const errors = parameterErrors(schema, Object.fromEntries(known.map((e) => [e.key, plain(e.value)])), (name) => secret.has(name));
    for (const e of paramsNode.entries) {
      if (!schema.properties[e.key]) {
        if (flow.acceptsAnyParameter) continue;
        const hint = closest(e.key, names);
        at(e.keyPos, `flow '${flow.name}' (${flow.file}) has no parameter '${e.key}'${hint ? ` (did you mean '${hint}'?)` : names.length ? `; its parameters: ${names.join(', ')}` : '; it takes no parameters'}`);
        continue;
      }
      const error = errors.get(e.key);
      if (error) at(e.value.pos, `parameter '${e.key}' of flow '${flow.name}': ${error}`);
    }
  };
  check(child(d.node, 'parameters'));
  d.schedules.forEach((s) => check(child(s.node, 'parameters')));

  const required = schema.required ?? [];
  const missing = (extra: Record<string, unknown>) => required.filter((r) => !(r in d.parameters) && !(r in extra));
  const namePos = entry(d.node, 'name')?.value.pos ?? d.node.pos;
  const active = d.schedules.filter((s) => s.active);
  for (const s of active) {
    const m = missing(s.parameters);
    if (m.length) at(s.node.pos, `scheduled runs of '${d.name}' would fail: required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value`);
  }
  if (!active.length) {
    const m = missing({});
    if (m.length) at(namePos, `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value; every run must pass ${m.length > 1 ? 'them' : 'it'}`, 'warning');
  }
}

