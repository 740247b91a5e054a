/**
 * The release workflow, run the way the runner runs it: its step (scripts/release.sh)
 * in a throwaway clone of this repository with a bare repository as the remote.
 * A release checks dist/ and creates, then moves, the major tag; a release whose
 * dist/ is not the bundle of src/ tags nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { repoRoot } from '../support/python.js';

const gitEnv: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'release-test',
  GIT_AUTHOR_EMAIL: 'r@example.com',
  GIT_COMMITTER_NAME: 'release-test',
  GIT_COMMITTER_EMAIL: 'r@example.com',
};

/** A bundle costs about 40 s of CPU: on a busy machine, a minute or two. */
function sh(cwd: string, cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd, env: gitEnv, encoding: 'utf8', timeout: 900_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function git(cwd: string, ...args: string[]): string {
  const r = sh(cwd, 'git', args);
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.out}`);
  return r.out.trim();
}

/** A new commit that says the given version and holds dist/ as it is in the work tree (not rebuilt). */
function commitVersion(clone: string, version: string, message: string): string {
  const file = path.join(clone, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { version: string };
  pkg.version = version;
  writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  git(clone, 'add', '-A', 'package.json', 'src', 'dist');
  git(clone, 'commit', '--allow-empty', '-qm', message);
  return git(clone, 'rev-parse', 'HEAD');
}

test('the release workflow runs scripts/release.sh with the release tag, and nothing from the event reaches a shell', () => {
  const wf = parse(readFileSync(path.join(repoRoot, '.github/workflows/release.yml'), 'utf8')) as {
    on: { release: { types: string[] } };
    jobs: Record<
      string,
      { permissions: Record<string, string>; steps: { run?: string; env?: Record<string, string> }[] }
    >;
  };
  assert.deepEqual(wf.on.release.types, ['published']);
  const [job] = Object.values(wf.jobs);
  assert.deepEqual(job.permissions, { contents: 'write' });
  const step = job.steps.find((s) => s.run?.includes('scripts/release.sh'))!;
  assert.match(step.run!, /^scripts\/release\.sh "\$TAG" /);
  assert.equal(step.env?.TAG, '${{ github.event.release.tag_name }}');
});

// Each bundle costs about 40 s of CPU, so every bundle here is one release.sh makes, and is
// what it checks: three releases (create v0, refuse a stale dist/, move v0). The refused one
// leaves the rebuilt dist/ in the work tree, which the maintainer commits and tags again, as
// after a real refusal.
test('a release checks dist/ and creates, then moves, the major tag; a stale dist/ tags nothing', (t) => {
  const work = mkdtempSync(path.join(tmpdir(), 'ped-release-'));
  // ncc caches each bundle by the directory it runs in (about 150 MB a clone): in the clone's folder, removed after.
  gitEnv.XDG_CACHE_HOME = path.join(work, 'cache');
  t.after(() => rmSync(work, { recursive: true, force: true }));
  const clone = path.join(work, 'clone');
  const remote = path.join(work, 'remote.git');
  git(work, 'clone', '--quiet', repoRoot, clone);
  git(work, 'init', '--quiet', '--bare', remote);
  // node_modules as hard links: a real folder of the clone (a link out would change the bundle's module ids).
  const copy = sh(work, 'cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(clone, 'node_modules')]);
  assert.equal(copy.status, 0, copy.out);
  const release = (tag: string) => sh(clone, 'scripts/release.sh', [tag, remote]);
  const remoteTag = (tag: string) => git(clone, 'ls-remote', '--tags', remote, `refs/tags/${tag}`).split('\t')[0];
  const tag = (name: string) => git(clone, 'tag', '--force', name);
  const srcChange = (text: string) => appendFileSync(path.join(clone, 'src/index.ts'), `\nconsole.log('${text}');\n`);

  // The first release: dist/ is the bundle of src/, and v0 is created.
  const first = commitVersion(clone, '0.1.0', 'Release 0.1.0');
  tag('v0.1.0');
  const r1 = release('v0.1.0');
  assert.equal(r1.status, 0, r1.out);
  assert.match(r1.out, /release: v0 -> v0\.1\.0/);
  assert.equal(remoteTag('v0'), first, 'v0 was created at v0.1.0');

  // src/ changed, dist/ not rebuilt: the release refuses and v0 stays.
  srcChange('not in dist');
  commitVersion(clone, '0.1.1', 'Release 0.1.1 without rebuilding dist');
  tag('v0.1.1');
  const r2 = release('v0.1.1');
  assert.equal(r2.status, 1, r2.out);
  assert.match(r2.out, /dist\/ at v0\.1\.1 is not the bundle of src\/; nothing was tagged/);
  assert.equal(remoteTag('v0'), first, 'a stale dist/ moved v0');

  // Rebuilt and committed: v0 moves.
  const second = commitVersion(clone, '0.1.1', 'Release 0.1.1');
  tag('v0.1.1');
  const r3 = release('v0.1.1');
  assert.equal(r3.status, 0, r3.out);
  assert.equal(remoteTag('v0'), second, 'v0 moved to v0.1.1');
  assert.match(r3.out, new RegExp(`was ${first}`));

  // Not a release tag, a tag that is not the checkout, a version package.json does not say.
  assert.equal(release('0.1').status, 2);
  assert.equal(release('v9.9.9').status, 2);
  tag('v0.2.0');
  const mismatch = release('v0.2.0');
  assert.equal(mismatch.status, 1);
  assert.match(mismatch.out, /package\.json says 0\.1\.1, the tag 0\.2\.0/);
  assert.equal(remoteTag('v0'), second);
});
