/**
 * The one way a file of the repository (or one a flag names) is read: a regular file
 * (not a FIFO, a device or a directory), whose real path is inside the root's when its
 * path is, of at most a size cap, read through one descriptor that is checked again
 * once open. A file a pull request links to /dev/zero or out of the checkout is
 * refused with its path, in bounded time and memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** Files read whole (deployments files, ignore files, policies, task definitions): anything larger is not one. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const mib = (n: number) => `${n / 1024 / 1024} MiB`;

/** What kind of thing a path is, in a message. */
export function kindOf(st: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  return st.isDirectory()
    ? 'a directory'
    : st.isFIFO()
      ? 'a FIFO'
      : st.isCharacterDevice() || st.isBlockDevice()
        ? 'a device'
        : 'a special file';
}

/** Why `file` cannot be read as a repository file, or undefined when it can. */
export function fileProblem(root: string, file: string, maxBytes = MAX_FILE_BYTES): string | undefined {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return 'does not exist';
  if (!st.isFile()) return `is not a regular file (${kindOf(st)})`;
  if (st.size > maxBytes) return `is larger than ${mib(maxBytes)}`;
  if (isInside(path.resolve(root), path.resolve(file)) && !isInside(realOrSelf(root), realpathSync(file)))
    return 'is a link to a file outside the repository';
  return undefined;
}

/**
 * The file's text, or a UsageError (exit 2) that says `<label> <problem>`, the label
 * naming the file as the user knows it (`--lifecycle-policy policy.json`).
 */
export function readRepositoryFile(root: string, file: string, label: string, maxBytes = MAX_FILE_BYTES): string {
  const problem = fileProblem(root, file, maxBytes);
  if (problem) throw new UsageError(`${label} ${problem}`);
  try {
    return readRegularFile(file, maxBytes).toString('utf8');
  } catch (e) {
    throw new UsageError(`${label} cannot be read: ${(e as Error).message}`);
  }
}

/** Reads a file that must still be a regular file of at most `maxBytes` once opened (no FIFO can block the read). */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) throw new Error('it changed while being read');
    const buffer = Buffer.alloc(st.size);
    let offset = 0;
    while (offset < st.size) {
      const n = readSync(fd, buffer, offset, st.size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** Feeds a regular file of at most `maxBytes` to a hash, a chunk at a time (memory stays bounded whatever its size). */
export function hashRegularFile(file: string, maxBytes: number, hash: { update(chunk: Buffer): unknown }): void {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) throw new Error('it changed while being read');
    const chunk = Buffer.alloc(Math.min(st.size, 1024 * 1024));
    for (let offset = 0; offset < st.size;) {
      const n = readSync(fd, chunk, 0, Math.min(chunk.length, st.size - offset), offset);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
      offset += n;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a file chosen earlier for an upload: still a regular file of the size it was
 * chosen with, and not a link (the path chosen is the file's real path).
 */
export function openChosenFile(file: string, size: number): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  const st = fstatSync(fd);
  if (!st.isFile() || st.size !== size) {
    closeSync(fd);
    throw new Error(
      `${st.isFile() ? `its size changed (${size} -> ${st.size} bytes)` : `it is now ${kindOf(st)}`} since it was chosen`,
    );
  }
  return fd;
}

export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

export function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
