/** Code storage: the files chosen, against Prefect's own filter_files in the test venv (pure parts: test/unit/code-storage.test.ts). */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { codeFiles } from '../../src/code/files.js';
import { venvBin } from '../support/python.js';
import { commitAll, tree } from '../support/repo.js';

test(".prefectignore: the same files as Prefect's own filter_files (what push_to_s3 uploads) of those committed, never .git", async () => {
  const ignore = [
    '# generated',
    '',
    '*.pyc',
    '__pycache__/',
    'data/*.csv',
    '!data/keep.csv',
    '/top.txt',
    'docs/**/draft.md',
    'secrets',
    ' spaced.txt ',
  ];
  const root = tree({
    '.prefectignore': ignore.join('\n') + '\n',
    'flows/a.py': 'a',
    'flows/__pycache__/a.cpython-311.pyc': 'x',
    'flows/b.pyc': 'x',
    'data/x.csv': 'x',
    'data/keep.csv': 'k',
    'data/readme.md': 'r',
    'top.txt': 't',
    'sub/top.txt': 't',
    'docs/a/b/draft.md': 'd',
    'docs/final.md': 'f',
    'secrets/k': 'k',
    'lib/secrets': 's',
    'spaced.txt': 's',
  });
  commitAll(root);
  const ours = await codeFiles(root);
  assert.equal(ours.rules, 'git ls-files, .prefectignore');
  const script = `import json, sys
from pathlib import Path
from prefect.utilities.filesystem import filter_files
root = sys.argv[1]
patterns = [line.strip() for line in open(Path(root) / ".prefectignore")]
print(json.dumps(sorted(p for p in filter_files(root, patterns, include_dirs=False, as_posix=True) if not p.startswith(".git/"))))`;
  const theirs = JSON.parse(execFileSync(venvBin('python'), ['-c', script, root], { encoding: 'utf8' })) as string[];
  assert.deepEqual(ours.files.map((f) => f.path).sort(), theirs);
  assert.equal(ours.why('flows/b.pyc'), '.prefectignore ignores it');
});
