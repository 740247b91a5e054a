/**
 * The image stage: the flows image is built once per commit, pushed to ECR under
 * the commit SHA, tagged for the environment, and never rebuilt when the SHA tag
 * exists. Promotion copies the manifest bytes to the target tags through the
 * registry API, so prod runs byte for byte the image that ran in dev.
 */
import path from 'node:path';
import { errorMessage, Failure, UsageError } from '../errors.js';
import { docker, dockerLogin, dockerLogout } from './docker.js';
import type { ImageSettings } from '../settings.js';
import type { StageUi } from '../stages/ui.js';
import { Ecr, type RegistryLogin, type RepositoryInfo } from './ecr.js';
import { contentTag } from './content-tag.js';
import { readLifecyclePolicy } from './settings-check.js';
import {
  dependencyLayers,
  entryKey,
  layerCacheKeys,
  restoreLayers,
  saveLayers,
  type ImageConfig,
  type LayerCache,
  type LayerCacheKeys,
} from './layer-cache.js';
import { Registry, type Manifest } from './registry.js';

export interface ImageResult {
  /** `<registry>/<repo>:<sha>`: what `{{ image }}` becomes. */
  uri: string;
  /** `sha256:...`; undefined for a build-only run. */
  digest?: string;
  /** `<registry>/<repo>@sha256:...`. */
  digestRef?: string;
  /** The commit the image was built from. */
  revision: string;
  built: boolean;
  /** Tags written in the registry by this run. */
  tagsWritten: string[];
  /** The tags the image has besides the commit SHA, as configured (written or already there). */
  tags?: string[];
  /** The built image going into the layer cache; it runs while the deployments are registered and never rejects. */
  layerCacheSave?: Promise<void>;
  /** plan: why the registry was not read (no AWS credentials or region); `uri` is then `{{ build_image.image }}`. */
  unchecked?: string;
}

interface Session {
  login: RegistryLogin;
  repo: RepositoryInfo;
  registry: Registry;
  repoPath: string;
}

/** `<registry>/<path>` -> the repository's path in the registry API. */
function pathOf(repositoryUri: string): string {
  return repositoryUri.slice(repositoryUri.indexOf('/') + 1);
}

async function open(s: ImageSettings, root: string, ui: StageUi, create: boolean): Promise<Session> {
  const ecr = new Ecr(s.region!, s.registryId);
  const login = await ecr.login((secret) => ui.mask(secret));
  const lifecyclePolicy = s.lifecyclePolicyFile ? readLifecyclePolicy(s.lifecyclePolicyFile, root) : undefined;
  const repo = await ecr.ensureRepository(s.repository, { create, tagMutability: s.tagMutability, lifecyclePolicy });
  if (repo.created) ui.info(`created ECR repository ${repo.uri} (scan on push, tags ${repo.tagMutability})`);
  const registry = new Registry(login.host, login.username, login.password);
  return { login, repo, registry, repoPath: pathOf(repo.uri) };
}

/**
 * Build (or find) the image for a commit, push it, and tag it for the environment.
 * With a layer cache (the action on GitHub), a build starts from the last image saved there.
 */
export async function buildImage(
  s: ImageSettings,
  root: string,
  sha: string,
  labels: { source?: string },
  ui: StageUi,
  layerCache?: LayerCache,
): Promise<ImageResult> {
  const session = await open(s, root, ui, s.createRepository);
  const { repo, registry, repoPath } = session;
  const { primary, extra } = tagsOf(s, root, sha);
  const uri = `${repo.uri}:${primary}`;
  const existing = await registry.head(repoPath, primary);
  if (existing) {
    ui.info(`image ${uri} exists (${existing.digest}): not rebuilt`);
    const tagsWritten = s.buildOnly ? [] : await tagImage(session, existing.digest, extra, ui);
    return {
      uri,
      digest: existing.digest,
      digestRef: `${repo.uri}@${existing.digest}`,
      revision: sha,
      built: false,
      tagsWritten,
    };
  }

  const args = ['build', '--file', path.resolve(root, s.dockerfile), '--tag', uri];
  args.push(
    '--label',
    `org.opencontainers.image.revision=${sha}`,
    '--label',
    `org.opencontainers.image.created=${new Date().toISOString()}`,
  );
  if (labels.source) args.push('--label', `org.opencontainers.image.source=${labels.source}`);
  for (const arg of s.buildArgs) args.push('--build-arg', arg);
  if (s.target) args.push('--target', s.target);
  if (s.platform) args.push('--platform', s.platform);
  if (s.network) args.push('--network', s.network);
  // Cache metadata goes into every image, so the next build can start from it.
  args.push('--build-arg', 'BUILDKIT_INLINE_CACHE=1');
  const cacheTag = s.cacheTag ?? s.tags[0];
  const registryCache = cacheTag !== undefined && (await registry.head(repoPath, cacheTag)) !== undefined;
  if (registryCache) {
    // The environment's previous image: its layers are reused where they still match.
    args.push('--cache-from', `${repo.uri}:${cacheTag}`);
  }
  const cacheKeys = layerCacheKeys(repo.uri, s.platform, cacheTag);
  const cache = layerCache && (await layerCache.available()) ? layerCache : undefined;
  const restored = cache && (await restoreLayers(cache, cacheKeys, ui));
  if (restored) args.push('--cache-from', restored.image);
  args.push(path.resolve(root, s.context));

  const needsLogin = !s.buildOnly || registryCache;
  if (needsLogin) {
    ui.loggingIn(session.login.host);
    await dockerLogin(session.login.host, session.login.username, session.login.password);
  }
  try {
    const build = await ui.group(`docker build ${uri}`, (line) => docker(args, { onLine: line, cwd: root }));
    if (build.code !== 0)
      throw new UsageError(`docker build failed (exit ${build.code}):\n${build.tail.slice(-15).join('\n')}`);
    if (s.buildOnly) {
      ui.info(`built ${uri} (build only: nothing pushed)`);
      return { uri, revision: sha, built: true, tagsWritten: [] };
    }
    const push = await ui.group(`docker push ${uri}`, (line) => docker(['push', uri], { onLine: line }));
    if (push.code !== 0)
      throw new Failure(`docker push ${uri} failed (exit ${push.code}):\n${push.tail.slice(-10).join('\n')}`);
  } finally {
    if (needsLogin) await dockerLogout(registry.host);
  }
  const pushed = await registry.head(repoPath, primary);
  if (!pushed) throw new Failure(`pushed ${uri}, but the registry does not have it`);
  if (pushed.mediaType.includes('index') || pushed.mediaType.includes('list')) {
    ui.info(`note: ${uri} is a multi-manifest index; its digest covers every platform`);
  }
  const tagsWritten = [primary, ...(await tagImage(session, pushed.digest, extra, ui))];
  ui.info(`pushed ${uri} (${pushed.digest})`);
  const layerCacheSave = cache ? saveNewLayers(cache, session, primary, cacheKeys, restored?.key, uri, ui) : undefined;
  return {
    uri,
    digest: pushed.digest,
    digestRef: `${repo.uri}@${pushed.digest}`,
    revision: sha,
    built: true,
    tagsWritten,
    layerCacheSave,
  };
}

/**
 * The image's own tag, and the tags written besides: the commit's image is tagged
 * with its SHA; a dependencies-only image with its content hash, and the SHA and
 * environment tags point at it (so `promote --sha` finds what a commit ran).
 */
function tagsOf(s: ImageSettings, root: string, sha: string): { primary: string; extra: string[] } {
  return s.tagFrom ? { primary: contentTag(s, root), extra: [sha, ...s.tags] } : { primary: sha, extra: s.tags };
}

/** plan: the image a deploy would use, without building or pushing anything. */
export async function findImage(s: ImageSettings, root: string, sha: string, ui: StageUi): Promise<ImageResult> {
  const ecr = new Ecr(s.region!, s.registryId);
  const login = await ecr.login((secret) => ui.mask(secret));
  const repo = await ecr.describeRepository(s.repository);
  const { primary } = tagsOf(s, root, sha);
  const uri = `${repo?.repositoryUri ?? `${login.host}/${s.repository}`}:${primary}`;
  if (!repo) {
    if (!s.createRepository)
      throw new UsageError(
        `ECR repository '${s.repository}' does not exist in ${s.region}; create it, or pass --create-repository`,
      );
    ui.info(`ECR repository ${s.repository} would be created; ${uri} would be built`);
    return { uri, revision: sha, built: false, tagsWritten: [] };
  }
  const registry = new Registry(login.host, login.username, login.password);
  const existing = await registry.head(pathOf(repo.repositoryUri!), primary);
  ui.info(existing ? `image ${uri} exists (${existing.digest})` : `image ${uri} would be built and pushed`);
  return {
    uri,
    digest: existing?.digest,
    digestRef: existing ? `${repo.repositoryUri}@${existing.digest}` : undefined,
    revision: sha,
    built: false,
    tagsWritten: [],
  };
}

/**
 * Points each tag at the digest by copying its manifest; no write where it already
 * points there. Every tag is read first, so an immutable conflict writes nothing.
 */
async function tagImage(
  session: Session,
  digest: string,
  tags: string[],
  ui: StageUi,
  manifest?: Manifest,
): Promise<string[]> {
  const { registry, repoPath, repo } = session;
  const moves: { tag: string; from?: string }[] = [];
  for (const tag of tags) {
    const current = await registry.head(repoPath, tag);
    if (current?.digest !== digest) moves.push({ tag, from: current?.digest });
  }
  const conflict = repo.tagMutability === 'IMMUTABLE' ? moves.find((m) => m.from !== undefined) : undefined;
  if (conflict)
    throw new UsageError(
      `tag ${repo.uri}:${conflict.tag} is immutable and holds ${conflict.from}; it cannot point at ${digest}`,
    );
  for (const { tag } of moves) {
    manifest ??= await registry.get(repoPath, digest);
    if (!manifest) throw new Failure(`manifest ${digest} disappeared from ${repo.uri}`);
    await registry.put(repoPath, tag, manifest);
    ui.info(`tagged ${repo.uri}:${tag} -> ${digest}`);
  }
  return moves.map((m) => m.tag);
}

/** A promotion, read and not yet written: the source image, its commit, and the tags to point at it. */
export interface Promotion {
  session: Session;
  source: Manifest;
  revision: string;
  tags: string[];
}

/**
 * Promotion, read only: the source environment's image (or the given SHA) and the
 * commit it was built from. Source missing: an error before any write.
 */
export async function findPromotion(
  s: ImageSettings,
  root: string,
  from: { environmentTag: string; sha?: string },
  ui: StageUi,
): Promise<Promotion> {
  const session = await open(s, root, ui, false);
  const { repo, registry, repoPath } = session;
  const reference = from.sha ?? from.environmentTag;
  const source = await registry.get(repoPath, reference);
  if (!source) throw new UsageError(`source image ${repo.uri}:${reference} not found: nothing was promoted`);
  // A dependencies-only image serves many commits: its label names the one it was built at.
  if (!from.sha && s.tagFrom)
    throw new UsageError(`with --image-tag-from the image is not the commit's: pass --sha (the commit to promote)`);
  const revision = from.sha ?? (await revisionOf(registry, repoPath, source));
  if (!revision)
    throw new UsageError(
      `cannot tell which commit ${repo.uri}:${reference} was built from (no org.opencontainers.image.revision label): pass --sha`,
    );
  const shaTag = await registry.head(repoPath, revision);
  return { session, source, revision, tags: shaTag ? s.tags : [revision, ...s.tags] };
}

/** Promotion: the target tags point at the source image, by manifest copy. */
export async function promoteImage(p: Promotion, s: ImageSettings, ui: StageUi): Promise<ImageResult> {
  const { session, source, revision, tags } = p;
  const { repo } = session;
  const tagsWritten = await tagImage(session, source.digest, tags, ui, source);
  if (!tagsWritten.length)
    ui.info(`${s.tags.map((t) => `${repo.uri}:${t}`).join(', ')} already at ${source.digest}: nothing to promote`);
  return {
    uri: `${repo.uri}:${revision}`,
    digest: source.digest,
    digestRef: `${repo.uri}@${source.digest}`,
    revision,
    built: false,
    tagsWritten,
  };
}

/** An image's config (the first platform's, for an index). */
async function configOf(
  registry: Registry,
  repoPath: string,
  manifest: Manifest,
): Promise<(ImageConfig & { config?: { Labels?: Record<string, string> } }) | undefined> {
  let doc = JSON.parse(manifest.bytes.toString('utf8')) as {
    manifests?: { digest: string }[];
    config?: { digest: string };
  };
  if (doc.manifests?.length) {
    const child = await registry.get(repoPath, doc.manifests[0].digest);
    if (!child) return undefined;
    doc = JSON.parse(child.bytes.toString('utf8'));
  }
  if (!doc.config?.digest) return undefined;
  return JSON.parse((await registry.blob(repoPath, doc.config.digest)).toString('utf8'));
}

/** The commit label of an image. */
async function revisionOf(registry: Registry, repoPath: string, manifest: Manifest): Promise<string | undefined> {
  return (await configOf(registry, repoPath, manifest))?.config?.Labels?.['org.opencontainers.image.revision'];
}

/**
 * Saves the pushed image to the layer cache unless the entry restored already has
 * its dependency layers (a push of flow code only). Never rejects.
 */
async function saveNewLayers(
  cache: LayerCache,
  session: Session,
  tag: string,
  keys: LayerCacheKeys,
  restored: string | undefined,
  uri: string,
  ui: StageUi,
): Promise<void> {
  let key: string;
  try {
    const manifest = await session.registry.get(session.repoPath, tag);
    const config = manifest && (await configOf(session.registry, session.repoPath, manifest));
    if (!config) throw new Error(`no image config for ${uri}`);
    key = entryKey(keys, dependencyLayers(config));
  } catch (e) {
    ui.warning(`layer cache: not saved (${errorMessage(e)})`);
    return;
  }
  if (key === restored) {
    ui.info(`layer cache: ${key} already holds this image's dependency layers: nothing saved`);
    return;
  }
  await saveLayers(cache, uri, key, ui);
}

/** Block scripts run in the image: pull it (with a registry login) when the engine does not have it. */
export async function ensureLocalImage(s: ImageSettings, uri: string, ui: StageUi): Promise<void> {
  if ((await docker(['image', 'inspect', '--format', '{{.Id}}', uri])).code === 0) return;
  const login = await new Ecr(s.region!, s.registryId).login((secret) => ui.mask(secret));
  ui.loggingIn(login.host);
  await dockerLogin(login.host, login.username, login.password);
  try {
    const pull = await ui.group(`docker pull ${uri}`, (line) => docker(['pull', uri], { onLine: line }));
    if (pull.code !== 0)
      throw new Failure(`docker pull ${uri} failed (exit ${pull.code}):\n${pull.tail.slice(-10).join('\n')}`);
  } finally {
    await dockerLogout(login.host);
  }
}
