/**
 * Load and validate a deployments file: YAML, templates, schema, steps, flows,
 * schedules, parameters, triggers. Every problem is collected; nothing stops at the
 * first one. The policy beyond Prefect's own checks: what prefect deploy would
 * silently get wrong is an error; what it would register but get wrong at run time,
 * or ignore, is a warning marked `strict` (an error with --strict).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { FlowInfo, FlowReader } from '../flows/read.js';
import { markSecret } from '../secrets.js';
import { DEFAULT_WORKDIR } from '../settings.js';
import { missingFields, parameterErrors } from '../flows/values.js';
import { closest } from '../text.js';
import { checkBlocks } from './blocks.js';
import { laxBool, laxDuration } from './coerce.js';
import { buildModel, scheduleNodes, type DeploymentSpec, type DeploymentsFile } from './model.js';
import { checkSchema } from './schema-check.js';
import { cronError, cronSecondsWarning, dateError, rruleError, timezoneError } from './schedules.js';
import { PYTHON } from '../steps/python.js';
import {
  checkPullReferences,
  checkSteps,
  DOCKER_BUILD,
  DOCKER_PUSH,
  isPythonStep,
  markSecretOutputs,
  outputNames,
  PUSH_TO_S3,
  readSteps,
  secretSteps,
  SHELL,
  UNSUPPORTED_STORAGE,
  type Step,
} from './steps.js';
import { placeholdersIn, resolveTemplates, type TemplateSection, type TemplateValues } from './templates.js';
import { readTrigger } from './triggers.js';
import { child, entry, holdsSecret, parseYaml, plain, type Pos, type YMap, type YNode } from './yaml.js';

export interface ValidatedFile {
  file: DeploymentsFile;
  /** The flow each deployment runs, for deployments whose entrypoint could be read. */
  flows: Map<DeploymentSpec, FlowInfo>;
  diagnostics: Diagnostic[];
}

const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];

type At = (pos: Pos, message: string, severity?: Diagnostic['severity'], strict?: boolean) => void;

/**
 * Which Python step functions can be imported: for each, undefined where it can, else
 * why not (steps/python.ts probes python3 on PATH). Without it, none can.
 */
export type StepFunctionProbe = (fns: string[]) => Map<string, string | undefined>;

/** `prune`: the run removes what this tool registered that the file no longer has, so an empty list means something. */
export function validateFile(
  path: string,
  text: string,
  reader: FlowReader,
  templates: TemplateValues,
  prune = false,
  probe?: StepFunctionProbe,
): ValidatedFile {
  const diagnostics: Diagnostic[] = [];
  const at: At = (pos, message, severity = 'error', strict) =>
    diagnostics.push({ file: path, ...pos, message, severity, ...(strict ? { strict } : {}) });
  const empty: ValidatedFile = {
    file: { path, deployments: [], blocks: [], blockScripts: [] },
    flows: new Map(),
    diagnostics,
  };

  const parsed = parseYaml(path, text);
  diagnostics.push(...parsed.diagnostics);
  if (!parsed.root) {
    if (!parsed.diagnostics.length) at({ line: 1, column: 1 }, "the file is empty; it needs a 'deployments:' list");
    return empty;
  }
  const root = parsed.root;
  skipUnnamed(root, at);

  // Templates mean different things in each part of the file; build step outputs are each deployment's own.
  const fileSteps = [...readSteps(child(root, 'build')), ...readSteps(child(root, 'push'))];
  for (const e of root.kind === 'map' ? root.entries : []) {
    if (e.key === 'definitions') continue;
    if (e.key === 'deployments' && e.value.kind === 'seq') {
      for (const d of e.value.items)
        resolveDeployment(d, { ...templates, outputs: outputNames(deploymentSteps(root, d)) }, at);
    } else {
      const section: TemplateSection =
        e.key === 'pull'
          ? 'pull'
          : e.key === 'build' || e.key === 'push'
            ? 'steps'
            : e.key === 'blocks'
              ? 'block-data'
              : 'deployment';
      resolveTree(e.value, { ...templates, outputs: outputNames(fileSteps) }, at, section);
    }
  }
  diagnostics.push(...checkSchema(path, root));
  checkStepSections(root, at, probe);
  // What reads a secret-bearing step's output is secret-bearing too (once the steps' own templates are marked).
  const deploymentNodes =
    child(root, 'deployments')?.kind === 'seq' ? (child(root, 'deployments') as { items: YNode[] }).items : [];
  for (const d of deploymentNodes) {
    if (d.kind !== 'map') continue;
    const steps = deploymentSteps(root, d);
    const secret = secretSteps(steps);
    for (const e of d.entries) if (e.key !== 'build' && e.key !== 'push') markSecretOutputs(e.value, steps, secret);
    if (!entry(d, 'pull')) markSecretOutputs(child(root, 'pull'), steps, secret);
  }

  const file = buildModel(path, root);
  if (child(root, 'deployments')?.kind === 'seq' && !file.deployments.length) {
    // prefect deploy --all refuses such a file ("An entrypoint must be provided"); with --prune it means: remove them all.
    const where = entry(root, 'deployments')!.keyPos;
    if (prune)
      at(
        where,
        'the file has no deployments: --prune removes every deployment this tool registered for it (prefect deploy --all refuses such a file)',
        'warning',
      );
    else
      at(
        where,
        'the file has no deployments: nothing to register (prefect deploy --all refuses such a file: "An entrypoint must be provided"); to remove what this tool registered, pass --prune',
      );
  }
  checkBlocks(file, reader, (pos, message) => at(pos, message));
  const flows = new Map<DeploymentSpec, FlowInfo>();
  const seen = new Map<string, DeploymentSpec>();
  for (const d of file.deployments) {
    const posOf = (key: string): Pos => entry(d.node, key)?.value.pos ?? d.node.pos;
    if (d.name) {
      const banned = BANNED_NAME_CHARACTERS.filter((c) => d.name.includes(c));
      if (banned.length)
        at(
          posOf('name'),
          `deployment name '${d.shownName}' contains ${banned.join(' ')}; Prefect rejects names with any of / % & > <`,
        );
    }
    if (!d.workPool?.name && !d.infrastructureBlock) {
      at(
        entry(d.node, 'name')?.keyPos ?? d.node.pos,
        `deployment '${d.shownName}' has no work pool: set work_pool.name (or ib-block for Prefect 2 agents)`,
      );
    }
    checkNamingFields(d, at);
    checkDeploymentFields(d, at);
    for (const s of scheduleNodes(d.node)) checkSchedule(s, at);
    checkTriggers(d, at);
    if (d.entrypoint) {
      const result = reader.read(d.entrypoint);
      if (!result.ok) {
        at(posOf('entrypoint'), result.message);
      } else {
        flows.set(d, result.flow);
        for (const note of result.flow.notes)
          at(posOf('entrypoint'), `${result.flow.file}: ${note.message}`, 'warning', note.strict);
        checkParameters(d, result.flow, at);
        if (d.flowName !== undefined && d.flowName !== result.flow.name) {
          at(
            posOf('flow_name'),
            `flow_name '${d.flowName}' is not the flow's name '${result.flow.name}': prefect deploy ignores flow_name and registers '${result.flow.name}'`,
            'warning',
            true,
          );
        }
        // Names are unique per flow: the same flow and name twice would overwrite each other.
        const key = `${result.flow.name}/${d.name}`;
        const first = seen.get(key);
        if (d.name && first) {
          at(
            posOf('name'),
            `deployment '${d.shownName}' of flow '${result.flow.name}' is defined twice (first at line ${entry(first.node, 'name')!.value.pos.line}): the second would replace the first`,
          );
        } else {
          seen.set(key, d);
        }
      }
    }
  }
  return { file, flows, diagnostics };
}

/** A deployment's build then push steps: its own sections, else the file's. */
/**
 * An entry whose name is missing or null (`prefect init` writes one) is skipped, as `prefect deploy --all`
 * skips it ("Discovered unnamed deployment. Skipping..."); an empty name is still an error.
 */
function skipUnnamed(root: YNode, at: At): void {
  const list = child(root, 'deployments');
  if (list?.kind !== 'seq') return;
  list.items = list.items.filter((d) => {
    const name = d.kind === 'map' ? entry(d, 'name')?.value : undefined;
    const unnamed = d.kind === 'map' && (!name || (name.kind === 'scalar' && name.value === null));
    if (unnamed) at(d.pos, 'a deployment without a name is skipped, as prefect deploy --all skips it', 'warning', true);
    return !unnamed;
  });
}

function deploymentSteps(root: YNode, d: YNode): Step[] {
  return [
    ...readSteps(entry(d, 'build') ? child(d, 'build') : child(root, 'build')),
    ...readSteps(entry(d, 'push') ? child(d, 'push') : child(root, 'push')),
  ];
}

/** A deployment's templates: triggers keep run-time templates only in their parameters; pull steps keep theirs. */
function resolveDeployment(node: YNode, values: TemplateValues, at: At): void {
  if (node.kind !== 'map') return resolveTree(node, values, at, 'deployment');
  const left: string[] = [];
  for (const e of node.entries) {
    if (e.key === 'pull') resolveTree(e.value, values, at, 'pull');
    else if (e.key === 'build' || e.key === 'push') resolveTree(e.value, values, at, 'steps');
    else if (e.key === 'triggers' && e.value.kind === 'seq') {
      for (const t of e.value.items) {
        if (t.kind !== 'map') continue;
        for (const f of t.entries)
          resolveTree(f.value, values, at, f.key === 'parameters' ? 'trigger-parameters' : 'trigger');
      }
    } else if (resolveScalar(e.value, values, at, 'deployment', false, e.key)) left.push(e.key);
  }
  leaveOut(node, left);
}

function leaveOut(node: YMap, keys: string[]): void {
  if (!keys.length) return;
  node.entries = node.entries.filter((e) => !keys.includes(e.key));
  node.leftOut = [...(node.leftOut ?? []), ...keys];
}

/**
 * Fills `{{ sha }}`, `{{ env }}` and `{{ $VAR }}` in place and reports bad templates.
 * Marks what is secret-bearing: environment values, and Prefect variables and blocks
 * outside pull steps (in pull steps they stay templates until a run starts). A value
 * that was one whole template is marked `templated`: Prefect types it once filled.
 */
function resolveTree(
  node: YNode,
  values: TemplateValues,
  at: At,
  section: TemplateSection,
  listItem = false,
  place?: string,
): void {
  if (node.kind === 'map') {
    // A value that is only a template nothing fills: prefect deploy leaves its key out, and so does this tool.
    const left = node.entries
      .filter((e) => resolveScalar(e.value, values, at, section, false, place ? `${place}.${e.key}` : e.key))
      .map((e) => e.key);
    leaveOut(node, left);
  } else if (node.kind === 'seq') for (const i of node.items) resolveTree(i, values, at, section, true, place);
  else resolveScalar(node, values, at, section, listItem, place);
}

/** A node's templates resolved (a map or list, each of its values); true when prefect deploy would leave this value out. */
function resolveScalar(
  node: YNode,
  values: TemplateValues,
  at: At,
  section: TemplateSection,
  listItem: boolean,
  place?: string,
): boolean {
  if (node.kind !== 'scalar') {
    resolveTree(node, values, at, section, listItem, place);
    return false;
  }
  if (typeof node.value !== 'string' || !node.value.includes('{{')) return false;
  const refs = placeholdersIn(node.value);
  const whole = refs.length === 1 && refs[0].start === 0 && refs[0].end === node.value.length;
  if (
    whole &&
    listItem &&
    section !== 'pull' &&
    section !== 'steps' &&
    section !== 'block-data' &&
    dropsListItem(refs[0].expr)
  ) {
    at(
      node.pos,
      `a list item that is only {{ ${refs[0].expr} }}: prefect deploy drops it (its first templating pass removes list items it cannot fill yet); write it inside text, or outside a list`,
    );
    return false;
  }
  const laterSecret = section !== 'pull' && refs.some((t) => /^prefect\.(variables|blocks)\./.test(t.expr));
  const written = node.value;
  const { value, errors, warnings, secret, dropped } = resolveTemplates(node.value, values, section, place);
  if (whole && value !== node.value) node.templated = true;
  node.value = value;
  if (secret || laterSecret) {
    node.secret = true;
    node.written = written;
  }
  for (const e of errors) at(node.pos, e);
  for (const w of warnings) at(node.pos, w, 'warning', true);
  return dropped === true && !errors.length;
}

/** prefect deploy fills environment variables, Prefect variables and blocks before anything else; other whole templates in lists are lost. */
function dropsListItem(expr: string): boolean {
  return (
    !/^(\$|prefect\.variables\.|prefect\.blocks\.)/.test(expr) &&
    !['sha', 'env', 'image', 'image_digest'].includes(expr)
  );
}

/**
 * Where a value names something (shown in every plan, summary and comment), a
 * secret-bearing template is refused; but a deployment name may come from the
 * environment (`{{ $ENV }}-flow`), as in prefect deploy: it is shown as written.
 */
const NAMING_FIELDS: [string, ...string[]][] = [
  ['name'],
  ['entrypoint'],
  ['work_pool', 'name'],
  ['work_pool', 'work_queue_name'],
];

function checkNamingFields(d: DeploymentSpec, at: At): void {
  const refuse = (node: YNode | undefined, what: string) => {
    if (node && holdsSecret(node))
      at(
        node.pos,
        `${what} cannot come from the environment, a Prefect variable or a block: names are shown in every plan and pull request comment`,
      );
  };
  const name = child(d.node, 'name');
  if (name?.kind === 'scalar' && name.secret && name.written !== undefined && !/\{\{\s*prefect\./.test(name.written)) {
    // The filled name reaches the server only; wherever it might still be printed (an automation's name), it is masked.
    markSecret(d.name);
  } else if (name && holdsSecret(name)) {
    at(
      name.pos,
      'name cannot come from a Prefect variable, a block or a secret-bearing step output: names are shown in every plan and pull request comment (one from the environment, {{ $VAR }}, is shown as written)',
    );
  }
  for (const [first, ...rest] of NAMING_FIELDS.slice(1)) {
    const node = rest.reduce<YNode | undefined>((n, key) => child(n, key), child(d.node, first));
    refuse(node, [first, ...rest].join('.'));
  }
  for (const s of d.schedules) refuse(child(s.node, 'slug'), 'a schedule slug');
}

/** What happens to a value the schema refuses where Prefect does not check it when deploying. */
function refusedLater(schedule: boolean): string {
  // The scheduler makes runs without checking their parameters (models/deployments.py); the flow checks them.
  if (schedule) return 'Prefect registers the schedule, and its runs fail when the flow checks its parameters';
  return 'Prefect registers it (enforce_parameter_schema: false), and runs fail when the flow checks its parameters';
}

/** Checks of deployment fields beyond their types. */
function checkDeploymentFields(d: DeploymentSpec, at: At): void {
  const node = d.node;
  const one = child(node, 'schedule');
  if (one?.kind === 'map' && one.entries.length && entry(node, 'schedules')) {
    at(
      entry(node, 'schedules')!.keyPos,
      "both 'schedule' and 'schedules' are set: prefect deploy refuses this; use only schedules",
    );
  }
  const tags = child(node, 'tags');
  if (tags?.kind === 'scalar' && typeof tags.value === 'string' && !placeholdersIn(tags.value).length) {
    at(
      tags.pos,
      `tags is text, not a list: prefect deploy registers each of its characters as a tag (${JSON.stringify([...tags.value].filter((c) => c.trim()).slice(0, 5))}...); write a list`,
      'warning',
      true,
    );
  }
  const versionType = d.versionType;
  if (versionType && !['prefect:simple', 'vcs:github', 'vcs:git'].includes(versionType)) {
    at(
      child(node, 'version_type')!.pos,
      `version_type ${versionType}: prefect deploy reads it from that CI service's variables; here the version information is registered as prefect:simple`,
      'warning',
      true,
    );
  }
  const limit = child(node, 'concurrency_limit');
  if (limit?.kind === 'map' && child(limit, 'limit') === undefined) {
    at(
      limit.pos,
      'concurrency_limit has no limit: prefect deploy registers no limit, only the collision strategy (which then has no effect)',
      'warning',
      true,
    );
  }
}

/** Build and push steps run when deploying: what this tool cannot run is an error naming what to use instead. */
function checkStepSections(root: YNode, at: At, probe?: StepFunctionProbe): void {
  // Each section, with the build and push steps whose outputs prefect deploy fills into it.
  const sections: [YNode | undefined, 'build' | 'push' | 'pull', Step[]][] = [];
  const deployments =
    child(root, 'deployments')?.kind === 'seq' ? (child(root, 'deployments') as { items: YNode[] }).items : [];
  const rootSteps = [...readSteps(child(root, 'build')), ...readSteps(child(root, 'push'))];
  for (const kind of ['build', 'push', 'pull'] as const) {
    // The file's pull steps run after any deployment's build and push steps.
    sections.push([
      child(root, kind),
      kind,
      kind === 'pull' ? [...rootSteps, ...deployments.flatMap((d) => deploymentSteps(root, d))] : [],
    ]);
    for (const d of deployments) sections.push([child(d, kind), kind, kind === 'pull' ? deploymentSteps(root, d) : []]);
  }
  const refsOf = (n: YNode): { expr: string; pos: Pos }[] => {
    if (n.kind === 'map') return n.entries.filter((e) => e.key !== 'id').flatMap((e) => refsOf(e.value));
    if (n.kind === 'seq') return n.items.flatMap(refsOf);
    return typeof n.value === 'string' ? placeholdersIn(n.value).map((t) => ({ expr: t.expr, pos: n.pos })) : [];
  };
  // One probe for every Python step function of the file, before anything runs.
  const fns = [
    ...new Set(
      sections.flatMap(([node, kind]) =>
        kind === 'pull'
          ? []
          : readSteps(node)
              .map((s) => s.fn)
              .filter(isPythonStep),
      ),
    ),
  ];
  const importable = fns.length
    ? (probe?.(fns) ?? new Map(fns.map((fn) => [fn, 'no Python was asked to import it'])))
    : new Map<string, string | undefined>();
  for (const [node, kind, before] of sections) {
    if (!node) continue;
    for (const issue of checkSteps(node, kind))
      at(issue.pos, issue.message, issue.severity, issue.severity === 'warning');
    for (const step of readSteps(node)) {
      if (UNSUPPORTED_STORAGE.has(step.fn))
        at(
          stepPos(step),
          `${kind} step ${step.fn} is not supported: only S3 code storage (prefect_aws push_to_s3 and pull_from_s3) is reachable from prefect-ecr-deploy; keep the code in S3, or in the image`,
        );
      else if (kind !== 'pull') checkRunnableStep(step, kind, at, importable);
    }
    if (kind === 'pull')
      for (const issue of checkPullReferences(node, refsOf, before))
        at(issue.pos, issue.message, issue.severity, issue.severity === 'warning');
  }
}

const stepPos = (step: Step): Pos => (step.node.kind === 'map' ? step.node.entries[0].keyPos : step.node.pos);

/**
 * A build or push step: the docker steps configure the image stage, push_to_s3 the code storage stage,
 * shell scripts run, Python functions run where python3 can import them; others cannot run here.
 */
function checkRunnableStep(
  step: Step,
  kind: 'build' | 'push',
  at: At,
  importable: Map<string, string | undefined>,
): void {
  const pos = stepPos(step);
  if (step.fn === DOCKER_BUILD || step.fn === DOCKER_PUSH) {
    if (step.inputs.dockerfile === 'auto') {
      // Not prefect deploy's generated one (COPY . /opt/prefect/<directory>): runs start in the default pull step's directory.
      at(
        pos,
        `dockerfile: auto: prefect-ecr-deploy's image stage builds from a Dockerfile in the repository; write one that copies the repository into WORKDIR ${DEFAULT_WORKDIR} (the default pull step's directory; --workdir, input workdir, for another), as examples/Dockerfile does`,
      );
    }
    const what = step.fn === DOCKER_BUILD ? 'builds' : 'pushes';
    at(
      pos,
      `${kind} step ${step.fn.split('.').pop()}: the image stage ${what} the image instead, to Amazon ECR (with --repository, or an ECR image name here; without either nothing is built); where no image option is given, this step's settings are its settings, and its outputs are the image stage's image`,
      'warning',
    );
    return;
  }
  if (step.fn === PUSH_TO_S3) return checkPushToS3(step, kind, pos, at);
  if (step.fn === SHELL) {
    if (step.inputs.shell === true)
      at(
        pos,
        'run_shell_script with shell: true: prefect-ecr-deploy never runs a shell; write one command a line (each is split as shlex.split does)',
      );
    if (typeof step.inputs.script !== 'string')
      at(pos, 'run_shell_script needs script: the commands to run, one a line');
    return;
  }
  if (isPythonStep(step.fn)) {
    const why = importable.get(step.fn);
    if (why === undefined) return;
    const requires = step.node.kind === 'map' ? child(step.node.entries[0].value, 'requires') : undefined;
    const install = requires
      ? ` (prefect deploy would pip install ${JSON.stringify(plain(requires))} first; this tool installs nothing)`
      : '';
    at(
      pos,
      `${kind} step ${step.fn} cannot run: ${why}${install}; prefect deploy imports and calls it, and so does prefect-ecr-deploy where ${PYTHON} on PATH can import it: install its package there, or keep its module in the repository`,
    );
    return;
  }
  at(
    pos,
    `${kind} step ${step.fn} cannot run in prefect-ecr-deploy: the image stage builds and pushes the image, push_to_s3 steps are the code storage stage, and values come from templates ({{ sha }} for the commit, {{ env }} for the environment, {{ $VAR }} for the environment's variables) or run_shell_script steps`,
  );
}

/**
 * push_to_s3: the code storage stage uploads instead, to the bucket and folder the step
 * names (unless --code-storage is given); what it would do otherwise is an error.
 */
function checkPushToS3(step: Step, kind: 'build' | 'push', pos: Pos, at: At): void {
  for (const key of ['bucket', 'folder']) {
    const value = step.inputs[key];
    // push_to_s3 takes both, as text: prefect deploy fails without them.
    if (typeof value !== 'string')
      at(
        entry(step.inputsNode, key)?.value.pos ?? pos,
        `push_to_s3 needs ${key}: text (${key === 'bucket' ? 'the S3 bucket' : 'the key prefix the files go under'}); prefect deploy fails without it`,
      );
  }
  if ('ignore_file' in step.inputs && step.inputs.ignore_file !== '.prefectignore') {
    at(
      entry(step.inputsNode, 'ignore_file')!.value.pos,
      "push_to_s3 ignore_file: the code storage stage reads the root's .prefectignore (and uploads only what git ls-files lists); remove ignore_file, or name .prefectignore",
    );
  }
  if ('client_parameters' in step.inputs) {
    at(
      entry(step.inputsNode, 'client_parameters')!.keyPos,
      "push_to_s3 client_parameters: the code storage stage reaches S3 with this run's AWS settings (AWS_REGION, AWS_ENDPOINT_URL_S3), not these",
      'warning',
      true,
    );
  }
  at(
    pos,
    `${kind} step push_to_s3: the code storage stage uploads the repository's files to its bucket and folder instead, with this run's AWS credentials (--code-storage, when given, is used instead: one folder per commit); its outputs are that bucket and folder`,
    'warning',
  );
}

/** A message about a secret-bearing value, with the value itself replaced by `***`. */
function hidden(node: YNode, message: string): string {
  return node.kind === 'scalar' && node.secret && node.value !== null && String(node.value) !== ''
    ? message.split(String(node.value)).join('***')
    : message;
}

function checkSchedule(node: YNode, at: At): void {
  const set = (k: string) =>
    entry(node, k) && child(node, k)?.kind === 'scalar' && (child(node, k) as { value: unknown }).value !== null;
  const kinds = ['cron', 'interval', 'rrule'].filter(set);
  if (kinds.length === 0) at(node.pos, 'a schedule needs one of cron, interval or rrule');
  if (kinds.length > 1)
    at(
      entry(node, kinds[1])!.keyPos,
      `a schedule takes one of cron, interval or rrule, not ${kinds.join(' and ')}; use a list of schedules`,
    );
  const value = (key: string) => {
    const n = child(node, key);
    return n?.kind === 'scalar' ? n.value : undefined;
  };
  const pending = (v: unknown) => typeof v === 'string' && placeholdersIn(v).length > 0;
  const cron = value('cron');
  if (typeof cron === 'string' && !pending(cron)) {
    report(at, child(node, 'cron')!, cronError(cron));
    const seconds = cronSecondsWarning(cron);
    if (seconds) at(child(node, 'cron')!.pos, hidden(child(node, 'cron')!, seconds), 'warning', true);
  }
  const rrule = value('rrule');
  if (typeof rrule === 'string' && !pending(rrule)) report(at, child(node, 'rrule')!, rruleError(rrule));
  const tz = value('timezone');
  if (typeof tz === 'string' && !pending(tz)) report(at, child(node, 'timezone')!, timezoneError(tz));
  const interval = value('interval');
  if (interval !== undefined && interval !== null && !pending(interval)) {
    const seconds = laxDuration(interval);
    if (seconds === undefined)
      report(
        at,
        child(node, 'interval')!,
        `interval '${interval}' is not a duration: write seconds (3600), ISO 8601 (PT1H) or HH:MM:SS (01:00:00)`,
      );
    else if (seconds <= 0) report(at, child(node, 'interval')!, "'interval' must be greater than 0");
  }
  for (const key of ['active', 'day_or']) {
    const v = value(key);
    if (typeof v === 'string' && !pending(v) && laxBool(v) === undefined)
      report(
        at,
        child(node, key)!,
        `${key} '${v}' is not true or false (prefect deploy reads yes/no, on/off, 1/0 and true/false)`,
      );
  }
  if (entry(node, 'anchor_date') && entry(node, 'anchor-date'))
    at(entry(node, 'anchor-date')!.keyPos, 'use either anchor_date or anchor-date, not both');
  // An unquoted date is a date, not text: prefect deploy then reads the schedule as an IntervalSchedule, which takes nothing else.
  const anchor = child(node, 'anchor_date');
  const others =
    node.kind === 'map'
      ? node.entries.filter((e) => !['interval', 'anchor_date', 'timezone'].includes(e.key)).map((e) => e.key)
      : [];
  if (anchor?.kind === 'scalar' && (anchor.type === 'date' || anchor.type === 'timestamp') && others.length) {
    at(
      anchor.pos,
      `an unquoted date in anchor_date beside ${others.join(', ')}: prefect deploy refuses this schedule (it reads the date as a date, not text); quote it: "${anchor.value}"`,
    );
  }
  for (const key of ['anchor_date', 'anchor-date']) {
    const v = value(key);
    if (typeof v === 'string' && !pending(v)) report(at, child(node, key)!, dateError(v));
    if (entry(node, key) && !entry(node, 'interval'))
      at(entry(node, key)!.keyPos, `${key} applies to interval schedules only`);
  }
  if (entry(node, 'day_or') && !entry(node, 'cron'))
    at(entry(node, 'day_or')!.keyPos, 'day_or applies to cron schedules only');
}

function report(at: At, node: YNode, message: string | undefined): void {
  if (message) at(node.pos, hidden(node, message));
}

/** Each trigger read as prefect deploy reads it: errors where it would fail, warnings for keys it ignores. */
function checkTriggers(d: DeploymentSpec, at: At): void {
  const step = (n: YNode | undefined, k: string | number) =>
    typeof k === 'number' ? (n?.kind === 'seq' ? n.items[k] : undefined) : child(n, k);
  d.triggers.forEach((t, i) => {
    for (const p of readTrigger(t.spec, i + 1, d.shownName, true).problems) {
      // An unknown key is shown at the key, any other problem at its value.
      const parent = p.path.slice(0, -1).reduce(step, t.node as YNode | undefined);
      const last = p.path[p.path.length - 1];
      const keyPos = typeof last === 'string' ? entry(parent, last)?.keyPos : undefined;
      const valuePos = last === undefined ? undefined : step(parent, last)?.pos;
      const pos = (p.message.startsWith('unknown') ? keyPos : (valuePos ?? keyPos)) ?? t.node.pos;
      at(pos, p.message, p.severity, p.severity === 'warning');
    }
  });
  if (d.sla) {
    for (const [i, s] of d.sla.specs.entries()) {
      const pos = d.sla.node.kind === 'seq' ? d.sla.node.items[i].pos : d.sla.node.pos;
      const sla = s as Record<string, unknown>;
      if (!sla || typeof sla !== 'object' || typeof sla.name !== 'string') at(pos, 'an SLA needs a name');
      else if (!['duration', 'within', 'stale_after'].some((k) => k in sla))
        at(pos, `SLA '${sla.name}' needs duration (time to completion), within (lateness) or stale_after (frequency)`);
    }
  }
}

/**
 * Parameter values against the flow's schema, as Prefect checks them: with
 * enforce_parameter_schema on (Prefect 3's default; off for Prefect 2 agents' ib-block),
 * the server refuses a deployment whose parameters do not match (required fields
 * aside), so that is an error; schedules' parameters are not checked until a run, and
 * a required field missing inside a value is never checked before a run: warnings.
 */
function checkParameters(d: DeploymentSpec, flow: FlowInfo, at: At): void {
  const schema = flow.parameterSchema;
  const names = Object.keys(schema.properties);
  const enforced = d.enforceParameterSchema ?? !d.infrastructureBlock;
  const check = (paramsNode: YNode | undefined, refused: boolean) => {
    if (paramsNode?.kind !== 'map') return;
    const known = paramsNode.entries.filter((e) => schema.properties[e.key]);
    // Checked together, as Prefect's server checks them: against the whole schema.
    const secret = new Set(known.filter((e) => holdsSecret(e.value)).map((e) => e.key));
    const values = Object.fromEntries(known.map((e) => [e.key, plain(e.value)]));
    const errors = parameterErrors(schema, values, (name) => secret.has(name));
    const missing = missingFields(schema, values);
    for (const e of paramsNode.entries) {
      if (!schema.properties[e.key]) {
        if (flow.acceptsAnyParameter) continue;
        const hint = closest(e.key, names);
        const message = `flow '${flow.name}' (${flow.file}) has no parameter '${e.key}'`;
        // A near miss means what the file says is not what runs get; another name is passed and refused when a run starts.
        if (hint) at(e.keyPos, `${message} (did you mean '${hint}'?)`);
        else
          at(
            e.keyPos,
            `${message}${names.length ? `; its parameters: ${names.join(', ')}` : '; it takes no parameters'}: Prefect registers it, and runs fail`,
            'warning',
            true,
          );
        continue;
      }
      const what = `parameter '${e.key}' of flow '${flow.name}'`;
      const error = errors.get(e.key);
      if (error && refused)
        at(e.value.pos, `${what}: ${error}: Prefect refuses the deployment (enforce_parameter_schema is on)`);
      else if (error)
        at(
          e.value.pos,
          `${what}: ${error}: ${refusedLater(paramsNode !== child(d.node, 'parameters'))}`,
          'warning',
          true,
        );
      else if (missing.has(e.key)) {
        const fields = missing.get(e.key)!;
        const list = fields.map((f) => `'${f}'`).join(', ');
        at(
          e.value.pos,
          `${what}: required field${fields.length > 1 ? 's' : ''} ${list} ${fields.length > 1 ? 'have' : 'has'} no value: Prefect registers it (its deploy-time check ignores required fields), and every run fails`,
          'warning',
          true,
        );
      }
    }
  };
  check(child(d.node, 'parameters'), enforced);
  d.schedules.forEach((s) => check(child(s.node, 'parameters'), false));

  const required = schema.required ?? [];
  const missing = (extra: Record<string, unknown>) => required.filter((r) => !(r in d.parameters) && !(r in extra));
  const namePos = entry(d.node, 'name')?.value.pos ?? d.node.pos;
  const active = d.schedules.filter((s) => s.active === undefined || laxBool(s.active) !== false);
  for (const s of active) {
    const m = missing(s.parameters);
    const list = `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value`;
    if (m.length)
      at(
        s.node.pos,
        `scheduled runs of '${d.shownName}' would fail: ${list}; Prefect registers the schedule, and each run it makes fails`,
        'warning',
        true,
      );
  }
  if (!active.length) {
    const m = missing({});
    if (m.length)
      at(
        namePos,
        `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value; every run must pass ${m.length > 1 ? 'them' : 'it'}`,
        'warning',
      );
  }
}
