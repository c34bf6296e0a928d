export const id = 9880;
export const ids = [9880,4291,6672];
export const modules = {

/***/ 4291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  defaultMaxAttempts: () => (/* binding */ defaultMaxAttempts),
  iamAction: () => (/* binding */ iamAction),
  resolveRegion: () => (/* binding */ resolveRegion),
  serviceOf: () => (/* binding */ serviceOf)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
;// CONCATENATED MODULE: ./shared/version.ts
/** The suite's version; a unit test keeps it equal to package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./shared/aws/clients.ts
// Client configuration shared by every AWS client: region, adaptive retries, user agent, and
// a middleware that names the failed operation (`ecs:UpdateService`) on errors.


/** Region from the input, then AWS_REGION, then AWS_DEFAULT_REGION. */
function resolveRegion(input, env = process.env) {
    const region = input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!region)
        throw new errors/* ActionError */.lZ("No AWS region: set the 'aws-region' input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).");
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region))
        throw new errors/* ActionError */.lZ(`AWS region ${JSON.stringify(region)} is not a region name such as us-east-1 or eu-west-3.`);
    return region;
}
function defaultMaxAttempts(env = process.env) {
    const fromEnv = Number(env['AWS_MAX_ATTEMPTS']);
    return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 6;
}
const IAM_PREFIX = {
    ECSClient: 'ecs',
    ECRClient: 'ecr',
    LambdaClient: 'lambda',
    CloudFormationClient: 'cloudformation',
    CloudWatchClient: 'cloudwatch',
    CloudWatchLogsClient: 'logs',
    S3Client: 's3',
    DynamoDBClient: 'dynamodb',
    EKSClient: 'eks',
    STSClient: 'sts',
};
/** The IAM action name for an SDK operation, where it differs from the operation's name. */
const IAM_ACTION_OVERRIDES = {
    's3:HeadBucket': 's3:ListBucket',
    's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
    's3:PutBucketEncryption': 's3:PutEncryptionConfiguration',
    's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
    's3:PutPublicAccessBlock': 's3:PutBucketPublicAccessBlock',
    's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
    's3:PutBucketLifecycleConfiguration': 's3:PutLifecycleConfiguration',
    's3:HeadObject': 's3:GetObject',
    'ecr:DescribeImageScanFindings': 'ecr:DescribeImageScanFindings',
};
/** IAM service prefix from the SDK's client name (a string the SDK sets, safe from minifiers). */
function serviceOf(clientName) {
    return IAM_PREFIX[clientName] ?? clientName.replace(/Client$/, '').toLowerCase();
}
function iamAction(service, operation) {
    const name = `${service}:${operation}`;
    return IAM_ACTION_OVERRIDES[name] ?? name;
}
function nameFailedOperations(client) {
    const namer = (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            const operation = (context.commandName ?? '').replace(/Command$/, '');
            if (typeof error === 'object' && error !== null && operation)
                Object.assign(error, { $operation: iamAction(serviceOf(context.clientName ?? ''), operation) });
            throw error;
        }
    };
    client.middlewareStack.add(namer, { step: 'initialize', name: 'awsDeployActionsOperationName' });
}
/**
 * Creates an SDK v3 client with the suite's settings. Endpoints come from the SDK itself
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>), credentials from its default chain.
 */
function createClient(ClientClass, options = {}) {
    const config = {
        region: resolveRegion(options.region),
        maxAttempts: options.maxAttempts ?? defaultMaxAttempts(),
        retryMode: 'adaptive',
        customUserAgent: [['aws-deploy-actions', VERSION]],
        ...options.extra,
    };
    const client = new ClientClass(config);
    nameFailedOperations(client);
    return client;
}


/***/ }),

/***/ 9880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployTarget: () => (/* binding */ deployTarget)
/* harmony export */ });
/* harmony import */ var _shared_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _shared_action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
/* harmony import */ var _shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2173);
/* harmony import */ var _shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4291);
// The deploy step of the release, built from shared/targets: ECS (deployService), Lambda direct
// mode (deployFunction), CloudFormation mode (deployStack) or EKS (rollOutDeployments). Never
// throws: the caller decides between rollback and failure from the records and the error.




async function deployEcs(plan, values, context) {
    const [{ ECSClient }, { deployService, ecsOutputs }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(222)]).then(__webpack_require__.bind(__webpack_require__, 7841)),
    ]);
    const ecs = (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(ECSClient, { region: context.region });
    const logsClient = async () => (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)((await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient, {
        region: context.region,
    });
    const result = { records: [], outputs: {} };
    try {
        await deployService(ecs, logsClient, {
            cluster: plan.cluster,
            service: plan.service,
            region: context.region,
            ...(values.image ? { image: values.image } : {}),
            ...(values.container ? { container: values.container } : {}),
            images: values.images,
            ...(plan.file ? { file: plan.file } : {}),
            environment: values.environment,
            ...(values['desired-count'] !== undefined ? { desiredCount: values['desired-count'] } : {}),
            forceNewDeployment: values['force-new-deployment'],
            ...(plan.command ? { migrationCommand: plan.command } : {}),
            wait: true,
            ifInProgress: 'wait',
            dryRun: false,
        }, context.follow, {
            summary: context.details,
            startedAt: context.startedAt,
            onRecord: (outcome) => {
                result.records = [outcome.record];
                result.outputs = ecsOutputs(outcome);
            },
        });
    }
    catch (error) {
        result.error = error;
    }
    return result;
}
async function deployFunction(plan, values, context) {
    const [{ LambdaClient }, { ECRClient }, lambdaTarget, { functionOutputs, functionRecord }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
        __webpack_require__.e(/* import() */ 8204).then(__webpack_require__.bind(__webpack_require__, 8204)),
        __webpack_require__.e(/* import() */ 7354).then(__webpack_require__.bind(__webpack_require__, 7354)),
    ]);
    const clients = {
        lambda: (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(LambdaClient, { region: context.region }),
        ecr: (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(ECRClient, { region: context.region }),
    };
    const progress = { weights: [] };
    let status = 'succeeded';
    let message;
    let error;
    try {
        await lambdaTarget.deployFunction(clients, {
            functionName: plan.functionName,
            image: plan.image,
            publish: true,
            ...(values.alias ? { alias: values.alias } : {}),
            ...(plan.traffic ? { traffic: plan.traffic } : {}),
            alarms: [],
            ...(Object.keys(values.environment).length ? { environment: values.environment } : {}),
            dryRun: false,
        }, context.follow, progress);
    }
    catch (caught) {
        error = caught;
        status = context.follow.signal?.aborted ? 'cancelled' : 'failed';
        message = caught instanceof Error ? caught.message : String(caught);
    }
    const record = functionRecord(progress, { functionName: plan.functionName, alias: values.alias }, { region: context.region, status, startedAt: context.startedAt, message });
    const previous = progress.snapshot;
    context.details.heading((0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`Lambda ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(plan.functionName)}`), 3);
    context.details.table(['', 'before', 'after'], [
        [
            'image',
            (0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)((0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(previous?.imageUri ?? '(unknown)')),
            (0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)((0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(progress.resolved?.imageUri ?? '(unchanged)')),
        ],
        ...(values.alias
            ? [[`alias ${values.alias}`, previous?.alias?.version ?? '(none)', progress.version ?? '(unchanged)']]
            : []),
    ]);
    return {
        records: record ? [record] : [],
        outputs: functionOutputs(progress),
        ...(error !== undefined ? { error } : {}),
    };
}
async function deployStack(plan, values, context) {
    const [{ CloudFormationClient }, stackTarget, { stackRecord }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        __webpack_require__.e(/* import() */ 5581).then(__webpack_require__.bind(__webpack_require__, 5581)),
        __webpack_require__.e(/* import() */ 7354).then(__webpack_require__.bind(__webpack_require__, 7354)),
    ]);
    const cfn = (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(CloudFormationClient, { region: context.region });
    const progress = { outputs: {} };
    let imageUri;
    let status = 'succeeded';
    let message;
    let error;
    try {
        if (plan.image) {
            const [{ ECRClient }, { resolveImage, platformArchitecture }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
                Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8802)),
            ]);
            const resolved = await resolveImage((0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(ECRClient, { region: context.region }), plan.image, platformArchitecture(values.architecture ?? 'x86_64'));
            imageUri = resolved.imageUri;
            (0,_shared_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(`Image ${values.image} → ${imageUri}`);
        }
        await (0,_shared_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os)(`Stack ${plan.stackName}`, () => stackTarget.deployStack(cfn, {
            caller: 'aws-deploy-actions-release',
            stackName: plan.stackName,
            templateBody: plan.templateBody,
            imageParameter: values['image-parameter'],
            ...(imageUri ? { imageUri } : {}),
            overrides: values['parameter-overrides'],
            capabilities: values.capabilities,
            tags: {},
            rollbackAlarmArns: [],
            dryRun: false,
            onSecret: _shared_action_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq,
        }, context.follow, progress));
        if (progress.follow && progress.follow.status !== 'succeeded') {
            status = progress.follow.status;
            message = `Stack ${plan.stackName} did not deploy: ${progress.follow.reason ?? progress.follow.state}.`;
            error = new _shared_action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(message);
        }
    }
    catch (caught) {
        error = caught;
        status = context.follow.signal?.aborted ? 'cancelled' : 'failed';
        message = caught instanceof Error ? caught.message : String(caught);
    }
    const record = stackRecord(progress, plan.stackName, {
        region: context.region,
        status,
        startedAt: context.startedAt,
        message,
    });
    const parameter = (state) => state?.parameters.find((p) => p.key === values['image-parameter'])?.value;
    context.details.heading((0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`Stack ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(plan.stackName)}`), 3);
    context.details.paragraph((0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(values['image-parameter'])}: ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(parameter(progress.previous) ?? '(none)')} → ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(parameter(progress.current) ?? '(unchanged)')}`));
    return {
        records: record ? [record] : [],
        outputs: {
            ...(imageUri ? { 'image-uri': imageUri } : {}),
            ...(progress.after ? { 'stack-outputs': progress.outputs } : {}),
        },
        ...(error !== undefined ? { error } : {}),
    };
}
async function deployEks(plan, context) {
    const { rollOutDeployments, eksOutputs } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7453));
    const result = { records: [], outputs: {} };
    try {
        await rollOutDeployments({
            cluster: plan.cluster,
            namespace: plan.namespace,
            deployments: plan.deployments,
            images: plan.images,
            changeCause: plan.changeCause,
            region: context.region,
            ...(plan.kubeconfig ? { kubeconfig: plan.kubeconfig } : {}),
            ...(plan.apiServer ? { apiServer: plan.apiServer } : {}),
            ...(plan.caData ? { caData: plan.caData } : {}),
            // The release restores every Deployment itself, after a failed rollout as after a failed
            // smoke test or bake.
            ifRolloutFails: 'caller-restores',
        }, context.follow, {
            summary: context.details,
            startedAt: context.startedAt,
            headingLevel: 3,
            onOutcome: (outcome) => {
                result.records = outcome.records;
                result.outputs = eksOutputs(outcome);
            },
        });
    }
    catch (error) {
        result.error = error;
    }
    return result;
}
function deployTarget(plan, values, context) {
    switch (plan.target) {
        case 'ecs':
            return deployEcs(plan, values, context);
        case 'eks':
            return deployEks(plan, context);
        case 'lambda':
            return plan.mode === 'direct'
                ? deployFunction(plan, values, context)
                : deployStack(plan, values, context);
    }
}


/***/ })

};
