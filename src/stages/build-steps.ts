/**
 * Build and push steps stage: the file's run_shell_script steps and Python function
 * steps run as prefect deploy runs them, once each (a step shared by several
 * deployments runs once), in the order they come; their outputs (`stdout`/`stderr`, the
 * dict a function returned) are outputs for later templates. The docker
 * steps are the image stage's: the steps before the first of them run before the
 * image stage (`before-image`), the rest after it (`after-image`). A plan runs them
 * too (their outputs are in the plan), except in an event that runs a pull request's
 * code with the repository's secrets (`stepsRefused`): there they never run, and the
 * plan says what their outputs would have filled.
 */
import type { DeploymentSpec } from '../config/model.js';
import { DOCKER_BUILD, DOCKER_PUSH, isPythonStep, secretSteps, SHELL, stepsRead, type Step } from '../config/steps.js';
import { placeholdersIn } from '../config/templates.js';
import { holdsSecret, type YNode } from '../config/yaml.js';
import { Failure, UsageError } from '../errors.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { markSecret, redact } from '../secrets.js';
import { runPythonStep } from '../steps/python.js';
import { runShellScript } from '../steps/shell.js';
import { stepsSection } from '../report/markdown.js';
import { stepsText } from '../report/text.js';
import { deployContext, type ContextNeeds } from './context.js';
import { readNothing, type Problem, type Run, type Stage, type StageInput, type StageView } from './stage.js';

/**
 * The build and push steps' section: the run_shell_script steps that ran, and their outputs by step;
 * those not run (a pull request's code with the repository's secrets), why, and what each would have filled.
 */
export interface StepsSection {
  steps: { ran: string[]; outputs: Map<YNode, Record<string, unknown>>; notRun?: { reason: string; steps: string[] } };
}
type Steps = StepsSection['steps'];

type Phase = 'before-image' | 'after-image';

/** Each deployment's build then push steps, split at the first docker step. */
function phases(d: DeploymentSpec): Record<Phase, Step[]> {
  const steps = [...d.build, ...d.push];
  const first = steps.findIndex((s) => s.fn === DOCKER_BUILD || s.fn === DOCKER_PUSH);
  return first < 0
    ? { 'before-image': steps, 'after-image': [] }
    : { 'before-image': steps.slice(0, first), 'after-image': steps.slice(first) };
}

/** A step this stage runs: run_shell_script, or a Python function. */
const runs = (s: Step) => s.fn === SHELL || isPythonStep(s.fn);

/** The steps of the file this stage runs, once each. */
export function runnableSteps(input: Pick<StageInput, 'file'>): Step[] {
  const seen = new Set<YNode>();
  return input.file.file.deployments
    .flatMap((d) => [...d.build, ...d.push])
    .filter((s) => runs(s) && !seen.has(s.node) && seen.add(s.node));
}

/** Both phases show one section, where the first runs. */
const view: StageView<StepsSection> = {
  text: (report) => (stepsText(report) ? [stepsText(report)!] : []),
  markdown: (report) => stepsSection(report),
  json: ({ steps }) => ({ steps: steps.ran, ...(steps.notRun ? { stepsNotRun: steps.notRun } : {}) }),
};

export function buildStepsStage(phase: Phase): Stage<ContextNeeds, undefined, Steps, StepsSection> {
  return {
    name: phase === 'before-image' ? 'build steps' : 'push steps',

    check(input) {
      const problems: Problem[] = [];
      const steps = runnableSteps(input);
      const refused = input.settings.stepsRefused;
      if (phase === 'before-image' && steps.length && refused && input.mode !== 'plan') {
        const where = (list: Step[]) => list.map((s) => `${input.file.file.path}:${s.node.pos.line}`).join(', ');
        const shell = steps.filter((s) => s.fn === SHELL);
        const python = steps.filter((s) => s.fn !== SHELL);
        if (shell.length)
          problems.push(`run_shell_script steps (${where(shell)}) do not run on ${refused}; nothing was deployed`);
        if (python.length)
          problems.push(`Python function steps (${where(python)}) do not run on ${refused}; nothing was deployed`);
      }
      return problems;
    },

    read: readNothing,

    // The steps run when they are planned: their outputs are in the plan.
    async plan(run) {
      const earlier = run.from.steps;
      const steps: Steps = { ran: [...earlier.ran], outputs: new Map(earlier.outputs) };
      if (earlier.notRun) steps.notRun = { ...earlier.notRun, steps: [...earlier.notRun.steps] };
      for (const d of run.file.file.deployments) {
        for (const step of phases(d)[phase].filter(runs)) {
          if (steps.outputs.has(step.node)) continue;
          if (run.settings.stepsRefused) skipStep(run, step, steps);
          else await runStep(run, d, step, steps);
        }
      }
      return steps;
    },

    async apply(_run, steps) {
      return steps;
    },

    section: ({ plan }) => ({ steps: plan ?? { ran: [], outputs: new Map() } }),

    ...(phase === 'before-image' ? view : {}),
  };
}

const labelOf = (run: Run, step: Step) =>
  `${step.fn === SHELL ? 'run_shell_script' : step.fn}${step.id ? ` ${step.id}` : ''} (${run.file.file.path}:${step.node.pos.line})`;

/**
 * A step not run (a plan where a pull request's code meets secrets): its outputs are
 * the templates that name them, so the plan shows where they would go, and the report
 * says which fields they would have filled.
 */
function skipStep(run: Run, step: Step, steps: Steps): void {
  const name = (field: string) => `{{ ${step.id ? `${step.id}.` : ''}${field} }}`;
  const fields = step.fn === SHELL ? ['stdout', 'stderr'] : referencedOutputs(run, step);
  steps.outputs.set(step.node, Object.fromEntries(fields.map((f) => [f, name(f)])));
  const fills: string[] = [];
  for (const d of run.file.file.deployments) {
    // A step of the file's own section is one step in each deployment's list: the same node.
    const own = [...d.build, ...d.push];
    const reads = (value: YNode) => [...stepsRead(value, own)].some((s) => s.node === step.node);
    if (!own.some((s) => s.node === step.node)) continue;
    const fields = d.node.entries
      .filter((e) => e.key !== 'build' && e.key !== 'push' && reads(e.value))
      .map((e) => e.key);
    if (fields.length) fills.push(`${fields.join(', ')} of ${d.shownName}`);
  }
  steps.notRun ??= { reason: run.settings.stepsRefused!, steps: [] };
  steps.notRun.steps.push(`${labelOf(run, step)}${fills.length ? `, whose output fills ${fills.join('; ')}` : ''}`);
}

/** A Python step's outputs the file reads (`{{ id.key }}`): its outputs are known only once it ran. */
function referencedOutputs(run: Run, step: Step): string[] {
  if (!step.id) return [];
  const found = new Set<string>();
  const visit = (n: YNode): void => {
    if (n.kind === 'map') n.entries.forEach((e) => visit(e.value));
    else if (n.kind === 'seq') n.items.forEach(visit);
    else if (typeof n.value === 'string') {
      for (const t of placeholdersIn(n.value))
        if (t.expr.startsWith(`${step.id}.`)) found.add(t.expr.slice(step.id!.length + 1).split(/[.[]/)[0]);
    }
  };
  run.file.file.deployments.forEach((d) => visit(d.node));
  return [...found];
}

async function runStep(run: Run<ContextNeeds>, d: DeploymentSpec, step: Step, steps: Steps): Promise<void> {
  if (step.fn !== SHELL) return runFunctionStep(run, d, step, steps);
  // The outputs of the steps this stage ran before this one too.
  const ctx = { ...deployContext(run), shellOutputs: steps.outputs };
  const problems: string[] = [];
  // Earlier steps' outputs fill this step's inputs, as in prefect deploy.
  const all = [...d.build, ...d.push];
  const earlier = all.slice(0, all.indexOf(step));
  const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(earlier, ctx));
  if (problems.length)
    throw new UsageError(`${step.id ?? 'run_shell_script'} (line ${step.node.pos.line}): ${problems.join('; ')}`);
  const env = Object.fromEntries(
    Object.entries((inputs.env as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]),
  );
  const label = labelOf(run, step);
  // What comes in may come out again: a secret-bearing step's output is neither streamed nor shown.
  const secret = secretSteps(all).has(step);
  try {
    const outputs = await run.ui.group(label, (line) => {
      if (secret) line("output not shown: the step's command or environment holds a secret-bearing value");
      return runShellScript(
        {
          script: String(inputs.script ?? ''),
          directory: typeof inputs.directory === 'string' ? inputs.directory : undefined,
          env,
          expandEnvVars: inputs.expand_env_vars === true,
          streamOutput: inputs.stream_output !== false && !secret,
          secret,
        },
        run.settings.root,
        run.settings.env,
        (l) => line(redact(l)),
      );
    });
    if (secret) markSecret(Object.values(outputs));
    steps.outputs.set(step.node, outputs);
    steps.ran.push(label);
  } catch (e) {
    if (e instanceof Failure) throw new Failure(`${label}: ${e.message}; nothing was registered`);
    throw e;
  }
}

/**
 * A Python function step: called through python3 with its inputs filled (earlier steps'
 * outputs among them), as prefect deploy calls it; the dict it returns is its outputs,
 * secret-bearing (the function reads whatever it likes).
 */
async function runFunctionStep(run: Run<ContextNeeds>, d: DeploymentSpec, step: Step, steps: Steps): Promise<void> {
  const ctx = { ...deployContext(run), shellOutputs: steps.outputs };
  const problems: string[] = [];
  const all = [...d.build, ...d.push];
  const earlier = all.slice(0, all.indexOf(step));
  const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(earlier, ctx));
  const label = labelOf(run, step);
  if (problems.length) throw new UsageError(`${label}: ${problems.join('; ')}`);
  // Inputs that hold a secret may come out in what the step prints or raises: neither is shown.
  const secretIn =
    holdsSecret(step.inputsNode) || [...stepsRead(step.inputsNode, earlier)].some((s) => secretSteps(all).has(s));
  try {
    const outputs = await run.ui.group(label, (line) => {
      if (secretIn) line("output not shown: the step's inputs hold a secret-bearing value");
      return runPythonStep(
        { fn: step.fn, inputs, secret: secretIn, signal: run.control.aborted },
        { cwd: run.settings.root, env: run.settings.env },
        (l) => line(redact(l)),
      );
    });
    markSecret(Object.values(outputs));
    steps.outputs.set(step.node, outputs);
    steps.ran.push(label);
  } catch (e) {
    if (e instanceof Failure) throw new Failure(`${label}: ${redact(e.message)}; nothing was registered`);
    throw e;
  }
}
