/**
 * GitHub's cache service as the image stage's layer cache: part of the action's
 * edge. @actions/cache is loaded only when a build asks for it.
 */
import * as core from '@actions/core';
import os from 'node:os';
import path from 'node:path';
import { errorMessage } from './errors.js';
import type { LayerCache } from './image/layer-cache.js';

type CacheModule = typeof import('@actions/cache');

export function githubLayerCache(env: NodeJS.ProcessEnv = process.env): LayerCache {
  // RUNNER_TEMP is the same path on every hosted runner; the path is part of the cache version.
  const dir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'prefect-ecr-deploy-layers');
  let service: Promise<CacheModule | undefined> | undefined;
  const open = () =>
    (service ??= import('@actions/cache').then(
      (cache) => {
        if (cache.isFeatureAvailable()) return cache;
        core.notice(
          "layer cache: GitHub's cache service is not available to this job (no ACTIONS_RESULTS_URL or ACTIONS_CACHE_URL); the build uses the registry's cache only",
        );
        return undefined;
      },
      (e: unknown) => {
        core.warning(
          `layer cache: @actions/cache did not load (${errorMessage(e)}); the build uses the registry's cache only`,
        );
        return undefined;
      },
    ));
  return {
    dir,
    available: async () => (await open()) !== undefined,
    restore: async (key, prefixes) => (await open())?.restoreCache([dir], key, prefixes),
    save: async (key) => {
      const cache = await open();
      return cache !== undefined && (await cache.saveCache([dir], key)) !== -1;
    },
  };
}
