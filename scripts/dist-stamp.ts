/**
 * dist/sources.sha256 says what the bundles were built from: a sha256sum line per source
 * (every file of src/, tsconfig.json, the dependencies' lock, the grammar copy script, and
 * the version and dependencies of package.json). `npm run bundle` writes it; tests that run
 * dist/ compare it first, so that they never test a bundle older than src/. By content, not
 * by time: a checkout or `git checkout -- dist` changes times, not what dist/ was built from.
 *
 *   node --import tsx scripts/dist-stamp.ts write   after bundling
 *   node --import tsx scripts/dist-stamp.ts check   exit 1, naming what changed, when dist/ is stale
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = 'dist/sources.sha256';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Each source's hash by its path, in a fixed order. */
function sources(): Map<string, string> {
  const files = (
    readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));
  files.push('tsconfig.json', 'package-lock.json', 'scripts/copy-python-grammar.sh');
  const out = new Map<string, string>();
  for (const f of files.sort()) out.set(f, sha256(readFileSync(path.join(root, f))));
  // The bundles print the version; scripts and devDependencies do not reach them.
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
    dependencies: unknown;
  };
  out.set('package.json#version,dependencies', sha256(JSON.stringify([pkg.version, pkg.dependencies])));
  return out;
}

const format = (m: Map<string, string>) => [...m].map(([f, h]) => `${h}  ${f}\n`).join('');

/** Why dist/ is not the bundle of the current sources, or undefined when it is. */
export function distStale(): string | undefined {
  const file = path.join(root, STAMP);
  if (!existsSync(file)) return `${STAMP} is missing`;
  const built = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(66), l.slice(0, 64)] as [string, string]),
  );
  const now = sources();
  const changed = [...new Set([...built.keys(), ...now.keys()])].filter((f) => built.get(f) !== now.get(f));
  if (changed.length === 0) return undefined;
  const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, and ${changed.length - 5} more` : '');
  return `dist/ is older than its sources (changed since it was built: ${shown})`;
}

if (process.argv[1] === import.meta.filename) {
  const command = process.argv[2];
  if (command === 'write') {
    writeFileSync(path.join(root, STAMP), format(sources()));
  } else if (command === 'check') {
    const stale = distStale();
    if (stale) {
      console.error(`${stale}: run npm run bundle`);
      process.exit(1);
    }
  } else {
    console.error('usage: node --import tsx scripts/dist-stamp.ts write|check');
    process.exit(2);
  }
}
