export const id = 2203;
export const ids = [2203,4291,6672];
export const modules = {

/***/ 2947:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8925);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('eks-rolling-update', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
// EXTERNAL MODULE: ./shared/targets/eks/deploy.ts + 1 modules
var deploy = __webpack_require__(7453);
// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/eks/inputs.ts
var eks_inputs = __webpack_require__(1556);
;// CONCATENATED MODULE: ./actions/eks-rolling-update/src/inputs.ts



const inputs_inputs = {
    ...eks_inputs/* eksInputs */.XO,
    'cluster-name': (0,eks_inputs/* clusterNameInput */.gq)({ required: true }),
    deployment: (0,eks_inputs/* deploymentsInput */.v$)({ required: true }),
    image: inputs/* input */.hF.string({ accepted: ecs_image/* IMAGE_ACCEPTED */.KR, check: ecs_image/* imageProblem */.JC }),
    container: inputs/* input */.hF.string({ pattern: eks_inputs/* DNS_LABEL */.HR, accepted: 'the name of a container of the Deployment' }),
    images: inputs/* input */.hF.map({
        key: eks_inputs/* DNS_LABEL */.HR,
        accepted: 'container=image lines, such as api=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2',
    }),
    'wait-timeout': inputs/* input */.hF.duration({ default: '10m', min: 1000 }),
    'undo-on-failure': inputs/* input */.hF.boolean({ default: true }),
    'aws-region': inputs/* input */.hF.string({ accepted: 'an AWS region such as eu-west-3' }),
};
const inputs_outputs = ['revisions', 'previous-revisions', 'deployment'];

;// CONCATENATED MODULE: ./actions/eks-rolling-update/src/main.ts
// eks-rolling-update: read inputs → roll out (shared/targets/eks/deploy.ts: connect, plan every
// image change before the first patch, patch, follow concurrently, undo all on failure) → outputs.






/** Longest gap between two polls of a rollout: Kubernetes reads are cheap, exits should be quick. */
const MAX_POLL_INTERVAL_MS = 5_000;
/** With a kubeconfig no AWS call is needed, so a missing region is no error. */
function regionFor(values, kubeconfig) {
    if (!kubeconfig)
        return (0,clients.resolveRegion)(values['aws-region'] || undefined);
    try {
        return (0,clients.resolveRegion)(values['aws-region'] || undefined);
    }
    catch {
        return 'unknown';
    }
}
async function main(context) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const images = (0,deploy/* eksImageRequest */.sx)(values);
    const kubeconfig = (0,deploy/* kubeconfigPath */.l6)(values.kubeconfig);
    await (0,deploy.rollOutDeployments)({
        cluster: values['cluster-name'],
        namespace: values.namespace,
        deployments: [...new Set(values.deployment)],
        images,
        changeCause: values['change-cause'] || (0,deploy/* defaultChangeCause */.jZ)(),
        region: regionFor(values, kubeconfig),
        ...(kubeconfig ? { kubeconfig } : {}),
        ...(values['api-server'] ? { apiServer: values['api-server'] } : {}),
        ...(values['certificate-authority-data'] ? { caData: values['certificate-authority-data'] } : {}),
        ifRolloutFails: values['undo-on-failure'] ? 'undo' : 'leave',
    }, {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: MAX_POLL_INTERVAL_MS,
        signal: context.signal,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
    }, {
        summary: context.summary,
        startedAt: context.startedAt,
        onOutcome: (outcome) => (0,outputs/* writeOutputs */.K)(inputs_outputs, {
            ...(0,deploy.eksOutputs)(outcome),
            deployment: outcome.records.length === 1 && outcome.records[0] ? outcome.records[0] : outcome.records,
        }),
    });
}


/***/ }),

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

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   f: () => (/* binding */ STATUSES)
/* harmony export */ });
/* unused harmony export encodeRecord */
// The deployment record (DESIGN.md): the contract between deploy actions and auto-rollback.
// `previous` holds exactly what a target's restore() needs.
const RECORD_SCHEMA = 'aws-deploy-actions/deployment@1';
const TARGETS = ['ecs', 'lambda', 'eks', 'cloudformation'];
const STATUSES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'planned', 'rolled-back'];
function encodeRecord(record) {
    return JSON.stringify(record);
}


/***/ })

};
