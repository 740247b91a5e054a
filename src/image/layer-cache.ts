/**
 * The layer cache between runs on fresh machines (GitHub's cache service in the
 * action): the last built image, `docker save`d, is restored and `docker load`ed
 * before a build, and its inline BuildKit cache serves `--cache-from`. A cache
 * problem never fails a run; it costs a slower build and a warning.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { docker } from './docker.js';
import type { StageUi } from './stage.js';

/** A store of one directory per key, looked up by exact key, then by prefix (newest first). */
export interface LayerCache {
  /** Where the archive is kept between the store and docker; the same path on every run (it is part of GitHub's cache version). */
  dir: string;
  /** Whether the store can be reached here; says why not, once. */
  available(): Promise<boolean>;
  /** Fills `dir` from the entry under `key`, else the newest under one of `prefixes`; the key restored. */
  restore(key: string, prefixes: string[]): Promise<string | undefined>;
  /** Stores `dir` under `key` (entries are immutable); false when the service did not store it, having said why. */
  save(key: string): Promise<boolean>;
}

export interface LayerCacheKeys {
  key: string;
  prefixes: string[];
}

const ARCHIVE = 'image.tar';

/** This commit's key; restore falls back to the environment's newest entry, then the repository's. */
export function layerCacheKeys(repositoryUri: string, platform: string | undefined, environmentTag: string | undefined, sha: string): LayerCacheKeys {
  const repository = `prefect-ecr-deploy-layers/${repositoryUri}/${platform ?? 'native'}/`;
  const environment = `${repository}${environmentTag ?? '-'}/`;
  return { key: `${environment}${sha}`, prefixes: [environment, repository] };
}

/** Restores and loads the cached image; its reference for `--cache-from`, or undefined (with the reason said). */
export async function restoreLayers(cache: LayerCache, keys: LayerCacheKeys, ui: StageUi): Promise<{ image: string; key: string } | undefined> {
  try {
    rmSync(cache.dir, { recursive: true, force: true });
    mkdirSync(cache.dir, { recursive: true });
    const key = await ui.group('layer cache: restore', () => cache.restore(keys.key, keys.prefixes));
    if (!key) {
      ui.info(`layer cache: nothing to restore under ${keys.prefixes[1]}`);
      return undefined;
    }
    const loaded = await ui.group('layer cache: docker load', (line) => docker(['load', '--input', path.join(cache.dir, ARCHIVE)], { onLine: line }));
    if (loaded.code !== 0) throw new Error(`docker load failed (exit ${loaded.code}): ${loaded.tail.slice(-3).join(' ')}`);
    const image = loaded.tail.map((l) => /^Loaded image(?: ID)?: (\S+)$/.exec(l)?.[1]).find(Boolean);
    if (!image) throw new Error(`docker load named no image: ${loaded.tail.slice(-3).join(' ')}`);
    ui.info(`layer cache: loaded ${image} from ${key}`);
    return { image, key };
  } catch (e) {
    ui.warning(`layer cache: not restored (${errorMessage(e)}); building without it`);
    return undefined;
  } finally {
    rmSync(cache.dir, { recursive: true, force: true });
  }
}

/** Saves the built image under this commit's key. Never rejects: a failure is a warning. */
export async function saveLayers(cache: LayerCache, image: string, key: string, ui: StageUi): Promise<void> {
  try {
    rmSync(cache.dir, { recursive: true, force: true });
    mkdirSync(cache.dir, { recursive: true });
    const saved = await docker(['save', '--output', path.join(cache.dir, ARCHIVE), image]);
    if (saved.code !== 0) throw new Error(`docker save failed (exit ${saved.code}): ${saved.tail.slice(-3).join(' ')}`);
    // No output group: this runs while the deployments are registered, and a group would fold their lines.
    const stored = await cache.save(key);
    ui.info(stored ? `layer cache: saved ${image} as ${key}` : `layer cache: ${key} not saved (the cache service said why, above)`);
  } catch (e) {
    ui.warning(`layer cache: not saved (${errorMessage(e)}); the next build on a fresh machine uses the registry's cache only`);
  } finally {
    rmSync(cache.dir, { recursive: true, force: true });
  }
}
