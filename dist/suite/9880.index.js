export const id = 9880;
export const ids = [9880,6672,4122];
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

/***/ 4122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   confirmImagesBeforeDeploy: () => (/* binding */ confirmImagesBeforeDeploy)
/* harmony export */ });
/* unused harmony exports ecrImage, sdkEcrLookup, confirmImagesExist, describeChecks */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _action_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2173);
/* harmony import */ var _targets_ecs_image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6932);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7053);
// Before a deploy registers or patches anything: does each image it names exist? Amazon ECR images
// are looked up with ecr:DescribeImages (a tag resolves to its digest); for another registry, a
// manifest HEAD when the registry answers without credentials; otherwise a notice that the image
// was not checked. A missing image is one error naming every missing image.





const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
/** The ECR coordinates of an image reference, or undefined when it is not an Amazon ECR image. */
function ecrImage(image) {
    const reference = (0,_targets_ecs_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(image);
    const host = reference?.registry ? ECR_HOST.exec(reference.registry) : null;
    if (!reference || !host?.[1] || !host[2])
        return undefined;
    return {
        registryId: host[1],
        region: host[2],
        repository: reference.repository,
        ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
        ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
    };
}
/** ecr:DescribeImages through the SDK, one client per region, endpoints from the SDK's settings. */
async function sdkEcrLookup() {
    const [{ ECRClient, DescribeImagesCommand }, { createClient }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4291)),
    ]);
    const clients = new Map();
    return {
        async describeImage(image) {
            const client = clients.get(image.region) ?? createClient(ECRClient, { region: image.region });
            clients.set(image.region, client);
            const result = await client.send(new DescribeImagesCommand({
                registryId: image.registryId,
                repositoryName: image.repository,
                imageIds: [image.digest ? { imageDigest: image.digest } : { imageTag: image.tag ?? 'latest' }],
            }));
            return result.imageDetails?.[0]?.imageDigest;
        },
    };
}
async function checkEcr(image, ecr, lookup) {
    const where = `in account ${ecr.registryId} (${ecr.region})`;
    try {
        const digest = await lookup.describeImage(ecr);
        if (digest)
            return { image, status: 'found', digest };
    }
    catch (error) {
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorCode */ .CA)(error);
        if (code === 'RepositoryNotFoundException')
            return { image, status: 'missing', reason: `there is no ECR repository ${ecr.repository} ${where}` };
        // A role without ecr:DescribeImages, or a kubeconfig run without AWS credentials: not checked.
        const kind = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .classify */ .L8)(error);
        if (kind === 'access-denied' || kind === 'expired-credentials' || kind === 'missing-credentials')
            return {
                image,
                status: 'not-checked',
                reason: `ECR did not let this workflow look it up (${code}: grant ecr:DescribeImages on the repository to check images before deploying)`,
            };
        if (code !== 'ImageNotFoundException')
            throw error;
    }
    const wanted = ecr.digest ? `no image ${ecr.digest}` : `no image tagged ${ecr.tag ?? 'latest'}`;
    return { image, status: 'missing', reason: `ECR repository ${ecr.repository} ${where} has ${wanted}` };
}
const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** A manifest HEAD without credentials: plain HTTP for a loopback registry, as Docker allows. */
async function checkRegistry(image, timeoutMs) {
    const reference = (0,_targets_ecs_image_js__WEBPACK_IMPORTED_MODULE_3__/* .parseImageReference */ .o_)(image);
    const registry = reference?.registry;
    if (!reference || !registry || registry === 'docker.io' || registry === 'index.docker.io')
        return {
            image,
            status: 'not-checked',
            reason: 'Docker Hub images are not checked (it needs a token for every look-up)',
        };
    const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(registry);
    const url = `${loopback ? 'http' : 'https'}://${registry}/v2/${reference.repository}/manifests/${reference.digest ?? reference.tag ?? 'latest'}`;
    let status;
    let digest;
    try {
        const response = await fetch(url, {
            method: 'HEAD',
            headers: { Accept: MANIFEST_TYPES },
            signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        digest = response.headers.get('docker-content-digest');
    }
    catch (error) {
        return {
            image,
            status: 'not-checked',
            reason: `registry ${registry} did not answer (${error.cause instanceof Error ? error.cause.message : error.message})`,
        };
    }
    if (status === 200)
        return { image, status: 'found', digest: digest ?? reference.digest ?? '' };
    if (status === 404)
        return { image, status: 'missing', reason: `registry ${registry} has no such manifest` };
    return {
        image,
        status: 'not-checked',
        reason: `registry ${registry} answered ${status}${status === 401 || status === 403 ? ' (it needs credentials)' : ''}`,
    };
}
/**
 * Checks every image; throws one ActionError naming each missing image. Returns what was found
 * (with the digest a tag resolves to) and what could not be checked (for a notice).
 */
async function confirmImagesExist(images, options = {}) {
    const unique = [...new Set(images)];
    let lookup;
    const checks = await Promise.all(unique.map(async (image) => {
        const ecr = ecrImage(image);
        if (!ecr)
            return checkRegistry(image, options.timeoutMs ?? 3000);
        lookup ??= await (options.ecrLookup ?? sdkEcrLookup)();
        return checkEcr(image, ecr, lookup);
    }));
    const missing = checks.filter((check) => check.status === 'missing');
    if (missing.length)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${missing.length === 1 ? 'The image' : `${missing.length} images`} to deploy ${missing.length === 1 ? 'does' : 'do'} not exist, so nothing was changed: ` +
            missing.map((check) => `${check.image} (${check.reason})`).join('; ') +
            '. Push the image first (build-push-ecr), or check the tag and the registry.');
    return checks;
}
/** Log lines for the checks: what each tag resolved to, and a notice for each image not checked. */
function describeChecks(checks) {
    const lines = [];
    const notices = [];
    for (const check of checks) {
        if (check.status === 'found')
            lines.push(`Image ${check.image} exists${check.digest && !check.image.endsWith(check.digest) ? ` (${check.digest})` : ''}.`);
        else if (check.status === 'not-checked')
            notices.push(`Image ${check.image} was not checked before the deploy: ${check.reason}.`);
    }
    return { lines, notices };
}
/**
 * confirmImagesExist, with a log line per image found and a notice per image not checked; with a
 * summary, the digest each image resolved to.
 */
async function confirmImagesBeforeDeploy(images, options = {}) {
    const checks = await confirmImagesExist(images, options);
    const { lines, notices } = describeChecks(checks);
    for (const line of lines)
        (0,_action_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(line);
    for (const text of notices)
        (0,_action_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm)(text);
    const found = checks.filter((check) => check.status === 'found' && check.digest);
    if (options.summary && found.length)
        options.summary.details(`Images checked before the deploy (${found.length})`, (inner) => inner.list(found.map((check) => (0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .raw */ .lS)(`${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(check.image)} → ${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(check.status === 'found' ? check.digest : '')}`))));
    return checks;
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
/* harmony import */ var _shared_targets_ecs_command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(0);
/* harmony import */ var _shared_aws_image_exists_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4122);
/* harmony import */ var _shared_targets_ecs_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(481);
/* harmony import */ var _shared_targets_eks_images_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7435);
// The deploy step of the release, built from shared/targets: ECS (deployService), Lambda direct
// mode (deployFunction), CloudFormation mode (deployStack) or EKS (rollOutDeployments). Never
// throws: the caller decides between rollback and failure from the records and the error.








async function deployEcs(plan, values, context) {
    const [{ ECSClient }, { deployService, ecsOutputs }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(6717)]).then(__webpack_require__.bind(__webpack_require__, 9098)),
    ]);
    const ecs = (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(ECSClient, { region: context.region });
    const logsClient = async () => (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)((await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient, {
        region: context.region,
    });
    const result = { records: [], outputs: {} };
    try {
        await (0,_shared_aws_image_exists_js__WEBPACK_IMPORTED_MODULE_5__.confirmImagesBeforeDeploy)((0,_shared_targets_ecs_request_js__WEBPACK_IMPORTED_MODULE_6__/* .imagesToDeploy */ .dI)(values, plan.file));
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
            ...(plan.rollbackCommand
                ? { rollbackCommandDigest: (0,_shared_targets_ecs_command_js__WEBPACK_IMPORTED_MODULE_4__/* .rollbackCommandDigest */ .sY)(plan.rollbackCommand) }
                : {}),
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
            showParameters: values['show-parameters'],
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
    const { rollOutDeployments, eksOutputs } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 7682));
    const result = { records: [], outputs: {} };
    try {
        await (0,_shared_aws_image_exists_js__WEBPACK_IMPORTED_MODULE_5__.confirmImagesBeforeDeploy)((0,_shared_targets_eks_images_js__WEBPACK_IMPORTED_MODULE_7__/* .imagesOfRequest */ .n)(plan.images));
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
async function deployEc2(deploy, values, context) {
    const [{ SSMClient }, { deployInstances, ec2Outputs }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4736), __webpack_require__.e(1376), __webpack_require__.e(3670)]).then(__webpack_require__.bind(__webpack_require__, 3670)),
    ]);
    const result = { records: [], outputs: {} };
    try {
        await deployInstances({ ssm: (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_3__.createClient)(SSMClient, { region: context.region }) }, {
            plan: deploy.plan,
            region: context.region,
            rollback: values.rollback,
            maxConcurrency: values['max-concurrency'],
            maxErrors: values['max-errors'],
            dryRun: false,
            documentName: values['document-name'],
            ...(values['cloudwatch-log-group'] ? { logGroup: values['cloudwatch-log-group'] } : {}),
        }, context.follow, {
            summary: context.details,
            startedAt: context.startedAt,
            onRecord: (outcome) => {
                result.records = [outcome.record];
                result.outputs = ec2Outputs(outcome);
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
        case 'ec2':
            return deployEc2(plan, values, context);
        case 'lambda':
            return plan.mode === 'direct'
                ? deployFunction(plan, values, context)
                : deployStack(plan, values, context);
    }
}


/***/ })

};
