/** Docstrings as Prefect reads them: `inspect.cleandoc`, and Google-style `Args:` sections. */

/** Python's `str.expandtabs()` with the default tab size of 8. */
function expandTabs(line: string): string {
  let out = '';
  for (const c of line) out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
  return out;
}

/** `inspect.cleandoc`: the description `prefect deploy` uses when the file gives none. */
export function cleandoc(doc: string): string {
  const lines = doc.split('\n').map(expandTabs);
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart();
    if (content) margin = Math.min(margin, line.length - content.length);
  }
  lines[0] = lines[0].trimStart();
  if (margin < Infinity) for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(margin);
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  while (lines.length && !lines[0]) lines.shift();
  return lines.join('\n');
}

const PARAMETER_SECTIONS = /^(args|arguments|params|parameters):\s*$/i;
const ITEM = /^\*{0,2}([\w]+)\s*(?:\([^)]*\))?\s*:\s*(.*)$/;

/**
 * Parameter descriptions from a Google-style docstring (what griffe gives Prefect):
 * `name (type): text` items, continuation lines joined with newlines.
 */
export function parameterDocs(doc: string | undefined): Record<string, string> {
  let docs: Record<string, string> = {};
  if (!doc) return docs;
  const lines = doc.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!PARAMETER_SECTIONS.test(lines[i]) || (i > 0 && lines[i - 1].trim() !== '')) continue;
    const block: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j];
      if (line.trim() !== '' && !/^\s/.test(line)) break;
      block.push(line);
    }
    while (block.length && block[block.length - 1].trim() === '') block.pop();
    if (!block.length) continue;
    const indent = block[0].length - block[0].trimStart().length;
    const items: { name: string; lines: string[] }[] = [];
    for (const raw of block) {
      const line = raw.slice(Math.min(indent, raw.length - raw.trimStart().length));
      const m = !/^\s/.test(line) ? ITEM.exec(line) : null;
      if (m) items.push({ name: m[1], lines: [m[2]] });
      else if (items.length) items[items.length - 1].lines.push(line);
    }
    docs = {};
    for (const item of items) {
      const [first, ...rest] = item.lines;
      const margin = Math.min(...rest.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
      const cont = rest.map((l) => (Number.isFinite(margin) ? l.slice(margin) : l.trim()));
      docs[item.name] = [first, ...cont].join('\n').trim();
    }
    i = j - 1;
  }
  return docs;
}
