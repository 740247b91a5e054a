/**
 * The layer cache between runs on fresh machines (GitHub's cache service in the
 * action): the last built image, `docker save`d, is restored and `docker load`ed
 * before a build, and its inline BuildKit cache serves `--cache-from`. An entry is
 * keyed by the image's dependency layers, so a push that changes only flow code
 * saves nothing (the repository's cache is 10 GB for all its caches). A cache
 * problem never fails a run; it costs a slower build and a warning.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../errors.js';
import { docker } from './docker.js';
import type { StageUi } from '../stages/ui.js';

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
  /** The environment's prefix: an entry's key is this and the hash of its dependency layers. */
  environment: string;
  /** Restore looks here, newest first: the environment's entries, then the repository's. */
  prefixes: string[];
}

const ARCHIVE = 'image.tar';

export function layerCacheKeys(
  repositoryUri: string,
  platform: string | undefined,
  environmentTag: string | undefined,
): LayerCacheKeys {
  const repository = `prefect-ecr-deploy-layers/${repositoryUri}/${platform ?? 'native'}/`;
  const environment = `${repository}${environmentTag ?? '-'}/`;
  return { environment, prefixes: [environment, repository] };
}

/** What of an image config the cache reads: its layers, and the instruction that made each. */
export interface ImageConfig {
  rootfs?: { diff_ids?: string[] };
  history?: { created_by?: string; empty_layer?: boolean }[];
}

/**
 * The layers worth caching: all but the top ones copied from the build context
 * (COPY/ADD above the last RUN, such as the flow code), which cost nothing to rebuild.
 * A push that changes only flow code has the same dependency layers as the last one.
 */
export function dependencyLayers(config: ImageConfig): string[] {
  const layers = config.rootfs?.diff_ids ?? [];
  const made = (config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
  // Without a history for every layer the split cannot be told: every layer counts.
  if (made.length !== layers.length) return layers;
  let top = layers.length;
  while (top > 0 && /^(?:\/bin\/sh -c #\(nop\) ?)?(?:COPY|ADD) /.test(made[top - 1])) top--;
  return layers.slice(0, top);
}

/** An entry's key: the environment's prefix and a hash of the dependency layers. */
export function entryKey(keys: LayerCacheKeys, dependencies: string[]): string {
  return `${keys.environment}${createHash('sha256').update(dependencies.join('\n')).digest('hex').slice(0, 32)}`;
}

/** Restores and loads the cached image; its reference for `--cache-from`, or undefined (with the reason said). */
export async function restoreLayers(
  cache: LayerCache,
  keys: LayerCacheKeys,
  ui: StageUi,
): Promise<{ image: string; key: string } | undefined> {
  try {
    rmSync(cache.dir, { recursive: true, force: true });
    mkdirSync(cache.dir, { recursive: true });
    const key = await ui.group('layer cache: restore', () => cache.restore(keys.environment, keys.prefixes));
    if (!key) {
      ui.info(`layer cache: nothing to restore under ${keys.prefixes[1]}`);
      return undefined;
    }
    const loaded = await ui.group('layer cache: docker load', (line) =>
      docker(['load', '--input', path.join(cache.dir, ARCHIVE)], { onLine: line }),
    );
    if (loaded.code !== 0)
      throw new Error(`docker load failed (exit ${loaded.code}): ${loaded.tail.slice(-3).join(' ')}`);
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

/** Saves the built image under its dependency layers' key. Never rejects: a failure is a warning. */
export async function saveLayers(cache: LayerCache, image: string, key: string, ui: StageUi): Promise<void> {
  try {
    rmSync(cache.dir, { recursive: true, force: true });
    mkdirSync(cache.dir, { recursive: true });
    const saved = await docker(['save', '--output', path.join(cache.dir, ARCHIVE), image]);
    if (saved.code !== 0) throw new Error(`docker save failed (exit ${saved.code}): ${saved.tail.slice(-3).join(' ')}`);
    // No output group: this runs while the deployments are registered, and a group would fold their lines.
    const stored = await cache.save(key);
    ui.info(
      stored
        ? `layer cache: saved ${image} as ${key}`
        : `layer cache: ${key} not saved (the cache service said why, above)`,
    );
  } catch (e) {
    ui.warning(
      `layer cache: not saved (${errorMessage(e)}); the next build on a fresh machine uses the registry's cache only`,
    );
  } finally {
    rmSync(cache.dir, { recursive: true, force: true });
  }
}
