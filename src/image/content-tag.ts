/**
 * The tag of a dependencies-only image (`--image-tag-from`): a hash of the named
 * files' contents (directories: every file below them) and of everything else that
 * shapes the build (Dockerfile and context paths, build arguments, target,
 * platform). The same inputs give the same tag, so the image is built once and
 * found again by every later commit that changes only flow code.
 *
 * Each named file is read as a repository file (regular, inside the root, bounded);
 * below a named directory, links are hashed as links (their target's name), never followed.
 */
import { createHash, type Hash } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { fileProblem, hashRegularFile } from '../repository-file.js';
import type { ImageSettings } from '../settings.js';

/** A dependency file larger than this is not one (wheels included). */
const MAX_TAG_FILE_BYTES = 1024 * 1024 * 1024;
/** Entries below the named directories: more is not a list of dependencies. */
const MAX_TAG_ENTRIES = 100_000;

type Entry = { kind: 'file' | 'link'; rel: string };

/** What the tag hashes, or every reason it cannot be computed. */
export function tagInputs(s: Pick<ImageSettings, 'tagFrom'>, root: string): { entries: Entry[]; errors: string[] } {
  const entries: Entry[] = [];
  const errors: string[] = [];
  let seen = 0;
  const below = (named: string, rel: string) => {
    const pending = [rel];
    for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        if (++seen > MAX_TAG_ENTRIES) {
          errors.push(
            `--image-tag-from ${named} holds more than ${MAX_TAG_ENTRIES} entries: name the dependency files`,
          );
          return;
        }
        const child = path.posix.join(dir, entry.name);
        if (entry.name === '.git') continue;
        if (entry.isSymbolicLink()) entries.push({ kind: 'link', rel: child });
        else if (entry.isDirectory()) pending.push(child);
        else if (entry.isFile()) entries.push({ kind: 'file', rel: child });
        else errors.push(`--image-tag-from ${named}: ${child} is not a regular file`);
      }
    }
  };
  for (const named of s.tagFrom ?? []) {
    const rel = path.posix.normalize(named.replace(/\\/g, '/'));
    const abs = path.resolve(root, rel);
    if (path.isAbsolute(named) || !abs.startsWith(path.resolve(root) + path.sep)) {
      errors.push(`--image-tag-from ${named}: must be a path inside the repository`);
      continue;
    }
    const st = lstatSync(abs, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      below(named, rel);
      continue;
    }
    const problem = fileProblem(root, abs, MAX_TAG_FILE_BYTES);
    if (problem) errors.push(`--image-tag-from ${named} ${problem}`);
    else entries.push({ kind: 'file', rel });
  }
  return { entries, errors };
}

export function contentTag(s: ImageSettings, root: string): string {
  const { entries, errors } = tagInputs(s, root);
  if (errors.length) throw new UsageError(errors.join('\n'));
  const hash = createHash('sha256');
  const unique = new Map(entries.map((e) => [e.rel, e]));
  for (const e of [...unique.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const abs = path.join(root, e.rel);
    if (e.kind === 'link') hash.update(`link\0${e.rel}\0${readlinkSync(abs)}\n`);
    else hash.update(`file\0${e.rel}\0${digest(abs, e.rel)}\n`);
  }
  const shape = {
    dockerfile: s.dockerfile,
    context: s.context,
    buildArgs: s.buildArgs,
    target: s.target ?? null,
    platform: s.platform ?? null,
  };
  hash.update(`build\0${JSON.stringify(shape)}\n`);
  return `deps-${hash.digest('hex').slice(0, 24)}`;
}

function digest(abs: string, rel: string): string {
  const h: Hash = createHash('sha256');
  try {
    hashRegularFile(abs, MAX_TAG_FILE_BYTES, h);
  } catch (e) {
    throw new UsageError(`--image-tag-from ${rel} cannot be read: ${(e as Error).message}`);
  }
  return h.digest('hex');
}
