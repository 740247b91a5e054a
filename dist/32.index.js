export const id = 32;
export const ids = [32];
export const modules = {

/***/ 1032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ecs: () => (/* binding */ Ecs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(212);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/**
 * Amazon ECS through the AWS SDK, for the worker service: the service and its task
 * definition (read), a new task definition revision, the service pointed at it, and
 * a Fargate service created from a task definition (one-click start). The endpoint
 * is the SDK's own: AWS_ENDPOINT_URL_ECS when set.
 */



class Ecs {
    region;
    client;
    constructor(region) {
        this.region = region;
        this.client = new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .ECSClient */ .Zgc({ region, maxAttempts: 5 });
    }
    /** The service, or undefined when it does not exist (or was deleted); a missing cluster is an error. */
    async describeService(cluster, service) {
        let out;
        try {
            out = await this.client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .DescribeServicesCommand */ .H7c({ cluster, services: [service] }));
        }
        catch (e) {
            if (e.name === 'ClusterNotFoundException') {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ECS cluster '${cluster}' does not exist in ${this.region}`);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .es)(e, `reading ECS service ${cluster}/${service} in ${this.region}`));
        }
        const found = out.services?.[0];
        return found && found.status !== 'INACTIVE' ? found : undefined;
    }
    async describeTaskDefinition(arn) {
        try {
            const out = await this.client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: arn, include: ['TAGS'] }));
            return { taskDefinition: out.taskDefinition, tags: out.tags ?? [] };
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsError */ .es)(e, `reading task definition ${arn} in ${this.region}`));
        }
    }
    /** Registers a revision; returns its ARN. Errors are the SDK's (the caller says what was done). */
    async registerTaskDefinition(input) {
        const out = await this.client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .RegisterTaskDefinitionCommand */ .$Hl(input));
        return out.taskDefinition.taskDefinitionArn;
    }
    async updateService(cluster, service, taskDefinition) {
        await this.client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .UpdateServiceCommand */ .kZr({ cluster, service, taskDefinition }));
    }
    /** A Fargate service of one task in the given subnets and security groups. */
    async createFargateService(cluster, service, taskDefinition, network) {
        await this.client.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .CreateServiceCommand */ .JkR({
            cluster,
            serviceName: service,
            taskDefinition,
            desiredCount: 1,
            launchType: 'FARGATE',
            networkConfiguration: {
                awsvpcConfiguration: {
                    subnets: network.subnets,
                    securityGroups: network.securityGroups,
                    assignPublicIp: network.assignPublicIp ? 'ENABLED' : 'DISABLED',
                },
            },
        }));
    }
}


/***/ })

};
