/**
 * The repository's files that go to code storage: what the commit holds, the files
 * `git ls-files` lists below the root, less what the root's `.prefectignore` ignores
 * (the file Prefect's own push steps read). Nothing under `.git`, no uncommitted or
 * ignored file. A link is uploaded only when its target is one of those files; a
 * listed path that is not a regular file there is left out, and each one says why.
 */
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRepositoryFile } from '../repository-file.js';
import { trackedFiles } from './tracked.js';

export interface CodeFile {
  /** Relative to the root, with forward slashes: the object key below the commit's folder. */
  path: string;
  /** The file's real path: what is read when it is uploaded. */
  abs: string;
  size: number;
}

export interface CodeFiles {
  files: CodeFile[];
  /** Which rules chose them: `git ls-files`, or `git ls-files, .prefectignore`. */
  rules: string;
  /** Listed files that are not uploaded although no rule leaves them out, and why. */
  skipped: { path: string; why: string }[];
  /** Why a path of the repository is not uploaded ('' when it is). */
  why(rel: string): string;
}

/** The walk pauses this often (ms): it never holds the event loop for long. */
const SLICE_MS = 50;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The files to upload. `pause` runs between batches: it lets timers and signals in,
 * and throws when the run is stopping.
 */
export async function codeFiles(root: string, pause: () => Promise<void> = nextTurn): Promise<CodeFiles> {
  const tracked = await trackedFiles(root);
  let ig: Ignore | undefined;
  if (lstatSync(path.join(root, '.prefectignore'), { throwIfNoEntry: false })) {
    // Prefect reads only the root's .prefectignore, each line stripped.
    const text = readRepositoryFile(root, path.join(root, '.prefectignore'), 'code storage: .prefectignore');
    ig = ignore().add(text.split(/\r?\n/).map((l) => l.trim()));
  }
  // A run stopped before the walk ends it at once; then the walk pauses every SLICE_MS.
  await pause();
  let slice = performance.now();
  const maybePause = async () => {
    if (performance.now() - slice < SLICE_MS) return;
    await pause();
    slice = performance.now();
  };
  const underGit = (rel: string) => /(?:^|\/)\.git(?:\/|$)/i.test(rel);
  const listed = new Set(tracked);
  const candidates = new Set<string>();
  for (const rel of tracked) {
    await maybePause();
    if (!underGit(rel) && !ig?.ignores(rel)) candidates.add(rel);
  }

  const base = path.resolve(root);
  const realRoot = realpathSync(base);
  // Folders that are real folders, not links (parents first): a file below them is where its path says.
  const plainDirs = new Map<string, boolean>([['', true]]);
  for (const rel of candidates) {
    await maybePause();
    for (let dir = parentOf(rel); !plainDirs.has(dir); dir = parentOf(dir)) plainDirs.set(dir, false);
  }
  // A parent's path is shorter than its children's.
  const byDepth = [...plainDirs.keys()].filter(Boolean).sort((a, b) => a.length - b.length);
  for (const dir of byDepth) {
    await maybePause();
    const st = lstatSync(`${base}/${dir}`, { throwIfNoEntry: false });
    plainDirs.set(dir, plainDirs.get(parentOf(dir))! && !!st?.isDirectory() && !st.isSymbolicLink());
  }

  const files: CodeFile[] = [];
  const skipped: CodeFiles['skipped'] = [];
  for (const rel of candidates) {
    await maybePause();
    // Paths from git are normalized: joined without path.join, which costs much on deep paths.
    const abs = `${base}/${rel}`;
    const st = lstatSync(abs, { throwIfNoEntry: false });
    const plain = plainDirs.get(parentOf(rel))!;
    if (!st) {
      skipped.push({ path: rel, why: 'is not in the working tree' });
      continue;
    }
    if (st.isFile() && plain) {
      files.push({ path: rel, abs, size: st.size });
      continue;
    }
    if (!st.isSymbolicLink() && plain) {
      skipped.push({
        path: rel,
        why: `is not a regular file (${st.isDirectory() ? 'a directory, such as a submodule' : 'a special file'})`,
      });
      continue;
    }
    // A link, or a path through a linked folder: uploaded only as the file it leads to, when that is one of the candidates.
    let real: string;
    let target: Stats;
    try {
      real = realpathSync(abs);
      target = statSync(real);
    } catch {
      skipped.push({ path: rel, why: 'is a link to nothing' });
      continue;
    }
    const relReal = path.relative(realRoot, real).split(path.sep).join('/');
    if (!candidates.has(relReal) || !target.isFile()) {
      skipped.push({ path: rel, why: "is a link to a file the commit's upload does not hold" });
      continue;
    }
    files.push({ path: rel, abs: real, size: target.size });
  }

  const chosen = new Set(files.map((f) => f.path));
  const why = (rel: string) => {
    if (chosen.has(rel)) return '';
    if (!listed.has(rel)) return 'git ls-files does not list it: the commit does not hold it';
    if (underGit(rel)) return 'nothing under .git is uploaded';
    if (ig?.ignores(rel)) return '.prefectignore ignores it';
    return `it ${skipped.find((s) => s.path === rel)?.why ?? 'is not uploaded'}`;
  };
  return { files, rules: ig ? 'git ls-files, .prefectignore' : 'git ls-files', skipped, why };
}

function parentOf(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? '' : rel.slice(0, slash);
}
