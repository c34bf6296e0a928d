export const id = 6037;
export const ids = [6037,4291,6672];
export const modules = {

/***/ 6037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
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
        throw new errors.InputError('lock-table', '', `a DynamoDB table name, required with locking: ${locking}`);
    if (locking === 's3' && lockTable)
        throw new errors.InputError('lock-table', lockTable, 'no value with locking: s3 (set locking to dynamodb or both to use a lock table)');
    const tagProblem = tagsProblem(values.tags);
    if (tagProblem)
        throw new errors.InputError('tags', tagProblem.key, 'KEY=value lines valid as S3 and DynamoDB tags', tagProblem.reason);
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

/***/ 9501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Vj: () => (/* binding */ DURATION_ACCEPTED),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
const DURATION_ACCEPTED = 'a duration such as 90 (seconds), 90s, 15m, 1h or 1m30s';
/** Parses `90`, `90s`, `500ms`, `15m`, `1h`, `1h30m` into milliseconds; undefined when not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (value === '')
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
        consumed = PART.lastIndex;
    }
    return consumed === value.length && Number.isFinite(total) ? Math.round(total) : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds % 60);
    if (minutes < 60)
        return rest ? `${minutes}m${rest}s` : `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    return `${hours}h${minutes % 60 ? `${minutes % 60}m` : ''}`;
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   dz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9501);
// Typed input readers. Each action declares its inputs once, as a spec keyed by the input ids of
// its action.yml; readInputs() validates all of them before anything else runs, and the contract
// tests compare the spec with action.yml (ids and defaults).



async function readInputs(spec, env = process.env) {
    const values = {};
    for (const [name, input] of Object.entries(spec)) {
        const given = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name, env);
        const raw = given === '' ? (input.default ?? '') : given;
        if (raw === '' && input.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, '', input.accepted);
        values[name] = await input.parse(raw, name);
    }
    return values;
}
function spec(accepted, parse, options = {}) {
    return { required: options.required ?? false, default: options.default, accepted, parse };
}
function string(options = {}) {
    const accepted = options.accepted ?? (options.pattern ? `a value matching ${options.pattern.source}` : 'text');
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return raw;
        if (!options.multiline && /[\r\n]/.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, `${accepted} on one line`);
        if (options.pattern && !options.pattern.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted);
        const reason = options.check?.(raw);
        if (reason)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted, reason);
        return raw;
    }, options);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function boolean(options) {
    return spec('true or false', (raw, name) => {
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, 'true or false');
    }, { default: String(options.default) });
}
function integer(options = {}) {
    const { min, max } = options;
    const accepted = min !== undefined && max !== undefined
        ? `a whole number from ${min} to ${max}`
        : min !== undefined
            ? `a whole number of at least ${min}`
            : max !== undefined
                ? `a whole number of at most ${max}`
                : 'a whole number';
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        if (!/^-?\d+$/.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted);
        const value = Number(raw);
        if ((min !== undefined && value < min) ||
            (max !== undefined && value > max) ||
            !Number.isSafeInteger(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted);
        return value;
    }, { default: options.default === undefined ? undefined : String(options.default) });
}
/** A bound written as a user would write it as input: 500ms, 1.5s, 15m, 1h. */
function durationBound(ms) {
    if (ms >= 3_600_000 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}
function duration(options = {}) {
    const min = options.min ?? 0;
    const bounds = [
        min > 0 ? `of at least ${durationBound(min)}` : 'not negative',
        ...(options.max === undefined ? [] : [`at most ${durationBound(options.max)}`]),
    ];
    const accepted = `${_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_ACCEPTED */ .Vj}, ${bounds.join(' and ')}`;
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw);
        if (ms === undefined || ms < min || (options.max !== undefined && ms > options.max))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted);
        return ms;
    }, { default: options.default });
}
/** Splits a list given as lines or comma-separated; items trimmed, empty ones dropped. */
function splitList(raw) {
    return raw
        .split(/[\r\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function list(options = {}) {
    const accepted = options.accepted ?? 'a list of values, one per line or separated by commas';
    return spec(accepted, (raw, name) => {
        const items = splitList(raw);
        for (const item of items) {
            const reason = options.item?.(item);
            if (reason)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, item, accepted, reason);
        }
        return items;
    }, options);
}
/** `KEY=value` lines; the value may contain `=`; blank lines and `#` comments are skipped. */
function parseKeyValueLines(raw) {
    const entries = [];
    for (const line of raw.split(/\r?\n/)) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const at = text.indexOf('=');
        if (at <= 0)
            return { badLine: text };
        entries.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
    }
    return entries;
}
function map(options = {}) {
    const keyPattern = options.key ?? /^[^\s=]+$/;
    const accepted = options.accepted ?? 'KEY=value lines';
    return spec(accepted, (raw, name) => {
        const entries = parseKeyValueLines(raw);
        if (!Array.isArray(entries))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, entries.badLine, accepted, entries.badLine.startsWith('=') ? 'no key before the =' : 'no = in the line');
        const result = {};
        for (const [key, value] of entries) {
            if (!keyPattern.test(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, key, accepted, `key must match ${keyPattern.source}`);
            if (Object.hasOwn(result, key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, key, accepted, 'the key is given twice');
            Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return result;
    }, options);
}
function choice(values, options = {}) {
    const accepted = `one of ${values.join(', ')}`;
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        if (!values.includes(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted);
        return raw;
    }, options);
}
/** A JSON or YAML document (YAML is a superset of JSON); undefined when empty. */
function document(options = {}) {
    const accepted = options.accepted ?? 'a YAML or JSON document';
    return spec(accepted, async (raw, name) => {
        if (raw === '')
            return undefined;
        try {
            return JSON.parse(raw);
        }
        catch {
            // not JSON: try YAML, which is loaded only when needed
        }
        const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const doc = parseDocument(raw, { uniqueKeys: true });
        const problem = doc.errors[0];
        if (problem) {
            // yaml's message starts with a sentence that ends "at line L, column C:", then a code excerpt.
            const sentence = (problem.message.split('\n')[0] ?? '').replace(/:$/, '').trim();
            const where = problem.linePos?.[0];
            const position = where && !sentence.includes(' at line ') ? ` at line ${where.line}, column ${where.col}` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.InputError(name, raw, accepted, `${sentence || problem.code}${position}`);
        }
        return doc.toJS();
    }, options);
}
const input = { string, boolean, integer, duration, list, map, choice, document };



/***/ }),

/***/ 2695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

/**
 * Writes the action's outputs. `names` is the action's list of declared outputs (the contract
 * tests compare it with action.yml), so an undeclared output cannot be written by mistake.
 */
function writeOutputs(names, values) {
    for (const name of names) {
        const value = values[name];
        if (value === undefined)
            continue;
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
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
        throw new errors.ActionError("No AWS region: set the 'aws-region' input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).");
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region))
        throw new errors.ActionError(`AWS region ${JSON.stringify(region)} is not a region name such as us-east-1 or eu-west-3.`);
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
