export const id = 9407;
export const ids = [9407];
export const modules = {

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

/***/ 476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ ecsWaitInputs),
/* harmony export */   N: () => (/* binding */ ecsInputs)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5678);
// The ECS deploy inputs that deploy-ecs and the root release action both declare, with the same
// ids, defaults and rules (cluster, service, image and container differ and stay with each action).


const ecsInputs = {
    images: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({ accepted: 'container=image lines' }),
    'task-definition': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'the path of a task-definition JSON file in the workspace' }),
    environment: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({ accepted: 'KEY=value lines', key: /^[A-Za-z_][A-Za-z0-9_]*$/ }),
    'desired-count': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ min: 0 }),
    'force-new-deployment': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: false }),
    'migration-command': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: _request_js__WEBPACK_IMPORTED_MODULE_1__/* .MIGRATION_COMMAND_ACCEPTED */ .j, multiline: true }),
};
/** How deploy-ecs waits for the rollout; the root release action waits the same way. */
const ecsWaitInputs = {
    'wait-timeout': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '30m', min: 1000 }),
    'max-poll-interval': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '15s', min: 1000 }),
};


/***/ }),

/***/ 5678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ MIGRATION_COMMAND_ACCEPTED),
  J: () => (/* binding */ validateEcsInputs)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
;// CONCATENATED MODULE: ./shared/targets/ecs/command.ts
// The migration-command input: a JSON array of arguments, or a line for `sh -c`.
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
;// CONCATENATED MODULE: ./shared/targets/ecs/file.ts
// A task-definition JSON file as the base: as written by hand, or the output of
// `aws ecs describe-task-definition` ({"taskDefinition": {...}, "tags": [...]}).




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
    const full = (0,external_node_path_.resolve)(workspace, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(full, 'utf8');
    }
    catch (cause) {
        const code = cause.code ?? String(cause);
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, code === 'ENOENT' ? 'no such file' : `cannot be read: ${code}`);
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        const where = parseErrorLocation(text, message);
        const file = (0,external_node_path_.relative)(workspace, full) || path;
        const at = where ? ` at line ${where.line}, column ${where.column}` : '';
        (0,runtime/* error */.z3)(`${file} is not valid JSON${at}: ${message}`, {
            title: 'task-definition',
            file,
            ...(where ? { line: where.line } : {}),
        });
        throw new errors/* InputError */.dz('task-definition', path, ACCEPTED, `${file} is not valid JSON${at}: ${message}`);
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
    if (values['migration-command']) {
        const command = migrationCommand(values['migration-command']);
        if (!command)
            throw new errors/* InputError */.dz('migration-command', values['migration-command'], MIGRATION_COMMAND_ACCEPTED, 'a JSON array of strings was expected');
        result.command = command;
    }
    if (values['task-definition'])
        result.file = readTaskDefinitionFile(values['task-definition']);
    return result;
}


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6083);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('release', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
// EXTERNAL MODULE: ./shared/record/describe.ts
var describe = __webpack_require__(6497);
// EXTERNAL MODULE: ./shared/targets/ecs/inputs.ts
var ecs_inputs = __webpack_require__(476);
// EXTERNAL MODULE: ./shared/targets/lambda/inputs.ts
var lambda_inputs = __webpack_require__(1714);
// EXTERNAL MODULE: ./shared/targets/cloudformation/inputs.ts
var cloudformation_inputs = __webpack_require__(6027);
// EXTERNAL MODULE: ./shared/targets/eks/inputs.ts
var eks_inputs = __webpack_require__(1556);
// EXTERNAL MODULE: ./shared/http/inputs.ts
var http_inputs = __webpack_require__(6430);
;// CONCATENATED MODULE: ./src/inputs.ts
// The inputs and outputs of the root release action, named once (the contract tests compare them
// with action.yml). Target inputs keep the names of the target's own action, and share its specs
// (from shared/) wherever they are the same.






const RELEASE_TARGETS = ['ecs', 'lambda', 'eks'];
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;
const inputs_inputs = {
    target: inputs/* input */.hF.choice(RELEASE_TARGETS, { required: true }),
    // ECS (same names as deploy-ecs); `image` serves every target, `container` and `images` ECS and EKS.
    cluster: inputs/* input */.hF.string({ pattern: NAME, accepted: 'the name or ARN of an ECS cluster' }),
    service: inputs/* input */.hF.string({ pattern: NAME, accepted: 'the name or ARN of an ECS service' }),
    image: inputs/* input */.hF.string({ accepted: 'a container image reference (repo:tag or registry/repo@sha256:…)' }),
    container: inputs/* input */.hF.string({
        accepted: 'the name of a container of the task definition (ECS) or of the Deployment (EKS)',
    }),
    ...ecs_inputs/* ecsInputs */.N,
    // Lambda (same names as deploy-lambda-image): direct mode or CloudFormation mode.
    ...lambda_inputs/* functionInputs */.M,
    ...cloudformation_inputs/* stackInputs */.m,
    // EKS (same names as eks-rolling-update); the root requires cluster-name and deployment only
    // with target: eks (src/plan.ts).
    ...eks_inputs/* eksInputs */.XO,
    // Waiting, for the deploy and the rollback (as deploy-ecs waits).
    ...ecs_inputs/* ecsWaitInputs */.A,
    // Smoke test (same names as smoke-test).
    ...http_inputs/* smokeInputs */.N,
    checks: inputs/* input */.hF.document({ accepted: 'a YAML list of checks, each a mapping with at least url' }),
    // Rollback and bake.
    rollback: inputs/* input */.hF.boolean({ default: true }),
    alarms: inputs/* input */.hF.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
    'bake-time': inputs/* input */.hF.duration({ max: 6 * 3_600_000 }),
    'aws-region': inputs/* input */.hF.string({
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
        accepted: 'an AWS region such as eu-west-3',
    }),
};
/**
 * Inputs that belong to some targets only (`container` and `images` to ECS and EKS); any other
 * input is common to every target.
 */
const TARGET_INPUTS = {
    ecs: [
        'cluster',
        'service',
        'container',
        'images',
        'task-definition',
        'desired-count',
        'force-new-deployment',
        'migration-command',
    ],
    lambda: [
        'function-name',
        'alias',
        'traffic',
        'architecture',
        'stack-name',
        'template',
        'image-parameter',
        'parameter-overrides',
        'capabilities',
    ],
    eks: [
        'cluster-name',
        'namespace',
        'deployment',
        'container',
        'images',
        'kubeconfig',
        'api-server',
        'certificate-authority-data',
        'change-cause',
    ],
};
const inputs_outputs = [
    // ECS (deploy-ecs)
    'task-definition-arn',
    'previous-task-definition-arn',
    'deployment-id',
    'rollout-state',
    // Lambda (deploy-lambda-image)
    'function-arn',
    'version',
    'previous-version',
    'image-uri',
    'alias-arn',
    'stack-outputs',
    // EKS (eks-rolling-update)
    'revisions',
    'previous-revisions',
    // The release
    'passed',
    'report',
    'rolled-back',
    'reason',
    'deployment',
];

// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/ecs/request.ts + 2 modules
var request = __webpack_require__(5678);
// EXTERNAL MODULE: ./shared/targets/lambda/image.ts
var lambda_image = __webpack_require__(8802);
// EXTERNAL MODULE: ./shared/targets/lambda/traffic.ts
var traffic = __webpack_require__(8042);
// EXTERNAL MODULE: ./shared/http/checks.ts
var http_checks = __webpack_require__(6738);
// EXTERNAL MODULE: ./shared/targets/eks/deploy.ts + 1 modules
var deploy = __webpack_require__(7453);
;// CONCATENATED MODULE: ./src/plan.ts
// Turns the inputs into a release plan, before any AWS call: which target and what to deploy,
// inputs of another target refused by name, the smoke checks, the bake window.










const CONTAINER_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/**
 * The inputs the user set, as the runner passed them: the runner also passes action.yml
 * defaults, so a value equal to its default counts as not set.
 */
function givenInputs(env = process.env) {
    const given = {};
    for (const name of Object.keys(inputs_inputs)) {
        const value = (0,runtime/* getInput */.V4)(name, env);
        if (value !== '' && value !== (inputs_inputs[name].default ?? ''))
            given[name] = value;
    }
    return given;
}
/** Every input of other targets only that was set is an error naming them all. */
function refuseForeignInputs(target, given) {
    const own = new Set(TARGET_INPUTS[target]);
    const foreign = new Map();
    for (const other of RELEASE_TARGETS.filter((candidate) => candidate !== target))
        for (const name of TARGET_INPUTS[other])
            if (given[name] !== undefined && !own.has(name))
                foreign.set(name, [...(foreign.get(name) ?? []), other]);
    const [first] = foreign.keys();
    if (first === undefined)
        return;
    throw new errors/* InputError */.dz(first, given[first] ?? '', `nothing with target: ${target}`, [...foreign].map(([name, others]) => `'${name}' is for target: ${others.join(' or ')}`).join(', '));
}
function required(values, name, target) {
    const value = values[name];
    if (!value)
        throw new errors/* InputError */.dz(name, '', `required with target: ${target}`);
    return value;
}
function planEcs(values) {
    const cluster = required(values, 'cluster', 'ecs');
    const service = required(values, 'service', 'ecs');
    if (values.image) {
        const problem = (0,ecs_image/* imageProblem */.JC)(values.image);
        if (problem)
            throw new errors/* InputError */.dz('image', values.image, ecs_image/* IMAGE_ACCEPTED */.KR, problem);
    }
    if (!values.image &&
        !Object.keys(values.images).length &&
        !values['task-definition'] &&
        !values['force-new-deployment'])
        throw new errors/* InputError */.dz('image', '', "the new image (or 'images', 'task-definition', 'force-new-deployment')");
    const { file, command } = (0,request/* validateEcsInputs */.J)(values);
    return { target: 'ecs', cluster, service, ...(file ? { file } : {}), ...(command ? { command } : {}) };
}
function planLambda(values, workspace) {
    const functionName = values['function-name'];
    const stackName = values['stack-name'];
    if (!functionName && !stackName)
        throw new errors/* InputError */.dz('function-name', '', "the function to update (or 'stack-name' for the CloudFormation mode)");
    if (functionName && stackName)
        throw new errors/* InputError */.dz('stack-name', stackName, "either 'function-name' (direct mode) or 'stack-name' (CloudFormation mode), not both");
    if (values.image) {
        const problem = (0,lambda_image.imageProblem)(values.image);
        if (problem)
            throw new errors/* InputError */.dz('image', values.image, lambda_image.IMAGE_ACCEPTED, problem);
    }
    if (functionName) {
        for (const name of ['template', 'parameter-overrides']) {
            const value = name === 'template' ? values.template : Object.keys(values[name]).join(',');
            if (value)
                throw new errors/* InputError */.dz(name, value, "nothing in direct mode: it is used with 'stack-name'");
        }
        if (!values.image)
            throw new errors/* InputError */.dz('image', '', 'the image to deploy: an ECR reference by tag or digest');
        if (values.traffic && !values.alias)
            throw new errors/* InputError */.dz('traffic', values.traffic, "a schedule only together with 'alias' (the alias is what shifts)");
        return {
            target: 'lambda',
            mode: 'direct',
            functionName,
            image: (0,lambda_image.parseImageReference)(values.image),
            ...(values.traffic ? { traffic: (0,traffic/* parseTrafficSchedule */.SS)(values.traffic) } : {}),
        };
    }
    for (const name of ['alias', 'traffic'])
        if (values[name])
            throw new errors/* InputError */.dz(name, values[name], "nothing in CloudFormation mode: it is used with 'function-name'");
    if (Object.keys(values.environment).length)
        throw new errors/* InputError */.dz('environment', Object.keys(values.environment).join(','), "nothing in CloudFormation mode: it is used with 'function-name'");
    const templateBody = (0,cloudformation_inputs/* readStackTemplate */.p)(values, workspace);
    return {
        target: 'lambda',
        mode: 'stack',
        stackName: stackName ?? '',
        templateBody,
        ...(values.image ? { image: (0,lambda_image.parseImageReference)(values.image) } : {}),
    };
}
function planEks(values, workspace) {
    const cluster = required(values, 'cluster-name', 'eks');
    if (values.deployment.length === 0)
        throw new errors/* InputError */.dz('deployment', '', 'one or more Deployment names, one per line or separated by commas (required with target: eks)');
    if (values.image) {
        const problem = (0,ecs_image/* imageProblem */.JC)(values.image);
        if (problem)
            throw new errors/* InputError */.dz('image', values.image, ecs_image/* IMAGE_ACCEPTED */.KR, problem);
    }
    for (const container of Object.keys(values.images))
        if (!CONTAINER_NAME.test(container))
            throw new errors/* InputError */.dz('images', container, 'container=image lines whose container is a Kubernetes container name (lower-case letters, digits and -)');
    const images = (0,deploy/* eksImageRequest */.sx)(values);
    const kubeconfig = (0,deploy/* kubeconfigPath */.l6)(values.kubeconfig, workspace);
    return {
        target: 'eks',
        cluster,
        namespace: values.namespace,
        deployments: [...new Set(values.deployment)],
        images,
        changeCause: values['change-cause'] || (0,deploy/* defaultChangeCause */.jZ)(process.env, 'aws-deploy-actions release'),
        ...(kubeconfig ? { kubeconfig } : {}),
        ...(values['api-server'] ? { apiServer: values['api-server'] } : {}),
        ...(values['certificate-authority-data'] ? { caData: values['certificate-authority-data'] } : {}),
    };
}
function planSmoke(values) {
    const entries = (0,http_checks/* parseCheckEntries */.eG)(values.checks, 'checks');
    if (values.url.length === 0 && entries.length === 0)
        return undefined;
    const checks = (0,http_checks/* buildChecks */.US)(values.url, entries, {
        method: 'GET',
        headers: values.headers,
        expectStatus: values['expect-status'] ?? { text: '2xx', ranges: [[200, 299]] },
        maxLatencyMs: undefined,
    });
    return {
        checks,
        entryHeaders: entries.map((entry) => entry.headers),
        timeoutMs: values.timeout,
        requestTimeoutMs: values['request-timeout'],
        intervalMs: values.interval,
        consecutiveSuccesses: values['consecutive-successes'],
    };
}
function planBake(values) {
    const bakeTimeMs = values['bake-time'];
    if (values.alarms.length && bakeTimeMs === undefined)
        throw new errors/* InputError */.dz('bake-time', '', 'a duration to watch the alarms for, e.g. 10m, when `alarms` is given');
    if (bakeTimeMs !== undefined && !values.alarms.length)
        throw new errors/* InputError */.dz('alarms', '', 'CloudWatch alarm names to watch during `bake-time`');
    return bakeTimeMs === undefined ? undefined : { alarms: values.alarms, bakeTimeMs };
}
function planRelease(values, given, workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()) {
    const target = values.target;
    if (!target)
        throw new errors/* InputError */.dz('target', '', inputs_inputs.target.accepted);
    refuseForeignInputs(target, given);
    const deploy = target === 'ecs'
        ? planEcs(values)
        : target === 'eks'
            ? planEks(values, workspace)
            : planLambda(values, workspace);
    const smoke = planSmoke(values);
    const bake = planBake(values);
    return { deploy, ...(smoke ? { smoke } : {}), ...(bake ? { bake } : {}), rollback: values.rollback };
}

// EXTERNAL MODULE: ./shared/action/secrets.ts
var secrets = __webpack_require__(1096);
// EXTERNAL MODULE: ./shared/http/secrets.ts
var http_secrets = __webpack_require__(5042);
// EXTERNAL MODULE: ./shared/targets/cloudformation/parameters.ts
var parameters = __webpack_require__(1206);
;// CONCATENATED MODULE: ./src/secrets.ts




function maskRawInputs(env = process.env) {
    (0,http_secrets/* maskCheckInputs */.eX)(env);
    for (const name of ['environment', 'parameter-overrides'])
        (0,secrets/* maskKeyValueInput */.h)(name, (key) => parameters/* SECRET_NAME */.J4.test(key), env);
}

;// CONCATENATED MODULE: ./src/timeline.ts
// The one timeline of a release for the job summary: deploy, smoke test, bake, rollback, each with
// its start (from the start of the release), duration, from → to and outcome.


const ICON = {
    succeeded: '✅',
    restored: '↩️',
    unchanged: '➖',
    clear: '✅',
    skipped: '⏭️',
    failed: '❌',
    'timed out': '❌',
    alarm: '🚨',
    cancelled: '⏹️',
};
class Timeline {
    startedAt;
    clock;
    steps = [];
    constructor(startedAt, clock = Date.now) {
        this.startedAt = startedAt;
        this.clock = clock;
    }
    /** Starts a step; call the returned function to end it. */
    begin(phase) {
        const startedAt = this.clock();
        return (outcome, details = {}) => {
            const step = { phase, outcome, startedAt, finishedAt: this.clock(), ...details };
            this.steps.push(step);
            return step;
        };
    }
    skip(phase, detail) {
        const now = this.clock();
        this.steps.push({ phase, outcome: 'skipped', startedAt: now, finishedAt: now, detail });
    }
    last(phase) {
        return [...this.steps].reverse().find((step) => step.phase === phase);
    }
    /** Heading, one status line and the timeline table. */
    render(summary, title, status, headline) {
        summary.heading((0,action_summary/* raw */.lS)(title));
        summary.status(status, headline);
        summary.table(['step', 'result', 'at', 'took', 'from → to', 'detail'], this.steps.map((step) => [
            step.phase,
            `${ICON[step.outcome]} ${step.outcome}`,
            `+${(0,duration/* formatDuration */.a3)(Math.max(0, step.startedAt - this.startedAt))}`,
            step.outcome === 'skipped' ? '–' : (0,duration/* formatDuration */.a3)(Math.max(0, step.finishedAt - step.startedAt)),
            step.from !== undefined || step.to !== undefined
                ? (0,action_summary/* raw */.lS)(`${(0,action_summary/* code */.aY)(step.from || '(none)')} → ${(0,action_summary/* code */.aY)(step.to || '(none)')}`)
                : '',
            step.detail ?? '',
        ]));
        summary.paragraph(`Total: ${(0,duration/* formatDuration */.a3)(Math.max(0, this.clock() - this.startedAt))}.`);
    }
}

;// CONCATENATED MODULE: ./src/labels.ts
/** The last path segment of an ARN or image reference: `family:7`, `web:v2`, `web@sha256:0123456789ab`. */
function tail(text) {
    const last = text.slice(text.lastIndexOf('/') + 1);
    const at = last.indexOf('@sha256:');
    return at >= 0 ? last.slice(0, at + 20) : last;
}
function stateLabel(record, which) {
    switch (record.target) {
        case 'ecs': {
            const state = record[which];
            return state ? `${tail(state.taskDefinitionArn)} × ${state.desiredCount}` : undefined;
        }
        case 'lambda': {
            const state = record[which];
            if (!state)
                return undefined;
            return state.version ? `version ${state.version} (${tail(state.imageUri)})` : tail(state.imageUri);
        }
        case 'eks': {
            const state = record[which];
            if (!state)
                return undefined;
            const images = Object.values(state.images).map(tail).join(', ');
            return images ? `revision ${state.revision} (${images})` : `revision ${state.revision}`;
        }
        case 'cloudformation': {
            const state = record[which];
            if (!state)
                return undefined;
            const image = state.parameters.find((parameter) => /image/i.test(parameter.key))?.value;
            return image ? tail(image) : (state.stackStatus ?? 'stack');
        }
    }
}
/** The label of several records (one per EKS Deployment), each named; one record's label as it is. */
function statesLabel(records, which) {
    if (records.length <= 1)
        return records[0] ? stateLabel(records[0], which) : undefined;
    const labels = records.map((record) => {
        const name = record.target === 'eks' ? record.resource.deployment : undefined;
        const label = stateLabel(record, which) ?? '(none)';
        return name ? `${name} ${label}` : label;
    });
    return labels.join('; ');
}

;// CONCATENATED MODULE: ./src/main.ts
// The root action, the whole safe release in one process: read and check every input → (alarms
// exist) → deploy → smoke test → bake under the alarms → on any failure restore the previous
// state → outputs, the record and one timeline in the job summary.












function messageOf(error) {
    return error instanceof Error ? error.message : JSON.stringify(error);
}
function deployOutcome(status) {
    return status === 'timed-out' ? 'timed out' : status === 'cancelled' ? 'cancelled' : 'failed';
}
async function main(context, dependencies = {}) {
    maskRawInputs();
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const plan = planRelease(values, givenInputs());
    if (plan.smoke)
        (0,http_secrets/* maskChecks */.Ib)(plan.smoke.checks, plan.smoke.entryHeaders);
    const region = await releaseRegion(plan, values['aws-region']);
    const clock = dependencies.clock ?? { now: () => Date.now() };
    const timeline = new Timeline(context.startedAt.getTime(), () => clock.now());
    const details = new action_summary/* Summary */.BD();
    const follow = {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
        ...dependencies,
    };
    const result = {};
    /** What the deploy changed: one record per resource (EKS: per Deployment). */
    let records = [];
    let failure;
    let title = 'Release';
    const rolledBack = () => records.length > 0 && records.every((record) => record.status === 'rolled-back');
    const finish = () => {
        const deployment = records.length === 1 ? records[0] : records.length > 1 ? records : undefined;
        (0,outputs/* writeOutputs */.K)(inputs_outputs, { ...result, ...(deployment ? { deployment } : {}) });
        const headline = failure
            ? `Release failed: ${failure.reason}${rolledBack() ? ' — rolled back to the previous state.' : ''}`
            : 'Released: deployed, smoke-tested' + (plan.bake ? ' and baked' : '') + '.';
        const status = context.signal.aborted ? 'warning' : failure ? 'failure' : 'success';
        timeline.render(context.summary, title, status, headline);
        if (!details.isEmpty())
            context.summary.details('Details', (inner) => inner.append(details));
    };
    try {
        const cloudwatch = plan.bake ? await alarmsClient(region) : undefined;
        if (cloudwatch && plan.bake) {
            // A typo in an alarm name fails here, before anything changes.
            const { readAlarms } = await __webpack_require__.e(/* import() */ 8909).then(__webpack_require__.bind(__webpack_require__, 8909));
            await readAlarms(cloudwatch, plan.bake.alarms);
        }
        // 1. Deploy
        const { deployTarget } = await __webpack_require__.e(/* import() */ 9880).then(__webpack_require__.bind(__webpack_require__, 9880));
        const endDeploy = timeline.begin('deploy');
        const deployed = await (0,runtime/* group */.Os)('Deploy', () => deployTarget(plan.deploy, values, { region, startedAt: context.startedAt, follow, details }));
        records = deployed.records;
        Object.assign(result, deployed.outputs);
        if (records.length)
            title = `Release of ${records.map((record) => (0,action_summary/* code */.aY)((0,describe/* describeResource */.w)(record))).join(', ')}`;
        const from = statesLabel(records, 'previous');
        const to = statesLabel(records, 'current');
        const span = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
        const unsettled = records.find((record) => record.status !== 'succeeded');
        if (deployed.error !== undefined) {
            const reason = `deploy failed: ${messageOf(deployed.error).replace(/\.$/, '')}`;
            endDeploy(deployOutcome(unsettled?.status), { ...span, detail: reason });
            const changed = records.some((record) => record.current != null);
            failure = { phase: 'deploy', reason, error: deployed.error, changed };
        }
        else {
            const messages = records.flatMap((record) => (record.message ? [record.message] : []));
            endDeploy('succeeded', { ...span, ...(messages.length ? { detail: messages.join('; ') } : {}) });
        }
        // 2. Smoke test
        if (!failure && plan.smoke)
            failure = await smokeTest(plan, context, timeline, details, result, dependencies);
        else if (!failure)
            timeline.skip('smoke test', 'no url or checks given');
        // 3. Bake
        if (!failure && plan.bake && cloudwatch)
            failure = await bake(plan.bake, cloudwatch, values, context, timeline, dependencies);
        // 4. Rollback
        if (failure && records.length && !context.signal.aborted)
            await rollback(records, failure, plan, values, context, timeline, dependencies);
        else if (failure && !context.signal.aborted)
            timeline.skip('rollback', 'nothing was changed');
        if (failure)
            for (const record of records)
                if (record.status === 'succeeded') {
                    record.status = context.signal.aborted ? 'cancelled' : 'failed';
                    record.message = failure.reason;
                }
        result['rolled-back'] = rolledBack();
        if (failure)
            result.reason = failure.reason;
    }
    catch (error) {
        // An error outside the steps (e.g. AccessDenied reading the alarms): report what was reached.
        failure ??= { phase: 'deploy', reason: messageOf(error), error, changed: false };
        result['rolled-back'] = rolledBack();
        result.reason = failure.reason;
        finish();
        throw error;
    }
    finish();
    if (context.signal.aborted)
        throw new errors/* ActionError */.lZ(`Cancelled during the release (${timeline.steps.map((step) => `${step.phase}: ${step.outcome}`).join(', ') || 'before the deploy'}); nothing was rolled back.`);
    if (failure) {
        if (!rolledBack() && failure.error instanceof Error && !failure.changed)
            throw failure.error;
        throw new errors/* ActionError */.lZ(`Release failed: ${failure.reason}${rolledBack() ? '; rolled back to the previous state.' : '.'}`);
    }
    (0,runtime/* info */.pq)(`Released in ${(0,duration/* formatDuration */.a3)(clock.now() - context.startedAt.getTime())}.`);
}
async function alarmsClient(region) {
    const [{ CloudWatchClient }, { createClient }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19)),
        __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291)),
    ]);
    return createClient(CloudWatchClient, { region });
}
async function smokeTest(plan, context, timeline, details, result, dependencies) {
    const smoke = plan.smoke;
    const [{ runSmokeChecks, reportForOutput }, { renderSmokeSummary }] = await Promise.all([
        __webpack_require__.e(/* import() */ 6219).then(__webpack_require__.bind(__webpack_require__, 8600)),
        __webpack_require__.e(/* import() */ 9823).then(__webpack_require__.bind(__webpack_require__, 9823)),
    ]);
    const end = timeline.begin('smoke test');
    const report = await (0,runtime/* group */.Os)(`Smoke test (${smoke.checks.length} check(s), up to ${(0,duration/* formatDuration */.a3)(smoke.timeoutMs)})`, () => runSmokeChecks(smoke.checks, {
        timeoutMs: smoke.timeoutMs,
        requestTimeoutMs: smoke.requestTimeoutMs,
        intervalMs: smoke.intervalMs,
        consecutiveSuccesses: smoke.consecutiveSuccesses,
        signal: context.signal,
        ...(dependencies.clock ? { clock: dependencies.clock } : {}),
        ...(dependencies.sleep ? { sleep: dependencies.sleep } : {}),
        ...(dependencies.random ? { random: dependencies.random } : {}),
        onProgress: (check, line) => (0,runtime/* info */.pq)(`[${check.name}] ${line}`),
    }));
    result.passed = report.passed;
    result.report = reportForOutput(report);
    renderSmokeSummary(details, report, 'Smoke test');
    const failed = report.checks.filter((check) => !check.passed);
    const detail = `${report.checks.length - failed.length}/${report.checks.length} check(s) passed`;
    if (context.signal.aborted) {
        end('cancelled', { detail });
        return { phase: 'smoke test', reason: 'cancelled during the smoke test', changed: true };
    }
    if (failed.length === 0) {
        end('succeeded', { detail });
        return undefined;
    }
    const reason = `smoke test failed: ` +
        failed.map((check) => `${check.name}: ${check.failureReason ?? check.outcome}`).join(' | ');
    end('failed', { detail: reason });
    return { phase: 'smoke test', reason, changed: true };
}
async function bake(bakePlan, client, values, context, timeline, dependencies) {
    const { watchAlarms } = await __webpack_require__.e(/* import() */ 6794).then(__webpack_require__.bind(__webpack_require__, 6794));
    const end = timeline.begin('bake');
    const watch = await (0,runtime/* group */.Os)(`Bake: watching ${bakePlan.alarms.length} alarm(s) for ${(0,duration/* formatDuration */.a3)(bakePlan.bakeTimeMs)}`, () => watchAlarms({
        client,
        names: bakePlan.alarms,
        bakeTimeMs: bakePlan.bakeTimeMs,
        // An alarm already firing before this release is not this release's fault.
        atStart: 'ignore',
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        ...dependencies,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
    }));
    const ignored = watch.alreadyInAlarm.length
        ? ` (already in ALARM at the start, ignored: ${watch.alreadyInAlarm.join(', ')})`
        : '';
    if (watch.outcome === 'alarm') {
        end('alarm', { detail: watch.reason });
        return { phase: 'bake', reason: watch.reason, changed: true };
    }
    if (watch.outcome === 'cancelled') {
        end('cancelled', { detail: `after ${(0,duration/* formatDuration */.a3)(watch.elapsedMs)}${ignored}` });
        return { phase: 'bake', reason: 'cancelled during the bake time', changed: true };
    }
    end('clear', { detail: `no alarm entered ALARM in ${(0,duration/* formatDuration */.a3)(watch.elapsedMs)}${ignored}` });
    return undefined;
}
async function rollback(records, failure, plan, values, context, timeline, dependencies) {
    if (!plan.rollback) {
        timeline.skip('rollback', 'rollback: false');
        return;
    }
    const restorable = records.filter((record) => record.previous !== null);
    if (!failure.changed || restorable.length === 0) {
        timeline.skip('rollback', failure.changed ? 'the resource did not exist before; nothing to restore' : 'nothing was changed');
        return;
    }
    const { restoreAll } = await __webpack_require__.e(/* import() */ 3123).then(__webpack_require__.bind(__webpack_require__, 3123));
    const end = timeline.begin('rollback');
    const restores = await (0,runtime/* group */.Os)(`Rollback: ${failure.reason}`, () => restoreAll(restorable, {
        timeoutMs: values['wait-timeout'],
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        onProgress: (line) => (0,runtime/* info */.pq)(line),
        ...dependencies,
        force: false,
        wait: true,
    }, plan.deploy));
    const join = (parts) => parts.every((part) => part === undefined) ? undefined : parts.map((part) => part ?? '?').join('; ');
    const from = join(restores.map((restore) => restore.from));
    const to = join(restores.map((restore) => restore.to));
    const span = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    const finishedAt = new Date().toISOString();
    for (const restore of restores)
        if (!restore.problem) {
            restore.record.status = 'rolled-back';
            restore.record.message = failure.reason;
            restore.record.finishedAt = finishedAt;
        }
    const problems = restores.flatMap((restore) => (restore.problem ? [restore.problem] : []));
    if (problems.length) {
        end('failed', { ...span, detail: problems.map((problem) => problem.detail).join(' | ') });
        failure.reason += `; ${problems.map((problem) => problem.reason).join('; ')}`;
        return;
    }
    const changed = restores.some((restore) => restore.changed);
    end(changed ? 'restored' : 'unchanged', {
        ...span,
        detail: changed
            ? `the previous state runs again (${failure.phase} failed)`
            : 'already in the previous state',
    });
}
/** The region of every AWS call; an EKS release through a kubeconfig makes none without a bake. */
async function releaseRegion(plan, input) {
    const { resolveRegion } = await __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291));
    if (plan.deploy.target !== 'eks' || !plan.deploy.kubeconfig || plan.bake)
        return resolveRegion(input || undefined);
    try {
        return resolveRegion(input || undefined);
    }
    catch {
        return 'unknown';
    }
}


/***/ })

};
