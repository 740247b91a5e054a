/**
 * `prefect-ecr-deploy inspect ENTRYPOINT...`: what the tool registers for each
 * flow (name, description, parameter schema) and where it cannot be exact.
 */
import type { JsonSchema } from './schema.js';
import { FlowReader } from './read.js';

export type Inspected =
  | {
      entrypoint: string;
      flow: string;
      description: string | null;
      parameter_openapi_schema: unknown;
      warnings: string[];
    }
  | { entrypoint: string; error: string };

export function inspectFlows(root: string, entrypoints: string[]): Inspected[] {
  const reader = new FlowReader(root);
  return entrypoints.map((entrypoint): Inspected => {
    const r = reader.read(entrypoint);
    if (!r.ok) return { entrypoint, error: r.message };
    return {
      entrypoint,
      flow: r.flow.name,
      description: r.flow.description,
      parameter_openapi_schema: r.flow.parameterSchema,
      warnings: r.flow.notes.map((n) => n.message),
    };
  });
}

/** The human form: each flow, its parameters one per line, then its warnings. */
export function renderInspect(results: Inspected[]): string {
  const out: string[] = [];
  for (const r of results) {
    if ('error' in r) {
      out.push(`${r.entrypoint}: error: ${r.error}`, '');
      continue;
    }
    out.push(`${r.entrypoint}: flow '${r.flow}'`);
    if (r.description) out.push(`  description: ${r.description.split('\n').join('\n               ')}`);
    const schema = r.parameter_openapi_schema as { properties: Record<string, JsonSchema>; required?: string[] };
    const names = Object.keys(schema.properties);
    out.push(names.length ? '  parameters:' : '  parameters: none');
    for (const name of names) {
      const p = schema.properties[name];
      const parts = [`    ${name}: ${typeOf(p)}`];
      if ('default' in p) parts.push(`= ${JSON.stringify(p.default)}`);
      else if (schema.required?.includes(name)) parts.push('(required)');
      if (typeof p.description === 'string') parts.push(`- ${p.description.split('\n')[0]}`);
      out.push(parts.join(' '));
    }
    for (const w of r.warnings) out.push(`  warning: ${w}`);
    out.push('');
  }
  return out.join('\n');
}

function typeOf(p: JsonSchema): string {
  if (typeof p.$ref === 'string') return p.$ref.replace('#/definitions/', '');
  if (Array.isArray(p.anyOf)) return p.anyOf.map((s) => typeOf(s as JsonSchema)).join(' | ');
  if (Array.isArray(p.enum)) return p.enum.map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in p) return JSON.stringify(p.const);
  if (p.type === 'array' && p.items && typeof p.items === 'object') return `list[${typeOf(p.items as JsonSchema)}]`;
  if (typeof p.type === 'string') return typeof p.format === 'string' ? `${p.type} (${p.format})` : p.type;
  return 'any';
}
