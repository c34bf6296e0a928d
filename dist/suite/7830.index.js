export const id = 7830;
export const ids = [7830,6672,6756];
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
// EXTERNAL MODULE: ./shared/aws/console.ts
var console = __webpack_require__(6477);
// EXTERNAL MODULE: ./shared/record/record.ts
var record = __webpack_require__(1349);
// EXTERNAL MODULE: ./shared/targets/ecs/command.ts
var ecs_command = __webpack_require__(0);
// EXTERNAL MODULE: ./shared/targets/eks/inputs.ts
var eks_inputs = __webpack_require__(1556);
// EXTERNAL MODULE: ./shared/github/inputs.ts
var github_inputs = __webpack_require__(5239);
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
    // EC2: how each restored instance proves healthy (never taken from the record)
    'health-command': inputs/* input */.hF.string({
        accepted: 'a shell command run on each restored instance, such as curl -fsS localhost:8000/health',
        multiline: true,
    }),
    'health-timeout': inputs/* input */.hF.duration({ default: '5m', min: 1000, max: 3_600_000 }),
    to: inputs/* input */.hF.string({
        accepted: 'a task-definition ARN (ECS), a version number (Lambda) or a revision number (EKS)',
    }),
    alarms: inputs/* input */.hF.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
    'bake-time': inputs/* input */.hF.duration({ max: inputs/* MAX_WAIT_MS */.um }),
    'alarms-in-alarm-at-start': inputs/* input */.hF.choice(['ignore', 'fail'], { default: 'ignore' }),
    // ECS: a one-off task from the release's task definition before the service is restored
    'rollback-command': inputs/* input */.hF.string({ accepted: ecs_command/* ROLLBACK_COMMAND_ACCEPTED */.zF, multiline: true }),
    force: inputs/* input */.hF.boolean({ default: false }),
    'fail-on-rollback': inputs/* input */.hF.boolean({ default: true }),
    wait: inputs/* input */.hF.boolean({ default: true }),
    'wait-timeout': inputs/* input */.hF.duration({ default: '15m', min: 1000, max: inputs/* MAX_WAIT_MS */.um }),
    'max-poll-interval': inputs/* input */.hF.duration({ default: '15s', min: 1000, max: inputs/* MAX_POLL_INTERVAL_MS */.gs }),
    reason: inputs/* input */.hF.string({ multiline: true }),
    'aws-region': inputs/* input */.hF.string({
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
        accepted: 'an AWS region such as us-east-1',
    }),
    // GitHub Deployments (shared/github)
    ...github_inputs/* githubInputs */.d,
};
const inputs_outputs = ['rolled-back', 'restored', 'reason', 'rollback-command-result'];

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
const digest = (v, p) => {
    if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v))
        fail(p, 'a sha256 digest (64 hex digits)', v);
};
const base64 = (v, p) => {
    if (typeof v !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(v))
        fail(p, 'base64 text', v);
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
        if (item['digest'] !== undefined)
            digest(item['digest'], `${at}.digest`);
        if (item['usePreviousValue'] !== undefined && typeof item['usePreviousValue'] !== 'boolean')
            fail(`${at}.usePreviousValue`, 'true or false', item['usePreviousValue']);
    });
};
const bool = (v, p) => {
    if (typeof v !== 'boolean')
        fail(p, 'true or false', v);
};
function matching(pattern, expected) {
    return (v, p) => {
        if (typeof v !== 'string' || !pattern.test(v))
            fail(p, expected, v);
    };
}
function listOf(item) {
    return (v, p) => {
        if (!Array.isArray(v))
            fail(p, 'a list', v);
        v.forEach((value, i) => item(value, `${p}[${i}]`));
    };
}
function mapOf(key, keyExpected, item) {
    return (v, p) => {
        if (!isObject(v))
            fail(p, 'an object', v);
        for (const [k, value] of Object.entries(v)) {
            if (!key.test(k))
                fail(`${p} key`, keyExpected, k);
            item(value, `${p}.${k}`);
        }
    };
}
// ec2: every value ends up in a shell script on the instances, so each is held to the rules of
// the deploy-ec2 inputs (the script quotes them too).
const EC2_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
const EC2_INSTANCE = /^i-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const EC2_RELATIVE = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$/;
const ec2InstanceState = fields({}, {
    commit: matching(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'a full git commit id'),
    images: mapOf(EC2_NAME, 'a Compose service name', matching(/^[a-z0-9][a-z0-9._\-/:]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/, 'an image reference')),
});
function fields(required, optional = {}) {
    return (value, path) => {
        if (!isObject(value))
            fail(path, 'an object', value);
        for (const [key, check] of Object.entries(required))
            check(value[key], `${path}.${key}`);
        for (const [key, check] of Object.entries(optional))
            if (value[key] !== undefined)
                check(value[key], `${path}.${key}`);
        // a record says exactly what its deploy changed: nothing else is read, so nothing else is let in
        for (const key of Object.keys(value))
            if (!(key in required) && !(key in optional))
                fail(`${path}.${key}`, `absent (${path} holds ${[...Object.keys(required), ...Object.keys(optional)].join(', ')})`, value[key]);
    };
}
const SHAPES = {
    ecs: {
        resource: fields({ cluster: str, service: str }),
        state: fields({ taskDefinitionArn: str, desiredCount: validate_int }, { images: stringMap, deploymentId: str, rollbackCommandDigest: str }),
    },
    lambda: {
        resource: fields({ functionName: str }, { alias: str }),
        state: fields({ imageUri: str }, { version: str, routing: weightMap }),
    },
    eks: {
        resource: fields({ cluster: str, namespace: str, deployment: str }),
        state: fields({ revision: validate_int, images: stringMap }),
    },
    cloudformation: {
        resource: fields({ stackName: str }),
        state: fields({ parameters }, {
            templateDigest: digest,
            templateGzip: base64,
            sealedValues: base64,
            stackStatus: str,
            capabilities: stringList,
        }),
    },
    ec2: {
        resource: fields({
            recordId: matching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a deployment id'),
            instances: listOf(matching(EC2_INSTANCE, 'an EC2 instance id')),
            workingDirectory: matching(/^\/(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_.@+\-/ ]*$/, 'an absolute path'),
            envFile: matching(EC2_RELATIVE, 'a relative path'),
            composeFiles: listOf(matching(EC2_RELATIVE, 'a relative path')),
            services: listOf(matching(EC2_NAME, 'a Compose service name')),
            build: bool,
            imageServices: listOf(matching(EC2_NAME, 'a Compose service name')),
        }),
        state: fields({ instances: mapOf(EC2_INSTANCE, 'an EC2 instance id', ec2InstanceState) }),
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
    if (value['id'] !== undefined &&
        (typeof value['id'] !== 'string' || !/^[0-9a-f-]{8,64}$/.test(value['id'])))
        fail(`${path}.id`, 'the record id its deploy wrote (a UUID)', value['id']);
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

// EXTERNAL MODULE: ./shared/record/describe.ts
var describe = __webpack_require__(6497);
;// CONCATENATED MODULE: ./actions/auto-rollback/src/plan.ts
// Turns the inputs into what to roll back: records decoded and checked, or a manual target,
// and the alarm watch. Everything here runs before any AWS call.




const TASK_DEFINITION = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;
const IDENTIFIERS = {
    ecs: ['cluster', 'service'],
    lambda: ['function-name'],
    eks: ['cluster-name', 'deployment-name'],
    cloudformation: ['stack-name'],
    ec2: [],
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
        case 'ec2':
            throw new errors/* InputError */.dz('target', target, 'ecs, lambda, eks or cloudformation; an EC2 rollback takes the `deployment` record of deploy-ec2');
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
/** One record per resource, each in the region it names (aws-region may only agree). */
function checkRecords(records, region) {
    const seen = new Map();
    records.forEach((record, index) => {
        const key = `${record.region}/${(0,describe/* describeResource */.w)(record)}`;
        const first = seen.get(key);
        if (first !== undefined)
            throw new errors/* InputError */.dz('deployment', `[${first}] and [${index}]`, 'one record per resource', `records ${first} and ${index} both restore ${(0,describe/* describeResource */.w)(record)} in ${record.region}`);
        seen.set(key, index);
        if (region && record.region !== region)
            throw new errors/* InputError */.dz('aws-region', region, `the region of the records (each record is restored in its own region; leave aws-region empty)`, `record ${index} (${(0,describe/* describeResource */.w)(record)}) is in ${record.region}`);
    });
    return records;
}
/** A downgrade runs once, for one ECS service: exactly one ECS record or a manual ECS target. */
function checkRollbackCommand(text, plan) {
    const accepted = 'a command only for a rollback of exactly one ECS service (it runs once, before that service is restored)';
    if (plan.manual && plan.manual.target !== 'ecs')
        throw new errors/* InputError */.dz('rollback-command', text, accepted, `target is ${plan.manual.target}`);
    const ecsRecords = plan.records?.filter((record) => record.target === 'ecs').length;
    if (ecsRecords !== undefined && ecsRecords !== 1)
        throw new errors/* InputError */.dz('rollback-command', text, accepted, `the deployment holds ${ecsRecords} ECS records`);
}
/**
 * A release deployed with a rollback-command carries its digest: a rollback must be given the same
 * command, so that the code never goes back over a schema the release migrated forward.
 */
function checkDeclaredCommand(text, command, records) {
    for (const record of records) {
        const declared = record.target === 'ecs' ? record.current?.rollbackCommandDigest : undefined;
        if (!declared)
            continue;
        if (!command)
            throw new errors/* InputError */.dz('rollback-command', '', `the rollback command ${(0,describe/* describeResource */.w)(record)} was deployed with (its digest ${declared} is in the record): ` +
                'restoring its code alone would leave the database migrated forward; a manual rollback (target: ecs) restores the code only');
        if ((0,ecs_command/* rollbackCommandDigest */.sY)(command) !== declared)
            throw new errors/* InputError */.dz('rollback-command', text, `the command ${(0,describe/* describeResource */.w)(record)} was deployed with (digest ${declared})`, `its digest is ${(0,ecs_command/* rollbackCommandDigest */.sY)(command)}`);
    }
}
function planRollback(values) {
    const plan = {};
    if (values.deployment && values.target)
        throw new errors/* InputError */.dz('target', values.target, 'either `deployment` or `target`, not both');
    if (values.deployment && values.to)
        throw new errors/* InputError */.dz('to', values.to, 'no `to` with `deployment` (a record restores the state its own deploy replaced); give `to` with `target` for a manual rollback');
    if (values.deployment)
        plan.records = checkRecords(decode(values.deployment), values['aws-region']);
    else if (values.target)
        plan.manual = manualTarget(values, values.target);
    else
        throw new errors/* InputError */.dz('deployment', '', 'a deployment record (`steps.<deploy>.outputs.deployment`), or `target` with its identifiers for a manual rollback');
    const command = (0,ecs_command/* rollbackCommand */.Ct)(values['rollback-command']);
    if (command) {
        checkRollbackCommand(values['rollback-command'], plan);
        plan.rollbackCommand = command;
    }
    checkDeclaredCommand(values['rollback-command'], command, plan.records ?? []);
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
    const nothing = (0,describe/* nothingToRestore */.D)(record);
    if (nothing)
        return row({ from: '', to: '', changed: false, status: 'nothing-to-restore', message: nothing });
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
            : rows.every((row) => row.status === 'nothing-to-restore')
                ? 'The deployment changed nothing, so nothing was restored.'
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

// EXTERNAL MODULE: ./shared/github/deployments.ts
var deployments = __webpack_require__(9596);
// EXTERNAL MODULE: ./shared/github/report.ts
var report = __webpack_require__(3740);
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
        ec2: {
            ...(values['health-command'] ? { healthCommand: values['health-command'] } : {}),
            healthTimeoutMs: values['health-timeout'],
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
    // A record is restored in its own region; one built here from the live state has no breadcrumb.
    let records;
    if (plan.records)
        records = plan.records;
    else {
        const { resolveManualRecord } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6756));
        records = [await resolveManualRecord(plan.manual, values['aws-region'] || undefined, connections)];
    }
    const trustLiveState = !plan.records;
    // the rollback command (ECS) runs from inside the restore, once it is decided
    const commandStep = plan.rollbackCommand
        ? (await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 7529))).rollbackCommandStep({
            command: plan.rollbackCommand,
            summary: context.summary,
            follow,
        })
        : undefined;
    const rows = await (0,runtime/* group */.Os)(`Restoring ${records.length} resource(s)`, () => restoreAll(records, {
        ...follow,
        force: values.force,
        wait: values.wait,
        trustLiveState,
        ...(commandStep ? { beforeEcsRestore: commandStep.hook } : {}),
    }, connections));
    reportRollback(context.summary, rows, reason, Date.now() - context.startedAt.getTime());
    const restoredRecords = records.filter((_, index) => ['restored', 'already-restored'].includes(rows[index]?.status ?? ''));
    (0,console/* reportConsoleLinks */.dK)(context.summary, records.filter((_, index) => rows[index]?.changed || rows[index]?.status === 'already-restored'));
    if (restoredRecords.length)
        await (0,report/* reportRollbackToGitHub */.zF)(deployments/* GitHubDeployments */.Cn.fromInputs(values, 'auto-rollback'), restoredRecords, reason);
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
        ...(commandStep ? { 'rollback-command-result': (0,ecs_command.rollbackCommandOutput)(commandStep.results) } : {}),
    });
    const failed = rows.filter((row) => row.status === 'failed' || row.status === 'refused');
    if (failed.length)
        throw new errors/* ActionError */.lZ(failed.map((row) => `${row.resource}: ${row.message}`).join('; '));
    const restored = rows.filter((row) => row.changed);
    if (restored.length && values['fail-on-rollback'])
        throw new errors/* ActionError */.lZ(`Rolled back ${restored.map((row) => row.resource).join(', ')} (${reason}): the release did not stand. Set fail-on-rollback: false for this step to succeed after a rollback.`);
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

/***/ 695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ kubeconfigPath)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2689);
// The kubeconfig input of the EKS actions: a file in the workspace, the runner's temp folder or
// ~/.kube (where `aws eks update-kubeconfig` writes), checked before anything runs.



const MAX_KUBECONFIG_BYTES = 1024 * 1024;
/** The `kubeconfig` input as the real path of an existing file (relative to the workspace). */
function kubeconfigPath(value, workspace = (0,_action_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .workspaceRoot */ .oS)()) {
    if (!value)
        return undefined;
    const runnerTemp = process.env['RUNNER_TEMP'];
    return (0,_action_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .checkInputFile */ .xR)('kubeconfig', value, {
        accepted: 'the path of a kubeconfig file in the workspace, RUNNER_TEMP or ~/.kube',
        maxBytes: MAX_KUBECONFIG_BYTES,
        roots: [workspace, ...(runnerTemp ? [runnerTemp] : []), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)(), '.kube')],
        base: workspace,
    });
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
// The deployment record (docs/architecture.md): the contract between deploy actions and auto-rollback.
// `previous` holds exactly what a target's restore() needs.
const RECORD_SCHEMA = 'aws-deploy-actions/deployment@1';
const TARGETS = ['ecs', 'lambda', 'eks', 'cloudformation', 'ec2'];
const STATUSES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'planned', 'rolled-back'];
function encodeRecord(record) {
    return JSON.stringify(record);
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
