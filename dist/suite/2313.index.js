export const id = 2313;
export const ids = [2313,4291,6672];
export const modules = {

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
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
;// CONCATENATED MODULE: ./actions/eks-rolling-update/src/inputs.ts


const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const inputs_inputs = {
    'cluster-name': inputs/* input */.hF.string({
        required: true,
        pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
        accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
    }),
    namespace: inputs/* input */.hF.string({
        default: 'default',
        pattern: DNS_LABEL,
        accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
    }),
    deployment: inputs/* input */.hF.list({
        required: true,
        accepted: 'one or more Deployment names, one per line or separated by commas',
        item: (name) => DNS_SUBDOMAIN.test(name)
            ? undefined
            : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
    }),
    image: inputs/* input */.hF.string({ accepted: ecs_image/* IMAGE_ACCEPTED */.KR, check: ecs_image/* imageProblem */.JC }),
    container: inputs/* input */.hF.string({ pattern: DNS_LABEL, accepted: 'the name of a container of the Deployment' }),
    images: inputs/* input */.hF.map({
        key: DNS_LABEL,
        accepted: 'container=image lines, such as api=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2',
    }),
    kubeconfig: inputs/* input */.hF.string({ accepted: 'the path of a kubeconfig file' }),
    'api-server': inputs/* input */.hF.string({
        pattern: /^https:\/\/[^\s/]+(\/\S*)?$/,
        accepted: 'an https:// URL of the Kubernetes API',
    }),
    'certificate-authority-data': inputs/* input */.hF.string({
        accepted: 'base64 of the PEM certificate of the cluster CA, as DescribeCluster returns it',
        multiline: true,
        check: (value) => Buffer.from(value.replace(/\s+/g, ''), 'base64')
            .toString('utf8')
            .includes('-----BEGIN CERTIFICATE-----')
            ? undefined
            : 'it does not decode to a PEM certificate',
    }),
    'wait-timeout': inputs/* input */.hF.duration({ default: '10m', min: 1000 }),
    'undo-on-failure': inputs/* input */.hF.boolean({ default: true }),
    'change-cause': inputs/* input */.hF.string({ accepted: 'one line of text' }),
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
