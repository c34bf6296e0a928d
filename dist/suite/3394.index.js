export const id = 3394;
export const ids = [3394,6672];
export const modules = {

/***/ 2449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Om: () => (/* binding */ backendConfigTarget),
/* harmony export */   Ov: () => (/* binding */ writeBackendConfig),
/* harmony export */   Xn: () => (/* binding */ renderBackendConfig)
/* harmony export */ });
/* unused harmony exports BACKEND_CONFIG_MARKER, hclString */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_action_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2689);
// The S3 backend settings for `tofu init -backend-config=<file>` / `terraform init -backend-config=<file>`.



/** First line of every file this action writes: a file without it is someone else's. */
const BACKEND_CONFIG_MARKER = '# Written by aws-deploy-actions/state-bootstrap: S3 backend settings for `init -backend-config`.\n';
/**
 * The checked path of the backend-config file (before any AWS call): in the workspace, and a file
 * this action wrote unless `overwrite-backend-config-file` is true.
 */
function backendConfigTarget(path, overwrite, workspace) {
    return (0,_shared_action_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOutputFile */ .CK)('backend-config-file', path, {
        accepted: 'a file path in the workspace such as backend-prod.hcl',
        overwriteInput: 'overwrite-backend-config-file',
        overwrite,
        isOurs: (text) => text.startsWith(BACKEND_CONFIG_MARKER),
        ...(workspace ? { workspace } : {}),
    });
}
/** An HCL string literal: quotes, backslashes, line breaks and template sequences escaped. */
function hclString(value) {
    const escaped = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${escaped}"`;
}
function renderBackendConfig(settings) {
    const entries = [
        ['bucket', hclString(settings.bucket)],
        ['key', hclString(settings.key)],
        ['region', hclString(settings.region)],
        ['encrypt', 'true'],
    ];
    if (settings.kmsKey)
        entries.push(['kms_key_id', hclString(settings.kmsKey)]);
    if (settings.locking !== 'dynamodb')
        entries.push(['use_lockfile', 'true']);
    if (settings.locking !== 's3' && settings.lockTable)
        entries.push(['dynamodb_table', hclString(settings.lockTable)]);
    const width = Math.max(...entries.map(([name]) => name.length));
    return entries.map(([name, value]) => `${name.padEnd(width)} = ${value}\n`).join('');
}
/**
 * Writes the file (creating its folder) unless it already holds exactly this text; refuses to
 * replace a file it did not write unless `overwrite` (backendConfigTarget).
 */
async function writeBackendConfig(path, text, cwd = process.cwd(), overwrite = false) {
    const target = backendConfigTarget(path, overwrite, cwd);
    const content = BACKEND_CONFIG_MARKER + text;
    const current = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target, 'utf8').catch(() => undefined);
    if (current === content)
        return { path: target, changed: false };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, content, 'utf8');
    return { path: target, changed: true };
}


/***/ }),

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
    'backend-config-file': inputs/* input */.hF.string({ accepted: 'a file path in the workspace such as backend-prod.hcl' }),
    'overwrite-backend-config-file': inputs/* input */.hF.boolean({ default: false }),
    'fix-drift': inputs/* input */.hF.boolean({ default: false }),
    'expected-bucket-owner': inputs/* input */.hF.string({ accepted: 'a 12-digit AWS account id', pattern: /^\d{12}$/ }),
};
const inputs_outputs = ['bucket-arn', 'lock-table-arn', 'created', 'drift', 'backend-config'];

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
// EXTERNAL MODULE: ./actions/state-bootstrap/src/backend-config.ts
var backend_config = __webpack_require__(2449);
;// CONCATENATED MODULE: ./actions/state-bootstrap/src/options.ts
// Cross-input rules, checked after every input parsed and before any AWS call.




function resolveOptions(values, env = process.env) {
    const locking = values.locking;
    const lockTable = values['lock-table'] || undefined;
    if (locking !== 's3' && !lockTable)
        throw new errors/* InputError */.dz('lock-table', '', `a DynamoDB table name, required with locking: ${locking}`);
    if (locking === 's3' && lockTable)
        throw new errors/* InputError */.dz('lock-table', lockTable, 'no value with locking: s3 (set locking to dynamodb or both to use a lock table)');
    if (values['backend-config-file'])
        (0,backend_config/* backendConfigTarget */.Om)(values['backend-config-file'], values['overwrite-backend-config-file']);
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
        overwriteBackendConfigFile: values['overwrite-backend-config-file'],
        fixDrift: values['fix-drift'],
        expectedBucketOwner: values['expected-bucket-owner'] || undefined,
    };
}

;// CONCATENATED MODULE: ./actions/state-bootstrap/src/main.ts
// state-bootstrap: a hardened S3 state bucket (and optional DynamoDB lock table), idempotent and
// drift-reporting, plus the backend config that points Terraform/OpenTofu at it.





async function main(context) {
    const options = resolveOptions(await (0,inputs/* readInputs */.Ko)(inputs_inputs));
    const { bootstrapState, createStateClients } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1695), __webpack_require__.e(4303), __webpack_require__.e(5503)]).then(__webpack_require__.bind(__webpack_require__, 5503));
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

/***/ 2689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CK: () => (/* binding */ checkOutputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   xR: () => (/* binding */ checkInputFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
// Path inputs: a file the action reads resolves (symlinks followed) inside the workspace, is a
// regular file and has a bounded size; a file it writes stays in the workspace and never replaces
// a file the action did not write, unless an input says so. Errors name the input and the path,
// never the content.



/** The workspace (GITHUB_WORKSPACE, else the working directory), symlinks resolved. */
function workspaceRoot(env = process.env) {
    const root = env['GITHUB_WORKSPACE'] || process.cwd();
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    }
}
function isInside(path, root) {
    const rest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rest === '' || (!rest.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && rest !== '..' && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rest));
}
function describeSize(bytes) {
    return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
/**
 * The real path of the file a path input names, once it is inside one of `roots`, a regular file
 * and at most `maxBytes`; an InputError naming the input otherwise.
 */
function checkInputFile(input, value, options) {
    const roots = (options.roots ?? [workspaceRoot()]).map((root) => {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        }
        catch {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
        }
    });
    const base = options.base ?? roots[0] ?? workspaceRoot();
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, value));
    }
    catch (cause) {
        const code = cause.code ?? 'unreadable';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, code === 'ENOENT' ? 'no such file' : code);
    }
    if (!roots.some((root) => isInside(real, root)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, roots.length > 1 ? `outside ${roots.join(', ')}` : 'outside the workspace (GITHUB_WORKSPACE)');
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real);
    if (!stat.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, 'not a regular file');
    if (stat.size > options.maxBytes)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, `larger than ${describeSize(options.maxBytes)}`);
    return real;
}
/** The text of the file a path input names (see checkInputFile); never more than `maxBytes`. */
function readInputFile(input, value, options) {
    const path = checkInputFile(input, value, options);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        // the file may have grown since it was checked: read one byte past the bound to know
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, 'not a regular file');
        const buffer = Buffer.alloc(options.maxBytes + 1);
        let length = 0;
        for (let read = 1; read > 0 && length < buffer.length; length += read)
            read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (length > options.maxBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, `larger than ${describeSize(options.maxBytes)}`);
        return { path, text: buffer.subarray(0, length).toString('utf8') };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * The absolute path a file may be written to: inside the workspace (its nearest existing folder
 * resolved), not a symlink nor a folder, and either absent, written by this action before, or
 * allowed to be replaced by `overwriteInput`. Checked before any AWS call.
 */
function checkOutputFile(input, value, options) {
    const root = options.workspace ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(options.workspace) : workspaceRoot();
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, value);
    let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target);
    for (;;) {
        try {
            folder = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(folder);
            break;
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) === folder)
                break;
            folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder);
        }
    }
    if (!isInside(target, root) || !isInside(folder, root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, 'outside the workspace (GITHUB_WORKSPACE)');
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(target);
    }
    catch {
        return target;
    }
    if (stat.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, 'it is a symbolic link');
    if (!stat.isFile())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, 'not a regular file');
    if (options.overwrite)
        return target;
    const { text } = readInputFile(input, value, {
        accepted: options.accepted,
        maxBytes: options.maxBytes ?? 1024 * 1024,
        roots: [root],
    });
    if (!options.isOurs(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(input, value, options.accepted, `the file exists and was not written by this action; set ${options.overwriteInput}: true to replace it`);
    return target;
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


/***/ })

};
