export const id = 75;
export const ids = [75];
export const modules = {

/***/ 1075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Store: () => (/* binding */ S3Store)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9378);
/* harmony import */ var _repository_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8658);
/**
 * Amazon S3 through the AWS SDK, for code storage: the bucket's existence, a
 * listing, small JSON objects and file uploads. The endpoint is the SDK's own
 * (AWS_ENDPOINT_URL_S3 when set); with an endpoint of its own (moto, MinIO) the
 * bucket goes in the path, not the host name.
 */





/** Files up to this size are sent from memory; larger ones are streamed. */
const IN_MEMORY = 8 * 1024 * 1024;
class S3Store {
    region;
    client;
    constructor(region, pathStyle) {
        this.region = region;
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .S3Client */ .YxF({ region, forcePathStyle: pathStyle, followRegionRedirects: true, maxAttempts: 5 });
    }
    /** Why the bucket cannot be used, or undefined when it can. */
    async bucketProblem(bucket) {
        try {
            await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .HeadBucketCommand */ .kuI({ Bucket: bucket }));
            return undefined;
        }
        catch (e) {
            const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsStatus */ .YP)(e);
            if (status === 404)
                return `S3 bucket '${bucket}' does not exist (region ${this.region}): create it, or fix --code-storage`;
            if (status === 403) {
                return `S3 bucket '${bucket}' exists but is not ours to use: these credentials are denied (another account's bucket, or a policy without s3:ListBucket on it)`;
            }
            return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsError */ .es)(e, `reading S3 bucket '${bucket}' in ${this.region}`);
        }
    }
    /** Every object under a prefix (`folder/`), by key. */
    async list(bucket, prefix, limit = Infinity) {
        const out = new Map();
        let token;
        do {
            let page;
            try {
                page = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .ListObjectsV2Command */ .u6x({
                    Bucket: bucket,
                    Prefix: prefix,
                    ContinuationToken: token,
                    MaxKeys: Math.min(1000, limit),
                }));
            }
            catch (e) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsError */ .es)(e, `listing s3://${bucket}/${prefix}`));
            }
            for (const o of page.Contents ?? [])
                if (o.Key)
                    out.set(o.Key, { size: o.Size ?? 0, etag: o.ETag?.replace(/"/g, '') });
            token = page.IsTruncated && out.size < limit ? page.NextContinuationToken : undefined;
        } while (token);
        return out;
    }
    /** A small JSON object, or undefined when there is none. */
    async getJson(bucket, key) {
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
            const text = await r.Body.transformToString('utf8');
            try {
                return JSON.parse(text);
            }
            catch {
                return null;
            }
        }
        catch (e) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsStatus */ .YP)(e) === 404)
                return undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .awsError */ .es)(e, `reading s3://${bucket}/${key}`));
        }
    }
    async putJson(bucket, key, value) {
        await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: key, Body: JSON.stringify(value), ContentType: 'application/json' }));
    }
    /**
     * Uploads a file chosen earlier (its real path and size) as one object, read through a
     * descriptor that is checked once open; errors are the SDK's (the caller says what failed).
     */
    async putFile(bucket, key, file, size) {
        const fd = (0,_repository_file_js__WEBPACK_IMPORTED_MODULE_3__/* .openChosenFile */ .rZ)(file, size);
        let Body;
        if (size <= IN_MEMORY) {
            try {
                Body = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd);
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
        else {
            Body = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd, start: 0, end: Math.max(size - 1, 0) });
        }
        await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: key, Body, ContentLength: size }));
    }
}


/***/ })

};
