/** Code storage, pure parts: the location, the files chosen, the pull steps, the dependencies tag (against Prefect: test/parity/). */
import assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { codeFiles } from '../../src/code/files.js';
import { commitFolder, parseCodeStorage } from '../../src/code/location.js';
import { pullFromS3, storageBlockPath } from '../../src/code/pull.js';
import { contentTag, tagInputs } from '../../src/image/content-tag.js';
import type { ImageSettings } from '../../src/settings.js';
import { commitAll, tree } from '../support/repo.js';

test('code storage locations: s3://BUCKET/PREFIX, every problem at once', () => {
  assert.deepEqual(parseCodeStorage('s3://acme-code/flows/prod/'), { bucket: 'acme-code', prefix: 'flows/prod' });
  assert.deepEqual(parseCodeStorage('s3://acme-code'), { bucket: 'acme-code', prefix: '' });
  assert.equal(commitFolder({ bucket: 'b', prefix: '' }, 'abc'), 'abc');
  assert.equal(commitFolder({ bucket: 'b', prefix: 'a/b' }, 'abc'), 'a/b/abc');
  assert.deepEqual(parseCodeStorage('https://acme/x'), ["code storage 'https://acme/x' must be s3://BUCKET/PREFIX"]);
  assert.deepEqual(parseCodeStorage('s3://Acme_Code/a/../b'), [
    "code storage bucket 'Acme_Code' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)",
    "code storage prefix 'a/../b' must not contain '.' or '..' segments",
  ]);
  assert.deepEqual(parseCodeStorage('s3://acme/./x'), [
    "code storage prefix './x' must not contain '.' or '..' segments",
  ]);
  assert.deepEqual(parseCodeStorage('s3://acme/a//b'), ["code storage prefix 'a//b' has an empty segment"]);
  assert.deepEqual(parseCodeStorage('s3://acme/a\nb'), [
    "code storage prefix 'a\nb' has a control character or a backslash",
  ]);
  assert.deepEqual(parseCodeStorage('s3://1.2.3.4/x'), [
    "code storage bucket '1.2.3.4' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)",
  ]);
});

test('what the commit holds: committed files only, links only to files chosen, never .git; each left-out file says why', async () => {
  const root = tree({
    '.gitignore': '*.log\n.env\n',
    'flows/a.py': 'a',
    'flows/gone.py': 'g',
    'inside.txt': 'i',
    'run.log': 'l',
    '.env': 'SECRET=1',
    '.prefectignore': 'private.txt\n',
    'private.txt': 'p',
  });
  symlinkSync('/etc/hostname', path.join(root, 'out-link'));
  symlinkSync('inside.txt', path.join(root, 'in-link'));
  symlinkSync('flows', path.join(root, 'dir-link'));
  symlinkSync('.git/config', path.join(root, 'git-link'));
  symlinkSync('.env', path.join(root, 'env-link'));
  symlinkSync('private.txt', path.join(root, 'private-link'));
  commitAll(root);
  writeFileSync(path.join(root, 'credentials.json'), '{}');
  rmSync(path.join(root, 'flows/gone.py'));
  const r = await codeFiles(root);
  assert.equal(r.rules, 'git ls-files, .prefectignore');
  assert.deepEqual(r.files.map((f) => f.path).sort(), [
    '.gitignore',
    '.prefectignore',
    'flows/a.py',
    'in-link',
    'inside.txt',
  ]);
  assert.equal(r.files.find((f) => f.path === 'in-link')!.abs, path.join(realpathSync(root), 'inside.txt'));
  assert.deepEqual(Object.fromEntries(r.skipped.map((s) => [s.path, s.why])), {
    'dir-link': "is a link to a file the commit's upload does not hold",
    'env-link': "is a link to a file the commit's upload does not hold",
    'flows/gone.py': 'is not in the working tree',
    'git-link': "is a link to a file the commit's upload does not hold",
    'out-link': "is a link to a file the commit's upload does not hold",
    'private-link': "is a link to a file the commit's upload does not hold",
  });
  assert.equal(r.why('credentials.json'), 'git ls-files does not list it: the commit does not hold it');
  assert.equal(r.why('run.log'), 'git ls-files does not list it: the commit does not hold it');
  assert.equal(r.why('flows/gone.py'), 'it is not in the working tree');
  assert.equal(r.why('flows/a.py'), '');
  await assert.rejects(codeFiles(mkdtempSync(path.join(tmpdir(), 'ped-nogit-'))), /is not in a git checkout/);
});

test("pull steps: Prefect 3 pull_from_s3 as prefect deploy registers it; Prefect 2 paths where each block type's get_directory reads", () => {
  assert.deepEqual(pullFromS3('b', 'code/abc'), [
    {
      'prefect_aws.deployments.steps.pull_from_s3': {
        id: 'pull_code',
        requires: 'prefect-aws>=0.3.4',
        bucket: 'b',
        folder: 'code/abc',
      },
    },
  ]);
  assert.deepEqual(pullFromS3('b', 'abc', 'ci')[0], {
    'prefect_aws.deployments.steps.pull_from_s3': {
      id: 'pull_code',
      requires: 'prefect-aws>=0.3.4',
      bucket: 'b',
      folder: 'abc',
      credentials: '{{ prefect.blocks.aws-credentials.ci }}',
    },
  });
  const loc = { bucket: 'b', prefix: 'code' };
  assert.deepEqual(storageBlockPath('s3', { bucket_path: 'b/code/' }, loc, 'abc'), { path: 'abc' });
  assert.deepEqual(storageBlockPath('s3', { bucket_path: 'b' }, loc, 'abc'), {
    error: 'reads from s3://b, not s3://b/code',
  });
  assert.deepEqual(storageBlockPath('s3-bucket', { bucket_name: 'b', bucket_folder: 'anything' }, loc, 'abc'), {
    path: 'code/abc',
  });
  assert.deepEqual(storageBlockPath('s3-bucket', { bucket_name: 'other' }, loc, 'abc'), {
    error: 'reads from bucket other, not b',
  });
});

test("the dependencies tag: the listed files' contents and the build's shape, nothing else", () => {
  const root = tree({
    Dockerfile: 'FROM scratch\n',
    'requirements.txt': 'prefect==3.9.1\n',
    'deps/a.txt': 'a',
    'flows/x.py': 'x',
  });
  const s = {
    dockerfile: 'Dockerfile',
    context: '.',
    buildArgs: [],
    tagFrom: ['Dockerfile', 'requirements.txt', 'deps'],
  } as unknown as ImageSettings;
  const tag = contentTag(s, root);
  assert.match(tag, /^deps-[0-9a-f]{24}$/);
  writeFileSync(path.join(root, 'flows/x.py'), 'changed');
  assert.equal(contentTag(s, root), tag, 'flow code is not an input');
  assert.equal(
    contentTag({ ...s, tagFrom: ['requirements.txt', 'deps', 'Dockerfile'] }, root),
    tag,
    'the order given does not matter',
  );
  assert.notEqual(contentTag({ ...s, buildArgs: ['X=1'] }, root), tag);
  assert.notEqual(contentTag({ ...s, platform: 'linux/arm64' }, root), tag);
  writeFileSync(path.join(root, 'deps/b.txt'), 'b');
  const withB = contentTag(s, root);
  assert.notEqual(withB, tag, 'a new file in a listed directory');
  writeFileSync(path.join(root, 'requirements.txt'), 'prefect==3.8.9\n');
  assert.notEqual(contentTag(s, root), withB);
  // Below a listed directory a link is hashed as a link, never followed; a listed file must be a regular file.
  symlinkSync('/dev/zero', path.join(root, 'deps/zero'));
  const withLink = contentTag(s, root);
  assert.match(withLink, /^deps-[0-9a-f]{24}$/);
  symlinkSync('/dev/zero', path.join(root, 'zero.txt'));
  assert.deepEqual(tagInputs({ tagFrom: ['zero.txt', 'missing.txt', '../x'] }, root).errors, [
    '--image-tag-from zero.txt is not a regular file (a device)',
    '--image-tag-from missing.txt does not exist',
    '--image-tag-from ../x: must be a path inside the repository',
  ]);
});
