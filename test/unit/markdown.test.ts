/** The markdown renderer shows values as inert text, and cuts what GitHub would refuse. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { text, truncateMarkdown } from '../../src/report/markdown.js';

test('values cannot open HTML, comments, code spans, links or table cells', () => {
  const evil = '<!-- prefect-ecr-deploy:prod --> `x` | [a](b) **b** <img src=x> a\nb & $x$ ~~s~~ \\ #';
  const out = text(evil).replace(/&#?\w+;/g, '');
  for (const c of ['<', '>', '`', '|', '[', ']', '*', '\n', '~', '\\', '#', '$']) assert.ok(!out.includes(c), `${JSON.stringify(c)} in ${out}`);
  assert.equal(text('plain words, 1-2 (ok)'), 'plain words, 1-2 (ok)');
});

test('a report over the limit is cut at a line with a note; one under it is unchanged', () => {
  const body = Array.from({ length: 1000 }, (_, i) => `| row ${i} |`).join('\n');
  assert.equal(truncateMarkdown(body, body.length, 'see the summary'), body);
  const cut = truncateMarkdown(body, 5000, 'see the summary');
  assert.ok(cut.length <= 5000);
  assert.match(cut, /\| row \d+ \|\n\n> ✂️ This report was cut to fit GitHub's size limit: see the summary\.\n$/);
});
