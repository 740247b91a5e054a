/**
 * Build and push steps stage: the file's run_shell_script steps run as prefect deploy
 * runs them, once each (a step shared by several deployments runs once), in the order
 * they come; their `stdout`/`stderr` are outputs for later templates. The docker
 * steps are the image stage's: the steps before the first of them run before the
 * image stage (`before-image`), the rest after it (`after-image`). A plan runs them
 * too (their outputs are in the plan), except for a `pull_request_target` event: the
 * commands come from the pull request, which may be a fork's.
 */
import type { DeploymentSpec } from '../config/model.js';
import { DOCKER_BUILD, DOCKER_PUSH, SHELL, type Step } from '../config/steps.js';
import { holdsSecret, type YNode } from '../config/yaml.js';
import { Failure, UsageError } from '../errors.js';
import { fillTemplates, stepOutputs } from '../plan/fill.js';
import { markSecret, redact } from '../secrets.js';
import { runShellScript } from '../steps/shell.js';
import { deployContext } from './context.js';
import type { Problem, Run, Stage, StageInput } from './stage.js';

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

export function buildStepsStage(phase: Phase): Stage {
  return {
    name: phase === 'before-image' ? 'build steps' : 'push steps',

    check(input) {
      const problems: Problem[] = [];
      const steps = shellSteps(input);
      if (phase === 'before-image' && steps.length && input.settings.eventName === 'pull_request_target') {
        const where = steps.map((s) => `${input.file.file.path}:${s.node.pos.line}`).join(', ');
        problems.push(`run_shell_script steps (${where}) are not run in a pull_request_target plan: the commands come from the pull request, which may be a fork's, and this event has the repository's secrets; plan on pull_request instead`);
      }
      return problems;
    },

    async read() {
      return [];
    },

    async plan(run) {
      for (const d of run.file.file.deployments) {
        const steps = phases(d)[phase].filter((s) => s.fn === SHELL);
        for (const step of steps) if (!run.report.steps.outputs.has(step.node)) await runStep(run, d, step);
      }
    },

    async apply() {},
  };
}

async function runStep(run: Run, d: DeploymentSpec, step: Step): Promise<void> {
  const ctx = deployContext(run);
  const problems: string[] = [];
  // Earlier steps' outputs fill this step's inputs, as in prefect deploy.
  const earlier = [...d.build, ...d.push].slice(0, [...d.build, ...d.push].indexOf(step));
  const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(earlier, ctx));
  if (problems.length) throw new UsageError(`${step.id ?? 'run_shell_script'} (line ${step.node.pos.line}): ${problems.join('; ')}`);
  const env = Object.fromEntries(Object.entries((inputs.env as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)]));
  const label = `run_shell_script${step.id ? ` ${step.id}` : ''} (${run.file.file.path}:${step.node.pos.line})`;
  try {
    const outputs = await run.ui.group(label, (line) =>
      runShellScript(
        {
          script: String(inputs.script ?? ''),
          directory: typeof inputs.directory === 'string' ? inputs.directory : undefined,
          env,
          expandEnvVars: inputs.expand_env_vars === true,
          streamOutput: inputs.stream_output !== false,
        },
        run.settings.root,
        run.settings.env,
        (l) => line(redact(l)),
      ),
    );
    // What came from the environment may come out again.
    if (holdsSecret(step.inputsNode) || inputs.expand_env_vars === true) markSecret(Object.values(outputs));
    run.report.steps.outputs.set(step.node, outputs);
    run.report.steps.ran.push(label);
  } catch (e) {
    if (e instanceof Failure) throw new Failure(`${label}: ${e.message}; nothing was registered`);
    throw e;
  }
}
