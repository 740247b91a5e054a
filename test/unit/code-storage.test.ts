/** Code storage, pure parts: the location, the files chosen, the pull steps, the dependencies tag (against Prefect: test/parity/). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { codeFiles } from '../../src/code/files.js';
import { commitFolder, parseCodeStorage } from '../../src/code/location.js';
import { pullFromS3, storageBlockPath } from '../../src/code/pull.js';
import { contentTag } from '../../src/image/content-tag.js';
import type { ImageSettings } from '../../src/image/stage.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ped-tree-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

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
  assert.deepEqual(parseCodeStorage('s3://acme/./x'), ["code storage prefix './x' must not contain '.' or '..' segments"]);
  assert.deepEqual(parseCodeStorage('s3://acme/a//b'), ["code storage prefix 'a//b' has an empty segment"]);
  assert.deepEqual(parseCodeStorage('s3://acme/a\nb'), ["code storage prefix 'a\nb' has a control character or a backslash"]);
  assert.deepEqual(parseCodeStorage('s3://1.2.3.4/x'), ["code storage bucket '1.2.3.4' is not an S3 bucket name (3 to 63 lowercase letters, digits, dots and hyphens)"]);
});

test('.gitignore files at every level, relative to their own directory; links out of the repository are not followed', () => {
  const root = tree({
    '.gitignore': '*.log\n/build/\n',
    'flows/.gitignore': 'local_*.py\n/only-here.txt\n',
    'flows/a.py': 'a', 'flows/local_x.py': 'x', 'flows/only-here.txt': 'o', 'flows/deep/only-here.txt': 'kept', 'run.log': 'l',
    'flows/deep/run.log': 'l', 'build/out': 'o', 'src/build/keep.py': 'k', '.git/HEAD': 'h', 'inside.txt': 'i',
  });
  symlinkSync('/etc/hostname', path.join(root, 'out-link'));
  symlinkSync(path.join(root, 'inside.txt'), path.join(root, 'in-link'));
  symlinkSync(path.join(root, 'flows'), path.join(root, 'dir-link'));
  const r = codeFiles(root);
  assert.equal(r.rules, '.gitignore');
  assert.deepEqual(r.files.map((f) => f.path).sort(), ['.gitignore', 'flows/.gitignore', 'flows/a.py', 'flows/deep/only-here.txt', 'in-link', 'inside.txt', 'src/build/keep.py']);
  assert.deepEqual(r.skippedLinks.sort(), ['dir-link', 'out-link']);
  assert.equal(r.files.find((f) => f.path === 'in-link')!.size, 1);
  const plain = codeFiles(tree({ 'a.py': 'a', '.git/x': 'x' }));
  assert.equal(plain.rules, 'none');
  assert.deepEqual(plain.files.map((f) => f.path), ['a.py']);
});

test('pull steps: Prefect 3 pull_from_s3 as prefect deploy registers it; Prefect 2 paths where each block type\'s get_directory reads', () => {
  assert.deepEqual(pullFromS3('b', 'code/abc'), [{ 'prefect_aws.deployments.steps.pull_from_s3': { id: 'pull_code', requires: 'prefect-aws>=0.3.4', bucket: 'b', folder: 'code/abc' } }]);
  assert.deepEqual(pullFromS3('b', 'abc', 'ci')[0], {
    'prefect_aws.deployments.steps.pull_from_s3': { id: 'pull_code', requires: 'prefect-aws>=0.3.4', bucket: 'b', folder: 'abc', credentials: '{{ prefect.blocks.aws-credentials.ci }}' },
  });
  const loc = { bucket: 'b', prefix: 'code' };
  assert.deepEqual(storageBlockPath('s3', { bucket_path: 'b/code/' }, loc, 'abc'), { path: 'abc' });
  assert.deepEqual(storageBlockPath('s3', { bucket_path: 'b' }, loc, 'abc'), { error: 'reads from s3://b, not s3://b/code' });
  assert.deepEqual(storageBlockPath('s3-bucket', { bucket_name: 'b', bucket_folder: 'anything' }, loc, 'abc'), { path: 'code/abc' });
  assert.deepEqual(storageBlockPath('s3-bucket', { bucket_name: 'other' }, loc, 'abc'), { error: 'reads from bucket other, not b' });
});

test('the dependencies tag: the listed files\' contents and the build\'s shape, nothing else', () => {
  const root = tree({ Dockerfile: 'FROM scratch\n', 'requirements.txt': 'prefect==3.8.8\n', 'deps/a.txt': 'a', 'flows/x.py': 'x' });
  const s = { dockerfile: 'Dockerfile', context: '.', buildArgs: [], tagFrom: ['Dockerfile', 'requirements.txt', 'deps'] } as unknown as ImageSettings;
  const tag = contentTag(s, root);
  assert.match(tag, /^deps-[0-9a-f]{24}$/);
  writeFileSync(path.join(root, 'flows/x.py'), 'changed');
  assert.equal(contentTag(s, root), tag, 'flow code is not an input');
  assert.equal(contentTag({ ...s, tagFrom: ['requirements.txt', 'deps', 'Dockerfile'] }, root), tag, 'the order given does not matter');
  assert.notEqual(contentTag({ ...s, buildArgs: ['X=1'] }, root), tag);
  assert.notEqual(contentTag({ ...s, platform: 'linux/arm64' }, root), tag);
  writeFileSync(path.join(root, 'deps/b.txt'), 'b');
  const withB = contentTag(s, root);
  assert.notEqual(withB, tag, 'a new file in a listed directory');
  writeFileSync(path.join(root, 'requirements.txt'), 'prefect==3.8.9\n');
  assert.notEqual(contentTag(s, root), withB);
});
