/**
 * `{{ ... }}` templates in the deployments file. Known at validate time:
 * `{{ sha }}`, `{{ env }}`, `{{ $ENV_VAR }}`; resolved later: `{{ image }}`,
 * `{{ image_digest }}` (image stage), `{{ prefect.variables.x }}` and
 * `{{ prefect.blocks.type.name }}` (Prefect), `{{ ctx.* }}` (the worker, at run time).
 */
import { markSecret } from '../secrets.js';
import { CREDENTIAL_VARIABLES } from '../settings.js';
import { closest } from '../text.js';

const ENV_VAR = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const VARIABLE = /^prefect\.variables\.[A-Za-z0-9_-]+$/;
const BLOCK = /^prefect\.blocks\.[a-z0-9-]+\.[A-Za-z0-9_-]+(\.[\w.-]+)?$/;
const CTX = /^ctx\.[\w.]+$/;
const LATER = new Set(['image', 'image_digest', 'build-image.image']);
const KNOWN = ['sha', 'env', 'image', 'image_digest', 'build-image.image', '$VAR', 'prefect.variables.<name>', 'prefect.blocks.<type>.<name>'];

export interface TemplateValues {
  sha?: string;
  env?: string;
  /** Environment variables for `{{ $NAME }}`. */
  vars: Record<string, string | undefined>;
}

export interface TemplateResult {
  value: string;
  errors: string[];
  /** True when a value from the environment went into it: secret-bearing from now on. */
  secret: boolean;
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

/** The text with each template replaced by what `replace` returns for it. */
export function replaceTemplates(text: string, replace: (expr: string, whole: string) => string): string {
  let out = '';
  let from = 0;
  for (const t of templatesIn(text)) {
    out += text.slice(from, t.start) + replace(t.expr, text.slice(t.start, t.end));
    from = t.end;
  }
  return out + text.slice(from);
}

/** True when the whole string is a single template: its type is known only once resolved. */
export function isWholeTemplate(s: string): boolean {
  return /^\{\{[^{}]*\}\}$/.test(s.trim());
}

/** Checks the template syntax and resolves what is known now; the rest stays in place. */
export function resolveTemplates(input: string, values: TemplateValues): TemplateResult {
  const errors: string[] = [];
  let secret = false;
  const value = replaceTemplates(input, (expr, whole) => {
    if (expr === 'sha') {
      if (values.sha) return values.sha;
      errors.push('{{ sha }} needs the commit SHA: pass --sha, or run inside a git checkout');
      return whole;
    }
    if (expr === 'env') {
      if (values.env) return values.env;
      errors.push('{{ env }} needs an environment: pass --env');
      return whole;
    }
    const envVar = ENV_VAR.exec(expr);
    if (envVar) {
      if (CREDENTIAL_VARIABLES.test(envVar[1])) {
        errors.push(`{{ $${envVar[1]} }}: the credentials the tool holds are never available to templates`);
        return whole;
      }
      const v = values.vars[envVar[1]];
      if (v !== undefined) {
        secret = true;
        markSecret(v);
        return v;
      }
      errors.push(`environment variable ${envVar[1]} is not set (used as {{ $${envVar[1]} }})`);
      return whole;
    }
    if (LATER.has(expr) || VARIABLE.test(expr) || BLOCK.test(expr) || CTX.test(expr)) return whole;
    const hint = closest(expr, KNOWN);
    errors.push(`unknown template {{ ${expr} }}${hint ? ` (did you mean {{ ${hint} }}?)` : ''}; known: ${KNOWN.map((k) => `{{ ${k} }}`).join(', ')}`);
    return whole;
  });
  const rest = replaceTemplates(value, () => '');
  if ((rest.includes('{{') || rest.includes('}}')) && !errors.length) errors.push("a template is not closed: write '{{ name }}'");
  return { value, errors, secret };
}

