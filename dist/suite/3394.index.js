export const id = 3394;
export const ids = [3394,4291,6672];
export const modules = {

/***/ 3394:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6037);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('state-bootstrap', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/names.ts
// Name rules checked before any AWS call, so a typo never reaches S3 or DynamoDB.
// Each function returns the reason a value is refused, or undefined when it is fine.
/** S3 general purpose bucket naming rules (docs: "Bucket naming rules"). */
function bucketNameProblem(name) {
    if (name.length < 3 || name.length > 63)
        return `${name.length} characters; a bucket name has 3 to 63`;
    if (!/^[a-z0-9.-]+$/.test(name))
        return 'only lowercase letters, digits, dots and hyphens are allowed';
    if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
        return 'it must begin and end with a letter or a digit';
    if (name.includes('..'))
        return 'two adjacent dots';
    if (name.includes('.-') || name.includes('-.'))
        return 'a dot next to a hyphen';
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name))
        return 'it is formatted as an IP address';
    for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-'])
        if (name.startsWith(prefix))
            return `the prefix ${prefix} is reserved`;
    for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'])
        if (name.endsWith(suffix))
            return `the suffix ${suffix} is reserved`;
    return undefined;
}
/** DynamoDB table names: 3–255 of a-z A-Z 0-9 _ - . */
function tableNameProblem(name) {
    if (name.length < 3 || name.length > 255)
        return `${name.length} characters; a table name has 3 to 255`;
    if (!/^[A-Za-z0-9_.-]+$/.test(name))
        return 'only letters, digits, underscores, hyphens and dots are allowed';
    return undefined;
}
/** The backend's `key`: an S3 object key that Terraform/OpenTofu accept (no leading or trailing /, no //). */
function stateKeyProblem(key) {
    if (key.startsWith('/') || key.endsWith('/'))
        return 'it must not begin or end with /';
    if (key.includes('//'))
        return 'it must not contain //';
    // The lock file is `<key>.tflock`, and an S3 key has at most 1024 bytes.
    if (Buffer.byteLength(key) > 1024 - '.tflock'.length)
        return 'longer than 1017 bytes';
    return undefined;
}
const KMS_KEY = /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)|alias\/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
function kmsKeyProblem(key) {
    return KMS_KEY.test(key) ? undefined : 'not a KMS key id, key ARN, alias/name or alias ARN';
}
/** Tags valid for both S3 and DynamoDB: at most 50, key ≤ 128 and value ≤ 256 characters, no aws: prefix. */
function tagsProblem(tags) {
    const keys = Object.keys(tags);
    if (keys.length > 50)
        return { key: keys[50] ?? '', reason: `${keys.length} tags; at most 50` };
    for (const key of keys) {
        const value = tags[key] ?? '';
        if (key.length > 128)
            return { key, reason: 'a tag key has at most 128 characters' };
        if (value.length > 256)
            return { key, reason: 'a tag value has at most 256 characters' };
        if (/^aws:/i.test(key))
            return { key, reason: 'the aws: prefix is reserved' };
        if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(key) || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value))
            return { key, reason: 'tags allow letters, digits, spaces and _ . : / = + - @' };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/inputs.ts
// The inputs and outputs of state-bootstrap, named once; action.yml declares the same ids and defaults.


const LOCKING_MODES = ['s3', 'dynamodb', 'both'];
const inputs_inputs = {
    bucket: inputs/* input */.hF.string({
        required: true,
        accepted: 'an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens',
        check: bucketNameProblem,
    }),
    'aws-region': inputs/* input */.hF.string({
        accepted: 'an AWS region such as us-east-1 or eu-west-3',
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
    }),
    locking: inputs/* input */.hF.choice(LOCKING_MODES, { default: 's3' }),
    'lock-table': inputs/* input */.hF.string({
        accepted: 'a DynamoDB table name: 3 to 255 letters, digits, underscores, hyphens and dots',
        check: tableNameProblem,
    }),
    'kms-key': inputs/* input */.hF.string({
        accepted: 'a KMS key id, key ARN, alias/name or alias ARN',
        check: kmsKeyProblem,
    }),
    'noncurrent-version-days': inputs/* input */.hF.integer({ min: 1, max: 36500, default: 90 }),
    tags: inputs/* input */.hF.map({ accepted: 'KEY=value lines (at most 50 tags)' }),
    'state-key': inputs/* input */.hF.string({
        default: 'terraform.tfstate',
        accepted: 'an S3 object key such as env/prod/terraform.tfstate',
        check: stateKeyProblem,
    }),
    'backend-config-file': inputs/* input */.hF.string({ accepted: 'a file path such as backend-prod.hcl' }),
    'fix-drift': inputs/* input */.hF.boolean({ default: false }),
    'expected-bucket-owner': inputs/* input */.hF.string({ accepted: 'a 12-digit AWS account id', pattern: /^\d{12}$/ }),
};
const inputs_outputs = ['bucket-arn', 'lock-table-arn', 'created', 'drift', 'backend-config'];

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/options.ts
// Cross-input rules, checked after every input parsed and before any AWS call.



function resolveOptions(values, env = process.env) {
    const locking = values.locking;
    const lockTable = values['lock-table'] || undefined;
    if (locking !== 's3' && !lockTable)
        throw new errors/* InputError */.dz('lock-table', '', `a DynamoDB table name, required with locking: ${locking}`);
    if (locking === 's3' && lockTable)
        throw new errors/* InputError */.dz('lock-table', lockTable, 'no value with locking: s3 (set locking to dynamodb or both to use a lock table)');
    const tagProblem = tagsProblem(values.tags);
    if (tagProblem)
        throw new errors/* InputError */.dz('tags', tagProblem.key, 'KEY=value lines valid as S3 and DynamoDB tags', tagProblem.reason);
    return {
        bucket: values.bucket,
        region: (0,clients.resolveRegion)(values['aws-region'] || undefined, env),
        locking,
        lockTable: locking === 's3' ? undefined : lockTable,
        kmsKey: values['kms-key'] || undefined,
        noncurrentVersionDays: values['noncurrent-version-days'],
        tags: values.tags,
        stateKey: values['state-key'],
        backendConfigFile: values['backend-config-file'] || undefined,
        fixDrift: values['fix-drift'],
        expectedBucketOwner: values['expected-bucket-owner'] || undefined,
    };
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/main.ts
// state-bootstrap: a hardened S3 state bucket (and optional DynamoDB lock table), idempotent and
// drift-reporting, plus the backend config that points Terraform/OpenTofu at it.





async function main(context) {
    const options = resolveOptions(await (0,inputs/* readInputs */.Ko)(inputs_inputs));
    const { bootstrapState, createStateClients } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1695), __webpack_require__.e(4303), __webpack_require__.e(1744)]).then(__webpack_require__.bind(__webpack_require__, 1744));
    const { reportSummary } = await __webpack_require__.e(/* import() */ 7058).then(__webpack_require__.bind(__webpack_require__, 7058));
    const result = await bootstrapState(options, {
        clients: createStateClients(options.region),
        wait: { signal: context.signal, onProgress: runtime/* info */.pq },
        log: runtime/* info */.pq,
    });
    for (const entry of result.settings)
        (0,runtime/* info */.pq)(`${entry.resource} ${entry.setting}: ${entry.status}${entry.status === 'drift' ? ` (expected ${entry.expected}, found ${entry.found})` : ''}`);
    for (const entry of result.drift.filter((drift) => !drift.fixed))
        (0,runtime/* warning */.$e)(`${entry.resource} ${entry.setting} drifted: expected ${entry.expected}, found ${entry.found}. Set fix-drift: true to fix it.`, {
            title: 'state-bootstrap drift',
        });
    if (result.backendConfigFile)
        (0,runtime/* info */.pq)(`Backend config ${result.backendConfigFile.changed ? 'written to' : 'unchanged in'} ${result.backendConfigFile.path}.`);
    (0,outputs/* writeOutputs */.K)(inputs_outputs, {
        'bucket-arn': result.bucketArn,
        'lock-table-arn': result.lockTableArn ?? '',
        created: result.created,
        drift: result.drift,
        'backend-config': result.backendConfig,
    });
    reportSummary(context.summary, options, result, Date.now() - context.startedAt.getTime());
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


/***/ })

};
