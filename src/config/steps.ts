/**
 * `build`, `push` and `pull` steps as prefect deploy reads them: a list of steps, or
 * one step written as a mapping; each step a mapping of one key (the step's function)
 * to its inputs, `id` naming its outputs for later steps.
 */
import { closest } from '../text.js';
import { placeholdersIn, type StepOutputNames } from './templates.js';
import { child, entry, holdsSecret, plain, type Pos, type YNode } from './yaml.js';

export const DOCKER_BUILD = 'prefect_docker.deployments.steps.build_docker_image';
export const DOCKER_PUSH = 'prefect_docker.deployments.steps.push_docker_image';
export const SHELL = 'prefect.deployments.steps.run_shell_script';
export const PUSH_TO_S3 = 'prefect_aws.deployments.steps.push_to_s3';
export const PULL_FROM_S3 = 'prefect_aws.deployments.steps.pull_from_s3';

/** Code storage this tool cannot reach (no GCS or Azure here): refused wherever they are written. */
export const UNSUPPORTED_STORAGE = new Set([
  'prefect_gcp.deployments.steps.push_to_gcs',
  'prefect_gcp.deployments.steps.pull_from_gcs',
  'prefect_azure.deployments.steps.push_to_azure_blob_storage',
  'prefect_azure.deployments.steps.pull_from_azure_blob_storage',
]);

/** Prefect's own steps and the collections' (prefect-docker, -aws, -gcp, -azure), with the outputs each returns. */
const STEP_OUTPUTS: Record<string, readonly string[]> = {
  'prefect.deployments.steps.git_clone': ['directory'],
  'prefect.deployments.steps.set_working_directory': ['directory'],
  'prefect.deployments.steps.pip_install_requirements': ['stdout', 'stderr'],
  'prefect.deployments.steps.pull_from_remote_storage': ['directory'],
  'prefect.deployments.steps.pull_with_block': ['directory'],
  [SHELL]: ['stdout', 'stderr'],
  [DOCKER_BUILD]: ['image_name', 'tag', 'image', 'image_id', 'additional_tags'],
  [DOCKER_PUSH]: ['image_name', 'tag', 'image', 'additional_tags'],
  [PUSH_TO_S3]: ['bucket', 'folder'],
  [PULL_FROM_S3]: ['bucket', 'folder', 'directory'],
  'prefect_gcp.deployments.steps.push_to_gcs': ['bucket', 'folder'],
  'prefect_gcp.deployments.steps.pull_from_gcs': ['bucket', 'folder', 'directory'],
  'prefect_azure.deployments.steps.push_to_azure_blob_storage': ['container', 'folder'],
  'prefect_azure.deployments.steps.pull_from_azure_blob_storage': ['container', 'folder', 'directory'],
};

/** Prefect's and its collections' step modules: this tool knows each of their steps, or refuses it. */
const PREFECT_STEPS = /^prefect(_[a-z]+)?\.deployments\.steps\./;

/** A build or push step given as a Python function of a team's own (or Prefect's test steps): run through python3. */
export function isPythonStep(fn: string): boolean {
  return (
    fn !== SHELL &&
    fn !== DOCKER_BUILD &&
    fn !== DOCKER_PUSH &&
    !(fn in STEP_OUTPUTS) &&
    !PREFECT_STEPS.test(fn) &&
    !fn.startsWith(OLD_MODULE)
  );
}

/** Prefect 2.10's step module, gone in Prefect 3. */
const OLD_MODULE = 'prefect.projects.steps.';

export interface Step {
  /** The step's function, `module.function`. */
  fn: string;
  /** Its inputs, without `id` and `requires`. */
  inputs: Record<string, unknown>;
  id?: string;
  node: YNode;
  /** The node of the inputs mapping, for positions. */
  inputsNode?: YNode;
}

/** A section's steps: a list, or one step written as a mapping (prefect deploy wraps it); none for null or `{}`. */
export function stepNodes(section: YNode | undefined): YNode[] {
  if (!section) return [];
  if (section.kind === 'seq') return section.items;
  if (section.kind === 'map' && section.entries.length) return [section];
  return [];
}

export function readSteps(section: YNode | undefined): Step[] {
  return stepNodes(section).flatMap((node): Step[] => {
    if (node.kind !== 'map' || node.entries.length === 0) return [];
    const [first] = node.entries;
    const inputsNode = first.value;
    const raw = (inputsNode.kind === 'map' ? plain(inputsNode) : {}) as Record<string, unknown>;
    const { id, requires: _requires, ...inputs } = raw;
    return [{ fn: first.key, inputs, id: typeof id === 'string' && id ? id : undefined, node, inputsNode }];
  });
}

export type StepIssue = { pos: Pos; message: string; severity: 'error' | 'warning' };

/**
 * A section's steps, checked. Pull steps run on the worker: what would fail there is a
 * warning. Build and push steps run when deploying: what prefect deploy would refuse
 * there is an error.
 */
export function checkSteps(section: YNode | undefined, kind: 'build' | 'push' | 'pull'): StepIssue[] {
  const issues: StepIssue[] = [];
  const runTimeOnly = kind === 'pull';
  const severity = runTimeOnly ? 'warning' : 'error';
  for (const node of stepNodes(section)) {
    if (node.kind !== 'map') {
      issues.push({
        pos: node.pos,
        message: `a ${kind} step must be a mapping of the step's function to its inputs`,
        severity: 'error',
      });
      continue;
    }
    if (node.entries.length > 1) {
      const extra = node.entries.slice(1).map((e) => e.key);
      issues.push({
        pos: node.entries[1].keyPos,
        message: `a step has one key, its function; this one also has ${extra.join(', ')}: Prefect fails the step ("unexpected additional keys")${runTimeOnly ? ' when a run starts' : ''}`,
        severity,
      });
    }
    const [first] = node.entries;
    if (!first) continue;
    if (first.value.kind === 'seq' || (first.value.kind === 'scalar' && first.value.value !== null)) {
      issues.push({
        pos: first.value.pos,
        message: `the inputs of step ${first.key} must be a mapping${runTimeOnly ? ': runs fail when they start' : ''}`,
        severity,
      });
    }
    const name = first.key;
    if (name.startsWith(OLD_MODULE)) {
      const now = `prefect.deployments.steps.${name.slice(OLD_MODULE.length).replace(/_project$/, '')}`;
      issues.push({
        pos: first.keyPos,
        message: `${name} is Prefect 2.10's step: it does not exist in Prefect 3, so ${runTimeOnly ? 'runs fail' : 'prefect deploy fails'}; use ${now}`,
        severity,
      });
    } else if (!(name in STEP_OUTPUTS) && PREFECT_STEPS.test(name)) {
      const hint = closest(name, Object.keys(STEP_OUTPUTS));
      issues.push({
        pos: first.keyPos,
        message: `unknown step ${name}${hint ? ` (did you mean ${hint}?)` : ''}: ${runTimeOnly ? 'runs fail when they import it' : 'prefect deploy fails to import it'}`,
        severity,
      });
    }
    const id = child(first.value, 'id');
    if (id && (id.kind !== 'scalar' || typeof id.value !== 'string'))
      issues.push({ pos: id.pos, message: "a step's id must be text", severity: 'error' });
  }
  return issues;
}

/** The outputs build and push steps make available to templates: under each step's id, and bare (Prefect merges them). */
export function outputNames(steps: Step[]): StepOutputNames {
  const byId = new Map<string, readonly string[]>();
  const bare = new Set<string>();
  for (const s of steps) {
    const fields = STEP_OUTPUTS[s.fn] ?? [];
    if (s.id) byId.set(s.id, fields);
    for (const f of fields) bare.add(f);
  }
  return { byId, bare };
}

/**
 * Template references in pull steps to an earlier step's outputs
 * (`{{ clone-step.directory }}`; `{{ push_code.folder }}` of a build or push step in
 * `before`, whose outputs prefect deploy fills in): one to an id no earlier step has is
 * a warning (the input is left out when a run starts), a near miss of one an error.
 */
export function checkPullReferences(
  section: YNode | undefined,
  refs: (node: YNode) => { expr: string; pos: Pos }[],
  before: Step[] = [],
): StepIssue[] {
  const issues: StepIssue[] = [];
  const { byId, bare } = outputNames(before);
  const earlier = new Map(byId);
  for (const s of readSteps(section)) {
    for (const { expr, pos } of refs(s.inputsNode ?? s.node)) {
      if (
        /^(prefect\.|ctx\.|\$)/.test(expr) ||
        ['sha', 'env', 'image', 'image_digest'].includes(expr) ||
        bare.has(expr)
      )
        continue;
      const dot = expr.indexOf('.');
      const id = dot < 0 ? expr : expr.slice(0, dot);
      const field = dot < 0 ? '' : expr.slice(dot + 1);
      const fields = earlier.get(id);
      if (fields) {
        if (field && fields.length && !fields.includes(field)) {
          const hint = closest(field, fields);
          issues.push({
            pos,
            message: `pull step '${id}' has no output '${field}'${hint ? ` (did you mean {{ ${id}.${hint} }}?)` : ''}: when a run starts, Prefect leaves this input out`,
            severity: 'warning',
          });
        }
        continue;
      }
      const hint = closest(id, [...earlier.keys()]);
      if (hint)
        issues.push({
          pos,
          message: `no earlier step has the id '${id}' (did you mean {{ ${hint}${field ? `.${field}` : ''} }}?)`,
          severity: 'error',
        });
      else
        issues.push({
          pos,
          message: `no earlier step has the id '${id}' (set id: on the step whose output this is): when a run starts, Prefect leaves this input out`,
          severity: 'warning',
        });
    }
    const fields = STEP_OUTPUTS[s.fn] ?? [];
    if (s.id) earlier.set(s.id, fields);
    for (const f of fields) bare.add(f);
  }
  return issues;
}

/** The position of a step input, for messages about it. */
export function inputPos(step: Step, key: string): Pos {
  return entry(step.inputsNode, key)?.value.pos ?? step.node.pos;
}

/** The step whose output a template names, of the steps before it: `{{ id.field }}` the last with that id, `{{ field }}` the last that gives it. */
function producerOf(expr: string, earlier: Step[]): Step | undefined {
  const dot = expr.indexOf('.');
  for (let i = earlier.length - 1; i >= 0; i--) {
    const s = earlier[i];
    if (dot < 0 ? (STEP_OUTPUTS[s.fn] ?? []).includes(expr) : s.id === expr.slice(0, dot)) return s;
  }
  return undefined;
}

/** The steps whose outputs a value (and everything under it) reads. */
export function stepsRead(node: YNode | undefined, earlier: Step[]): Set<Step> {
  const found = new Set<Step>();
  const visit = (n: YNode | undefined): void => {
    if (!n) return;
    if (n.kind === 'map') n.entries.forEach((e) => visit(e.value));
    else if (n.kind === 'seq') n.items.forEach(visit);
    else if (typeof n.value === 'string') {
      for (const t of placeholdersIn(n.value)) {
        const s = producerOf(t.expr, earlier);
        if (s) found.add(s);
      }
    }
  };
  visit(node);
  return found;
}

/**
 * The steps whose outputs are secret-bearing: a run_shell_script step whose command or
 * environment holds a secret-bearing value (a value from the environment, a Prefect
 * variable or a block; an earlier such step's output), or that expands environment
 * variables. What comes in may come out again. A Python step always: its code reads
 * the environment, files and services at will, as expand_env_vars does.
 */
export function secretSteps(steps: Step[]): Set<Step> {
  const secret = new Set<Step>();
  steps.forEach((s, i) => {
    if (isPythonStep(s.fn)) secret.add(s);
    if (s.fn !== SHELL) return;
    const expands =
      s.inputs.expand_env_vars !== undefined && s.inputs.expand_env_vars !== false && s.inputs.expand_env_vars !== null;
    if (
      holdsSecret(s.inputsNode) ||
      expands ||
      [...stepsRead(s.inputsNode, steps.slice(0, i))].some((r) => secret.has(r))
    )
      secret.add(s);
  });
  return secret;
}

/** Marks every value that reads a secret-bearing step's output as secret-bearing (it is shown as changed, never with values). */
export function markSecretOutputs(node: YNode | undefined, steps: Step[], secret: Set<Step>): void {
  if (!node || !secret.size) return;
  if (node.kind === 'map') node.entries.forEach((e) => markSecretOutputs(e.value, steps, secret));
  else if (node.kind === 'seq') node.items.forEach((i) => markSecretOutputs(i, steps, secret));
  else if ([...stepsRead(node, steps)].some((s) => secret.has(s))) node.secret = true;
}
