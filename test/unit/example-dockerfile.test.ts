/**
 * examples/Dockerfile is one a team can copy: its working directory is where each run starts
 * (the default pull step, DEFAULT_WORKDIR and action.yml's workdir), the repository is copied
 * there so every entrypoint resolves from it, and its base image is the pinned Prefect.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { runValidate } from '../../src/commands/validate.js';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { DEFAULT_WORKDIR } from '../../src/settings.js';
import { repoRoot } from '../support/python.js';
import { makeRepo } from '../support/repo.js';
import { settingsFor } from '../support/settings.js';

const examples = path.join(repoRoot, 'examples');
const dockerfile = readFileSync(path.join(examples, 'Dockerfile'), 'utf8');
const instructions = dockerfile
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.trim().split(/\s+/));

test("examples/Dockerfile works in the default pull step's directory, which is action.yml's workdir default", () => {
  const workdirs = instructions.filter(([op]) => op === 'WORKDIR').map(([, dir]) => dir);
  assert.deepEqual(workdirs, [DEFAULT_WORKDIR]);
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  assert.equal(action.inputs.workdir.default, DEFAULT_WORKDIR);
});

test('examples/Dockerfile copies the repository into its working directory, after the dependencies', () => {
  const ops = instructions.map((i) => i.join(' '));
  const workdir = ops.indexOf(`WORKDIR ${DEFAULT_WORKDIR}`);
  const copyAll = ops.findIndex(
    (o) => o === 'COPY . .' || o === `COPY . ${DEFAULT_WORKDIR}` || o === `COPY . ${DEFAULT_WORKDIR}/`,
  );
  const install = ops.findIndex((o) => o.startsWith('RUN pip install'));
  assert.ok(workdir >= 0 && workdir < copyAll, ops.join('\n'));
  assert.ok(install >= 0 && install < copyAll, 'dependencies in a layer of their own, before the code');
  // Each file it copies by name exists in the example repository.
  for (const [op, ...args] of instructions) {
    if (op === 'COPY' && args[0] !== '.')
      for (const src of args.slice(0, -1)) assert.ok(existsSync(path.join(examples, src)), src);
  }
  // Every entrypoint of the example files is relative to the repository, so to the working directory.
  for (const env of ['dev', 'prod']) {
    const file = parse(readFileSync(path.join(examples, `prefect-deployments-${env}.yaml`), 'utf8')) as {
      deployments: { entrypoint: string }[];
    };
    for (const d of file.deployments)
      assert.ok(existsSync(path.join(examples, d.entrypoint.split(':')[0])), d.entrypoint);
  }
});

test("examples/Dockerfile's base image is the pinned Prefect release", () => {
  const pinned = /^prefect==(\S+)$/m.exec(
    readFileSync(path.join(repoRoot, 'test/python/requirements-prefect3.txt'), 'utf8'),
  )![1];
  assert.match(
    dockerfile,
    new RegExp(`^ARG PREFECT_IMAGE=prefecthq/prefect:${pinned.replace(/\./g, '\\.')}-python3\\.\\d+$`, 'm'),
  );
  assert.match(dockerfile, /^FROM \$\{PREFECT_IMAGE\}$/m);
});

test('dockerfile: auto is refused with a hint that matches the default pull step and names examples/Dockerfile', () => {
  const root = makeRepo({
    'prefect.yaml': `build:
  - prefect_docker.deployments.steps.build_docker_image:
      image_name: 123456789012.dkr.ecr.us-east-1.amazonaws.com/flows
      tag: latest
      dockerfile: auto
deployments:
  - name: e
    entrypoint: flows/hello_world.py:hello
    work_pool: {name: p}
`,
  });
  const report = runValidate(settingsFor(root, ['validate', '--env', 'dev', '--sha', 'ab'.repeat(20)]));
  const errors = report.errors.map(formatDiagnostic);
  const auto = errors.find((e) => e.includes('dockerfile: auto'));
  assert.ok(auto, errors.join('\n'));
  assert.match(auto, new RegExp(`WORKDIR ${DEFAULT_WORKDIR} .*examples/Dockerfile`));
  assert.doesNotMatch(auto, /<directory>/);
});
