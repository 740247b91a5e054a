/**
 * The generated parts of README.md, CONTRIBUTING.md and docs/*.md:
 * - the inputs and outputs tables, from action.yml, between INPUTS_START and INPUTS_END;
 * - each workflow block, from the file its marker names (`<!-- workflow: examples/workflows/x.yml -->`
 *   on the line before a yaml fence), byte for byte.
 * `npm run docs` rewrites the pages; `npm run docs -- --check` (and test/unit/docs.test.ts) fails
 * when a page differs from what this makes, so a page cannot drift from action.yml or the examples.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const INPUTS_START = '<!-- inputs: generated from action.yml by `npm run docs`; do not edit -->';
export const INPUTS_END = '<!-- end of inputs -->';
const WORKFLOW_BLOCK = /<!-- workflow: (\S+) -->\n```yaml\n([\s\S]*?)```\n/g;

interface ActionSpec {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

/** Text for one table cell: one line, pipes escaped, and outside code spans no HTML or emphasis. */
export function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\\/g, '\\\\').replace(/</g, '&lt;').replace(/\*/g, '\\*')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** The inputs and outputs tables, as markdown, from action.yml's text. */
export function inputsTables(actionYml: string): string {
  const action = parse(actionYml) as ActionSpec;
  const inputs = Object.entries(action.inputs).map(([name, spec]) => {
    const value = spec.default === undefined || spec.default === '' ? '' : `\`${spec.default}\``;
    return `| \`${name}\` | ${spec.required ? 'yes' : 'no'} | ${cell(value)} | ${cell(spec.description)} |`;
  });
  const outputs = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    '| input | required | default | description |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** A page with its generated parts made again; `read` gives a repository file's text. */
export function render(page: string, read: (file: string) => string): string {
  let out = page.replace(WORKFLOW_BLOCK, (_, file: string) => {
    const text = read(file);
    if (text.includes('```')) throw new Error(`${file} holds a code fence`);
    return `<!-- workflow: ${file} -->\n\`\`\`yaml\n${text}${text.endsWith('\n') ? '' : '\n'}\`\`\`\n`;
  });
  const start = out.indexOf(INPUTS_START);
  if (start >= 0) {
    const end = out.indexOf(INPUTS_END, start);
    if (end < 0) throw new Error(`'${INPUTS_START}' without '${INPUTS_END}'`);
    out = `${out.slice(0, start)}${INPUTS_START}\n${inputsTables(read('action.yml'))}\n\n${out.slice(end)}`;
  }
  return out;
}

/** Yaml blocks that look like a workflow (a top-level `jobs:`) but have no marker naming their file. */
export function unmarkedWorkflows(page: string): string[] {
  const found: string[] = [];
  for (const m of page.matchAll(/(^|\n)([^\n]*)\n```ya?ml\n([\s\S]*?)```/g)) {
    if (/(^|\n)jobs:/.test(m[3]) && !/^<!-- workflow: \S+ -->$/.test(m[2])) found.push(m[3].split('\n')[0]);
  }
  return found;
}

/** The pages this script keeps: README.md, CONTRIBUTING.md and every docs/*.md, relative to the root. */
export function pages(root: string): string[] {
  const docs = readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort();
  return ['README.md', 'CONTRIBUTING.md', ...docs.map((f) => `docs/${f}`)];
}

function main(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const check = process.argv.includes('--check');
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  let stale = 0;
  for (const page of pages(root)) {
    const text = read(page);
    const made = render(text, read);
    for (const first of unmarkedWorkflows(text)) {
      console.error(`${page}: a workflow block (${first}) names no file of examples/workflows`);
      stale++;
    }
    if (made === text) continue;
    if (check) {
      console.error(`${page}: differs from action.yml or examples/workflows: run 'npm run docs'`);
      stale++;
    } else {
      writeFileSync(path.join(root, page), made);
      console.log(`${page}: updated`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
