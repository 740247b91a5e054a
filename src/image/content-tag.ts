/**
 * The tag of a dependencies-only image (`--image-tag-from`): a hash of the named
 * files' contents (directories: every file below them) and of everything else that
 * shapes the build (Dockerfile and context paths, build arguments, target,
 * platform). The same inputs give the same tag, so the image is built once and
 * found again by every later commit that changes only flow code.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImageSettings } from './stage.js';

export function contentTag(s: ImageSettings, root: string): string {
  const hash = createHash('sha256');
  const files = new Set<string>();
  const add = (rel: string) => {
    const abs = path.join(root, rel);
    if (statSync(abs).isDirectory()) {
      for (const entry of readdirSync(abs)) if (entry !== '.git') add(path.posix.join(rel, entry));
    } else {
      files.add(rel);
    }
  };
  for (const f of s.tagFrom ?? []) add(path.posix.normalize(f.replace(/\\/g, '/')));
  for (const rel of [...files].sort()) {
    hash.update(`file\0${rel}\0${createHash('sha256').update(readFileSync(path.join(root, rel))).digest('hex')}\n`);
  }
  const shape = { dockerfile: s.dockerfile, context: s.context, buildArgs: s.buildArgs, target: s.target ?? null, platform: s.platform ?? null };
  hash.update(`build\0${JSON.stringify(shape)}\n`);
  return `deps-${hash.digest('hex').slice(0, 24)}`;
}
