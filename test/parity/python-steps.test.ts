/**
 * Build steps given as Python functions: python3 (here the test venv's, first on PATH)
 * imports and calls them as the pinned Prefect's own `run_step` does, and the dict they
 * return is the same; the probe finds modules without running the repository's code.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { probeStepFunctions, runPythonStep } from '../../src/steps/python.js';
import { makeRepo } from '../support/repo.js';
import { venvBin } from '../support/python.js';

const venvPath = () => `${path.dirname(venvBin('python'))}${path.delimiter}/usr/bin${path.delimiter}/bin`;

const STEPS = `import asyncio, os

def tag_release(prefix, number=1, labels=None):
    print("tagging", prefix)
    return {"tag": f"{prefix}-{number}", "count": number, "labels": labels or ["a", 1, True, None], "nested": {"x": 1.5}}

async def later(value):
    await asyncio.sleep(0)
    return {"echo": value, "cwd": os.path.basename(os.getcwd())}

def nothing(**kwargs):
    return "not a dict"

def boom(x):
    raise ValueError(f"bad value {x}")

def path_out():
    import pathlib
    return {"where": pathlib.Path("/tmp")}

def slow():
    import time
    time.sleep(30)
`;

function repo(extra: Record<string, string> = {}) {
  return makeRepo({ 'mypkg/__init__.py': '', 'mypkg/steps.py': STEPS, ...extra });
}

/** What the pinned Prefect's run_step returns for each step, run in the repository (one Python for all: imports are slow). */
function prefectRunSteps(root: string, steps: Record<string, unknown>[]): unknown[] {
  const code = [
    'import asyncio, json, sys',
    'import prefect.deployments.steps.core as core',
    // The inputs hold no block or variable templates: no Prefect API is needed to resolve them.
    'async def same(inputs, *args, **kwargs):',
    '    return inputs',
    'core.resolve_block_document_references = core.resolve_variables = same',
    'run_step = core.run_step',
    'async def main(steps):',
    '    return [await run_step(step) for step in steps]',
    'print(json.dumps(asyncio.run(main(json.loads(sys.argv[1])))))',
  ].join('\n');
  const out = execFileSync(venvBin('python'), ['-c', code, JSON.stringify(steps)], {
    cwd: root,
    env: { ...process.env, DO_NOT_TRACK: '1', PREFECT_HOME: mkdtempSync(path.join(tmpdir(), 'ped-home-')) },
  });
  return JSON.parse(out.toString().trim().split('\n').pop()!);
}

async function ours(
  root: string,
  fn: string,
  inputs: Record<string, unknown>,
  options: { secret?: boolean; timeoutMs?: number } = {},
) {
  const lines: string[] = [];
  const outputs = await runPythonStep(
    { fn, inputs, secret: options.secret ?? false, timeoutMs: options.timeoutMs },
    { cwd: root, env: { PATH: venvPath() } },
    (l) => lines.push(l),
  );
  return { outputs, lines };
}

test("a team's step function and Prefect's test steps return what Prefect's run_step returns", async () => {
  const root = repo();
  const cases: [string, Record<string, unknown>][] = [
    ['mypkg.steps.tag_release', { prefix: 'rel', number: 3 }],
    ['mypkg.steps.tag_release', { prefix: 'rel', labels: ['x', { y: 2 }] }],
    ['mypkg.steps:later', { value: 'v1' }],
    ['prefect.testing.utilities.a_test_step', { given: 'in', n: 7 }],
    ['prefect.testing.utilities.b_test_step', {}],
  ];
  const theirs = prefectRunSteps(root, [
    ...cases.map(([fn, inputs]) => ({ [fn]: inputs })),
    { 'mypkg.steps.nothing': {} },
  ]);
  for (const [i, [fn, inputs]] of cases.entries()) {
    const { outputs } = await ours(root, fn, inputs);
    assert.deepEqual(outputs, theirs[i], fn);
  }
  assert.deepEqual(
    (await ours(root, 'mypkg.steps.tag_release', { prefix: 'p' })).lines,
    ['tagging p'],
    'what the step prints is progress',
  );
  // Prefect stores only a dict as the step's outputs.
  assert.equal(theirs[cases.length], 'not a dict');
  assert.deepEqual((await ours(root, 'mypkg.steps.nothing', {})).outputs, {});
});

test('a failing step says what it raised and where; a secret-bearing one not what it said', async () => {
  const root = repo();
  await assert.rejects(
    ours(root, 'mypkg.steps.boom', { x: 'visible' }),
    /mypkg\.steps\.boom raised ValueError: bad value visible at mypkg\/steps\.py:15$/,
  );
  await assert.rejects(ours(root, 'mypkg.steps.boom', { x: 'hunter2' }, { secret: true }), (e: Error) => {
    assert.match(
      e.message,
      /raised ValueError \(its message is not shown: the inputs hold a secret-bearing value\) at mypkg\/steps\.py:15/,
    );
    assert.doesNotMatch(e.message, /hunter2/);
    return true;
  });
  await assert.rejects(ours(root, 'mypkg.steps.absent', {}), /cannot import mypkg\.steps\.absent: AttributeError/);
  await assert.rejects(
    ours(root, 'mypkg.nosuch.step', {}),
    /cannot import mypkg\.nosuch\.step: ModuleNotFoundError: No module named 'mypkg\.nosuch'/,
  );
  await assert.rejects(
    ours(root, 'mypkg.steps.path_out', {}),
    /returned a dict whose 'where' JSON cannot hold \(a PosixPath\)/,
  );
  const started = Date.now();
  await assert.rejects(
    ours(root, 'mypkg.steps.slow', {}, { timeoutMs: 1500 }),
    /^Error: it did not finish within 2 s; it was ended$/,
  );
  assert.ok(Date.now() - started < 10_000, 'the step was not ended at its timeout');
});

test("neither the probe nor the runner runs the repository's code in place of its own", async () => {
  const marker = path.join(mkdtempSync(path.join(tmpdir(), 'ped-probe-')), 'ran');
  const root = repo({
    'json.py': `open(${JSON.stringify(`${marker}-json`)}, 'w').write('x')\n`,
    'sideeffect/__init__.py': `open(${JSON.stringify(`${marker}-init`)}, 'w').write('x')\n`,
    'sideeffect/steps.py': 'def f():\n    return {}\n',
    'plainmod.py': 'def f():\n    return {}\n',
  });
  const probe = probeStepFunctions(
    [
      'sideeffect.steps.f',
      'mypkg.steps.tag_release',
      'nopkg.steps.f',
      'plainmod.sub.f',
      'os.path.join',
      'prefect.testing.utilities.a_test_step',
      'flows/x.py:f',
    ],
    { cwd: root, env: { PATH: venvPath() } },
  );
  assert.equal(probe.get('sideeffect.steps.f'), undefined);
  assert.equal(probe.get('mypkg.steps.tag_release'), undefined);
  assert.equal(probe.get('os.path.join'), undefined);
  assert.equal(probe.get('prefect.testing.utilities.a_test_step'), undefined);
  assert.match(
    probe.get('nopkg.steps.f')!,
    /^python3 \(.*\.venv\/bin\/python3?, Python 3\.\d+\.\d+\) cannot import nopkg\.steps: No module named 'nopkg'$/,
  );
  assert.match(
    probe.get('plainmod.sub.f')!,
    /cannot import plainmod\.sub: No module named 'plainmod\.sub' \('plainmod' is not a package\)/,
  );
  assert.match(probe.get('flows/x.py:f')!, /a script path: write the module path/);
  assert.ok(!existsSync(`${marker}-init`), "the probe ran a package's __init__");
  assert.ok(!existsSync(`${marker}-json`), "the probe imported the repository's json.py");
  await ours(root, 'mypkg.steps.tag_release', { prefix: 'p' });
  assert.ok(!existsSync(`${marker}-json`), "the runner imported the repository's json.py");

  const none = probeStepFunctions(['mypkg.steps.tag_release'], {
    cwd: root,
    env: { PATH: mkdtempSync(path.join(tmpdir(), 'ped-empty-')) },
  });
  assert.equal(none.get('mypkg.steps.tag_release'), 'there is no python3 on PATH to import it with');
});
