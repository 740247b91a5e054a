/**
 * Hostile or careless flow files (issue 13): each is a diagnostic at its position,
 * with every other error of the file still reported (exit 2), never a crash or a
 * hang; special files, huge files and links out of the checkout are refused.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { runValidate } from '../../src/commands/validate.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { FlowReader } from '../../src/flows/read.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const deployment = (name: string, entrypoint: string) =>
  `  - name: ${name}\n    entrypoint: ${entrypoint}\n    work_pool: {name: pool}\n`;
const FLOW = 'from prefect import flow\n\n@flow\ndef f(x: int = 1):\n    pass\n';

function validate(root: string, yaml: string) {
  writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), yaml);
  const report = runValidate(settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA], {}));
  return { valid: report.valid, errors: report.errors.map(formatDiagnostic) };
}

test(
  'deep nesting, bad string annotations and `list[]` are each an error at its position, all reported at once',
  { timeout: 60_000 },
  () => {
    const root = makeRepo({
      'flows/brackets.py': `${FLOW}x = ${'['.repeat(1000)}${']'.repeat(1000)}\n`,
      'flows/blocks.py': `${FLOW}${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(1000)}pass\n`,
      'flows/chain.py': `${FLOW}x = 1${' + 1'.repeat(20_000)}\n`,
      'flows/annotation.py':
        'from prefect import flow\n\n@flow\ndef f(x: "list[int", y: "dict[str,, int]" = None):\n    pass\n',
      'flows/empty_subscript.py': 'from prefect import flow\n\n@flow\ndef f(x: list[] = None):\n    pass\n',
    });
    const yaml = `deployments:\n${['brackets', 'blocks', 'chain', 'annotation', 'empty_subscript'].map((f) => deployment(f.replace('_', '-'), `flows/${f}.py:f`)).join('')}  - name: other\n    entrypoint: flows/hello_world.py:hello\n    work_pool: {name: pool}\n    shedule: {cron: "0 0 * * *"}\n`;
    const { valid, errors } = validate(root, yaml);
    assert.equal(valid, false);
    const expect: [string, RegExp][] = [
      ['3:17', /flows\/brackets.py:6:205: Python syntax error: too many nested parentheses/],
      ['6:17', /flows\/blocks.py:106:1: Python syntax error: too many levels of indentation/],
      ['9:17', /flows\/chain.py:6:\d+: Python syntax error: expression nested too deeply/],
      ['12:17', /flows\/annotation.py:4:10: the string annotation of 'x' is not valid Python: '\[' was never closed/],
      ['15:17', /flows\/empty_subscript.py:4:15: Python syntax error: invalid syntax/],
      ['20:5', /unknown key 'shedule'/],
    ];
    for (const [pos, pattern] of expect) {
      assert.ok(
        errors.some((l) => l.startsWith(`prefect-deployments-dev.yaml:${pos}: `) && pattern.test(l)),
        `expected ${pos} ${pattern} among:\n${errors.join('\n')}`,
      );
    }
    assert.equal(errors.length, expect.length, errors.join('\n'));
  },
);

test(
  'flow files that are not regular files, too large, or links out of the repository are refused with a clear message',
  { timeout: 60_000 },
  () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'ped-outside-'));
    writeFileSync(path.join(outside, 'secret_flow.py'), FLOW);
    const root = makeRepo({ 'flows/big.py': `${FLOW}${'# padding\n'.repeat(600_000)}` });
    symlinkSync('/dev/zero', path.join(root, 'flows/zero.py'));
    execFileSync('mkfifo', [path.join(root, 'flows/fifo.py')]);
    mkdirSync(path.join(root, 'flows/folder.py'));
    symlinkSync(path.join(outside, 'secret_flow.py'), path.join(root, 'flows/linked.py'));
    symlinkSync(outside, path.join(root, 'flows/linked_dir'));
    writeFileSync(
      path.join(root, 'flows/imports_outside.py'),
      'from prefect import flow\nfrom linked_dir.secret_flow import f as g\n\n@flow\ndef f(x: g = None):\n    pass\n',
    );
    const names = ['zero', 'fifo', 'folder', 'big', 'linked'];
    const yaml = `deployments:\n${names.map((n) => deployment(n, `flows/${n}.py:f`)).join('')}${deployment('via-dir', 'flows/linked_dir/secret_flow.py:f')}`;
    const { valid, errors } = validate(root, yaml);
    assert.equal(valid, false);
    const expect: [string, RegExp][] = [
      ['3:17', /entrypoint file flows\/zero.py is not a regular file \(a device\)/],
      ['6:17', /entrypoint file flows\/fifo.py is not a regular file \(a FIFO\)/],
      ['9:17', /entrypoint file flows\/folder.py is not a regular file \(a directory\)/],
      ['12:17', /entrypoint file flows\/big.py is larger than 5 MB/],
      ['15:17', /entrypoint file flows\/linked.py is a link to a file outside the repository/],
      ['18:17', /entrypoint file flows\/linked_dir\/secret_flow.py is a link to a file outside the repository/],
    ];
    for (const [pos, pattern] of expect) {
      assert.ok(
        errors.some((l) => l.startsWith(`prefect-deployments-dev.yaml:${pos}: `) && pattern.test(l)),
        `expected ${pos} ${pattern} among:\n${errors.join('\n')}`,
      );
    }
    // A module imported through a link out of the checkout is not read: its names stay unknown.
    const reader = new FlowReader(root);
    const imported = reader.read('flows/imports_outside.py:f');
    assert.ok(imported.ok, imported.ok ? '' : imported.message);
    assert.deepEqual(imported.flow.parameterSchema.properties.x, { default: null, position: 0, title: 'x' });
    // Block scripts get the same checks.
    assert.match(reader.scriptError('flows/zero.py') ?? '', /is not a regular file \(a device\)/);
    assert.match(reader.scriptError('flows/fifo.py') ?? '', /is not a regular file \(a FIFO\)/);
    assert.match(reader.scriptError('flows/linked.py') ?? '', /is a link to a file outside the repository/);
    assert.equal(reader.scriptError('flows/hello_world.py'), undefined);
  },
);

test(
  "a flow file only CPython's compiler refuses registers with a warning, an error with --strict; real syntax errors stay errors",
  { timeout: 60_000 },
  () => {
    const root = makeRepo({
      'flows/awaits.py': `${FLOW}\nawait f()\n`,
      'flows/broken.py': `${FLOW}\nx = (1 +\n`,
    });
    const file = `deployments:\n${deployment('a', 'flows/awaits.py:f')}`;
    writeFileSync(path.join(root, 'prefect-deployments-dev.yaml'), file);
    const lenient = runValidate(settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA], {}));
    assert.equal(lenient.valid, true, lenient.errors.map(formatDiagnostic).join('\n'));
    const warning = lenient.warnings.map(formatDiagnostic).find((w) => w.includes("'await' outside function"));
    assert.ok(warning, lenient.warnings.map(formatDiagnostic).join('\n'));
    assert.match(warning, /line 7\b.*the worker's import of the flow will fail/);
    const strict = runValidate(settingsFor(root, ['validate', '--env', 'dev', '--sha', SHA, '--strict'], {}));
    assert.equal(strict.valid, false);
    assert.ok(strict.errors.map(formatDiagnostic).some((e) => e.includes("'await' outside function")));
    const broken = validate(root, `deployments:\n${deployment('b', 'flows/broken.py:f')}`);
    assert.equal(broken.valid, false);
    assert.ok(
      broken.errors.some((e) => /flows\/broken\.py:7:\d+: Python syntax error/.test(e)),
      broken.errors.join('\n'),
    );
  },
);

test(
  "a repository module the flow imports that CPython's compiler refuses is an error, as prefect deploy fails on it",
  { timeout: 60_000 },
  () => {
    const root = makeRepo({
      'flows/uses.py':
        'from prefect import flow\nfrom helpers import LIMIT\n\n\n@flow\ndef f(limit: int = LIMIT):\n    pass\n',
      'flows/helpers.py': 'from deeper import X\nLIMIT = 5\n',
      'flows/deeper.py': 'X = 1\nreturn X\n',
    });
    const got = new FlowReader(root).read('flows/uses.py:f');
    assert.equal(got.ok, false);
    assert.match(
      got.ok ? '' : got.message,
      /^flows\/deeper\.py:2:1: Python syntax error: 'return' outside function \(flows\/uses\.py imports it/,
    );
  },
);
