/**
 * Module-path entrypoints (`package.module:flow`) of a project installed before `prefect deploy`
 * (`pip install -e .`): the package is found where the install puts it, as pyproject.toml or
 * setup.cfg say (setuptools, hatch, poetry), else under src/, and the flow's note says where.
 * The parity corpus compares two such flows with Prefect's own reading (srcpkg, mapped).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FlowReader } from '../../src/flows/read.js';
import { parseToml } from '../../src/flows/packages.js';
import { makeRepo } from '../support/repo.js';

const FLOW =
  'from prefect import flow\n\nfrom acme.shared import LIMIT\n\n\n@flow\ndef job(limit: int = LIMIT):\n    pass\n';

function layout(pkgDir: string, config: Record<string, string>): string {
  return makeRepo({
    ...config,
    [`${pkgDir}/__init__.py`]: '',
    [`${pkgDir}/jobs.py`]: FLOW,
    [`${pkgDir}/shared.py`]: 'LIMIT = 7\n',
  });
}

const LAYOUTS: [string, string, Record<string, string>, string][] = [
  ['a package under src/', 'src/acme', {}, 'a package under src/'],
  [
    'setuptools package-dir',
    'code/acme',
    { 'pyproject.toml': '[tool.setuptools.package-dir]\n"" = "code"\n' },
    'pyproject.toml [tool.setuptools] package-dir',
  ],
  [
    'setuptools package-dir, one package renamed',
    'python/acme_src',
    { 'pyproject.toml': '[tool.setuptools]\npackage-dir = {acme = "python/acme_src"}\n' },
    'pyproject.toml [tool.setuptools] package-dir',
  ],
  [
    'setuptools packages.find',
    'pkgs/acme',
    { 'pyproject.toml': '[tool.setuptools.packages.find]\nwhere = ["pkgs"]  # comment\n' },
    'pyproject.toml [tool.setuptools.packages.find] where',
  ],
  [
    'hatch',
    'app/acme',
    { 'pyproject.toml': '[project]\nname = "x"\n\n[tool.hatch.build.targets.wheel]\npackages = [\n  "app/acme",\n]\n' },
    'pyproject.toml [tool.hatch.build.targets.wheel] packages',
  ],
  [
    'poetry',
    'lib/acme',
    { 'pyproject.toml': '[tool.poetry]\npackages = [{ include = "acme", from = "lib" }]\n' },
    'pyproject.toml [tool.poetry] packages',
  ],
  [
    'setup.cfg package_dir',
    'source/acme',
    { 'setup.cfg': '[metadata]\nname = x\n\n[options]\npackage_dir =\n    =source\npackages = find:\n' },
    'setup.cfg [options] package_dir',
  ],
  [
    'setup.cfg packages.find',
    'py/acme',
    { 'setup.cfg': '[options]\npackages = find:\n\n[options.packages.find]\nwhere = py\n' },
    'setup.cfg [options.packages.find] where',
  ],
];

for (const [what, pkgDir, config, source] of LAYOUTS) {
  test(`package.module:flow in an installed project: ${what}`, () => {
    const root = layout(pkgDir, config);
    const got = new FlowReader(root).read('acme.jobs:job');
    assert.ok(got.ok, got.ok ? '' : got.message);
    assert.equal(got.flow.file, `${pkgDir}/jobs.py`);
    // The package's own absolute import resolves there too.
    assert.deepEqual(got.flow.parameterSchema.properties.limit, {
      default: 7,
      position: 0,
      title: 'limit',
      type: 'integer',
    });
    assert.equal(got.flow.notes.length, 1, got.flow.notes.map((n) => n.message).join('; '));
    assert.equal(
      got.flow.notes[0].message,
      `module 'acme.jobs' is ${pkgDir}/jobs.py (${source}), imported as the installed project (\`pip install .\`): the worker's image must install it too`,
    );
  });
}

test('a module at the root needs no install and gets no note; a module nowhere is still not found', () => {
  const root = layout('acme', {});
  const got = new FlowReader(root).read('acme.jobs:job');
  assert.ok(got.ok && got.flow.notes.length === 0, JSON.stringify(got));
  const missing = new FlowReader(layout('src/acme', {})).read('other.jobs:job');
  assert.deepEqual(missing, {
    ok: false,
    message: "module 'other.jobs' of entrypoint 'other.jobs:job' not found in the repository",
  });
});

test('the TOML reader reads what these settings use', () => {
  const doc = parseToml(
    [
      '# c',
      '[tool.setuptools]',
      'package-dir = {"" = "src", "a.b" = \'x\'}',
      'zip-safe = false',
      '[tool."hatch".build]',
      'packages = [',
      '  "a", # c',
      "  '''b''',",
      ']',
      '[[tool.poetry.source]]',
      'name = "pypi"',
      'x.y = 1',
    ].join('\n'),
  );
  assert.deepEqual(doc, {
    tool: {
      setuptools: { 'package-dir': { '': 'src', 'a.b': 'x' }, 'zip-safe': false },
      hatch: { build: { packages: ['a', 'b'] } },
      poetry: { source: [{ name: 'pypi', x: { y: 1 } }] },
    },
  });
});
