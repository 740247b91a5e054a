export const id = 623;
export const ids = [623];
export const modules = {

/***/ 2623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildImage: () => (/* binding */ buildImage),
  ensureLocalImage: () => (/* binding */ ensureLocalImage),
  findImage: () => (/* binding */ findImage),
  findPromotion: () => (/* binding */ findPromotion),
  promoteImage: () => (/* binding */ promoteImage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __webpack_require__(9261);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/image/ecr.ts
/**
 * Amazon ECR through the AWS SDK: registry credentials (GetAuthorizationToken with
 * the default credential chain), and the repository (describe, create, policy).
 * The endpoint is the SDK's own: AWS_ENDPOINT_URL_ECR when set.
 */



class Ecr {
    region;
    registryId;
    client;
    constructor(region, registryId) {
        this.region = region;
        this.registryId = registryId;
        this.client = new dist_cjs/* ECRClient */.S70({ region, maxAttempts: 5 });
    }
    /** Registry credentials; `mask` runs on the password before it is returned. */
    async login(mask) {
        let data;
        try {
            const out = await this.client.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6(this.registryId ? { registryIds: [this.registryId] } : {}));
            data = out.authorizationData?.[0];
        }
        catch (e) {
            const message = (0,aws_errors/* awsError */.es)(e, `getting an ECR login for region ${this.region}`);
            throw (0,aws_errors/* isMissingCredentials */.tl)(e) ? new aws_errors/* NoAwsCredentials */.pB(message) : new errors/* UsageError */.eb(message);
        }
        if (!data?.authorizationToken || !data.proxyEndpoint)
            throw new errors/* Failure */.HR('ECR returned no authorization data');
        const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        const password = decoded.slice(colon + 1);
        mask(password);
        mask(data.authorizationToken);
        return { host: new URL(data.proxyEndpoint).host, username: decoded.slice(0, colon), password };
    }
    async describeRepository(name) {
        try {
            const out = await this.client.send(new dist_cjs/* DescribeRepositoriesCommand */.pE_({
                repositoryNames: [name],
                ...(this.registryId ? { registryId: this.registryId } : {}),
            }));
            return out.repositories?.[0];
        }
        catch (e) {
            if (e instanceof dist_cjs/* RepositoryNotFoundException */.Da2 || e.name === 'RepositoryNotFoundException')
                return undefined;
            throw new errors/* UsageError */.eb((0,aws_errors/* awsError */.es)(e, `reading ECR repository '${name}' in ${this.region}`));
        }
    }
    /** The repository, created when missing and `create` is set (scan on push, the given tag mutability). */
    async ensureRepository(name, options) {
        let repo = await this.describeRepository(name);
        let created = false;
        if (!repo) {
            if (!options.create) {
                throw new errors/* UsageError */.eb(`ECR repository '${name}' does not exist in ${this.region}${this.registryId ? ` (registry ${this.registryId})` : ''}; create it, or pass --create-repository`);
            }
            try {
                const out = await this.client.send(new dist_cjs/* CreateRepositoryCommand */.WTe({
                    repositoryName: name,
                    imageTagMutability: options.tagMutability,
                    imageScanningConfiguration: { scanOnPush: true },
                    ...(this.registryId ? { registryId: this.registryId } : {}),
                }));
                repo = out.repository;
                created = true;
            }
            catch (e) {
                throw new errors/* UsageError */.eb((0,aws_errors/* awsError */.es)(e, `creating ECR repository '${name}' in ${this.region}`));
            }
            if (options.lifecyclePolicy) {
                await this.client.send(new dist_cjs/* PutLifecyclePolicyCommand */.Rcn({ repositoryName: name, lifecyclePolicyText: options.lifecyclePolicy }));
            }
        }
        if (!repo?.repositoryUri)
            throw new errors/* Failure */.HR(`ECR repository '${name}' has no URI`);
        return {
            name,
            uri: repo.repositoryUri,
            tagMutability: repo.imageTagMutability === 'IMMUTABLE' ? 'IMMUTABLE' : 'MUTABLE',
            created,
        };
    }
}

// EXTERNAL MODULE: ./src/image/content-tag.ts
var content_tag = __webpack_require__(3649);
// EXTERNAL MODULE: ./src/image/settings-check.ts
var settings_check = __webpack_require__(3185);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/image/layer-cache.ts
/**
 * The layer cache between runs on fresh machines (GitHub's cache service in the
 * action): the last built image, `docker save`d, is restored and `docker load`ed
 * before a build, and its inline BuildKit cache serves `--cache-from`. An entry is
 * keyed by the image's dependency layers, so a push that changes only flow code
 * saves nothing (the repository's cache is 10 GB for all its caches). A cache
 * problem never fails a run; it costs a slower build and a warning.
 */





const ARCHIVE = 'image.tar';
function layerCacheKeys(repositoryUri, platform, environmentTag) {
    const repository = `prefect-ecr-deploy-layers/${repositoryUri}/${platform ?? 'native'}/`;
    const environment = `${repository}${environmentTag ?? '-'}/`;
    return { environment, prefixes: [environment, repository] };
}
/**
 * The layers worth caching: all but the top ones copied from the build context
 * (COPY/ADD above the last RUN, such as the flow code), which cost nothing to rebuild.
 * A push that changes only flow code has the same dependency layers as the last one.
 */
function dependencyLayers(config) {
    const layers = config.rootfs?.diff_ids ?? [];
    const made = (config.history ?? []).filter((h) => !h.empty_layer).map((h) => h.created_by ?? '');
    // Without a history for every layer the split cannot be told: every layer counts.
    if (made.length !== layers.length)
        return layers;
    let top = layers.length;
    while (top > 0 && /^(?:\/bin\/sh -c #\(nop\) ?)?(?:COPY|ADD) /.test(made[top - 1]))
        top--;
    return layers.slice(0, top);
}
/** An entry's key: the environment's prefix and a hash of the dependency layers. */
function entryKey(keys, dependencies) {
    return `${keys.environment}${(0,external_node_crypto_.createHash)('sha256').update(dependencies.join('\n')).digest('hex').slice(0, 32)}`;
}
/** Restores and loads the cached image; its reference for `--cache-from`, or undefined (with the reason said). */
async function restoreLayers(cache, keys, ui) {
    try {
        (0,external_node_fs_.rmSync)(cache.dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(cache.dir, { recursive: true });
        const key = await ui.group('layer cache: restore', () => cache.restore(keys.environment, keys.prefixes));
        if (!key) {
            ui.info(`layer cache: nothing to restore under ${keys.prefixes[1]}`);
            return undefined;
        }
        const loaded = await ui.group('layer cache: docker load', (line) => (0,docker/* docker */.T3)(['load', '--input', external_node_path_default().join(cache.dir, ARCHIVE)], { onLine: line }));
        if (loaded.code !== 0)
            throw new Error(`docker load failed (exit ${loaded.code}): ${loaded.tail.slice(-3).join(' ')}`);
        const image = loaded.tail.map((l) => /^Loaded image(?: ID)?: (\S+)$/.exec(l)?.[1]).find(Boolean);
        if (!image)
            throw new Error(`docker load named no image: ${loaded.tail.slice(-3).join(' ')}`);
        ui.info(`layer cache: loaded ${image} from ${key}`);
        return { image, key };
    }
    catch (e) {
        ui.warning(`layer cache: not restored (${(0,errors/* errorMessage */.gJ)(e)}); building without it`);
        return undefined;
    }
    finally {
        (0,external_node_fs_.rmSync)(cache.dir, { recursive: true, force: true });
    }
}
/** Saves the built image under its dependency layers' key. Never rejects: a failure is a warning. */
async function saveLayers(cache, image, key, ui) {
    try {
        (0,external_node_fs_.rmSync)(cache.dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)(cache.dir, { recursive: true });
        const saved = await (0,docker/* docker */.T3)(['save', '--output', external_node_path_default().join(cache.dir, ARCHIVE), image]);
        if (saved.code !== 0)
            throw new Error(`docker save failed (exit ${saved.code}): ${saved.tail.slice(-3).join(' ')}`);
        // No output group: this runs while the deployments are registered, and a group would fold their lines.
        const stored = await cache.save(key);
        ui.info(stored
            ? `layer cache: saved ${image} as ${key}`
            : `layer cache: ${key} not saved (the cache service said why, above)`);
    }
    catch (e) {
        ui.warning(`layer cache: not saved (${(0,errors/* errorMessage */.gJ)(e)}); the next build on a fresh machine uses the registry's cache only`);
    }
    finally {
        (0,external_node_fs_.rmSync)(cache.dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __webpack_require__(9809);
;// CONCATENATED MODULE: ./src/image/registry.ts
/**
 * The container registry API (OCI distribution), for what docker cannot do
 * without pulling: does a tag exist (HEAD on the manifest), read a manifest's exact
 * bytes, and put those bytes under another tag, so a promoted image keeps its digest.
 */



const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
class RegistryError extends errors/* Failure */.HR {
}
/** Attempts per registry request: backoff doubles from 250 ms, so about 30 s in all. */
const MAX_ATTEMPTS = 8;
class Registry {
    host;
    authorization;
    constructor(host, username, password) {
        this.host = host;
        this.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    }
    /** The digest and media type of a tag or digest, or undefined when it does not exist. */
    async head(repository, reference) {
        const r = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, {
            accept: MANIFEST_TYPES.join(', '),
        });
        if (r.status === 404)
            return undefined;
        await this.check(r, `HEAD ${repository}:${reference}`);
        const digest = r.headers.get('docker-content-digest');
        if (!digest)
            return (await this.get(repository, reference)) ?? undefined;
        return { digest, mediaType: (r.headers.get('content-type') ?? '').split(';')[0] };
    }
    async get(repository, reference) {
        const r = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_TYPES.join(', ') });
        if (r.status === 404)
            return undefined;
        await this.check(r, `GET ${repository}:${reference}`);
        const bytes = Buffer.from(await r.arrayBuffer());
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        return { bytes, mediaType: (r.headers.get('content-type') ?? '').split(';')[0], digest };
    }
    /** Puts manifest bytes under a tag, unchanged: the digest stays the same. */
    async put(repository, tag, manifest) {
        const r = await this.send('PUT', `/v2/${repository}/manifests/${tag}`, { 'content-type': manifest.mediaType }, manifest.bytes);
        await this.check(r, `PUT ${repository}:${tag}`);
        return r.headers.get('docker-content-digest') ?? manifest.digest;
    }
    /** A blob's bytes (an image config, to read its labels). */
    async blob(repository, digest) {
        const r = await this.send('GET', `/v2/${repository}/blobs/${digest}`, {});
        await this.check(r, `GET blob ${digest}`);
        return Buffer.from(await r.arrayBuffer());
    }
    async send(method, path, headers, body) {
        for (let attempt = 1;; attempt++) {
            let reason;
            let retryAfterMs;
            try {
                const r = await fetch(`https://${this.host}${path}`, {
                    method,
                    headers: { ...headers, authorization: this.authorization },
                    body: body ? new Uint8Array(body) : undefined,
                    redirect: 'follow',
                    signal: AbortSignal.timeout(60_000),
                });
                if (r.status < 500 && r.status !== 429)
                    return r;
                reason = String(r.status);
                retryAfterMs = (0,retry/* parseRetryAfter */.mu)(r.headers.get('retry-after'));
                await r.arrayBuffer();
            }
            catch (e) {
                reason = (0,retry/* networkReason */.d8)(e);
            }
            if (attempt >= MAX_ATTEMPTS)
                throw new RegistryError(`${method} https://${this.host}${path}: gave up after ${attempt} attempts: ${reason}`);
            await (0,retry/* sleep */.yy)(Math.min(retryAfterMs ?? (0,retry/* backoffDelay */.EY)(attempt), 30_000));
        }
    }
    async check(r, what) {
        if (r.ok)
            return;
        const text = r.status === 401 || r.status === 403 ? 'not authorized' : (await r.text()).slice(0, 300).replace(/\s+/g, ' ');
        throw new RegistryError(`registry ${this.host}: ${what}: ${r.status} ${text}`);
    }
}

;// CONCATENATED MODULE: ./src/image/stage.ts
/**
 * The image stage: the flows image is built once per commit, pushed to ECR under
 * the commit SHA, tagged for the environment, and never rebuilt when the SHA tag
 * exists. Promotion copies the manifest bytes to the target tags through the
 * registry API, so prod runs byte for byte the image that ran in dev.
 */








/** `<registry>/<path>` -> the repository's path in the registry API. */
function pathOf(repositoryUri) {
    return repositoryUri.slice(repositoryUri.indexOf('/') + 1);
}
async function stage_open(s, root, ui, create) {
    const ecr = new Ecr(s.region, s.registryId);
    const login = await ecr.login((secret) => ui.mask(secret));
    const lifecyclePolicy = s.lifecyclePolicyFile ? (0,settings_check/* readLifecyclePolicy */.f)(s.lifecyclePolicyFile, root) : undefined;
    const repo = await ecr.ensureRepository(s.repository, { create, tagMutability: s.tagMutability, lifecyclePolicy });
    if (repo.created)
        ui.info(`created ECR repository ${repo.uri} (scan on push, tags ${repo.tagMutability})`);
    const registry = new Registry(login.host, login.username, login.password);
    return { login, repo, registry, repoPath: pathOf(repo.uri) };
}
/**
 * Build (or find) the image for a commit, push it, and tag it for the environment.
 * With a layer cache (the action on GitHub), a build starts from the last image saved there.
 */
async function buildImage(s, root, sha, labels, ui, layerCache) {
    const session = await stage_open(s, root, ui, s.createRepository);
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
    const args = ['build', '--file', external_node_path_default().resolve(root, s.dockerfile), '--tag', uri];
    args.push('--label', `org.opencontainers.image.revision=${sha}`, '--label', `org.opencontainers.image.created=${new Date().toISOString()}`);
    if (labels.source)
        args.push('--label', `org.opencontainers.image.source=${labels.source}`);
    for (const arg of s.buildArgs)
        args.push('--build-arg', arg);
    if (s.target)
        args.push('--target', s.target);
    if (s.platform)
        args.push('--platform', s.platform);
    if (s.network)
        args.push('--network', s.network);
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
    if (restored)
        args.push('--cache-from', restored.image);
    args.push(external_node_path_default().resolve(root, s.context));
    const needsLogin = !s.buildOnly || registryCache;
    if (needsLogin) {
        ui.loggingIn(session.login.host);
        await (0,docker/* dockerLogin */.a1)(session.login.host, session.login.username, session.login.password);
    }
    try {
        const build = await ui.group(`docker build ${uri}`, (line) => (0,docker/* docker */.T3)(args, { onLine: line, cwd: root }));
        if (build.code !== 0)
            throw new errors/* UsageError */.eb(`docker build failed (exit ${build.code}):\n${build.tail.slice(-15).join('\n')}`);
        if (s.buildOnly) {
            ui.info(`built ${uri} (build only: nothing pushed)`);
            return { uri, revision: sha, built: true, tagsWritten: [] };
        }
        const push = await ui.group(`docker push ${uri}`, (line) => (0,docker/* docker */.T3)(['push', uri], { onLine: line }));
        if (push.code !== 0)
            throw new errors/* Failure */.HR(`docker push ${uri} failed (exit ${push.code}):\n${push.tail.slice(-10).join('\n')}`);
    }
    finally {
        if (needsLogin)
            await (0,docker/* dockerLogout */.tX)(registry.host);
    }
    const pushed = await registry.head(repoPath, primary);
    if (!pushed)
        throw new errors/* Failure */.HR(`pushed ${uri}, but the registry does not have it`);
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
function tagsOf(s, root, sha) {
    return s.tagFrom ? { primary: (0,content_tag/* contentTag */.m)(s, root), extra: [sha, ...s.tags] } : { primary: sha, extra: s.tags };
}
/** plan: the image a deploy would use, without building or pushing anything. */
async function findImage(s, root, sha, ui) {
    const ecr = new Ecr(s.region, s.registryId);
    const login = await ecr.login((secret) => ui.mask(secret));
    const repo = await ecr.describeRepository(s.repository);
    const { primary } = tagsOf(s, root, sha);
    const uri = `${repo?.repositoryUri ?? `${login.host}/${s.repository}`}:${primary}`;
    if (!repo) {
        if (!s.createRepository)
            throw new errors/* UsageError */.eb(`ECR repository '${s.repository}' does not exist in ${s.region}; create it, or pass --create-repository`);
        ui.info(`ECR repository ${s.repository} would be created; ${uri} would be built`);
        return { uri, revision: sha, built: false, tagsWritten: [] };
    }
    const registry = new Registry(login.host, login.username, login.password);
    const existing = await registry.head(pathOf(repo.repositoryUri), primary);
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
async function tagImage(session, digest, tags, ui, manifest) {
    const { registry, repoPath, repo } = session;
    const moves = [];
    for (const tag of tags) {
        const current = await registry.head(repoPath, tag);
        if (current?.digest !== digest)
            moves.push({ tag, from: current?.digest });
    }
    const conflict = repo.tagMutability === 'IMMUTABLE' ? moves.find((m) => m.from !== undefined) : undefined;
    if (conflict)
        throw new errors/* UsageError */.eb(`tag ${repo.uri}:${conflict.tag} is immutable and holds ${conflict.from}; it cannot point at ${digest}`);
    for (const { tag } of moves) {
        manifest ??= await registry.get(repoPath, digest);
        if (!manifest)
            throw new errors/* Failure */.HR(`manifest ${digest} disappeared from ${repo.uri}`);
        await registry.put(repoPath, tag, manifest);
        ui.info(`tagged ${repo.uri}:${tag} -> ${digest}`);
    }
    return moves.map((m) => m.tag);
}
/**
 * Promotion, read only: the source environment's image (or the given SHA) and the
 * commit it was built from. Source missing: an error before any write.
 */
async function findPromotion(s, root, from, ui) {
    const session = await stage_open(s, root, ui, false);
    const { repo, registry, repoPath } = session;
    const reference = from.sha ?? from.environmentTag;
    const source = await registry.get(repoPath, reference);
    if (!source)
        throw new errors/* UsageError */.eb(`source image ${repo.uri}:${reference} not found: nothing was promoted`);
    // A dependencies-only image serves many commits: its label names the one it was built at.
    if (!from.sha && s.tagFrom)
        throw new errors/* UsageError */.eb(`with --image-tag-from the image is not the commit's: pass --sha (the commit to promote)`);
    const revision = from.sha ?? (await revisionOf(registry, repoPath, source));
    if (!revision)
        throw new errors/* UsageError */.eb(`cannot tell which commit ${repo.uri}:${reference} was built from (no org.opencontainers.image.revision label): pass --sha`);
    const shaTag = await registry.head(repoPath, revision);
    return { session, source, revision, tags: shaTag ? s.tags : [revision, ...s.tags] };
}
/** Promotion: the target tags point at the source image, by manifest copy. */
async function promoteImage(p, s, ui) {
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
async function configOf(registry, repoPath, manifest) {
    let doc = JSON.parse(manifest.bytes.toString('utf8'));
    if (doc.manifests?.length) {
        const child = await registry.get(repoPath, doc.manifests[0].digest);
        if (!child)
            return undefined;
        doc = JSON.parse(child.bytes.toString('utf8'));
    }
    if (!doc.config?.digest)
        return undefined;
    return JSON.parse((await registry.blob(repoPath, doc.config.digest)).toString('utf8'));
}
/** The commit label of an image. */
async function revisionOf(registry, repoPath, manifest) {
    return (await configOf(registry, repoPath, manifest))?.config?.Labels?.['org.opencontainers.image.revision'];
}
/**
 * Saves the pushed image to the layer cache unless the entry restored already has
 * its dependency layers (a push of flow code only). Never rejects.
 */
async function saveNewLayers(cache, session, tag, keys, restored, uri, ui) {
    let key;
    try {
        const manifest = await session.registry.get(session.repoPath, tag);
        const config = manifest && (await configOf(session.registry, session.repoPath, manifest));
        if (!config)
            throw new Error(`no image config for ${uri}`);
        key = entryKey(keys, dependencyLayers(config));
    }
    catch (e) {
        ui.warning(`layer cache: not saved (${(0,errors/* errorMessage */.gJ)(e)})`);
        return;
    }
    if (key === restored) {
        ui.info(`layer cache: ${key} already holds this image's dependency layers: nothing saved`);
        return;
    }
    await saveLayers(cache, uri, key, ui);
}
/** Block scripts run in the image: pull it (with a registry login) when the engine does not have it. */
async function ensureLocalImage(s, uri, ui) {
    if ((await (0,docker/* docker */.T3)(['image', 'inspect', '--format', '{{.Id}}', uri])).code === 0)
        return;
    const login = await new Ecr(s.region, s.registryId).login((secret) => ui.mask(secret));
    ui.loggingIn(login.host);
    await (0,docker/* dockerLogin */.a1)(login.host, login.username, login.password);
    try {
        const pull = await ui.group(`docker pull ${uri}`, (line) => (0,docker/* docker */.T3)(['pull', uri], { onLine: line }));
        if (pull.code !== 0)
            throw new errors/* Failure */.HR(`docker pull ${uri} failed (exit ${pull.code}):\n${pull.tail.slice(-10).join('\n')}`);
    }
    finally {
        await (0,docker/* dockerLogout */.tX)(login.host);
    }
}


/***/ })

};
