export const id = 8012;
export const ids = [8012];
export const modules = {

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

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ changeSetName),
/* harmony export */   LG: () => (/* binding */ isNoChanges),
/* harmony export */   V$: () => (/* binding */ createChangeSet),
/* harmony export */   _A: () => (/* binding */ executeChangeSet),
/* harmony export */   sj: () => (/* binding */ assertTemplateSize)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);



/** Status reasons (and errors) that mean "the template and parameters change nothing". */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
function isNoChanges(reason) {
    return NO_CHANGES.test(reason ?? '');
}
async function createChangeSet(cfn, input, options) {
    const { CreateChangeSetCommand, DescribeChangeSetCommand, DeleteChangeSetCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    let changeSetId;
    try {
        changeSetId = (await cfn.send(new CreateChangeSetCommand(input))).Id ?? input.ChangeSetName;
    }
    catch (error) {
        // Some implementations refuse an empty change set at creation instead of marking it FAILED.
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'ValidationError' && isNoChanges(error.message))
            return { empty: true, changeSetName: input.ChangeSetName };
        throw error;
    }
    const changes = [];
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)({
        check: async () => {
            const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: changeSetId, StackName: input.StackName }));
            const status = described.Status ?? 'UNKNOWN';
            if (status === 'CREATE_COMPLETE') {
                changes.push(...(described.Changes ?? []));
                let nextToken = described.NextToken;
                while (nextToken) {
                    const page = await cfn.send(new DescribeChangeSetCommand({
                        ChangeSetName: changeSetId,
                        StackName: input.StackName,
                        NextToken: nextToken,
                    }));
                    changes.push(...(page.Changes ?? []));
                    nextToken = page.NextToken;
                }
                return { status: 'done', value: true, state: status };
            }
            if (status === 'FAILED')
                return { status: 'failed', reason: described.StatusReason ?? 'no reason given', state: status };
            return { status: 'pending', state: `change set ${status}` };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: 1000,
        maxDelayMs: Math.min(options.maxPollIntervalMs, 5000),
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollHooks */ .A3)(options),
        onProgress: (line) => options.onProgress?.(`${input.StackName}: ${line}`),
    });
    if (outcome.outcome === 'failed') {
        if (isNoChanges(outcome.reason)) {
            // Leave no FAILED change set behind; its absence matters to no one, so a refusal is only logged.
            await cfn
                .send(new DeleteChangeSetCommand({ ChangeSetName: changeSetId, StackName: input.StackName }))
                .catch((error) => options.onProgress?.(`could not delete the empty change set: ${error.message}`));
            return { empty: true, changeSetName: input.ChangeSetName };
        }
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Change set ${input.ChangeSetName} for stack ${input.StackName} failed: ${outcome.reason}.`);
    }
    if (outcome.outcome !== 'done')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Change set ${input.ChangeSetName} for stack ${input.StackName} was not ready: ${outcome.outcome} (${outcome.state}).`);
    return {
        empty: false,
        changeSetName: input.ChangeSetName,
        changeSetId,
        changes: changes.map((change) => ({
            action: change.ResourceChange?.Action ?? change.Type ?? '',
            logicalId: change.ResourceChange?.LogicalResourceId ?? '',
            type: change.ResourceChange?.ResourceType ?? '',
            replacement: change.ResourceChange?.Replacement ?? '',
        })),
    };
}
async function executeChangeSet(cfn, stackName, changeSetId) {
    const { ExecuteChangeSetCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    await cfn.send(new ExecuteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetId }));
}
function changeSetName(now, caller = 'aws-deploy-actions') {
    return `${caller}-${now
        .toISOString()
        .replace(/[-:.TZ]/g, '')
        .slice(0, 17)}`;
}
function assertTemplateSize(body, path) {
    if (Buffer.byteLength(body, 'utf8') > 51_200)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Template ${path} is ${Buffer.byteLength(body, 'utf8')} bytes; CloudFormation accepts at most 51,200 bytes inline. Upload larger templates to S3 (aws cloudformation package).`);
}


/***/ }),

/***/ 6027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ stackInputs),
/* harmony export */   p: () => (/* binding */ readStackTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1736);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2632);
// The CloudFormation-mode inputs that deploy-lambda-image and the root release action both
// declare, and the checks on them before any AWS call.





const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const PARAMETER_NAME = /^[A-Za-z0-9]{1,255}$/;
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
const stackInputs = {
    'stack-name': _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF.string({
        pattern: STACK_NAME,
        accepted: 'a stack name: a letter, then letters, digits and -, up to 128',
    }),
    template: _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF.string({ accepted: 'the path of a CloudFormation template file (YAML or JSON)' }),
    'image-parameter': _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF.string({
        default: 'ImageUri',
        pattern: PARAMETER_NAME,
        accepted: 'a template parameter name (letters and digits)',
    }),
    'parameter-overrides': _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF.map({
        key: PARAMETER_NAME,
        accepted: 'KEY=value lines of template parameters',
    }),
    capabilities: _action_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .input */ .hF.list({
        default: 'CAPABILITY_IAM',
        accepted: `a list of ${CAPABILITIES.join(', ')}`,
        item: (value) => (CAPABILITIES.includes(value) ? undefined : 'unknown capability'),
    }),
};
/**
 * The template body, once `template` names a non-empty file of an accepted size and the image
 * parameter is not also overridden by hand; an InputError naming the input otherwise.
 */
function readStackTemplate(values, workspace) {
    if (!values.template)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('template', '', "the path of the stack's template file");
    const templatePath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, values.template);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(templatePath) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(templatePath).isFile())
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('template', values.template, 'the path of an existing template file', `no file at ${templatePath}`);
    const templateBody = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(templatePath, 'utf8');
    if (templateBody.trim() === '')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('template', values.template, 'a CloudFormation template', 'the file is empty');
    (0,_changeset_js__WEBPACK_IMPORTED_MODULE_4__/* .assertTemplateSize */ .sj)(templateBody, values.template);
    const imageParameter = values['image-parameter'];
    if (values.image && values['parameter-overrides'][imageParameter] !== undefined)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('parameter-overrides', imageParameter, `no ${imageParameter} when 'image' is set (the image goes into ${imageParameter})`);
    return templateBody;
}


/***/ }),

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* binding */ SECRET_NAME),
/* harmony export */   O8: () => (/* binding */ recordParameters),
/* harmony export */   YR: () => (/* binding */ toSdkParameters),
/* harmony export */   mV: () => (/* binding */ planParameters)
/* harmony export */ });
/* unused harmony export isSecretParameter */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);

/** Names of parameters whose values are treated as secrets even without NoEcho. */
const SECRET_NAME = /pass|secret|token|key/i;
function isSecretParameter(key, template) {
    return SECRET_NAME.test(key) || template.some((p) => p.key === key && p.noEcho);
}
function planParameters(options) {
    const { template, stack, overrides, imageParameter, imageUri } = options;
    const declared = new Set(template.map((p) => p.key));
    const unknown = Object.keys(overrides).filter((key) => !declared.has(key));
    if (unknown.length)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`'parameter-overrides' sets ${unknown.join(', ')}, which the template does not declare (it declares ${[...declared].join(', ') || 'no parameters'}).`);
    if (imageUri !== undefined && !declared.has(imageParameter))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The template declares no parameter ${imageParameter} for the image: set 'image-parameter' to the name it uses (it declares ${[...declared].join(', ') || 'no parameters'}).`);
    const existing = new Set((stack?.Parameters ?? []).map((p) => p.ParameterKey));
    const values = {
        ...overrides,
        ...(imageUri !== undefined ? { [imageParameter]: imageUri } : {}),
    };
    const plan = { parameters: [], rows: [], secretKeys: [] };
    for (const parameter of template) {
        const secret = isSecretParameter(parameter.key, template);
        if (secret)
            plan.secretKeys.push(parameter.key);
        const value = values[parameter.key];
        if (value !== undefined) {
            plan.parameters.push({ ParameterKey: parameter.key, ParameterValue: value });
            plan.rows.push({ key: parameter.key, action: 'set', value: secret ? '***' : value });
        }
        else if (existing.has(parameter.key)) {
            plan.parameters.push({ ParameterKey: parameter.key, UsePreviousValue: true });
            plan.rows.push({ key: parameter.key, action: 'keep', value: 'previous value' });
        }
        else if (parameter.hasDefault) {
            plan.rows.push({ key: parameter.key, action: 'default', value: 'template default' });
        }
        else {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Template parameter ${parameter.key} has no default and ${stack ? 'the stack has no value for it' : 'the stack does not exist yet'}: give it in 'parameter-overrides'.`);
        }
    }
    return plan;
}
/** The stack's parameters as a record keeps them: secrets only by reference (UsePreviousValue). */
function recordParameters(stack, template) {
    return (stack?.Parameters ?? []).flatMap((p) => {
        if (!p.ParameterKey)
            return [];
        if (isSecretParameter(p.ParameterKey, template) || p.ParameterValue === '****')
            return [{ key: p.ParameterKey, usePreviousValue: true }];
        return [{ key: p.ParameterKey, value: p.ParameterValue ?? '' }];
    });
}
function toSdkParameters(parameters) {
    return parameters.map((p) => p.usePreviousValue || p.value === undefined
        ? { ParameterKey: p.key, UsePreviousValue: true }
        : { ParameterKey: p.key, ParameterValue: p.value });
}


/***/ }),

/***/ 8802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMAGE_ACCEPTED: () => (/* binding */ IMAGE_ACCEPTED),
/* harmony export */   INDEX_MEDIA_TYPES: () => (/* binding */ INDEX_MEDIA_TYPES),
/* harmony export */   formatReference: () => (/* binding */ formatReference),
/* harmony export */   imageProblem: () => (/* binding */ imageProblem),
/* harmony export */   manifestForArchitecture: () => (/* binding */ manifestForArchitecture),
/* harmony export */   parseImageReference: () => (/* binding */ parseImageReference),
/* harmony export */   pinnedUri: () => (/* binding */ pinnedUri),
/* harmony export */   platformArchitecture: () => (/* binding */ platformArchitecture),
/* harmony export */   resolveImage: () => (/* binding */ resolveImage)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);

const IMAGE_ACCEPTED = 'an Amazon ECR image reference such as 123456789012.dkr.ecr.eu-west-2.amazonaws.com/repo:tag or …/repo@sha256:<64 hex>';
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;
const REPOSITORY = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The reason a reference cannot be used, or undefined. */
function imageProblem(text) {
    const parsed = parseOrProblem(text);
    return typeof parsed === 'string' ? parsed : undefined;
}
function parseImageReference(text) {
    const parsed = parseOrProblem(text);
    if (typeof parsed === 'string')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Image ${JSON.stringify(text)}: ${parsed}.`);
    return parsed;
}
function parseOrProblem(text) {
    const slash = text.indexOf('/');
    if (slash < 0)
        return 'no registry host: Lambda runs images from Amazon ECR only';
    const registry = text.slice(0, slash);
    const host = ECR_HOST.exec(registry);
    if (!host)
        return `"${registry}" is not an Amazon ECR registry (<account>.dkr.ecr.<region>.amazonaws.com): Lambda runs images from ECR only`;
    let rest = text.slice(slash + 1);
    let digest;
    let tag;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            return `"${digest}" is not a digest of the form sha256:<64 lowercase hex>`;
    }
    const colon = rest.lastIndexOf(':');
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return `"${tag}" is not a valid tag`;
    }
    if (!REPOSITORY.test(rest))
        return `"${rest}" is not a valid repository name`;
    if (!tag && !digest)
        return 'neither a tag nor a digest: add :tag or @sha256:…';
    return {
        registry,
        registryId: host[1] ?? '',
        region: host[2] ?? '',
        repository: rest,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
    };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
function pinnedUri(ref, digest) {
    return `${ref.registry}/${ref.repository}@${digest}`;
}
/** Lambda's architecture names → the OCI platform names. */
function platformArchitecture(lambdaArchitecture) {
    if (lambdaArchitecture === 'x86_64' || lambdaArchitecture === 'amd64')
        return 'amd64';
    if (lambdaArchitecture === 'arm64' || lambdaArchitecture === 'aarch64')
        return 'arm64';
    return lambdaArchitecture;
}
const INDEX_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
];
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/** Picks the manifest of `architecture` (OCI name) out of an index; attestation entries are skipped. */
function manifestForArchitecture(indexJson, architecture) {
    const index = JSON.parse(indexJson);
    const entries = (index.manifests ?? []).filter((entry) => entry.annotations?.['vnd.docker.reference.type'] !== 'attestation-manifest' && entry.platform);
    const match = entries.find((entry) => entry.platform?.architecture === architecture &&
        (entry.platform.os ?? 'linux') === 'linux' &&
        typeof entry.digest === 'string');
    if (match?.digest)
        return match.digest;
    return {
        available: entries.map((entry) => `${entry.platform?.os ?? '?'}/${entry.platform?.architecture ?? '?'}${entry.platform?.variant ? `/${entry.platform.variant}` : ''}`),
    };
}
/**
 * Resolves a reference to the digest of one manifest through ECR BatchGetImage: a tag becomes
 * its digest, an index becomes the manifest of `architecture` (OCI name: amd64, arm64).
 */
async function resolveImage(ecr, ref, architecture) {
    const { BatchGetImageCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
    const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? '' };
    const response = await ecr.send(new BatchGetImageCommand({
        registryId: ref.registryId,
        repositoryName: ref.repository,
        imageIds: [imageId],
        acceptedMediaTypes: [...MANIFEST_MEDIA_TYPES, ...INDEX_MEDIA_TYPES],
    }));
    const image = response.images?.[0];
    if (!image?.imageId?.imageDigest) {
        const failure = response.failures?.[0];
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Image ${formatReference(ref)} was not found in ECR repository ${ref.repository}` +
            `${failure?.failureReason ? ` (${failure.failureCode ?? 'failure'}: ${failure.failureReason})` : ''}: push it first, or check the tag.`);
    }
    const digest = image.imageId.imageDigest;
    const mediaType = image.imageManifestMediaType ?? mediaTypeOf(image.imageManifest);
    if (!INDEX_MEDIA_TYPES.includes(mediaType ?? '')) {
        return { imageUri: pinnedUri(ref, digest), digest, via: ref.digest ? 'digest' : 'tag' };
    }
    const picked = manifestForArchitecture(image.imageManifest ?? '{}', architecture);
    if (typeof picked !== 'string')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Image ${formatReference(ref)} is an image index without a linux/${architecture} manifest ` +
            `(it has ${picked.available.join(', ') || 'no platform manifests'}): build for ${architecture}, or set 'architecture'.`);
    return { imageUri: pinnedUri(ref, picked), digest: picked, via: 'index', indexDigest: digest };
}
function mediaTypeOf(manifest) {
    try {
        return JSON.parse(manifest ?? '{}').mediaType;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ functionInputs)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8042);
// The direct-mode inputs that deploy-lambda-image and the root release action both declare.


/** A function name, partial ARN or full ARN, as Lambda accepts them. */
const FUNCTION_NAME = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,140}$|^\d{12}:function:[A-Za-z0-9_-]{1,140}$/;
const ALIAS = /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/;
const functionInputs = {
    'function-name': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ pattern: FUNCTION_NAME, accepted: 'a Lambda function name or ARN' }),
    alias: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        pattern: ALIAS,
        accepted: 'an alias name: letters, digits, - and _ (not only digits), up to 128',
    }),
    traffic: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: _traffic_js__WEBPACK_IMPORTED_MODULE_1__/* .TRAFFIC_ACCEPTED */ .U6, check: _traffic_js__WEBPACK_IMPORTED_MODULE_1__/* .trafficProblem */ .PT }),
    architecture: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.choice(['x86_64', 'arm64', 'amd64']),
};


/***/ }),

/***/ 8042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ trafficProblem),
/* harmony export */   SS: () => (/* binding */ parseTrafficSchedule),
/* harmony export */   U6: () => (/* binding */ TRAFFIC_ACCEPTED),
/* harmony export */   mm: () => (/* binding */ weightOf)
/* harmony export */ });
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9501);
// The gradual traffic schedule of an alias: `10%:5m,50%:5m` means 10 % of requests to the new
// version for 5 minutes, then 50 % for 5 minutes, then 100 %.

const TRAFFIC_ACCEPTED = 'steps PERCENT%:DURATION separated by commas, percentages rising from 1 to 99, such as 10%:5m,50%:5m (100% follows the last step)';
const STEP = /^(\d+(?:\.\d+)?)%:(.+)$/;
/** The reason a schedule is refused, or undefined when it is valid. */
function trafficProblem(text) {
    const parsed = parse(text);
    return 'problem' in parsed ? parsed.problem : undefined;
}
/** Parses a schedule; throws with the reason on a bad one (check with trafficProblem first). */
function parseTrafficSchedule(text) {
    const parsed = parse(text);
    if ('problem' in parsed)
        throw new Error(`Bad traffic schedule ${JSON.stringify(text)}: ${parsed.problem}.`);
    return parsed.steps;
}
function parse(text) {
    const parts = text
        .split(/[,\r\n]/)
        .map((part) => part.trim())
        .filter((part) => part !== '');
    if (parts.length === 0)
        return { problem: 'no step given' };
    const steps = [];
    for (const part of parts) {
        const match = STEP.exec(part.replace(/\s+/g, ''));
        if (!match)
            return { problem: `step "${part}" is not PERCENT%:DURATION` };
        const percent = Number(match[1]);
        const holdMs = (0,_action_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E9)(match[2] ?? '');
        if (!(percent >= 1 && percent <= 99))
            return { problem: `step "${part}": the percentage must be from 1 to 99` };
        if (holdMs === undefined || holdMs <= 0)
            return { problem: `step "${part}": the duration must be positive, such as 90s or 5m` };
        const last = steps[steps.length - 1];
        if (last && percent <= last.percent)
            return { problem: `step "${part}": percentages must rise from step to step` };
        steps.push({ percent, holdMs });
    }
    return { steps };
}
/** Lambda's weight for a percentage (0–1, at most 5 decimals as Lambda allows). */
function weightOf(percent) {
    return Math.round(percent * 1000) / 100_000;
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change.

const systemClock = { now: () => Date.now() };
/** setTimeout as a promise that an AbortSignal cuts short; leaves no timer behind. */
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
});
/** Equal jitter: the delay lands in [half, full] of the exponential step. */
function backoffDelay(attempt, options) {
    const step = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** attempt);
    return step / 2 + (step / 2) * options.random();
}
function errorName(error) {
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'a transient error';
}
function reasonOf(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason.message;
    return typeof reason === 'string' ? reason : 'cancelled';
}
async function pollUntil(options) {
    const clock = options.clock ?? systemClock;
    const sleep = options.sleep ?? realSleep;
    const retryOn = options.retryOn ?? _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3;
    const delays = {
        initialDelayMs: options.initialDelayMs ?? 1000,
        maxDelayMs: options.maxDelayMs ?? 15_000,
        factor: options.factor ?? 2,
        random: options.random ?? Math.random,
    };
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let state = 'not checked yet';
    /** The last state a check reported, without the note of a retried error. */
    let checkedState = state;
    let attempts = 0;
    const elapsed = () => clock.now() - start;
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${next}`, next);
    };
    const cancelled = (signal) => ({
        outcome: 'cancelled',
        state,
        attempts,
        elapsedMs: elapsed(),
        reason: reasonOf(signal),
    });
    for (;;) {
        if (options.signal?.aborted)
            return cancelled(options.signal);
        attempts += 1;
        let result;
        try {
            result = await options.check(attempts);
        }
        catch (error) {
            // A check cut short by the cancel (an SDK call given the signal throws AbortError).
            if (options.signal?.aborted)
                return cancelled(options.signal);
            if (!retryOn(error))
                throw error;
            moveTo(`${checkedState} (retrying after ${errorName(error)})`);
        }
        if (result) {
            if (result.state !== undefined) {
                checkedState = result.state;
                moveTo(result.state);
            }
            if (result.status === 'done')
                return { outcome: 'done', value: result.value, state, attempts, elapsedMs: elapsed() };
            if (result.status === 'failed') {
                const failed = {
                    outcome: 'failed',
                    reason: result.reason,
                    state,
                    attempts,
                    elapsedMs: elapsed(),
                };
                return result.value === undefined ? failed : { ...failed, value: result.value };
            }
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return { outcome: 'timeout', state, attempts, elapsedMs: elapsed() };
        await sleep(Math.min(remaining, backoffDelay(attempts - 1, delays)), options.signal);
    }
}
/** The signal and the injected clock, sleep and randomness of a caller's settings, as pollUntil takes them. */
function pollHooks(options) {
    return {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
    };
}


/***/ })

};
