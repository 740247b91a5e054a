/**
 * `{{ ... }}` templates in the deployments file. Known at validate time:
 * `{{ sha }}`, `{{ env }}`, `{{ $ENV_VAR }}`; resolved later: `{{ image }}`,
 * `{{ image_digest }}` (image stage), `{{ prefect.variables.x }}` and
 * `{{ prefect.blocks.type.name }}` (Prefect), `{{ ctx.* }}` (the worker, at run time).
 */
import { closest } from '../text.js';

const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g;
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
}

/** True when the whole string is a single template: its type is known only once resolved. */
export function isWholeTemplate(s: string): boolean {
  return /^\{\{[^{}]*\}\}$/.test(s.trim());
}

/** Checks the template syntax and resolves what is known now; the rest stays in place. */
export function resolveTemplates(input: string, values: TemplateValues): TemplateResult {
  const errors: string[] = [];
  const value = input.replace(TEMPLATE, (whole, expr: string) => {
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
      const v = values.vars[envVar[1]];
      if (v !== undefined) return v;
      errors.push(`environment variable ${envVar[1]} is not set (used as {{ $${envVar[1]} }})`);
      return whole;
    }
    if (LATER.has(expr) || VARIABLE.test(expr) || BLOCK.test(expr) || CTX.test(expr)) return whole;
    const hint = closest(expr, KNOWN);
    errors.push(`unknown template {{ ${expr} }}${hint ? ` (did you mean {{ ${hint} }}?)` : ''}; known: ${KNOWN.map((k) => `{{ ${k} }}`).join(', ')}`);
    return whole;
  });
  const rest = value.replace(TEMPLATE, '');
  if (/\{\{|\}\}/.test(rest) && !errors.length) errors.push("a template is not closed: write '{{ name }}'");
  return { value, errors };
}

