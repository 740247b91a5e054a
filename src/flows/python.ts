/**
 * The Python grammar: tree-sitter's Python grammar (PEP 695 generics and `type`
 * statements, PEP 701 f-strings), loaded once when this module is imported.
 *
 * The bundles ship web-tree-sitter's ESM build and both WebAssembly files beside
 * them (`npm run bundle` copies them) and import it at run time: bundled, its
 * `await import('module')` loses `createRequire`. From src/, the installed packages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as TreeSitter from 'web-tree-sitter';

export type SyntaxNode = TreeSitter.Node;

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function asset(name: string, installed: () => string): string {
  const beside = path.join(here, name);
  return existsSync(beside) ? beside : installed();
}

const runtime = asset('tree-sitter.js', () =>
  path.join(path.dirname(require.resolve('web-tree-sitter')), 'tree-sitter.js'),
);
const ts = (await import(/* webpackIgnore: true */ pathToFileURL(runtime).href)) as typeof TreeSitter;
await ts.Parser.init({
  wasmBinary: readFileSync(asset('tree-sitter.wasm', () => path.join(path.dirname(runtime), 'tree-sitter.wasm'))),
});
const language = await ts.Language.load(
  readFileSync(asset('tree-sitter-python.wasm', () => require.resolve('tree-sitter-python/tree-sitter-python.wasm'))),
);
const parser = new ts.Parser();
parser.setLanguage(language);

/** Parses a whole module; the caller deletes the tree when done with it. */
export function parseTree(source: string): TreeSitter.Tree {
  const tree = parser.parse(source);
  if (!tree) throw new Error('the Python parser returned no tree');
  return tree;
}

/** A node's named children (web-tree-sitter types them as possibly null). */
export function named(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => c !== null);
}

/** All children, tokens included. */
export function kids(n: SyntaxNode): SyntaxNode[] {
  return n.children.filter((c): c is SyntaxNode => c !== null);
}

/** The children in a field (`name` of an import may repeat). */
export function fields(n: SyntaxNode, field: string): SyntaxNode[] {
  return n.childrenForFieldName(field).filter((c): c is SyntaxNode => c !== null);
}
