/**
 * `{{ ... }}` templates in the deployments file, with `prefect deploy`'s meaning in
 * each part of it. A template is what Prefect's placeholder pattern takes (word
 * characters, `.`, `-`, `[`, `]`, `$`); other `{{ }}` text (Jinja such as
 * `{{ x | default(1) }}`) stays as written, as in Prefect.
 *
 * Filled at validate time: `{{ sha }}`, `{{ env }}`, `{{ $ENV_VAR }}` (an unset one is
 * an empty string, as prefect deploy writes it, with a warning; kept for run time in
 * pull steps and in a trigger's parameters). Filled at deploy time: `{{ image }}`,
 * `{{ image_digest }}`, build step outputs (`{{ build-image.tag }}`),
 * `{{ prefect.variables.x }}`, `{{ prefect.blocks.type.name }}`. Kept for run time: in
 * pull steps, everything Prefect keeps (step outputs such as `{{ clone-step.directory }}`,
 * variables, blocks); in a trigger's parameters, `{{ event.* }}` and the like;
 * `{{ ctx.* }}` (the worker's).
 */
import { markSecret } from '../secrets.js';
import { CREDENTIAL_VARIABLES } from '../settings.js';
import { closest, nearKey } from '../text.js';

const ENV_VAR = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const VARIABLE = /^prefect\.variables\.[A-Za-z0-9_-]+$/;
const BLOCK = /^prefect\.blocks\.[a-z0-9-]+\.[A-Za-z0-9_-]+(\.[\w.[\]-]+)?$/;
/** Prefect's placeholder pattern (utilities/templating.py): anything else in braces is text. */
const PLACEHOLDER = /^[\p{L}\p{N}_.\-[\]$]+$/u;
const LATER = new Set(['image', 'image_digest', 'build-image.image']);
/** What the tool fills by a bare name: suggested for a near miss. */
const BUILTINS = ['sha', 'env', 'image', 'image_digest'];
const KNOWN = [
  'sha',
  'env',
  'image',
  'image_digest',
  'build-image.image',
  '$VAR',
  'prefect.variables.<name>',
  'prefect.blocks.<type>.<name>',
];

/** Where a template stands: each part of the file gives templates their own meaning. */
export type TemplateSection = 'deployment' | 'pull' | 'trigger' | 'trigger-parameters' | 'steps' | 'block-data';

/** The outputs build and push steps give, by step id (`build-image` -> its fields) and bare (`tag`). */
export interface StepOutputNames {
  byId: Map<string, readonly string[]>;
  bare: Set<string>;
}

export interface TemplateValues {
  sha?: string;
  /** Why there is no sha, when there is none (a repository without commits). */
  shaHint?: string;
  env?: string;
  /** Environment variables for `{{ $NAME }}`. */
  vars: Record<string, string | undefined>;
  /** The outputs of the file's build and push steps. */
  outputs?: StepOutputNames;
}

export interface TemplateResult {
  value: string;
  errors: string[];
  /** Where the file means something Prefect would get wrong at run time or ignores: warnings (errors with --strict). */
  warnings: string[];
  /** True when a value from the environment went into it: secret-bearing from now on. */
  secret: boolean;
  /** The whole value is a template nothing fills: prefect deploy leaves its key out. */
  dropped?: true;
}

/** A `{{ expr }}` in a text: where it starts and ends, and the expression inside, trimmed. */
export interface TemplateRef {
  start: number;
  end: number;
  expr: string;
}

/**
 * Every `{{ expr }}` of a text (no brace inside), in one pass: a regular expression
 * backtracks for minutes on a long unclosed `{{`. Of `{{{ x }}`, the last `{{` opens.
 */
export function templatesIn(text: string): TemplateRef[] {
  const out: TemplateRef[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') {
      open = i > 0 && text[i - 1] === '{' ? i - 1 : -1;
    } else if (c === '}') {
      if (open >= 0 && text[i + 1] === '}') {
        out.push({ start: open, end: i + 2, expr: text.slice(open + 2, i).trim() });
        i++;
      }
      open = -1;
    }
  }
  return out;
}

/** The templates Prefect fills: `{{ name }}` with a placeholder name. */
export function placeholdersIn(text: string): TemplateRef[] {
  return templatesIn(text).filter((t) => PLACEHOLDER.test(t.expr));
}

/** The text with each template replaced by what `replace` returns for it. */
export function replaceTemplates(text: string, replace: (expr: string, whole: string) => string): string {
  let out = '';
  let from = 0;
  for (const t of placeholdersIn(text)) {
    out += text.slice(from, t.start) + replace(t.expr, text.slice(t.start, t.end));
    from = t.end;
  }
  return out + text.slice(from);
}

/** True when the whole string is a single template: its type is known only once filled. */
export function isWholeTemplate(s: string): boolean {
  const refs = placeholdersIn(s);
  return refs.length === 1 && refs[0].start === 0 && refs[0].end === s.length;
}

/** `build-image.tag` -> the step id and field, when the id is a build or push step's. */
export function stepOutputRef(
  expr: string,
  outputs: StepOutputNames | undefined,
): { id: string; field: string } | undefined {
  const dot = expr.indexOf('.');
  if (!outputs || dot < 0) return undefined;
  const id = expr.slice(0, dot);
  return outputs.byId.has(id) ? { id, field: expr.slice(dot + 1) } : undefined;
}

/** Checks the template syntax and fills what is known now; the rest stays in place. */
export function resolveTemplates(
  input: string,
  values: TemplateValues,
  section: TemplateSection = 'deployment',
  place?: string,
): TemplateResult {
  const errors: string[] = [];
  let drop = false;
  const warnings: string[] = [];
  let secret = false;
  const runTime = section === 'pull' || section === 'trigger-parameters';
  const value = replaceTemplates(input, (expr, whole) => {
    if (expr === 'sha') {
      if (values.sha) return values.sha;
      errors.push(`{{ sha }} needs the commit SHA: ${values.shaHint ?? 'pass --sha, or run inside a git checkout'}`);
      return whole;
    }
    if (expr === 'env') {
      if (values.env) return values.env;
      errors.push('{{ env }} needs an environment: pass --env');
      return whole;
    }
    const envVar = ENV_VAR.exec(expr);
    if (envVar) {
      const name = envVar[1];
      if (CREDENTIAL_VARIABLES.test(name)) {
        errors.push(`{{ $${name} }}: the credentials the tool holds are never available to templates`);
        return whole;
      }
      const v = values.vars[name];
      if (v !== undefined) {
        secret = true;
        markSecret(v);
        return v;
      }
      if (runTime) return whole;
      if (section === 'block-data') {
        errors.push(`environment variable ${name} is not set (used as {{ $${name} }})`);
        return whole;
      }
      warnings.push(
        `environment variable ${name} is not set (used as {{ $${name} }}): prefect deploy writes an empty string in its place`,
      );
      return '';
    }
    if (LATER.has(expr) || VARIABLE.test(expr) || BLOCK.test(expr) || expr.startsWith('ctx.')) return whole;
    if (values.outputs && (stepOutputRef(expr, values.outputs) || values.outputs.bare.has(expr))) {
      const ref = stepOutputRef(expr, values.outputs);
      const fields = ref ? values.outputs.byId.get(ref.id)! : [];
      if (ref && fields.length && !fields.includes(ref.field)) {
        const hint = closest(ref.field, fields);
        errors.push(
          `step '${ref.id}' has no output '${ref.field}'${hint ? ` (did you mean {{ ${ref.id}.${hint} }}?)` : ''}; its outputs: ${fields.join(', ')}`,
        );
      }
      return whole;
    }
    // Prefect keeps these for run time: a pull step's outputs, an event's fields in a trigger's parameters.
    if (runTime) return whole;
    const hint = nearTemplate(expr, values.outputs);
    if (section === 'deployment' && !hint) {
      // prefect deploy's last templating pass: a whole value it cannot fill is left out, one inside text becomes ''.
      const dropped = whole === input;
      if (dropped) drop = true;
      const what = dropped ? `${place ?? 'this value'} is left out` : `inside ${place ?? 'this value'} it becomes ''`;
      warnings.push(
        `{{ ${expr} }} is filled by nothing in this file (${unfilledReason(expr, values.outputs)}): ${what}, as prefect deploy registers it`,
      );
      return dropped ? whole : '';
    }
    const dropped =
      section === 'trigger'
        ? `: prefect deploy removes it (only a trigger's parameters keep run-time templates such as {{ event.* }})`
        : `: prefect deploy would remove it, leaving the value empty`;
    errors.push(
      `unknown template {{ ${expr} }}${hint ? ` (did you mean {{ ${hint} }}?)` : ''}${dropped}; known: ${KNOWN.map((k) => `{{ ${k} }}`).join(', ')}`,
    );
    return whole;
  });
  const rest = replaceTemplates(value, () => '');
  const unclosed =
    templatesIn(rest).length === 0 && (rest.includes('{{') || rest.includes('}}')) && !rest.includes('{%');
  if (unclosed && !errors.length && !runTime) errors.push("a template is not closed: write '{{ name }}'");
  return { value, errors, warnings, secret, ...(drop ? { dropped: true } : {}) };
}

/**
 * The template `expr` most likely means: a step of this file with a near id
 * (`build_image.tag` for a step `build-image`), or a near built-in or bare output
 * (`imag`). Never a step the file does not have.
 */
export function nearTemplate(expr: string, outputs: StepOutputNames | undefined): string | undefined {
  const dot = expr.indexOf('.');
  if (dot < 0) return closest(expr, [...BUILTINS, ...(outputs?.bare ?? [])]);
  const [id, field] = [expr.slice(0, dot), expr.slice(dot + 1)];
  const ids = [...(outputs?.byId.keys() ?? [])];
  const near = ids.includes(id) ? id : nearKey(id, ids);
  if (!near) return undefined;
  const fields = outputs!.byId.get(near)!;
  const nearField = fields.includes(field) || !fields.length ? field : closest(field, fields);
  return nearField === undefined ? undefined : `${near}.${nearField}`;
}

/** Why nothing fills a template at deploy time, in the words of the file. */
function unfilledReason(expr: string, outputs: StepOutputNames | undefined): string {
  const dot = expr.indexOf('.');
  const head = dot < 0 ? expr : expr.slice(0, dot);
  if (['flow_run', 'flow', 'deployment'].includes(head)) {
    return `prefect deploy fills no run's values; a worker fills {{ ctx.flow_run.* }} and {{ ctx.flow.* }} only in the job variable 'name'`;
  }
  const ids = [...(outputs?.byId.keys() ?? [])];
  const have = ids.length ? `; the steps' ids: ${ids.join(', ')}` : '';
  return dot < 0
    ? `no build or push step gives an output '${expr}'`
    : `no build or push step has the id '${head}'${have}`;
}
