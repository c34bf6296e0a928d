export const id = 6756;
export const ids = [6756,6672];
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

// EXTERNAL MODULE: ./shared/http/proxy.ts
var proxy = __webpack_require__(9903);
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
/** Request fields that name the resource a call is about (never a value that could be secret). */
const RESOURCE_FIELDS = [
    'cluster',
    'service',
    'services',
    'taskDefinition',
    'repositoryName',
    'registryId',
    'imageIds',
    'FunctionName',
    'Name',
    'name',
    'StackName',
    'Bucket',
    'TableName',
    'AlarmNames',
    'logGroupName',
];
function resourceFields(input) {
    const fields = {};
    if (typeof input !== 'object' || input === null)
        return fields;
    for (const key of RESOURCE_FIELDS)
        if (key in input)
            fields[key] = input[key];
    return fields;
}
/** On every error: `$operation` (the IAM action), `$region` and `$resource` (the request's names). */
function nameFailedOperations(client, region) {
    const namer = (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            const operation = (context.commandName ?? '').replace(/Command$/, '');
            if (typeof error === 'object' && error !== null && operation)
                Object.assign(error, {
                    $operation: iamAction(serviceOf(context.clientName ?? ''), operation),
                    $region: region,
                    $resource: resourceFields(args.input),
                });
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
    const region = resolveRegion(options.region);
    // behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY): the SDK's own handler, with the proxy agent
    const agent = (0,proxy/* proxyAgent */.QT)();
    const config = {
        region,
        maxAttempts: options.maxAttempts ?? defaultMaxAttempts(),
        retryMode: 'adaptive',
        customUserAgent: [['aws-deploy-actions', VERSION]],
        ...(agent ? { requestHandler: { httpAgent: agent, httpsAgent: agent } } : {}),
        ...options.extra,
    };
    const client = new ClientClass(config);
    nameFailedOperations(client, region);
    return client;
}


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveManualRecord: () => (/* binding */ resolveManualRecord),
/* harmony export */   restoreRecord: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4291);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);


function eksOverrides(connections) {
    return {
        ...(connections.eks?.apiServer ? { apiServer: connections.eks.apiServer } : {}),
        ...(connections.eks?.caData ? { caData: connections.eks.caData } : {}),
        ...(connections.eks?.kubeconfig ? { kubeconfig: connections.eks.kubeconfig } : {}),
    };
}
const RESTORERS = {
    ecs: async () => {
        const [{ ECSClient }, { createEcsRollback }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)),
            Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(5929)]).then(__webpack_require__.bind(__webpack_require__, 7966)),
        ]);
        return (record, options) => createEcsRollback((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(ECSClient, { region: record.region })).restore(record, options);
    },
    lambda: async () => {
        const { lambdaRollback } = await __webpack_require__.e(/* import() */ 7951).then(__webpack_require__.bind(__webpack_require__, 7951));
        return (record, options) => lambdaRollback.restore(record, options);
    },
    cloudformation: async () => {
        const { cloudFormationRollback } = await __webpack_require__.e(/* import() */ 3322).then(__webpack_require__.bind(__webpack_require__, 3322));
        return (record, options) => cloudFormationRollback.restore(record, options);
    },
    eks: async (connections) => {
        const [{ createEksRollbackAdapter }, { connectToCluster }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(8925)]).then(__webpack_require__.bind(__webpack_require__, 8925)),
            Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(9907)]).then(__webpack_require__.bind(__webpack_require__, 8000)),
        ]);
        const adapter = createEksRollbackAdapter({
            connect: (record) => connectToCluster({
                cluster: record.resource.cluster,
                region: record.region,
                ...eksOverrides(connections),
            }),
        });
        return (record, options) => adapter.restore(record, options);
    },
    ec2: async (connections) => {
        const [{ SSMClient }, { createEc2Rollback }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19)),
            Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4736), __webpack_require__.e(1376), __webpack_require__.e(6985)]).then(__webpack_require__.bind(__webpack_require__, 1376)),
        ]);
        return (record, options) => createEc2Rollback((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(SSMClient, { region: record.region }), {
            ...(connections.ec2?.healthCommand ? { healthCommand: connections.ec2.healthCommand } : {}),
            healthTimeoutMs: connections.ec2?.healthTimeoutMs ?? 300_000,
            documentName: 'AWS-RunShellScript',
        }).restore(record, options);
    },
};
async function restoreRecord(record, options, connections = {}) {
    const restore = (await RESTORERS[record.target](connections));
    return restore(record, options);
}
/** A record built from the live state, for a rollback without one: current → the state before it. */
async function resolveManualRecord(manual, regionInput, connections = {}) {
    const region = (0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.resolveRegion)(regionInput);
    switch (manual.target) {
        case 'ecs': {
            const [{ ECSClient }, { manualEcsRecord }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)),
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(4291)]).then(__webpack_require__.bind(__webpack_require__, 7012)),
            ]);
            return manualEcsRecord((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(ECSClient, { region }), region, manual.ecs);
        }
        case 'lambda': {
            const [{ LambdaClient }, { manualLambdaRecord }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696), __webpack_require__.e(601)]).then(__webpack_require__.bind(__webpack_require__, 601)),
            ]);
            return manualLambdaRecord((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(LambdaClient, { region }), region, manual.lambda);
        }
        case 'cloudformation': {
            const [{ CloudFormationClient }, { manualStackRecord }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
                __webpack_require__.e(/* import() */ 5120).then(__webpack_require__.bind(__webpack_require__, 5120)),
            ]);
            return manualStackRecord((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(CloudFormationClient, { region }), region, manual.cloudformation);
        }
        case 'eks': {
            const [{ manualEksRecord }, { connectToCluster }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 2127)),
                Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(9907)]).then(__webpack_require__.bind(__webpack_require__, 8000)),
            ]);
            const target = manual.eks;
            return manualEksRecord(region, target, () => connectToCluster({ cluster: target.cluster, region, ...eksOverrides(connections) }));
        }
        case 'ec2':
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ("An EC2 rollback needs the deploy's record (`deployment`): each instance checks it against the breadcrumb that deploy left.");
    }
}


/***/ })

};
