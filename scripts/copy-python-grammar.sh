#!/usr/bin/env bash
# The Python grammar ships beside each bundle: web-tree-sitter's ESM build and both
# WebAssembly files, loaded at run time by src/flows/python.ts (bundling the runtime breaks it).
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in dist dist/cli; do
  cp node_modules/web-tree-sitter/tree-sitter.js node_modules/web-tree-sitter/tree-sitter.wasm \
    node_modules/tree-sitter-python/tree-sitter-python.wasm "$dir/"
done
for pkg in web-tree-sitter tree-sitter-python; do
  printf '\n%s\nMIT\n%s\n' "$pkg" "$(cat "node_modules/$pkg/LICENSE")" >> dist/licenses.txt
done
# The Unicode names table for `\N{...}` escapes (src/flows/unicode-names.ts), read on first use.
for dir in dist dist/cli; do cp node_modules/unicode-name/src/name.js "$dir/unicode-names.js"; done
printf '\n%s\nMIT\n%s\n' unicode-name "$(cat node_modules/unicode-name/MIT-LICENSE.txt)" >> dist/licenses.txt
