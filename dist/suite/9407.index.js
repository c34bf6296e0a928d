export const id = 9407;
export const ids = [9407];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zn: () => (/* binding */ planFromInputs),
/* harmony export */   _X: () => (/* binding */ imageVariable),
/* harmony export */   e: () => (/* binding */ ec2Inputs),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   rY: () => (/* binding */ ec2ReleaseInputs)
/* harmony export */ });
/* unused harmony exports SERVICE_NAME, ENV_KEY, SSM_PARAMETER, REF_ACCEPTED, refProblem, pathProblem, relativePathProblem, parseTargets */
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _cloudformation_parameters_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1206);
// The deploy-ec2 inputs that the action and the root release action both declare (same ids,
// defaults and rules), and the checks every value passes before it may go into a shell script.


const INSTANCE_ID = /^i-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const TARGET = /^tag:([A-Za-z0-9 _.:/=+@-]{1,128})=([A-Za-z0-9 _.:/=+@*-]{1,256})$/;
/** A Compose service name (Compose's own rule) and the name of an environment variable. */
const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** `ssm:/path/name` — a Parameter Store parameter read on the instance. */
const SSM_PARAMETER = /^ssm:(\/[A-Za-z0-9_.\-/]{1,1010})$/;
const IMAGE = /^[a-z0-9][a-z0-9._\-/:]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;
const PATH_SAFE = /^\/[A-Za-z0-9_.@+\-/ ]*$/;
const RELATIVE_PATH = /^[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$/;
const REF_ACCEPTED = 'a branch, tag or commit: letters, digits and . _ - /, starting with a letter or digit, no ".." and no "@{"';
/** Why a git ref is refused, if it is; `git check-ref-format` rules plus: no leading '-'. */
function refProblem(ref) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(ref))
        return 'characters outside the accepted set';
    if (ref.includes('..') || ref.includes('//') || ref.endsWith('/') || ref.endsWith('.lock'))
        return 'not a valid git ref';
    return undefined;
}
function pathProblem(value) {
    if (!PATH_SAFE.test(value))
        return 'an absolute path of letters, digits, spaces and _ . @ + - /';
    if (value.split('/').includes('..'))
        return 'no ".." in the path';
    return undefined;
}
function relativePathProblem(value) {
    if (!RELATIVE_PATH.test(value))
        return 'a path relative to working-directory: letters, digits and _ . @ + - /';
    if (value.split('/').includes('..'))
        return 'no ".." in the path';
    return undefined;
}
/** The variable Compose reads a service's image from in the env file: `backend` → BACKEND_IMAGE. */
function imageVariable(service) {
    return `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_IMAGE`;
}
function isSecretName(key) {
    return _cloudformation_parameters_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_NAME */ .J4.test(key);
}
function hasControlCharacter(value) {
    return [...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
}
function parseTargets(items, name) {
    return items.map((item) => {
        const match = TARGET.exec(item);
        if (!match)
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, item, 'tag:Key=value lines, such as tag:Name=keystone-prod');
        return { key: match[1], value: match[2] };
    });
}
const ec2Inputs = {
    'instance-ids': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        accepted: 'EC2 instance ids (i-0123456789abcdef0), one per line or separated by commas',
        item: (id) => (INSTANCE_ID.test(id) ? undefined : 'not an instance id'),
    }),
    targets: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        accepted: 'tag:Key=value lines, such as tag:Name=keystone-prod',
        item: (item) => (TARGET.test(item) ? undefined : 'not tag:Key=value'),
    }),
    'working-directory': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        required: true,
        accepted: "the absolute path of the app's checkout on the instance, such as /opt/keystone",
        check: pathProblem,
    }),
    ref: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: REF_ACCEPTED, check: refProblem }),
    images: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({
        accepted: 'service=image lines, such as backend=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api@sha256:…',
        key: SERVICE_NAME,
    }),
    services: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        accepted: 'Compose service names (letters, digits, _ . -), one per line or separated by commas',
        item: (service) => (SERVICE_NAME.test(service) ? undefined : 'not a Compose service name'),
    }),
    build: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(['true', 'false']),
    'compose-file': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        accepted: 'Compose file paths relative to working-directory, one per line or separated by commas',
        item: relativePathProblem,
    }),
    'env-file': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: '.env',
        accepted: 'the env file Compose reads, relative to working-directory',
        check: relativePathProblem,
    }),
    environment: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({
        accepted: 'KEY=value lines; secrets as KEY=ssm:/parameter/name',
        key: ENV_KEY,
    }),
    'wait-for-file': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: 'an absolute path on the instance, such as /opt/chronos/.setup_complete',
        check: pathProblem,
    }),
    'health-command': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: 'a shell command run on the instance, such as curl -fsS localhost:8000/health',
        multiline: true,
    }),
    'health-timeout': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '5m', min: 1000, max: 3_600_000 }),
    'max-concurrency': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ default: 1, min: 1, max: 50 }),
    'max-errors': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ default: 0, min: 0 }),
    rollback: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.boolean({ default: true }),
    'wait-timeout': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '30m', min: 1000, max: 48 * 3_600_000 }),
    'max-poll-interval': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '15s', min: 1000 }),
    'document-name': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: 'AWS-RunShellScript',
        accepted: 'an SSM document that takes `commands` like AWS-RunShellScript',
        pattern: /^[A-Za-z0-9_.:/-]{3,128}$/,
    }),
    'cloudwatch-log-group': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: 'a CloudWatch Logs group name',
        pattern: /^[A-Za-z0-9_./#-]{1,512}$/,
    }),
};
/**
 * The deploy-ec2 inputs the root release action declares too; `images`, `environment`,
 * `rollback` and the waits it already has (same rules), and `working-directory` is required
 * there only with `target: ec2`.
 */
const ec2ReleaseInputs = {
    'instance-ids': ec2Inputs['instance-ids'],
    targets: ec2Inputs.targets,
    'working-directory': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: ec2Inputs['working-directory'].accepted,
        check: pathProblem,
    }),
    ref: ec2Inputs.ref,
    services: ec2Inputs.services,
    build: ec2Inputs.build,
    'compose-file': ec2Inputs['compose-file'],
    'env-file': ec2Inputs['env-file'],
    'wait-for-file': ec2Inputs['wait-for-file'],
    'health-command': ec2Inputs['health-command'],
    'health-timeout': ec2Inputs['health-timeout'],
    'max-concurrency': ec2Inputs['max-concurrency'],
    'max-errors': ec2Inputs['max-errors'],
    'document-name': ec2Inputs['document-name'],
    'cloudwatch-log-group': ec2Inputs['cloudwatch-log-group'],
};
/** Checks across inputs, before any AWS call; `defaultRef` is the workflow's commit. */
function planFromInputs(values, defaultRef) {
    if (!values['working-directory'])
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('working-directory', '', ec2Inputs['working-directory'].accepted);
    for (const service of Object.keys(values.images))
        if (!SERVICE_NAME.test(service))
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', service, 'service=image lines whose service is a Compose service name');
    const ids = values['instance-ids'];
    const tags = parseTargets(values.targets, 'targets');
    if (ids.length === 0 && tags.length === 0)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('instance-ids', '', 'instance ids, or tag:Key=value lines in targets');
    if (ids.length > 0 && tags.length > 0)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('targets', values.targets.join(', '), 'either instance-ids or targets, not both');
    const images = values.images;
    for (const [service, image] of Object.entries(images)) {
        if (!IMAGE.test(image) || image.length > 512)
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', `${service}=${image}`, 'service=image lines with image references');
    }
    const hasImages = Object.keys(images).length > 0;
    if (hasImages && values.ref)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ref', values.ref, 'either ref or images, not both');
    const ref = hasImages ? undefined : values.ref || defaultRef;
    if (!hasImages && !ref)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ref', '', 'a git ref or commit (default the workflow commit, GITHUB_SHA), or images');
    if (ref) {
        const problem = refProblem(ref);
        if (problem)
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('ref', ref, REF_ACCEPTED, problem);
    }
    const environment = {};
    const parameters = {};
    for (const [key, value] of Object.entries(values.environment)) {
        const parameter = SSM_PARAMETER.exec(value)?.[1];
        if (parameter)
            parameters[key] = parameter;
        else if (isSecretName(key))
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', key, 'a secret as KEY=ssm:/parameter/name (a SecureString read on the instance)', 'a secret-looking name with a literal value: it would be kept in the SSM command history');
        else if (/['\\]/.test(value) || hasControlCharacter(value))
            throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', key, "values without quotes ('), backslashes or control characters");
        else
            environment[key] = value;
    }
    const imageKeys = Object.keys(images).map(imageVariable);
    const clash = imageKeys.find((key) => Object.hasOwn(values.environment, key));
    if (clash)
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('environment', clash, 'keys other than the image variables of images');
    const healthCommand = values['health-command'];
    if (healthCommand.includes('\u0000'))
        throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('health-command', healthCommand, 'a shell command');
    return {
        instanceIds: ids,
        tags,
        workingDirectory: values['working-directory'].replace(/(.)\/+$/, '$1'),
        ...(ref ? { ref } : {}),
        images,
        services: values.services,
        build: values.build === undefined ? !hasImages : values.build === 'true',
        composeFiles: values['compose-file'],
        envFile: values['env-file'] || '.env',
        environment,
        parameters,
        ...(values['wait-for-file'] ? { waitForFile: values['wait-for-file'] } : {}),
        ...(healthCommand ? { healthCommand } : {}),
        healthTimeoutMs: values['health-timeout'],
    };
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


/***/ }),

/***/ 9407:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7507);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('release', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7507:
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
// EXTERNAL MODULE: ./shared/github/inputs.ts
var github_inputs = __webpack_require__(5239);
// EXTERNAL MODULE: ./shared/targets/ec2/inputs.ts
var ec2_inputs = __webpack_require__(9541);
;// CONCATENATED MODULE: ./src/inputs.ts
// The inputs and outputs of the root release action, named once (the contract tests compare them
// with action.yml). Target inputs keep the names of the target's own action, and share its specs
// (from shared/) wherever they are the same.








const RELEASE_TARGETS = ['ecs', 'lambda', 'eks', 'ec2'];
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
    // EC2 (same names as deploy-ec2; `images`, `environment`, `rollback` and the waits are shared).
    ...ec2_inputs/* ec2ReleaseInputs */.rY,
    // Waiting, for the deploy and the rollback (as deploy-ecs waits).
    ...ecs_inputs/* ecsWaitInputs */.A,
    // Smoke test (same names as smoke-test).
    ...http_inputs/* smokeInputs */.Nh,
    checks: (0,http_inputs/* checksInput */.a)(),
    // Rollback and bake.
    rollback: inputs/* input */.hF.boolean({ default: true }),
    alarms: inputs/* input */.hF.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
    'bake-time': inputs/* input */.hF.duration({ max: inputs/* MAX_WAIT_MS */.um }),
    'aws-region': inputs/* input */.hF.string({
        pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
        accepted: 'an AWS region such as eu-west-3',
    }),
    // GitHub Deployments (shared/github)
    ...github_inputs/* githubInputs */.d,
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
        'rollback-command',
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
        'show-parameters',
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
    ec2: [
        'instance-ids',
        'targets',
        'working-directory',
        'ref',
        'images',
        'services',
        'build',
        'compose-file',
        'env-file',
        'wait-for-file',
        'health-command',
        'health-timeout',
        'max-concurrency',
        'max-errors',
        'document-name',
        'cloudwatch-log-group',
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
    // EC2 (deploy-ec2)
    'instances',
    'previous-ref',
    // The release
    'passed',
    'report',
    'rolled-back',
    'reason',
    'rollback-command-result',
    'deployment',
];

// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/ecs/request.ts + 1 modules
var request = __webpack_require__(481);
// EXTERNAL MODULE: ./shared/targets/lambda/image.ts
var lambda_image = __webpack_require__(8802);
// EXTERNAL MODULE: ./shared/targets/lambda/traffic.ts
var traffic = __webpack_require__(8042);
// EXTERNAL MODULE: ./shared/http/checks.ts
var http_checks = __webpack_require__(6738);
// EXTERNAL MODULE: ./shared/targets/eks/deploy.ts
var deploy = __webpack_require__(7682);
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
    const { file, command, rollbackCommand } = (0,request/* validateEcsInputs */.J_)(values);
    return {
        target: 'ecs',
        cluster,
        service,
        ...(file ? { file } : {}),
        ...(command ? { command } : {}),
        ...(rollbackCommand ? { rollbackCommand } : {}),
    };
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
function planEc2(values) {
    if (values.image)
        throw new errors/* InputError */.dz('image', values.image, "nothing with target: ec2 (use 'images' service=image lines, or 'ref')");
    return { target: 'ec2', plan: (0,ec2_inputs/* planFromInputs */.Zn)(values, process.env['GITHUB_SHA'] || undefined) };
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
            : target === 'ec2'
                ? planEc2(values)
                : planLambda(values, workspace);
    if (values['rollback-command'] && !values.rollback)
        throw new errors/* InputError */.dz('rollback-command', values['rollback-command'], 'a command only with rollback: true (it runs in the automatic rollback)');
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
        (0,secrets/* maskKeyValueInput */.hL)(name, (key) => parameters/* SECRET_NAME */.J4.test(key), env);
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
        case 'ec2': {
            const state = record[which];
            if (!state)
                return undefined;
            const labels = Object.values(state.instances).map((instance) => instance.commit?.slice(0, 12) ??
                Object.values(instance.images ?? {})
                    .map(tail)
                    .join(', '));
            return [...new Set(labels)].join('; ') || undefined;
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

// EXTERNAL MODULE: ./shared/aws/console.ts
var console = __webpack_require__(6477);
// EXTERNAL MODULE: ./shared/github/report.ts
var report = __webpack_require__(3740);
// EXTERNAL MODULE: ./shared/github/deployments.ts
var deployments = __webpack_require__(9596);
;// CONCATENATED MODULE: ./src/github.ts


function releaseSubjects(plan, values, region) {
    const deploy = plan.deploy;
    switch (deploy.target) {
        case 'ecs':
            return [
                (0,deployments/* subjectOf */.et)({ target: 'ecs', resource: { cluster: deploy.cluster, service: deploy.service } }, region),
            ];
        case 'eks':
            return deploy.deployments.map((deployment) => (0,deployments/* subjectOf */.et)({ target: 'eks', resource: { cluster: deploy.cluster, namespace: deploy.namespace, deployment } }, region));
        case 'ec2':
            // Instances chosen by tag are known only once the deploy has looked them up.
            return [
                (0,deployments/* subjectOf */.et)({
                    target: 'ec2',
                    resource: {
                        recordId: '',
                        instances: deploy.plan.instanceIds,
                        workingDirectory: deploy.plan.workingDirectory,
                        envFile: deploy.plan.envFile,
                        composeFiles: deploy.plan.composeFiles,
                        services: deploy.plan.services,
                        build: deploy.plan.build,
                        imageServices: Object.keys(deploy.plan.images),
                    },
                }, region),
            ];
        case 'lambda':
            return deploy.mode === 'stack'
                ? [(0,deployments/* subjectOf */.et)({ target: 'cloudformation', resource: { stackName: deploy.stackName } }, region)]
                : [
                    (0,deployments/* subjectOf */.et)({
                        target: 'lambda',
                        resource: {
                            functionName: deploy.functionName,
                            ...(values.alias ? { alias: values.alias } : {}),
                        },
                    }, region),
                ];
    }
}
/** The environment's URL by default: the first smoke-test URL, else a URL among the stack outputs. */
function releaseUrl(plan, stackOutputs) {
    const smokeUrl = plan.smoke?.checks[0]?.url;
    if (smokeUrl)
        return smokeUrl;
    return stackOutputs && typeof stackOutputs === 'object'
        ? (0,deployments/* urlFromOutputs */.uo)(stackOutputs)
        : undefined;
}
async function reportRelease(github, records, failure, url) {
    if (!github)
        return;
    const restored = records.filter((record) => record.status === 'rolled-back');
    if (failure && restored.length)
        await (0,report/* reportRollbackToGitHub */.zF)(github, restored, failure, url);
    else if (failure)
        await github.finish('failure', failure, url);
    else
        await (0,report/* finishGitHubDeployment */.sg)(github, records, url);
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
    const github = await (0,report/* startGitHubDeployment */.tX)(values, 'release', releaseSubjects(plan, values, region));
    const reportToGitHub = () => reportRelease(github, records, failure?.reason, releaseUrl(plan, result['stack-outputs']));
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
        // The reason once: in the step's row when it has one, else in the headline.
        const told = failure && timeline.steps.some((step) => step.detail?.includes(failure.reason));
        const headline = failure
            ? `Release failed${told ? ` at the ${failure.phase}` : `: ${failure.reason}`}${rolledBack() ? ' — rolled back to the previous state.' : ''}`
            : 'Released: deployed, smoke-tested' + (plan.bake ? ' and baked' : '') + '.';
        const status = context.signal.aborted ? 'warning' : failure ? 'failure' : 'success';
        timeline.render(context.summary, title, status, headline);
        (0,console/* reportConsoleLinks */.dK)(context.summary, records);
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
        // Not a log group: the targets group their own steps, and GitHub does not nest groups.
        const deployed = await deployTarget(plan.deploy, values, {
            region,
            startedAt: context.startedAt,
            follow,
            details,
        });
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
            await rollback(records, failure, plan, values, timeline, {
                details,
                result,
                follow,
            });
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
        await reportToGitHub();
        throw error;
    }
    finish();
    await reportToGitHub();
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
        __webpack_require__.e(/* import() */ 6672).then(__webpack_require__.bind(__webpack_require__, 4291)),
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
        onProgress: (check, line) => (0,runtime/* info */.pq)((0,secrets/* redact */.E$)(`[${check.name}] ${line}`)),
    }));
    result.passed = report.passed;
    result.report = reportForOutput(report);
    // Why checks failed is the smoke test's row of the timeline: not again in the details.
    renderSmokeSummary(details, report, 'Smoke test', { reasons: false });
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
async function rollback(records, failure, plan, values, timeline, report) {
    if (!plan.rollback) {
        timeline.skip('rollback', 'rollback: false');
        return;
    }
    const restorable = records.filter((record) => record.previous !== null && record.current !== null);
    if (!failure.changed || restorable.length === 0) {
        timeline.skip('rollback', failure.changed ? 'the resource did not exist before; nothing to restore' : 'nothing was changed');
        return;
    }
    const { restoreAll } = await __webpack_require__.e(/* import() */ 3123).then(__webpack_require__.bind(__webpack_require__, 3123));
    const end = timeline.begin('rollback');
    const follow = report.follow;
    // ECS: the rollback command runs from the release's task definition once the restore is decided
    const command = plan.deploy.target === 'ecs' ? plan.deploy.rollbackCommand : undefined;
    const commandStep = command
        ? (await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(7966), __webpack_require__.e(7529)]).then(__webpack_require__.bind(__webpack_require__, 7529))).rollbackCommandStep({
            command,
            ...(values.container ? { container: values.container } : {}),
            summary: report.details,
            follow,
        })
        : undefined;
    const restores = await (0,runtime/* group */.Os)(`Rollback: ${failure.reason}`, () => restoreAll(restorable, {
        ...follow,
        force: false,
        wait: true,
        ...(commandStep ? { beforeEcsRestore: commandStep.hook } : {}),
    }, plan.deploy));
    if (commandStep) {
        const { rollbackCommandOutput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 0));
        report.result['rollback-command-result'] = rollbackCommandOutput(commandStep.results);
    }
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
    const { resolveRegion } = await __webpack_require__.e(/* import() */ 6672).then(__webpack_require__.bind(__webpack_require__, 4291));
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
