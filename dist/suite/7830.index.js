export const id = 7830;
export const ids = [7830,4291,6672,6756];
export const modules = {

/***/ 7830:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3297);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('auto-rollback', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3297:
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
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/record/record.ts
var record = __webpack_require__(1349);
// EXTERNAL MODULE: ./shared/targets/eks/inputs.ts
var eks_inputs = __webpack_require__(1556);
;// CONCATENATED MODULE: ./actions/auto-rollback/src/inputs.ts



const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;
const inputs_inputs = {
    deployment: inputs/* input */.hF.string({
        multiline: true,
        accepted: 'a deployment record (JSON) or a JSON array of records',
    }),
    target: inputs/* input */.hF.choice(record/* TARGETS */.dW),
    cluster: inputs/* input */.hF.string({ pattern: NAME, accepted: 'an ECS cluster name or ARN' }),
    service: inputs/* input */.hF.string({ pattern: NAME, accepted: 'an ECS service name or ARN' }),
    'function-name': inputs/* input */.hF.string({ pattern: NAME, accepted: 'a Lambda function name or ARN' }),
    alias: inputs/* input */.hF.string({ pattern: /^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$/, accepted: 'a Lambda alias name' }),
    // EKS: the same inputs, checked the same way, as eks-rolling-update
    'cluster-name': (0,eks_inputs/* clusterNameInput */.gq)(),
    namespace: eks_inputs/* eksInputs */.XO.namespace,
    'deployment-name': inputs/* input */.hF.string({
        pattern: eks_inputs/* DNS_SUBDOMAIN */.nd,
        accepted: 'a Kubernetes Deployment name',
    }),
    'api-server': eks_inputs/* eksInputs */.XO['api-server'],
    'certificate-authority-data': eks_inputs/* eksInputs */.XO['certificate-authority-data'],
    kubeconfig: eks_inputs/* eksInputs */.XO.kubeconfig,
    'stack-name': inputs/* input */.hF.string({
        pattern: /^[A-Za-z][A-Za-z0-9-]{0,127}$/,
        accepted: 'a CloudFormation stack name',
    }),
    to: inputs/* input */.hF.string({
        accepted: 'a task-definition ARN (ECS), a version number (Lambda) or a revision number (EKS)',
    }),
    alarms: inputs/* input */.hF.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
    'bake-time': inputs/* input */.hF.duration({ max: 6 * 3_600_000 }),
    'alarms-in-alarm-at-start': inputs/* input */.hF.choice(['ignore', 'fail'], { default: 'ignore' }),
    force: inputs/* input */.hF.boolean({ default: false }),
    wait: inputs/* input */.hF.boolean({ default: true }),
    'wait-timeout': inputs/* input */.hF.duration({ default: '15m', min: 1000 }),
    'max-poll-interval': inputs/* input */.hF.duration({ default: '15s', min: 1000 }),
    reason: inputs/* input */.hF.string({ multiline: true }),
    'aws-region': inputs/* input */.hF.string({
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
        accepted: 'an AWS region such as us-east-1',
    }),
};
const inputs_outputs = ['rolled-back', 'restored', 'reason'];

;// CONCATENATED MODULE: ./shared/record/validate.ts
// Decodes deployment records with precise errors: the path of the bad field and what it should be.

class RecordError extends Error {
    name = 'RecordError';
}
function fail(path, expected, value) {
    const found = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80);
    throw new RecordError(`Invalid deployment record: ${path} should be ${expected}, found ${found}.`);
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (v, p) => {
    if (typeof v !== 'string' || v === '')
        fail(p, 'a non-empty string', v);
};
const validate_int = (v, p) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        fail(p, 'a whole number', v);
};
const stringMap = (v, p) => {
    if (!isObject(v))
        fail(p, 'an object of strings', v);
    for (const [k, item] of Object.entries(v))
        str(item, `${p}.${k}`);
};
const weightMap = (v, p) => {
    if (!isObject(v))
        fail(p, 'an object of weights', v);
    for (const [k, item] of Object.entries(v))
        if (typeof item !== 'number' || item < 0 || item > 1)
            fail(`${p}.${k}`, 'a weight from 0 to 1', item);
};
const anyObject = (v, p) => {
    if (!isObject(v))
        fail(p, 'an object', v);
};
const stringList = (v, p) => {
    if (!Array.isArray(v))
        fail(p, 'a list of strings', v);
    v.forEach((item, i) => str(item, `${p}[${i}]`));
};
const parameters = (v, p) => {
    if (!Array.isArray(v))
        fail(p, 'a list of parameters', v);
    v.forEach((item, i) => {
        const at = `${p}[${i}]`;
        if (!isObject(item))
            fail(at, 'an object {key, value}', item);
        str(item['key'], `${at}.key`);
        if (item['value'] !== undefined && typeof item['value'] !== 'string')
            fail(`${at}.value`, 'a string', item['value']);
        if (item['usePreviousValue'] !== undefined && typeof item['usePreviousValue'] !== 'boolean')
            fail(`${at}.usePreviousValue`, 'true or false', item['usePreviousValue']);
    });
};
function fields(required, optional = {}) {
    return (value, path) => {
        if (!isObject(value))
            fail(path, 'an object', value);
        for (const [key, check] of Object.entries(required))
            check(value[key], `${path}.${key}`);
        for (const [key, check] of Object.entries(optional))
            if (value[key] !== undefined)
                check(value[key], `${path}.${key}`);
    };
}
const SHAPES = {
    ecs: {
        resource: fields({ cluster: str, service: str }),
        state: fields({ taskDefinitionArn: str, desiredCount: validate_int }, { images: stringMap, deploymentId: str }),
    },
    lambda: {
        resource: fields({ functionName: str }, { alias: str }),
        state: fields({ imageUri: str }, { version: str, routing: weightMap }),
    },
    eks: {
        resource: fields({ cluster: str, namespace: str, deployment: str }),
        state: fields({ revision: validate_int, images: stringMap }, { template: anyObject }),
    },
    cloudformation: {
        resource: fields({ stackName: str }),
        state: fields({ parameters }, { templateBody: str, stackStatus: str, capabilities: stringList }),
    },
};
function validateRecord(value, path = 'deployment') {
    if (!isObject(value))
        fail(path, 'an object', value);
    if (value['schema'] !== record/* RECORD_SCHEMA */.ep)
        fail(`${path}.schema`, JSON.stringify(record/* RECORD_SCHEMA */.ep), value['schema']);
    const target = value['target'];
    if (typeof target !== 'string' || !record/* TARGETS */.dW.includes(target))
        fail(`${path}.target`, `one of ${record/* TARGETS */.dW.join(', ')}`, target);
    const shape = SHAPES[target];
    str(value['region'], `${path}.region`);
    shape.resource(value['resource'], `${path}.resource`);
    for (const key of ['previous', 'current'])
        if (value[key] !== null)
            shape.state(value[key], `${path}.${key}`);
    if (typeof value['status'] !== 'string' || !record/* STATUSES */.f.includes(value['status']))
        fail(`${path}.status`, `one of ${record/* STATUSES */.f.join(', ')}`, value['status']);
    str(value['startedAt'], `${path}.startedAt`);
    if (Number.isNaN(Date.parse(value['startedAt'])))
        fail(`${path}.startedAt`, 'an ISO 8601 time', value['startedAt']);
    if (value['finishedAt'] !== undefined) {
        str(value['finishedAt'], `${path}.finishedAt`);
        if (Number.isNaN(Date.parse(value['finishedAt'])))
            fail(`${path}.finishedAt`, 'an ISO 8601 time', value['finishedAt']);
    }
    if (value['message'] !== undefined && typeof value['message'] !== 'string')
        fail(`${path}.message`, 'a string', value['message']);
    return value;
}
/** Decodes one record or a JSON array of records. */
function decodeRecords(text) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new RecordError('Invalid deployment record: it is empty.');
    let parsed;
    try {
        parsed = JSON.parse(trimmed);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new RecordError(`Invalid deployment record: not valid JSON (${detail}); was it cut short? Pass the deploy step's 'deployment' output unchanged.`);
    }
    if (Array.isArray(parsed)) {
        if (parsed.length === 0)
            throw new RecordError('Invalid deployment record: the list is empty.');
        return parsed.map((item, i) => validateRecord(item, `deployment[${i}]`));
    }
    return [validateRecord(parsed)];
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/plan.ts
// Turns the inputs into what to roll back: records decoded and checked, or a manual target,
// and the alarm watch. Everything here runs before any AWS call.


const TASK_DEFINITION = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;
const IDENTIFIERS = {
    ecs: ['cluster', 'service'],
    lambda: ['function-name'],
    eks: ['cluster-name', 'deployment-name'],
    cloudformation: ['stack-name'],
};
function required(values, target) {
    for (const name of IDENTIFIERS[target])
        if (!values[name])
            throw new errors/* InputError */.dz(name, '', `required with target: ${target}`);
}
function manualTarget(values, target) {
    required(values, target);
    const to = values.to || undefined;
    const region = values['aws-region'] || undefined;
    switch (target) {
        case 'ecs':
            if (to !== undefined && !TASK_DEFINITION.test(to))
                throw new errors/* InputError */.dz('to', to, 'a task-definition ARN or family:revision');
            return {
                target,
                region,
                ecs: { cluster: values.cluster, service: values.service, ...(to ? { to } : {}) },
            };
        case 'lambda':
            if (to !== undefined && !/^[1-9]\d*$/.test(to))
                throw new errors/* InputError */.dz('to', to, 'a published version number');
            return {
                target,
                region,
                lambda: {
                    functionName: values['function-name'],
                    ...(values.alias ? { alias: values.alias } : {}),
                    ...(to ? { to } : {}),
                },
            };
        case 'eks':
            if (to !== undefined && !/^[1-9]\d*$/.test(to))
                throw new errors/* InputError */.dz('to', to, 'a Deployment revision number');
            return {
                target,
                region,
                eks: {
                    cluster: values['cluster-name'],
                    namespace: values.namespace,
                    deployment: values['deployment-name'],
                    ...(to ? { to: Number(to) } : {}),
                },
            };
        case 'cloudformation':
            if (to !== undefined)
                throw new errors/* InputError */.dz('to', to, 'nothing with target: cloudformation (the last good stack state is found live)');
            return { target, region, cloudformation: { stackName: values['stack-name'] } };
    }
}
function decode(text) {
    try {
        return decodeRecords(text);
    }
    catch (error) {
        if (error instanceof RecordError)
            throw new errors/* InputError */.dz('deployment', text, 'the `deployment` output of one of our deploy actions', error.message);
        throw error;
    }
}
function planRollback(values) {
    const plan = {};
    if (values.deployment && values.target)
        throw new errors/* InputError */.dz('target', values.target, 'either `deployment` or `target`, not both');
    if (values.deployment)
        plan.records = decode(values.deployment);
    else if (values.target)
        plan.manual = manualTarget(values, values.target);
    else
        throw new errors/* InputError */.dz('deployment', '', 'a deployment record (`steps.<deploy>.outputs.deployment`), or `target` with its identifiers for a manual rollback');
    const bakeTimeMs = values['bake-time'];
    if (values.alarms.length && bakeTimeMs === undefined)
        throw new errors/* InputError */.dz('bake-time', '', 'a duration to watch the alarms for, e.g. 10m, when `alarms` is given');
    if (bakeTimeMs !== undefined && !values.alarms.length)
        throw new errors/* InputError */.dz('alarms', '', 'CloudWatch alarm names to watch during `bake-time`');
    if (bakeTimeMs !== undefined)
        plan.alarms = { names: values.alarms, bakeTimeMs, atStart: values['alarms-in-alarm-at-start'] };
    return plan;
}

// EXTERNAL MODULE: ./shared/kube/kubeconfig-path.ts
var kubeconfig_path = __webpack_require__(695);
// EXTERNAL MODULE: ./shared/targets/registry.ts
var registry = __webpack_require__(6756);
// EXTERNAL MODULE: ./shared/aws/errors.ts
var aws_errors = __webpack_require__(7053);
// EXTERNAL MODULE: ./shared/record/describe.ts
var describe = __webpack_require__(6497);
;// CONCATENATED MODULE: ./actions/auto-rollback/src/restore.ts



async function restoreOne(record, options, connections) {
    const resource = (0,describe/* describeResource */.w)(record);
    const started = Date.now();
    const row = (fields) => ({
        target: record.target,
        resource,
        elapsedMs: Date.now() - started,
        ...fields,
    });
    if (record.status === 'planned')
        return row({
            from: '',
            to: '',
            changed: false,
            status: 'nothing-to-restore',
            message: 'a dry run changed nothing',
        });
    if (record.previous === null)
        return row({
            from: '',
            to: '',
            changed: false,
            status: 'nothing-to-restore',
            message: 'the resource did not exist before this deployment; nothing to restore',
        });
    let result;
    try {
        result = await (0,registry.restoreRecord)(record, options, connections);
    }
    catch (error) {
        // one resource failing must not lose the others' rows, the summary or the outputs
        return row({
            from: '',
            to: '',
            changed: false,
            status: 'failed',
            message: (0,aws_errors/* describeError */.Uc)(error, { action: 'auto-rollback' }),
        });
    }
    if (result.refused)
        return row({
            from: result.from,
            to: result.to,
            changed: false,
            status: 'refused',
            message: result.refused,
        });
    if (!result.changed)
        return row({
            from: result.from,
            to: result.to,
            changed: false,
            status: 'already-restored',
            message: 'already in the previous state',
        });
    const follow = result.follow;
    if (!follow)
        return row({
            from: result.from,
            to: result.to,
            changed: true,
            status: 'not-waited',
            message: 'restore started; not waited for',
        });
    if (follow.status === 'succeeded')
        return row({ from: result.from, to: result.to, changed: true, status: 'restored', message: 'restored' });
    return row({
        from: result.from,
        to: result.to,
        changed: true,
        status: 'failed',
        message: `the restore did not settle (${follow.status}): ${follow.reason ?? follow.state}`,
    });
}
async function restoreAll(records, options, connections = {}) {
    return Promise.all(records.map((record) => restoreOne(record, options, connections)));
}

// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
;// CONCATENATED MODULE: ./actions/auto-rollback/src/report.ts


const STATUS_TEXT = {
    restored: '✅ restored',
    'already-restored': '✅ already restored',
    'nothing-to-restore': '➖ nothing to restore',
    refused: '⛔ refused',
    failed: '❌ failed',
    'not-waited': '⏳ started',
};
function reportRollback(summary, rows, reason, elapsedMs) {
    const bad = rows.some((row) => row.status === 'failed' || row.status === 'refused');
    const changed = rows.filter((row) => row.changed).length;
    summary.heading('Rollback');
    summary.status(bad ? 'failure' : 'success', bad
        ? 'The rollback did not complete.'
        : changed
            ? `Restored ${changed} resource(s) to their previous state in ${(0,duration/* formatDuration */.a3)(elapsedMs)}.`
            : 'Everything was already in its previous state; nothing changed.');
    summary.paragraph(`Why: ${reason}`);
    summary.table(['resource', 'from', 'to', 'result', 'time', 'detail'], rows.map((row) => [
        { markdown: (0,action_summary/* code */.aY)(row.resource) },
        row.from ? { markdown: (0,action_summary/* code */.aY)(row.from) } : '',
        row.to ? { markdown: (0,action_summary/* code */.aY)(row.to) } : '',
        STATUS_TEXT[row.status],
        (0,duration/* formatDuration */.a3)(row.elapsedMs),
        row.message,
    ]));
}
function reportQuiet(summary, alarms, alreadyInAlarm, text) {
    summary.heading('Rollback');
    summary.status('success', `Bake window passed: ${text}. Nothing rolled back.`);
    summary.table(['alarm', 'at start'], alarms.map((alarm) => [
        alarm,
        alreadyInAlarm.includes(alarm) ? 'ALARM (ignored until it recovers)' : 'not in ALARM',
    ]));
}

;// CONCATENATED MODULE: ./actions/auto-rollback/src/main.ts










async function main(context) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const plan = planRollback(values);
    const kubeconfig = (0,kubeconfig_path/* kubeconfigPath */.l)(values.kubeconfig);
    const connections = {
        eks: {
            ...(values['api-server'] ? { apiServer: values['api-server'] } : {}),
            ...(values['certificate-authority-data'] ? { caData: values['certificate-authority-data'] } : {}),
            ...(kubeconfig ? { kubeconfig } : {}),
        },
    };
    const follow = {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        onProgress: runtime/* info */.pq,
    };
    let reason = values.reason || 'requested';
    if (plan.alarms) {
        const { watchBakeWindow } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085), __webpack_require__.e(9229)]).then(__webpack_require__.bind(__webpack_require__, 9229));
        const region = values['aws-region'] || plan.records?.[0]?.region || plan.manual?.region;
        const watch = await (0,runtime/* group */.Os)(`Watching ${plan.alarms.names.length} alarm(s) for ${(0,duration/* formatDuration */.a3)(plan.alarms.bakeTimeMs)}`, () => watchBakeWindow(plan.alarms, region, follow));
        if (watch.outcome !== 'alarm') {
            const quiet = `no alarm entered ALARM in ${(0,duration/* formatDuration */.a3)(watch.elapsedMs)}${watch.outcome === 'cancelled' ? ' (cancelled)' : ''}`;
            reportQuiet(context.summary, plan.alarms.names, watch.alreadyInAlarm, quiet);
            (0,outputs/* writeOutputs */.K)(inputs_outputs, { 'rolled-back': false, restored: [], reason: quiet });
            if (watch.outcome === 'cancelled')
                throw new errors/* ActionError */.lZ('Cancelled during the bake window; nothing was rolled back.');
            return;
        }
        reason = watch.reason;
    }
    let records;
    if (plan.records)
        records = plan.records;
    else {
        const { resolveManualRecord } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6756));
        records = [await resolveManualRecord(plan.manual, values['aws-region'] || undefined, connections)];
    }
    const region = values['aws-region'];
    if (region)
        records = records.map((record) => ({ ...record, region }));
    const rows = await (0,runtime/* group */.Os)(`Restoring ${records.length} resource(s)`, () => restoreAll(records, { ...follow, force: values.force, wait: values.wait }, connections));
    reportRollback(context.summary, rows, reason, Date.now() - context.startedAt.getTime());
    (0,outputs/* writeOutputs */.K)(inputs_outputs, {
        'rolled-back': rows.some((row) => row.changed),
        restored: rows.map(({ target, resource, from, to, changed, status }) => ({
            target,
            resource,
            from,
            to,
            changed,
            status,
        })),
        reason,
    });
    const failed = rows.filter((row) => row.status === 'failed' || row.status === 'refused');
    if (failed.length)
        throw new errors/* ActionError */.lZ(failed.map((row) => `${row.resource}: ${row.message}`).join('; '));
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

/***/ 695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ kubeconfigPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
// The kubeconfig input of the EKS actions: a path in the workspace, checked before anything runs.



/** The `kubeconfig` input as an absolute path of an existing file (relative to the workspace). */
function kubeconfigPath(value, workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, value);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('kubeconfig', value, 'the path of a kubeconfig file', 'no such file');
    return path;
}


/***/ }),

/***/ 6497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ describeResource)
/* harmony export */ });
/** A short human name for the resource a record is about. */
function describeResource(record) {
    switch (record.target) {
        case 'ecs':
            return `ecs:${record.resource.cluster}/${record.resource.service}`;
        case 'lambda':
            return `lambda:${record.resource.functionName}${record.resource.alias ? `:${record.resource.alias}` : ''}`;
        case 'eks':
            return `eks:${record.resource.cluster}/${record.resource.namespace}/${record.resource.deployment}`;
        case 'cloudformation':
            return `cloudformation:${record.resource.stackName}`;
    }
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


/***/ }),

/***/ 1556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ DNS_LABEL),
/* harmony export */   XO: () => (/* binding */ eksInputs),
/* harmony export */   gq: () => (/* binding */ clusterNameInput),
/* harmony export */   nd: () => (/* binding */ DNS_SUBDOMAIN),
/* harmony export */   v$: () => (/* binding */ deploymentsInput)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
// The EKS inputs that eks-rolling-update and the root release action both declare. The action
// requires a cluster and a Deployment; the root action requires them only with target: eks, so
// `eksInputs` leaves them optional and the action overrides them with `required: true`.

/** A Kubernetes object name (DNS subdomain). */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A Kubernetes namespace or container name. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function clusterNameInput(options = {}) {
    return _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        ...options,
        pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
        accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
    });
}
function deploymentsInput(options = {}) {
    return _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        ...options,
        accepted: 'one or more Deployment names, one per line or separated by commas',
        item: (name) => DNS_SUBDOMAIN.test(name)
            ? undefined
            : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
    });
}
const eksInputs = {
    'cluster-name': clusterNameInput(),
    namespace: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: 'default',
        pattern: DNS_LABEL,
        accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
    }),
    deployment: deploymentsInput(),
    kubeconfig: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'the path of a kubeconfig file' }),
    'api-server': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        pattern: /^https:\/\/[^\s/]+(\/\S*)?$/,
        accepted: 'an https:// URL of the Kubernetes API',
    }),
    'certificate-authority-data': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: 'base64 of the PEM certificate of the cluster CA, as DescribeCluster returns it',
        multiline: true,
        check: (value) => Buffer.from(value.replace(/\s+/g, ''), 'base64')
            .toString('utf8')
            .includes('-----BEGIN CERTIFICATE-----')
            ? undefined
            : 'it does not decode to a PEM certificate',
    }),
    'change-cause': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'one line of text' }),
};


/***/ }),

/***/ 6756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveManualRecord: () => (/* binding */ resolveManualRecord),
/* harmony export */   restoreRecord: () => (/* binding */ restoreRecord)
/* harmony export */ });
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4291);

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
            Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966)]).then(__webpack_require__.bind(__webpack_require__, 7966)),
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
            Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(8925)]).then(__webpack_require__.bind(__webpack_require__, 1306)),
            __webpack_require__.e(/* import() */ 8000).then(__webpack_require__.bind(__webpack_require__, 8000)),
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
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(4631)]).then(__webpack_require__.bind(__webpack_require__, 7012)),
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
                Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(2127)]).then(__webpack_require__.bind(__webpack_require__, 2127)),
                __webpack_require__.e(/* import() */ 8000).then(__webpack_require__.bind(__webpack_require__, 8000)),
            ]);
            const target = manual.eks;
            return manualEksRecord(region, target, () => connectToCluster({ cluster: target.cluster, region, ...eksOverrides(connections) }));
        }
    }
}


/***/ })

};
