export const id = 609;
export const ids = [609,7354];
export const modules = {

/***/ 609:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(972);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('deploy-lambda-image', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/targets/lambda/record.ts
var lambda_record = __webpack_require__(7354);
// EXTERNAL MODULE: ./shared/targets/cloudformation/parameters.ts
var parameters = __webpack_require__(1206);
// EXTERNAL MODULE: ./shared/action/secrets.ts
var secrets = __webpack_require__(1096);
// EXTERNAL MODULE: ./shared/targets/lambda/image.ts
var lambda_image = __webpack_require__(8802);
// EXTERNAL MODULE: ./shared/targets/lambda/inputs.ts
var lambda_inputs = __webpack_require__(1714);
// EXTERNAL MODULE: ./shared/targets/cloudformation/inputs.ts
var cloudformation_inputs = __webpack_require__(6027);
;// CONCATENATED MODULE: ./actions/deploy-lambda-image/src/inputs.ts
// The inputs and outputs of deploy-lambda-image, named once (the contract tests compare them with action.yml).




const ALARM = /^(arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:.+|[^\s,]{1,255})$/;
const inputs_inputs = {
    ...lambda_inputs/* functionInputs */.M,
    image: inputs/* input */.hF.string({ accepted: lambda_image.IMAGE_ACCEPTED, check: lambda_image.imageProblem }),
    publish: inputs/* input */.hF.boolean({ default: true }),
    alarms: inputs/* input */.hF.list({ accepted: 'CloudWatch alarm names, one per line or separated by commas' }),
    environment: inputs/* input */.hF.map({
        key: /^[A-Za-z][A-Za-z0-9_]*$/,
        accepted: 'KEY=value lines (environment variables)',
    }),
    description: inputs/* input */.hF.string({
        accepted: 'a description of up to 256 characters',
        check: (v) => (v.length > 256 ? 'longer than 256 characters' : undefined),
    }),
    'wait-timeout': inputs/* input */.hF.duration({ default: '10m', min: 1000 }),
    'dry-run': inputs/* input */.hF.boolean({ default: false }),
    ...cloudformation_inputs/* stackInputs */.m,
    tags: inputs/* input */.hF.map({ accepted: 'KEY=value lines (stack tags)' }),
    'rollback-alarms': inputs/* input */.hF.list({
        accepted: 'CloudWatch alarm names or ARNs (at most 5), one per line or separated by commas',
        item: (value) => (ALARM.test(value) ? undefined : 'not an alarm name or ARN'),
    }),
    'rollback-monitoring-time': inputs/* input */.hF.duration({ max: 180 * 60_000 }),
    'aws-region': inputs/* input */.hF.string({ accepted: 'an AWS region such as us-east-1 (default: AWS_REGION)' }),
};
const inputs_outputs = [
    'function-arn',
    'version',
    'previous-version',
    'image-uri',
    'alias-arn',
    'stack-outputs',
    'deployment',
];

// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
// EXTERNAL MODULE: ./shared/targets/lambda/snapshot.ts
var snapshot = __webpack_require__(4051);
;// CONCATENATED MODULE: ./actions/deploy-lambda-image/src/report.ts
// Job summary of deploy-lambda-image: image from → to, version, alias weights over time, the
// change set as a table, stack outputs, and why it failed.



const STATUS_WORDS = {
    succeeded: 'success',
    failed: 'failure',
    'timed-out': 'failure',
    cancelled: 'warning',
    planned: 'info',
    'rolled-back': 'warning',
};
function headline(summary, status, done, message) {
    summary.status(STATUS_WORDS[status], message ?? done);
}
function reportFunction(summary, report) {
    const { progress, values, status, message, dryRun } = report;
    const name = values['function-name'] ?? '';
    summary.heading(`deploy-lambda-image: ${name}${dryRun ? ' (dry run)' : ''}`);
    headline(summary, status, dryRun ? 'Plan only: nothing was changed.' : `${name} deployed.`, message);
    const rows = [];
    if (progress.snapshot)
        rows.push(['image before', (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(progress.snapshot.imageUri || '(none)'))]);
    if (progress.resolved)
        rows.push([
            'image after',
            (0,action_summary/* raw */.lS)(`${(0,action_summary/* code */.aY)(progress.resolved.imageUri)}${progress.resolved.via === 'index' ? ` (from the image index ${(0,action_summary/* code */.aY)(progress.resolved.indexDigest ?? '')})` : progress.resolved.via === 'tag' ? ` (tag ${(0,action_summary/* code */.aY)(values.image)} pinned)` : ''}`),
        ]);
    if (progress.codeChanged === false)
        rows.push(['code', 'unchanged: the function already ran this image']);
    if (progress.configurationChanged)
        rows.push([
            'configuration',
            [
                values.environment && Object.keys(values.environment).length
                    ? `environment: ${Object.keys(values.environment).join(', ')} set`
                    : '',
                values.description ? 'description updated' : '',
            ]
                .filter(Boolean)
                .join('; '),
        ]);
    if (progress.version)
        rows.push(['version', progress.version]);
    if (progress.snapshot?.alias)
        rows.push([`alias ${values.alias} before`, (0,snapshot/* describeAlias */.IN)(progress.snapshot.alias)]);
    if (progress.alias && progress.weights.length)
        rows.push([`alias ${values.alias} after`, (0,snapshot/* describeAlias */.IN)(progress.alias)]);
    summary.table(['', ''], rows.map(([key, value]) => [key, value]));
    if (progress.weights.length > 1 || (values.traffic && progress.weights.length)) {
        summary.heading('Alias weights over time', 3);
        summary.table(['at', 'weights', 'step'], progress.weights.map((point) => [
            (0,duration/* formatDuration */.a3)(point.atMs),
            Object.entries(point.weights)
                .map(([version, percent]) => `${percent}% → v${version}`)
                .join(', '),
            point.note,
        ]));
    }
}
function reportStack(summary, report) {
    const { progress, stackName, imageUri, status, message, dryRun } = report;
    summary.heading(`deploy-lambda-image: stack ${stackName}${dryRun ? ' (dry run)' : ''}`);
    const empty = progress.changeSet?.empty === true;
    headline(summary, status, dryRun
        ? 'Plan only: no change set was created, nothing was changed.'
        : empty
            ? `Stack ${stackName}: no changes, nothing to do.`
            : `Stack ${stackName} deployed.`, message);
    const rows = [];
    if (progress.before)
        rows.push(['status before', progress.before.StackStatus ?? '']);
    else if (progress.previous === null)
        rows.push(['status before', 'no stack: created by this run']);
    if (progress.continuedRollback)
        rows.push(['rollback', 'the stack was in UPDATE_ROLLBACK_FAILED; the rollback was continued first']);
    if (imageUri)
        rows.push(['image', (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(imageUri))]);
    if (progress.after)
        rows.push(['status after', progress.after.StackStatus ?? '']);
    if (progress.follow)
        rows.push(['took', (0,duration/* formatDuration */.a3)(progress.follow.elapsedMs)]);
    summary.table(['', ''], rows);
    if (progress.plan) {
        summary.heading('Parameters', 3);
        summary.table(['parameter', 'value'], progress.plan.rows.map((row) => [row.key, row.action === 'set' ? (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(row.value)) : row.value]));
    }
    if (progress.changeSet && !progress.changeSet.empty) {
        summary.heading('Change set', 3);
        summary.table(['action', 'resource', 'type', 'replacement'], progress.changeSet.changes.map((change) => [
            change.action,
            change.logicalId,
            change.type,
            change.replacement || '—',
        ]));
    }
    if (progress.follow?.diagnostics)
        progress.follow.diagnostics(summary);
    const outputs = Object.entries(progress.outputs);
    if (outputs.length) {
        summary.heading('Stack outputs', 3);
        summary.table(['output', 'value'], outputs.map(([key, value]) => [key, (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(value))]));
    }
}

// EXTERNAL MODULE: ./shared/targets/lambda/traffic.ts
var traffic = __webpack_require__(8042);
;// CONCATENATED MODULE: ./actions/deploy-lambda-image/src/validate.ts
// Rules across inputs, checked before any AWS call: which mode, what each mode needs, and what
// belongs to the other mode.




const DIRECT_ONLY = ['alias', 'traffic', 'alarms', 'environment', 'description'];
const STACK_ONLY = [
    'template',
    'parameter-overrides',
    'tags',
    'rollback-alarms',
    'rollback-monitoring-time',
];
function given(values, name) {
    const value = values[name];
    if (value === undefined || value === '')
        return undefined;
    if (Array.isArray(value))
        return value.length ? value.join(',') : undefined;
    if (typeof value === 'object')
        return Object.keys(value).length ? Object.keys(value).join(',') : undefined;
    return String(value);
}
function validate(values, workspace = process.cwd()) {
    const functionName = values['function-name'];
    const stackName = values['stack-name'];
    if (!functionName && !stackName)
        throw new errors/* InputError */.dz('function-name', '', "the function to update (or 'stack-name' for the CloudFormation mode)");
    if (functionName && stackName)
        throw new errors/* InputError */.dz('stack-name', stackName, "either 'function-name' (direct mode) or 'stack-name' (CloudFormation mode), not both", `'function-name' is ${functionName}`);
    if (functionName) {
        for (const name of STACK_ONLY) {
            const value = given(values, name);
            if (value !== undefined)
                throw new errors/* InputError */.dz(name, value, "nothing in direct mode: it is used with 'stack-name'");
        }
        if (!values.image)
            throw new errors/* InputError */.dz('image', '', 'the image to deploy: an ECR reference by tag or digest');
        if (values.alias && !values.publish)
            throw new errors/* InputError */.dz('publish', 'false', "true when 'alias' is set: an alias points at a published version");
        if (values.traffic && !values.alias)
            throw new errors/* InputError */.dz('traffic', values.traffic, "a schedule only together with 'alias' (the alias is what shifts)");
        if (values.alarms.length && !values.traffic)
            throw new errors/* InputError */.dz('alarms', values.alarms.join(','), "alarm names only together with 'traffic' (they are watched while traffic shifts)");
        return {
            mode: 'direct',
            functionName,
            image: (0,lambda_image.parseImageReference)(values.image),
            ...(values.traffic ? { traffic: (0,traffic/* parseTrafficSchedule */.SS)(values.traffic) } : {}),
        };
    }
    for (const name of DIRECT_ONLY) {
        const value = given(values, name);
        if (value !== undefined)
            throw new errors/* InputError */.dz(name, value, "nothing in CloudFormation mode: it is used with 'function-name'");
    }
    const templateBody = (0,cloudformation_inputs/* readStackTemplate */.p)(values, workspace);
    if (values['rollback-alarms'].length > 5)
        throw new errors/* InputError */.dz('rollback-alarms', values['rollback-alarms'].join(','), 'at most 5 alarms (CloudFormation takes 5 rollback triggers)');
    const monitoring = values['rollback-monitoring-time'];
    return {
        mode: 'stack',
        stackName: stackName ?? '',
        templatePath: values.template,
        templateBody,
        ...(values.image ? { image: (0,lambda_image.parseImageReference)(values.image) } : {}),
        ...(monitoring !== undefined ? { monitoringMinutes: Math.ceil(monitoring / 60_000) } : {}),
    };
}

;// CONCATENATED MODULE: ./actions/deploy-lambda-image/src/main.ts
// deploy-lambda-image: readInputs → validate → mask secrets → AWS clients (dynamic import) →
// direct mode (image, configuration, version, alias) or CloudFormation mode (change set) →
// outputs, deployment record and job summary, whatever the outcome.










async function main(context) {
    // secret-looking overrides and environment values, masked before anything parses the inputs
    for (const name of ['parameter-overrides', 'environment'])
        (0,secrets/* maskKeyValueInput */.h)(name, (key) => parameters/* SECRET_NAME */.J4.test(key));
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const plan = validate(values);
    const { resolveRegion } = await __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291));
    const region = resolveRegion(values['aws-region'] || undefined);
    const follow = {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: 5000,
        signal: context.signal,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
    };
    if (plan.mode === 'direct')
        await deployDirect(context, values, plan, region, follow);
    else
        await deployWithStack(context, values, plan, region, follow);
}
async function deployDirect(context, values, plan, region, follow) {
    const [{ LambdaClient }, { ECRClient }, { createClient }, lambdaTarget] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19)),
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
        __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291)),
        __webpack_require__.e(/* import() */ 5823).then(__webpack_require__.bind(__webpack_require__, 8204)),
    ]);
    const cloudwatch = values.alarms.length
        ? createClient((await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19))).CloudWatchClient, { region })
        : undefined;
    const clients = {
        lambda: createClient(LambdaClient, { region }),
        ecr: createClient(ECRClient, { region }),
        ...(cloudwatch ? { cloudwatch } : {}),
    };
    const progress = { weights: [] };
    let status = values['dry-run'] ? 'planned' : 'succeeded';
    let message;
    try {
        await (0,runtime/* group */.Os)(values['dry-run'] ? 'Plan (dry run)' : 'Deploy', () => lambdaTarget.deployFunction(clients, {
            functionName: plan.functionName,
            image: plan.image,
            ...(values.architecture ? { architecture: values.architecture } : {}),
            publish: values.publish,
            ...(values.alias ? { alias: values.alias } : {}),
            ...(plan.traffic ? { traffic: plan.traffic } : {}),
            alarms: values.alarms,
            ...(Object.keys(values.environment).length ? { environment: values.environment } : {}),
            ...(values.description ? { description: values.description } : {}),
            dryRun: values['dry-run'],
        }, follow, progress));
        if (progress.reverted) {
            status = 'failed';
            message = `Alarm ${progress.reverted.alarm} entered ALARM at ${progress.reverted.atPercent}% of the traffic (${progress.reverted.reason}); alias ${values.alias} went back to version ${progress.snapshot?.alias?.version ?? '?'}.`;
        }
    }
    catch (error) {
        status = context.signal.aborted ? 'cancelled' : 'failed';
        message = error instanceof Error ? error.message : String(error);
        throw error;
    }
    finally {
        const record = (0,lambda_record.functionRecord)(progress, { functionName: plan.functionName, alias: values.alias }, { region, status, startedAt: context.startedAt, message });
        (0,outputs/* writeOutputs */.K)(inputs_outputs, { ...(0,lambda_record.functionOutputs)(progress), ...(record ? { deployment: record } : {}) });
        reportFunction(context.summary, { progress, values, status, message, dryRun: values['dry-run'] });
    }
    if (message && progress.reverted)
        throw new errors/* ActionError */.lZ(message);
}
async function deployWithStack(context, values, plan, region, follow) {
    const [{ CloudFormationClient }, { createClient }, stackTarget] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19)),
        __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291)),
        __webpack_require__.e(/* import() */ 5581).then(__webpack_require__.bind(__webpack_require__, 5581)),
    ]);
    const cfn = createClient(CloudFormationClient, { region });
    const progress = { outputs: {} };
    let imageUri;
    let status = values['dry-run'] ? 'planned' : 'succeeded';
    let message;
    try {
        if (plan.image) {
            const [{ ECRClient }, { resolveImage, platformArchitecture }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19)),
                Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8802)),
            ]);
            const resolved = await resolveImage(createClient(ECRClient, { region }), plan.image, platformArchitecture(values.architecture ?? 'x86_64'));
            imageUri = resolved.imageUri;
            (0,runtime/* info */.pq)(`Image ${values.image} → ${imageUri}`);
        }
        let rollbackAlarmArns = [];
        if (values['rollback-alarms'].length) {
            const [{ CloudWatchClient }, { alarmArns }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
                __webpack_require__.e(/* import() */ 8909).then(__webpack_require__.bind(__webpack_require__, 8909)),
            ]);
            rollbackAlarmArns = await alarmArns(createClient(CloudWatchClient, { region }), values['rollback-alarms']);
        }
        await (0,runtime/* group */.Os)(values['dry-run'] ? 'Plan (dry run)' : `Stack ${plan.stackName}`, () => stackTarget.deployStack(cfn, {
            caller: 'deploy-lambda-image',
            stackName: plan.stackName,
            templateBody: plan.templateBody,
            imageParameter: values['image-parameter'],
            ...(imageUri ? { imageUri } : {}),
            overrides: values['parameter-overrides'],
            capabilities: values.capabilities,
            tags: values.tags,
            rollbackAlarmArns,
            ...(plan.monitoringMinutes !== undefined
                ? { rollbackMonitoringMinutes: plan.monitoringMinutes }
                : {}),
            dryRun: values['dry-run'],
            onSecret: runtime/* setSecret */.Pq,
        }, follow, progress));
        if (progress.follow && progress.follow.status !== 'succeeded') {
            status = progress.follow.status;
            message = `Stack ${plan.stackName} did not deploy: ${progress.follow.reason ?? progress.follow.state}.`;
        }
    }
    catch (error) {
        status = context.signal.aborted ? 'cancelled' : 'failed';
        message = error instanceof Error ? error.message : String(error);
        throw error;
    }
    finally {
        const record = (0,lambda_record.stackRecord)(progress, plan.stackName, {
            region,
            status,
            startedAt: context.startedAt,
            message,
        });
        (0,outputs/* writeOutputs */.K)(inputs_outputs, {
            ...(imageUri ? { 'image-uri': imageUri } : {}),
            ...(progress.after ? { 'stack-outputs': progress.outputs } : {}),
            ...(record ? { deployment: record } : {}),
        });
        writeStackOutputs(progress.outputs);
        reportStack(context.summary, {
            progress,
            stackName: plan.stackName,
            imageUri,
            status,
            message,
            dryRun: values['dry-run'],
        });
    }
    if (message && status !== 'succeeded')
        throw new errors/* ActionError */.lZ(message);
}
/**
 * Each stack output also becomes an output of its own name (seed 004's ApiEndpoint). They cannot
 * be declared in action.yml ahead of time; the runner accepts undeclared outputs from JS actions.
 */
function writeStackOutputs(stackOutputs) {
    for (const [name, value] of Object.entries(stackOutputs)) {
        if (inputs_outputs.includes(name)) {
            (0,runtime/* warning */.$e)(`Stack output ${name} has the name of one of this action's outputs; read it from 'stack-outputs'.`);
            continue;
        }
        (0,runtime/* setOutput */.uH)(name, value);
    }
}


/***/ }),

/***/ 1096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret),
/* harmony export */   h: () => (/* binding */ maskKeyValueInput)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
// Masking secrets given as inputs, from the raw input text, before anything parses it: not even an
// input error can then print them.


/** Masks a value, and for `Bearer <token>` / `Basic <credentials>` the credential alone too. */
function maskSecret(value) {
    const text = value.trim();
    if (text === '')
        return;
    (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(text);
    const credential = /^[A-Za-z]+\s+(\S{3,})$/.exec(text)?.[1];
    if (credential)
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq)(credential);
}
/** Masks the values of a `KEY=value` input whose keys `isSecret` picks. */
function maskKeyValueInput(name, isSecret, env = process.env) {
    const entries = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseKeyValueLines */ .FF)((0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)(name, env));
    if (Array.isArray(entries))
        for (const [key, value] of entries)
            if (isSecret(key))
                maskSecret(value);
}


/***/ }),

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   functionOutputs: () => (/* binding */ functionOutputs),
/* harmony export */   functionRecord: () => (/* binding */ functionRecord),
/* harmony export */   stackRecord: () => (/* binding */ stackRecord)
/* harmony export */ });
/* harmony import */ var _record_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1349);
// The deployment records of a Lambda deploy (direct mode) and of a CloudFormation stack deploy,
// built from what the deploy reached; shared by deploy-lambda-image and the root release action.

/** Undefined when the function was never read (nothing to restore). */
function functionRecord(progress, resource, outcome) {
    const snapshot = progress.snapshot;
    if (!snapshot)
        return undefined;
    const previousVersion = snapshot.alias?.version;
    return {
        schema: _record_record_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_SCHEMA */ .ep,
        target: 'lambda',
        region: outcome.region,
        resource: { functionName: resource.functionName, ...(resource.alias ? { alias: resource.alias } : {}) },
        previous: {
            imageUri: snapshot.imageUri,
            ...(previousVersion ? { version: previousVersion } : {}),
            ...(snapshot.alias && Object.keys(snapshot.alias.routing).length
                ? { routing: snapshot.alias.routing }
                : {}),
        },
        current: progress.resolved
            ? {
                imageUri: progress.resolved.imageUri,
                ...(resource.alias && progress.version ? { version: progress.version } : {}),
            }
            : null,
        status: outcome.status,
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        ...(outcome.message ? { message: outcome.message } : {}),
    };
}
/** The deploy-lambda-image outputs of a direct-mode deploy. */
function functionOutputs(progress) {
    const previousVersion = progress.snapshot?.alias?.version;
    return {
        ...(progress.snapshot ? { 'function-arn': progress.snapshot.functionArn } : {}),
        ...(progress.version ? { version: progress.version } : {}),
        ...(previousVersion ? { 'previous-version': previousVersion } : {}),
        ...(progress.resolved ? { 'image-uri': progress.resolved.imageUri } : {}),
        ...(progress.alias?.arn ? { 'alias-arn': progress.alias.arn } : {}),
    };
}
/** Undefined when the stack was never read (nothing to restore). */
function stackRecord(progress, stackName, outcome) {
    if (progress.previous === undefined)
        return undefined;
    return {
        schema: _record_record_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_SCHEMA */ .ep,
        target: 'cloudformation',
        region: outcome.region,
        resource: { stackName },
        previous: progress.previous,
        current: progress.current ?? null,
        status: outcome.status,
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        ...(outcome.message ? { message: outcome.message } : {}),
    };
}


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ aliasSnapshot),
/* harmony export */   IN: () => (/* binding */ describeAlias),
/* harmony export */   ac: () => (/* binding */ liveImage),
/* harmony export */   bB: () => (/* binding */ snapshotFunction),
/* harmony export */   vK: () => (/* binding */ snapshotAlias)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);


async function snapshotFunction(lambda, functionName, aliasName) {
    const { GetFunctionCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    let response;
    try {
        response = await lambda.send(new GetFunctionCommand({ FunctionName: functionName }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda function ${functionName} was not found in this region: this action updates an existing container-image function (create it first, for example with the CloudFormation mode and 'stack-name').`);
        throw error;
    }
    const config = response.Configuration ?? {};
    if (config.PackageType && config.PackageType !== 'Image')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda function ${functionName} is a ${config.PackageType} function; this action deploys container images (PackageType Image) only.`);
    const snapshot = {
        functionName,
        functionArn: config.FunctionArn ?? functionName,
        imageUri: liveImage(response.Code?.ImageUri, response.Code?.ResolvedImageUri),
        architecture: config.Architectures?.[0] ?? 'x86_64',
        environment: { ...(config.Environment?.Variables ?? {}) },
        description: config.Description ?? '',
    };
    if (aliasName)
        snapshot.alias = await snapshotAlias(lambda, functionName, aliasName);
    return snapshot;
}
/** The image as given when it already is digest-pinned, else the digest Lambda resolved the tag to. */
function liveImage(imageUri, resolvedImageUri) {
    if (imageUri?.includes('@sha256:'))
        return imageUri;
    return resolvedImageUri ?? imageUri ?? '';
}
async function snapshotAlias(lambda, functionName, name) {
    const { GetAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    try {
        return aliasSnapshot(name, await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: name })));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return { name, routing: {} };
        throw error;
    }
}
function aliasSnapshot(name, alias) {
    return {
        name,
        ...(alias.AliasArn ? { arn: alias.AliasArn } : {}),
        ...(alias.FunctionVersion ? { version: alias.FunctionVersion } : {}),
        routing: { ...(alias.RoutingConfig?.AdditionalVersionWeights ?? {}) },
    };
}
/** `5` or `5 (10% → 7)` for summaries. */
function describeAlias(alias) {
    const extra = Object.entries(alias.routing).map(([version, weight]) => `${+(weight * 100).toFixed(3)}% → ${version}`);
    return `${alias.version ?? '(none)'}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}


/***/ })

};
