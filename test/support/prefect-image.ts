/**
 * A local base image with the pinned Prefect and prefect-aws (nothing can be pulled
 * here): the python test image, the worker venv's packages, and the few shared
 * libraries their extension modules need. Built once per lock file, kept by tag; the
 * images of other lock files go when it is built.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { imageInfra } from './image.js';
import { repoRoot, venvBin } from './python.js';

const docker = (args: string[], cwd?: string) =>
  spawnSync('/usr/bin/docker', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });

export function prefectImage(): string {
  const lock = readFileSync(path.join(repoRoot, 'test/python/requirements-worker.txt'));
  const tag = `prefect-ecr-deploy-test/prefect:${createHash('sha256').update(lock).digest('hex').slice(0, 12)}`;
  if (docker(['image', 'inspect', '--format', '{{.Id}}', tag]).status === 0) return tag;
  const site = path.resolve(venvBin('python', '.venv-worker'), '../../lib/python3.11/site-packages');
  const context = mkdtempSync(path.join(tmpdir(), 'ped-prefect-image-'));
  try {
    cpSync(site, path.join(context, 'site'), { recursive: true, dereference: true });
    // The C and C++ runtime libraries the packages' extension modules link against.
    const ldd = spawnSync(
      'sh',
      [
        '-c',
        `find "${site}" -name '*.so*' -type f -exec ldd {} + 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\\// {print $3}' | sort -u`,
      ],
      { encoding: 'utf8' },
    );
    mkdirSync(path.join(context, 'lib'));
    for (const lib of ldd.stdout.split('\n').filter((l) => l && !l.includes('site-packages')))
      cpSync(lib, path.join(context, 'lib', path.basename(lib)), { dereference: true });
    writeFileSync(
      path.join(context, 'Dockerfile'),
      `FROM ${imageInfra().pythonImage}\nCOPY lib/ /lib/x86_64-linux-gnu/\nCOPY site/ /opt/prefect-site/\nENV PYTHONPATH=/opt/prefect-site HOME=/tmp\n`,
    );
    const build = docker(['build', '--tag', tag, '.'], context);
    if (build.status !== 0) throw new Error(`building ${tag} failed:\n${build.stderr.slice(-3000)}`);
    const check = docker([
      'run',
      '--rm',
      tag,
      'python',
      '-c',
      'import prefect, prefect_aws; print(prefect.__version__)',
    ]);
    if (check.status !== 0) throw new Error(`${tag} does not import Prefect:\n${check.stderr.slice(-3000)}`);
    const repo = tag.slice(0, tag.indexOf(':'));
    const stale = docker(['images', '--format', '{{.Repository}}:{{.Tag}}', repo]).stdout.split('\n');
    for (const old of stale.filter((t) => t && t !== tag)) docker(['rmi', old]);
    return tag;
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}
