/**
 * Values read as prefect deploy's own libraries read them, checked against them in the
 * pinned venv: PyYAML's SafeLoader on tricky scalars (and pydantic's JSON of what it
 * makes), pydantic's lax booleans and durations, Prefect's ListOfNonEmptyStrings (tags),
 * Python's shlex.split and string.Template.safe_substitute (run_shell_script).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { laxBool, laxDuration, nonEmptyStrings } from '../../src/config/coerce.js';
import { parseYaml, plain, type YNode } from '../../src/config/yaml.js';
import { safeSubstitute, shlexSplit } from '../../src/steps/shell.js';
import { repoRoot, venvBin } from '../support/python.js';

const SCALARS = [
  'y',
  'n',
  'Y',
  'N',
  'yes',
  'No',
  'ON',
  'off',
  'true',
  'False',
  'TRUE',
  'tRUE',
  'on_',
  'nope',
  '1',
  '-1',
  '+1',
  '0',
  '00',
  '007',
  '0755',
  '0o17',
  '0x1F',
  '-0x1f',
  '0b101',
  '0b2',
  '1_000',
  '1__0',
  '012_3',
  '1:30',
  '1:30:00',
  '190:20:30',
  '0:30',
  '-1:30',
  '1:60',
  '1.5',
  '1.',
  '.5',
  '-.5',
  '1.0',
  '1e3',
  '1E3',
  '1.0e+3',
  '1.0e3',
  '1.5e-7',
  '1e-5',
  'e422',
  '.inf',
  '-.Inf',
  '.NaN',
  '+.inf',
  '1_000.5',
  '190:20:30.15',
  '3.14159265358979',
  '12345678901234567',
  '1e16',
  '~',
  'null',
  'Null',
  'NULL',
  'nUll',
  '',
  ' ',
  '2024-01-01',
  '2024-1-1',
  '2024-01-1',
  '2024-01-01 10:00:00',
  '2024-01-01T10:00:00Z',
  '2024-01-01t10:00:00.5',
  '2024-01-01 10:00:00 -05:00',
  '2024-01-01T10:00:00+0530',
  '2024-01-01T10:00:00.1234567+02:00',
  '2024-01-01T1:00:00',
  '2024-01-01 10:00',
  '"2024-01-01"',
  "'yes'",
  '!!str 12',
  '!!int "42"',
  '!!float 1',
  '!!bool "on"',
  '!!null x',
  '!!str',
  '! 12',
  '+0',
  '-0',
  '0.0',
  '-0.0',
  '1_0.0_1',
  '0x_A',
  '.Inf',
  'NaN',
  'Yes',
  'YES',
  'Off',
  'oN',
  '2024-12-31T23:59:59.999999Z',
  '9999-12-31',
  '0000-01-01',
  '2024-02-29',
  '2023-02-29',
  '1e',
  '1.2.3',
  '12:30',
  '1 2',
  '0.1e+1',
  '-1_000',
  '0o',
  '08',
  '09.5',
  '<<',
  '=',
  '"y"',
  'a: 1',
  '{y: 1, n: 2}',
  '[1, y, 2024-01-01]',
  '- 1\n- 1.0\n- "1"',
  '>\n  folded\n  text\n',
  '|\n  kept\n  lines\n',
];
const BOOLS: unknown[] = [
  'true',
  'True',
  'yes',
  'on',
  '1',
  'y',
  't',
  'false',
  'off',
  '0',
  'no',
  'n',
  'f',
  'OFF',
  '',
  'maybe',
  ' true',
  1,
  0,
  2,
  true,
  'Y',
  'N',
];
const DURATIONS: unknown[] = [
  3600,
  0.5,
  '1:00',
  '01:00',
  '00:01',
  '1:00:00',
  '01:00:00',
  '100:00:00',
  '1:0:0',
  '01:60:00',
  '01:00:60',
  '00:00:01.5',
  '00:00:01.1234567',
  '1 day',
  '1 days',
  '2 days, 01:00:00',
  '2 days 01:00:00',
  '2d',
  '2d01:00:00',
  '2 d',
  '1 day,01:00:00',
  '1 day ,01:00:00',
  '1day',
  '1 DAY',
  'P1D',
  'PT1H',
  'P1DT',
  'P',
  'PT',
  'P1.5D',
  'PT1,5H',
  'P1Y2M3W4DT5H6M7S',
  'PT36H',
  'P0D',
  '-P1D',
  '+PT1H',
  '1',
  '1.5',
  ' PT1H',
  'PT1H ',
  '3600s',
  '1h',
  '10:00',
  '99:59',
  '00:00:00',
  '0:00',
  '25:00:00',
  '1 day, 24:00:00',
  '-01:00:00',
  'p1d',
  'PT1H1H',
  'PT1M1H',
  'P1.D',
  'P.5D',
  'P1DT2H3M4.5555555S',
];
const TAGS: unknown[] = [['a', 'b'], 'ab', 'a b', ['', ' ', 'x'], [1, 1.5, true, null], [], ''];
const SHLEX = [
  'echo hi',
  "echo 'a  b' c",
  'echo "a\\"b"',
  'a\\ b',
  'echo "x\\y"',
  "a'b'c",
  '""',
  "echo '' x",
  'echo "unclosed',
  'end\\',
  '  spaced   out  ',
  'tab\there',
  'a"b c"d',
  "'it'\\''s'",
  'echo $HOME "$HOME"',
  'semi;colon && | > <',
];
const TEMPLATES: [string, Record<string, string>][] = [
  ['$A ${A} $$A $B ${B} $', { A: 'x' }],
  ['$_x $1 ${a b} ${A', { _x: 'y', A: 'z' }],
  ['price: $$5, path $HOME/bin', { HOME: '/root' }],
];

interface Truth {
  yaml: ({ json: unknown; type: string } | { error: string })[];
  bool: unknown[];
  duration: unknown[];
  tags: unknown[];
  shlex: unknown[];
  template: unknown[];
}

const truth: Truth = JSON.parse(
  execFileSync(venvBin('python'), [`${repoRoot}/test/python/reading_truth.py`], {
    input: JSON.stringify({
      yaml: SCALARS,
      bool: BOOLS,
      duration: DURATIONS,
      tags: TAGS,
      shlex: SHLEX,
      template: TEMPLATES,
    }),
    env: { ...process.env, PREFECT_HOME: `${repoRoot}/.tmp/prefect-home`, DO_NOT_TRACK: '1' },
  }).toString(),
);

/** The PyYAML type of a located node, as the truth names it. */
function typeOf(n: YNode | undefined): string {
  if (!n) return 'NoneType';
  if (n.kind === 'map') return 'dict';
  if (n.kind === 'seq') return 'list';
  if (n.type === 'date' || n.type === 'timestamp') return n.type;
  if (n.value === null) return 'NoneType';
  if (typeof n.value === 'boolean') return 'bool';
  if (typeof n.value === 'number') return n.type === 'float' ? 'float' : 'int';
  return 'str';
}

/**
 * What JSON cannot carry exactly is refused here (PyYAML reads it): infinity and
 * not-a-number, and integers beyond 2^53 (they would be sent rounded).
 */
const unsendable = (expected: { json: unknown; type: string }) =>
  (expected.type === 'float' && typeof expected.json === 'string') ||
  (expected.type === 'int' && !Number.isSafeInteger(expected.json));

test('YAML scalars: what PyYAML safe_load makes of each, and the JSON prefect deploy sends', () => {
  const mismatches = SCALARS.flatMap((text, i) => {
    const expected = truth.yaml[i];
    const parsed = parseYaml('f.yaml', text);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    const ours = errors.length ? 'refused' : JSON.stringify([typeOf(parsed.root), plain(parsed.root) ?? null]);
    const theirs =
      'error' in expected || unsendable(expected) ? 'refused' : JSON.stringify([expected.type, expected.json]);
    return ours === theirs ? [] : [`${JSON.stringify(text)}: ours ${ours}, PyYAML ${theirs}`];
  });
  assert.deepEqual(mismatches, []);
  assert.ok(SCALARS.length >= 100, `${SCALARS.length} cases`);
});

test('pydantic lax booleans', () => {
  BOOLS.forEach((v, i) =>
    assert.equal(
      laxBool(v) ?? 'refused',
      typeof truth.bool[i] === 'boolean' ? truth.bool[i] : 'refused',
      JSON.stringify(v),
    ),
  );
});

test('pydantic durations (schedule intervals, trigger windows)', () => {
  DURATIONS.forEach((v, i) =>
    assert.equal(
      laxDuration(v) ?? 'refused',
      typeof truth.duration[i] === 'number' ? truth.duration[i] : 'refused',
      JSON.stringify(v),
    ),
  );
});

test("Prefect's ListOfNonEmptyStrings for tags", () => {
  TAGS.forEach((v, i) => assert.deepEqual(nonEmptyStrings(v), truth.tags[i], JSON.stringify(v)));
});

test('shlex.split and string.Template.safe_substitute', () => {
  SHLEX.forEach((v, i) => {
    const ours = shlexSplit(v);
    const expected = truth.shlex[i] as string[] | { error: string };
    if (!Array.isArray(expected)) assert.ok(!Array.isArray(ours), `${JSON.stringify(v)}: shlex refuses it`);
    else assert.deepEqual(ours, expected, JSON.stringify(v));
  });
  TEMPLATES.forEach(([text, env], i) => assert.equal(safeSubstitute(text, env), truth.template[i], text));
});

test('a key repeated in one mapping keeps the last value, and says so where the first is', () => {
  const parsed = parseYaml('f.yaml', 'a: 1\nb: 2\na: 3\n');
  assert.deepEqual(plain(parsed.root), { a: 3, b: 2 });
  assert.deepEqual(
    parsed.diagnostics.map((d) => [d.line, d.column, d.severity, d.strict]),
    [[1, 1, 'warning', true]],
  );
});

test('merges as PyYAML flattens them: explicit keys win, earlier sources win over later ones', () => {
  const parsed = parseYaml('f.yaml', 'x: &x {a: 1, b: 1}\ny: &y {b: 2, c: 2}\nz:\n  <<: [*x, *y]\n  c: 3\n');
  assert.deepEqual((plain(parsed.root) as Record<string, unknown>).z, { a: 1, b: 1, c: 3 });
});
