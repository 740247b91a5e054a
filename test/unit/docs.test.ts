/**
 * The README and docs/ say what action.yml and examples/workflows say: the inputs table is
 * action.yml's, each workflow block is its example file byte for byte (scripts/docs.ts makes
 * both; `npm run docs` writes them). And the README stays a landing page: short, the action first.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { inputsTables, INPUTS_END, INPUTS_START, pages, render, unmarkedWorkflows } from '../../scripts/docs.js';
import { repoRoot } from '../support/python.js';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const readme = read('README.md');

for (const page of pages(repoRoot)) {
  test(`${page} is what action.yml and examples/workflows make it ('npm run docs')`, () => {
    const text = read(page);
    assert.equal(text, render(text, read));
    assert.deepEqual(unmarkedWorkflows(text), [], 'a workflow block names no example file');
  });
}

test('every example workflow is shown once, in the README or docs/', () => {
  const shown = pages(repoRoot).flatMap((p) =>
    [...read(p).matchAll(/^<!-- workflow: (\S+) -->\n```yaml\n/gm)].map((m) => m[1]),
  );
  const files = readdirSync(path.join(repoRoot, 'examples/workflows')).map((f) => `examples/workflows/${f}`);
  assert.deepEqual([...shown].sort(), files.sort());
});

test('a byte changed in a workflow block, or a row of the inputs table, is a difference', () => {
  const block = readme.indexOf('```yaml\n') + '```yaml\n'.length;
  for (const edit of [' ', '\t', '#']) {
    const changed = readme.slice(0, block + 10) + edit + readme.slice(block + 10);
    assert.notEqual(render(changed, read), changed, `inserted ${JSON.stringify(edit)}`);
  }
  const row = readme.indexOf('| `mode` |');
  const dropped = readme.slice(0, row) + readme.slice(readme.indexOf('\n', row) + 1);
  assert.notEqual(render(dropped, read), dropped);
  // And the other way: a description changed in action.yml changes the table.
  const action = read('action.yml').replace('The build target stage.', 'The build target stage (changed).');
  assert.notEqual(
    render(readme, (f) => (f === 'action.yml' ? action : read(f))),
    readme,
  );
});

test("the README's inputs table has every input of action.yml with its required flag and default", () => {
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { required?: boolean; default?: string }>;
    outputs: Record<string, unknown>;
  };
  const table = readme.slice(readme.indexOf(INPUTS_START), readme.indexOf(INPUTS_END));
  const rows = new Map(
    [...table.matchAll(/^\| `([\w-]+)` \| (yes|no) \| ([^|]*) \|/gm)].map((m) => [
      m[1],
      { required: m[2], default: m[3].trim() },
    ]),
  );
  assert.deepEqual([...rows.keys()], Object.keys(action.inputs));
  for (const [name, spec] of Object.entries(action.inputs)) {
    assert.equal(rows.get(name)!.required, spec.required ? 'yes' : 'no', name);
    assert.equal(rows.get(name)!.default, spec.default ? `\`${spec.default}\`` : '', name);
  }
  for (const name of Object.keys(action.outputs)) assert.match(table, new RegExp(`^\\| \`${name}\` \\| `, 'm'), name);
});

test('a table cell keeps pipes and markup from breaking the table', () => {
  const yml = "inputs:\n  a:\n    description: 'x | y <b> *z* `p|q`'\n    default: 'a|b'\noutputs: {}\n";
  const row = inputsTables(yml).split('\n')[2];
  assert.equal(row, '| `a` | no | `a\\|b` | x \\| y &lt;b> \\*z\\* `p\\|q` |');
});

test('the README starts with the action: short, the first uses: early, the two local commands at its top', () => {
  const lines = readme.split('\n');
  assert.ok(lines.length <= 300, `${lines.length} lines`);
  const firstUses = lines.findIndex((l) => /^\s*- uses: /.test(l)) + 1;
  assert.ok(firstUses > 0 && firstUses <= 60, `first uses: at line ${firstUses}`);
  const top = lines.slice(0, 20).join('\n');
  assert.match(top, /^npm run demo /m);
  assert.match(top, /^npm ci && npm test /m);
  for (const heading of [
    '## Quick start',
    '## Release status',
    '## Prerequisites',
    '## What each mode needs',
    '## Run the CLI',
    '## Inputs and outputs',
  ]) {
    assert.ok(lines.includes(heading), heading);
  }
});

test('every relative link in the README, CONTRIBUTING.md and docs/ points at a file that exists', () => {
  for (const page of [...pages(repoRoot), 'SECURITY.md']) {
    for (const [, target] of read(page).matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      assert.ok(existsSync(path.join(repoRoot, path.dirname(page), target)), `${page}: ${target}`);
    }
  }
});

test('each docs/ page links back to the README, and the README links to each', () => {
  for (const page of pages(repoRoot).filter((p) => p.startsWith('docs/'))) {
    assert.match(read(page), /\]\(\.\.\/README\.md(#[\w-]+)?\)/, page);
    assert.ok(readme.includes(`](${page})`), `README links ${page}`);
  }
  assert.match(read('CONTRIBUTING.md'), /\]\(README\.md\)/);
  assert.ok(readme.includes('](CONTRIBUTING.md)'));
});

test('links to a heading of a page name a heading it has', () => {
  const anchors = (file: string) =>
    new Set(
      [...read(file).matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      ),
    );
  for (const page of [...pages(repoRoot), 'SECURITY.md']) {
    for (const [, target, anchor] of read(page).matchAll(/\]\(([^)\s#]*)#([^)]+)\)/g)) {
      const file = target ? path.join(path.dirname(page), target) : page;
      assert.ok(anchors(file).has(anchor), `${page}: ${target}#${anchor}`);
    }
  }
});
