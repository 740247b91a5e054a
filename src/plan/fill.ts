/**
 * Deploy-time templates, filled as `prefect deploy` fills them once its build and
 * push steps ran: `{{ image }}` and the image stage's outputs (also under a docker
 * step's id: `{{ build-image.tag }}`), run_shell_script outputs
 * (`{{ get-commit-hash.stdout }}`), Prefect variables and blocks. A value that is one
 * whole template takes the value's own type; inside text, Python's `str()` of it.
 * Values from variables and blocks are secret-bearing.
 */
import { DOCKER_BUILD, DOCKER_PUSH, PUSH_TO_S3, type Step } from '../config/steps.js';
import { replaceTemplates } from '../config/templates.js';
import type { YNode } from '../config/yaml.js';
import { pythonStr } from '../config/yaml.js';
import { markSecret } from '../secrets.js';

export interface FillContext {
  /** The image reference from the image stage (or --image), for `{{ image }}`. */
  image?: string;
  imageDigest?: string;
  /** Prefect variables the file references, for `{{ prefect.variables.<name> }}`. */
  variables: Record<string, unknown>;
  /** Block documents' data the file references, by `<type>.<name>`, for `{{ prefect.blocks.<type>.<name>[.field] }}`. */
  blocks: Record<string, Record<string, unknown>>;
  /** Outputs of the run_shell_script and Python function steps that ran, by the step's node. */
  shellOutputs: Map<YNode, Record<string, unknown>>;
  /** The code storage stage's bucket and folder: a push_to_s3 step's outputs. */
  codeOutputs?: { bucket: string; folder: string };
  /** The tags the image stage gives the image besides the commit SHA (a docker step's `tag` among them when no option gave tags). */
  imageTags?: string[];
}

/** The outputs a deployment's build and push steps give, by step id and bare, as prefect deploy accumulates them. */
export function stepOutputs(
  steps: Step[],
  ctx: Pick<FillContext, 'image' | 'imageDigest' | 'shellOutputs' | 'imageTags' | 'codeOutputs'>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const step of steps) {
    let result: Record<string, unknown> | undefined;
    if (step.fn === DOCKER_BUILD || step.fn === DOCKER_PUSH) {
      if (!ctx.image) continue;
      const colon = ctx.image.lastIndexOf(':');
      const [name, sha] =
        colon > ctx.image.lastIndexOf('/')
          ? [ctx.image.slice(0, colon), ctx.image.slice(colon + 1)]
          : [ctx.image, 'latest'];
      // The step's own tag, once the image stage pushed it too; else the commit SHA the image is under.
      const given =
        typeof step.inputs.tag === 'string'
          ? replaceTemplates(step.inputs.tag, (expr, text) => String(at(out, expr) ?? text))
          : undefined;
      const tag = given && ctx.imageTags?.includes(given) ? given : sha;
      result = { image_name: name, tag, image: `${name}:${tag}`, additional_tags: [] };
      if (step.fn === DOCKER_BUILD) result.image_id = ctx.imageDigest ?? ctx.image;
    } else if (step.fn === PUSH_TO_S3 && ctx.codeOutputs) {
      result = { ...ctx.codeOutputs };
    } else {
      result = ctx.shellOutputs.get(step.node);
    }
    if (!result) continue;
    if (step.id) out[step.id] = result;
    Object.assign(out, result);
  }
  return out;
}

/** A value at a dotted path (`a.b[0].c`), as Prefect's get_from_dict reads it; undefined when absent. */
function at(data: unknown, path: string): unknown {
  let v = data;
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** `prefect.blocks.<type>.<name>[.path]`: a system block's lone `value` is the value, as Prefect resolves it. */
function blockValue(expr: string, blocks: FillContext['blocks']): { found: boolean; value?: unknown } {
  const [type, name, ...rest] = expr.slice('prefect.blocks.'.length).split('.');
  const data = blocks[`${type}.${name}`];
  if (!data) return { found: false };
  const path = rest.join('.');
  const lone =
    Object.keys(data).length === 1 &&
    'value' in data &&
    !(path === 'value' || path.startsWith('value.') || path.startsWith('value['));
  const base = lone ? data.value : data;
  const value = path ? at(base, path) : base;
  return value === undefined ? { found: false } : { found: true, value };
}

/**
 * Where a value stands, for what prefect deploy fills there: `deploy` every deploy-time
 * template; `pull` only step outputs and the image (variables, blocks and the rest are
 * kept for run time); `trigger-parameters` only variables and blocks (the rest, such as
 * `{{ event.* }}`, is kept for when the automation runs the deployment).
 */
export type FillMode = 'deploy' | 'pull' | 'trigger-parameters';

/** Fills deploy-time templates in every string of a value; `outputs` are the step outputs. */
export function fillTemplates<T>(
  value: T,
  ctx: FillContext,
  problems: string[],
  outputs: Record<string, unknown> = {},
  mode: FillMode = 'deploy',
): T {
  const pull = mode === 'pull';
  if (typeof value === 'string') {
    const resolve = (expr: string, text: string): { value?: unknown; keep?: boolean } => {
      if (mode === 'trigger-parameters' && !expr.startsWith('prefect.')) return { keep: true };
      // A docker step's outputs first (its own tag), else the image stage's image.
      const output = at(outputs, expr);
      if (output !== undefined) return { value: output };
      if (expr === 'image' || expr === 'build-image.image') {
        if (ctx.image) return { value: ctx.image };
        if (pull) return { keep: true };
        problems.push(`${text} needs the image: run with the image stage, or pass --image`);
        return { keep: true };
      }
      if (expr === 'image_digest') {
        if (ctx.imageDigest) return { value: ctx.imageDigest };
        if (pull) return { keep: true };
        problems.push(`${text} needs the image digest: run with the image stage`);
        return { keep: true };
      }
      if (pull || expr.startsWith('ctx.')) return { keep: true };
      if (expr.startsWith('prefect.variables.')) {
        const name = expr.slice('prefect.variables.'.length);
        if (!(name in ctx.variables)) {
          problems.push(`Prefect variable '${name}' does not exist`);
          return { keep: true };
        }
        markSecret(ctx.variables[name]);
        return { value: ctx.variables[name] };
      }
      if (expr.startsWith('prefect.blocks.')) {
        const block = blockValue(expr, ctx.blocks);
        if (!block.found) {
          problems.push(`${text}: the block document (or the field) does not exist`);
          return { keep: true };
        }
        markSecret(block.value);
        return { value: block.value };
      }
      if (mode === 'deploy' && /^[\w-]+\.[\w.-]+$/.test(expr) && !expr.startsWith('prefect.')) {
        problems.push(
          `${text} needs its step's output: a docker step's outputs are the image stage's image (give --repository, an ECR image name in the step, or --image); a run_shell_script step's come from running it, a Python function step's from what it returned`,
        );
        return { keep: true };
      }
      return { keep: true };
    };
    let whole: { value?: unknown; keep?: boolean } | undefined;
    const filled = replaceTemplates(value, (expr, text) => {
      const r = resolve(expr, text);
      if (text === value) whole = r;
      if (r.keep) return text;
      if (typeof r.value === 'object' && r.value !== null && text !== value)
        problems.push(`${text} is a list or mapping: it can stand only as a whole value, not inside text`);
      return pythonStr(r.value);
    });
    // A value that is only a template takes the value's own type, as in Prefect.
    if (whole && !whole.keep) return whole.value as T;
    return filled as T;
  }
  if (Array.isArray(value)) return value.map((v) => fillTemplates(v, ctx, problems, outputs, mode)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, fillTemplates(v, ctx, problems, outputs, mode)]),
    ) as T;
  }
  return value;
}
