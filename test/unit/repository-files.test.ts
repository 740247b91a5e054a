/**
 * Walks over the repository that a hostile or huge checkout cannot turn into a hang:
 * the code tree (1,500 levels deep) is chosen in bounded time without blocking the
 * event loop, and a `--file` glob neither follows a linked folder nor walks without end.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { codeFiles } from '../../src/code/files.js';
import { expandFiles } from '../../src/files.js';
import { commitAll } from '../support/repo.js';

const LEVELS = 1_500;
const FILES_PER_LEVEL = 2;

test(
  `a code tree ${LEVELS} levels deep with ${LEVELS * FILES_PER_LEVEL} files: chosen in seconds, the event loop never blocked for long`,
  { timeout: 300_000 },
  async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ped-deep-'));
    let dir = root;
    for (let level = 0; level < LEVELS; level++) {
      dir = path.join(dir, 'd');
      mkdirSync(dir);
      for (let i = 0; i < FILES_PER_LEVEL; i++) writeFileSync(path.join(dir, `f${i}`), 'x');
    }
    // Git's own rules at the top, as the probe had: the old walk looked them up level by level for every file.
    writeFileSync(path.join(root, '.gitignore'), '*.log\n');
    commitAll(root);

    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const chosen = await codeFiles(root);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(ticker);
    assert.equal(chosen.files.length, LEVELS * FILES_PER_LEVEL + 1);
    assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
    // Generous for a loaded machine: the walk pauses every 50 ms (before, it held the loop for the whole 200 s).
    assert.ok(
      longest < 2000,
      `the event loop was blocked for ${longest.toFixed(0)} ms at once (total ${seconds.toFixed(1)} s)`,
    );
  },
);

test('the code tree walk stops when the run stops (its pause throws, as --timeout and signals make it)', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'ped-stop-'));
  for (let i = 0; i < 2_000; i++) writeFileSync(path.join(root, `f${i}`), 'x');
  commitAll(root);
  let pauses = 0;
  await assert.rejects(
    codeFiles(root, async () => {
      if (++pauses === 1) throw new Error('stopped: timed out');
    }),
    /stopped: timed out/,
  );
  assert.equal(pauses, 1);
});

test('a --file glob does not follow a linked folder: projects -> /usr is refused at once', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ped-glob-'));
  symlinkSync('/usr', path.join(cwd, 'projects'));
  const started = performance.now();
  assert.throws(
    () => expandFiles(['projects/*/prefect.yaml'], cwd),
    /--file 'projects\/\*\/prefect\.yaml': projects is a symbolic link; a glob does not follow links/,
  );
  assert.throws(() => expandFiles(['projects/**/prefect.yaml'], cwd), /projects is a symbolic link/);
  assert.ok(performance.now() - started < 1000, 'no walk below the link');
  // Nor a link below the fixed part.
  mkdirSync(path.join(cwd, 'real/a'), { recursive: true });
  writeFileSync(path.join(cwd, 'real/a/prefect.yaml'), 'deployments: []\n');
  symlinkSync('/usr', path.join(cwd, 'real/usr'));
  assert.deepEqual(expandFiles(['real/**/prefect.yaml'], cwd), [path.join(cwd, 'real/a/prefect.yaml')]);
});

test('a --file glob walks only as deep as it can match, and at most a bounded number of entries', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'ped-glob-'));
  for (const p of ['a', 'b']) {
    mkdirSync(path.join(cwd, 'projects', p), { recursive: true });
    writeFileSync(path.join(cwd, 'projects', p, 'prefect.yaml'), 'deployments: []\n');
  }
  // A deep folder that only `**` can reach.
  let dir = path.join(cwd, 'projects/a/deep');
  for (let i = 0; i < 200; i++) {
    dir = path.join(dir, 'x');
    mkdirSync(dir, { recursive: true });
  }
  const limits = { entries: 50 };
  assert.deepEqual(
    expandFiles(['projects/*/prefect.yaml'], cwd, limits),
    ['a', 'b'].map((p) => path.join(cwd, 'projects', p, 'prefect.yaml')),
  );
  assert.throws(
    () => expandFiles(['projects/**/prefect.yaml'], cwd, limits),
    /--file 'projects\/\*\*\/prefect\.yaml' walks more than 50 entries below .+projects: name a narrower pattern/,
  );
});
