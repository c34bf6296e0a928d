export const id = 3709;
export const ids = [3709,6672];
export const modules = {

/***/ 3709:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1375);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('deploy-ecs', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: validate

// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./shared/action/summary.ts
var summary = __webpack_require__(2173);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
// EXTERNAL MODULE: ./shared/targets/ecs/request.ts + 1 modules
var request = __webpack_require__(481);
// EXTERNAL MODULE: ./shared/targets/ecs/command.ts
var ecs_command = __webpack_require__(0);
// EXTERNAL MODULE: ./shared/github/deployments.ts
var deployments = __webpack_require__(9596);
// EXTERNAL MODULE: ./shared/github/report.ts
var report = __webpack_require__(3740);
// EXTERNAL MODULE: ./shared/aws/console.ts
var console = __webpack_require__(6477);
// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/ecs/inputs.ts
var ecs_inputs = __webpack_require__(476);
// EXTERNAL MODULE: ./shared/github/inputs.ts
var github_inputs = __webpack_require__(5239);
;// CONCATENATED MODULE: ./actions/deploy-ecs/src/inputs.ts




const inputs_inputs = {
    cluster: inputs/* input */.hF.string({ required: true, accepted: 'the name or ARN of an ECS cluster' }),
    service: inputs/* input */.hF.string({ required: true, accepted: 'the name or ARN of an ECS service' }),
    image: inputs/* input */.hF.string({ accepted: ecs_image/* IMAGE_ACCEPTED */.KR, check: ecs_image/* imageProblem */.JC }),
    container: inputs/* input */.hF.string({ accepted: 'the name of a container of the task definition' }),
    ...ecs_inputs/* ecsInputs */.N,
    wait: inputs/* input */.hF.boolean({ default: true }),
    ...ecs_inputs/* ecsWaitInputs */.A,
    'if-in-progress': inputs/* input */.hF.choice(['wait', 'fail', 'ignore'], { default: 'wait' }),
    'keep-revisions': inputs/* input */.hF.integer({ min: 1, max: 1000 }),
    'dry-run': inputs/* input */.hF.boolean({ default: false }),
    'aws-region': inputs/* input */.hF.string({ accepted: 'an AWS region such as eu-west-3' }),
    // GitHub Deployments (shared/github)
    ...github_inputs/* githubInputs */.d,
};
const inputs_outputs = [
    'task-definition-arn',
    'previous-task-definition-arn',
    'deployment-id',
    'rollout-state',
    'deployment',
];

;// CONCATENATED MODULE: ./actions/deploy-ecs/src/main.ts
// deploy-ecs: new task-definition revision with the new image(s) → update the service → follow
// this deployment to COMPLETED or FAILED → explain failures → record. The deploy itself lives in
// shared/targets/ecs/deploy.ts (the root release action runs the same code).











/** Checks across inputs, before any AWS call. */
function validate(values) {
    return (0,request/* validateEcsInputs */.J_)(values);
}
async function main(context, dependencies = {}) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const { file, command, rollbackCommand } = validate(values);
    const region = (0,clients.resolveRegion)(values['aws-region'] || undefined);
    context.summary.heading((0,summary/* raw */.lS)(`deploy-ecs: ${(0,summary/* code */.aY)(values.service)} in ${(0,summary/* code */.aY)(values.cluster)}`));
    const { confirmImagesBeforeDeploy } = await __webpack_require__.e(/* import() */ 4122).then(__webpack_require__.bind(__webpack_require__, 4122));
    await confirmImagesBeforeDeploy((0,request/* imagesToDeploy */.dI)(values, file), { summary: context.summary });
    const [{ ECSClient }, { deployService, ecsOutputs }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(9098)]).then(__webpack_require__.bind(__webpack_require__, 9098)),
    ]);
    const ecs = (0,clients.createClient)(ECSClient, { region });
    const logsClient = async () => (0,clients.createClient)((await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient, { region });
    const subject = (0,deployments/* subjectOf */.et)({ target: 'ecs', resource: { cluster: values.cluster, service: values.service } }, region);
    const github = await (0,report/* startGitHubDeployment */.tX)(values, 'deploy-ecs', [subject], values['dry-run']);
    let records = [];
    const deploying = deployService(ecs, logsClient, {
        cluster: values.cluster,
        service: values.service,
        region,
        ...(values.image ? { image: values.image } : {}),
        ...(values.container ? { container: values.container } : {}),
        images: values.images,
        ...(file ? { file } : {}),
        environment: values.environment,
        ...(values['desired-count'] !== undefined ? { desiredCount: values['desired-count'] } : {}),
        forceNewDeployment: values['force-new-deployment'],
        ...(command ? { migrationCommand: command } : {}),
        ...(rollbackCommand ? { rollbackCommandDigest: (0,ecs_command/* rollbackCommandDigest */.sY)(rollbackCommand) } : {}),
        wait: values.wait,
        ifInProgress: values['if-in-progress'],
        ...(values['keep-revisions'] !== undefined ? { keepRevisions: values['keep-revisions'] } : {}),
        dryRun: values['dry-run'],
    }, {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
        ...dependencies,
    }, {
        summary: context.summary,
        startedAt: context.startedAt,
        onRecord: (outcome) => {
            records = [outcome.record];
            (0,outputs/* writeOutputs */.K)(inputs_outputs, { ...ecsOutputs(outcome), deployment: outcome.record });
        },
    });
    await (0,report/* settleGitHubDeployment */.I6)(github, deploying, () => records).finally(() => (0,console/* reportConsoleLinks */.dK)(context.summary, records));
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

/***/ 0:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ rollbackCommand),
/* harmony export */   OG: () => (/* binding */ migrationCommand),
/* harmony export */   rollbackCommandOutput: () => (/* binding */ rollbackCommandOutput),
/* harmony export */   sY: () => (/* binding */ rollbackCommandDigest),
/* harmony export */   zF: () => (/* binding */ ROLLBACK_COMMAND_ACCEPTED)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
// The migration-command and rollback-command inputs: a JSON array of arguments, or a line for `sh -c`.


/** `["npm","run","migrate"]` (a JSON array) is used as it is; any other text runs through `sh -c`. */
function migrationCommand(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('[')) {
        try {
            const parsed = JSON.parse(trimmed);
            if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((part) => typeof part === 'string'))
                return parsed;
        }
        catch {
            return undefined;
        }
        return undefined;
    }
    return trimmed === '' ? undefined : ['sh', '-c', trimmed];
}
const ROLLBACK_COMMAND_ACCEPTED = 'a command run with sh -c, such as alembic downgrade -1, or a JSON array such as ["alembic","downgrade","-1"]';
/** The `rollback-command` input as arguments, or undefined when empty; a bad value is an InputError. */
function rollbackCommand(text) {
    if (!text.trim())
        return undefined;
    const command = migrationCommand(text);
    if (!command)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('rollback-command', text, ROLLBACK_COMMAND_ACCEPTED, 'a JSON array of strings was expected');
    return command;
}
/** A digest of the command, for a record (which never holds the command: it may carry a secret). */
function rollbackCommandDigest(command) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(command)).digest('hex')}`;
}
/** The `rollback-command-result` output: what ran and how it ended, never the command itself. */
function rollbackCommandOutput(results) {
    const last = results.at(-1);
    if (!last)
        return '';
    return {
        status: last.status,
        taskDefinitionArn: last.taskDefinitionArn,
        ...(last.container ? { container: last.container } : {}),
        ...(last.taskArn ? { taskArn: last.taskArn } : {}),
        ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
        reason: last.reason,
    };
}


/***/ }),

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ imageProblem),
/* harmony export */   KR: () => (/* binding */ IMAGE_ACCEPTED),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
// Container image references as Docker and ECS accept them:
// [registry[:port]/]path[:tag][@algorithm:hex], e.g. 123.dkr.ecr.eu-west-3.amazonaws.com/app:v2@sha256:….
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);
const IMAGE_ACCEPTED = 'an image reference such as nginx:1.27, registry.example.com:5000/team/app:v2 or …/app@sha256:<64 hex digits>';
/** Parses an image reference; undefined when it cannot be one. */
function parseImageReference(text) {
    if (text.length > 4096)
        return undefined;
    const match = REFERENCE.exec(text);
    if (!match)
        return undefined;
    const [, domain, path = '', tag, digest] = match;
    let registry = domain;
    let repository = path;
    // `localhost:5000/app`, `host.tld/app` name a registry; `team/app` is a Docker Hub path.
    if (registry !== undefined && !/[.:]|^localhost$|^\[/.test(registry)) {
        repository = `${registry}/${repository}`;
        registry = undefined;
    }
    if (registry === undefined && /[A-Z]/.test(repository))
        return undefined;
    if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest))
        return undefined;
    return {
        repository,
        ...(registry !== undefined ? { registry } : {}),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** Why a reference is refused, in words; undefined when it is a valid reference. */
function imageProblem(text) {
    if (text.trim() !== text || text === '')
        return 'it has spaces around it or is empty';
    if (/\s/.test(text))
        return 'it contains a space';
    if (parseImageReference(text) !== undefined)
        return undefined;
    if (/@sha256:/.test(text))
        return 'a sha256 digest is 64 lower-case hex digits';
    if (/[A-Z]/.test(text.split('/').slice(-1)[0] ?? ''))
        return 'repository names are lower case';
    return 'it does not parse as [registry[:port]/]repository[:tag][@digest]';
}


/***/ }),

/***/ 476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ecsWaitInputs),
/* harmony export */   N: () => (/* binding */ ecsInputs)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(481);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(0);
// The ECS deploy inputs that deploy-ecs and the root release action both declare, with the same
// ids, defaults and rules (cluster, service, image and container differ and stay with each action).




const ecsInputs = {
    images: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({ accepted: 'container=image lines' }),
    'task-definition': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'the path of a task-definition JSON file in the workspace' }),
    environment: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({
        accepted: 'KEY=value lines',
        key: /^[A-Za-z_][A-Za-z0-9_]*$/,
        secretKeys: (key) => _action_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_NAME */ .J4.test(key),
    }),
    // ECS runs at most 5000 tasks per service
    'desired-count': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ min: 0, max: 5000 }),
    'force-new-deployment': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: false }),
    'migration-command': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: _request_js__WEBPACK_IMPORTED_MODULE_2__/* .MIGRATION_COMMAND_ACCEPTED */ .jM, multiline: true }),
    // run by a rollback of this release; the record carries only its digest
    'rollback-command': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: _command_js__WEBPACK_IMPORTED_MODULE_3__/* .ROLLBACK_COMMAND_ACCEPTED */ .zF, multiline: true }),
};
/** How deploy-ecs waits for the rollout; the root release action waits the same way. */
const ecsWaitInputs = {
    'wait-timeout': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '30m', min: 1000, max: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_WAIT_MS */ .um }),
    'max-poll-interval': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '15s', min: 1000, max: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_POLL_INTERVAL_MS */ .gs }),
};


/***/ }),

/***/ 481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jM: () => (/* binding */ MIGRATION_COMMAND_ACCEPTED),
  dI: () => (/* binding */ imagesToDeploy),
  J_: () => (/* binding */ validateEcsInputs)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/ecs/command.ts
var ecs_command = __webpack_require__(0);
// EXTERNAL MODULE: ./shared/action/paths.ts
var paths = __webpack_require__(2689);
;// CONCATENATED MODULE: ./shared/targets/ecs/file.ts


/** Largest task-definition file read (RegisterTaskDefinition takes far less). */
const MAX_FILE_BYTES = 1024 * 1024;
const ACCEPTED = 'the path of a task-definition JSON file (as RegisterTaskDefinition takes it, or describe-task-definition output)';
/** Line and column (1-based) of a character offset. */
function lineAndColumn(text, position) {
    const before = text.slice(0, Math.max(0, position));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
/** Where JSON.parse stopped, from its message (Node 20: "at position N"; Node 22+: also "line L column C"). */
function parseErrorLocation(text, message) {
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /at position (\d+)/.exec(message);
    if (position)
        return lineAndColumn(text, Number(position[1]));
    if (/Unexpected end of JSON input/.test(message))
        return lineAndColumn(text, text.length);
    return undefined;
}
function readTaskDefinitionFile(path, workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()) {
    const { text } = (0,paths/* readInputFile */.jH)('task-definition', path, {
        accepted: ACCEPTED,
        maxBytes: MAX_FILE_BYTES,
        roots: [workspace],
    });
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (cause) {
        // one error line, with the place but not the text: JSON.parse quotes the file's content
        const message = cause instanceof Error ? cause.message : String(cause);
        const where = parseErrorLocation(text, message);
        const at = where ? ` at line ${where.line}, column ${where.column}` : '';
        const error = new errors/* InputError */.dz('task-definition', path, ACCEPTED, `the file is not valid JSON${at}`);
        error.annotation = { title: 'task-definition', file: path, ...(where ? { line: where.line } : {}) };
        throw error;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, 'the file does not hold a JSON object');
    const object = parsed;
    const wrapped = typeof object['taskDefinition'] === 'object' && object['taskDefinition'] !== null;
    const definition = (wrapped ? object['taskDefinition'] : object);
    const tags = (wrapped ? object['tags'] : definition['tags']) ?? [];
    if (!Array.isArray(definition['containerDefinitions']) || definition['containerDefinitions'].length === 0)
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, 'it has no containerDefinitions');
    if (typeof definition['family'] !== 'string' || definition['family'] === '')
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, 'it has no family');
    if (!Array.isArray(tags))
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, 'its tags are not a list');
    return { taskDefinition: definition, tags: tags };
}

;// CONCATENATED MODULE: ./shared/targets/ecs/request.ts
// Checks across the ECS deploy inputs (same names in deploy-ecs and the root release action),
// before any AWS call: image xor images, each image, the migration command, the task-definition file.




const MIGRATION_COMMAND_ACCEPTED = 'a command run with sh -c, or a JSON array such as ["npm","run","migrate"]';
function validateEcsInputs(values) {
    if (values.image && Object.keys(values.images).length)
        throw new errors/* InputError */.dz('images', Object.keys(values.images).join(', '), "either 'image' (with 'container') or 'images', not both");
    for (const [container, image] of Object.entries(values.images)) {
        const problem = (0,ecs_image/* imageProblem */.JC)(image);
        if (problem)
            throw new errors/* InputError */.dz('images', `${container}=${image}`, `container=image lines with ${ecs_image/* IMAGE_ACCEPTED */.KR}`, problem);
    }
    const result = {};
    const rollback = (0,ecs_command/* rollbackCommand */.Ct)(values['rollback-command']);
    if (rollback)
        result.rollbackCommand = rollback;
    if (values['migration-command']) {
        const command = (0,ecs_command/* migrationCommand */.OG)(values['migration-command']);
        if (!command)
            throw new errors/* InputError */.dz('migration-command', values['migration-command'], MIGRATION_COMMAND_ACCEPTED, 'a JSON array of strings was expected');
        result.command = command;
    }
    if (values['task-definition'])
        result.file = readTaskDefinitionFile(values['task-definition']);
    return result;
}
/** The images a deploy-ecs run puts in the new revision: `image`/`images`, else the file's. */
function imagesToDeploy(values, file) {
    const given = [values.image, ...Object.values(values.images)].filter(Boolean);
    if (given.length)
        return given;
    return (file?.taskDefinition.containerDefinitions ?? []).flatMap((c) => (c.image ? [c.image] : []));
}


/***/ })

};
