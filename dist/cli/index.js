#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ Failure),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/** The one helper that turns anything thrown into a message. */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}
/** Bad flags, inputs or a missing file: exit code 2, like invalid input. */
class UsageError extends Error {
}
/** An operation that failed for a reason outside this program (an API, the registry): exit 1, its message as is. */
class Failure extends Error {
}


/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T3: () => (/* binding */ docker),
/* harmony export */   a1: () => (/* binding */ dockerLogin),
/* harmony export */   tX: () => (/* binding */ dockerLogout)
/* harmony export */ });
/* unused harmony export DOCKER_LOGINS_STATE */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * The docker CLI, always with an argument list (never a shell): build, push,
 * login (the password on stdin) and logout. Output streams to a line sink.
 */


function docker(args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('docker', args, {
            cwd: options.cwd,
            env: { ...process.env, DOCKER_BUILDKIT: '1', ...options.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const tail = [];
        let partial = '';
        const onData = (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines) {
                options.onLine?.(line);
                tail.push(line);
                if (tail.length > 30)
                    tail.shift();
            }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.on('error', (e) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .HR(`cannot run docker: ${e.code === 'ENOENT' ? 'docker is not installed or not on PATH' : e.message}`)));
        child.on('close', (code) => {
            if (partial) {
                options.onLine?.(partial);
                tail.push(partial);
            }
            resolve({ code: code ?? 1, tail });
        });
        child.stdin.end(options.input ?? '');
    });
}
async function dockerLogin(host, username, password) {
    const r = await docker(['login', '--username', username, '--password-stdin', host], { input: password });
    // The output never holds the password (it went to stdin); say only what failed.
    if (r.code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .Failure */ .HR(`docker login to ${host} failed: ${r.tail.filter((l) => !l.includes(password)).slice(-3).join(' ')}`);
}
/** The action's saved state: the registries docker logged in to, as a JSON list, for the post step. */
const DOCKER_LOGINS_STATE = 'docker-logins';
async function dockerLogout(host) {
    await docker(['logout', host]);
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   d8: () => (/* binding */ networkReason),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Shared retry timing for the HTTP clients (Prefect API, container registry). */
/** Exponential backoff with jitter: 250 ms doubling, capped at 10 s, between half and all of it. */
function backoffDelay(attempt) {
    return Math.min(10_000, 250 * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
}
/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
function parseRetryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** Why a fetch failed without an answer: a timeout or the socket error's code. */
function networkReason(e) {
    if (e instanceof Error) {
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            return 'timed out';
        const cause = e.cause;
        return cause?.code ?? cause?.message ?? e.message;
    }
    return String(e);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/git.ts
/**
 * The checkout's commit, branch and origin, read from .git without starting a git
 * process, from any folder inside the checkout (the nearest .git above it).
 */


/** The checkout that holds `dir`: its top folder, and its git directory (`.git`, or where a worktree's `.git` file points). */
function checkoutOf(dir) {
    for (let d = external_node_path_default().resolve(dir);; d = external_node_path_default().dirname(d)) {
        const dotGit = external_node_path_default().join(d, '.git');
        const stat = (0,external_node_fs_.statSync)(dotGit, { throwIfNoEntry: false });
        if (stat?.isDirectory())
            return { top: d, gitDir: dotGit };
        if (stat?.isFile()) {
            const pointer = readOptional(dotGit)?.trim();
            if (pointer?.startsWith('gitdir:'))
                return { top: d, gitDir: external_node_path_default().resolve(d, pointer.slice(7).trim()) };
        }
        if (external_node_path_default().dirname(d) === d)
            return undefined;
    }
}
function gitDirOf(dir) {
    return checkoutOf(dir)?.gitDir;
}
function headCommit(root) {
    const gitDir = gitDirOf(root);
    return gitDir ? commitIn(gitDir) : undefined;
}
function commitIn(gitDir) {
    try {
        const head = (0,external_node_fs_.readFileSync)(external_node_path_default().join(gitDir, 'HEAD'), 'utf8').trim();
        if (/^[0-9a-f]{40}$/.test(head))
            return head;
        const ref = /^ref: (.+)$/.exec(head)?.[1];
        if (!ref)
            return undefined;
        // Worktrees keep refs in the common directory.
        const common = readOptional(external_node_path_default().join(gitDir, 'commondir'));
        const dirs = [gitDir, ...(common ? [external_node_path_default().resolve(gitDir, common.trim())] : [])];
        for (const dir of dirs) {
            const loose = readOptional(external_node_path_default().join(dir, ref))?.trim();
            if (loose && /^[0-9a-f]{40}$/.test(loose))
                return loose;
            const packed = readOptional(external_node_path_default().join(dir, 'packed-refs'));
            const line = packed?.split('\n').find((l) => l.endsWith(` ${ref}`));
            if (line)
                return line.slice(0, 40);
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}
function readOptional(p) {
    try {
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The checked-out branch name, when HEAD is on a branch. */
function headBranch(root) {
    const gitDir = gitDirOf(root);
    const head = gitDir && readOptional(external_node_path_default().join(gitDir, 'HEAD'))?.trim();
    return head?.startsWith('ref: refs/heads/') ? head.slice('ref: refs/heads/'.length) : undefined;
}
/** `owner/name` and a web URL from the `origin` remote, when it is a GitHub-style URL. */
function originRepository(root) {
    const gitDir = gitDirOf(root);
    // A worktree keeps its configuration in the common directory.
    const common = gitDir && readOptional(external_node_path_default().join(gitDir, 'commondir'))?.trim();
    const config = gitDir && readOptional(external_node_path_default().join(common ? external_node_path_default().resolve(gitDir, common) : gitDir, 'config'));
    const m = config && /\[remote "origin"\][^[]*?url\s*=\s*(\S+)/.exec(config);
    if (!m)
        return undefined;
    const remote = m[1];
    const parsed = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/git@|git@)([^/:]+)[/:](.+?)(?:\.git)?\/?$/.exec(remote);
    if (!parsed)
        return undefined;
    return { repository: parsed[2], url: `https://${parsed[1]}/${parsed[2]}` };
}

;// CONCATENATED MODULE: ./src/vcs.ts
/** The commit's context for version_info: GitHub Actions' variables, else the local checkout. */

/** Where the commit comes from, for version_info: GitHub Actions' context, else the checkout. */
function vcsSettings(root, sha, env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_REPOSITORY) {
        const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
        return {
            versionType: 'vcs:github',
            repository: env.GITHUB_REPOSITORY,
            branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || undefined,
            commitUrl: sha ? `${server}/${env.GITHUB_REPOSITORY}/commit/${sha}` : undefined,
        };
    }
    const origin = originRepository(root);
    return {
        versionType: 'vcs:git',
        repository: origin?.repository,
        branch: headBranch(root),
        commitUrl: origin && sha ? `${origin.url}/commit/${sha}` : undefined,
    };
}

;// CONCATENATED MODULE: ./src/settings.ts
/** Everything the program needs to know, read once at the edge (CLI flags or action inputs). */
const DEFAULT_FILE_PATTERN = 'prefect-deployments-{env}.yaml';
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_WORKDIR = '/opt/prefect';
/**
 * Environment variables that hold the tool's own credentials (Prefect, GitHub, AWS,
 * the runner's tokens, the action's inputs): never available to `{{ $NAME }}`.
 */
const CREDENTIAL_VARIABLES = /^(?:PREFECT_API_KEY|PREFECT_API_AUTH_STRING|GITHUB_TOKEN|GH_TOKEN|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_SECURITY_TOKEN|AWS_ACCESS_KEY_ID|AWS_WEB_IDENTITY_TOKEN_FILE|AWS_CONTAINER_AUTHORIZATION_TOKEN|INPUT_.*|ACTIONS_.*)$/;
/** The environment `{{ $NAME }}` reads: the process environment without the credentials. */
function templateEnvironment(env) {
    return Object.fromEntries(Object.entries(env).filter(([name]) => !CREDENTIAL_VARIABLES.test(name)));
}

;// CONCATENATED MODULE: ./src/text.ts
/** Small text helpers shared by the validators. */
/** Longer words get no suggestion: an edit distance costs the product of both lengths. */
const MAX_SUGGESTED_LENGTH = 100;
/** The candidate within edit distance 2 (or a third of the length) of `word`, if any. */
function closest(word, candidates) {
    if (word.length > MAX_SUGGESTED_LENGTH)
        return undefined;
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        // A length difference over the limit is a distance over it.
        if (Math.abs(c.length - word.length) > limit)
            continue;
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/args.ts
/** CLI flags and the process environment -> Settings: the only reader of both. */







const USAGE = `Usage: prefect-ecr-deploy <command> [options]

Commands:
  validate    check the deployments file and its flows; writes nothing
  plan        validate, then compare with the Prefect API: what deploy would change; writes nothing
  deploy      validate, build and push the image, plan, and register every deployment (version = the commit SHA)
  promote     copy the --from environment's image to this environment's tag (no rebuild), then deploy

Options:
  --env ENV            environment: reads prefect-deployments-ENV.yaml at the root
  --file PATH          the deployments file (instead of the environment's)
  --root DIR           repository root (default: the working directory)
  --file-pattern PAT   file name for an environment (default: ${DEFAULT_FILE_PATTERN})
  --sha SHA            commit SHA (default: GITHUB_SHA, else the checked-out commit)
  --api-url URL        Prefect API (default: PREFECT_API_URL); credentials come from
                       PREFECT_API_KEY (Cloud) or PREFECT_API_AUTH_STRING (self-hosted)
  --concurrency N      API requests in flight (default: ${DEFAULT_CONCURRENCY})
  --max-retry-seconds S  how long one API request may keep retrying (default: 120)
  --prune              delete deployments this tool registered for this repository and
                       environment that the file no longer has (listed first in the plan)
  --adopt              take over deployments of the file's flows and names that another
                       repository or environment registered, or nobody did (else a conflict)
  --skip-image         register without the image stage
  --image REF          an existing image for {{ image }} (instead of the image stage)
  --block-script PATH  a Python script run inside the image before any deployment is
                       registered (repeatable; after the file's block-scripts:)
  --strict             warnings about what prefect deploy would get wrong at run time or
                       ignore (keys it ignores, repeated keys, unset variables) are errors

Image stage (Amazon ECR; runs when --repository is given):
  --repository NAME    ECR repository
  --region REGION      AWS region (default: AWS_REGION); credentials: the default AWS chain
  --registry-id ID     the registry's AWS account, when not the caller's
  --create-repository  create the repository when missing (scan on push)
  --tag-mutability M   MUTABLE (default) or IMMUTABLE, for a created repository
  --lifecycle-policy F lifecycle policy JSON for a created repository
  --context DIR        build context (default: .)
  --dockerfile PATH    Dockerfile (default: Dockerfile)
  --build-arg K=V      build argument (repeatable)
  --target STAGE       build target
  --platform P         build platform, for example linux/amd64
  --build-network N    network for RUN steps: host, none, or a network name
  --tag TAG            tag besides the SHA (repeatable; default: the environment)
  --build-only         build to prove the Dockerfile builds; push nothing
  --from ENV           promote: the source environment (its tag, or --sha)
  --workdir DIR        the image's working directory for the default pull step (default: ${DEFAULT_WORKDIR})
  --json               print a JSON report on stdout
  -h, --help           show this help
`;
const COMMANDS = ['validate', 'plan', 'deploy', 'promote'];
const VALUE_FLAGS = [
    '--env', '--file', '--root', '--file-pattern', '--sha', '--api-url', '--concurrency', '--max-retry-seconds', '--image', '--workdir',
    '--repository', '--region', '--registry-id', '--tag-mutability', '--lifecycle-policy', '--context', '--dockerfile', '--target', '--platform', '--build-network', '--from',
];
/** Flags that may be given more than once. */
const LIST_FLAGS = ['--build-arg', '--tag', '--block-script'];
const BOOLEAN_FLAGS = ['--json', '--skip-image', '--create-repository', '--build-only', '--prune', '--adopt', '--strict', '--help', '-h'];
/** Parses argv into Settings; the only place that reads flags and the process environment. */
function parseArgs(argv, env, cwd) {
    const values = new Map();
    const lists = new Map(LIST_FLAGS.map((f) => [f, []]));
    const flags = new Set();
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('-')) {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(0, eq) : arg;
        if (VALUE_FLAGS.includes(name) || LIST_FLAGS.includes(name)) {
            const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
            // `--env --sha X`: a flag is never another flag's value.
            if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
                throw new errors/* UsageError */.eb(`${name} needs a value`);
            if (LIST_FLAGS.includes(name))
                lists.get(name).push(value);
            else
                values.set(name, value);
        }
        else if (BOOLEAN_FLAGS.includes(name) && eq < 0) {
            flags.add(name);
        }
        else {
            const hint = closest(name, [...VALUE_FLAGS, ...LIST_FLAGS, ...BOOLEAN_FLAGS]);
            throw new errors/* UsageError */.eb(`unknown option ${name}${hint ? ` (did you mean ${hint}?)` : ''}`);
        }
    }
    if (flags.has('--help') || flags.has('-h'))
        return 'help';
    const [command, ...extra] = positional;
    if (!command)
        throw new errors/* UsageError */.eb(`a command is required\n\n${USAGE}`);
    if (!COMMANDS.includes(command)) {
        const hint = closest(command, COMMANDS);
        throw new errors/* UsageError */.eb(`unknown command '${command}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
    }
    if (extra.length)
        throw new errors/* UsageError */.eb(`unexpected argument '${extra[0]}'`);
    const filePattern = values.get('--file-pattern') ?? DEFAULT_FILE_PATTERN;
    const root = values.has('--root') ? external_node_path_default().resolve(cwd, values.get('--root')) : values.has('--file') ? cwd : projectRoot(cwd, filePattern, values.get('--env'));
    if (!(0,external_node_fs_.existsSync)(root))
        throw new errors/* UsageError */.eb(`--root ${values.get('--root')} does not exist`);
    // promote without --sha takes the commit from the source image's label.
    const sha = values.get('--sha') ?? (command === 'promote' ? undefined : env.GITHUB_SHA || headCommit(root));
    if (values.has('--sha') && !/^[0-9a-f]{7,40}$/i.test(values.get('--sha'))) {
        throw new errors/* UsageError */.eb(`--sha '${values.get('--sha')}' is not a commit SHA`);
    }
    const concurrency = Number(values.get('--concurrency') ?? DEFAULT_CONCURRENCY);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
        throw new errors/* UsageError */.eb('--concurrency must be a whole number from 1 to 64');
    const maxRetrySeconds = Number(values.get('--max-retry-seconds') ?? 120);
    if (!(maxRetrySeconds > 0 && maxRetrySeconds <= 3600))
        throw new errors/* UsageError */.eb('--max-retry-seconds must be a number of seconds from 1 to 3600');
    const apiUrl = values.get('--api-url') ?? (env.PREFECT_API_URL || undefined);
    if (apiUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(apiUrl))
        throw new errors/* UsageError */.eb('the Prefect API URL must start with http:// or https://');
    const mutability = values.get('--tag-mutability') ?? 'MUTABLE';
    if (mutability !== 'MUTABLE' && mutability !== 'IMMUTABLE')
        throw new errors/* UsageError */.eb('--tag-mutability must be MUTABLE or IMMUTABLE');
    if (command === 'promote' && !values.has('--from'))
        throw new errors/* UsageError */.eb('promote needs --from ENV (the source environment)');
    if (command === 'promote' && !values.has('--repository'))
        throw new errors/* UsageError */.eb('promote needs --repository NAME');
    const environment = values.get('--env');
    const repository = values.get('--repository');
    const ecr = repository
        ? {
            region: values.get('--region') ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined),
            registryId: values.get('--registry-id'),
            repository,
            createRepository: flags.has('--create-repository'),
            tagMutability: mutability,
            lifecyclePolicyFile: values.get('--lifecycle-policy'),
            context: values.get('--context') ?? '.',
            dockerfile: values.get('--dockerfile') ?? 'Dockerfile',
            buildArgs: lists.get('--build-arg'),
            target: values.get('--target'),
            platform: values.get('--platform'),
            network: values.get('--build-network'),
            tags: lists.get('--tag').length ? lists.get('--tag') : environment ? [environment] : [],
            buildOnly: flags.has('--build-only'),
            defaulted: [
                ...[['context', '--context'], ['dockerfile', '--dockerfile'], ['platform', '--platform'], ['target', '--target']].filter(([, flag]) => !values.has(flag)).map(([field]) => field),
                ...(lists.get('--build-arg').length ? [] : ['buildArgs']),
                ...(lists.get('--tag').length ? [] : ['tags']),
            ],
        }
        : undefined;
    return {
        command: command,
        root,
        environment,
        file: values.get('--file'),
        filePattern,
        sha,
        json: flags.has('--json'),
        env: templateEnvironment(env),
        prefect: { apiUrl, apiKey: env.PREFECT_API_KEY || undefined, authString: env.PREFECT_API_AUTH_STRING || undefined },
        vcs: vcsSettings(root, sha, env),
        concurrency,
        maxRetrySeconds,
        prune: flags.has('--prune'),
        adopt: flags.has('--adopt'),
        skipImage: flags.has('--skip-image'),
        imageRef: values.get('--image'),
        blockScripts: lists.get('--block-script'),
        ecr,
        promoteFrom: values.get('--from'),
        workdir: values.get('--workdir') ?? DEFAULT_WORKDIR,
        strict: flags.has('--strict'),
        eventName: env.GITHUB_EVENT_NAME || undefined,
    };
}
/**
 * The root when --root is not given: the nearest folder from the working directory up
 * to the checkout's top that holds the environment's deployments file or a
 * prefect.yaml, so the CLI works from any folder of a checkout; else the working directory.
 */
function projectRoot(cwd, filePattern, environment) {
    const checkout = checkoutOf(cwd);
    if (!checkout)
        return cwd;
    const names = [...(environment ? [filePattern.replaceAll('{env}', environment)] : []), 'prefect.yaml'];
    for (let dir = external_node_path_default().resolve(cwd); dir.startsWith(checkout.top); dir = external_node_path_default().dirname(dir)) {
        if (names.some((n) => (0,external_node_fs_.existsSync)(external_node_path_default().join(dir, n))))
            return dir;
        if (dir === checkout.top)
            break;
    }
    return cwd;
}

;// CONCATENATED MODULE: ./src/config/locate.ts
/** Finds the deployments file: --file, else the environment's file by pattern, else prefect.yaml. */



function locateDeploymentsFile(settings, cwd = process.cwd()) {
    const display = (p) => {
        const rel = external_node_path_default().relative(settings.root, p);
        return rel && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel) ? rel.split((external_node_path_default()).sep).join('/') : p;
    };
    if (settings.file) {
        const absolute = external_node_path_default().resolve(cwd, settings.file);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new errors/* UsageError */.eb(`deployments file ${settings.file} does not exist`);
        return { absolute, display: display(absolute) };
    }
    const tried = [];
    if (settings.environment) {
        if (!/^[A-Za-z0-9_.-]+$/.test(settings.environment))
            throw new errors/* UsageError */.eb(`environment '${settings.environment}' may contain only letters, digits, '.', '_' and '-'`);
        const byPattern = external_node_path_default().resolve(settings.root, settings.filePattern.replaceAll('{env}', settings.environment));
        if ((0,external_node_fs_.existsSync)(byPattern))
            return { absolute: byPattern, display: display(byPattern) };
        tried.push(display(byPattern));
    }
    const prefectYaml = external_node_path_default().resolve(settings.root, 'prefect.yaml');
    if ((0,external_node_fs_.existsSync)(prefectYaml))
        return { absolute: prefectYaml, display: display(prefectYaml) };
    tried.push(display(prefectYaml));
    const hint = settings.environment ? '' : ' (pass --env ENV or --file PATH)';
    throw new errors/* UsageError */.eb(`no deployments file found${hint}; looked for ${tried.join(', ')}`);
}
/** Deployments files and flow files are read whole: anything larger is not one. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * The file's text, when it is a regular file of sensible size. A file the checkout
 * holds may not be a link out of it: its content would reach the plan's messages.
 */
function readDeploymentsFile(located, root) {
    const stat = (0,external_node_fs_.statSync)(located.absolute, { throwIfNoEntry: false });
    if (!stat)
        throw new errors/* UsageError */.eb(`deployments file ${located.display} does not exist`);
    if (!stat.isFile())
        throw new errors/* UsageError */.eb(`deployments file ${located.display} is not a regular file`);
    if (stat.size > MAX_FILE_BYTES)
        throw new errors/* UsageError */.eb(`deployments file ${located.display} is larger than 10 MiB`);
    if (isInside(root, located.absolute) && !isInside((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(located.absolute))) {
        throw new errors/* UsageError */.eb(`deployments file ${located.display} is a link to a file outside the repository`);
    }
    return (0,external_node_fs_.readFileSync)(located.absolute, 'utf8');
}
function isInside(dir, file) {
    const rel = external_node_path_default().relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
}

;// CONCATENATED MODULE: ./src/secrets.ts
/**
 * Secret-bearing values: what came from the environment (`{{ $NAME }}`), a Prefect
 * variable or a block, from the moment it is resolved. The first line of defence is
 * by field (a field whose value holds one is shown as changed, never with values);
 * this registry is the second: every output the tool writes passes through
 * `redact`, and the action also masks each value in the runner's log.
 */
/** Shorter values are protected by field only: replacing "dev" or "true" everywhere would garble every report. */
const MIN_REDACTED_LENGTH = 6;
const values = new Set();
const listeners = [];
/** Registers a resolved value (strings inside objects and lists too). */
function markSecret(value) {
    if (typeof value === 'string') {
        if (value.length < MIN_REDACTED_LENGTH || values.has(value))
            return;
        values.add(value);
        for (const listener of listeners)
            listener(value);
    }
    else if (Array.isArray(value)) {
        value.forEach(markSecret);
    }
    else if (value && typeof value === 'object') {
        Object.values(value).forEach(markSecret);
    }
    else if (typeof value === 'number') {
        markSecret(String(value));
    }
}
/** Called for every value registered from now on, and for those already registered (the action's `core.setSecret`). */
function onSecret(listener) {
    listeners.push(listener);
    for (const v of values)
        listener(v);
}
/** The text with every registered value, and its JSON-escaped form, replaced by `***`. */
function redact(text) {
    if (!values.size)
        return text;
    let out = text;
    // Longest first, so a value that contains another is replaced whole.
    for (const v of [...values].sort((a, b) => b.length - a.length)) {
        out = out.split(v).join('***');
        const escaped = JSON.stringify(v).slice(1, -1);
        if (escaped !== v)
            out = out.split(escaped).join('***');
    }
    return out;
}
/** Templates whose value is secret-bearing once resolved: the environment, Prefect variables, blocks. */
const SECRET_TEMPLATE = /\{\{\s*(?:\$|prefect\.variables\.|prefect\.blocks\.)/;

;// CONCATENATED MODULE: ./src/config/templates.ts
/**
 * `{{ ... }}` templates in the deployments file, with `prefect deploy`'s meaning in
 * each part of it. A template is what Prefect's placeholder pattern takes (word
 * characters, `.`, `-`, `[`, `]`, `$`); other `{{ }}` text (Jinja such as
 * `{{ x | default(1) }}`) stays as written, as in Prefect.
 *
 * Filled at validate time: `{{ sha }}`, `{{ env }}`, `{{ $ENV_VAR }}` (an unset one is
 * an empty string, as prefect deploy writes it, with a warning; kept for run time in
 * pull steps and in a trigger's parameters). Filled at deploy time: `{{ image }}`,
 * `{{ image_digest }}`, build step outputs (`{{ build-image.tag }}`),
 * `{{ prefect.variables.x }}`, `{{ prefect.blocks.type.name }}`. Kept for run time: in
 * pull steps, everything Prefect keeps (step outputs such as `{{ clone-step.directory }}`,
 * variables, blocks); in a trigger's parameters, `{{ event.* }}` and the like;
 * `{{ ctx.* }}` (the worker's).
 */



const ENV_VAR = /^\$([A-Za-z_][A-Za-z0-9_]*)$/;
const VARIABLE = /^prefect\.variables\.[A-Za-z0-9_-]+$/;
const BLOCK = /^prefect\.blocks\.[a-z0-9-]+\.[A-Za-z0-9_-]+(\.[\w.[\]-]+)?$/;
/** Prefect's placeholder pattern (utilities/templating.py): anything else in braces is text. */
const PLACEHOLDER = /^[\p{L}\p{N}_.\-[\]$]+$/u;
const LATER = new Set(['image', 'image_digest', 'build-image.image']);
const KNOWN = ['sha', 'env', 'image', 'image_digest', 'build-image.image', '$VAR', 'prefect.variables.<name>', 'prefect.blocks.<type>.<name>'];
/**
 * Every `{{ expr }}` of a text (no brace inside), in one pass: a regular expression
 * backtracks for minutes on a long unclosed `{{`. Of `{{{ x }}`, the last `{{` opens.
 */
function templatesIn(text) {
    const out = [];
    let open = -1;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '{') {
            open = i > 0 && text[i - 1] === '{' ? i - 1 : -1;
        }
        else if (c === '}') {
            if (open >= 0 && text[i + 1] === '}') {
                out.push({ start: open, end: i + 2, expr: text.slice(open + 2, i).trim() });
                i++;
            }
            open = -1;
        }
    }
    return out;
}
/** The templates Prefect fills: `{{ name }}` with a placeholder name. */
function placeholdersIn(text) {
    return templatesIn(text).filter((t) => PLACEHOLDER.test(t.expr));
}
/** The text with each template replaced by what `replace` returns for it. */
function replaceTemplates(text, replace) {
    let out = '';
    let from = 0;
    for (const t of placeholdersIn(text)) {
        out += text.slice(from, t.start) + replace(t.expr, text.slice(t.start, t.end));
        from = t.end;
    }
    return out + text.slice(from);
}
/** True when the whole string is a single template: its type is known only once filled. */
function isWholeTemplate(s) {
    const refs = placeholdersIn(s);
    return refs.length === 1 && refs[0].start === 0 && refs[0].end === s.length;
}
/** `build-image.tag` -> the step id and field, when the id is a build or push step's. */
function stepOutputRef(expr, outputs) {
    const dot = expr.indexOf('.');
    if (!outputs || dot < 0)
        return undefined;
    const id = expr.slice(0, dot);
    return outputs.byId.has(id) ? { id, field: expr.slice(dot + 1) } : undefined;
}
/** Checks the template syntax and fills what is known now; the rest stays in place. */
function resolveTemplates(input, values, section = 'deployment') {
    const errors = [];
    const warnings = [];
    let secret = false;
    const runTime = section === 'pull' || section === 'trigger-parameters';
    const value = replaceTemplates(input, (expr, whole) => {
        if (expr === 'sha') {
            if (values.sha)
                return values.sha;
            errors.push('{{ sha }} needs the commit SHA: pass --sha, or run inside a git checkout');
            return whole;
        }
        if (expr === 'env') {
            if (values.env)
                return values.env;
            errors.push('{{ env }} needs an environment: pass --env');
            return whole;
        }
        const envVar = ENV_VAR.exec(expr);
        if (envVar) {
            const name = envVar[1];
            if (CREDENTIAL_VARIABLES.test(name)) {
                errors.push(`{{ $${name} }}: the credentials the tool holds are never available to templates`);
                return whole;
            }
            const v = values.vars[name];
            if (v !== undefined) {
                secret = true;
                markSecret(v);
                return v;
            }
            if (runTime)
                return whole;
            if (section === 'block-data') {
                errors.push(`environment variable ${name} is not set (used as {{ $${name} }})`);
                return whole;
            }
            warnings.push(`environment variable ${name} is not set (used as {{ $${name} }}): prefect deploy writes an empty string in its place`);
            return '';
        }
        if (LATER.has(expr) || VARIABLE.test(expr) || BLOCK.test(expr) || expr.startsWith('ctx.'))
            return whole;
        if (values.outputs && (stepOutputRef(expr, values.outputs) || values.outputs.bare.has(expr))) {
            const ref = stepOutputRef(expr, values.outputs);
            const fields = ref ? values.outputs.byId.get(ref.id) : [];
            if (ref && fields.length && !fields.includes(ref.field)) {
                const hint = closest(ref.field, fields);
                errors.push(`step '${ref.id}' has no output '${ref.field}'${hint ? ` (did you mean {{ ${ref.id}.${hint} }}?)` : ''}; its outputs: ${fields.join(', ')}`);
            }
            return whole;
        }
        // Prefect keeps these for run time: a pull step's outputs, an event's fields in a trigger's parameters.
        if (runTime)
            return whole;
        const known = [...KNOWN, ...[...(values.outputs?.byId ?? [])].flatMap(([id, fields]) => fields.map((f) => `${id}.${f}`)), ...(values.outputs?.bare ?? [])];
        const hint = closest(expr, known);
        const dropped = section === 'trigger'
            ? `: prefect deploy removes it (only a trigger's parameters keep run-time templates such as {{ event.* }})`
            : `: prefect deploy would remove it, leaving the value empty`;
        errors.push(`unknown template {{ ${expr} }}${hint ? ` (did you mean {{ ${hint} }}?)` : ''}${dropped}; known: ${KNOWN.map((k) => `{{ ${k} }}`).join(', ')}`);
        return whole;
    });
    const rest = replaceTemplates(value, () => '');
    const unclosed = templatesIn(rest).length === 0 && (rest.includes('{{') || rest.includes('}}')) && !rest.includes('{%');
    if (unclosed && !errors.length && !runTime)
        errors.push("a template is not closed: write '{{ name }}'");
    return { value, errors, warnings, secret };
}

;// CONCATENATED MODULE: ./src/flows/values.ts
/**
 * Checks a parameter value against its JSON schema, the way Prefect's server
 * validates parameters when `enforce_parameter_schema` is on (a JSON Schema
 * validator, without format checks). Values that are templates are checked
 * once resolved, so they pass here.
 */

/**
 * The first mismatch as a message (`expected an integer, got "x"`), or undefined.
 * With `secret`, the message says what was expected and never shows the value.
 */
function valueError(value, schema, definitions = {}, options = {}, depth = 0) {
    if (depth > 50)
        return undefined;
    if (typeof value === 'string' && isWholeTemplate(value))
        return undefined;
    const sub = (v, s) => valueError(v, s, definitions, options, depth + 1);
    const got = options.secret ? '' : `, got ${show(value)}`;
    if (typeof schema.$ref === 'string') {
        const target = definitions[schema.$ref.replace('#/definitions/', '')];
        if (target) {
            const e = sub(value, target);
            if (e)
                return e;
        }
    }
    if (Array.isArray(schema.anyOf)) {
        const errors = schema.anyOf.map((s) => sub(value, s));
        if (errors.every((e) => e !== undefined))
            return errors.find((e) => !e.startsWith('expected ')) ?? `expected ${describeAnyOf(schema.anyOf)}${got}`;
    }
    if ('const' in schema && !equal(value, schema.const))
        return `expected ${show(schema.const)}${got}`;
    if (Array.isArray(schema.enum) && !schema.enum.some((e) => equal(e, value))) {
        return `expected one of ${schema.enum.map(show).join(', ')}${got}`;
    }
    if (typeof schema.type === 'string' && !typeMatches(value, schema.type))
        return `expected ${article(schema.type)}${got}`;
    if (Array.isArray(value)) {
        const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
        if (typeof schema.minItems === 'number' && value.length < schema.minItems)
            return `expected at least ${schema.minItems} items, got ${value.length}`;
        if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
            return `expected at most ${schema.maxItems} items, got ${value.length}`;
        for (let i = 0; i < value.length; i++) {
            const itemSchema = i < prefix.length ? prefix[i] : schema.items;
            if (itemSchema && typeof itemSchema === 'object') {
                const e = sub(value[i], itemSchema);
                if (e)
                    return `item ${i}: ${e}`;
            }
        }
    }
    else if (value !== null && typeof value === 'object') {
        const obj = value;
        const props = (schema.properties ?? {});
        for (const key of schema.required ?? [])
            if (!(key in obj))
                return `missing required field '${key}'`;
        for (const [k, v] of Object.entries(obj)) {
            const s = props[k] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
            if (s) {
                const e = sub(v, s);
                if (e)
                    return `field '${k}': ${e}`;
            }
            else if (schema.additionalProperties === false) {
                return `unexpected field '${k}'`;
            }
        }
    }
    return undefined;
}
function schemaDefinitions(schema) {
    return (schema.definitions ?? {});
}
function typeMatches(v, type) {
    switch (type) {
        case 'string':
            return typeof v === 'string';
        case 'integer':
            return typeof v === 'number' && Number.isInteger(v);
        case 'number':
            return typeof v === 'number';
        case 'boolean':
            return typeof v === 'boolean';
        case 'null':
            return v === null;
        case 'array':
            return Array.isArray(v);
        case 'object':
            return v !== null && typeof v === 'object' && !Array.isArray(v);
        default:
            return true;
    }
}
function article(type) {
    return { integer: 'an integer', array: 'a list', object: 'a mapping', null: 'null' }[type] ?? `a ${type}`;
}
function describeAnyOf(options) {
    return options.map((o) => (typeof o.type === 'string' ? article(o.type) : o.$ref ? String(o.$ref).replace('#/definitions/', '') : 'a value')).join(' or ');
}
function show(v) {
    const text = JSON.stringify(v);
    return text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function equal(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/yaml.ts
/**
 * YAML with positions, read as PyYAML's SafeLoader reads it (what `prefect deploy`
 * uses): YAML 1.1 scalars (`yes`/`on` booleans, `0755` octal, `1:30` sexagesimal,
 * `1e3` as text, dates), `<<:` merges, and a key repeated in one mapping keeping its
 * last value (with a warning). The file becomes a tree of located nodes, so every
 * later error can point at its line and column.
 */

const TAG = 'tag:yaml.org,2002:';
/** PyYAML's implicit resolvers (resolver.py), tried in its order. */
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP = /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
const TIMESTAMP_PARTS = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$/;
/** The tag PyYAML gives an untagged plain scalar: the first resolver for its first character that matches. */
function implicitTag(text) {
    const first = text[0] ?? '';
    if (text === '' || NULL.test(text))
        return 'null';
    if ('yYnNtTfFoO'.includes(first) && BOOL.test(text))
        return 'bool';
    if ('-+0123456789.'.includes(first) && FLOAT.test(text))
        return 'float';
    if ('-+0123456789'.includes(first) && INT.test(text))
        return 'int';
    if (text === '<<')
        return 'merge';
    if (text === '=')
        return 'value';
    if ('0123456789'.includes(first) && TIMESTAMP.test(text))
        return 'timestamp';
    return 'str';
}
/** SafeConstructor's construct_yaml_* for a scalar tag. */
function construct(tag, text) {
    switch (tag) {
        case 'str':
            return { value: text };
        case 'null':
            return { value: null };
        case 'bool': {
            const v = { yes: true, no: false, true: true, false: false, on: true, off: false }[text.toLowerCase()];
            return v === undefined ? { error: `'${text}' is not a YAML boolean` } : { value: v };
        }
        case 'int':
            return yaml_int(text);
        case 'float':
            return yaml_float(text);
        case 'timestamp':
            return timestamp(text);
        default:
            return { error: `PyYAML's safe loader (which prefect deploy uses) cannot read the tag ${tag.startsWith('!') ? tag : `!!${tag}`}` };
    }
}
function yaml_int(text) {
    let v = text.replace(/_/g, '');
    const sign = v[0] === '-' ? -1 : 1;
    if (v[0] === '-' || v[0] === '+')
        v = v.slice(1);
    let n;
    if (v === '0')
        n = 0;
    else if (v.startsWith('0b') && /^[01]+$/.test(v.slice(2)))
        n = parseInt(v.slice(2), 2);
    else if (v.startsWith('0x') && /^[0-9a-fA-F]+$/.test(v.slice(2)))
        n = parseInt(v.slice(2), 16);
    else if (v[0] === '0' && /^[0-7]+$/.test(v))
        n = parseInt(v, 8);
    else if (v.includes(':') && /^\d+(:\d+)+$/.test(v))
        n = v.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
    else if (/^\d+$/.test(v))
        n = Number(v);
    else
        return { error: `'${text}' is not an integer` };
    if (!Number.isSafeInteger(n))
        return { error: `the integer ${text} is too large to be sent exactly (more than 2^53)` };
    return { value: sign * n };
}
function yaml_float(text) {
    let v = text.replace(/_/g, '').toLowerCase();
    const sign = v[0] === '-' ? -1 : 1;
    if (v[0] === '-' || v[0] === '+')
        v = v.slice(1);
    if (v === '.inf' || v === '.nan')
        return { error: `${text} (infinity or not-a-number) cannot be sent in JSON` };
    const n = v.includes(':') ? v.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) : Number(v);
    return Number.isFinite(n) ? { value: sign * n, type: 'float' } : { error: `'${text}' is not a number` };
}
/** A date (`2024-01-01`) or a timestamp, as pydantic writes it in JSON. */
function timestamp(text) {
    const m = TIMESTAMP_PARTS.exec(text);
    if (!m)
        return { error: `'${text}' is not a date` };
    const [, y, mo, d, h, mi, s, fraction, tz, tzSign, tzHour, tzMinute] = m;
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || probe.getUTCDate() !== day || year < 1)
        return { error: `'${text}' is not a valid date` };
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (h === undefined)
        return { value: date, type: 'date' };
    if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
        return { error: `'${text}' is not a valid time` };
    const micro = (fraction ?? '').slice(0, 6).padEnd(6, '0');
    let zone = '';
    if (tzSign) {
        const minutes = Number(tzHour) * 60 + Number(tzMinute ?? 0);
        zone = minutes === 0 ? 'Z' : `${tzSign === '-' ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    }
    else if (tz) {
        zone = 'Z';
    }
    const time = `${pad(h)}:${mi}:${s}${Number(micro) ? `.${micro}` : ''}`;
    return { value: `${date}T${time}${zone}`, type: 'timestamp' };
}
function parseYaml(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, version: '1.1', schema: 'failsafe', uniqueKeys: false, prettyErrors: false, merge: false });
    const diagnostics = [];
    const posOf = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    const at = (pos, message, severity = 'error', strict) => diagnostics.push({ file, ...pos, message, severity, ...(strict ? { strict } : {}) });
    for (const e of doc.errors) {
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        at(posOf(e.pos[0]), `YAML: ${message}`);
    }
    if (doc.errors.length)
        return { root: undefined, diagnostics };
    // Aliases are expanded here, so their cost is bounded here: an alias bomb of a few
    // hundred bytes would otherwise expand to billions of values.
    let budget = MAX_VALUES;
    const scalar = (node, pos, asKey) => {
        const source = String(node.value ?? '');
        const plain = node.type === 'PLAIN';
        const explicit = node.tag && node.tag !== '!' ? node.tag : undefined;
        const tag = explicit ? (explicit.startsWith(TAG) ? explicit.slice(TAG.length) : explicit) : plain ? implicitTag(source) : 'str';
        // `<<` merges and `=` is text only as a key; PyYAML cannot make a value of either.
        const resolved = (tag === 'merge' || tag === 'value') && asKey ? { value: source } : construct(tag, source);
        if ('error' in resolved)
            throw new BadYaml(pos, resolved.error);
        return { kind: 'scalar', value: resolved.value, pos, ...(resolved.type ? { type: resolved.type } : {}), ...(plain && !explicit ? { plain } : {}) };
    };
    const convert = (node, depth, asKey = false) => {
        const pos = posOf(node?.range?.[0]);
        if (--budget < 0)
            throw new BadYaml(pos, `aliases expand to more than ${MAX_VALUES.toLocaleString('en-US')} values`);
        if (depth > MAX_DEPTH)
            throw new BadYaml(pos, `values are nested more than ${MAX_DEPTH} levels deep`);
        if ((0,dist/* isAlias */.Vj)(node))
            return convert(node.resolve(doc), depth + 1);
        const tag = node.tag;
        if (tag && tag !== '!' && !((0,dist/* isMap */.jh)(node) && tag === `${TAG}map`) && !((0,dist/* isSeq */.oP)(node) && tag === `${TAG}seq`) && !(0,dist/* isScalar */.jn)(node)) {
            throw new BadYaml(pos, `PyYAML's safe loader (which prefect deploy uses) cannot read the tag ${tag.replace(TAG, '!!')} here`);
        }
        if ((0,dist/* isMap */.jh)(node))
            return mapping(node.items, pos, node.range?.[0], depth);
        if ((0,dist/* isSeq */.oP)(node))
            return { kind: 'seq', items: node.items.map((i) => convert(i, depth + 1)), pos };
        if ((0,dist/* isScalar */.jn)(node))
            return scalar(node, pos, asKey);
        return { kind: 'scalar', value: null, pos };
    };
    /**
     * PyYAML's flatten_mapping, then construct_mapping: merged entries come first (of
     * several merged mappings, the earlier one wins), then the mapping's own, and a later
     * entry replaces an earlier one with the same key.
     */
    const mapping = (items, pos, offset, depth) => {
        const merged = [];
        const own = [];
        for (const pair of items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = pair.key;
            const keyPos = posOf(keyNode?.range?.[0] ?? offset);
            const key = keyNode == null ? { kind: 'scalar', value: null, pos: keyPos } : convert(keyNode, depth + 1, true);
            if (key.kind !== 'scalar')
                throw new BadYaml(keyPos, 'a mapping key must be a plain value, not a list or mapping (PyYAML refuses it)');
            // PyYAML's scanner takes a key without `?` only up to 1024 characters; the rest of the file is still checked.
            const span = keyNode?.range ? keyNode.range[1] - keyNode.range[0] : 0;
            if (span > MAX_IMPLICIT_KEY && !isExplicitKey(text, keyNode?.range?.[0])) {
                at(keyPos, `YAML: a key of ${span.toLocaleString('en-US')} characters: PyYAML (which prefect deploy uses) refuses keys longer than ${MAX_IMPLICIT_KEY} characters without '? '`);
            }
            const valueNode = pair.value == null ? { kind: 'scalar', value: null, pos: keyPos } : undefined;
            if (key.plain && key.value === '<<') {
                const sources = (0,dist/* isSeq */.oP)(pair.value) ? pair.value.items.map((i) => convert(i, depth + 1)) : [valueNode ?? convert(pair.value, depth + 1)];
                if (sources.some((s) => s.kind !== 'map'))
                    throw new BadYaml(keyPos, 'a merge key (<<) takes a mapping or a list of mappings');
                for (const s of [...sources].reverse())
                    merged.push(...s.entries);
                continue;
            }
            own.push({ key: keyText(key), keyPos, value: valueNode ?? convert(pair.value, depth + 1) });
        }
        const entries = [];
        const index = new Map();
        const ownSeen = new Map();
        for (const [i, e] of [...merged, ...own].entries()) {
            const fromFile = i >= merged.length;
            if (fromFile) {
                const earlier = ownSeen.get(e.key);
                if (earlier) {
                    at(earlier.keyPos, `key '${e.key}' is repeated in this mapping (again at line ${e.keyPos.line}): prefect deploy (PyYAML) keeps the last value and ignores this one`, 'warning', true);
                }
                ownSeen.set(e.key, e);
            }
            const existing = index.get(e.key);
            if (existing === undefined) {
                index.set(e.key, entries.length);
                entries.push(e);
            }
            else {
                entries[existing] = e;
            }
        }
        return { kind: 'map', entries, pos };
    };
    try {
        return { root: doc.contents == null ? undefined : convert(doc.contents, 0), diagnostics };
    }
    catch (e) {
        if (!(e instanceof BadYaml))
            throw e;
        at(e.pos, `YAML: ${e.message}`);
        return { root: undefined, diagnostics };
    }
}
/** A key as the JSON Prefect sends has it (pydantic): `1`, `true`, `None`, `2024-01-01`. */
function keyText(key) {
    if (key.value === null)
        return 'None';
    return typeof key.value === 'string' ? key.value : pythonStr(key.value);
}
/** The most values a file may expand to (aliases included), and the deepest nesting. */
const MAX_VALUES = 500_000;
const MAX_DEPTH = 100;
/** YAML's (and PyYAML's) limit for a key written without `?`. */
const MAX_IMPLICIT_KEY = 1024;
/** A key written after `? ` (explicit): no length limit. */
function isExplicitKey(text, offset) {
    if (offset === undefined)
        return false;
    let i = offset - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t'))
        i--;
    return text[i] === '?';
}
class BadYaml extends Error {
    pos;
    constructor(pos, message) {
        super(message);
        this.pos = pos;
    }
}
/** Python's `str()` of a scalar (`True`, `None`, `1.0`, `1e+16`): what `prefect deploy` writes where it makes text of a value. */
function pythonStr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return pythonFloat(value);
    if (typeof value === 'string')
        return value;
    return pythonRepr(value);
}
/** Python's `repr()`: strings quoted, containers as Python writes them. */
function pythonRepr(value) {
    if (typeof value === 'string')
        return value.includes("'") && !value.includes('"') ? `"${value}"` : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (Array.isArray(value))
        return `[${value.map(pythonRepr).join(', ')}]`;
    if (value && typeof value === 'object')
        return `{${Object.entries(value).map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
    return pythonStr(value);
}
/** Python's `str()` of a YAML scalar: a float keeps its `.0`. */
function scalarStr(node) {
    return typeof node.value === 'number' ? pythonFloat(node.value, node.type !== 'float') : pythonStr(node.value);
}
/** An integer as Python writes it, or Python's float repr (`1.0`, `1e+16`, `1.5e-07`). */
function pythonFloat(n, integer = Number.isInteger(n)) {
    if (integer && Number.isInteger(n))
        return String(n);
    const [digits, exp] = n.toExponential().split('e');
    const e = Number(exp);
    if (e < -4 || e >= 16)
        return `${digits}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    const text = String(n);
    return text.includes('.') || text.includes('e') ? text : `${text}.0`;
}
/** The entry of a mapping, if present. */
function yaml_entry(map, key) {
    return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}
/** The value node at a key. */
function child(map, key) {
    return yaml_entry(map, key)?.value;
}
/** True when the node, or anything under it, holds a secret-bearing value. */
function holdsSecret(node) {
    if (!node)
        return false;
    if (node.kind === 'scalar')
        return node.secret === true;
    return node.kind === 'seq' ? node.items.some(holdsSecret) : node.entries.some((e) => holdsSecret(e.value));
}
/** A located node as a plain JavaScript value. */
function plain(node) {
    if (!node)
        return undefined;
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(plain);
        case 'map':
            return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
    }
}

;// CONCATENATED MODULE: ./src/config/blocks.ts

const WHOLE_REFERENCE = /^\{\{\s*prefect\.blocks\.([a-z0-9-]+)\.([a-z0-9-]+)\s*\}\}$/;
const ANY_REFERENCE = /\{\{\s*prefect\.blocks\./;
/** `<type>/<name>`: how `ib-block`, references and messages name a block document. */
function blockKey(type, name) {
    return `${type}/${name}`;
}
/** The block a data value references, when the value is exactly one block reference. */
function blockReference(value) {
    const m = typeof value === 'string' ? WHOLE_REFERENCE.exec(value.trim()) : null;
    return m ? { type: m[1], name: m[2] } : undefined;
}
/** The top-level fields of a block's data that reference other blocks, as `field -> type/name`. */
function referencesOf(block) {
    const out = new Map();
    for (const [field, value] of Object.entries(block.data)) {
        const ref = blockReference(value);
        if (ref)
            out.set(field, blockKey(ref.type, ref.name));
    }
    return out;
}
function checkBlocks(file, reader, at) {
    const seen = new Map();
    for (const b of file.blocks) {
        const key = blockKey(b.type, b.name);
        const first = seen.get(key);
        if (first)
            at(b.node.pos, `block ${key} is declared twice (first at line ${first.node.pos.line})`);
        else
            seen.set(key, b);
        const data = child(b.node, 'data');
        if (data?.kind === 'map')
            for (const e of data.entries)
                checkReferences(e.value, true, at);
    }
    for (const cycle of referenceCycles([...seen.values()])) {
        at(seen.get(cycle[0]).node.pos, `blocks reference each other in a cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
    }
    for (const s of file.blockScripts) {
        const error = reader.scriptError(s.path);
        if (error)
            at(s.node.pos, error);
    }
}
function checkReferences(node, topLevel, at) {
    if (node.kind === 'map')
        for (const e of node.entries)
            checkReferences(e.value, false, at);
    else if (node.kind === 'seq')
        for (const i of node.items)
            checkReferences(i, false, at);
    else if (typeof node.value === 'string' && ANY_REFERENCE.test(node.value)) {
        if (!blockReference(node.value)) {
            at(node.pos, 'a block reference must be the whole value and name a whole block document: "{{ prefect.blocks.<type>.<name> }}"');
        }
        else if (!topLevel) {
            at(node.pos, "a block reference can only be a top-level field of a block's data (Prefect stores references per field)");
        }
    }
}
/** Each cycle once, as the list of block keys on it. */
function referenceCycles(blocks) {
    const edges = new Map(blocks.map((b) => [blockKey(b.type, b.name), [...referencesOf(b).values()]]));
    const cycles = [];
    const done = new Set();
    const visit = (key, path) => {
        const at = path.indexOf(key);
        if (at >= 0) {
            cycles.push(path.slice(at));
            return;
        }
        if (done.has(key) || !edges.has(key))
            return;
        for (const next of edges.get(key))
            visit(next, [...path, key]);
        done.add(key);
    };
    for (const key of edges.keys())
        visit(key, []);
    return cycles;
}
/** Declared blocks in an order where each comes after the blocks it references. */
function inDependencyOrder(blocks) {
    const byKey = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
    const out = [];
    const placed = new Set();
    const place = (b, depth) => {
        const key = blockKey(b.type, b.name);
        if (placed.has(key) || depth > blocks.length)
            return;
        for (const ref of referencesOf(b).values())
            if (byKey.has(ref))
                place(byKey.get(ref), depth + 1);
        placed.add(key);
        out.push(b);
    };
    for (const b of blocks)
        place(b, 0);
    return out;
}
/** The position of a data field, for messages about it. */
function fieldPos(block, field) {
    const data = child(block.node, 'data');
    if (field === undefined)
        return yaml_entry(block.node, 'data')?.keyPos ?? block.node.pos;
    return (data && yaml_entry(data, field)?.keyPos) ?? data?.pos ?? block.node.pos;
}

;// CONCATENATED MODULE: ./src/config/coerce.ts
/**
 * The coercions pydantic applies where `prefect deploy` types a value once its
 * templates are filled: booleans from text (`"yes"`, `"0"`), durations (`PT1H`,
 * `01:00:00`), and Prefect's ListOfNonEmptyStrings for tags (text becomes its
 * characters). Each is checked against pydantic itself in the test run.
 */

const TRUE = new Set(['1', 'on', 't', 'true', 'y', 'yes']);
const FALSE = new Set(['0', 'f', 'false', 'n', 'no', 'off']);
/** pydantic's lax bool: a boolean, 0/1, or one of its words (any case); undefined when it is none of them. */
function laxBool(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 0 || value === 1)
        return value === 1;
    if (typeof value !== 'string')
        return undefined;
    const word = value.toLowerCase();
    return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}
const DATE_UNITS = { Y: 365 * 86400, M: 30 * 86400, W: 7 * 86400, D: 86400 };
const TIME_UNITS = { H: 3600, M: 60, S: 1 };
/**
 * A duration in seconds as pydantic reads a timedelta: a number of seconds, ISO 8601
 * (`PT1H`, `P1DT2H`, `P1W`; a year is 365 days, a month 30), or `[N day[s][, ]][H]H:MM[:SS[.f]]`
 * (`01:00:00`, `1 day, 01:00:00`, `1d`). undefined when pydantic refuses it.
 */
function laxDuration(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const sign = value.startsWith('-') ? -1 : 1;
    const body = value.replace(/^[-+]/, '');
    const seconds = body.startsWith('P') ? iso8601(body) : clock(body);
    return seconds === undefined ? undefined : sign * seconds;
}
/** `P` then number-unit pairs (in any order, as speedate reads them), the time ones after `T`. */
function iso8601(text) {
    const m = /^P((?:\d+(?:[.,]\d*)?[YMWD])*)(?:T((?:\d+(?:[.,]\d*)?[HMS])*))?$/.exec(text);
    if (!m || (!m[1] && !m[2]))
        return undefined;
    let total = 0;
    for (const [part, units] of [[m[1], DATE_UNITS], [m[2] ?? '', TIME_UNITS]]) {
        for (const [, n, unit] of part.matchAll(/(\d+(?:[.,]\d*)?)([A-Z])/g))
            total += Number(n.replace(',', '.')) * units[unit];
    }
    return Math.round(total * 1e6) / 1e6;
}
function clock(text) {
    const m = /^(?:(\d+) ?(?:days?|d)(?:, ?| )?)?(?:(\d+):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/i.exec(text);
    if (!m || text === '')
        return undefined;
    const [, days, hours, minutes, secs, fraction] = m;
    if (hours === undefined)
        return days === undefined ? undefined : Number(days) * 86400;
    // Two parts (hours:minutes) take at least two digits of hours; a day count caps the hours.
    if ((secs === undefined && hours.length < 2) || Number(minutes) > 59 || Number(secs ?? 0) > 59)
        return undefined;
    if (days !== undefined && Number(hours) > 23)
        return undefined;
    const micro = fraction ? Number(fraction.slice(0, 6).padEnd(6, '0')) / 1e6 : 0;
    return Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(secs ?? 0) + micro;
}
/** Prefect's ListOfNonEmptyStrings: `[str(x) for x in value if str(x).strip()]`; text is iterated by character. */
function nonEmptyStrings(value) {
    const items = typeof value === 'string' ? [...value] : Array.isArray(value) ? value : undefined;
    return items?.map((x) => pythonStr(x)).filter((s) => s.trim() !== '');
}

;// CONCATENATED MODULE: ./src/config/steps.ts
/**
 * `build`, `push` and `pull` steps as prefect deploy reads them: a list of steps, or
 * one step written as a mapping; each step a mapping of one key (the step's function)
 * to its inputs, `id` naming its outputs for later steps.
 */


const DOCKER_BUILD = 'prefect_docker.deployments.steps.build_docker_image';
const DOCKER_PUSH = 'prefect_docker.deployments.steps.push_docker_image';
const SHELL = 'prefect.deployments.steps.run_shell_script';
/** Prefect's own steps and the collections' (prefect-docker, -aws, -gcp, -azure), with the outputs each returns. */
const STEP_OUTPUTS = {
    'prefect.deployments.steps.git_clone': ['directory'],
    'prefect.deployments.steps.set_working_directory': ['directory'],
    'prefect.deployments.steps.pip_install_requirements': ['stdout', 'stderr'],
    'prefect.deployments.steps.pull_from_remote_storage': ['directory'],
    'prefect.deployments.steps.pull_with_block': ['directory'],
    [SHELL]: ['stdout', 'stderr'],
    [DOCKER_BUILD]: ['image_name', 'tag', 'image', 'image_id', 'additional_tags'],
    [DOCKER_PUSH]: ['image_name', 'tag', 'image', 'additional_tags'],
    'prefect_aws.deployments.steps.push_to_s3': ['bucket', 'folder'],
    'prefect_aws.deployments.steps.pull_from_s3': ['bucket', 'folder', 'directory'],
    'prefect_gcp.deployments.steps.push_to_gcs': ['bucket', 'folder'],
    'prefect_gcp.deployments.steps.pull_from_gcs': ['bucket', 'folder', 'directory'],
    'prefect_azure.deployments.steps.push_to_azure_blob_storage': ['container', 'folder'],
    'prefect_azure.deployments.steps.pull_from_azure_blob_storage': ['container', 'folder', 'directory'],
};
/** Prefect 2.10's step module, gone in Prefect 3. */
const OLD_MODULE = 'prefect.projects.steps.';
/** A section's steps: a list, or one step written as a mapping (prefect deploy wraps it); none for null or `{}`. */
function stepNodes(section) {
    if (!section)
        return [];
    if (section.kind === 'seq')
        return section.items;
    if (section.kind === 'map' && section.entries.length)
        return [section];
    return [];
}
function readSteps(section) {
    return stepNodes(section).flatMap((node) => {
        if (node.kind !== 'map' || node.entries.length === 0)
            return [];
        const [first] = node.entries;
        const inputsNode = first.value;
        const raw = (inputsNode.kind === 'map' ? plain(inputsNode) : {});
        const { id, requires: _requires, ...inputs } = raw;
        return [{ fn: first.key, inputs, id: typeof id === 'string' && id ? id : undefined, node, inputsNode }];
    });
}
/**
 * A section's steps, checked. Pull steps run on the worker: what would fail there is a
 * warning. Build and push steps run when deploying: what prefect deploy would refuse
 * there is an error.
 */
function checkSteps(section, kind) {
    const issues = [];
    const runTimeOnly = kind === 'pull';
    const severity = runTimeOnly ? 'warning' : 'error';
    for (const node of stepNodes(section)) {
        if (node.kind !== 'map') {
            issues.push({ pos: node.pos, message: `a ${kind} step must be a mapping of the step's function to its inputs`, severity: 'error' });
            continue;
        }
        if (node.entries.length > 1) {
            const extra = node.entries.slice(1).map((e) => e.key);
            issues.push({ pos: node.entries[1].keyPos, message: `a step has one key, its function; this one also has ${extra.join(', ')}: Prefect fails the step ("unexpected additional keys")${runTimeOnly ? ' when a run starts' : ''}`, severity });
        }
        const [first] = node.entries;
        if (!first)
            continue;
        if (first.value.kind === 'seq' || (first.value.kind === 'scalar' && first.value.value !== null)) {
            issues.push({ pos: first.value.pos, message: `the inputs of step ${first.key} must be a mapping${runTimeOnly ? ': runs fail when they start' : ''}`, severity });
        }
        const name = first.key;
        if (name.startsWith(OLD_MODULE)) {
            const now = `prefect.deployments.steps.${name.slice(OLD_MODULE.length).replace(/_project$/, '')}`;
            issues.push({ pos: first.keyPos, message: `${name} is Prefect 2.10's step: it does not exist in Prefect 3, so ${runTimeOnly ? 'runs fail' : 'prefect deploy fails'}; use ${now}`, severity });
        }
        else if (!(name in STEP_OUTPUTS) && /^prefect(_[a-z]+)?\.deployments\.steps\./.test(name)) {
            const hint = closest(name, Object.keys(STEP_OUTPUTS));
            issues.push({ pos: first.keyPos, message: `unknown step ${name}${hint ? ` (did you mean ${hint}?)` : ''}: ${runTimeOnly ? 'runs fail when they import it' : 'prefect deploy fails to import it'}`, severity });
        }
        const id = child(first.value, 'id');
        if (id && (id.kind !== 'scalar' || typeof id.value !== 'string'))
            issues.push({ pos: id.pos, message: "a step's id must be text", severity: 'error' });
    }
    return issues;
}
/** The outputs build and push steps make available to templates: under each step's id, and bare (Prefect merges them). */
function outputNames(steps) {
    const byId = new Map();
    const bare = new Set();
    for (const s of steps) {
        const fields = STEP_OUTPUTS[s.fn] ?? [];
        if (s.id)
            byId.set(s.id, fields);
        for (const f of fields)
            bare.add(f);
    }
    return { byId, bare };
}
/**
 * Template references in pull steps to an earlier pull step's outputs
 * (`{{ clone-step.directory }}`): one to an id no earlier step has is a warning (the
 * input is left out when a run starts), a near miss of one an error.
 */
function checkPullReferences(section, refs) {
    const issues = [];
    const earlier = new Map();
    const bare = new Set();
    for (const s of readSteps(section)) {
        for (const { expr, pos } of refs(s.inputsNode ?? s.node)) {
            if (/^(prefect\.|ctx\.|\$)/.test(expr) || ['sha', 'env', 'image', 'image_digest'].includes(expr) || bare.has(expr))
                continue;
            const dot = expr.indexOf('.');
            const id = dot < 0 ? expr : expr.slice(0, dot);
            const field = dot < 0 ? '' : expr.slice(dot + 1);
            const fields = earlier.get(id);
            if (fields) {
                if (field && fields.length && !fields.includes(field)) {
                    const hint = closest(field, fields);
                    issues.push({ pos, message: `pull step '${id}' has no output '${field}'${hint ? ` (did you mean {{ ${id}.${hint} }}?)` : ''}: when a run starts, Prefect leaves this input out`, severity: 'warning' });
                }
                continue;
            }
            const hint = closest(id, [...earlier.keys()]);
            if (hint)
                issues.push({ pos, message: `no earlier pull step has the id '${id}' (did you mean {{ ${hint}${field ? `.${field}` : ''} }}?)`, severity: 'error' });
            else
                issues.push({ pos, message: `no earlier pull step has the id '${id}' (set id: on the step whose output this is): when a run starts, Prefect leaves this input out`, severity: 'warning' });
        }
        const fields = STEP_OUTPUTS[s.fn] ?? [];
        if (s.id)
            earlier.set(s.id, fields);
        for (const f of fields)
            bare.add(f);
    }
    return issues;
}
/** The position of a step input, for messages about it. */
function inputPos(step, key) {
    return entry(step.inputsNode, key)?.value.pos ?? step.node.pos;
}

;// CONCATENATED MODULE: ./src/config/model.ts
/**
 * One internal model for both file shapes (the wrapper-script file and prefect.yaml).
 * Built from the located YAML tree; every field keeps its node for error positions.
 * Values whose templates are filled at deploy time stay raw here (tags, a schedule's
 * active flag) and are typed once filled, as prefect deploy types them.
 */



const scalar = (n) => (n?.kind === 'scalar' ? n.value : undefined);
const str = (n) => (typeof scalar(n) === 'string' ? scalar(n) : undefined);
const num = (n) => (typeof scalar(n) === 'number' ? scalar(n) : undefined);
const bool = (n) => (typeof scalar(n) === 'boolean' ? scalar(n) : undefined);
const obj = (n) => (n?.kind === 'map' ? plain(n) : {});
const list = (n) => (n?.kind === 'seq' ? n.items : []);
/** The deployment's own section when it has the key (even empty), else the file's: prefect deploy's precedence. */
function section(node, root, key) {
    return yaml_entry(node, key) ? child(node, key) : child(root, key);
}
/** A deployment's schedules: `schedules`, else one `schedule` (an empty mapping or null is none). */
function scheduleNodes(node) {
    if (yaml_entry(node, 'schedules'))
        return list(child(node, 'schedules'));
    const one = child(node, 'schedule');
    return one?.kind === 'map' && one.entries.length ? [one] : [];
}
/** Reads the model leniently: wrong types were reported by the schema check and are skipped here. */
function buildModel(path, root) {
    const fileBlockNode = child(root, 'ib-block');
    const fileBlock = str(fileBlockNode);
    const deployments = [];
    for (const node of list(child(root, 'deployments'))) {
        if (node.kind !== 'map')
            continue;
        const wp = child(node, 'work_pool');
        const limit = child(node, 'concurrency_limit');
        const pull = section(node, root, 'pull');
        const strategy = str(child(limit, 'collision_strategy'));
        const grace = num(child(limit, 'grace_period_seconds'));
        const tagsNode = child(node, 'tags');
        const slaNode = child(node, 'sla');
        deployments.push({
            name: str(child(node, 'name')) ?? '',
            entrypoint: str(child(node, 'entrypoint')) ?? '',
            description: str(child(node, 'description')),
            version: str(child(node, 'version')),
            versionType: str(child(node, 'version_type')),
            flowName: str(child(node, 'flow_name')),
            tags: rawTags(tagsNode),
            parameters: obj(child(node, 'parameters')),
            schedules: scheduleNodes(node).filter((s) => s.kind === 'map').map(buildSchedule),
            workPool: wp?.kind === 'map'
                ? { name: str(child(wp, 'name')), workQueueName: str(child(wp, 'work_queue_name')), jobVariables: obj(child(wp, 'job_variables')) }
                : undefined,
            infrastructureBlock: str(child(node, 'ib-block')) ?? fileBlock,
            infrastructureBlockNode: str(child(node, 'ib-block')) !== undefined ? child(node, 'ib-block') : fileBlock !== undefined ? fileBlockNode : undefined,
            concurrencyLimit: limit?.kind === 'map' ? num(child(limit, 'limit')) : num(limit),
            // prefect deploy takes the options whenever concurrency_limit is a mapping, limit or not.
            concurrencyOptions: limit?.kind === 'map' ? { collision_strategy: strategy ?? 'ENQUEUE', ...(grace !== undefined ? { grace_period_seconds: grace } : {}) } : undefined,
            enforceParameterSchema: bool(child(node, 'enforce_parameter_schema')),
            paused: bool(child(node, 'paused')),
            pull: pull?.kind === 'seq' ? plain(pull) : pull?.kind === 'map' && pull.entries.length ? [plain(pull)] : undefined,
            build: readSteps(section(node, root, 'build')),
            push: readSteps(section(node, root, 'push')),
            triggers: list(child(node, 'triggers')).flatMap((t) => (t.kind === 'map' ? [{ spec: plain(t), node: t }] : [])),
            sla: slaNode?.kind === 'seq' ? { specs: plain(slaNode), node: slaNode } : undefined,
            secretFields: secretFields(node, pull),
            node,
        });
    }
    const blocks = list(child(root, 'blocks')).flatMap((node) => {
        const [type, name] = [str(child(node, 'type')), str(child(node, 'name'))];
        return node.kind === 'map' && type && name ? [{ type, name, data: obj(child(node, 'data')), node }] : [];
    });
    const blockScripts = list(child(root, 'block-scripts')).flatMap((node) => (str(node) ? [{ path: str(node), node }] : []));
    return { path, deployments, blocks, blockScripts };
}
/** Tags as written; of a list, Python's str() of each item (a float keeps its .0), as prefect deploy makes tags text. */
function rawTags(node) {
    if (node === undefined || scalar(node) === null)
        return [];
    if (node.kind !== 'seq')
        return plain(node);
    return node.items.map((i) => (i.kind === 'scalar' && typeof i.value !== 'string' ? scalarStr(i) : plain(i)));
}
/** The file's keys as the registered fields they become. */
const REGISTERED_AS = {
    description: ['description'],
    version: ['version'],
    tags: ['tags'],
    parameters: ['parameters'],
    schedule: ['schedules'],
    schedules: ['schedules'],
    work_pool: ['job_variables'],
    concurrency_limit: ['concurrency_limit', 'concurrency_options'],
    enforce_parameter_schema: ['enforce_parameter_schema'],
    paused: ['paused'],
};
function secretFields(node, pull) {
    const fields = new Set();
    for (const e of node.entries)
        if (holdsSecret(e.value))
            for (const f of REGISTERED_AS[e.key] ?? [])
                fields.add(f);
    if (holdsSecret(pull))
        fields.add('pull_steps');
    return fields;
}
function buildSchedule(node) {
    const interval = child(node, 'interval');
    const raw = (key) => (yaml_entry(node, key) && scalar(child(node, key)) !== null ? scalar(child(node, key)) : undefined);
    const anchor = child(node, 'anchor_date') ?? child(node, 'anchor-date');
    return {
        cron: str(child(node, 'cron')),
        interval: interval && scalar(interval) !== null ? laxDuration(scalar(interval)) : undefined,
        rrule: str(child(node, 'rrule')),
        timezone: str(child(node, 'timezone')),
        anchorDate: str(anchor),
        dayOr: raw('day_or'),
        active: raw('active'),
        parameters: obj(child(node, 'parameters')),
        slug: str(child(node, 'slug')),
        replaces: str(child(node, 'replaces')),
        node,
    };
}

;// CONCATENATED MODULE: ./schema/prefect-deployments.schema.json
const prefect_deployments_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/prefect-ecr-deploy/prefect-ecr-deploy/blob/main/schema/prefect-deployments.schema.json","title":"prefect-ecr-deploy deployments file","description":"A prefect.yaml (the fields of Prefect\'s own schema, schemas/prefect.yaml.schema.json in PrefectHQ/prefect, as prefect deploy 3.8 reads them) or prefect-deployments-<env>.yaml, plus this tool\'s extensions: ib-block, blocks, block-scripts and the wrapper-script shape (schedule, anchor-date). Keys Prefect ignores are flagged here; the tool reports them as warnings (x-prefect-ignores-unknown). Add `# yaml-language-server: $schema=<path to this file>` at the top of a file for completion in editors.","type":"object","additionalProperties":false,"x-prefect-ignores-unknown":true,"required":["deployments"],"properties":{"name":{"type":["string","null"],"description":"The project name (prefect.yaml); not registered."},"prefect-version":{"type":["string","null"],"description":"The Prefect version the file was written for (prefect.yaml); not registered."},"ib-block":{"type":"string","description":"Prefect 2 agents: the infrastructure block every deployment runs with, as <block-type>/<name> (for example ecs-task/dev)."},"blocks":{"type":"array","items":{"$ref":"#/definitions/block"},"description":"Blocks to create or update before any deployment is registered; each is compared with the stored document (no write when unchanged)."},"block-scripts":{"type":"array","items":{"type":"string","minLength":1},"description":"Python scripts (paths relative to the repository root) run inside the image with the Prefect API address and key, after blocks: and before any deployment is registered."},"definitions":{"description":"Free-form: YAML anchors to merge into deployments with <<: *name."},"build":{"$ref":"#/definitions/steps","description":"Build steps: a prefect_docker build step configures the image stage (which builds and pushes instead); run_shell_script steps run as prefect deploy runs them."},"push":{"$ref":"#/definitions/steps","description":"Push steps: a prefect_docker push step is the image stage\'s push; run_shell_script steps run."},"pull":{"$ref":"#/definitions/steps","description":"Pull steps for every deployment that has none of its own; stored for run time, their templates kept."},"deployments":{"type":"array","items":{"$ref":"#/definitions/deployment"},"description":"The deployments to register."}},"definitions":{"block":{"type":"object","additionalProperties":false,"required":["type","name","data"],"properties":{"type":{"type":"string","pattern":"^[a-z0-9-]+$","description":"The block type\'s slug, for example ecs-task, aws-credentials, secret."},"name":{"type":"string","pattern":"^[a-z0-9-]+$","description":"The block document\'s name."},"data":{"type":"object","description":"The block\'s fields, exactly as stored. Templates: {{ image }}, {{ image_digest }}, {{ sha }}, {{ env }}, {{ $ENV_VAR }} for secrets; a value that is only {{ prefect.blocks.<type>.<name> }} references that block document."}}},"deployment":{"type":"object","additionalProperties":false,"x-prefect-ignores-unknown":true,"x-ignored-keys":{"flow_run_name":"prefect deploy ignores flow_run_name in a deployment: name runs with @flow(flow_run_name=...) in the flow\'s code","is_paused":"prefect deploy ignores is_paused (a Prefect 2 field): write paused: true","job_configuration":"prefect deploy ignores job_configuration: job settings go under work_pool.job_variables","job_variables":"prefect deploy ignores job_variables here: they go under work_pool.job_variables","work_queue_name":"prefect deploy ignores work_queue_name here: it goes under work_pool.work_queue_name","max_active_runs":"prefect deploy ignores max_active_runs (a Prefect 2 field): limit concurrent runs with concurrency_limit","catchup":"prefect deploy ignores catchup (a Prefect 2 field): Prefect 3 never backfills missed runs","schedule_after":"prefect deploy ignores schedule_after here: it belongs to a trigger"},"required":["name","entrypoint"],"properties":{"name":{"type":"string","minLength":1,"description":"The deployment name, unique per flow."},"entrypoint":{"type":"string","minLength":1,"description":"path/to/file.py:flow_function, relative to the repository root."},"flow_name":{"type":["string","null"],"description":"Not used by prefect deploy: the flow\'s name comes from @flow(name=...) or the function\'s name."},"description":{"type":["string","null"],"description":"Defaults to the flow\'s docstring."},"version":{"type":["string","null"],"description":"Defaults to the commit SHA."},"version_type":{"enum":["prefect:simple","vcs:github","vcs:gitlab","vcs:bitbucket","vcs:azuredevops","vcs:git",null],"description":"The kind of version information registered with the deployment."},"tags":{"type":["array","string","null"],"description":"A list (each item made text, as Python\'s str() makes it); text (a template such as {{ $TAGS }}) is split into its characters, as prefect deploy does."},"parameters":{"type":"object","description":"Default parameter values, checked against the flow\'s signature."},"schedule":{"anyOf":[{"$ref":"#/definitions/schedule"},{"type":"object","maxProperties":0},{"type":"null"}],"description":"One schedule (the wrapper-script shape); {} or empty for none."},"schedules":{"type":["array","null"],"items":{"$ref":"#/definitions/schedule"},"description":"A list of schedules (prefect.yaml)."},"work_pool":{"$ref":"#/definitions/workPool"},"ib-block":{"type":"string","description":"Prefect 2 agents: this deployment\'s infrastructure block, <block-type>/<name>."},"concurrency_limit":{"anyOf":[{"type":"integer","minimum":1},{"type":"null"},{"type":"object","additionalProperties":false,"x-prefect-ignores-unknown":true,"properties":{"limit":{"type":["integer","null"],"minimum":1},"collision_strategy":{"enum":["ENQUEUE","CANCEL_NEW",null]},"grace_period_seconds":{"type":["integer","null"],"minimum":60,"maximum":86400}}}]},"enforce_parameter_schema":{"type":["boolean","null"]},"paused":{"type":["boolean","null"]},"pull":{"$ref":"#/definitions/steps"},"build":{"$ref":"#/definitions/steps"},"push":{"$ref":"#/definitions/steps"},"triggers":{"type":["array","null"],"items":{"type":"object"},"description":"Event, metric, compound or sequence triggers: each becomes an automation that runs this deployment."},"sla":{"type":["array","null"],"items":{"type":"object"},"description":"Service level agreements (Prefect Cloud only): time to completion (duration), lateness (within) or frequency (stale_after)."}}},"schedule":{"type":"object","additionalProperties":false,"x-key-messages":{"max_active_runs":"prefect deploy 3 refuses max_active_runs in a schedule (a Prefect 2 field): remove it, and limit runs with concurrency_limit","catchup":"prefect deploy 3 refuses catchup in a schedule (a Prefect 2 field): remove it","flow_run_name":"prefect deploy refuses flow_run_name in a schedule: name runs with @flow(flow_run_name=...) in the flow\'s code"},"properties":{"cron":{"type":["string","null"],"description":"A cron expression, as Prefect\'s croniter accepts it."},"interval":{"type":["number","string","null"],"exclusiveMinimum":0,"description":"Seconds between runs, or a duration: ISO 8601 (PT1H) or HH:MM:SS."},"rrule":{"type":["string","null"],"description":"An RFC 5545 recurrence rule."},"timezone":{"type":["string","null"],"description":"An IANA time zone name, for example America/Chicago."},"anchor_date":{"type":["string","null"],"format":"date-time","description":"Interval schedules: the date the intervals count from (ISO 8601)."},"anchor-date":{"type":"string","description":"The same as anchor_date (the wrapper-script spelling; not read by prefect deploy)."},"day_or":{"type":["boolean","string","null"],"description":"Cron schedules: whether day-of-month and day-of-week are ORed (default true)."},"active":{"type":["boolean","string","null"],"description":"Default true."},"parameters":{"type":"object","description":"Parameter values for runs of this schedule."},"slug":{"type":["string","null"],"description":"A name for the schedule, unique within the deployment."},"replaces":{"type":["string","null"],"description":"The slug this schedule had before (renames it)."}}},"workPool":{"type":["object","null"],"additionalProperties":false,"x-prefect-ignores-unknown":true,"properties":{"name":{"type":["string","null"]},"work_queue_name":{"type":["string","null"]},"job_variables":{"type":"object"}}},"steps":{"anyOf":[{"type":"array","items":{"type":"object"}},{"type":"object"},{"type":"null"}],"description":"A list of steps, each a mapping with one key (the step\'s function), or a single step written as a mapping."}}}');
;// CONCATENATED MODULE: ./src/config/schema-check.ts
/**
 * Checks a located YAML tree against the deployments file's JSON Schema
 * (schema/prefect-deployments.schema.json, the same file editors use), with the
 * policy for keys beyond it: where prefect deploy ignores unknown keys
 * (`x-prefect-ignores-unknown`), a near miss of a known key is an error (the file
 * would not mean what it says) and any other key a warning that says Prefect ignores
 * it; where it refuses them, an error. Reports every problem at its place.
 */



const ROOT = prefect_deployments_schema_namespaceObject;
const TYPE_NAMES = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
    date: 'a date',
    timestamp: 'a date and time',
};
/** What the schema's patterns mean, in words. */
const PATTERN_NAMES = {
    '^[a-z0-9-]+$': 'must contain only lowercase letters, numbers and dashes (Prefect rejects anything else)',
};
function checkSchema(file, root) {
    return check(root, ROOT, 'the file').map((i) => ({
        file,
        ...i.pos,
        message: i.message,
        severity: i.severity ?? 'error',
        ...(i.severity ? { strict: true } : {}),
    }));
}
/** A definition of the schema, for checks of parts the tree reaches by another way. */
function definition(name) {
    return ROOT.definitions[name];
}
function resolve(s) {
    if (!s.$ref)
        return s;
    const name = s.$ref.replace('#/definitions/', '');
    return { ...ROOT.definitions[name], ...s, $ref: undefined };
}
function nodeType(n) {
    if (n.kind === 'map')
        return 'object';
    if (n.kind === 'seq')
        return 'array';
    if (n.type === 'date' || n.type === 'timestamp')
        return n.type;
    const v = n.value;
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    return 'string';
}
function schema_check_typeMatches(actual, expected) {
    return expected.includes(actual) || (actual === 'integer' && expected.includes('number'));
}
function check(node, schemaIn, label) {
    const schema = resolve(schemaIn);
    if (schema.anyOf) {
        const results = schema.anyOf.map((alt) => check(node, alt, label));
        if (results.some((r) => r.every((i) => i.severity === 'warning')))
            return results.find((r) => r.every((i) => i.severity === 'warning'));
        const actual = nodeType(node);
        const fitting = schema.anyOf.findIndex((alt) => {
            const t = resolve(alt).type;
            return t !== undefined && schema_check_typeMatches(actual, [].concat(t));
        });
        if (fitting >= 0)
            return results[fitting];
        const expected = schema.anyOf.flatMap((alt) => [].concat(resolve(alt).type ?? []));
        return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${typeHint(node)}` }];
    }
    const dated = schema.format === 'date-time' && node.kind === 'scalar' && node.type !== undefined && node.type !== 'float';
    const actual = dated ? 'string' : nodeType(node);
    if (schema.type) {
        const expected = [].concat(schema.type);
        if (!schema_check_typeMatches(actual, expected)) {
            const quote = expected.includes('string') && node.kind === 'scalar' && node.plain && !node.secret ? `; quote it to keep it as text: "${node.value}"` : '';
            return [{ pos: node.pos, message: `${label} must be ${describeTypes(expected)}, not ${TYPE_NAMES[actual]}${quote || typeHint(node)}` }];
        }
    }
    if (schema.enum && !schema.enum.includes(node.kind === 'scalar' ? node.value : undefined)) {
        return [{ pos: node.pos, message: `${label} must be one of ${schema.enum.filter((e) => e !== null).join(', ')}` }];
    }
    const issues = [];
    if (node.kind === 'scalar') {
        const v = node.value;
        if (typeof v === 'string' && schema.minLength !== undefined && v.length < schema.minLength) {
            issues.push({ pos: node.pos, message: `${label} must not be empty` });
        }
        if (typeof v === 'string' && schema.pattern !== undefined && !new RegExp(schema.pattern).test(v)) {
            issues.push({ pos: node.pos, message: `${label} ${PATTERN_NAMES[schema.pattern] ?? `must match ${schema.pattern}`}` });
        }
        if (typeof v === 'number') {
            if (schema.minimum !== undefined && v < schema.minimum)
                issues.push({ pos: node.pos, message: `${label} must be at least ${schema.minimum}` });
            if (schema.maximum !== undefined && v > schema.maximum)
                issues.push({ pos: node.pos, message: `${label} must be at most ${schema.maximum}` });
            if (schema.exclusiveMinimum !== undefined && v <= schema.exclusiveMinimum) {
                issues.push({ pos: node.pos, message: `${label} must be greater than ${schema.exclusiveMinimum}` });
            }
        }
    }
    else if (node.kind === 'seq') {
        if (schema.items)
            node.items.forEach((item, i) => issues.push(...check(item, schema.items, itemLabel(item, i, label))));
    }
    else {
        const props = schema.properties ?? {};
        for (const e of node.entries) {
            const sub = props[e.key];
            if (sub) {
                issues.push(...check(e.value, sub, `'${e.key}'`));
            }
            else if (schema.additionalProperties === false) {
                issues.push(unknownKey(e.key, e.keyPos, schema));
            }
            else if (typeof schema.additionalProperties === 'object') {
                issues.push(...check(e.value, schema.additionalProperties, `'${e.key}'`));
            }
        }
        for (const key of schema.required ?? []) {
            if (!node.entries.some((e) => e.key === key))
                issues.push({ pos: node.pos, message: `${label} is missing '${key}'` });
        }
        const count = node.entries.length;
        if (schema.minProperties !== undefined && count < schema.minProperties)
            issues.push({ pos: node.pos, message: `${label} must not be empty` });
        if (schema.maxProperties !== undefined && count > schema.maxProperties)
            issues.push({ pos: node.pos, message: `${label} must be empty` });
    }
    return issues;
}
/**
 * A key the schema does not list. Where prefect deploy ignores unknown keys, a near
 * miss of a known key is an error, a key with a known meaning elsewhere a warning
 * that says where it goes, any other a warning; where Prefect refuses it, an error.
 */
function unknownKey(key, pos, schema) {
    const known = Object.keys(schema.properties ?? {});
    const ignored = schema['x-ignored-keys']?.[key];
    if (ignored)
        return { pos, message: ignored, severity: 'warning' };
    const refused = schema['x-key-messages']?.[key];
    if (refused)
        return { pos, message: refused };
    const hint = closest(key, known);
    const expected = `expected one of: ${known.join(', ')}`;
    if (hint) {
        const why = schema['x-prefect-ignores-unknown'] ? `: prefect deploy would ignore it` : '';
        return { pos, message: `unknown key '${key}' (did you mean '${hint}'?)${why}; ${expected}` };
    }
    if (schema['x-prefect-ignores-unknown'])
        return { pos, message: `unknown key '${key}': prefect deploy ignores it; ${expected}`, severity: 'warning' };
    return { pos, message: `unknown key '${key}'; ${expected}` };
}
/** Why a value of the right text is still refused: a template where prefect deploy checks the type before filling templates. */
function typeHint(node) {
    if (node.kind !== 'scalar')
        return '';
    if (node.templated || (typeof node.value === 'string' && isWholeTemplate(node.value))) {
        return ' (prefect deploy checks this field before it fills templates, so a template cannot stand here)';
    }
    return '';
}
function describeTypes(types) {
    const names = [...new Set(types.filter((t) => t !== 'null'))].map((t) => TYPE_NAMES[t] ?? t);
    const text = names.length <= 1 ? (names[0] ?? 'empty') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
    return types.includes('null') && names.length ? `${text} (or empty)` : text;
}
/** `deployment 'etl'` for a named item, else `item 3 of 'tags'`. */
function itemLabel(item, index, label) {
    const name = item.kind === 'map' ? item.entries.find((e) => e.key === 'name')?.value : undefined;
    if (label === "'deployments'")
        return name?.kind === 'scalar' && name.value !== null ? `deployment '${name.value}'` : `deployment #${index + 1}`;
    return `item ${index + 1} of ${label}`;
}

;// CONCATENATED MODULE: ./src/config/schedules.ts
/**
 * Schedule checks with the rules of Prefect's own parsers: croniter for cron
 * (Prefect rejects its random/hashed forms), dateutil's rrulestr for rrule,
 * and the IANA time zone database for time zones. Each returns an error message
 * or undefined.
 */

// --- cron (the grammar of croniter.expand, which Prefect vendors) -------------
const CRON_ALIASES = {
    '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
    '@daily': '0 0 * * *',
    '@weekly': '0 0 * * 0',
    '@monthly': '0 0 1 * *',
    '@yearly': '0 0 1 1 *',
    '@annually': '0 0 1 1 *',
};
const FIELD_NAMES = ['minute', 'hour', 'day of month', 'month', 'day of week', 'second', 'year'];
const RANGES = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6], [0, 59], [1970, 2099]];
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const DOM = 2;
const MONTH = 3;
const DOW = 4;
const schedules_INT = /^\d+$/;
const SPECIAL_DOW = new RegExp(`^(?:((?:${Object.keys(WEEKDAYS).join('|')})(?:-(?:${Object.keys(WEEKDAYS).join('|')}))?|(?:${Object.keys(MONTHS).join('|')})(?:-(?:${Object.keys(MONTHS).join('|')}))?|\\w+)#|l)(\\d+)$`);
class CronError extends Error {
}
function cronError(expression) {
    const lower = expression.toLowerCase().trim();
    const fields = (CRON_ALIASES[lower] ?? lower).split(/\s+/).filter(Boolean);
    if (![5, 6, 7].includes(fields.length)) {
        return `invalid cron '${expression}': expected 5 fields (minute hour day-of-month month day-of-week), or 6-7 with seconds and year; found ${fields.length}`;
    }
    if (fields.some((f) => ['r', 'h'].includes(f) || /^[rh](\(|\/|$)/.test(f))) {
        return `invalid cron '${expression}': random (R) and hashed (H) expressions are not supported by Prefect`;
    }
    try {
        fields.forEach((field, index) => checkCronField(field, index));
    }
    catch (e) {
        if (e instanceof CronError)
            return `invalid cron '${expression}': ${e.message}`;
        throw e;
    }
    return undefined;
}
function checkCronField(field, index) {
    const name = FIELD_NAMES[index];
    const [lo, hi] = RANGES[index];
    if (field.includes('?')) {
        if (field !== '?')
            throw new CronError(`'?' cannot be combined with other characters in the ${name} field`);
        if (index !== DOM && index !== DOW)
            throw new CronError(`'?' is only allowed in the day-of-month and day-of-week fields`);
        return;
    }
    for (let part of field.split(',')) {
        if (index === DOW) {
            const special = SPECIAL_DOW.exec(part);
            if (special) {
                if (special[1] !== undefined) {
                    const nth = Number(special[2]);
                    if (!(nth >= 1 && nth <= 5))
                        throw new CronError(`'${part}': the nth weekday must be 1 to 5`);
                    part = special[1];
                }
                else {
                    part = special[2];
                }
            }
        }
        let t = part.replace(/^\*(\/.+)$/, `${lo}-${hi}$1`);
        let m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
        if (!m) {
            t = part.replace(/^(.+)\/(.+)$/, `$1-${hi}/$2`);
            m = /^([^-]+)-([^-/]+)(\/(\d+))?$/.exec(t);
        }
        if (m) {
            const low = toNumber(m[1], index, name);
            const high = index === DOM && m[2] === 'l' ? 31 : toNumber(m[2], index, name);
            const step = m[4] === undefined ? 1 : Number(m[4]);
            const a = alias(low, index);
            const b = alias(high, index);
            if (Math.max(a, b) > Math.max(lo, hi))
                throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
            if (step === 0)
                throw new CronError(`'${part}': the step cannot be 0`);
            continue;
        }
        if (t.startsWith('-'))
            throw new CronError(`'${part}': negative numbers are not allowed`);
        if (t === '*' || (index === DOM && t === 'l'))
            continue;
        const value = alias(toNumber(t, index, name), index);
        if (value < lo || value > hi)
            throw new CronError(`'${part}' is out of range for the ${name} field (${lo}-${hi})`);
    }
}
function toNumber(token, index, name) {
    if (schedules_INT.test(token))
        return Number(token);
    const table = index === MONTH ? MONTHS : index === DOW ? WEEKDAYS : undefined;
    const v = table?.[token];
    if (v === undefined)
        throw new CronError(`'${token}' is not valid in the ${name} field`);
    return v;
}
/** croniter accepts 7 as Sunday. */
function alias(value, index) {
    return index === DOW && value === 7 ? 0 : value;
}
// --- rrule (dateutil.rrule.rrulestr) -----------------------------------------
const RRULE_PARTS = new Set([
    'FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'WKST', 'BYSETPOS', 'BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYEASTER',
    'BYWEEKNO', 'BYDAY', 'BYWEEKDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND',
]);
const FREQS = new Set(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY']);
const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const MAX_RRULE_LENGTH = 6500;
function rruleError(text) {
    if (text.length > MAX_RRULE_LENGTH)
        return `rrule is ${text.length} characters; Prefect allows at most ${MAX_RRULE_LENGTH}`;
    const lines = text
        .toUpperCase()
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    if (!lines.length)
        return 'rrule is empty';
    let rules = 0;
    for (const line of lines) {
        const colon = line.indexOf(':');
        const head = colon < 0 ? 'RRULE' : line.slice(0, colon);
        const value = colon < 0 ? line : line.slice(colon + 1);
        const [name, ...params] = head.split(';');
        if (name === 'DTSTART') {
            if (!dateTime(value))
                return `invalid DTSTART '${value}' in rrule`;
            if (params.some((p) => !/^(TZID=.+|VALUE=DATE(-TIME)?)$/.test(p)))
                return `unsupported DTSTART parameter in rrule: ${params.join(';')}`;
        }
        else if (name === 'RRULE' || name === 'EXRULE') {
            const error = ruleError(value);
            if (error)
                return `invalid rrule: ${error}`;
            if (name === 'RRULE')
                rules++;
        }
        else if (name === 'RDATE' || name === 'EXDATE') {
            const bad = value.split(',').find((d) => !dateTime(d));
            if (bad !== undefined)
                return `invalid ${name} '${bad}' in rrule`;
        }
        else {
            return `unsupported property '${name}' in rrule`;
        }
    }
    return rules ? undefined : 'rrule has no RRULE';
}
function ruleError(rule) {
    const seen = new Set();
    for (const pair of rule.split(';')) {
        const eq = pair.indexOf('=');
        if (eq < 0)
            return `'${pair}' is not NAME=VALUE`;
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (!RRULE_PARTS.has(name))
            return `unknown part '${name}'`;
        seen.add(name);
        const ints = (min, max, allowNegative) => value.split(',').every((v) => /^[+-]?\d+$/.test(v) && (allowNegative || !v.startsWith('-')) && Math.abs(Number(v)) >= min && Math.abs(Number(v)) <= max);
        switch (name) {
            case 'FREQ':
                if (!FREQS.has(value))
                    return `FREQ must be one of ${[...FREQS].join(', ')}`;
                break;
            case 'INTERVAL':
            case 'COUNT':
                if (!/^\d+$/.test(value))
                    return `${name} must be a whole number`;
                break;
            case 'UNTIL':
                if (!dateTime(value))
                    return `UNTIL '${value}' is not a date`;
                break;
            case 'WKST':
                if (!DAYS.has(value))
                    return `WKST must be a weekday (MO..SU)`;
                break;
            case 'BYDAY':
            case 'BYWEEKDAY':
                if (!value.split(',').every((d) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.test(d)))
                    return `${name} must list weekdays such as MO,+1FR,-1SU`;
                break;
            case 'BYMONTH':
                if (!ints(1, 12, false))
                    return 'BYMONTH must list months 1-12';
                break;
            case 'BYHOUR':
                if (!ints(0, 23, false))
                    return 'BYHOUR must list hours 0-23';
                break;
            case 'BYMINUTE':
            case 'BYSECOND':
                if (!ints(0, 59, false))
                    return `${name} must list values 0-59`;
                break;
            default:
                if (!ints(0, 366, true))
                    return `${name} must list whole numbers`;
        }
    }
    if (!seen.has('FREQ'))
        return 'FREQ is required';
    return undefined;
}
function dateTime(v) {
    return /^\d{8}(T\d{6}Z?)?$/.test(v) && !Number.isNaN(Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`));
}
// --- time zones and dates ----------------------------------------------------
const timezoneVerdicts = new Map();
/** Memoized: building an Intl formatter costs more than the rest of a schedule check. */
function timezoneError(name) {
    if (!timezoneVerdicts.has(name))
        timezoneVerdicts.set(name, checkTimezone(name));
    return timezoneVerdicts.get(name);
}
function checkTimezone(name) {
    let resolved;
    try {
        resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    }
    catch {
        const hint = timezoneHint(name);
        return `invalid timezone '${name}': ${hint ? `did you mean '${hint}'?` : 'use an IANA name such as America/Chicago'}`;
    }
    // ICU matches names case-insensitively; the tz database (Python's zoneinfo) does not.
    if (resolved !== name && resolved.toLowerCase() === name.toLowerCase())
        return `invalid timezone '${name}': did you mean '${resolved}'?`;
    if (/^[+-]|^(GMT|UTC)[+-]/i.test(name))
        return `invalid timezone '${name}': use an IANA name such as America/Chicago`;
    return undefined;
}
/** A near miss of a zone's name (`America/Chicgo`), or a zone of that city (`Chicago`). */
function timezoneHint(name) {
    const zones = Intl.supportedValuesOf('timeZone');
    const city = (zone) => zone.slice(zone.lastIndexOf('/') + 1).toLowerCase();
    const wanted = city(name).replace(/ /g, '_');
    // A short city name is too near to too many others to guess from.
    const nearCity = zones.some((z) => city(z) === wanted) ? wanted : wanted.length >= 5 ? closest(wanted, zones.map(city)) : undefined;
    return closest(name, zones) ?? (nearCity === undefined ? undefined : zones.find((z) => city(z) === nearCity));
}
/** An ISO 8601 date or date-time, as pydantic parses `anchor_date`. */
function dateError(value) {
    const iso = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
    if (!iso.test(value.trim()) || Number.isNaN(Date.parse(value.trim().replace(' ', 'T')))) {
        return `invalid date '${value}': use ISO 8601, for example 2024-01-01T00:00:00`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/triggers.ts
/**
 * A deployment's `triggers:` as `prefect deploy` turns them into automations: each
 * spec is read as Prefect's DeploymentEventTrigger, -MetricTrigger, -CompoundTrigger
 * or -SequenceTrigger (the type given, or told from its keys), with pydantic's
 * defaults and coercions, and becomes an automation named `<deployment>__automation_<n>`
 * whose one action runs the deployment with the trigger's parameters.
 */



const DEPLOYMENT_FIELDS = ['name', 'description', 'enabled', 'parameters', 'job_variables', 'schedule_after'];
const FIELDS = {
    event: ['type', 'match', 'match_related', 'after', 'expect', 'for_each', 'posture', 'threshold', 'within'],
    metric: ['type', 'match', 'match_related', 'posture', 'metric'],
    compound: ['type', 'triggers', 'require', 'within'],
    sequence: ['type', 'triggers', 'within'],
};
const METRIC_FIELDS = ['name', 'threshold', 'operator', 'range', 'firing_for'];
/** True when a value still holds a template filled at deploy time: checked once filled. */
const pending = (v) => typeof v === 'string' && placeholdersIn(v).length > 0;
/** Prefect's discriminators: the deployment trigger's (`posture: Metric` before composites) and the nested one's. */
function triggerType(spec, nested) {
    if ('type' in spec)
        return String(spec.type);
    if (!nested && spec.posture === 'Metric')
        return 'metric';
    if ('triggers' in spec)
        return 'require' in spec ? 'compound' : 'sequence';
    return spec.posture === 'Metric' ? 'metric' : 'event';
}
/**
 * The automation for the `index`-th trigger (from 1) of a deployment, and every
 * problem: an error where prefect deploy would fail, a warning where it ignores a key.
 * Values still holding templates are not checked (`lenient`, at validate time).
 */
function readTrigger(spec, index, deploymentName, lenient = false) {
    const problems = [];
    const fail = (path, message) => problems.push({ path, message, severity: 'error' });
    const skip = (v) => lenient && pending(v);
    const trigger = readPlainTrigger(spec, false, [], problems, lenient);
    const type = triggerType(spec, false);
    for (const key of Object.keys(spec)) {
        if (!DEPLOYMENT_FIELDS.includes(key) && !(FIELDS[type] ?? []).includes(key))
            unknown(problems, [key], [...DEPLOYMENT_FIELDS, ...(FIELDS[type] ?? [])]);
    }
    const enabled = spec.enabled === undefined || skip(spec.enabled) ? true : laxBool(spec.enabled);
    if (enabled === undefined)
        fail(['enabled'], 'enabled must be true or false');
    const scheduleAfter = spec.schedule_after === undefined || skip(spec.schedule_after) ? 0 : laxDuration(spec.schedule_after);
    if (scheduleAfter === undefined || scheduleAfter < 0)
        fail(['schedule_after'], 'schedule_after must be a duration of zero or more (seconds, PT5M or 00:05:00)');
    for (const key of ['parameters', 'job_variables']) {
        const v = spec[key];
        if (v !== undefined && v !== null && !skip(v) && (typeof v !== 'object' || Array.isArray(v)))
            fail([key], `${key} must be a mapping`);
    }
    if (spec.description !== undefined && typeof spec.description !== 'string')
        fail(['description'], 'description must be text');
    if (spec.name !== undefined && spec.name !== null && typeof spec.name !== 'string')
        fail(['name'], 'name must be text');
    if (problems.some((p) => p.severity === 'error') || !trigger)
        return { problems };
    return {
        problems,
        automation: {
            name: typeof spec.name === 'string' && spec.name ? spec.name : `${deploymentName}__automation_${index}`,
            description: typeof spec.description === 'string' ? spec.description : '',
            enabled: enabled ?? true,
            tags: [],
            trigger,
            parameters: spec.parameters ?? null,
            job_variables: spec.job_variables ?? null,
            schedule_after: scheduleAfter ?? 0,
        },
    };
}
function unknown(problems, path, known) {
    const key = String(path[path.length - 1]);
    const hint = closest(key, known);
    if (hint)
        problems.push({ path, message: `unknown trigger key '${key}' (did you mean '${hint}'?): prefect deploy would ignore it`, severity: 'error' });
    else
        problems.push({ path, message: `unknown trigger key '${key}': prefect deploy ignores it; a trigger of this type takes ${known.join(', ')}`, severity: 'warning' });
}
/** The trigger as the client sends it (pydantic's dump of EventTrigger, MetricTrigger, CompoundTrigger or SequenceTrigger). */
function readPlainTrigger(spec, nested, at, problems, lenient) {
    const fail = (key, message) => problems.push({ path: [...at, key], message, severity: 'error' });
    const skip = (v) => lenient && pending(v);
    const type = triggerType(spec, nested);
    if (!FIELDS[type]) {
        fail('type', `trigger type '${type}' is not one of event, metric, compound, sequence`);
        return undefined;
    }
    if (nested)
        for (const key of Object.keys(spec))
            if (!FIELDS[type].includes(key))
                unknown(problems, [...at, key], FIELDS[type]);
    const within = (fallback) => {
        if (spec.within === undefined || skip(spec.within))
            return fallback;
        const s = laxDuration(spec.within);
        if (s === undefined || s < 0)
            fail('within', 'within must be a duration of zero or more (seconds, PT1H or 01:00:00)');
        return s ?? fallback;
    };
    if (type === 'compound' || type === 'sequence') {
        const list = spec.triggers;
        if (!Array.isArray(list)) {
            fail('triggers', `a ${type} trigger needs triggers: a list of triggers`);
            return undefined;
        }
        const triggers = list.map((t, i) => {
            if (t && typeof t === 'object' && !Array.isArray(t))
                return readPlainTrigger(t, true, [...at, 'triggers', i], problems, lenient);
            fail('triggers', 'each of triggers must be a mapping');
            return undefined;
        });
        const out = { type, triggers, within: within(null) };
        if (type === 'compound') {
            const r = spec.require;
            const n = typeof r === 'string' && /^\d+$/.test(r) ? Number(r) : r;
            if (r === undefined)
                fail('require', "a compound trigger needs require: a number, 'any' or 'all'");
            else if (typeof n === 'number' && Number.isInteger(n)) {
                if (n < 1 || n > list.length)
                    fail('require', `require must be from 1 to the number of triggers (${list.length})`);
            }
            else if (n !== 'any' && n !== 'all' && !skip(r))
                fail('require', "require must be a number, 'any' or 'all'");
            out.require = n;
        }
        return out;
    }
    const out = { type };
    for (const key of ['match', 'match_related'])
        out[key] = resource(spec[key], key, fail, skip, key === 'match_related');
    if (type === 'metric') {
        out.posture = 'Metric';
        if (spec.posture !== undefined && spec.posture !== 'Metric')
            fail('posture', 'a metric trigger has posture Metric');
        out.metric = metric(spec.metric, (k, m) => fail(k, m), skip);
        return out;
    }
    for (const key of ['after', 'expect', 'for_each']) {
        const v = spec[key];
        if (v === undefined || skip(v))
            out[key] = [];
        else if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
            fail(key, `${key} must be a list of event names${typeof v === 'string' ? `: write [${v}]` : ''}`);
        else
            out[key] = [...new Set(v)];
    }
    const posture = spec.posture ?? 'Reactive';
    if (posture !== 'Reactive' && posture !== 'Proactive' && !skip(posture))
        fail('posture', 'posture must be Reactive or Proactive (or Metric, for a metric trigger)');
    out.posture = posture;
    const threshold = spec.threshold === undefined || skip(spec.threshold) ? 1 : typeof spec.threshold === 'string' && /^-?\d+$/.test(spec.threshold.trim()) ? Number(spec.threshold) : spec.threshold;
    if (typeof threshold !== 'number' || !Number.isInteger(threshold))
        fail('threshold', 'threshold must be a whole number');
    out.threshold = threshold;
    let w = within(0) ?? 0;
    if (posture === 'Proactive') {
        if (w === 0)
            w = 10;
        else if (w < 10)
            fail('within', 'within must be at least 10 seconds for a Proactive trigger');
    }
    out.within = w;
    return out;
}
/** A ResourceSpecification: labels to values (text, or a list of text); match_related may be a list of them. */
function resource(v, key, fail, skip, list) {
    if (v === undefined || v === null)
        return {};
    const one = (x) => !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((y) => typeof y === 'string' || (Array.isArray(y) && y.every((z) => typeof z === 'string')) || skip(y));
    if (list && Array.isArray(v)) {
        if (!v.every(one))
            fail(key, `${key} must be a mapping of labels to text (or lists of text), or a list of them`);
        return v;
    }
    if (!one(v))
        fail(key, `${key} must be a mapping of labels to text (or lists of text)${list ? ', or a list of them' : ''}`);
    return v;
}
function metric(v, fail, skip) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
        fail('metric', 'a metric trigger needs metric: {name, threshold, operator}');
        return undefined;
    }
    const m = v;
    for (const key of Object.keys(m))
        if (!METRIC_FIELDS.includes(key))
            fail('metric', `unknown metric key '${key}'; expected ${METRIC_FIELDS.join(', ')}`);
    if (!['lateness', 'duration', 'successes'].includes(String(m.name)) && !skip(m.name))
        fail('metric', 'metric.name must be lateness, duration or successes');
    if (!['<', '<=', '>', '>='].includes(String(m.operator)) && !skip(m.operator))
        fail('metric', 'metric.operator must be <, <=, > or >=');
    const threshold = typeof m.threshold === 'string' ? Number(m.threshold) : m.threshold;
    if (typeof threshold !== 'number' || Number.isNaN(threshold))
        fail('metric', 'metric.threshold must be a number');
    const seconds = (key) => {
        if (m[key] === undefined || skip(m[key]))
            return 300;
        const s = laxDuration(m[key]);
        if (s === undefined || s < 300)
            fail('metric', `metric.${key} must be at least 300 seconds`);
        return s ?? 300;
    };
    return { name: m.name, threshold, operator: m.operator, range: seconds('range'), firing_for: seconds('firing_for') };
}

;// CONCATENATED MODULE: ./src/config/validate.ts











const BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];
function validateFile(path, text, reader, templates) {
    const diagnostics = [];
    const at = (pos, message, severity = 'error', strict) => diagnostics.push({ file: path, ...pos, message, severity, ...(strict ? { strict } : {}) });
    const empty = { file: { path, deployments: [], blocks: [], blockScripts: [] }, flows: new Map(), diagnostics };
    const parsed = parseYaml(path, text);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.root) {
        if (!parsed.diagnostics.length)
            at({ line: 1, column: 1 }, "the file is empty; it needs a 'deployments:' list");
        return empty;
    }
    const root = parsed.root;
    // Templates mean different things in each part of the file; build step outputs are each deployment's own.
    const fileSteps = [...readSteps(child(root, 'build')), ...readSteps(child(root, 'push'))];
    for (const e of root.kind === 'map' ? root.entries : []) {
        if (e.key === 'definitions')
            continue;
        if (e.key === 'deployments' && e.value.kind === 'seq') {
            for (const d of e.value.items) {
                const steps = [...readSteps(yaml_entry(d, 'build') ? child(d, 'build') : child(root, 'build')), ...readSteps(yaml_entry(d, 'push') ? child(d, 'push') : child(root, 'push'))];
                resolveDeployment(d, { ...templates, outputs: outputNames(steps) }, at);
            }
        }
        else {
            const section = e.key === 'pull' ? 'pull' : e.key === 'build' || e.key === 'push' ? 'steps' : e.key === 'blocks' ? 'block-data' : 'deployment';
            resolveTree(e.value, { ...templates, outputs: outputNames(fileSteps) }, at, section);
        }
    }
    diagnostics.push(...checkSchema(path, root));
    checkStepSections(root, at);
    const file = buildModel(path, root);
    if (child(root, 'deployments')?.kind === 'seq' && !file.deployments.length) {
        // Meaningful here (with --prune it removes what this tool registered), so a warning though prefect deploy refuses it.
        at(yaml_entry(root, 'deployments').keyPos, 'the file has no deployments: nothing is registered (prefect deploy --all refuses such a file: "An entrypoint must be provided")', 'warning');
    }
    checkBlocks(file, reader, (pos, message) => at(pos, message));
    const flows = new Map();
    const seen = new Map();
    for (const d of file.deployments) {
        const posOf = (key) => yaml_entry(d.node, key)?.value.pos ?? d.node.pos;
        if (d.name) {
            const banned = BANNED_NAME_CHARACTERS.filter((c) => d.name.includes(c));
            if (banned.length)
                at(posOf('name'), `deployment name '${d.name}' contains ${banned.join(' ')}; Prefect rejects names with any of / % & > <`);
        }
        if (!d.workPool?.name && !d.infrastructureBlock) {
            at(yaml_entry(d.node, 'name')?.keyPos ?? d.node.pos, `deployment '${d.name}' has no work pool: set work_pool.name (or ib-block for Prefect 2 agents)`);
        }
        checkNamingFields(d, at);
        checkDeploymentFields(d, at);
        for (const s of scheduleNodes(d.node))
            checkSchedule(s, at);
        checkTriggers(d, at);
        if (d.entrypoint) {
            const result = reader.read(d.entrypoint);
            if (!result.ok) {
                at(posOf('entrypoint'), result.message);
            }
            else {
                flows.set(d, result.flow);
                for (const note of result.flow.notes)
                    at(posOf('entrypoint'), `${result.flow.file}: ${note.message}`, 'warning');
                checkParameters(d, result.flow, at);
                if (d.flowName !== undefined && d.flowName !== result.flow.name) {
                    at(posOf('flow_name'), `flow_name '${d.flowName}' is not the flow's name '${result.flow.name}': prefect deploy ignores flow_name and registers '${result.flow.name}'`, 'warning', true);
                }
                // Names are unique per flow: the same flow and name twice would overwrite each other.
                const key = `${result.flow.name}/${d.name}`;
                const first = seen.get(key);
                if (d.name && first) {
                    at(posOf('name'), `deployment '${d.name}' of flow '${result.flow.name}' is defined twice (first at line ${yaml_entry(first.node, 'name').value.pos.line}): the second would replace the first`);
                }
                else {
                    seen.set(key, d);
                }
            }
        }
    }
    return { file, flows, diagnostics };
}
/** A deployment's templates: triggers keep run-time templates only in their parameters; pull steps keep theirs. */
function resolveDeployment(node, values, at) {
    if (node.kind !== 'map')
        return resolveTree(node, values, at, 'deployment');
    for (const e of node.entries) {
        if (e.key === 'pull')
            resolveTree(e.value, values, at, 'pull');
        else if (e.key === 'build' || e.key === 'push')
            resolveTree(e.value, values, at, 'steps');
        else if (e.key === 'triggers' && e.value.kind === 'seq') {
            for (const t of e.value.items) {
                if (t.kind !== 'map')
                    continue;
                for (const f of t.entries)
                    resolveTree(f.value, values, at, f.key === 'parameters' ? 'trigger-parameters' : 'trigger');
            }
        }
        else
            resolveTree(e.value, values, at, 'deployment');
    }
}
/**
 * Fills `{{ sha }}`, `{{ env }}` and `{{ $VAR }}` in place and reports bad templates.
 * Marks what is secret-bearing: environment values, and Prefect variables and blocks
 * outside pull steps (in pull steps they stay templates until a run starts). A value
 * that was one whole template is marked `templated`: Prefect types it once filled.
 */
function resolveTree(node, values, at, section, listItem = false) {
    if (node.kind === 'map')
        for (const e of node.entries)
            resolveTree(e.value, values, at, section);
    else if (node.kind === 'seq')
        for (const i of node.items)
            resolveTree(i, values, at, section, true);
    else if (typeof node.value === 'string' && node.value.includes('{{')) {
        const refs = placeholdersIn(node.value);
        const whole = refs.length === 1 && refs[0].start === 0 && refs[0].end === node.value.length;
        if (whole && listItem && section !== 'pull' && section !== 'steps' && section !== 'block-data' && dropsListItem(refs[0].expr)) {
            at(node.pos, `a list item that is only {{ ${refs[0].expr} }}: prefect deploy drops it (its first templating pass removes list items it cannot fill yet); write it inside text, or outside a list`);
            return;
        }
        const laterSecret = section !== 'pull' && refs.some((t) => /^prefect\.(variables|blocks)\./.test(t.expr));
        const { value, errors, warnings, secret } = resolveTemplates(node.value, values, section);
        if (whole && value !== node.value)
            node.templated = true;
        node.value = value;
        if (secret || laterSecret)
            node.secret = true;
        for (const e of errors)
            at(node.pos, e);
        for (const w of warnings)
            at(node.pos, w, 'warning', true);
    }
}
/** prefect deploy fills environment variables, Prefect variables and blocks before anything else; other whole templates in lists are lost. */
function dropsListItem(expr) {
    return !/^(\$|prefect\.variables\.|prefect\.blocks\.)/.test(expr) && !['sha', 'env', 'image', 'image_digest'].includes(expr);
}
/** Where a value names something (shown in every plan, summary and comment), a secret-bearing template is refused. */
const NAMING_FIELDS = [['name'], ['entrypoint'], ['work_pool', 'name'], ['work_pool', 'work_queue_name']];
function checkNamingFields(d, at) {
    const refuse = (node, what) => {
        if (node && holdsSecret(node))
            at(node.pos, `${what} cannot come from the environment, a Prefect variable or a block: names are shown in every plan and pull request comment`);
    };
    for (const [first, ...rest] of NAMING_FIELDS) {
        const node = rest.reduce((n, key) => child(n, key), child(d.node, first));
        refuse(node, [first, ...rest].join('.'));
    }
    for (const s of d.schedules)
        refuse(child(s.node, 'slug'), 'a schedule slug');
}
/** Checks of deployment fields beyond their types. */
function checkDeploymentFields(d, at) {
    const node = d.node;
    const one = child(node, 'schedule');
    if (one?.kind === 'map' && one.entries.length && yaml_entry(node, 'schedules')) {
        at(yaml_entry(node, 'schedules').keyPos, "both 'schedule' and 'schedules' are set: prefect deploy refuses this; use only schedules");
    }
    const tags = child(node, 'tags');
    if (tags?.kind === 'scalar' && typeof tags.value === 'string' && !placeholdersIn(tags.value).length) {
        at(tags.pos, `tags is text, not a list: prefect deploy registers each of its characters as a tag (${JSON.stringify([...tags.value].filter((c) => c.trim()).slice(0, 5))}...); write a list`, 'warning', true);
    }
    const versionType = d.versionType;
    if (versionType && !['prefect:simple', 'vcs:github', 'vcs:git'].includes(versionType)) {
        at(child(node, 'version_type').pos, `version_type ${versionType}: prefect deploy reads it from that CI service's variables; here the version information is registered as prefect:simple`, 'warning', true);
    }
    const limit = child(node, 'concurrency_limit');
    if (limit?.kind === 'map' && child(limit, 'limit') === undefined) {
        at(limit.pos, 'concurrency_limit has no limit: prefect deploy registers no limit, only the collision strategy (which then has no effect)', 'warning', true);
    }
}
/** Build and push steps run when deploying: what this tool cannot run is an error naming what to use instead. */
function checkStepSections(root, at) {
    const sections = [];
    for (const kind of ['build', 'push', 'pull']) {
        sections.push([child(root, kind), kind]);
        for (const d of child(root, 'deployments')?.kind === 'seq' ? child(root, 'deployments').items : [])
            sections.push([child(d, kind), kind]);
    }
    const refsOf = (n) => {
        if (n.kind === 'map')
            return n.entries.filter((e) => e.key !== 'id').flatMap((e) => refsOf(e.value));
        if (n.kind === 'seq')
            return n.items.flatMap(refsOf);
        return typeof n.value === 'string' ? placeholdersIn(n.value).map((t) => ({ expr: t.expr, pos: n.pos })) : [];
    };
    for (const [node, kind] of sections) {
        if (!node)
            continue;
        for (const issue of checkSteps(node, kind))
            at(issue.pos, issue.message, issue.severity, issue.severity === 'warning');
        if (kind === 'pull')
            for (const issue of checkPullReferences(node, refsOf))
                at(issue.pos, issue.message, issue.severity, issue.severity === 'warning');
        else
            for (const step of readSteps(node))
                checkRunnableStep(step, kind, at);
    }
}
/** A build or push step: the docker steps configure the image stage, shell scripts run; others cannot run here. */
function checkRunnableStep(step, kind, at) {
    const pos = step.node.kind === 'map' ? step.node.entries[0].keyPos : step.node.pos;
    if (step.fn === DOCKER_BUILD || step.fn === DOCKER_PUSH) {
        if (step.inputs.dockerfile === 'auto') {
            at(pos, "dockerfile: auto: prefect-ecr-deploy's image stage builds from a Dockerfile in the repository; write one (prefect deploy would generate FROM prefecthq/prefect:<version>, COPY . /opt/prefect/<directory>)");
        }
        const what = step.fn === DOCKER_BUILD ? 'builds' : 'pushes';
        at(pos, `${kind} step ${step.fn.split('.').pop()}: the image stage ${what} the image instead, to Amazon ECR (with --repository, or an ECR image name here; without either nothing is built); where no image option is given, this step's settings are its settings, and its outputs are the image stage's image`, 'warning');
        return;
    }
    if (step.fn === SHELL) {
        if (step.inputs.shell === true)
            at(pos, 'run_shell_script with shell: true: prefect-ecr-deploy never runs a shell; write one command a line (each is split as shlex.split does)');
        if (typeof step.inputs.script !== 'string')
            at(pos, 'run_shell_script needs script: the commands to run, one a line');
        return;
    }
    at(pos, `${kind} step ${step.fn} cannot run in prefect-ecr-deploy: the image stage builds and pushes the image, and values come from templates ({{ sha }} for the commit, {{ env }} for the environment, {{ $VAR }} for the environment's variables) or run_shell_script steps`);
}
/** A message about a secret-bearing value, with the value itself replaced by `***`. */
function validate_hidden(node, message) {
    return node.kind === 'scalar' && node.secret && node.value !== null && String(node.value) !== '' ? message.split(String(node.value)).join('***') : message;
}
function checkSchedule(node, at) {
    const set = (k) => yaml_entry(node, k) && child(node, k)?.kind === 'scalar' && child(node, k).value !== null;
    const kinds = ['cron', 'interval', 'rrule'].filter(set);
    if (kinds.length === 0)
        at(node.pos, 'a schedule needs one of cron, interval or rrule');
    if (kinds.length > 1)
        at(yaml_entry(node, kinds[1]).keyPos, `a schedule takes one of cron, interval or rrule, not ${kinds.join(' and ')}; use a list of schedules`);
    const value = (key) => {
        const n = child(node, key);
        return n?.kind === 'scalar' ? n.value : undefined;
    };
    const pending = (v) => typeof v === 'string' && placeholdersIn(v).length > 0;
    const cron = value('cron');
    if (typeof cron === 'string' && !pending(cron))
        report(at, child(node, 'cron'), cronError(cron));
    const rrule = value('rrule');
    if (typeof rrule === 'string' && !pending(rrule))
        report(at, child(node, 'rrule'), rruleError(rrule));
    const tz = value('timezone');
    if (typeof tz === 'string' && !pending(tz))
        report(at, child(node, 'timezone'), timezoneError(tz));
    const interval = value('interval');
    if (interval !== undefined && interval !== null && !pending(interval)) {
        const seconds = laxDuration(interval);
        if (seconds === undefined)
            report(at, child(node, 'interval'), `interval '${interval}' is not a duration: write seconds (3600), ISO 8601 (PT1H) or HH:MM:SS (01:00:00)`);
        else if (seconds <= 0)
            report(at, child(node, 'interval'), "'interval' must be greater than 0");
    }
    for (const key of ['active', 'day_or']) {
        const v = value(key);
        if (typeof v === 'string' && !pending(v) && laxBool(v) === undefined)
            report(at, child(node, key), `${key} '${v}' is not true or false (prefect deploy reads yes/no, on/off, 1/0 and true/false)`);
    }
    if (yaml_entry(node, 'anchor_date') && yaml_entry(node, 'anchor-date'))
        at(yaml_entry(node, 'anchor-date').keyPos, 'use either anchor_date or anchor-date, not both');
    // An unquoted date is a date, not text: prefect deploy then reads the schedule as an IntervalSchedule, which takes nothing else.
    const anchor = child(node, 'anchor_date');
    const others = node.kind === 'map' ? node.entries.filter((e) => !['interval', 'anchor_date', 'timezone'].includes(e.key)).map((e) => e.key) : [];
    if (anchor?.kind === 'scalar' && (anchor.type === 'date' || anchor.type === 'timestamp') && others.length) {
        at(anchor.pos, `an unquoted date in anchor_date beside ${others.join(', ')}: prefect deploy refuses this schedule (it reads the date as a date, not text); quote it: "${anchor.value}"`);
    }
    for (const key of ['anchor_date', 'anchor-date']) {
        const v = value(key);
        if (typeof v === 'string' && !pending(v))
            report(at, child(node, key), dateError(v));
        if (yaml_entry(node, key) && !yaml_entry(node, 'interval'))
            at(yaml_entry(node, key).keyPos, `${key} applies to interval schedules only`);
    }
    if (yaml_entry(node, 'day_or') && !yaml_entry(node, 'cron'))
        at(yaml_entry(node, 'day_or').keyPos, 'day_or applies to cron schedules only');
}
function report(at, node, message) {
    if (message)
        at(node.pos, validate_hidden(node, message));
}
/** Each trigger read as prefect deploy reads it: errors where it would fail, warnings for keys it ignores. */
function checkTriggers(d, at) {
    const step = (n, k) => (typeof k === 'number' ? (n?.kind === 'seq' ? n.items[k] : undefined) : child(n, k));
    d.triggers.forEach((t, i) => {
        for (const p of readTrigger(t.spec, i + 1, d.name, true).problems) {
            // An unknown key is shown at the key, any other problem at its value.
            const parent = p.path.slice(0, -1).reduce(step, t.node);
            const last = p.path[p.path.length - 1];
            const keyPos = typeof last === 'string' ? yaml_entry(parent, last)?.keyPos : undefined;
            const valuePos = last === undefined ? undefined : step(parent, last)?.pos;
            const pos = (p.message.startsWith('unknown') ? keyPos : (valuePos ?? keyPos)) ?? t.node.pos;
            at(pos, p.message, p.severity, p.severity === 'warning');
        }
    });
    if (d.sla) {
        for (const [i, s] of d.sla.specs.entries()) {
            const pos = d.sla.node.kind === 'seq' ? d.sla.node.items[i].pos : d.sla.node.pos;
            const sla = s;
            if (!sla || typeof sla !== 'object' || typeof sla.name !== 'string')
                at(pos, 'an SLA needs a name');
            else if (!['duration', 'within', 'stale_after'].some((k) => k in sla))
                at(pos, `SLA '${sla.name}' needs duration (time to completion), within (lateness) or stale_after (frequency)`);
        }
    }
}
function checkParameters(d, flow, at) {
    const schema = flow.parameterSchema;
    const definitions = schemaDefinitions(schema);
    const names = Object.keys(schema.properties);
    const check = (paramsNode) => {
        if (paramsNode?.kind !== 'map')
            return;
        for (const e of paramsNode.entries) {
            const prop = schema.properties[e.key];
            if (!prop) {
                if (flow.acceptsAnyParameter)
                    continue;
                const hint = closest(e.key, names);
                const message = `flow '${flow.name}' (${flow.file}) has no parameter '${e.key}'`;
                // A near miss means what the file says is not what runs get; another name is passed and refused when a run starts.
                if (hint)
                    at(e.keyPos, `${message} (did you mean '${hint}'?)`);
                else
                    at(e.keyPos, `${message}${names.length ? `; its parameters: ${names.join(', ')}` : '; it takes no parameters'}: Prefect registers it, and runs fail`, 'warning', true);
                continue;
            }
            const error = valueError(plain(e.value), prop, definitions, { secret: holdsSecret(e.value) });
            if (error)
                at(e.value.pos, `parameter '${e.key}' of flow '${flow.name}': ${error}: Prefect registers it, and runs fail`, 'warning', true);
        }
    };
    check(child(d.node, 'parameters'));
    d.schedules.forEach((s) => check(child(s.node, 'parameters')));
    const required = schema.required ?? [];
    const missing = (extra) => required.filter((r) => !(r in d.parameters) && !(r in extra));
    const namePos = yaml_entry(d.node, 'name')?.value.pos ?? d.node.pos;
    const active = d.schedules.filter((s) => s.active === undefined || laxBool(s.active) !== false);
    for (const s of active) {
        const m = missing(s.parameters);
        const list = `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value`;
        if (m.length)
            at(s.node.pos, `scheduled runs of '${d.name}' would fail: ${list}; Prefect registers the schedule, and each run it makes fails`, 'warning', true);
    }
    if (!active.length) {
        const m = missing({});
        if (m.length)
            at(namePos, `required parameter${m.length > 1 ? 's' : ''} ${m.map((x) => `'${x}'`).join(', ')} of flow '${flow.name}' ${m.length > 1 ? 'have' : 'has'} no value; every run must pass ${m.length > 1 ? 'them' : 'it'}`, 'warning');
    }
}

;// CONCATENATED MODULE: ./src/diagnostics.ts
/** Problems found in the user's input, each at its place in a file. */
/** With --strict, every warning marked strict is an error. */
function applyStrict(list, strict) {
    return strict ? list.map((d) => (d.strict && d.severity === 'warning' ? { ...d, severity: 'error', message: `${d.message} (an error with --strict)` } : d)) : list;
}
/** `path:line:col: message`, the form editors and CI logs link to. */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
/** Sorted by place, with duplicates (the same anchor merged into many deployments) removed. */
function sortDiagnostics(list) {
    const seen = new Set();
    return list
        .filter((d) => {
        const key = `${d.severity}|${d.file}|${d.line}|${d.column}|${d.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
/** Thrown when the input is invalid: the CLI exits 2 and prints every diagnostic, and every problem not at a place. */
class InvalidInput extends Error {
    diagnostics;
    problems;
    constructor(diagnostics, 
    /** Problems with the settings found by the same checks (no place in a file). */
    problems = []) {
        super(`${diagnostics.filter((d) => d.severity === 'error').length + problems.length} error(s) in the input`);
        this.diagnostics = diagnostics;
        this.problems = problems;
    }
}

;// CONCATENATED MODULE: ./src/flows/docstring.ts
/** Docstrings as Prefect reads them: `inspect.cleandoc`, and Google-style `Args:` sections. */
/** Python's `str.expandtabs()` with the default tab size of 8. */
function expandTabs(line) {
    let out = '';
    for (const c of line)
        out += c === '\t' ? ' '.repeat(8 - (out.length % 8)) : c;
    return out;
}
/** `inspect.cleandoc`: the description `prefect deploy` uses when the file gives none. */
function cleandoc(doc) {
    const lines = doc.split('\n').map(expandTabs);
    let margin = Infinity;
    for (const line of lines.slice(1)) {
        const content = line.trimStart();
        if (content)
            margin = Math.min(margin, line.length - content.length);
    }
    lines[0] = lines[0].trimStart();
    if (margin < Infinity)
        for (let i = 1; i < lines.length; i++)
            lines[i] = lines[i].slice(margin);
    while (lines.length && !lines[lines.length - 1])
        lines.pop();
    while (lines.length && !lines[0])
        lines.shift();
    return lines.join('\n');
}
const PARAMETER_SECTIONS = /^(args|arguments|params|parameters):\s*$/i;
const ITEM = /^\*{0,2}([\w]+)\s*(?:\([^)]*\))?\s*:\s*(.*)$/;
/**
 * Parameter descriptions from a Google-style docstring (what griffe gives Prefect):
 * `name (type): text` items, continuation lines joined with newlines.
 */
function parameterDocs(doc) {
    let docs = {};
    if (!doc)
        return docs;
    const lines = doc.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!PARAMETER_SECTIONS.test(lines[i]) || (i > 0 && lines[i - 1].trim() !== ''))
            continue;
        const block = [];
        let j = i + 1;
        for (; j < lines.length; j++) {
            const line = lines[j];
            if (line.trim() !== '' && !/^\s/.test(line))
                break;
            block.push(line);
        }
        while (block.length && block[block.length - 1].trim() === '')
            block.pop();
        if (!block.length)
            continue;
        const indent = block[0].length - block[0].trimStart().length;
        const items = [];
        for (const raw of block) {
            const line = raw.slice(Math.min(indent, raw.length - raw.trimStart().length));
            const m = !/^\s/.test(line) ? ITEM.exec(line) : null;
            if (m)
                items.push({ name: m[1], lines: [m[2]] });
            else if (items.length)
                items[items.length - 1].lines.push(line);
        }
        docs = {};
        for (const item of items) {
            const [first, ...rest] = item.lines;
            const margin = Math.min(...rest.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
            const cont = rest.map((l) => (Number.isFinite(margin) ? l.slice(margin) : l.trim()));
            docs[item.name] = [first, ...cont].join('\n').trim();
        }
        i = j - 1;
    }
    return docs;
}

;// CONCATENATED MODULE: ./src/flows/tokenize.ts
/**
 * A Python tokenizer, complete enough to read module structure and signatures.
 * It tracks bracket depth (newlines inside brackets are not statement ends) and
 * indentation (INDENT/DEDENT), like CPython's tokenizer does.
 */
class PythonSyntaxError extends Error {
    line;
    col;
    constructor(message, line, col) {
        super(message);
        this.line = line;
        this.col = col;
    }
}
const OPERATORS = [
    '**=', '//=', '>>=', '<<=', '...', '->', ':=',
    '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=',
    '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',', ':', '.', ';', '=',
];
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?(?:'|")/;
function tokenize(source) {
    const tokens = [];
    const indents = [0];
    let depth = 0;
    let i = 0;
    let line = 1;
    let lineStart = 0;
    let atLineStart = true;
    const n = source.length;
    const col = (at) => at - lineStart + 1;
    const newline = (at) => {
        line += 1;
        lineStart = at + 1;
    };
    while (i < n) {
        if (atLineStart && depth === 0) {
            // Measure indentation; blank and comment-only lines do not count.
            let width = 0;
            let j = i;
            while (j < n && (source[j] === ' ' || source[j] === '\t' || source[j] === '\f')) {
                width = source[j] === '\t' ? width + 8 - (width % 8) : width + 1;
                j++;
            }
            if (j >= n)
                break;
            const c = source[j];
            if (c === '\n' || c === '#' || (c === '\r' && source[j + 1] === '\n')) {
                while (j < n && source[j] !== '\n')
                    j++;
                newline(j);
                i = j + 1;
                continue;
            }
            if (c === '\\' && (source[j + 1] === '\n' || source[j + 1] === '\r')) {
                // A continuation at the start of a line: not an indentation change.
                i = j;
                atLineStart = false;
                continue;
            }
            const current = indents[indents.length - 1];
            if (width > current) {
                indents.push(width);
                tokens.push({ type: 'indent', value: '', line, col: col(j) });
            }
            else {
                while (width < indents[indents.length - 1]) {
                    indents.pop();
                    tokens.push({ type: 'dedent', value: '', line, col: col(j) });
                }
                if (width !== indents[indents.length - 1]) {
                    throw new PythonSyntaxError('unindent does not match any outer indentation level', line, col(j));
                }
            }
            i = j;
            atLineStart = false;
        }
        const c = source[i];
        if (c === ' ' || c === '\t' || c === '\f' || c === '\r') {
            i++;
            continue;
        }
        if (c === '#') {
            while (i < n && source[i] !== '\n')
                i++;
            continue;
        }
        if (c === '\\' && (source[i + 1] === '\n' || (source[i + 1] === '\r' && source[i + 2] === '\n'))) {
            i += source[i + 1] === '\r' ? 2 : 1;
            newline(i);
            i++;
            continue;
        }
        if (c === '\n') {
            if (depth === 0) {
                const last = tokens[tokens.length - 1];
                if (last && last.type !== 'newline' && last.type !== 'indent' && last.type !== 'dedent') {
                    tokens.push({ type: 'newline', value: '\n', line, col: col(i) });
                }
                atLineStart = true;
            }
            newline(i);
            i++;
            continue;
        }
        const prefix = STRING_PREFIX.exec(source.slice(i, i + 3));
        if (prefix) {
            const start = i;
            const startLine = line;
            const startCol = col(i);
            const quoteAt = i + prefix[0].length - 1;
            const quote = source[quoteAt];
            const triple = source.startsWith(quote.repeat(3), quoteAt);
            const closing = triple ? quote.repeat(3) : quote;
            let j = quoteAt + closing.length;
            for (;;) {
                if (j >= n)
                    throw new PythonSyntaxError('unterminated string literal', startLine, startCol);
                const d = source[j];
                if (d === '\\') {
                    if (source[j + 1] === '\n')
                        newline(j + 1);
                    j += 2;
                    continue;
                }
                if (d === '\n') {
                    if (!triple)
                        throw new PythonSyntaxError('unterminated string literal', startLine, startCol);
                    newline(j);
                }
                if (source.startsWith(closing, j)) {
                    j += closing.length;
                    break;
                }
                j++;
            }
            tokens.push({ type: 'string', value: source.slice(start, j), line: startLine, col: startCol });
            i = j;
            continue;
        }
        if (NAME_START.test(c)) {
            let j = i + 1;
            while (j < n && NAME_PART.test(source[j]))
                j++;
            tokens.push({ type: 'name', value: source.slice(i, j), line, col: col(i) });
            i = j;
            continue;
        }
        if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
            const m = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:[0-9][0-9_]*\.?[0-9_]*|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?[jJ]?)/.exec(source.slice(i, i + 200));
            const text = m ? m[0] : c;
            tokens.push({ type: 'number', value: text, line, col: col(i) });
            i += text.length;
            continue;
        }
        const op = OPERATORS.find((o) => source.startsWith(o, i));
        if (op) {
            if (op === '(' || op === '[' || op === '{')
                depth++;
            if (op === ')' || op === ']' || op === '}')
                depth = Math.max(0, depth - 1);
            tokens.push({ type: 'op', value: op, line, col: col(i) });
            i += op.length;
            continue;
        }
        throw new PythonSyntaxError(`invalid character '${c}'`, line, col(i));
    }
    const last = tokens[tokens.length - 1];
    if (last && last.type !== 'newline' && last.type !== 'dedent') {
        tokens.push({ type: 'newline', value: '', line, col: col(i) });
    }
    while (indents.length > 1) {
        indents.pop();
        tokens.push({ type: 'dedent', value: '', line, col: col(i) });
    }
    tokens.push({ type: 'eof', value: '', line, col: col(i) });
    return tokens;
}

;// CONCATENATED MODULE: ./src/flows/strings.ts
/** Python string literal decoding: prefixes, triple quotes and escape sequences. */
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\n': '',
};
function decodeStringLiteral(token) {
    const m = /^([a-zA-Z]*)('''|"""|'|")/.exec(token);
    const prefix = m[1].toLowerCase();
    const quote = m[2];
    const body = token.slice(m[0].length, token.length - quote.length);
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    const isF = prefix.includes('f');
    let value = raw ? body : strings_unescape(body, bytes);
    let fstring = false;
    if (isF) {
        // `{{` and `}}` are literal braces; any other brace is a replacement field.
        fstring = /\{(?!\{)|(?<!\})\}(?!\})/.test(value.replace(/\{\{|\}\}/g, ''));
        value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    }
    return { value: value.replace(/\r\n/g, '\n'), bytes, fstring };
}
function strings_unescape(body, bytes) {
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\' || i + 1 >= body.length) {
            out += c;
            continue;
        }
        const d = body[i + 1];
        if (d in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[d];
            i++;
        }
        else if (d === '\r' && body[i + 2] === '\n') {
            i += 2;
        }
        else if (/[0-7]/.test(d)) {
            const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
            out += String.fromCodePoint(parseInt(oct, 8));
            i += oct.length;
        }
        else if (d === 'x' && /^[0-9a-fA-F]{2}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 4), 16));
            i += 3;
        }
        else if (!bytes && d === 'u' && /^[0-9a-fA-F]{4}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 6), 16));
            i += 5;
        }
        else if (!bytes && d === 'U' && /^[0-9a-fA-F]{8}/.test(body.slice(i + 2))) {
            out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 10), 16));
            i += 9;
        }
        else {
            // Unknown escapes keep their backslash, as in Python.
            out += c;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/flows/parse.ts


const COMPOUND = new Set(['if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'match', 'case']);
function parseModule(source) {
    return new Parser(tokenize(source)).module();
}
/** Parses one expression, such as a string annotation (`"list[int]"`). */
function parseExpression(source) {
    const parser = new Parser(tokenize(source));
    return parser.expr();
}
class Parser {
    tokens;
    i = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    module() {
        const body = [];
        while (this.peek().type !== 'eof') {
            if (this.peek().type === 'dedent' || this.peek().type === 'indent' || this.peek().type === 'newline') {
                this.i++;
                continue;
            }
            this.statement(body);
        }
        return { body };
    }
    // --- statements -------------------------------------------------------------
    statement(out) {
        const t = this.peek();
        if (t.type === 'op' && t.value === '@') {
            const decorators = [];
            while (this.isOp('@')) {
                this.i++;
                decorators.push(this.expr());
                this.expectNewline();
            }
            const def = this.peek();
            if (def.type === 'name' && (def.value === 'def' || def.value === 'class' || def.value === 'async')) {
                this.definition(decorators, out);
            }
            else {
                this.fail(def, 'expected a definition after a decorator');
            }
            return;
        }
        if (t.type === 'name') {
            if (t.value === 'def' || t.value === 'class' || (t.value === 'async' && this.peek(1).value === 'def')) {
                this.definition([], out);
                return;
            }
            if (t.value === 'import')
                return this.importStmt(out);
            if (t.value === 'from')
                return this.fromStmt(out);
            if (COMPOUND.has(t.value) || (t.value === 'async' && ['for', 'with'].includes(this.peek(1).value))) {
                this.skipStatement();
                return;
            }
            if (this.peek(1).type === 'op' && (this.peek(1).value === '=' || this.peek(1).value === ':')) {
                return this.assignment(out);
            }
        }
        this.skipStatement();
    }
    definition(decorators, out) {
        let isAsync = false;
        if (this.peek().value === 'async') {
            isAsync = true;
            this.i++;
        }
        const keyword = this.next();
        const nameTok = this.next();
        if (nameTok.type !== 'name')
            this.fail(nameTok, 'expected a name');
        if (keyword.value === 'class') {
            const bases = [];
            if (this.isOp('(')) {
                this.i++;
                const call = this.callArguments();
                bases.push(...call.args);
            }
            this.expectOp(':');
            const body = this.suite();
            out.push({
                kind: 'class',
                name: nameTok.value,
                bases,
                decorators,
                docstring: body.docstring,
                body: body.stmts,
                line: keyword.line,
                col: keyword.col,
            });
            return;
        }
        this.expectOp('(');
        const params = this.parameters();
        if (this.isOp('->')) {
            this.i++;
            this.expr();
        }
        this.expectOp(':');
        const body = this.suite();
        out.push({
            kind: 'def',
            name: nameTok.value,
            async: isAsync,
            decorators,
            params,
            docstring: body.docstring,
            line: nameTok.line,
            col: nameTok.col,
        });
    }
    /** The body after a `:`; returns its docstring and the statements this reader keeps. */
    suite() {
        const stmts = [];
        let docstring;
        const docOf = () => {
            const t = this.peek();
            if (t.type !== 'string')
                return undefined;
            const save = this.i;
            const e = this.expr();
            const end = this.peek();
            if (e.k === 'str' && !e.bytes && !e.fstring && (end.type === 'newline' || this.isOp(';')))
                return e.value;
            this.i = save;
            return undefined;
        };
        if (this.peek().type !== 'newline') {
            docstring = docOf();
            this.skipStatement();
            return { docstring, stmts };
        }
        this.i++;
        if (this.peek().type !== 'indent')
            this.fail(this.peek(), 'expected an indented block');
        this.i++;
        docstring = docOf();
        while (this.peek().type !== 'dedent' && this.peek().type !== 'eof') {
            if (this.peek().type === 'newline') {
                this.i++;
                continue;
            }
            this.statement(stmts);
        }
        if (this.peek().type === 'dedent')
            this.i++;
        return { docstring, stmts };
    }
    parameters() {
        const params = [];
        let kind = 'normal';
        while (!this.isOp(')')) {
            const t = this.next();
            if (t.type === 'op' && t.value === '/') {
                for (const p of params)
                    if (p.kind === 'normal')
                        p.kind = 'posonly';
            }
            else if (t.type === 'op' && (t.value === '*' || t.value === '**')) {
                if (t.value === '*' && (this.isOp(',') || this.isOp(')'))) {
                    kind = 'kwonly';
                }
                else {
                    const name = this.next();
                    const param = { name: name.value, kind: t.value === '*' ? 'vararg' : 'varkw', line: name.line, col: name.col };
                    if (this.isOp(':')) {
                        this.i++;
                        param.annotation = this.expr();
                    }
                    params.push(param);
                    kind = 'kwonly';
                }
            }
            else if (t.type === 'name') {
                const param = { name: t.value, kind, line: t.line, col: t.col };
                if (this.isOp(':')) {
                    this.i++;
                    param.annotation = this.expr();
                }
                if (this.isOp('=')) {
                    this.i++;
                    param.default = this.expr();
                }
                params.push(param);
            }
            else {
                this.fail(t, 'invalid syntax in parameter list');
            }
            if (this.isOp(','))
                this.i++;
            else if (!this.isOp(')'))
                this.fail(this.peek(), "expected ',' or ')' in parameter list");
        }
        this.i++;
        return params;
    }
    importStmt(out) {
        this.i++;
        const names = [];
        for (;;) {
            const module = this.dottedName();
            let asname;
            if (this.peek().value === 'as') {
                this.i++;
                asname = this.next().value;
            }
            names.push({ module, asname });
            if (!this.isOp(','))
                break;
            this.i++;
        }
        this.expectNewline();
        out.push({ kind: 'import', names });
    }
    fromStmt(out) {
        this.i++;
        let level = 0;
        while (this.isOp('.') || this.isOp('...'))
            level += this.next().value.length;
        const module = this.peek().value === 'import' ? '' : this.dottedName();
        if (this.next().value !== 'import')
            this.fail(this.tokens[this.i - 1], "expected 'import'");
        const paren = this.isOp('(');
        if (paren)
            this.i++;
        const names = [];
        while (!(paren ? this.isOp(')') : this.peek().type === 'newline' || this.isOp(';'))) {
            const name = this.next().value;
            let asname;
            if (this.peek().value === 'as') {
                this.i++;
                asname = this.next().value;
            }
            names.push({ name, asname });
            if (this.isOp(','))
                this.i++;
            else
                break;
        }
        if (paren)
            this.expectOp(')');
        this.expectNewline();
        out.push({ kind: 'from', module, level, names });
    }
    assignment(out) {
        const first = this.peek();
        const targets = [];
        let annotation;
        let value;
        targets.push(this.next().value);
        if (this.isOp(':')) {
            this.i++;
            annotation = this.expr();
            if (this.isOp('=')) {
                this.i++;
                value = this.exprList();
            }
        }
        else {
            this.i++; // '='
            value = this.exprList();
            while (this.isOp('=')) {
                this.i++;
                if (value.k === 'name')
                    targets.push(value.id);
                value = this.exprList();
            }
        }
        if (this.peek().type !== 'newline' && !this.isOp(';')) {
            this.skipStatement();
            return;
        }
        this.expectNewline();
        out.push({ kind: 'assign', targets, annotation, value, line: first.line, col: first.col });
    }
    /** Skips one logical line, and its indented block when the line opens one. */
    skipStatement() {
        while (this.peek().type !== 'newline' && this.peek().type !== 'eof')
            this.i++;
        if (this.peek().type === 'newline')
            this.i++;
        if (this.peek().type === 'indent') {
            let level = 0;
            do {
                const t = this.next();
                if (t.type === 'indent')
                    level++;
                if (t.type === 'dedent')
                    level--;
            } while (level > 0 && this.peek().type !== 'eof');
        }
    }
    dottedName() {
        let name = this.next().value;
        while (this.isOp('.')) {
            this.i++;
            name += '.' + this.next().value;
        }
        return name;
    }
    // --- expressions ------------------------------------------------------------
    /** `a, b` at statement level becomes a tuple. */
    exprList() {
        const first = this.expr();
        if (!this.isOp(','))
            return first;
        const elts = [first];
        while (this.isOp(',')) {
            this.i++;
            if (this.peek().type === 'newline' || this.isOp('='))
                break;
            elts.push(this.expr());
        }
        return { k: 'tuple', elts };
    }
    expr() {
        const t = this.peek();
        if (t.type === 'name' && t.value === 'lambda') {
            this.i++;
            while (!this.isOp(':'))
                this.i++;
            this.i++;
            this.expr();
            return { k: 'opaque', text: 'lambda' };
        }
        const e = this.binary(0);
        if (this.peek().type === 'name' && this.peek().value === 'if') {
            this.i++;
            this.binary(0);
            if (this.peek().value === 'else') {
                this.i++;
                this.expr();
            }
            return { k: 'opaque', text: 'conditional expression' };
        }
        if (this.isOp(':=')) {
            this.i++;
            return this.expr();
        }
        return e;
    }
    static LEVELS = [
        ['or'],
        ['and'],
        ['not'], // unary, handled specially
        ['<', '>', '==', '>=', '<=', '!=', 'in', 'not in', 'is', 'is not'],
        ['|'],
        ['^'],
        ['&'],
        ['<<', '>>'],
        ['+', '-'],
        ['*', '/', '//', '%', '@'],
    ];
    binary(level) {
        if (level >= Parser.LEVELS.length)
            return this.unary();
        if (level === 2) {
            if (this.peek().type === 'name' && this.peek().value === 'not') {
                this.i++;
                return { k: 'unary', op: 'not', operand: this.binary(2) };
            }
            return this.binary(3);
        }
        let left = this.binary(level + 1);
        for (;;) {
            const op = this.binaryOp(Parser.LEVELS[level]);
            if (!op)
                return left;
            const right = this.binary(level + 1);
            left = { k: 'binop', op, left, right };
        }
    }
    binaryOp(ops) {
        const t = this.peek();
        if (t.type === 'op' && ops.includes(t.value)) {
            this.i++;
            return t.value;
        }
        if (t.type === 'name') {
            if (t.value === 'not' && this.peek(1).value === 'in' && ops.includes('not in')) {
                this.i += 2;
                return 'not in';
            }
            if (t.value === 'is' && ops.includes('is')) {
                this.i++;
                if (this.peek().value === 'not') {
                    this.i++;
                    return 'is not';
                }
                return 'is';
            }
            if (ops.includes(t.value) && (t.value === 'or' || t.value === 'and' || t.value === 'in')) {
                this.i++;
                return t.value;
            }
        }
        return undefined;
    }
    unary() {
        const t = this.peek();
        if (t.type === 'op' && (t.value === '-' || t.value === '+' || t.value === '~')) {
            this.i++;
            return { k: 'unary', op: t.value, operand: this.unary() };
        }
        return this.power();
    }
    power() {
        if (this.peek().value === 'await' && this.peek().type === 'name')
            this.i++;
        const base = this.primary();
        if (this.isOp('**')) {
            this.i++;
            return { k: 'binop', op: '**', left: base, right: this.unary() };
        }
        return base;
    }
    primary() {
        let e = this.atom();
        for (;;) {
            if (this.isOp('.')) {
                this.i++;
                e = { k: 'attr', value: e, attr: this.next().value };
            }
            else if (this.isOp('(')) {
                this.i++;
                const { args, kwargs } = this.callArguments();
                e = { k: 'call', func: e, args, kwargs };
            }
            else if (this.isOp('[')) {
                this.i++;
                e = { k: 'subscript', value: e, index: this.subscriptIndex() };
            }
            else {
                return e;
            }
        }
    }
    callArguments() {
        const args = [];
        const kwargs = [];
        while (!this.isOp(')')) {
            if (this.isOp('**')) {
                this.i++;
                kwargs.push({ name: null, value: this.expr() });
            }
            else if (this.isOp('*')) {
                this.i++;
                this.expr();
                args.push({ k: 'opaque', text: 'starred' });
            }
            else if (this.peek().type === 'name' && this.peek(1).type === 'op' && this.peek(1).value === '=') {
                const name = this.next().value;
                this.i++;
                kwargs.push({ name, value: this.expr() });
            }
            else {
                const value = this.expr();
                if (this.peek().value === 'for' || this.peek().value === 'async') {
                    this.skipTo(')');
                    return { args: [{ k: 'opaque', text: 'generator expression' }], kwargs };
                }
                args.push(value);
            }
            if (this.isOp(','))
                this.i++;
            else if (!this.isOp(')'))
                this.fail(this.peek(), "expected ',' or ')'");
        }
        this.i++;
        return { args, kwargs };
    }
    subscriptIndex() {
        const elts = [];
        let trailingComma = false;
        while (!this.isOp(']')) {
            trailingComma = false;
            if (this.isOp(':')) {
                this.skipTo(']');
                return { k: 'opaque', text: 'slice' };
            }
            const e = this.expr();
            if (this.isOp(':')) {
                this.skipTo(']');
                return { k: 'opaque', text: 'slice' };
            }
            elts.push(e);
            if (this.isOp(',')) {
                this.i++;
                trailingComma = true;
            }
            else if (!this.isOp(']'))
                this.fail(this.peek(), "expected ',' or ']'");
        }
        this.i++;
        return elts.length === 1 && !trailingComma ? elts[0] : { k: 'tuple', elts };
    }
    atom() {
        const t = this.next();
        switch (t.type) {
            case 'name':
                if (t.value === 'None')
                    return { k: 'none' };
                if (t.value === 'True')
                    return { k: 'bool', value: true };
                if (t.value === 'False')
                    return { k: 'bool', value: false };
                return { k: 'name', id: t.value };
            case 'number':
                return numberLiteral(t.value);
            case 'string': {
                let lit = decodeStringLiteral(t.value);
                while (this.peek().type === 'string') {
                    const more = decodeStringLiteral(this.next().value);
                    lit = { value: lit.value + more.value, bytes: lit.bytes, fstring: lit.fstring || more.fstring };
                }
                return { k: 'str', ...lit };
            }
            case 'op':
                if (t.value === '...')
                    return { k: 'ellipsis' };
                if (t.value === '(')
                    return this.sequence(')', 'tuple');
                if (t.value === '[')
                    return this.sequence(']', 'list');
                if (t.value === '{')
                    return this.braces();
                if (t.value === '*') {
                    this.unary();
                    return { k: 'opaque', text: 'starred' };
                }
        }
        return this.fail(t, 'invalid syntax');
    }
    sequence(close, kind) {
        const elts = [];
        let sawComma = false;
        while (!this.isOp(close)) {
            const e = this.expr();
            if (this.peek().value === 'for' || (this.peek().value === 'async' && this.peek(1).value === 'for')) {
                this.skipTo(close);
                return { k: 'opaque', text: 'comprehension' };
            }
            elts.push(e);
            if (this.isOp(',')) {
                this.i++;
                sawComma = true;
            }
            else if (!this.isOp(close))
                this.fail(this.peek(), `expected ',' or '${close}'`);
        }
        this.i++;
        if (kind === 'tuple' && elts.length === 1 && !sawComma)
            return elts[0];
        return { k: kind, elts };
    }
    braces() {
        const keys = [];
        const values = [];
        const elts = [];
        while (!this.isOp('}')) {
            if (this.isOp('**')) {
                this.i++;
                this.expr();
                this.skipTo('}');
                return { k: 'opaque', text: 'dict unpacking' };
            }
            const e = this.expr();
            if (this.isOp(':')) {
                this.i++;
                const v = this.expr();
                if (this.peek().value === 'for') {
                    this.skipTo('}');
                    return { k: 'opaque', text: 'comprehension' };
                }
                keys.push(e);
                values.push(v);
            }
            else {
                if (this.peek().value === 'for') {
                    this.skipTo('}');
                    return { k: 'opaque', text: 'comprehension' };
                }
                elts.push(e);
            }
            if (this.isOp(','))
                this.i++;
            else if (!this.isOp('}'))
                this.fail(this.peek(), "expected ',' or '}'");
        }
        this.i++;
        return elts.length > 0 ? { k: 'set', elts } : { k: 'dict', keys, values };
    }
    /** Skips past the bracket that closes the current one. */
    skipTo(close) {
        let depth = 0;
        for (;;) {
            const t = this.next();
            if (t.type === 'eof')
                this.fail(t, `expected '${close}'`);
            if (t.type !== 'op')
                continue;
            if (t.value === '(' || t.value === '[' || t.value === '{')
                depth++;
            else if (t.value === ')' || t.value === ']' || t.value === '}') {
                if (depth === 0)
                    return;
                depth--;
            }
        }
    }
    // --- token helpers ----------------------------------------------------------
    peek(ahead = 0) {
        return this.tokens[Math.min(this.i + ahead, this.tokens.length - 1)];
    }
    next() {
        const t = this.peek();
        if (this.i < this.tokens.length - 1)
            this.i++;
        return t;
    }
    isOp(value) {
        const t = this.peek();
        return t.type === 'op' && t.value === value;
    }
    expectOp(value) {
        const t = this.next();
        if (t.type !== 'op' || t.value !== value)
            this.fail(t, `expected '${value}'`);
    }
    expectNewline() {
        if (this.isOp(';')) {
            this.skipStatement();
            return;
        }
        const t = this.next();
        if (t.type !== 'newline' && t.type !== 'eof')
            this.fail(t, 'expected end of line');
    }
    fail(t, message) {
        throw new PythonSyntaxError(message, t.line, t.col);
    }
}
function numberLiteral(text) {
    const clean = text.replace(/_/g, '');
    if (/[jJ]$/.test(clean))
        return { k: 'num', value: Number(clean.slice(0, -1)), int: false, complex: true };
    if (/^0[xXoObB]/.test(clean))
        return { k: 'num', value: Number(clean), int: true, complex: false };
    const isInt = /^[0-9]+$/.test(clean);
    return { k: 'num', value: Number(clean), int: isInt, complex: false };
}

;// CONCATENATED MODULE: ./src/flows/scope.ts
class Scope {
    module;
    file;
    load;
    bindings = new Map();
    constructor(module, file, load) {
        this.module = module;
        this.file = file;
        this.load = load;
        for (const stmt of module.body) {
            switch (stmt.kind) {
                case 'import':
                    for (const { module: name, asname } of stmt.names) {
                        // `import a.b` binds `a`; `import a.b as c` binds `c` to `a.b`.
                        if (asname)
                            this.bindings.set(asname, { kind: 'module', module: name, level: 0 });
                        else
                            this.bindings.set(name.split('.')[0], { kind: 'module', module: name.split('.')[0], level: 0 });
                    }
                    break;
                case 'from':
                    for (const { name, asname } of stmt.names) {
                        if (name === '*')
                            continue;
                        this.bindings.set(asname ?? name, { kind: 'from', module: stmt.module, level: stmt.level, name });
                    }
                    break;
                case 'class':
                    this.bindings.set(stmt.name, { kind: 'class', def: stmt });
                    break;
                case 'def':
                    this.bindings.set(stmt.name, { kind: 'function', def: stmt });
                    break;
                case 'assign':
                    if (stmt.value)
                        for (const t of stmt.targets)
                            this.bindings.set(t, { kind: 'value', expr: stmt.value });
                    break;
            }
        }
    }
    /** Looks up a module-level name. */
    lookup(name, seen = new Set()) {
        const b = this.bindings.get(name);
        if (!b)
            return BUILTINS.has(name) ? { kind: 'external', qualname: `builtins.${name}` } : { kind: 'unknown' };
        switch (b.kind) {
            case 'class':
                return { kind: 'class', def: b.def, scope: this };
            case 'function':
                return { kind: 'function', def: b.def, scope: this };
            case 'value':
                return { kind: 'value', expr: b.expr, scope: this };
            case 'module':
                return this.moduleSymbol(b.module, b.level);
            case 'from': {
                const key = `${this.file}:${name}`;
                if (seen.has(key))
                    return { kind: 'unknown' };
                seen.add(key);
                const target = this.load(b.module, b.level, this.file);
                if (target)
                    return target.lookup(b.name, seen);
                // `from pkg import submodule` is a module too; a name we cannot read stays qualified.
                const sub = this.load(b.module ? `${b.module}.${b.name}` : b.name, b.level, this.file);
                if (sub)
                    return { kind: 'external', qualname: `repo:${sub.file}` };
                return { kind: 'external', qualname: `${b.module}.${b.name}` };
            }
        }
    }
    moduleSymbol(module, level) {
        const local = this.load(module, level, this.file);
        return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname: module };
    }
    /** Resolves a name or a dotted attribute chain (`typing.List`, `pydantic.BaseModel`). */
    resolve(e) {
        if (e.k === 'name')
            return this.lookup(e.id);
        if (e.k === 'attr') {
            const base = this.resolve(e.value);
            if (base.kind === 'external') {
                if (base.qualname.startsWith('repo:')) {
                    const scope = this.load(base.qualname.slice(5), -1, this.file);
                    return scope ? scope.lookup(e.attr) : { kind: 'unknown' };
                }
                const qualname = `${base.qualname}.${e.attr}`;
                const local = this.load(qualname, 0, this.file);
                return local ? { kind: 'external', qualname: `repo:${local.file}` } : { kind: 'external', qualname };
            }
            if (base.kind === 'class') {
                const member = base.def.body.find((s) => s.kind === 'assign' && s.targets.includes(e.attr));
                if (member && member.kind === 'assign' && member.value) {
                    return { kind: 'value', expr: { k: 'attr', value: e.value, attr: e.attr }, scope: this };
                }
            }
        }
        return { kind: 'unknown' };
    }
}
const BUILTINS = new Set([
    'int', 'float', 'str', 'bool', 'bytes', 'complex', 'list', 'dict', 'tuple', 'set', 'frozenset', 'object', 'type',
    'Ellipsis', 'len', 'range', 'min', 'max', 'abs', 'round', 'sum', 'sorted',
]);
/** Marks a value Python would compute at import time that this reader cannot. */
const UNKNOWN = Symbol('unknown');
const REQUIRED = Symbol('required');
/**
 * Evaluates a constant expression to its JSON form, or UNKNOWN.
 * Enum members evaluate to their values; `Field(...)` to a FieldDefault.
 */
function evaluate(e, scope, depth = 0) {
    if (depth > 50)
        return UNKNOWN;
    const ev = (x) => evaluate(x, scope, depth + 1);
    switch (e.k) {
        case 'none':
            return null;
        case 'bool':
            return e.value;
        case 'num':
            return e.complex ? UNKNOWN : e.value;
        case 'str':
            return e.fstring ? UNKNOWN : e.value;
        case 'ellipsis':
            return REQUIRED;
        case 'tuple':
        case 'list':
        case 'set': {
            const out = [];
            for (const x of e.elts) {
                const v = ev(x);
                if (!isJson(v))
                    return UNKNOWN;
                out.push(v);
            }
            return out;
        }
        case 'dict': {
            const out = {};
            for (let i = 0; i < e.keys.length; i++) {
                const k = ev(e.keys[i]);
                const v = ev(e.values[i]);
                if (!isJson(k) || !isJson(v) || (k !== null && typeof k === 'object'))
                    return UNKNOWN;
                out[jsonKey(k)] = v;
            }
            return out;
        }
        case 'unary': {
            const v = ev(e.operand);
            if (typeof v !== 'number' && typeof v !== 'boolean')
                return UNKNOWN;
            if (e.op === '-')
                return -Number(v);
            if (e.op === '+')
                return Number(v);
            if (e.op === 'not')
                return !v;
            return UNKNOWN;
        }
        case 'binop':
            return binop(e.op, ev(e.left), ev(e.right));
        case 'name':
        case 'attr': {
            const sym = scope.resolve(e);
            if (sym.kind === 'value') {
                if (e.k === 'attr')
                    return enumMember(e, scope, depth);
                return evaluate(sym.expr, sym.scope, depth + 1);
            }
            return UNKNOWN;
        }
        case 'call':
            return evaluateCall(e, scope, depth);
        default:
            return UNKNOWN;
    }
}
function enumMember(e, scope, depth) {
    const cls = scope.resolve(e.value);
    if (cls.kind !== 'class')
        return UNKNOWN;
    const member = cls.def.body.find((s) => s.kind === 'assign' && s.targets.includes(e.attr));
    if (!member || member.kind !== 'assign' || !member.value)
        return UNKNOWN;
    return evaluate(member.value, cls.scope, depth + 1);
}
function evaluateCall(e, scope, depth) {
    const sym = scope.resolve(e.func);
    if (sym.kind !== 'external')
        return UNKNOWN;
    const ev = (x) => evaluate(x, scope, depth + 1);
    switch (sym.qualname) {
        case 'pydantic.Field':
        case 'pydantic.fields.Field': {
            const field = { field: true, default: UNKNOWN };
            const positional = e.args[0];
            const kw = (name) => e.kwargs.find((k) => k.name === name)?.value;
            const def = positional ?? kw('default');
            field.default = def ? ev(def) : kw('default_factory') ? UNKNOWN : REQUIRED;
            const description = kw('description');
            if (description) {
                const d = ev(description);
                if (typeof d === 'string')
                    field.description = d;
            }
            const title = kw('title');
            if (title) {
                const t = ev(title);
                if (typeof t === 'string')
                    field.title = t;
            }
            return field;
        }
        case 'builtins.list':
        case 'builtins.tuple':
        case 'builtins.set':
        case 'builtins.frozenset':
            if (e.args.length === 0)
                return [];
            return e.args.length === 1 ? asArray(ev(e.args[0])) : UNKNOWN;
        case 'builtins.dict':
            if (e.args.length === 0) {
                const out = {};
                for (const k of e.kwargs) {
                    const v = ev(k.value);
                    if (k.name === null || !isJson(v))
                        return UNKNOWN;
                    out[k.name] = v;
                }
                return out;
            }
            return UNKNOWN;
        case 'builtins.str':
            return e.args.length === 0 ? '' : UNKNOWN;
        case 'builtins.int':
        case 'builtins.float':
            if (e.args.length === 0)
                return 0;
            return UNKNOWN;
        case 'pathlib.Path':
        case 'pathlib.PurePath':
        case 'pathlib.PosixPath': {
            const parts = e.args.map(ev);
            if (!parts.every((p) => typeof p === 'string'))
                return UNKNOWN;
            return joinPath(parts);
        }
        default:
            return UNKNOWN;
    }
}
function asArray(v) {
    if (Array.isArray(v))
        return v;
    if (typeof v === 'string')
        return [...v];
    if (v && typeof v === 'object' && !('field' in v))
        return Object.keys(v);
    return UNKNOWN;
}
function joinPath(parts) {
    if (parts.length === 0)
        return '.';
    let out = '';
    for (const p of parts)
        out = p.startsWith('/') || out === '' ? p : out.endsWith('/') ? out + p : `${out}/${p}`;
    // Path normalizes repeated and trailing slashes, and `.` segments.
    const abs = out.startsWith('/');
    const segs = out.split('/').filter((s) => s !== '' && s !== '.');
    const joined = (abs ? '/' : '') + segs.join('/');
    return joined === '' ? (abs ? '/' : '.') : joined;
}
function binop(op, a, b) {
    if (typeof a === 'number' && typeof b === 'number') {
        switch (op) {
            case '+':
                return a + b;
            case '-':
                return a - b;
            case '*':
                return a * b;
            case '/':
                return b === 0 ? UNKNOWN : a / b;
            case '//':
                return b === 0 ? UNKNOWN : Math.floor(a / b);
            case '%':
                return b === 0 ? UNKNOWN : ((a % b) + b) % b;
            case '**':
                return a ** b;
        }
    }
    if (op === '+' && typeof a === 'string' && typeof b === 'string')
        return a + b;
    if (op === '+' && Array.isArray(a) && Array.isArray(b))
        return [...a, ...b];
    if (op === '*' && typeof a === 'string' && typeof b === 'number')
        return a.repeat(Math.max(0, b));
    return UNKNOWN;
}
function isJson(v) {
    return v !== UNKNOWN && v !== REQUIRED && !(v !== null && typeof v === 'object' && 'field' in v);
}
/** Python dict keys become JSON strings the way pydantic serializes them. */
function jsonKey(k) {
    if (k === null)
        return 'None';
    if (typeof k === 'boolean')
        return k ? 'True' : 'False';
    return String(k);
}

;// CONCATENATED MODULE: ./src/flows/schema.ts



/** Types whose schema this reader cannot reproduce exactly; they become `{}` with a warning. */
class Unsupported extends Error {
}
/**
 * A name Python could not evaluate either (from a package outside the repository):
 * Prefect then drops the whole annotation, so the parameter's schema is `{}`.
 */
class Unevaluable extends Error {
}
class Context {
    notes;
    definitions = {};
    building = new Set();
    constructor(notes) {
        this.notes = notes;
    }
    /** Adds a class's definition once and returns its `$ref`. */
    ref(def, build) {
        const name = def.name;
        if (!this.definitions[name] && !this.building.has(name)) {
            this.building.add(name);
            this.definitions[name] = build();
            this.building.delete(name);
        }
        return { $ref: `#/definitions/${name}` };
    }
}
function parameterSchema(fn, scope) {
    const notes = [];
    const ctx = new Context(notes);
    const docs = parameterDocs(fn.docstring === undefined ? undefined : cleandoc(fn.docstring));
    const properties = {};
    const required = [];
    fn.params.forEach((param, position) => {
        if (param.name === 'self' || param.name === 'cls')
            return;
        let def = UNKNOWN;
        let hasDefault = param.default !== undefined;
        let description = docs[param.name];
        if (param.default) {
            def = evaluate(param.default, scope);
            if (isFieldDefault(def)) {
                if (def.description)
                    description = def.description;
                hasDefault = def.default !== REQUIRED;
                def = def.default;
            }
            if (def === UNKNOWN && hasDefault) {
                notes.push({ param: param.name, message: `the default of '${param.name}' is computed when the module is imported; it is registered without a default value` });
            }
        }
        // *args and **kwargs are plain required parameters in Prefect's schema.
        const annotation = param.kind === 'vararg' || param.kind === 'varkw' ? undefined : param.annotation;
        let typeSchema;
        const definitionsBefore = new Set(Object.keys(ctx.definitions));
        try {
            typeSchema = annotation ? annotationSchema(annotation, scope, ctx, 0) : {};
        }
        catch (e) {
            if (!(e instanceof Unevaluable || e instanceof Unsupported))
                throw e;
            if (e instanceof Unsupported) {
                notes.push({ param: param.name, message: `the type of '${param.name}' (${e.message}) is not read statically; its schema accepts any value` });
            }
            for (const name of Object.keys(ctx.definitions))
                if (!definitionsBefore.has(name))
                    delete ctx.definitions[name];
            typeSchema = {};
        }
        const prop = { ...typeSchema, title: param.name, position };
        if (description !== undefined)
            prop.description = description;
        if (hasDefault && isJson(def))
            prop.default = def;
        properties[param.name] = prop;
        if (!hasDefault)
            required.push(param.name);
    });
    const schema = { title: 'Parameters', type: 'object', properties };
    if (required.length)
        schema.required = required;
    if (Object.keys(ctx.definitions).length)
        schema.definitions = ctx.definitions;
    return { schema, notes };
}
function isFieldDefault(v) {
    return v !== null && typeof v === 'object' && 'field' in v;
}
const FORMATS = {
    'datetime.datetime': { type: 'string', format: 'date-time' },
    'datetime.date': { type: 'string', format: 'date' },
    'datetime.time': { type: 'string', format: 'time' },
    'datetime.timedelta': { type: 'string', format: 'duration' },
    'uuid.UUID': { type: 'string', format: 'uuid' },
    'pathlib.Path': { type: 'string', format: 'path' },
    'pathlib.PurePath': { type: 'string', format: 'path' },
    'pathlib.PosixPath': { type: 'string', format: 'path' },
    'builtins.int': { type: 'integer' },
    'builtins.float': { type: 'number' },
    'builtins.str': { type: 'string' },
    'builtins.bool': { type: 'boolean' },
    'builtins.bytes': { type: 'string', format: 'binary' },
    'builtins.complex': { type: 'string' },
    'builtins.object': {},
    'typing.Any': {},
};
const LIST_LIKE = {
    'builtins.list': { type: 'array' },
    'typing.List': { type: 'array' },
    'typing.Sequence': { type: 'array' },
    'collections.abc.Sequence': { type: 'array' },
    'builtins.set': { type: 'array', uniqueItems: true },
    'typing.Set': { type: 'array', uniqueItems: true },
    'builtins.frozenset': { type: 'array', uniqueItems: true },
    'typing.FrozenSet': { type: 'array', uniqueItems: true },
};
const DICT_LIKE = new Set(['builtins.dict', 'typing.Dict', 'typing.Mapping', 'collections.abc.Mapping']);
const TUPLE_LIKE = new Set(['builtins.tuple', 'typing.Tuple']);
/** Qualified names that are external but whose module Prefect would fail to import are unknown. */
const KNOWN_MODULES = ['builtins', 'typing', 'typing_extensions', 'datetime', 'uuid', 'pathlib', 'enum', 'pydantic', 'collections', 'decimal', 'dataclasses'];
function annotationSchema(e, scope, ctx, depth) {
    if (depth > 30)
        throw new Unsupported('deeply nested');
    const sub = (x) => annotationSchema(x, scope, ctx, depth + 1);
    switch (e.k) {
        case 'none':
            return { type: 'null' };
        case 'str': {
            // A string annotation is a forward reference: evaluate it like Python would.
            if (e.bytes || e.fstring)
                throw new Unsupported('string annotation');
            return sub(parseAnnotationString(e.value));
        }
        case 'binop':
            if (e.op === '|')
                return union([e.left, e.right].flatMap(flattenOr), scope, ctx, depth);
            throw new Unsupported(`operator ${e.op}`);
        case 'subscript':
            return generic(e, scope, ctx, depth);
        case 'name':
        case 'attr': {
            const sym = scope.resolve(e);
            if (sym.kind === 'class')
                return classSchema(sym.def, sym.scope, ctx);
            if (sym.kind === 'external') {
                const q = normalize(sym.qualname);
                if (q in FORMATS)
                    return { ...FORMATS[q] };
                if (q in LIST_LIKE)
                    return { ...LIST_LIKE[q], items: {} };
                if (DICT_LIKE.has(q))
                    return { type: 'object', additionalProperties: true };
                if (TUPLE_LIKE.has(q))
                    return { type: 'array', items: {} };
                if (q === 'typing.Optional' || q === 'typing.Union')
                    throw new Unsupported(q);
                if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:'))
                    throw new Unevaluable(q);
                throw new Unsupported(q.replace(/^builtins\./, ''));
            }
            if (sym.kind === 'value') {
                // A type alias: `Numbers = list[int]`.
                return sub(sym.expr);
            }
            if (sym.kind === 'unknown')
                throw new Unevaluable(describe(e));
            throw new Unsupported(describe(e));
        }
        default:
            throw new Unsupported(describe(e));
    }
}
function generic(e, scope, ctx, depth) {
    const sub = (x) => annotationSchema(x, scope, ctx, depth + 1);
    const base = scope.resolve(e.value);
    if (base.kind !== 'external') {
        if (base.kind === 'unknown')
            throw new Unevaluable(describe(e.value));
        throw new Unsupported(describe(e.value));
    }
    const q = normalize(base.qualname);
    const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
    if (q in LIST_LIKE)
        return { ...LIST_LIKE[q], items: sub(args[0]) };
    if (DICT_LIKE.has(q)) {
        const value = sub(args[1] ?? { k: 'name', id: 'Any' });
        const key = sub(args[0]);
        if (Object.keys(key).length && !(key.type === 'string' && Object.keys(key).length === 1)) {
            if (!(key.type === 'integer' && Object.keys(key).length === 1))
                throw new Unsupported('dict key type');
        }
        return { type: 'object', additionalProperties: Object.keys(value).length ? value : true };
    }
    if (TUPLE_LIKE.has(q)) {
        if (args.length === 2 && args[1].k === 'ellipsis')
            return { type: 'array', items: sub(args[0]) };
        if (e.index.k === 'tuple' && e.index.elts.length === 0)
            return { type: 'array', maxItems: 0 };
        const items = args.map(sub);
        return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    switch (q) {
        case 'typing.Optional':
            return union([args[0], { k: 'none' }], scope, ctx, depth);
        case 'typing.Union':
            return union(args, scope, ctx, depth);
        case 'typing.Annotated':
        case 'typing_extensions.Annotated':
            if (args.slice(1).some((a) => a.k === 'call'))
                throw new Unsupported('Annotated with constraints');
            return sub(args[0]);
        case 'typing.Literal':
        case 'typing_extensions.Literal':
            return literal(args.flatMap((a) => (a.k === 'subscript' ? [] : [a])), scope);
    }
    if (!KNOWN_MODULES.includes(q.split('.')[0]) && !q.startsWith('repo:'))
        throw new Unevaluable(q);
    throw new Unsupported(describe(e));
}
function union(options, scope, ctx, depth) {
    const flat = options.flatMap((o) => flattenUnion(o, scope));
    const schemas = [];
    const seen = new Set();
    for (const o of flat) {
        const s = annotationSchema(o, scope, ctx, depth + 1);
        const key = JSON.stringify(s);
        if (seen.has(key))
            continue;
        seen.add(key);
        schemas.push(s);
    }
    if (schemas.length === 1)
        return schemas[0];
    return { anyOf: schemas };
}
/** Flattens nested Optional/Union/`|` the way typing does. */
function flattenUnion(e, scope) {
    if (e.k === 'binop' && e.op === '|')
        return [...flattenUnion(e.left, scope), ...flattenUnion(e.right, scope)];
    if (e.k === 'str' && !e.bytes && !e.fstring)
        return flattenUnion(parseAnnotationString(e.value), scope);
    if (e.k === 'subscript') {
        const base = scope.resolve(e.value);
        if (base.kind === 'external') {
            const q = normalize(base.qualname);
            const args = e.index.k === 'tuple' ? e.index.elts : [e.index];
            if (q === 'typing.Union')
                return args.flatMap((a) => flattenUnion(a, scope));
            if (q === 'typing.Optional')
                return [...flattenUnion(args[0], scope), { k: 'none' }];
        }
    }
    return [e];
}
function flattenOr(e) {
    return e.k === 'binop' && e.op === '|' ? [...flattenOr(e.left), ...flattenOr(e.right)] : [e];
}
function literal(args, scope) {
    const values = [];
    for (const a of args) {
        const v = evaluate(a, scope);
        if (!isJson(v) || (v !== null && typeof v === 'object'))
            throw new Unsupported('Literal value');
        values.push(v);
    }
    const types = new Set(values.map(jsonType));
    const out = values.length === 1 ? { const: values[0] } : { enum: values };
    if (types.size === 1 && !types.has('null'))
        out.type = [...types][0];
    return out;
}
function jsonType(v) {
    if (v === null)
        return 'null';
    if (typeof v === 'boolean')
        return 'boolean';
    if (typeof v === 'number')
        return Number.isInteger(v) ? 'integer' : 'number';
    if (typeof v === 'string')
        return 'string';
    return 'object';
}
// --- classes: Enum, pydantic BaseModel, dataclass ------------------------------
function classSchema(def, scope, ctx) {
    const kind = classKind(def, scope, new Set());
    if (kind === 'enum')
        return ctx.ref(def, () => enumSchema(def, scope));
    if (kind === 'model' || kind === 'dataclass')
        return ctx.ref(def, () => modelSchema(def, scope, ctx, kind));
    // Other classes validate by isinstance, which Prefect's schema shows as `{}`.
    return {};
}
function classKind(def, scope, seen) {
    if (seen.has(def))
        return 'plain';
    seen.add(def);
    for (const d of def.decorators) {
        const target = d.k === 'call' ? d.func : d;
        const sym = scope.resolve(target);
        if (sym.kind === 'external' && ['dataclasses.dataclass', 'pydantic.dataclasses.dataclass'].includes(sym.qualname))
            return 'dataclass';
    }
    for (const base of def.bases) {
        const sym = scope.resolve(base);
        if (sym.kind === 'external') {
            if (/^enum\.(Enum|IntEnum|StrEnum|Flag|IntFlag)$/.test(sym.qualname))
                return 'enum';
            if (sym.qualname === 'pydantic.BaseModel' || sym.qualname === 'pydantic.main.BaseModel')
                return 'model';
        }
        else if (sym.kind === 'class') {
            const k = classKind(sym.def, sym.scope, seen);
            if (k !== 'plain')
                return k;
        }
    }
    return 'plain';
}
function enumSchema(def, scope) {
    const values = [];
    for (const stmt of def.body) {
        if (stmt.kind !== 'assign' || !stmt.value || stmt.annotation || stmt.targets[0].startsWith('_'))
            continue;
        const v = evaluate(stmt.value, scope);
        if (!isJson(v))
            throw new Unsupported(`enum ${def.name}`);
        values.push(v);
    }
    const out = { enum: values, title: def.name };
    const types = new Set(values.map(jsonType));
    if (types.size === 1 && ['string', 'integer', 'number'].includes([...types][0]))
        out.type = [...types][0];
    else if ([...types].every((t) => t === 'integer' || t === 'number') && types.size)
        out.type = 'number';
    if (def.docstring)
        out.description = cleandoc(def.docstring);
    return out;
}
function modelSchema(def, scope, ctx, kind) {
    const properties = {};
    const required = [];
    for (const [name, field] of modelFields(def, scope, new Set())) {
        const annotation = annotationSchema(field.annotation, field.scope, ctx, 0);
        const prop = { ...annotation };
        // pydantic leaves the generated title off a field whose schema is a `$ref` or `anyOf` of refs.
        const title = field.title ?? (annotation.$ref === undefined ? pyTitle(name) : undefined);
        if (title !== undefined && !(annotation.anyOf && refOnly(annotation)))
            prop.title = title;
        if (field.description !== undefined)
            prop.description = field.description;
        if (field.hasDefault) {
            if (field.default === UNKNOWN)
                throw new Unsupported(`default of ${def.name}.${name}`);
            prop.default = field.default;
        }
        else {
            required.push(name);
        }
        properties[name] = prop;
    }
    const out = { properties, title: def.name, type: 'object' };
    if (required.length)
        out.required = required;
    if (def.docstring && kind === 'model')
        out.description = cleandoc(def.docstring);
    return out;
}
function refOnly(s) {
    return Array.isArray(s.anyOf) && s.anyOf.some((x) => x !== null && typeof x === 'object' && '$ref' in x);
}
function modelFields(def, scope, seen) {
    const fields = new Map();
    if (seen.has(def))
        return fields;
    seen.add(def);
    for (const base of def.bases) {
        const sym = scope.resolve(base);
        if (sym.kind === 'class')
            for (const [k, v] of modelFields(sym.def, sym.scope, seen))
                fields.set(k, v);
    }
    for (const stmt of def.body) {
        if (stmt.kind !== 'assign' || !stmt.annotation || stmt.targets[0].startsWith('_'))
            continue;
        const ann = stmt.annotation;
        const annSym = ann.k === 'subscript' ? scope.resolve(ann.value) : scope.resolve(ann);
        if (annSym.kind === 'external' && annSym.qualname === 'typing.ClassVar')
            continue;
        const field = { annotation: ann, scope, hasDefault: stmt.value !== undefined, default: UNKNOWN };
        if (stmt.value) {
            const v = evaluate(stmt.value, scope);
            if (isFieldDefault(v)) {
                field.description = v.description;
                field.title = v.title;
                field.hasDefault = v.default !== REQUIRED;
                field.default = v.default;
            }
            else {
                field.default = v;
            }
        }
        fields.set(stmt.targets[0], field);
    }
    return fields;
}
/** Python's `str.title()` with `_` turned into spaces, as pydantic titles fields. */
function pyTitle(name) {
    const titled = name.replace(/[\p{L}]+/gu, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
    return titled.replace(/_/g, ' ');
}
function normalize(qualname) {
    return qualname
        .replace(/^typing_extensions\./, 'typing.')
        .replace(/^collections\.abc\.(Sequence|Mapping)$/, 'typing.$1')
        .replace(/^pydantic\.main\./, 'pydantic.');
}
function describe(e) {
    switch (e.k) {
        case 'name':
            return e.id;
        case 'attr':
            return `${describe(e.value)}.${e.attr}`;
        case 'subscript':
            return `${describe(e.value)}[...]`;
        default:
            return e.k;
    }
}
function parseAnnotationString(source) {
    return parseExpression(source.trim());
}

;// CONCATENATED MODULE: ./src/flows/read.ts
/**
 * Reads a flow from its entrypoint without Python: the flow name and description
 * Prefect computes, and its parameter schema. Each file is parsed once.
 */








const read_BANNED_NAME_CHARACTERS = ['/', '%', '&', '>', '<'];
const FLOW_DECORATORS = new Set(['prefect.flow', 'prefect.flows.flow']);
class FlowReader {
    root;
    scopes = new Map();
    results = new Map();
    /** Module lookups by (level, name, importing folder): each probes the disk once. */
    moduleFiles = new Map();
    constructor(root) {
        this.root = root;
    }
    read(entrypoint) {
        let result = this.results.get(entrypoint);
        if (!result) {
            result = this.readUncached(entrypoint);
            this.results.set(entrypoint, result);
        }
        return result;
    }
    readUncached(entrypoint) {
        const located = this.locate(entrypoint);
        if ('message' in located)
            return { ok: false, message: located.message };
        const { file, functionName } = located;
        const rel = external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/');
        const scope = this.scopeOf(file);
        if (scope instanceof PythonSyntaxError) {
            return { ok: false, message: `${rel}:${scope.line}:${scope.col}: Python syntax error: ${scope.message}` };
        }
        if (!scope)
            return { ok: false, message: `entrypoint file ${rel} does not exist` };
        const fn = scope.module.body.find((s) => s.kind === 'def' && s.name === functionName);
        if (!fn) {
            const names = scope.module.body.filter((s) => s.kind === 'def').map((s) => s.name);
            const flows = scope.module.body.filter((s) => s.kind === 'def' && flowDecorator(s, scope) !== undefined).map((s) => s.name);
            const hint = closest(functionName, names);
            const suggestion = hint ? ` (did you mean '${hint}'?)` : flows.length ? ` (flows in it: ${flows.join(', ')})` : '';
            return { ok: false, message: `function '${functionName}' not found in ${rel}${suggestion}` };
        }
        const decorator = flowDecorator(fn, scope);
        if (decorator === undefined) {
            return { ok: false, message: `function '${functionName}' in ${rel}:${fn.line} is not decorated with @flow` };
        }
        let name = fn.name.replace(/_/g, '-');
        let description = fn.docstring === undefined ? null : cleandoc(fn.docstring) || null;
        for (const kw of decorator) {
            if (kw.name === 'name') {
                const v = evaluate(kw.value, scope);
                if (typeof v !== 'string')
                    return { ok: false, message: `the flow name of '${functionName}' in ${rel}:${fn.line} is computed at import time and cannot be read; use a string literal in @flow(name=...)` };
                if (v)
                    name = v;
            }
            if (kw.name === 'description') {
                const v = evaluate(kw.value, scope);
                if (typeof v === 'string' && v)
                    description = v;
            }
        }
        const banned = read_BANNED_NAME_CHARACTERS.filter((c) => name.includes(c));
        if (banned.length) {
            return { ok: false, message: `flow name '${name}' (${rel}:${fn.line}) contains ${banned.map((c) => `'${c}'`).join(', ')}; Prefect rejects names with any of / % & > <` };
        }
        const { schema, notes } = parameterSchema(fn, scope);
        return {
            ok: true,
            flow: {
                name,
                description,
                parameterSchema: schema,
                notes,
                acceptsAnyParameter: fn.params.some((p) => p.kind === 'varkw'),
                file: rel,
                functionName,
            },
        };
    }
    /** Why a script path (relative to the root, like `infrastructure/ecs-task-dev.py`) cannot be run, if it cannot. */
    scriptError(script) {
        const file = external_node_path_default().resolve(this.root, script);
        if (!read_isInside(this.root, file))
            return `block script '${script}' points outside the repository`;
        if (!isFile(file))
            return `block script '${script}' does not exist`;
        if (!script.endsWith('.py'))
            return `block script '${script}' is not a Python file (.py)`;
        return undefined;
    }
    /** `path/to/file.py:function` or the module form `package.module.function`. */
    locate(entrypoint) {
        const colon = entrypoint.lastIndexOf(':');
        if (colon > 0) {
            const file = external_node_path_default().resolve(this.root, entrypoint.slice(0, colon));
            const functionName = entrypoint.slice(colon + 1);
            if (!/^[A-Za-z_]\w*$/.test(functionName)) {
                return { message: `entrypoint '${entrypoint}' must name a function after ':' (path/to/file.py:function)` };
            }
            if (!read_isInside(this.root, file))
                return { message: `entrypoint '${entrypoint}' points outside the repository` };
            if (!isFile(file))
                return { message: `entrypoint file ${entrypoint.slice(0, colon)} does not exist` };
            return { file, functionName };
        }
        const dot = entrypoint.lastIndexOf('.');
        if (dot > 0 && /^[\w.]+$/.test(entrypoint)) {
            const module = entrypoint.slice(0, dot);
            const file = this.moduleFile(module, 0, external_node_path_default().join(this.root, '__main__.py'));
            if (!file)
                return { message: `module '${module}' of entrypoint '${entrypoint}' not found in the repository` };
            return { file, functionName: entrypoint.slice(dot + 1) };
        }
        return { message: `entrypoint '${entrypoint}' must be 'path/to/file.py:function' or 'package.module.function'` };
    }
    scopeOf(file) {
        let scope = this.scopes.get(file);
        if (scope === undefined) {
            if (!isFile(file)) {
                scope = null;
            }
            else {
                try {
                    const module = parseModule((0,external_node_fs_.readFileSync)(file, 'utf8'));
                    scope = new Scope(module, file, (name, level, from) => this.loadModule(name, level, from));
                }
                catch (e) {
                    if (!(e instanceof PythonSyntaxError))
                        throw e;
                    scope = e;
                }
            }
            this.scopes.set(file, scope);
        }
        return scope;
    }
    loadModule(name, level, fromFile) {
        const file = level === -1 ? name : this.moduleFile(name, level, fromFile);
        if (!file)
            return undefined;
        const scope = this.scopeOf(file);
        return scope instanceof Scope ? scope : undefined;
    }
    /** Where Python would find a module of the repository: relative imports, the script's folder, the root. */
    moduleFile(name, level, fromFile) {
        const key = `${level}|${name}|${external_node_path_default().dirname(fromFile)}`;
        if (!this.moduleFiles.has(key))
            this.moduleFiles.set(key, this.findModuleFile(name, level, fromFile));
        return this.moduleFiles.get(key);
    }
    findModuleFile(name, level, fromFile) {
        const parts = name ? name.split('.') : [];
        const bases = [];
        if (level > 0) {
            let dir = external_node_path_default().dirname(fromFile);
            for (let i = 1; i < level; i++)
                dir = external_node_path_default().dirname(dir);
            bases.push(dir);
        }
        else {
            bases.push(external_node_path_default().dirname(fromFile), this.root);
        }
        for (const base of bases) {
            const stem = external_node_path_default().join(base, ...parts);
            if (!read_isInside(this.root, stem))
                continue;
            for (const candidate of [`${stem}.py`, external_node_path_default().join(stem, '__init__.py')])
                if (isFile(candidate))
                    return candidate;
        }
        return undefined;
    }
}
/** The keyword arguments of the function's `@flow` decorator, or undefined when it has none. */
function flowDecorator(fn, scope) {
    for (const d of fn.decorators) {
        const target = d.k === 'call' ? d.func : d;
        const sym = scope.resolve(target);
        if (sym.kind === 'external' && FLOW_DECORATORS.has(sym.qualname))
            return d.k === 'call' ? d.kwargs : [];
    }
    return undefined;
}
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function read_isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}

;// CONCATENATED MODULE: ./src/commands/validate.ts
/** `validate`: load the environment's deployments file and check everything, writing nothing. */




function runValidate(settings) {
    const located = locateDeploymentsFile(settings);
    const reader = new FlowReader(settings.root);
    const validated = validateFile(located.display, readDeploymentsFile(located, settings.root), reader, {
        sha: settings.sha,
        env: settings.environment,
        vars: settings.env,
    });
    const all = sortDiagnostics(applyStrict(validated.diagnostics, settings.strict));
    const errors = all.filter((d) => d.severity === 'error');
    return {
        file: located.display,
        valid: errors.length === 0,
        errors,
        warnings: all.filter((d) => d.severity === 'warning'),
        deployments: validated.file.deployments.map((d) => ({
            name: d.name,
            flow: validated.flows.get(d)?.name ?? null,
            entrypoint: d.entrypoint,
        })),
        validated,
    };
}
/** The `--json` document of the CLI contract. */
function validateJson(report) {
    const strip = ({ file, line, column, message }) => ({ file, line, column, message });
    return JSON.stringify({ valid: report.valid, errors: report.errors.map(strip), warnings: report.warnings.map(strip), deployments: report.deployments }, null, 2);
}

;// CONCATENATED MODULE: ./src/plan/fill.ts
/**
 * Deploy-time templates, filled as `prefect deploy` fills them once its build and
 * push steps ran: `{{ image }}` and the image stage's outputs (also under a docker
 * step's id: `{{ build-image.tag }}`), run_shell_script outputs
 * (`{{ get-commit-hash.stdout }}`), Prefect variables and blocks. A value that is one
 * whole template takes the value's own type; inside text, Python's `str()` of it.
 * Values from variables and blocks are secret-bearing.
 */




/** The outputs a deployment's build and push steps give, by step id and bare, as prefect deploy accumulates them. */
function stepOutputs(steps, ctx) {
    const out = {};
    for (const step of steps) {
        let result;
        if (step.fn === DOCKER_BUILD || step.fn === DOCKER_PUSH) {
            if (!ctx.image)
                continue;
            const colon = ctx.image.lastIndexOf(':');
            const [name, sha] = colon > ctx.image.lastIndexOf('/') ? [ctx.image.slice(0, colon), ctx.image.slice(colon + 1)] : [ctx.image, 'latest'];
            // The step's own tag, once the image stage pushed it too; else the commit SHA the image is under.
            const given = typeof step.inputs.tag === 'string' ? replaceTemplates(step.inputs.tag, (expr, text) => String(at(out, expr) ?? text)) : undefined;
            const tag = given && ctx.imageTags?.includes(given) ? given : sha;
            result = { image_name: name, tag, image: `${name}:${tag}`, additional_tags: [] };
            if (step.fn === DOCKER_BUILD)
                result.image_id = ctx.imageDigest ?? ctx.image;
        }
        else if (step.fn === SHELL) {
            result = ctx.shellOutputs.get(step.node);
        }
        if (!result)
            continue;
        if (step.id)
            out[step.id] = result;
        Object.assign(out, result);
    }
    return out;
}
/** A value at a dotted path (`a.b[0].c`), as Prefect's get_from_dict reads it; undefined when absent. */
function at(data, path) {
    let v = data;
    for (const part of path.match(/[^.[\]]+/g) ?? []) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[part];
    }
    return v;
}
/** `prefect.blocks.<type>.<name>[.path]`: a system block's lone `value` is the value, as Prefect resolves it. */
function blockValue(expr, blocks) {
    const [type, name, ...rest] = expr.slice('prefect.blocks.'.length).split('.');
    const data = blocks[`${type}.${name}`];
    if (!data)
        return { found: false };
    const path = rest.join('.');
    const lone = Object.keys(data).length === 1 && 'value' in data && !(path === 'value' || path.startsWith('value.') || path.startsWith('value['));
    const base = lone ? data.value : data;
    const value = path ? at(base, path) : base;
    return value === undefined ? { found: false } : { found: true, value };
}
/** Fills deploy-time templates in every string of a value; `outputs` are the step outputs. */
function fillTemplates(value, ctx, problems, outputs = {}, mode = 'deploy') {
    const pull = mode === 'pull';
    if (typeof value === 'string') {
        const resolve = (expr, text) => {
            if (mode === 'trigger-parameters' && !expr.startsWith('prefect.'))
                return { keep: true };
            // A docker step's outputs first (its own tag), else the image stage's image.
            const output = at(outputs, expr);
            if (output !== undefined)
                return { value: output };
            if (expr === 'image' || expr === 'build-image.image') {
                if (ctx.image)
                    return { value: ctx.image };
                if (pull)
                    return { keep: true };
                problems.push(`${text} needs the image: run with the image stage, or pass --image`);
                return { keep: true };
            }
            if (expr === 'image_digest') {
                if (ctx.imageDigest)
                    return { value: ctx.imageDigest };
                if (pull)
                    return { keep: true };
                problems.push(`${text} needs the image digest: run with the image stage`);
                return { keep: true };
            }
            if (pull || expr.startsWith('ctx.'))
                return { keep: true };
            if (expr.startsWith('prefect.variables.')) {
                const name = expr.slice('prefect.variables.'.length);
                if (!(name in ctx.variables)) {
                    problems.push(`Prefect variable '${name}' does not exist`);
                    return { keep: true };
                }
                markSecret(ctx.variables[name]);
                return { value: ctx.variables[name] };
            }
            if (expr.startsWith('prefect.blocks.')) {
                const block = blockValue(expr, ctx.blocks);
                if (!block.found) {
                    problems.push(`${text}: the block document (or the field) does not exist`);
                    return { keep: true };
                }
                markSecret(block.value);
                return { value: block.value };
            }
            if (mode === 'deploy' && /^[\w-]+\.[\w.-]+$/.test(expr) && !expr.startsWith('prefect.')) {
                problems.push(`${text} needs its step's output: a docker step's outputs are the image stage's image (give --repository, an ECR image name in the step, or --image); a run_shell_script step's come from running it`);
                return { keep: true };
            }
            return { keep: true };
        };
        let whole;
        const filled = replaceTemplates(value, (expr, text) => {
            const r = resolve(expr, text);
            if (text === value)
                whole = r;
            if (r.keep)
                return text;
            if (typeof r.value === 'object' && r.value !== null && text !== value)
                problems.push(`${text} is a list or mapping: it can stand only as a whole value, not inside text`);
            return pythonStr(r.value);
        });
        // A value that is only a template takes the value's own type, as in Prefect.
        if (whole && !whole.keep)
            return whole.value;
        return filled;
    }
    if (Array.isArray(value))
        return value.map((v) => fillTemplates(v, ctx, problems, outputs, mode));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillTemplates(v, ctx, problems, outputs, mode)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/plan/state.ts
/**
 * A deployment as Prefect stores it, in one normalized shape for both sides of a
 * plan: desired (from the file) and live (from the API). Server defaults are
 * applied on both sides so that equal means "a write would change nothing".
 */
/** The fields a plan compares, in the order changes are shown. */
const COMPARED_FIELDS = [
    'version',
    'description',
    'entrypoint',
    'path',
    'parameters',
    'parameter_openapi_schema',
    'enforce_parameter_schema',
    'schedules',
    'tags',
    'labels',
    'work_pool_name',
    'work_queue_name',
    'infrastructure_document_id',
    'job_variables',
    'pull_steps',
    'concurrency_limit',
    'concurrency_options',
    'paused',
];
const LABEL_PREFIX = 'prefect-ecr-deploy.';
function deploymentKey(flowName, name) {
    return `${flowName}/${name}`;
}

;// CONCATENATED MODULE: ./src/plan/desired.ts
/**
 * Desired state: what `prefect deploy` would register for each deployment of the
 * file, with the commit SHA as the version. Pure: the file, the flows read from
 * source, and a context in; normalized states out.
 */





/**
 * The names `{{ prefect.variables.<name> }}` refers to, and the `<type>.<name>` block
 * documents `{{ prefect.blocks.<type>.<name>... }}` refers to, outside pull steps
 * (which keep them for run time). Block data's own references are not values.
 */
function referencedValues(file) {
    const variables = new Set();
    const blocks = new Set();
    const visit = (v) => {
        if (typeof v === 'string') {
            for (const t of placeholdersIn(v)) {
                if (t.expr.startsWith('prefect.variables.'))
                    variables.add(t.expr.slice('prefect.variables.'.length));
                if (t.expr.startsWith('prefect.blocks.'))
                    blocks.add(t.expr.slice('prefect.blocks.'.length).split('.').slice(0, 2).join('.'));
            }
        }
        if (Array.isArray(v))
            v.forEach(visit);
        else if (v && typeof v === 'object')
            Object.values(v).forEach(visit);
    };
    for (const d of file.file.deployments) {
        const { pull: _pull, node: _node, build: _build, push: _push, triggers, sla: _sla, ...rest } = d;
        visit(rest);
        visit(triggers.map((t) => t.spec));
    }
    for (const b of file.file.blocks) {
        const references = referencesOf(b);
        visit(Object.entries(b.data).filter(([field]) => !references.has(field)));
    }
    return { variables: [...variables].sort(), blocks: [...blocks].sort() };
}
function buildDesired(file, ctx) {
    const desired = [];
    const errors = [];
    for (const spec of file.file.deployments) {
        const flow = file.flows.get(spec);
        if (!flow)
            continue;
        const problems = [];
        const outputs = stepOutputs([...spec.build, ...spec.push], ctx);
        const fill = (value) => fillTemplates(value, ctx, problems, outputs);
        const labels = { [`${LABEL_PREFIX}managed`]: 'true' };
        if (ctx.environment)
            labels[`${LABEL_PREFIX}environment`] = ctx.environment;
        if (ctx.repository)
            labels[`${LABEL_PREFIX}repository`] = ctx.repository;
        const jobVariables = fill(spec.workPool?.jobVariables ?? {});
        const filledVersion = spec.version !== undefined ? fill(spec.version) : undefined;
        const version = filledVersion || ctx.sha;
        const description = spec.description !== undefined ? fill(spec.description) : undefined;
        // prefect deploy types tags once filled: text becomes its characters, items become text.
        const tags = nonEmptyStrings(fill(spec.tags));
        if (!tags)
            problems.push('tags must be a list (or text, which Prefect splits into characters)');
        const state = {
            name: spec.name,
            flowName: flow.name,
            version,
            description: description || flow.description,
            parameters: fill(spec.parameters),
            parameter_openapi_schema: flow.parameterSchema,
            enforce_parameter_schema: spec.enforceParameterSchema ?? ctx.enforceParameterSchemaDefault,
            schedules: spec.schedules.map((s) => scheduleState(s, fill, problems)),
            tags: tags ?? [],
            labels,
            work_pool_name: spec.workPool?.name !== undefined ? fill(spec.workPool.name) : null,
            work_queue_name: spec.workPool?.workQueueName !== undefined ? fill(spec.workPool.workQueueName) : 'default',
            // Resolved from `ib-block` against the server (Prefect 2), after this pure step.
            infrastructure_document_id: null,
            job_variables: jobVariables,
            entrypoint: spec.entrypoint,
            path: null,
            // Pull steps keep their templates for run time; build step outputs are filled, as prefect deploy fills them.
            pull_steps: spec.pull ? fillTemplates(spec.pull, ctx, problems, outputs, 'pull') : defaultPull(ctx, jobVariables),
            concurrency_limit: spec.concurrencyLimit ?? null,
            concurrency_options: spec.concurrencyOptions
                ? { collision_strategy: spec.concurrencyOptions.collision_strategy, grace_period_seconds: spec.concurrencyOptions.grace_period_seconds ?? null }
                : null,
            paused: spec.paused ?? false,
        };
        if (problems.length) {
            for (const message of new Set(problems))
                errors.push({ deployment: spec.name, message });
            continue;
        }
        desired.push({ key: deploymentKey(flow.name, spec.name), state, versionInfo: versionInfo(spec, version, ctx), spec });
    }
    return { desired, errors };
}
/**
 * Without a pull section, prefect deploy changes into the directory it ran in; with an
 * image that directory is not in the image, so the image's working directory is used.
 */
function defaultPull(ctx, jobVariables) {
    return pullInto(ctx.image || ctx.imageConfigured || 'image' in jobVariables ? ctx.workdir : ctx.root);
}
const pullInto = (directory) => [{ 'prefect.deployments.steps.set_working_directory': { directory } }];
/** The version information: the commit, unless the file asks for `prefect:simple` (or a CI service not here). */
function versionInfo(spec, version, ctx) {
    if (spec.versionType && spec.versionType !== 'vcs:github' && spec.versionType !== 'vcs:git')
        return { type: 'prefect:simple', version };
    const info = { type: ctx.versionType, version, commit_sha: ctx.sha };
    if (ctx.branch)
        info.branch = ctx.branch;
    if (ctx.repository)
        info.repository = ctx.repository;
    if (ctx.commitUrl)
        info.url = ctx.commitUrl;
    return info;
}
function scheduleState(s, fill, problems) {
    const flag = (raw, name, fallback) => {
        if (raw === undefined)
            return fallback;
        const v = laxBool(fill(raw));
        if (v === undefined)
            problems.push(`a schedule's ${name} is not true or false once filled`);
        return v ?? fallback;
    };
    const common = { active: flag(s.active, 'active', true), parameters: fill(s.parameters), slug: s.slug ?? null };
    if (s.cron !== undefined)
        return { schedule: { cron: fill(s.cron), timezone: s.timezone ?? null, day_or: flag(s.dayOr, 'day_or', true) }, ...common };
    if (s.interval !== undefined) {
        const schedule = { interval: s.interval, timezone: s.timezone ?? 'UTC' };
        if (s.anchorDate !== undefined)
            schedule.anchor_date = s.anchorDate;
        return { schedule, ...common };
    }
    return { schedule: { rrule: fill(s.rrule ?? ''), timezone: s.timezone ?? 'UTC' }, ...common };
}
/**
 * Where the work pool has an `image` variable: `job_variables.image` when the file sets
 * none, and without a pull section, the image's working directory (its runs start in a
 * container, where the directory prefect deploy ran in does not exist).
 */
function withPoolImage(desired, poolVariables, image, workdir) {
    return desired.map((d) => {
        const pool = d.state.work_pool_name ? poolVariables.get(d.state.work_pool_name) : undefined;
        if (!pool?.variables.includes('image'))
            return d;
        const state = { ...d.state };
        if (image && !('image' in state.job_variables))
            state.job_variables = { ...state.job_variables, image };
        if (!d.spec.pull)
            state.pull_steps = pullInto(workdir);
        return { ...d, state };
    });
}

// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(9809);
;// CONCATENATED MODULE: ./src/prefect/limiter.ts
/**
 * An adaptive limit on requests in flight (additive increase, multiplicative
 * decrease): halved when the server says it is overloaded (503, 429), raised by
 * one after a window of successes, never above the configured maximum. SQLite
 * servers answer 503 to concurrent writes; Cloud answers 429 when rate limited.
 */
class AdaptiveLimit {
    max;
    limit;
    inFlight = 0;
    successes = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
        this.limit = max;
    }
    get current() {
        return this.limit;
    }
    async acquire() {
        while (this.inFlight >= this.limit)
            await new Promise((resolve) => this.waiting.push(resolve));
        this.inFlight++;
    }
    release(outcome) {
        this.inFlight--;
        if (outcome === 'overloaded') {
            this.limit = Math.max(1, Math.floor(this.limit / 2));
            this.successes = 0;
        }
        else if (outcome === 'ok' && this.limit < this.max && ++this.successes >= this.limit * 4) {
            this.limit++;
            this.successes = 0;
        }
        // Each woken request checks the limit again before it goes.
        for (let free = this.limit - this.inFlight; free > 0 && this.waiting.length; free--)
            this.waiting.shift()();
    }
}

;// CONCATENATED MODULE: ./src/prefect/client.ts
/**
 * The Prefect REST client: plain fetch, auth (Cloud API key or self-hosted auth
 * string), CSRF tokens when the server asks for them, retries on 408/429/5xx and
 * connection errors with Retry-After and jittered backoff, bounded in attempts and
 * time, and a timeout per request. Request bodies never appear in errors.
 */



class PrefectApiError extends errors/* Failure */.HR {
    method;
    path;
    status;
    detail;
    constructor(method, path, status, detail) {
        super(`${method} ${path}: ${status === undefined ? '' : `${status} `}${detail}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
    }
}
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
class PrefectClient {
    options;
    base;
    headers;
    csrf;
    clientId = `prefect-ecr-deploy-${Math.random().toString(36).slice(2)}`;
    version;
    limit;
    constructor(options) {
        this.options = options;
        this.base = options.apiUrl.replace(/\/+$/, '');
        this.headers = { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'prefect-ecr-deploy' };
        this.limit = new AdaptiveLimit(options.maxConcurrency ?? 8);
        if (options.apiKey)
            this.headers.authorization = `Bearer ${options.apiKey}`;
        else if (options.authString)
            this.headers.authorization = `Basic ${Buffer.from(options.authString).toString('base64')}`;
    }
    get apiUrl() {
        return this.base;
    }
    /** The server's Prefect version (`GET /admin/version`); Prefect Cloud, which has no such route, counts as the newest. */
    serverVersion() {
        this.version ??= this.request('GET', '/admin/version').then((v) => v, (e) => {
            if (e instanceof PrefectApiError && e.status === 404)
                return 'cloud';
            throw e;
        });
        return this.version;
    }
    async request(method, path, body) {
        const maxAttempts = this.options.maxAttempts ?? 10;
        const maxRetryMs = this.options.maxRetryMs ?? 120_000;
        const started = Date.now();
        for (let attempt = 1;; attempt++) {
            let reason;
            let retryAfterMs;
            try {
                const headers = { ...this.headers };
                if (method !== 'GET')
                    Object.assign(headers, await this.csrfHeaders());
                await this.limit.acquire();
                let response;
                let text;
                try {
                    response = await fetch(this.base + path, {
                        method,
                        headers,
                        body: body === undefined ? undefined : JSON.stringify(body),
                        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
                    });
                    text = await response.text();
                    this.limit.release(response.ok ? 'ok' : response.status === 503 || response.status === 429 ? 'overloaded' : 'other');
                }
                catch (e) {
                    this.limit.release('other');
                    throw e;
                }
                if (response.ok)
                    return (text ? JSON.parse(text) : undefined);
                if (response.status === 403 && /csrf/i.test(text) && attempt === 1) {
                    // The token expired or the server just enabled CSRF protection: fetch a new one once.
                    this.csrf = undefined;
                    reason = 'CSRF token refused';
                }
                else if (RETRY_STATUS.has(response.status)) {
                    reason = `${response.status}`;
                    retryAfterMs = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after'));
                }
                else {
                    throw new PrefectApiError(method, path, response.status, detailOf(response.status, text));
                }
            }
            catch (e) {
                if (e instanceof PrefectApiError)
                    throw e;
                reason = (0,retry/* networkReason */.d8)(e);
            }
            const elapsed = Date.now() - started;
            const backoff = (0,retry/* backoffDelay */.EY)(attempt);
            const delayMs = Math.min(retryAfterMs ?? backoff, Math.max(0, maxRetryMs - elapsed));
            if (attempt >= maxAttempts || elapsed + delayMs >= maxRetryMs) {
                throw new PrefectApiError(method, path, undefined, `gave up after ${attempt} attempt(s) over ${Math.round(elapsed / 1000)} s: ${reason}`);
            }
            this.options.onRetry?.({ method, path, attempt, delayMs, reason });
            await (0,retry/* sleep */.yy)(delayMs);
        }
    }
    /** CSRF headers when the server enables CSRF protection; none when it says it is disabled. */
    async csrfHeaders() {
        this.csrf ??= this.fetchCsrfToken();
        let token = await this.csrf;
        if (token && token.expires - Date.now() < 30_000) {
            this.csrf = this.fetchCsrfToken();
            token = await this.csrf;
        }
        return token ? { 'Prefect-Csrf-Token': token.token, 'Prefect-Csrf-Client': this.clientId } : {};
    }
    async fetchCsrfToken() {
        try {
            const r = await this.request('GET', `/csrf-token?client=${encodeURIComponent(this.clientId)}`);
            if (!r?.token)
                return null;
            return { token: r.token, expires: Date.parse(r.expiration ?? '') || Date.now() + 3_600_000 };
        }
        catch (e) {
            // Servers without CSRF protection answer 422 "CSRF protection is disabled"; Cloud has no route.
            if (e instanceof PrefectApiError && (e.status === 422 || e.status === 404))
                return null;
            this.csrf = undefined;
            throw e;
        }
    }
}
/** Prefect's message: `detail`, or `exception_detail` for 422 (never `request_body`, which echoes what was sent). */
function detailOf(status, text) {
    try {
        const body = JSON.parse(text);
        if (Array.isArray(body.exception_detail)) {
            const parts = body.exception_detail.map((d) => `${(d.loc ?? []).join('.')}: ${d.msg ?? ''}`);
            return `${body.exception_message ?? 'invalid request'} ${parts.join('; ')}`.trim();
        }
        if (typeof body.detail === 'string')
            return body.detail;
        if (body.detail !== undefined)
            return JSON.stringify(body.detail).slice(0, 500);
    }
    catch {
        // not JSON
    }
    if (status === 401 || status === 403)
        return 'not authorized: check PREFECT_API_KEY or PREFECT_API_AUTH_STRING';
    return text.slice(0, 200).replace(/\s+/g, ' ') || 'no details';
}

;// CONCATENATED MODULE: ./src/prefect/blocks.ts
/**
 * Block types, schemas and documents over the REST API. Block data can hold secrets
 * and a 422 echoes the request body, so no error from a block write carries a
 * response body: only the method, route and status.
 */

/** Collections that register the block types teams name most. */
const REGISTERED_BY = {
    'ecs-task': 'prefect_aws.ecs',
    'aws-credentials': 'prefect_aws',
    'aws-secret': 'prefect_aws',
    's3-bucket': 'prefect_aws',
    'docker-container': 'prefect_docker',
    'docker-registry-credentials': 'prefect_docker',
    'kubernetes-job': 'prefect_kubernetes',
    'cloud-run-job': 'prefect_gcp',
    'gcp-credentials': 'prefect_gcp',
};
function missingTypeMessage(slug) {
    const module = REGISTERED_BY[slug];
    return `block type '${slug}' is not registered on the server${module ? `: run \`prefect block register -m ${module}\`` : ' (register the collection that provides it with `prefect block register -m <module>`)'}`;
}
const isNotFound = (e) => e instanceof PrefectApiError && e.status === 404;
/** A block type with its newest schema, or undefined when the server does not know the slug. */
async function readBlockType(client, slug) {
    let type;
    try {
        type = await client.request('GET', `/block_types/slug/${encodeURIComponent(slug)}`);
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
    // The server lists a type's schemas newest first.
    const schemas = await client.request('POST', '/block_schemas/filter', { block_schemas: { block_type_id: { any_: [type.id] } }, limit: 1 });
    return { id: type.id, slug: type.slug, schema: schemas[0] ? { id: schemas[0].id, fields: schemas[0].fields } : undefined };
}
/** A block document by type slug and name (secrets included when asked, for comparison), or undefined. */
async function readBlockDocument(client, slug, name, includeSecrets) {
    let doc;
    try {
        doc = await client.request('GET', `/block_types/slug/${encodeURIComponent(slug)}/block_documents/name/${encodeURIComponent(name)}?include_secrets=${includeSecrets}`);
    }
    catch (e) {
        if (isNotFound(e))
            return undefined;
        throw e;
    }
    const references = {};
    const data = { ...doc.data };
    // The server inlines each referenced document's data under its field; the reference is what is stored.
    for (const [field, ref] of Object.entries(doc.block_document_references ?? {})) {
        references[field] = ref.block_document.id;
        delete data[field];
    }
    const schema = doc.block_schema ? { id: doc.block_schema.id ?? doc.block_schema_id, fields: doc.block_schema.fields } : undefined;
    return { id: doc.id, data, references, schema };
}
/** Block data as Prefect takes it: each reference as `{"$ref": {"block_document_id": id}}`. */
function withReferences(data, references) {
    const out = { ...data };
    for (const [field, id] of Object.entries(references))
        out[field] = { $ref: { block_document_id: id } };
    return out;
}
async function createBlockDocument(client, block) {
    const body = { name: block.name, block_type_id: block.typeId, block_schema_id: block.schemaId, data: withReferences(block.data, block.references), is_anonymous: false };
    const created = await withoutBody(() => client.request('POST', '/block_documents/', body));
    return created.id;
}
/** Replaces the document's data and references (Prefect merges unless told not to). */
async function updateBlockDocument(client, id, data, references) {
    await withoutBody(() => client.request('PATCH', `/block_documents/${id}`, { data: withReferences(data, references), merge_existing_data: false }));
}
async function withoutBody(write) {
    try {
        return await write();
    }
    catch (e) {
        if (e instanceof PrefectApiError && e.status !== undefined) {
            throw new PrefectApiError(e.method, e.path, e.status, "(the response is not shown: it can echo the block's data)");
        }
        throw e;
    }
}
/** The id of each referenced block document, or the reason it cannot be used. */
async function readBlockDocumentIds(client, refs) {
    const out = new Map();
    for (const ref of refs) {
        const slash = ref.indexOf('/');
        const [slug, name] = [ref.slice(0, slash), ref.slice(slash + 1)];
        if (slash <= 0 || !name) {
            out.set(ref, { error: `ib-block '${ref}' must be <block-type>/<name>, for example ecs-task/dev` });
            continue;
        }
        const doc = await readBlockDocument(client, slug, name, false);
        if (doc)
            out.set(ref, { id: doc.id, schema: doc.schema });
        else
            out.set(ref, { error: (await readBlockType(client, slug)) ? `infrastructure block '${ref}' does not exist` : missingTypeMessage(slug) });
    }
    return out;
}
/**
 * The data of block documents templates reference (`<type>.<name>`), secrets and the
 * documents it references included, as Prefect reads them: `{{ prefect.blocks.secret.x }}`
 * outside pull steps is filled with it, as prefect deploy fills it. Missing documents
 * are absent. Never printed.
 */
async function readBlockValues(client, keys) {
    const out = {};
    await Promise.all(keys.map(async (key) => {
        const dot = key.indexOf('.');
        const route = `/block_types/slug/${encodeURIComponent(key.slice(0, dot))}/block_documents/name/${encodeURIComponent(key.slice(dot + 1))}?include_secrets=true`;
        try {
            out[key] = (await client.request('GET', route)).data;
        }
        catch (e) {
            if (!isNotFound(e))
                throw e;
        }
    }));
    return out;
}

;// CONCATENATED MODULE: ./src/prefect/capabilities.ts
/**
 * Which deployment fields a server accepts, by its version: request bodies forbid
 * unknown fields (422), so every payload is built from these flags. The one place
 * that knows Prefect's version history.
 */

class UnsupportedServer extends errors/* Failure */.HR {
}
function capabilitiesFor(version) {
    if (version === 'cloud')
        return { version, infrastructureBlocks: false, schedules: true, paused: true, jobVariables: true, concurrencyLimit: true, labels: true, scheduleSlug: true, versionInfo: true };
    const v = parseVersion(version);
    if (!v)
        throw new UnsupportedServer(`cannot read the server version '${version}'`);
    const atLeast = (...want) => compare(v, want) >= 0;
    if (!atLeast(2, 14, 0))
        throw new UnsupportedServer(`Prefect ${version} servers are not supported: this tool registers on Prefect 2.14 and newer`);
    return {
        version,
        infrastructureBlocks: !atLeast(3, 0, 0),
        schedules: atLeast(2, 16, 0),
        paused: atLeast(2, 16, 0),
        jobVariables: atLeast(2, 17, 0),
        concurrencyLimit: atLeast(3, 0, 0),
        labels: atLeast(3, 1, 5),
        scheduleSlug: atLeast(3, 2, 0),
        versionInfo: atLeast(3, 3, 6),
    };
}
function parseVersion(text) {
    const m = /^(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
    return m ? m.slice(1, 4).map(Number) : undefined;
}
function compare(a, b) {
    for (let i = 0; i < 3; i++)
        if ((a[i] ?? 0) !== (b[i] ?? 0))
            return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
}

;// CONCATENATED MODULE: ./src/prefect/payloads.ts
/**
 * The complete `POST /deployments/` body. Every field is sent, even when empty:
 * the route upserts, and a field left out keeps its old value.
 */
function deploymentBody(d, flowId, caps, anchors) {
    const s = d.state;
    const body = {
        name: s.name,
        flow_id: flowId,
        version: s.version,
        description: s.description,
        parameters: s.parameters,
        parameter_openapi_schema: s.parameter_openapi_schema,
        enforce_parameter_schema: s.enforce_parameter_schema,
        schedules: schedules(s.schedules, caps, anchors),
        tags: s.tags,
        work_pool_name: s.work_pool_name,
        work_queue_name: s.work_queue_name,
        entrypoint: s.entrypoint,
        path: s.path,
        pull_steps: s.pull_steps,
        storage_document_id: null,
        infrastructure_document_id: s.infrastructure_document_id,
    };
    // Prefect before 2.16 has one schedule and a separate active flag.
    if (!caps.schedules) {
        const list = body.schedules;
        delete body.schedules;
        body.schedule = list[0]?.schedule ?? null;
        body.is_schedule_active = list[0]?.active ?? true;
    }
    if (caps.paused)
        body.paused = s.paused;
    body[caps.jobVariables ? 'job_variables' : 'infra_overrides'] = s.job_variables;
    if (caps.concurrencyLimit) {
        body.concurrency_limit = s.concurrency_limit;
        body.concurrency_options = s.concurrency_options;
    }
    if (caps.labels)
        body.labels = s.labels;
    if (caps.versionInfo)
        body.version_info = d.versionInfo;
    return body;
}
function schedules(list, caps, anchors) {
    return list.map((sch, i) => {
        const schedule = { ...sch.schedule };
        if ('interval' in schedule && schedule.anchor_date === undefined && anchors[i])
            schedule.anchor_date = anchors[i];
        const out = { schedule, active: sch.active };
        if (caps.scheduleSlug) {
            out.parameters = sch.parameters;
            if (sch.slug !== null)
                out.slug = sch.slug;
        }
        return out;
    });
}

;// CONCATENATED MODULE: ./src/plan/apply.ts



/** Runs `task` over `items` with at most `limit` in flight. */
async function mapBounded(items, limit, task) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await task(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}
async function applyPlan(client, entries, flows, caps, options) {
    const writes = entries.filter((e) => e.action === 'create' || e.action === 'update');
    const flowIds = new Map(flows);
    const flowErrors = new Map();
    const missing = [...new Set(writes.map((e) => e.flowName))].filter((f) => !flowIds.has(f));
    await mapBounded(missing, options.concurrency, async (name) => {
        try {
            const flow = await client.request('POST', '/flows/', { name });
            flowIds.set(name, flow.id);
        }
        catch (e) {
            flowErrors.set(name, `creating flow '${name}': ${(0,errors/* errorMessage */.gJ)(e)}`);
        }
    });
    const deletes = await mapBounded(entries.filter((e) => e.action === 'delete'), options.concurrency, async (entry) => {
        let result = { entry, id: entry.id };
        try {
            await client.request('DELETE', `/deployments/${entry.id}`);
        }
        catch (e) {
            // Already gone (a concurrent run deleted it): the goal is met.
            if (!(e instanceof PrefectApiError && e.status === 404))
                result = { entry, error: (0,errors/* errorMessage */.gJ)(e) };
        }
        options.onResult?.(result);
        return result;
    });
    const upserts = await mapBounded(writes, options.concurrency, async (entry) => {
        let result;
        const flowId = flowIds.get(entry.flowName);
        if (!flowId) {
            result = { entry, error: flowErrors.get(entry.flowName) ?? `flow '${entry.flowName}' could not be created` };
        }
        else {
            try {
                const created = await client.request('POST', '/deployments/', deploymentBody(entry.desired, flowId, caps, entry.anchors));
                result = { entry, id: created.id };
            }
            catch (e) {
                result = { entry, error: (0,errors/* errorMessage */.gJ)(e) };
            }
        }
        options.onResult?.(result);
        return result;
    });
    return [...deletes, ...upserts];
}

// EXTERNAL MODULE: ./src/image/docker.ts
var docker = __nccwpck_require__(9261);
;// CONCATENATED MODULE: ./src/image/block-scripts.ts
/**
 * Block scripts: Python scripts of the repository (like `infrastructure/ecs-task-dev.py`)
 * run inside the flows image, so they import exactly the Prefect and collections
 * the flows run with. The checkout is mounted read-only as the working directory;
 * the Prefect address and credentials reach the container as environment
 * variables named on the command line (`-e NAME`), their values never in argv.
 */



/** Where the checkout is mounted in the container. */
const SCRIPT_WORKDIR = '/opt/prefect-ecr-deploy/repo';
async function runBlockScripts(scripts, run, ui) {
    const values = {
        PREFECT_API_URL: run.prefect.apiUrl,
        PREFECT_API_KEY: run.prefect.apiKey,
        PREFECT_API_AUTH_STRING: run.prefect.authString,
        PREFECT_ECR_DEPLOY_IMAGE: run.image,
        PREFECT_ECR_DEPLOY_ENV: run.environment,
        PREFECT_ECR_DEPLOY_SHA: run.sha,
    };
    const passed = Object.entries(values).filter((e) => e[1] !== undefined);
    const secrets = [run.prefect.apiKey, run.prefect.authString].filter((s) => Boolean(s));
    // A script printing its environment must not print the credentials.
    const redact = (line) => secrets.reduce((l, s) => l.split(s).join('***'), line);
    for (const script of scripts) {
        const args = ['run', '--rm', '--network', 'host', '--volume', `${external_node_path_default().resolve(run.root)}:${SCRIPT_WORKDIR}:ro`, '--workdir', SCRIPT_WORKDIR];
        for (const [name] of passed)
            args.push('--env', name);
        args.push(run.image, 'python', script);
        const result = await ui.group(`block script ${script}`, (line) => (0,docker/* docker */.T3)(args, { onLine: (l) => line(redact(l)), env: Object.fromEntries(passed) }));
        if (result.code !== 0) {
            throw new errors/* Failure */.HR(`block script ${script} failed (exit ${result.code}); no deployment was registered:\n${result.tail.slice(-10).map(redact).join('\n')}`);
        }
        ui.info(`block script ${script}: done`);
    }
}

;// CONCATENATED MODULE: ./src/image/from-steps.ts

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/(.+)$/;
/** The file's docker build steps, once each. */
function dockerBuildSteps(file) {
    const seen = new Set();
    return file.deployments.flatMap((d) => d.build).filter((s) => s.fn === DOCKER_BUILD && !seen.has(s.node) && seen.add(s.node));
}
/** When several deployments build different images: the image stage builds one per run. */
function conflictingSteps(steps) {
    const key = (s) => JSON.stringify([s.inputs.image_name, s.inputs.dockerfile, s.inputs.path, s.inputs.buildargs, s.inputs.platform, s.inputs.target]);
    const distinct = [...new Map(steps.map((s) => [key(s), s])).values()];
    if (distinct.length < 2)
        return undefined;
    return `the image stage builds one image per run, and this file's build_docker_image steps differ (lines ${distinct.map((s) => s.node.pos.line).join(', ')}): give one build step to all deployments`;
}
const from_steps_text = (v) => (typeof v === 'string' && v ? v : undefined);
/**
 * The settings the image stage uses: `given` (the options; undefined when no repository
 * was given) with what the build step says for each field the options left at its
 * default (`given.defaulted`); from an ECR image name alone when no repository was given.
 */
function imageSettingsFrom(given, step, environment) {
    if (!step)
        return given;
    const inputs = step.inputs;
    const ecr = ECR_IMAGE.exec(String(inputs.image_name ?? ''));
    const base = given ??
        (ecr
            ? {
                region: ecr[2],
                registryId: ecr[1],
                repository: ecr[3],
                createRepository: false,
                tagMutability: 'MUTABLE',
                context: '.',
                dockerfile: 'Dockerfile',
                buildArgs: [],
                tags: environment ? [environment] : [],
                buildOnly: false,
                defaulted: ['context', 'dockerfile', 'buildArgs', 'platform', 'target', 'tags'],
            }
            : undefined);
    if (!base)
        return undefined;
    const open = new Set(base.defaulted ?? []);
    const out = { ...base };
    if (open.has('dockerfile') && from_steps_text(inputs.dockerfile))
        out.dockerfile = from_steps_text(inputs.dockerfile);
    if (open.has('context') && from_steps_text(inputs.path))
        out.context = from_steps_text(inputs.path);
    if (open.has('platform') && from_steps_text(inputs.platform))
        out.platform = from_steps_text(inputs.platform);
    if (open.has('target') && from_steps_text(inputs.target))
        out.target = from_steps_text(inputs.target);
    if (open.has('buildArgs') && inputs.buildargs && typeof inputs.buildargs === 'object') {
        out.buildArgs = Object.entries(inputs.buildargs).map(([k, v]) => `${k}=${v}`);
    }
    const extra = [from_steps_text(inputs.tag), ...(Array.isArray(inputs.additional_tags) ? inputs.additional_tags.map(from_steps_text) : [])].filter((t) => !!t);
    if (open.has('tags') && extra.length)
        out.tags = [...new Set([...base.tags, ...extra])];
    return out;
}

;// CONCATENATED MODULE: ./src/image/settings-check.ts
/** Image stage input checks, before anything is written (kept apart from the AWS SDK for start-up time). */


const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const settings_check_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const NETWORK = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** Input problems found before anything is written. */
function imageSettingsErrors(s, root, promote) {
    const errors = [];
    if (!s.region)
        errors.push('no AWS region: pass --region or set AWS_REGION');
    if (!REPOSITORY_NAME.test(s.repository) || s.repository.length > 256) {
        errors.push(`invalid ECR repository name '${s.repository}': lowercase letters, digits, and . _ - / separators`);
    }
    for (const tag of s.tags)
        if (!settings_check_TAG.test(tag))
            errors.push(`invalid image tag '${tag}'`);
    if (s.network !== undefined && !NETWORK.test(s.network))
        errors.push(`invalid build network '${s.network}': host, none, or a Docker network name`);
    for (const arg of s.buildArgs)
        if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
            errors.push(`build argument '${arg.split('=')[0]}' must be NAME=value`);
    if (!promote) {
        const dockerfile = external_node_path_default().resolve(root, s.dockerfile);
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(root, s.context)))
            errors.push(`build context ${s.context} does not exist`);
        if (!(0,external_node_fs_.existsSync)(dockerfile))
            errors.push(`Dockerfile ${s.dockerfile} does not exist`);
    }
    if (s.lifecyclePolicyFile) {
        try {
            JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().resolve(root, s.lifecyclePolicyFile), 'utf8'));
        }
        catch (e) {
            errors.push(`lifecycle policy ${s.lifecyclePolicyFile}: ${e.message}`);
        }
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/stages/context.ts

function deployContext(run) {
    const { settings, report } = run;
    return {
        sha: report.sha,
        environment: settings.environment,
        repository: settings.vcs.repository,
        branch: settings.vcs.branch,
        commitUrl: settings.vcs.commitUrl,
        versionType: settings.vcs.versionType,
        workdir: settings.workdir,
        root: settings.root,
        imageConfigured: imageSettings(run) !== undefined || settings.imageRef !== undefined,
        imageTags: report.image?.tags,
        image: report.image?.uri ?? settings.imageRef,
        imageDigest: report.image?.digestRef,
        variables: run.variables,
        // A block the file declares is what this run writes, before any deployment is registered.
        blocks: { ...run.blockValues, ...Object.fromEntries(run.file.file.blocks.map((b) => [`${b.type}.${b.name}`, b.data])) },
        shellOutputs: report.steps.outputs,
        enforceParameterSchemaDefault: !run.caps.infrastructureBlocks,
    };
}

;// CONCATENATED MODULE: ./src/stages/image.ts
/**
 * Image stage: the flows image for the commit. deploy builds it once per commit and
 * pushes it (an image that exists is never rebuilt), promote copies the source
 * environment's image to this environment's tags, plan looks it up (or only builds
 * it, with build-only). Its result is what `{{ image }}` becomes downstream.
 */





/**
 * The image stage's settings: the options, with the file's prefect_docker build step's
 * fields where they gave none (its templates filled once the steps before it ran).
 */
function imageSettings(input, run) {
    const [step] = dockerBuildSteps(input.file.file);
    if (!step || !run)
        return imageSettingsFrom(input.settings.ecr, step && { ...step, inputs: withoutTemplates(step.inputs) }, input.settings.environment);
    const owner = input.file.file.deployments.find((d) => d.build.some((s) => s.node === step.node));
    const ctx = deployContext(run);
    const problems = [];
    const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(owner.build.slice(0, owner.build.findIndex((s) => s.node === step.node)), ctx));
    if (problems.length)
        throw new errors/* UsageError */.eb(`build_docker_image (line ${step.node.pos.line}): ${problems.join('; ')}`);
    return imageSettingsFrom(input.settings.ecr, { ...step, inputs }, input.settings.environment);
}
/** A step's inputs without those still holding templates (filled only once earlier steps ran). */
function withoutTemplates(inputs) {
    return Object.fromEntries(Object.entries(inputs).filter(([, v]) => !JSON.stringify(v).includes('{{')));
}
/** Whether this run has an image stage: a repository is configured, or an ECR build step names one (promotion always uses it). */
function usesImageStage(run) {
    return imageSettings(run) !== undefined && (!run.settings.skipImage || run.mode === 'promote');
}
/** Loaded only when the image stage runs: the AWS SDK costs start-up time. */
const imageModule = () => Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(623)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2623));
const imageStage = {
    name: 'image',
    check(input) {
        const conflict = conflictingSteps(dockerBuildSteps(input.file.file));
        return [...(conflict ? [conflict] : []), ...(usesImageStage(input) ? imageSettingsErrors(imageSettings(input), input.settings.root, input.mode === 'promote') : [])];
    },
    // The registry is read when the image is looked up (plan) or built (deploy).
    async read() {
        return [];
    },
    async plan(run) {
        // deploy and promote read the registry once, when they apply.
        if (!usesImageStage(run) || run.mode !== 'plan')
            return;
        const { buildImage, findImage } = await imageModule();
        const { settings, ui } = run;
        const ecr = imageSettings(run, run);
        // A plan never pushes: it looks the image up, or builds it only with build-only.
        const image = ecr.buildOnly ? await buildImage(ecr, settings.root, settings.sha, { source: sourceUrl(run) }, ui, run.layerCache) : await findImage(ecr, settings.sha, ui);
        run.report.image = { ...image, tags: ecr.tags };
    },
    async apply(run) {
        if (!usesImageStage(run))
            return;
        const { buildImage, promoteImage } = await imageModule();
        const { settings, ui } = run;
        const ecr = imageSettings(run, run);
        if (run.mode === 'promote') {
            run.report.image = { ...(await promoteImage(ecr, settings.root, { environmentTag: settings.promoteFrom, sha: settings.sha }, ui)), tags: ecr.tags };
        }
        else {
            const image = await buildImage(ecr, settings.root, settings.sha, { source: sourceUrl(run) }, ui, run.layerCache);
            if (image.layerCacheSave)
                run.background.push(image.layerCacheSave);
            run.report.image = { ...image, tags: ecr.tags };
        }
        // A promotion without --sha deploys the commit the image was built from.
        run.report.sha = run.report.image.revision;
    },
};
/** The repository's web page, for the image's source label. */
function sourceUrl(run) {
    const vcs = run.settings.vcs;
    return (vcs.repository && vcs.commitUrl?.replace(/\/commit\/.*$/, '')) || undefined;
}

;// CONCATENATED MODULE: ./src/stages/block-scripts.ts
/**
 * Block scripts stage: the repository's Python scripts that create or update blocks,
 * run inside the flows image (pulled when the engine lacks it) before any deployment
 * is registered. A plan lists them and runs none.
 */



/** The file's `block-scripts:`, then those given on the command line. */
function scriptsOf(run) {
    return [...run.file.file.blockScripts.map((s) => s.path), ...run.settings.blockScripts];
}
const blockScriptsStage = {
    name: 'block scripts',
    check(input) {
        const problems = [];
        // The file's own scripts were checked with the file.
        const reader = new FlowReader(input.settings.root);
        for (const script of input.settings.blockScripts) {
            const error = reader.scriptError(script);
            if (error)
                problems.push(error);
        }
        if (scriptsOf(input).length && input.mode !== 'plan' && !usesImageStage(input) && !input.settings.imageRef) {
            problems.push('block scripts run inside the flows image: configure the image stage (--repository) or pass --image');
        }
        return problems;
    },
    async read() {
        return [];
    },
    async plan(run) {
        run.report.blockScripts = { scripts: scriptsOf(run), ran: false };
    },
    async apply(run) {
        const scripts = scriptsOf(run);
        if (!scripts.length)
            return;
        const { settings, report, ui } = run;
        const image = report.image?.uri ?? settings.imageRef;
        if (report.image && imageSettings(run))
            await (await Promise.all(/* import() */[__nccwpck_require__.e(249), __nccwpck_require__.e(623)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2623))).ensureLocalImage(imageSettings(run), image, ui);
        await runBlockScripts(scripts, { image, root: settings.root, prefect: settings.prefect, environment: settings.environment, sha: report.sha }, ui);
        run.report.blockScripts = { scripts, ran: true };
    },
};

;// CONCATENATED MODULE: ./src/plan/ownership.ts
/**
 * Who owns a live deployment: the labels this tool writes say which repository and
 * environment registered it. A deployment another repository or environment owns,
 * or that nobody owns (made by hand, or by `prefect deploy`), is never silently
 * taken over: without --adopt it is a conflict. Labels this tool does not own are kept.
 */

const MANAGED = `${LABEL_PREFIX}managed`;
const ENVIRONMENT = `${LABEL_PREFIX}environment`;
const REPOSITORY = `${LABEL_PREFIX}repository`;
const ADOPTED = `${LABEL_PREFIX}adopted`;
/** undefined when `ours` (the labels this run writes) owns the deployment; else who does, in words. */
function foreignOwner(live, ours) {
    if (live[MANAGED] !== 'true')
        return 'nobody (it was not registered by prefect-ecr-deploy)';
    if (live[ENVIRONMENT] === ours[ENVIRONMENT] && live[REPOSITORY] === ours[REPOSITORY])
        return undefined;
    return `${live[REPOSITORY] ?? '(no repository)'}/${live[ENVIRONMENT] ?? '(no environment)'}`;
}
/**
 * The labels to write: the live deployment's labels that are not this tool's, then
 * ours; an adopted deployment stays marked adopted (prune never deletes it).
 */
function labelsToWrite(live, ours, adopting) {
    const kept = Object.fromEntries(Object.entries(live).filter(([k]) => !k.startsWith(LABEL_PREFIX)));
    const adopted = adopting || (live[ADOPTED] === 'true' && foreignOwner(live, ours) === undefined);
    return { ...kept, ...ours, ...(adopted ? { [ADOPTED]: 'true' } : {}) };
}

;// CONCATENATED MODULE: ./src/plan/diff.ts


function planDeployments(desired, live, caps, preErrors = [], managed = [], options = { adopt: false }) {
    const wanted = new Set(desired.map((d) => d.key));
    const deletes = managed
        .filter((m) => !wanted.has(deploymentKey(m.state.flowName, m.state.name)))
        .map((m) => ({ name: m.state.name, flowName: m.state.flowName, action: 'delete', changes: [], id: m.id, live: m, anchors: [], notes: [] }));
    const entries = [...deletes, ...preErrors.map((e) => ({ name: e.deployment, flowName: '', action: 'error', changes: [], anchors: [], error: e.message, notes: [] }))];
    for (const d of desired) {
        const existing = live.deployments.get(d.key);
        const base = { name: d.state.name, flowName: d.state.flowName, desired: d, live: existing, id: existing?.id, notes: [] };
        const unsupported = unsupportedOn(d, caps);
        if (unsupported) {
            entries.push({ ...base, action: 'error', changes: [], anchors: [], error: unsupported });
            continue;
        }
        const pool = d.state.work_pool_name;
        if (pool && !live.workPools.has(pool)) {
            entries.push({ ...base, action: 'error', changes: [], anchors: [], error: `work pool '${pool}' does not exist` });
            continue;
        }
        if (pool && !live.workPools.get(pool).queues.has(d.state.work_queue_name)) {
            base.notes.push(`work queue '${d.state.work_queue_name}' does not exist in pool '${pool}'; Prefect creates it`);
        }
        if (!existing) {
            entries.push({ ...base, action: 'create', changes: [], anchors: d.state.schedules.map(() => undefined) });
            continue;
        }
        // Servers before 3.1.5 store no labels: ownership cannot be told there.
        const owner = caps.labels ? foreignOwner(existing.labels, d.state.labels) : undefined;
        if (owner !== undefined && !options.adopt) {
            entries.push({ ...base, desired: undefined, action: 'conflict', changes: [], anchors: [], owner });
            continue;
        }
        if (owner !== undefined)
            base.notes.push(`adopted: it was owned by ${owner}`);
        // What is sent keeps the labels of others; what is compared is ours.
        base.desired = { ...d, state: { ...d.state, labels: labelsToWrite(existing.labels, d.state.labels, owner !== undefined) } };
        const { live: liveSchedules, anchors } = alignSchedules(d.state.schedules, existing.state.schedules, caps);
        const changes = [];
        for (const field of COMPARED_FIELDS) {
            if (field === 'labels' && !caps.labels)
                continue;
            // Agent-style deployments name no pool; Prefect 2 puts them in its default agent pool.
            if (field === 'work_pool_name' && d.state.work_pool_name === null)
                continue;
            const to = field === 'schedules' ? d.state.schedules.map((s) => scheduleView(s, caps)) : field === 'labels' ? ownLabels(base.desired.state.labels) : d.state[field];
            const from = field === 'schedules' ? liveSchedules : existing.state[field];
            const same = field === 'schedules' ? sameMultiset(to, from) : canonical(to) === canonical(from);
            if (!same)
                changes.push({ field, from, to, secret: d.spec.secretFields.has(field) });
        }
        entries.push({ ...base, action: changes.length ? 'update' : 'unchanged', changes, anchors });
    }
    return entries;
}
/** The labels this tool writes, which are the ones it compares. */
function ownLabels(labels) {
    return Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith(LABEL_PREFIX)));
}
/**
 * Live schedules as comparable views. The server fills in what the file leaves out:
 * an interval's anchor date (now) and an rrule's DTSTART. Where the file gives
 * neither, the live value is not compared, and the anchor is kept on the next write.
 */
function alignSchedules(desired, live, caps) {
    const wanted = desired.map((s) => canonical(scheduleView(s, caps)));
    const anchors = desired.map(() => undefined);
    const views = live.map((s) => {
        const full = scheduleView(s, caps);
        if (wanted.includes(canonical(full)))
            return full;
        const relaxed = scheduleView(s, caps, { dropAnchor: true, dropDtstart: true });
        const i = wanted.indexOf(canonical(relaxed));
        if (i >= 0) {
            const anchor = s.schedule.anchor_date;
            if (anchor && anchors[i] === undefined)
                anchors[i] = anchor;
            return relaxed;
        }
        return full;
    });
    return { live: views, anchors };
}
function scheduleView(s, caps, relax = {}) {
    const sch = s.schedule;
    const view = { active: s.active };
    if (caps.scheduleSlug) {
        view.parameters = s.parameters;
        view.slug = s.slug;
    }
    if ('cron' in sch)
        return { ...view, cron: sch.cron, timezone: sch.timezone ?? null, day_or: sch.day_or ?? true };
    if ('interval' in sch) {
        const out = { ...view, interval: Number(sch.interval), timezone: sch.timezone ?? 'UTC' };
        if (sch.anchor_date !== undefined && !relax.dropAnchor)
            out.anchor_date = instant(String(sch.anchor_date));
        return out;
    }
    let rrule = String(sch.rrule ?? '');
    if (relax.dropDtstart)
        rrule = rrule.replace(/^DTSTART[^\n]*\n/, '');
    return { ...view, rrule, timezone: sch.timezone ?? 'UTC' };
}
/** A date as the server stores it: naive times are UTC. */
function instant(text) {
    const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`;
    const t = Date.parse(withZone);
    return Number.isNaN(t) ? text : new Date(t).toISOString();
}
function sameMultiset(a, b) {
    if (a.length !== b.length)
        return false;
    const x = a.map(canonical).sort();
    const y = b.map(canonical).sort();
    return x.every((v, i) => v === y[i]);
}
/** JSON with sorted keys: equal values give equal text. */
function canonical(v) {
    return JSON.stringify(v, (_k, value) => value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value);
}
/** What this server's version cannot store, said before any write rather than dropped. */
function unsupportedOn(d, caps) {
    const s = d.state;
    if (!caps.schedules && s.schedules.length > 1)
        return `Prefect ${caps.version} takes one schedule per deployment; this one has ${s.schedules.length}`;
    if (!caps.scheduleSlug && s.schedules.some((x) => x.slug !== null || Object.keys(x.parameters).length)) {
        return `schedule slugs and parameters need Prefect 3.2 or newer; this server is ${caps.version}`;
    }
    if (!caps.paused && s.paused)
        return `paused needs Prefect 2.16 or newer; on ${caps.version}, set the schedule's active: false`;
    if (!caps.concurrencyLimit && s.concurrency_limit !== null)
        return `concurrency_limit needs Prefect 3 or newer; this server is ${caps.version}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/plan/automations.ts

/** Only what the file decides: no ids, sets in order, the action without its deployment id. */
function view(a) {
    const strip = (v) => {
        if (Array.isArray(v))
            return v.map(strip);
        if (!v || typeof v !== 'object')
            return v;
        const out = {};
        for (const [k, x] of Object.entries(v)) {
            if (k === 'id')
                continue;
            out[k] = ['after', 'expect', 'for_each'].includes(k) && Array.isArray(x) ? [...x].sort() : strip(x);
        }
        return out;
    };
    const { deployment_id: _id, ...action } = a.action;
    return canonical({ name: a.name, description: a.description, enabled: a.enabled, tags: a.tags, trigger: strip(a.trigger), action: strip(action) });
}
/** The run-deployment action of an automation for the deployment `id`. */
function runDeploymentAction(a, deploymentId) {
    return { type: 'run-deployment', source: 'selected', deployment_id: deploymentId, parameters: a.parameters, job_variables: a.job_variables, schedule_after: a.schedule_after };
}
/** What the file's automations look like next to the live ones: the same when each has its twin. */
function sameAutomations(desired, live) {
    if (desired.length !== live.length)
        return false;
    const a = desired.map((d) => view({ ...d, action: runDeploymentAction(d, null) })).sort();
    const b = live.map((l) => view({ ...l, action: l.actions[0] ?? {} })).sort();
    return a.every((x, i) => x === b[i]);
}
/**
 * The automations a deployment owns, as far as the API shows: those related to it whose
 * one action runs it, as prefect deploy makes them (an automation made by hand that
 * does only that counts as the file's).
 */
function ownedBy(deploymentId, related) {
    return related.filter((a) => a.actions.length === 1 &&
        a.actions[0].type === 'run-deployment' &&
        a.actions[0].source === 'selected' &&
        a.actions[0].deployment_id === deploymentId &&
        !a.actions_on_trigger.length &&
        !a.actions_on_resolve.length &&
        !a.tags.length);
}

;// CONCATENATED MODULE: ./src/prefect/live.ts

const PAGE = 200;
/** Reads every page of a filter route. */
async function readAll(client, path, filter) {
    const out = [];
    for (let offset = 0;; offset += PAGE) {
        const page = await client.request('POST', path, { ...filter, limit: PAGE, offset });
        out.push(...page);
        if (page.length < PAGE)
            return out;
    }
}
/** The schedules list, also from servers before 2.16 (one schedule and its active flag). */
function apiSchedules(d) {
    return d.schedules ?? (d.schedule ? [{ schedule: d.schedule, active: d.is_schedule_active ?? true }] : []);
}
async function readLiveState(client, flowNames, deploymentNames, poolNames) {
    const [flows, pools] = await Promise.all([
        flowNames.length ? readAll(client, '/flows/filter', { flows: { name: { any_: flowNames } } }) : [],
        poolNames.length ? readAll(client, '/work_pools/filter', { work_pools: { name: { any_: poolNames } } }) : [],
    ]);
    const flowIds = new Map(flows.map((f) => [f.name, f.id]));
    const flowNamesById = new Map(flows.map((f) => [f.id, f.name]));
    const deployments = new Map();
    if (flows.length && deploymentNames.length) {
        const found = await readAll(client, '/deployments/filter', {
            flows: { id: { any_: flows.map((f) => f.id) } },
            deployments: { name: { any_: deploymentNames } },
        });
        for (const d of found) {
            const flowName = flowNamesById.get(d.flow_id);
            if (!flowName)
                continue;
            deployments.set(deploymentKey(flowName, d.name), liveDeployment(d, flowName));
        }
    }
    const queues = await Promise.all(pools.map((p) => readAll(client, `/work_pools/${encodeURIComponent(p.name)}/queues/filter`, {})));
    const workPools = new Map(pools.map((p, i) => [p.name, { variables: Object.keys(p.base_job_template?.variables?.properties ?? {}), queues: new Set(queues[i].map((q) => q.name)) }]));
    return { deployments, flows: flowIds, workPools };
}
function liveState(d, flowName) {
    return {
        name: d.name,
        flowName,
        version: d.version,
        description: d.description,
        parameters: d.parameters ?? {},
        parameter_openapi_schema: d.parameter_openapi_schema,
        enforce_parameter_schema: d.enforce_parameter_schema,
        schedules: apiSchedules(d).map((s) => ({
            schedule: s.schedule,
            active: s.active,
            parameters: s.parameters ?? {},
            slug: s.slug ?? null,
        })),
        tags: d.tags,
        labels: Object.fromEntries(Object.entries(d.labels ?? {}).filter(([k]) => k.startsWith(LABEL_PREFIX))),
        work_pool_name: d.work_pool_name,
        work_queue_name: d.work_queue_name ?? 'default',
        job_variables: d.job_variables ?? d.infra_overrides ?? {},
        infrastructure_document_id: d.infrastructure_document_id ?? null,
        entrypoint: d.entrypoint,
        path: d.path ?? null,
        pull_steps: d.pull_steps ?? null,
        concurrency_limit: d.global_concurrency_limit?.limit ?? null,
        concurrency_options: d.concurrency_options
            ? { collision_strategy: d.concurrency_options.collision_strategy, grace_period_seconds: d.concurrency_options.grace_period_seconds ?? null }
            : null,
        paused: d.paused ?? false,
    };
}
/**
 * Deployments this tool registered for a repository and environment (its labels say
 * so), across every flow: the candidates for prune. Prefect has no label filter, so
 * every page is read and selected here.
 */
async function readManaged(client, environment, repository) {
    const all = await readAll(client, '/deployments/filter', {});
    const mine = all.filter((d) => d.labels?.[`${LABEL_PREFIX}managed`] === 'true' &&
        d.labels[`${LABEL_PREFIX}environment`] === environment &&
        d.labels[`${LABEL_PREFIX}repository`] === repository &&
        // What was taken over with --adopt was not created here: prune never deletes it.
        d.labels[`${LABEL_PREFIX}adopted`] !== 'true');
    if (!mine.length)
        return [];
    const flows = await readAll(client, '/flows/filter', { flows: { id: { any_: [...new Set(mine.map((d) => d.flow_id))] } } });
    const names = new Map(flows.map((f) => [f.id, f.name]));
    return mine.map((d) => liveDeployment(d, names.get(d.flow_id) ?? '?'));
}
function liveDeployment(d, flowName) {
    return { id: d.id, flowId: d.flow_id, state: liveState(d, flowName), rawSchedules: apiSchedules(d), labels: d.labels ?? {}, updated: d.updated };
}

;// CONCATENATED MODULE: ./src/prefect/automations.ts


const automations_resource = (deploymentId) => `prefect.deployment.${deploymentId}`;
/**
 * Every automation, in pages (one read for all deployments, rather than one per
 * deployment); undefined when the server has none (Prefect 2 servers answer 404, and
 * prefect deploy then skips triggers).
 */
async function readAutomations(client) {
    try {
        return await readAll(client, '/automations/filter', {});
    }
    catch (e) {
        if (e instanceof PrefectApiError && e.status === 404)
            return undefined;
        throw e;
    }
}
/** Deletes the automations the deployment owns (only those: hand-made ones that run it stay). */
async function deleteOwnedAutomations(client, deploymentId) {
    await client.request('DELETE', `/automations/owned-by/${automations_resource(deploymentId)}`);
}
async function createAutomation(client, body) {
    await client.request('POST', '/automations/', body);
}
/** Prefect Cloud: the deployment's SLAs become exactly these (matched by name). */
async function applySlas(client, deploymentId, slas) {
    const owner = automations_resource(deploymentId);
    const body = slas.map((s) => ({ ...s, owner_resource: owner }));
    await client.request('POST', `/slas/apply-resource-slas/${owner}`, body);
}

;// CONCATENATED MODULE: ./src/stages/automations.ts
/**
 * Automations stage: each deployment's `triggers:` become the automations prefect
 * deploy creates for it (owned by the deployment, running it), planned against the
 * ones it owns: unchanged, or replaced together; prune's deleted deployments lose
 * theirs. `sla:` is applied on Prefect Cloud, and elsewhere refused with Prefect's
 * own message before anything is written.
 */








/** Prefect's own words, from prefect deploy, for an SLA on a server that is not Prefect Cloud. */
const SLA_CLOUD_ONLY = 'SLA configuration is currently only supported on Prefect Cloud.';
function automationsStage() {
    return {
        name: 'automations',
        check() {
            return [];
        },
        async read({ file, caps }) {
            const problems = [];
            const at = (pos, message) => problems.push({ file: file.file.path, ...pos, message, severity: 'error' });
            const cloud = caps.version === 'cloud';
            for (const d of file.file.deployments) {
                if (d.sla && !cloud)
                    at(d.sla.node.pos, `${SLA_CLOUD_ONLY} (this server is Prefect ${caps.version}: remove sla, or deploy to Prefect Cloud)`);
                if (!cloud) {
                    for (const t of d.triggers) {
                        if (JSON.stringify(t.spec).includes('"metric"') || t.spec.posture === 'Metric')
                            at(t.node.pos, `metric triggers need Prefect Cloud: this server (Prefect ${caps.version}) refuses them`);
                    }
                }
            }
            return problems;
        },
        async plan(run) {
            const ctx = deployContext(run);
            const entries = [];
            // Read once, and only when a deployment exists: undefined when the server has no automations.
            let all = 'unread';
            const errored = (e) => e.action === 'error' || e.action === 'conflict' || run.report.results.get(e)?.error !== undefined;
            for (const e of run.report.entries) {
                const id = e.id ?? run.report.results.get(e)?.id;
                if (e.action === 'delete') {
                    entries.push({ deployment: e.name, flowName: e.flowName, deploymentId: id, action: 'delete', desired: [], live: [] });
                    continue;
                }
                const spec = e.desired?.spec;
                if (!spec || errored(e))
                    continue;
                if (!spec.triggers.length && e.action === 'create')
                    continue;
                const problems = [];
                const outputs = stepOutputs([...spec.build, ...spec.push], ctx);
                const desired = [];
                spec.triggers.forEach((t, i) => {
                    const { parameters, ...rest } = t.spec;
                    const filled = { ...fillTemplates(rest, ctx, problems, outputs), ...(parameters !== undefined ? { parameters: fillTemplates(parameters, ctx, problems, {}, 'trigger-parameters') } : {}) };
                    const read = readTrigger(filled, i + 1, spec.name);
                    for (const p of read.problems)
                        if (p.severity === 'error')
                            problems.push(`trigger ${i + 1}: ${p.message}`);
                    if (read.automation)
                        desired.push(read.automation);
                });
                const base = { deployment: e.name, flowName: e.flowName, deploymentId: id, desired, ...(spec.sla ? { slas: spec.sla.specs.map(normalizeSla) } : {}) };
                if (problems.length) {
                    entries.push({ ...base, action: 'error', live: [], error: [...new Set(problems)].join('; ') });
                    continue;
                }
                if (id && all === 'unread')
                    all = await readAutomations(run.client);
                if (all === undefined) {
                    if (desired.length)
                        run.ui.warning(`${e.name}: this server has no automations: its ${desired.length} trigger(s) are not created (prefect deploy skips them too)`);
                    continue;
                }
                const live = id && all !== 'unread' ? ownedBy(id, all) : [];
                if (!desired.length && !live.length) {
                    if (base.slas)
                        entries.push({ ...base, action: 'unchanged', live: [] });
                    continue;
                }
                const action = !live.length ? 'create' : sameAutomations(desired, live) ? 'unchanged' : desired.length ? 'replace' : 'delete';
                entries.push({ ...base, action, live: live.map((l) => l.name) });
            }
            run.report.automations = entries;
        },
        async apply(run) {
            await mapBounded(run.report.automations, run.settings.concurrency, (entry) => applyEntry(run, entry));
        },
    };
}
async function applyEntry(run, entry) {
    if (entry.action === 'error')
        return;
    // A deployment created by this run got its id when the deployments stage applied.
    const created = run.report.entries.find((e) => e.name === entry.deployment && e.flowName === entry.flowName);
    const id = entry.deploymentId ?? (created && run.report.results.get(created)?.id);
    if (!id)
        return;
    try {
        if (entry.action !== 'unchanged') {
            if (entry.action !== 'create')
                await deleteOwnedAutomations(run.client, id);
            for (const a of entry.desired) {
                const { parameters: _p, job_variables: _j, schedule_after: _s, ...automation } = a;
                await createAutomation(run.client, {
                    ...automation,
                    actions: [runDeploymentAction(a, id)],
                    actions_on_trigger: [],
                    actions_on_resolve: [],
                    owner_resource: `prefect.deployment.${id}`,
                });
            }
        }
        if (entry.slas)
            await applySlas(run.client, id, entry.slas);
    }
    catch (e) {
        entry.error = (0,errors/* errorMessage */.gJ)(e);
    }
}
/** An SLA as the Prefect client sends it: durations in seconds, the rest as written. */
function normalizeSla(spec) {
    const s = { ...spec };
    for (const key of ['within', 'stale_after'])
        if (key in s)
            s[key] = laxDuration(s[key]) ?? s[key];
    return s;
}

;// CONCATENATED MODULE: ./src/plan/blocks.ts
/**
 * The file's blocks against the server: checks of each block's data against its
 * type's schema (before anything is written), and the plan: create, update or
 * unchanged after comparing with the stored document. Pure. Messages name fields,
 * never values: block data can hold secrets.
 */





/** The schema a block is checked against: its stored document's, else the type's newest. */
function schemaOf(b, live) {
    return live.documents.get(blockKey(b.type, b.name))?.schema ?? live.types.get(b.type)?.schema;
}
function checkBlockData(file, blocks, live) {
    const out = [];
    const at = (pos, message) => out.push({ file, ...pos, message, severity: 'error' });
    const declared = new Map(blocks.map((b) => [blockKey(b.type, b.name), b]));
    for (const b of blocks) {
        const key = blockKey(b.type, b.name);
        if (!live.types.get(b.type)) {
            at(b.node.pos, `block ${key}: ${missingTypeMessage(b.type)}`);
            continue;
        }
        const schema = schemaOf(b, live);
        if (!schema) {
            at(b.node.pos, `block ${key}: the server has no schema for block type '${b.type}'; register it with \`prefect block register\``);
            continue;
        }
        const props = schema.fields.properties ?? {};
        const references = referencesOf(b);
        for (const field of schema.fields.required ?? []) {
            if (!(field in b.data))
                at(fieldPos(b), `block ${key} is missing the required field '${field}'`);
        }
        for (const [field, value] of Object.entries(b.data)) {
            const prop = props[field];
            if (!prop) {
                const hint = closest(field, Object.keys(props));
                at(fieldPos(b, field), `block type '${b.type}' has no field '${field}'${hint ? ` (did you mean '${hint}'?)` : ''}`);
                continue;
            }
            const ref = references.get(field);
            if (ref) {
                const takes = takesBlocks(schema, field);
                const refType = ref.slice(0, ref.indexOf('/'));
                if (!takes.length)
                    at(fieldPos(b, field), `field '${field}' of block type '${b.type}' does not take a block`);
                else if (!takes.includes(refType))
                    at(fieldPos(b, field), `field '${field}' of block type '${b.type}' takes a ${takes.join(' or ')} block, not ${ref}`);
                else if (!declared.has(ref) && !live.documents.get(ref))
                    at(fieldPos(b, field), `block ${ref} does not exist: declare it under blocks: or create it first`);
                continue;
            }
            // Block data may hold secrets: the message says what was expected, never the value.
            const error = valueError(value, prop, schema.fields.definitions ?? {}, { secret: true });
            if (error)
                at(fieldPos(b, field), `field '${field}' of block ${key}: ${error}`);
        }
    }
    return out;
}
/** The block type slugs a field takes, from the schema's block references. */
function takesBlocks(schema, field) {
    const refs = schema.fields.block_schema_references?.[field];
    return refs === undefined ? [] : [].concat(refs).map((r) => r.block_type_slug);
}
/**
 * Create, update or unchanged for each block (given in dependency order). `fill`
 * fills the templates known after the image stage.
 */
function planBlocks(blocks, live, fill) {
    return blocks.map((spec) => {
        const key = blockKey(spec.type, spec.name);
        const references = referencesOf(spec);
        const data = fill(Object.fromEntries(Object.entries(spec.data).filter(([field]) => !references.has(field))));
        const type = live.types.get(spec.type);
        const stored = live.documents.get(key);
        const schema = (stored?.schema ?? type.schema);
        const base = { key, spec, typeId: type.id, schema, data, references };
        if (!stored)
            return { ...base, action: 'create', changed: [...Object.keys(data), ...references.keys()].sort() };
        const changed = new Set();
        for (const field of new Set([...Object.keys(data), ...Object.keys(stored.data)])) {
            if (canonical(data[field]) !== canonical(stored.data[field]))
                changed.add(field);
        }
        for (const field of new Set([...references.keys(), ...Object.keys(stored.references)])) {
            const wanted = references.has(field) ? live.documents.get(references.get(field))?.id : undefined;
            if (wanted === undefined || wanted !== stored.references[field])
                changed.add(field);
        }
        return { ...base, id: stored.id, action: changed.size ? 'update' : 'unchanged', changed: [...changed].sort() };
    });
}

;// CONCATENATED MODULE: ./src/stages/blocks.ts
/**
 * Blocks stage: the file's `blocks:`. Each is checked against its type's schema on the
 * server before anything is written, planned as create, update or unchanged by
 * comparing with the stored document, and written in dependency order (a referenced
 * block first). Messages name fields, never values.
 */








function blocksStage() {
    let live;
    return {
        name: 'blocks',
        // Declared blocks were checked with the file.
        check() {
            return [];
        },
        async read(run) {
            live = await readLiveBlocks(run.client, run.file.file, run.settings.concurrency);
            return checkBlockData(run.file.file.path, run.file.file.blocks, live);
        },
        async plan(run) {
            const problems = [];
            const ctx = deployContext(run);
            run.report.blocks = planBlocks(inDependencyOrder(run.file.file.blocks), live, (data) => fillTemplates(data, ctx, problems));
            if (problems.length)
                throw new errors/* UsageError */.eb(`blocks: ${[...new Set(problems)].join('; ')}`);
        },
        async apply(run) {
            await applyBlocks(run.client, run.report.blocks, live, run.ui.info);
        },
    };
}
/** Types of declared and referenced blocks, and their documents (declared ones with secrets, to compare). */
async function readLiveBlocks(client, file, concurrency) {
    const declared = new Set(file.blocks.map((b) => blockKey(b.type, b.name)));
    const referenced = new Set(file.blocks.flatMap((b) => [...referencesOf(b).values()]));
    const keys = [...new Set([...declared, ...referenced])];
    const slugs = [...new Set(keys.map((k) => k.slice(0, k.indexOf('/'))))];
    const types = new Map();
    const documents = new Map();
    await mapBounded(slugs, concurrency, async (slug) => {
        types.set(slug, await readBlockType(client, slug));
    });
    const known = keys.filter((k) => types.get(k.slice(0, k.indexOf('/'))));
    await mapBounded(known, concurrency, async (key) => {
        const slash = key.indexOf('/');
        documents.set(key, await readBlockDocument(client, key.slice(0, slash), key.slice(slash + 1), declared.has(key)));
    });
    return { types, documents };
}
/** Writes creates and updates in plan order. */
async function applyBlocks(client, entries, live, info) {
    const ids = new Map();
    for (const [key, doc] of live.documents)
        if (doc)
            ids.set(key, doc.id);
    for (const e of entries) {
        if (e.action === 'unchanged')
            continue;
        const references = Object.fromEntries([...e.references].map(([field, ref]) => [field, ids.get(ref)]));
        try {
            if (e.action === 'update') {
                await updateBlockDocument(client, e.id, e.data, references);
            }
            else {
                try {
                    ids.set(e.key, await createBlockDocument(client, { typeId: e.typeId, schemaId: e.schema.id, name: e.spec.name, data: e.data, references }));
                }
                catch (err) {
                    // Created meanwhile by another run: replace its data instead.
                    if (!(err instanceof PrefectApiError && err.status === 409))
                        throw err;
                    const existing = await readBlockDocument(client, e.spec.type, e.spec.name, false);
                    if (!existing)
                        throw err;
                    await updateBlockDocument(client, existing.id, e.data, references);
                    ids.set(e.key, existing.id);
                }
            }
        }
        catch (err) {
            throw new errors/* Failure */.HR(`block ${e.key} could not be ${e.action === 'create' ? 'created' : 'updated'}; no deployment was registered: ${err.message}`);
        }
        info(`block ${e.key}: ${e.action === 'create' ? 'created' : `updated (${e.changed.join(', ')})`}`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/steps/shell.ts
/**
 * `prefect.deployments.steps.run_shell_script`, run as prefect deploy runs it without
 * `shell: true`: each line of the script is one command, split as Python's
 * `shlex.split` splits it and started without a shell (an argument list), `$VAR` and
 * `${VAR}` expanded first (Python's `string.Template.safe_substitute`) only with
 * `expand_env_vars: true`; the outputs are the stripped `stdout` and `stderr`.
 * The commands get the environment templates see (never the tool's credentials).
 */



/** Python's `shlex.split(s)` (POSIX mode, no comments), or an error message. */
function shlexSplit(s) {
    const words = [];
    let word;
    let quote;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                word += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === '\\' && (s[i + 1] === '"' || s[i + 1] === '\\'))
                word += s[++i];
            else if (c === '\\' && i + 1 >= s.length)
                return { error: 'No escaped character' };
            else
                word += c;
        }
        else if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else if (c === "'" || c === '"') {
            quote = c;
            word ??= '';
        }
        else if (c === '\\') {
            if (i + 1 >= s.length)
                return { error: 'No escaped character' };
            word = (word ?? '') + s[++i];
        }
        else {
            word = (word ?? '') + c;
        }
    }
    if (quote)
        return { error: 'No closing quotation' };
    if (word !== undefined)
        words.push(word);
    return words;
}
/** Python's `string.Template(text).safe_substitute(env)`: `$$` is `$`; unknown names stay as written. */
function safeSubstitute(text, env) {
    return text.replace(/\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi, (whole, dollar, named, braced) => {
        if (dollar)
            return '$';
        const v = env[named ?? braced];
        return v === undefined ? whole : v;
    });
}
/** Runs the script's commands in order; a command that fails (or cannot be split or started) fails the step. */
async function runShellScript(step, root, baseEnv, onLine) {
    const env = { ...baseEnv, ...step.env };
    const cwd = step.directory ? external_node_path_default().resolve(root, step.directory) : root;
    let stdout = '';
    let stderr = '';
    for (const line of step.script.split(/\r\n|\r|\n/)) {
        const command = step.expandEnvVars ? safeSubstitute(line, env) : line;
        const argv = shlexSplit(command);
        if (!Array.isArray(argv))
            throw new errors/* Failure */.HR(`run_shell_script: cannot split the command: ${argv.error}`);
        if (!argv.length)
            continue;
        const result = await run(argv, cwd, env, step.streamOutput ? onLine : undefined);
        stdout += result.stdout;
        stderr += result.stderr;
        if (result.code !== 0)
            throw new errors/* Failure */.HR(`run_shell_script: \`${argv[0]}\` failed with exit code ${result.code}${result.stderr.trim() ? `: ${result.stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`);
    }
    return { stdout: stdout.trim(), stderr: stderr.trim() };
}
function run(argv, cwd, env, onLine) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), { cwd, env: env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
        let stdout = '';
        let stderr = '';
        const lines = (chunk) => chunk.split(/\r?\n/).filter(Boolean).forEach((l) => onLine?.(l));
        child.stdout.on('data', (d) => {
            stdout += d.toString('utf8');
            lines(d.toString('utf8'));
        });
        child.stderr.on('data', (d) => {
            stderr += d.toString('utf8');
            lines(d.toString('utf8'));
        });
        child.on('error', (e) => reject(new errors/* Failure */.HR(`run_shell_script: cannot run \`${argv[0]}\`: ${e.code === 'ENOENT' ? 'no such command (on PATH) or directory' : e.message}`)));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    });
}

;// CONCATENATED MODULE: ./src/stages/build-steps.ts







/** Each deployment's build then push steps, split at the first docker step. */
function phases(d) {
    const steps = [...d.build, ...d.push];
    const first = steps.findIndex((s) => s.fn === DOCKER_BUILD || s.fn === DOCKER_PUSH);
    return first < 0 ? { 'before-image': steps, 'after-image': [] } : { 'before-image': steps.slice(0, first), 'after-image': steps.slice(first) };
}
/** The shell steps of the file, once each. */
function shellSteps(input) {
    const seen = new Set();
    return input.file.file.deployments.flatMap((d) => [...d.build, ...d.push]).filter((s) => s.fn === SHELL && !seen.has(s.node) && seen.add(s.node));
}
function buildStepsStage(phase) {
    return {
        name: phase === 'before-image' ? 'build steps' : 'push steps',
        check(input) {
            const problems = [];
            const steps = shellSteps(input);
            if (phase === 'before-image' && steps.length && input.settings.eventName === 'pull_request_target') {
                const where = steps.map((s) => `${input.file.file.path}:${s.node.pos.line}`).join(', ');
                problems.push(`run_shell_script steps (${where}) are not run in a pull_request_target plan: the commands come from the pull request, which may be a fork's, and this event has the repository's secrets; plan on pull_request instead`);
            }
            return problems;
        },
        async read() {
            return [];
        },
        async plan(run) {
            for (const d of run.file.file.deployments) {
                const steps = phases(d)[phase].filter((s) => s.fn === SHELL);
                for (const step of steps)
                    if (!run.report.steps.outputs.has(step.node))
                        await runStep(run, d, step);
            }
        },
        async apply() { },
    };
}
async function runStep(run, d, step) {
    const ctx = deployContext(run);
    const problems = [];
    // Earlier steps' outputs fill this step's inputs, as in prefect deploy.
    const earlier = [...d.build, ...d.push].slice(0, [...d.build, ...d.push].indexOf(step));
    const inputs = fillTemplates(step.inputs, ctx, problems, stepOutputs(earlier, ctx));
    if (problems.length)
        throw new errors/* UsageError */.eb(`${step.id ?? 'run_shell_script'} (line ${step.node.pos.line}): ${problems.join('; ')}`);
    const env = Object.fromEntries(Object.entries(inputs.env ?? {}).map(([k, v]) => [k, String(v)]));
    const label = `run_shell_script${step.id ? ` ${step.id}` : ''} (${run.file.file.path}:${step.node.pos.line})`;
    try {
        const outputs = await run.ui.group(label, (line) => runShellScript({
            script: String(inputs.script ?? ''),
            directory: typeof inputs.directory === 'string' ? inputs.directory : undefined,
            env,
            expandEnvVars: inputs.expand_env_vars === true,
            streamOutput: inputs.stream_output !== false,
        }, run.settings.root, run.settings.env, (l) => line(redact(l))));
        // What came from the environment may come out again.
        if (holdsSecret(step.inputsNode) || inputs.expand_env_vars === true)
            markSecret(Object.values(outputs));
        run.report.steps.outputs.set(step.node, outputs);
        run.report.steps.ran.push(label);
    }
    catch (e) {
        if (e instanceof errors/* Failure */.HR)
            throw new errors/* Failure */.HR(`${label}: ${e.message}; nothing was registered`);
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/stages/deployments.ts







function deploymentsStage() {
    let live;
    return {
        name: 'deployments',
        check({ settings, mode }) {
            const problems = [];
            if (!settings.sha && mode !== 'promote')
                problems.push('no commit SHA: pass --sha, set GITHUB_SHA, or run inside a git checkout');
            if (settings.prune && (!settings.environment || !settings.vcs.repository)) {
                problems.push('--prune needs the environment (--env) and the repository (GITHUB_REPOSITORY, or a git origin): they mark what this tool registered');
            }
            return problems;
        },
        // What the server's version cannot take.
        async read({ settings, caps, file }) {
            const problems = agentErrors(file.file, caps);
            if (settings.prune && !caps.labels)
                problems.push(`--prune needs deployment labels (Prefect 3.1.5 or newer); this server is ${caps.version}`);
            return problems;
        },
        async plan(run) {
            const { settings, client } = run;
            const ctx = deployContext(run);
            const built = buildDesired(run.file, ctx);
            live = await readLiveState(client, [...new Set(built.desired.map((d) => d.state.flowName))], [...new Set(built.desired.map((d) => d.state.name))], [...new Set(built.desired.flatMap((d) => (d.state.work_pool_name ? [d.state.work_pool_name] : [])))]);
            const managed = settings.prune ? await readManaged(client, settings.environment, settings.vcs.repository) : [];
            const errors = [...built.errors];
            // In a plan, the blocks this run would write (any block, when scripts would run) may not exist yet.
            const pending = run.mode === 'plan'
                ? { blocks: new Map(run.report.blocks.filter((b) => b.action === 'create').map((b) => [b.key, b.schema])), scripts: scriptsOf(run).length > 0 }
                : undefined;
            const withBlocks = await resolveInfrastructureBlocks(client, built.desired, errors, ctx.image, pending);
            const desired = withPoolImage(withBlocks, live.workPools, ctx.image, ctx.workdir);
            run.report.entries = planDeployments(desired, live, run.caps, errors, managed, { adopt: settings.adopt });
            for (const e of run.report.entries)
                if (startsInImage(e, ctx.workdir))
                    e.notes.push(IMAGE_WORKDIR_NOTE(ctx.workdir));
        },
        async apply(run) {
            const { settings, report, ui } = run;
            const writes = report.entries.filter((e) => e.action === 'create' || e.action === 'update' || e.action === 'delete').length;
            if (writes)
                ui.info(`applying ${writes} change(s) with up to ${settings.concurrency} request(s) in flight`);
            let done = 0;
            const results = await applyPlan(run.client, report.entries, live.flows, run.caps, {
                concurrency: settings.concurrency,
                onResult: () => {
                    done++;
                    if (writes >= 50 && done % 50 === 0)
                        ui.info(`${done}/${writes} applied`);
                },
            });
            for (const r of results)
                report.results.set(r.entry, r);
        },
    };
}
const PREFECT2_IMAGE_PATH = '/opt/prefect/flows';
const IMAGE_WORKDIR_NOTE = (workdir) => `no pull section: runs start in ${workdir} in the image (prefect deploy would register the directory it ran in, which is not in the image); set pull: to choose`;
/** A deployment written now without a pull section whose runs start in the image's working directory. */
function startsInImage(e, workdir) {
    if ((e.action !== 'create' && e.action !== 'update') || !e.desired || e.desired.spec.pull)
        return false;
    const [first] = (e.desired.state.pull_steps ?? []);
    return first?.['prefect.deployments.steps.set_working_directory']?.directory === workdir;
}
/** `ib-block` on Prefect 3, where workers and work pools replaced agents: a validation error at each place it is written. */
function agentErrors(file, caps) {
    if (caps.infrastructureBlocks)
        return [];
    const nodes = new Map(file.deployments.flatMap((d) => (d.infrastructureBlockNode ? [[d.infrastructureBlockNode, d.infrastructureBlock]] : [])));
    return [...nodes].map(([node, ref]) => ({
        file: file.path,
        ...node.pos,
        severity: 'error',
        message: `ib-block '${ref}' is for Prefect 2 agents; Prefect ${caps.version} runs deployments from work pools: set work_pool.name (an ECS work pool replaces ecs-task blocks) and run a worker`,
    }));
}
/**
 * `ib-block` -> `infrastructure_document_id` on Prefect 2, with the image as a
 * per-deployment override when the block has an `image` field. In a plan
 * (`pending`), a block this run would create, or any block when block scripts
 * would run, may still be missing: it gets a placeholder.
 */
async function resolveInfrastructureBlocks(client, desired, errors, image, pending) {
    const refs = [...new Set(desired.flatMap((d) => (d.spec.infrastructureBlock ? [d.spec.infrastructureBlock] : [])))];
    if (!refs.length)
        return desired;
    const found = await readBlockDocumentIds(client, refs);
    const kept = [];
    for (const d of desired) {
        const ref = d.spec.infrastructureBlock;
        if (!ref) {
            kept.push(d);
            continue;
        }
        let block = found.get(ref);
        if (!block.id && pending && (pending.blocks.has(ref) || (pending.scripts && ref.indexOf('/') > 0))) {
            block = { id: `(${ref}, written by this run)`, schema: pending.blocks.get(ref) };
        }
        if (!block.id) {
            errors.push({ deployment: d.state.name, message: block.error });
            continue;
        }
        // Prefect 2's convention for image-based infrastructure: the code is at /opt/prefect/flows; agents use no pull steps.
        const pull = d.spec.pull ?? null;
        const takesImage = image !== undefined && block.schema?.fields.properties?.image !== undefined && !('image' in d.state.job_variables);
        const jobVariables = takesImage ? { ...d.state.job_variables, image } : d.state.job_variables;
        kept.push({ ...d, state: { ...d.state, infrastructure_document_id: block.id, path: pull ? null : PREFECT2_IMAGE_PATH, pull_steps: pull, job_variables: jobVariables } });
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/stages/report.ts
/** True when a run ended with any deployment not registered (a conflict counts only when writing). */
function hasFailures(report) {
    const skipped = report.mode !== 'plan' && report.entries.some((e) => e.action === 'conflict');
    return skipped || report.entries.some((e) => e.action === 'error') || [...report.results.values()].some((r) => r.error) || report.automations.some((a) => a.action === 'error' || a.error);
}

;// CONCATENATED MODULE: ./src/stages/pipeline.ts
/**
 * `plan`, `deploy` and `promote`: the file is validated, every stage checks its
 * inputs (nothing is written anywhere before all checks pass), then each stage plans
 * with the outputs of the stages before it and, unless this is a plan, applies.
 */















/** The pipeline, in the order it runs. */
const stages = () => [buildStepsStage('before-image'), imageStage, buildStepsStage('after-image'), blocksStage(), blockScriptsStage, deploymentsStage(), automationsStage()];
/** Runs every stage for one environment. A layer cache (the action's) speeds up builds. */
async function runDeploy(settings, mode, ui, layerCache) {
    const validation = runValidate(settings);
    if (!validation.valid)
        throw new InvalidInput([...validation.errors, ...validation.warnings]);
    const pipeline = stages();
    const input = { settings, mode, file: validation.validated };
    stopOn(pipeline.flatMap((stage) => stage.check(input)));
    const run = await openRun(input, validation, ui, layerCache);
    try {
        const problems = [];
        for (const stage of pipeline)
            problems.push(...(await stage.read(run)));
        stopOn(problems);
        for (const stage of pipeline) {
            await stage.plan(run);
            if (mode !== 'plan')
                await stage.apply(run);
        }
        return run.report;
    }
    finally {
        // The layer cache upload overlaps the registration; the run ends when both have.
        await Promise.all(run.background);
    }
}
/** Reaches the Prefect server, and reads what every stage uses: its version and the file's Prefect variables and blocks. */
async function openRun(input, validation, ui, layerCache) {
    const { settings, mode, file } = input;
    if (!settings.prefect.apiUrl)
        throw new errors/* UsageError */.eb('no Prefect API: set PREFECT_API_URL or pass --api-url');
    const client = new PrefectClient({
        apiUrl: settings.prefect.apiUrl,
        apiKey: settings.prefect.apiKey,
        authString: settings.prefect.authString,
        maxConcurrency: settings.concurrency,
        maxRetryMs: settings.maxRetrySeconds * 1000,
        onRetry: (r) => ui.info(`retrying ${r.method} ${r.path} in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt}: ${r.reason})`),
    });
    // Reach Prefect before anything else: bad credentials stop the run here.
    const serverVersion = await client.serverVersion();
    ui.info(`Prefect ${serverVersion} at ${client.apiUrl}`);
    const report = {
        mode,
        environment: settings.environment,
        sha: settings.sha ?? '',
        file: validation.file,
        serverVersion,
        apiUrl: client.apiUrl,
        validation,
        blocks: [],
        blockScripts: { scripts: [], ran: false },
        entries: [],
        results: new Map(),
        steps: { ran: [], outputs: new Map() },
        automations: [],
    };
    const referenced = referencedValues(file);
    const [variables, blockValues] = await Promise.all([
        readVariables(client, referenced.variables, settings.concurrency),
        readBlockValues(client, referenced.blocks),
    ]);
    return { ...input, ui, client, caps: capabilitiesFor(serverVersion), variables, blockValues, layerCache, background: [], report };
}
/** Every problem the checks found, at once: those in the file at their place (exit 2 either way). */
function stopOn(problems) {
    const placed = problems.filter((p) => typeof p !== 'string');
    const settings = problems.filter((p) => typeof p === 'string');
    if (placed.length)
        throw new InvalidInput(placed, settings);
    if (settings.length)
        throw new errors/* UsageError */.eb(settings.join('\n'));
}
/** `{{ prefect.variables.<name> }}` values, read once each; a missing variable is absent. */
async function readVariables(client, names, concurrency) {
    const out = {};
    await mapBounded(names, concurrency, async (name) => {
        try {
            const v = await client.request('GET', `/variables/name/${encodeURIComponent(name)}`);
            out[name] = v.value;
        }
        catch (e) {
            if (!(e instanceof PrefectApiError && e.status === 404))
                throw e;
        }
    });
    return out;
}

;// CONCATENATED MODULE: ./src/report/cron-words.ts
/**
 * Any cron expression Prefect accepts, in words: each field (lists, ranges, steps,
 * names, `L`, `W`, `#`, `?`) is described, and minute and hour together become clock
 * times where they can. An expression this cannot read stays as written.
 */
const cron_words_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const cron_words_MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MONTH_NAMES = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth'];
const ALIASES = {
    '@midnight': '0 0 * * *', '@hourly': '0 * * * *', '@daily': '0 0 * * *', '@weekly': '0 0 * * 0',
    '@monthly': '0 0 1 * *', '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *',
};
class Unreadable extends Error {
}
function number(token, names = {}) {
    const n = /^\d+$/.test(token) ? Number(token) : names[token.toLowerCase()];
    if (n === undefined)
        throw new Unreadable(token);
    return n;
}
function parts(field, names) {
    return field.split(',').map((p) => {
        const [range, stepText] = p.split('/');
        const step = stepText === undefined ? undefined : number(stepText);
        if (range === '*' || range === '?')
            return { from: 0, step, any: true };
        const [a, b] = range.split('-');
        return { from: number(a, names), to: b === undefined ? undefined : number(b, names), step, any: false };
    });
}
function and(items) {
    return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** A field's parts in words, each value shown by `show`. */
function cron_words_list(field, show, names, unit = '') {
    return and(parts(field, names).map((p) => {
        if (p.any)
            return p.step ? `every ${p.step} ${unit}s` : `every ${unit}`;
        const base = p.to === undefined ? show(p.from) : `${show(p.from)} to ${show(p.to)}`;
        return p.step ? `every ${p.step} ${unit}s from ${unit} ${base}` : base;
    }));
}
const two = (n) => String(n).padStart(2, '0');
const isList = (field) => /^\d+(,\d+)*$/.test(field);
function timeWords(minute, hour) {
    if (isList(minute) && isList(hour)) {
        const times = hour.split(',').flatMap((h) => minute.split(',').map((m) => `${two(Number(h))}:${two(Number(m))}`));
        return `at ${and(times)}`;
    }
    const minutes = minute === '*' ? 'every minute' : /^\*\/\d+$/.test(minute) ? `every ${minute.slice(2)} minutes` : minute.includes('/') ? cron_words_list(minute, String, undefined, 'minute') : `at minute ${cron_words_list(minute, String, undefined, 'minute')}`;
    if (hour === '*')
        return minute === '*' || minute.startsWith('*/') ? minutes : `${minutes} of every hour`;
    if (/^\*\/\d+$/.test(hour))
        return `${minutes} of every ${hour.slice(2)} hours`;
    if (/^\d+-\d+$/.test(hour)) {
        const [a, b] = hour.split('-').map(Number);
        return `${minutes}, from ${two(a)}:00 to ${two(b)}:59`;
    }
    return `${minutes} past hour ${cron_words_list(hour, (h) => two(h), undefined, 'hour')}`;
}
function dayOfMonthWords(field) {
    if (field === 'L')
        return 'on the last day of the month';
    const nearest = /^(\d+)W$/.exec(field);
    if (nearest)
        return `on the weekday nearest day ${nearest[1]} of the month`;
    if (field === 'LW')
        return 'on the last weekday of the month';
    return `on day ${cron_words_list(field, String, undefined, 'day')} of the month`;
}
function dayOfWeekWords(field) {
    const nth = /^(\w+)#(\d)$/.exec(field);
    if (nth)
        return `on the ${ORDINALS[Number(nth[2])] ?? `${nth[2]}th`} ${cron_words_DAYS[number(nth[1], DAY_NAMES)]} of the month`;
    const last = /^(\w+)L$/.exec(field);
    if (last)
        return `on the last ${cron_words_DAYS[number(last[1], DAY_NAMES)]} of the month`;
    return `on ${cron_words_list(field, (d) => {
        if (cron_words_DAYS[d] === undefined)
            throw new Unreadable(String(d));
        return cron_words_DAYS[d];
    }, DAY_NAMES, 'day')}`;
}
/** A cron expression in words; unreadable ones stay as written. `dayOr` is Prefect's `day_or`. */
function cronWords(cron, dayOr = true) {
    const fields = (ALIASES[cron.trim().toLowerCase()] ?? cron).trim().split(/\s+/);
    if (fields.length < 5 || fields.length > 7)
        return `cron ${cron}`;
    const [minute, hour, dom, month, dow, second] = fields;
    try {
        let text = timeWords(minute, hour);
        if (second !== undefined && second !== '0')
            text = `${text}, at second ${cron_words_list(second, String, undefined, 'second')}`;
        const days = [];
        const anyDom = dom === '*' || dom === '?';
        const anyDow = dow === '*' || dow === '?';
        if (!anyDom)
            days.push(dayOfMonthWords(dom));
        if (!anyDow)
            days.push(dayOfWeekWords(dow));
        text += days.length ? ` ${days.join(dayOr ? ' or ' : ' and ')}` : isList(minute) && isList(hour) ? ' every day' : '';
        if (month !== '*') {
            text += ` in ${cron_words_list(month, (m) => {
                if (!cron_words_MONTHS[m])
                    throw new Unreadable(String(m));
                return cron_words_MONTHS[m];
            }, MONTH_NAMES, 'month')}`;
        }
        if (fields[6] !== undefined && fields[6] !== '*')
            text += ` in ${fields[6]}`;
        return text;
    }
    catch (e) {
        if (e instanceof Unreadable)
            return `cron ${cron}`;
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/report/schedule-words.ts

function scheduleWords(s) {
    const sch = s.schedule;
    const tz = sch.timezone ? ` (${sch.timezone})` : ' (UTC)';
    const off = s.active ? '' : ' — inactive';
    if ('cron' in sch)
        return `${cronWords(String(sch.cron), sch.day_or !== false)}${tz}${off}`;
    if ('interval' in sch)
        return `every ${duration(Number(sch.interval))}${off}`;
    return `${rruleWords(String(sch.rrule))}${tz}${off}`;
}
function pad(n) {
    return n.padStart(2, '0');
}
function rruleWords(rrule) {
    const rule = rrule.split('\n').find((l) => /FREQ=/.test(l))?.replace(/^RRULE:/, '') ?? rrule;
    const parts = Object.fromEntries(rule.split(';').map((p) => p.split('=')));
    const freq = (parts.FREQ ?? '').toLowerCase();
    const codes = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' };
    let text = freq ? `${parts.INTERVAL && parts.INTERVAL !== '1' ? `every ${parts.INTERVAL} ` : ''}${freq}` : `rrule ${rrule}`;
    if (parts.BYDAY)
        text += ` on ${parts.BYDAY.split(',').map((d) => codes[d] ?? d).join(', ')}`;
    if (parts.BYHOUR)
        text += ` at ${parts.BYHOUR.split(',').map((h) => `${pad(h)}:${pad(parts.BYMINUTE ?? '0')}`).join(', ')}`;
    return text;
}
function duration(seconds) {
    for (const [unit, size] of [['day', 86400], ['hour', 3600], ['minute', 60]]) {
        if (seconds >= size && seconds % size === 0)
            return seconds === size ? `1 ${unit}` : `${seconds / size} ${unit}s`;
    }
    return `${seconds} seconds`;
}

;// CONCATENATED MODULE: ./src/report/text.ts


/** The Prefect UI's address for an API URL: self-hosted `http://host/api` or Prefect Cloud. */
function uiUrl(apiUrl) {
    const cloud = /^https:\/\/api\.prefect\.(cloud|dev)\/api\/accounts\/([^/]+)\/workspaces\/([^/]+)/.exec(apiUrl);
    if (cloud)
        return `https://app.prefect.${cloud[1]}/account/${cloud[2]}/workspace/${cloud[3]}`;
    return apiUrl.replace(/\/api\/?$/, '');
}
function deploymentUrl(apiUrl, id) {
    return `${uiUrl(apiUrl)}/deployments/deployment/${id}`;
}
/** A block's action in the report's tense, and the fields it changes (names only: values may be secret). */
function blockOutcome(report, b) {
    const done = { create: 'created', update: 'updated', unchanged: 'unchanged' };
    return { action: report.mode === 'plan' ? b.action : done[b.action], changed: b.action === 'unchanged' ? [] : b.changed };
}
/** The block scripts line: what ran, or would run. */
function scriptsText(report) {
    const { scripts, ran } = report.blockScripts;
    return scripts.length ? `Block scripts ${ran ? 'ran' : 'would run'}: ${scripts.join(', ')}` : undefined;
}
/** The build/push steps line: what ran. */
function stepsText(report) {
    return report.steps.ran.length ? `Build steps ran: ${report.steps.ran.join(', ')}` : undefined;
}
/** A deployment's automations in the report's tense, with their names. */
function automationOutcome(report, a) {
    const done = { create: 'created', replace: 'replaced', unchanged: 'unchanged', delete: 'deleted', error: 'error' };
    const action = a.error ? 'failed' : report.mode === 'plan' ? a.action : done[a.action];
    const names = a.action === 'delete' ? a.live : a.desired.map((d) => d.name);
    return { action, names: [...names, ...(a.slas ? [`${a.slas.length} SLA(s)`] : [])] };
}
/** What happened (deploy) or would happen (plan) to an entry. */
function outcome(report, e) {
    const r = report.results.get(e);
    if (e.action === 'error')
        return { action: 'error', error: e.error };
    if (e.action === 'conflict') {
        const owned = `exists, owned by ${e.owner}: its values are not shown`;
        return report.mode === 'plan' ? { action: 'conflict', error: `${owned}; deploy skips it unless --adopt` } : { action: 'skipped', error: `${owned}; not changed (pass --adopt to take it over)` };
    }
    if (r?.error)
        return { action: 'failed', id: e.id, error: r.error };
    if (report.mode === 'plan')
        return { action: e.action, id: e.id };
    const done = { create: 'created', update: 'updated', delete: 'deleted', unchanged: 'unchanged' };
    return { action: done[e.action], id: r?.id ?? e.id };
}
function scheduleText(s) {
    const sch = s.schedule;
    const tz = sch.timezone ? ` (${sch.timezone})` : '';
    const off = s.active ? '' : ' [inactive]';
    if ('cron' in sch)
        return `cron ${sch.cron}${tz}${off}`;
    if ('interval' in sch)
        return `every ${text_duration(Number(sch.interval))}${tz}${off}`;
    return `rrule ${String(sch.rrule).replace(/\n/g, ' ')}${tz}${off}`;
}
function text_duration(seconds) {
    for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]])
        if (seconds >= size && seconds % size === 0)
            return `${seconds / size}${unit}`;
    return `${seconds}s`;
}
function text_short(v) {
    const text = typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null';
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function changeText(c) {
    if (c.secret)
        return `${c.field}: changed (holds a secret-bearing value: not shown)`;
    // Job variables are where secrets live: their keys only, never values.
    if (c.field === 'job_variables')
        return `job_variables: ${changedKeys(c).join(', ')} changed`;
    if (c.field === 'schedules') {
        // Both sides are comparable views: the schedule's fields and `active` side by side.
        const words = (list) => list.map((v) => scheduleWords({ schedule: v, active: v.active !== false, parameters: {}, slug: null })).join('; ') || 'none';
        return `schedules: ${words(c.from)} -> ${words(c.to)}`;
    }
    if (c.field === 'parameter_openapi_schema' || c.field === 'pull_steps')
        return c.field;
    return `${c.field}: ${text_short(c.from)} -> ${text_short(c.to)}`;
}
/** The top-level keys whose values differ between the two sides of a change. */
function changedKeys(c) {
    const [a, b] = [(c.from ?? {}), (c.to ?? {})];
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonical(a[k]) !== canonical(b[k])).sort();
}
/** A change as the JSON document shows it: values only where they are neither secret nor job variables. */
function changeJson(c) {
    if (c.secret)
        return { field: c.field, secret: true };
    if (c.field === 'job_variables')
        return { field: c.field, keys: changedKeys(c) };
    return { field: c.field, from: c.from, to: c.to };
}
function renderText(report) {
    const lines = [];
    const heading = report.mode === 'plan' ? 'Plan' : report.mode === 'promote' ? 'Promote' : 'Deploy';
    lines.push(`${heading} for ${report.environment ?? report.file} at ${report.sha.slice(0, 12)} (Prefect ${report.serverVersion})`);
    if (report.image)
        lines.push(`Image: ${report.image.uri}${report.image.digest ? ` (${report.image.digest})` : ''}${report.image.built ? ', built' : ''}`);
    for (const b of report.blocks) {
        const o = blockOutcome(report, b);
        lines.push(`Block ${b.key}: ${o.action}${o.changed.length ? ` (${o.changed.join(', ')})` : ''}`);
    }
    if (scriptsText(report))
        lines.push(scriptsText(report));
    if (stepsText(report))
        lines.push(stepsText(report));
    const rows = report.entries.map((e) => {
        const o = outcome(report, e);
        const schedules = e.desired?.state.schedules.map(scheduleText).join('; ') || '-';
        const detail = o.error ?? (e.action === 'update' ? e.changes.map(changeText).join(', ') : '');
        return [e.name, e.flowName || '-', o.action, schedules, o.id ? deploymentUrl(report.apiUrl, o.id) : '', detail];
    });
    const header = ['deployment', 'flow', 'action', 'schedule', 'link', 'changes'];
    const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i].length))));
    const fmt = (r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
    lines.push(fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt));
    const counts = new Map();
    for (const e of report.entries)
        counts.set(outcome(report, e).action, (counts.get(outcome(report, e).action) ?? 0) + 1);
    for (const a of report.automations) {
        const o = automationOutcome(report, a);
        lines.push(`Automations of ${a.deployment}: ${o.action}${o.names.length ? ` (${o.names.join(', ')})` : ''}${a.error ? `: ${a.error}` : ''}`);
    }
    const notes = report.entries.flatMap((e) => e.notes.map((n) => `  ${e.name}: ${n}`));
    if (notes.length)
        lines.push('', 'Notes:', ...notes);
    lines.push('', [...counts].map(([a, n]) => `${n} ${a}`).join(', '));
    lines.push(`Prefect UI: ${uiUrl(report.apiUrl)}`);
    return lines.join('\n') + '\n';
}
/** The `--json` document: `{environment, sha, mode, image, blocks, blockScripts, deployments: [{name, flow, id, action, changes}], errors}`. */
function renderJson(report) {
    const deployments = report.entries.map((e) => {
        const o = outcome(report, e);
        return {
            name: e.name,
            flow: e.flowName || null,
            id: o.id ?? null,
            action: o.action,
            changes: e.changes.map(changeJson),
            ...(e.owner ? { owner: e.owner } : {}),
            notes: e.notes,
            ...(o.id ? { url: deploymentUrl(report.apiUrl, o.id) } : {}),
        };
    });
    const errors = report.entries.flatMap((e) => {
        const o = outcome(report, e);
        return o.error ? [{ deployment: e.name, flow: e.flowName || null, message: o.error }] : [];
    });
    const image = report.image
        ? { uri: report.image.uri, digest: report.image.digest ?? null, digestRef: report.image.digestRef ?? null, built: report.image.built, tagsWritten: report.image.tagsWritten }
        : null;
    const blocks = report.blocks.map((b) => ({ type: b.spec.type, name: b.spec.name, ...blockOutcome(report, b) }));
    const automations = report.automations.map((a) => ({ deployment: a.deployment, flow: a.flowName, ...automationOutcome(report, a), ...(a.error ? { error: a.error } : {}) }));
    for (const a of report.automations)
        if (a.error)
            errors.push({ deployment: a.deployment, flow: a.flowName, message: `automations: ${a.error}` });
    return JSON.stringify({ environment: report.environment ?? null, sha: report.sha, mode: report.mode, image, blocks, blockScripts: report.blockScripts, steps: report.steps.ran, deployments, automations, errors }, null, 2);
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The CLI entry (bin: prefect-ecr-deploy): flags -> Settings -> the same commands
 * the action runs. Exit codes: 0 ok, 2 invalid input, 1 unexpected failure.
 */







/** Everything the CLI prints goes through `redact`: secret-bearing values never reach a terminal or a CI log. */
const out = (text) => process.stdout.write(redact(text));
const err = (text) => process.stderr.write(redact(text));
/** Progress on stderr. */
const cliUi = {
    info: (m) => err(`${m}\n`),
    warning: (m) => err(`warning: ${m}\n`),
    group: async (title, fn) => {
        err(`--- ${title}\n`);
        return fn((l) => err(`    ${l}\n`));
    },
    mask: () => undefined,
    // The CLI logs out in its own finally blocks; nothing outlives the process.
    loggingIn: () => undefined,
};
async function main() {
    const settings = parseArgs(process.argv.slice(2), process.env, process.cwd());
    if (settings === 'help') {
        out(USAGE);
        return 0;
    }
    if (settings.command !== 'validate') {
        const report = await runDeploy(settings, settings.command, cliUi);
        for (const d of report.validation.warnings)
            err(`${formatDiagnostic(d)}\n`);
        out(settings.json ? `${renderJson(report)}\n` : renderText(report));
        return hasFailures(report) ? 1 : 0;
    }
    const report = runValidate(settings);
    for (const d of [...report.errors, ...report.warnings])
        err(`${formatDiagnostic(d)}\n`);
    if (settings.json) {
        out(`${validateJson(report)}\n`);
    }
    else if (report.valid) {
        const flows = new Set(report.deployments.map((d) => d.flow)).size;
        out(`${report.file}: valid, ${report.deployments.length} deployment(s) of ${flows} flow(s)\n`);
        for (const d of report.deployments)
            out(`  ${d.name}  (${d.flow}, ${d.entrypoint})\n`);
    }
    else {
        err(`${report.file}: ${report.errors.length} error(s)\n`);
    }
    return report.valid ? 0 : 2;
}
main().then((code) => {
    process.exitCode = code;
}, (e) => {
    if (e instanceof InvalidInput) {
        for (const d of e.diagnostics)
            err(`${formatDiagnostic(d)}\n`);
        for (const p of e.problems)
            err(`prefect-ecr-deploy: ${p}\n`);
        process.exitCode = 2;
    }
    else if (e instanceof errors/* UsageError */.eb) {
        err(`prefect-ecr-deploy: ${e.message}\n`);
        process.exitCode = 2;
    }
    else if (e instanceof errors/* Failure */.HR) {
        err(`prefect-ecr-deploy: ${e.message}\n`);
        process.exitCode = 1;
    }
    else {
        err(`prefect-ecr-deploy: unexpected failure: ${(0,errors/* errorMessage */.gJ)(e)}\n`);
        process.exitCode = 1;
    }
});

