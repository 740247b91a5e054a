/**
 * Build and push steps stage: the file's run_shell_script steps run as prefect deploy
 * runs them, once each (a step shared by several deployments runs once), in the order
 * they come; their `stdout`/`stderr` are outputs for later templates. The docker
 * steps are the image stage's: the steps before the first of them run before the
 * image stage (`before-image`), the rest after it (`after-image`). A plan runs them
 * too (their outputs are in the plan), except in an event that runs a pull request's
 * code with the repository's secrets (`stepsRefused`): there they never run, and the
 * plan says what their outputs would have filled.
 */
import type { DeploymentSpec } from '../config/model.js';
import { DOCKER_BUILD, DOCKER_PUSH, secretSteps, SHELL, stepsRead, type Step } from '../config/steps.js';
import type { YNode } from '../config/yaml.js';
import { Failure, UsageError } from '../errors.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { markSecret, redact } from '../secrets.js';
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
  steps: { ran: string[]; outputs: Map<YNode, Record<string, string>>; notRun?: { reason: string; steps: string[] } };
}
type Steps = StepsSection['steps'];

type Phase = 'before-image' | 'after-image';

/** Each deployment's build then push steps, split at the first docker step. */
function phases(d: DeploymentSpec): Record<Phase, Step[]> {
  const steps = [...d.build, ...d.push];
  const first = steps.findIndex((s) => s.fn === DOCKER_BUILD || s.fn === DOCKER_PUSH);
  return first < 0 ? { 'before-image': steps, 'after-image': [] } : { 'before-image': steps.slice(0, first), 'after-image': steps.slice(first) };
}

/** The shell steps of the file, once each. */
export function shellSteps(input: Pick<StageInput, 'file'>): Step[] {
  const seen = new Set<YNode>();
  return input.file.file.deployments.flatMap((d) => [...d.build, ...d.push]).filter((s) => s.fn === SHELL && !seen.has(s.node) && seen.add(s.node));
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
      const steps = shellSteps(input);
      const refused = input.settings.stepsRefused;
      if (phase === 'before-image' && steps.length && refused && input.mode !== 'plan') {
        const where = steps.map((s) => `${input.file.file.path}:${s.node.pos.line}`).join(', ');
        problems.push(`run_shell_script steps (${where}) do not run on ${refused}; nothing was deployed`);
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
        for (const step of phases(d)[phase].filter((s) => s.fn === SHELL)) {
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

const labelOf = (run: Run, step: Step) => `run_shell_script${step.id ? ` ${step.id}` : ''} (${run.file.file.path}:${step.node.pos.line})`;

/**
 * A step not run (a plan where a pull request's code meets secrets): its outputs are
 * the templates that name them, so the plan shows where they would go, and the report
 * says which fields they would have filled.
 */
function skipStep(run: Run, step: Step, steps: Steps): void {
  const name = (field: string) => `{{ ${step.id ? `${step.id}.` : ''}${field} }}`;
  steps.outputs.set(step.node, { stdout: name('stdout'), stderr: name('stderr') });
  const fills: string[] = [];
  for (const d of run.file.file.deployments) {
    // A step of the file's own section is one step in each deployment's list: the same node.
    const own = [...d.build, ...d.push];
    const reads = (value: YNode) => [...stepsRead(value, own)].some((s) => s.node === step.node);
    if (!own.some((s) => s.node === step.node)) continue;
    const fields = d.node.entries.filter((e) => e.key !== 'build' && e.key !== 'push' && reads(e.value)).map((e) => e.key);
    if (fields.length) fills.push(`${fields.join(', ')} of ${d.shownName}`);
  }
  steps.notRun ??= { reason: run.settings.stepsRefused!, steps: [] };
  steps.notRun.steps.push(`${labelOf(run, step)}${fills.length ? `, whose output fills ${fills.join('; ')}` : ''}`);
}

async function runStep(run: Run<ContextNeeds>, d: DeploymentSpec, step: Step, steps: Steps): Promise<void> {
  // The outputs of the steps this stage ran before this one too.
  const ctx = { ...deployContext(run), shellOutputs: steps.outputs };
  const problems: string[] = [];
  // Earlier steps' outputs fill this step's inputs, as in prefect deploy.
  const all = [...d.build, ...d.push];
  const earlier = all.slice(0, all.indexOf(step));
  const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(earlier, ctx));
  if (problems.length) throw new UsageError(`${step.id ?? 'run_shell_script'} (line ${step.node.pos.line}): ${problems.join('; ')}`);
  const env = Object.fromEntries(Object.entries((inputs.env as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]));
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
