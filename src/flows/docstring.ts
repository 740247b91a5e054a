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

const PARAMETER_SECTIONS = new Set(['args', 'arguments', 'params', 'parameters']);
const SECTIONS = new Set([
  ...PARAMETER_SECTIONS,
  'keyword args',
  'keyword arguments',
  'other args',
  'other arguments',
  'other params',
  'other parameters',
  'type args',
  'type arguments',
  'type params',
  'type parameters',
  'raises',
  'exceptions',
  'returns',
  'yields',
  'receives',
  'examples',
  'attributes',
  'functions',
  'methods',
  'classes',
  'type aliases',
  'modules',
  'warns',
  'warnings',
]);
const ADMONITION = /^([\w][\s\w-]*):(\s+([^\s].*))?\s*$/;

const blank = (line: string | undefined) => line !== undefined && line.trim() === '';

/**
 * Parameter descriptions from a Google-style docstring, as griffe's Google parser
 * gives them to Prefect: the `Args:` (or Arguments / Params / Parameters) section's
 * items, each `name (type): text`, continuation lines kept with the item's own
 * indentation removed; the last such section wins.
 */
export function parameterDocs(doc: string | undefined): Record<string, string> {
  let docs: Record<string, string> = {};
  if (!doc) return docs;
  // griffe's Docstring: `inspect.cleandoc(value.rstrip())`.
  const lines = cleandoc(doc.replace(/\s+$/, '')).split('\n');
  let inCode = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = line.replace(/^ +/, '').startsWith('```');
    if (inCode || fence) {
      if (fence) inCode = !inCode;
      continue;
    }
    const m = line.includes(':') ? ADMONITION.exec(line) : null;
    if (!m) continue;
    const kind = m[1].toLowerCase();
    const next = lines[i + 1];
    const after = lines[i + 2];
    const indentedBelow = next !== undefined && !blank(next) && next.startsWith(' ');
    const indentedBelow2 = after !== undefined && !blank(after) && after.startsWith(' ');
    if (!(indentedBelow || indentedBelow2)) continue;
    const blankAbove = i === 0 || blank(lines[i - 1]);
    if (!blankAbove || (indentedBelow2 && blank(next))) continue;
    const { items, end } = blockItems(lines, i + 1);
    if (PARAMETER_SECTIONS.has(kind)) {
      docs = {};
      for (const item of items) {
        const colon = item[0].indexOf(':');
        if (colon < 0) continue;
        const nameWithType = item[0].slice(0, colon);
        const description = [item[0].slice(colon + 1).replace(/^\s+/, ''), ...item.slice(1)]
          .join('\n')
          .replace(/\n+$/, '');
        const name =
          nameWithType.includes('(') && nameWithType.endsWith(')')
            ? nameWithType.slice(0, nameWithType.indexOf('(')).trim()
            : nameWithType;
        docs[name] = description;
      }
    }
    if (SECTIONS.has(kind) || items.length) i = end;
  }
  return docs;
}

/** griffe's block of items: lines at the first line's indent start items, deeper lines continue them. */
function blockItems(lines: string[], offset: number): { items: string[][]; end: number } {
  let i = offset;
  while (i < lines.length && blank(lines[i])) i++;
  if (i >= lines.length) return { items: [], end: offset };
  const indent = lines[i].length - lines[i].trimStart().length;
  if (indent === 0) return { items: [], end: i - 1 };
  const items: string[][] = [[lines[i].slice(indent)]];
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    const current = items[items.length - 1];
    if (blank(line) || line === '') current.push('');
    else if (line.startsWith(' '.repeat(indent * 2))) current.push(line.slice(indent * 2));
    else if (line.startsWith(' '.repeat(indent + 1))) current.push(line.trimStart());
    else if (line.startsWith(' '.repeat(indent))) items.push([line.slice(indent)]);
    else break;
  }
  return { items, end: i - 1 };
}
