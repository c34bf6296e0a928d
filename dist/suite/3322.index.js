export const id = 3322;
export const ids = [3322,5929];
export const modules = {

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseBreadcrumb),
/* harmony export */   Du: () => (/* binding */ unseal),
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   O8: () => (/* binding */ breadcrumbMismatch),
/* harmony export */   Z9: () => (/* binding */ newSealKey),
/* harmony export */   b5: () => (/* binding */ breadcrumbOf),
/* harmony export */   gp: () => (/* binding */ BREADCRUMB_KEY),
/* harmony export */   od: () => (/* binding */ seal),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports stableJson, previousDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The breadcrumb: what a deploy writes into AWS (a tag, an annotation) next to the resource it
// changes, so that a rollback can tell a record that deploy made from a hand-made or edited one.
// It holds the record's id and a digest of the record's `previous` state; only a principal
// allowed to deploy can write it, and a record whose id or previous state differs is refused.

/** Tag key (ECS, Lambda, CloudFormation) and annotation key (Kubernetes) of the breadcrumb. */
const BREADCRUMB_KEY = 'deploy-actions/record';
function newRecordId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/** JSON with sorted keys and no undefined members: the same bytes for the same value. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The digest a deploy writes and a rollback recomputes: id, target, resource and previous state. */
function previousDigest(record) {
    const { id, target, resource, previous } = record;
    return sha256(stableJson({ id, target, resource, previous }));
}
function breadcrumbOf(record, key) {
    return `${record.id}:${previousDigest(record)}${key ? `:${key}` : ''}`;
}
function parseBreadcrumb(value) {
    const match = /^([0-9a-f-]{8,64}):([0-9a-f]{64})(?::([A-Za-z0-9_-]{43}))?$/.exec(value ?? '');
    if (!match)
        return undefined;
    return { id: match[1], digest: match[2], ...(match[3] ? { key: match[3] } : {}) };
}
function newSealKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url');
}
/**
 * Values a restore needs but a record must not show (parameter values that may be hosts, users,
 * URLs with passwords): AES-256-GCM under a key kept only in the breadcrumb, in AWS.
 */
function seal(values, key) {
    const iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-gcm', Buffer.from(key, 'base64url'), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}
function unseal(sealed, key) {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', Buffer.from(key, 'base64url'), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text);
}
/**
 * Why a record does not match the breadcrumb found on its resource, or undefined when it does.
 * `where` names the place read, e.g. "the tags of task definition web:7".
 */
function breadcrumbMismatch(record, found, where) {
    if (!record.id)
        return `the record carries no id, so it cannot be matched with the breadcrumb its deploy writes on ${where}; pass the 'deployment' output of a deploy step of this version, or roll back by hand with 'target'`;
    const breadcrumb = parseBreadcrumb(found);
    if (!breadcrumb)
        return `found no breadcrumb ${BREADCRUMB_KEY} on ${where}: the record was not written by a deploy of this resource`;
    if (breadcrumb.id !== record.id)
        return `the breadcrumb on ${where} names record ${breadcrumb.id}, not this record ${record.id}: a later deploy replaced it, or the record was not made by a deploy of this resource`;
    if (breadcrumb.digest !== previousDigest({ ...record, id: record.id }))
        return `the record's previous state is not the one its deploy recorded on ${where} (digest mismatch): the record was edited`;
    return undefined;
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

/***/ 1206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J4: () => (/* reexport safe */ _action_secrets_js__WEBPACK_IMPORTED_MODULE_1__.J4),
/* harmony export */   mV: () => (/* binding */ planParameters)
/* harmony export */ });
/* unused harmony export isSecretParameter */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


/** Names of parameters whose values are treated as secrets even without NoEcho. */

function isSecretParameter(key, template) {
    return _action_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .SECRET_NAME */ .J4.test(key) || template.some((p) => p.key === key && p.noEcho);
}
function planParameters(options) {
    const { template, stack, overrides, imageParameter, imageUri } = options;
    const safeToShow = new Set(options.showParameters ?? []);
    const previousValues = new Map((stack?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ResolvedValue ?? p.ParameterValue]));
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
            const shown = !secret && (safeToShow.has(parameter.key) || parameter.key === imageParameter);
            plan.rows.push({
                key: parameter.key,
                action: 'set',
                value: shown ? value : describeChange(previousValues, parameter.key, value, secret),
                shown,
            });
        }
        else if (existing.has(parameter.key)) {
            plan.parameters.push({ ParameterKey: parameter.key, UsePreviousValue: true });
            plan.rows.push({ key: parameter.key, action: 'keep', value: 'previous value', shown: false });
        }
        else if (parameter.hasDefault) {
            plan.rows.push({ key: parameter.key, action: 'default', value: 'template default', shown: false });
        }
        else {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Template parameter ${parameter.key} has no default and ${stack ? 'the stack has no value for it' : 'the stack does not exist yet'}: give it in 'parameter-overrides'.`);
        }
    }
    return plan;
}
/** A value set, without the value: new, changed or unchanged against the stack's. */
function describeChange(previous, key, value, secret) {
    if (!previous.has(key))
        return 'set (new, value not shown)';
    const before = previous.get(key);
    // CloudFormation answers NoEcho values as ****: whether they change cannot be known
    if (secret || before === undefined || before === '****')
        return 'set (value not shown)';
    return before === value ? 'unchanged (value not shown)' : 'changed (value not shown)';
}


/***/ }),

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudFormationRollback: () => (/* binding */ cloudFormationRollback)
/* harmony export */ });
/* unused harmony export restoreStack */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8245);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4291);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2632);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6057);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8128);






const describe = (name, stack) => `${name} (${stack?.StackStatus ?? 'absent'})`;
async function restoreStack(cfn, record, options) {
    const { stackName } = record.resource;
    let stack = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .describeStack */ .GO)(cfn, stackName);
    const to = `${stackName} with the previous template and parameters`;
    if (!stack)
        return {
            changed: false,
            from: describe(stackName, stack),
            to,
            refused: `stack ${stackName} does not exist: there is nothing to roll back.`,
        };
    const found = stack.Tags?.find((tag) => tag.Key === _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .BREADCRUMB_KEY */ .gp)?.Value;
    if (!options.trustLiveState) {
        const mismatch = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .breadcrumbMismatch */ .O8)(record, found, `the tags of stack ${stackName}`);
        if (mismatch)
            return { changed: false, from: describe(stackName, stack), to, refused: mismatch };
    }
    const status = stack.StackStatus ?? '';
    const { CancelUpdateStackCommand, ContinueUpdateRollbackCommand, UpdateStackCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    if (status === 'UPDATE_IN_PROGRESS') {
        await cfn.send(new CancelUpdateStackCommand({ StackName: stackName }));
        const follow = options.wait ? await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options) : undefined;
        return {
            changed: true,
            from: describe(stackName, stack),
            to: `${stackName} (update cancelled, rolled back)`,
            ...(follow ? { follow } : {}),
        };
    }
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        await cfn.send(new ContinueUpdateRollbackCommand({ StackName: stackName }));
        const follow = options.wait ? await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options) : undefined;
        return {
            changed: true,
            from: describe(stackName, stack),
            to: `${stackName} (rollback continued)`,
            ...(follow ? { follow } : {}),
        };
    }
    if ((0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .isInProgress */ .LT)(status)) {
        const settled = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options);
        stack = settled.stack ?? stack;
    }
    const from = describe(stackName, stack);
    const previous = record.previous;
    if (!previous?.templateGzip || !record.current)
        return {
            changed: false,
            from,
            to,
            refused: `stack ${stackName} did not exist before this deployment, so there is no previous template to restore; delete the stack if it must go.`,
        };
    const templateBody = (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .previousTemplate */ .Gz)(previous);
    const liveTemplate = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .templateOf */ .kW)(cfn, stackName);
    if ((0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .holds */ .v9)(stack, liveTemplate, previous))
        return { changed: false, from, to };
    if (!options.force && !(0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .holds */ .v9)(stack, liveTemplate, record.current))
        return {
            changed: false,
            from,
            to,
            refused: `stack ${stackName} no longer holds the template and parameters this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
        };
    const startedAt = new Date(options.clock ? options.clock.now() : Date.now());
    try {
        await cfn.send(new UpdateStackCommand({
            StackName: stackName,
            TemplateBody: templateBody,
            Parameters: (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .restoreParameters */ .zr)(previous, (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBreadcrumb */ .$l)(found)?.key),
            ...(previous.capabilities?.length ? { Capabilities: previous.capabilities } : {}),
        }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ValidationError' && (0,_changeset_js__WEBPACK_IMPORTED_MODULE_3__/* .isNoChanges */ .LG)(error.message))
            return { changed: false, from, to };
        throw error;
    }
    if (!options.wait)
        return { changed: true, from, to };
    const follow = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_5__/* .followStack */ .OG)(cfn, stackName, 'deployed', options, startedAt);
    return { changed: true, from, to, follow };
}
/** RollbackAdapter for auto-rollback: one client per record region. */
const cloudFormationRollback = {
    async restore(record, options) {
        const { CloudFormationClient } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
        return restoreStack((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_2__.createClient)(CloudFormationClient, { region: record.region }), record, options);
    },
};


/***/ }),

/***/ 8128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ describeStack),
/* harmony export */   LT: () => (/* binding */ isInProgress),
/* harmony export */   OG: () => (/* binding */ followStack),
/* harmony export */   Wg: () => (/* binding */ rollbackCompleteError),
/* harmony export */   Yz: () => (/* binding */ outputsOf),
/* harmony export */   kW: () => (/* binding */ templateOf)
/* harmony export */ });
/* unused harmony exports failureEvents, renderFailedEvents */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);



async function describeStack(cfn, stackName) {
    const { DescribeStacksCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    try {
        const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
        return stack?.StackStatus === 'DELETE_COMPLETE' ? undefined : stack;
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'ValidationError' && /does not exist/i.test(error.message ?? ''))
            return undefined;
        throw error;
    }
}
const isInProgress = (status) => status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
/** Statuses that end a stack operation well, per goal. */
const SUCCESS = {
    deployed: ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE'],
    'rolled-back': ['UPDATE_ROLLBACK_COMPLETE', 'UPDATE_COMPLETE', 'CREATE_COMPLETE'],
};
/** Events since `since` that failed or carry a reason, oldest first. */
async function failureEvents(cfn, stackName, since) {
    const { DescribeStackEventsCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    const events = [];
    let nextToken;
    do {
        const page = await cfn.send(new DescribeStackEventsCommand({
            StackName: stackName,
            ...(nextToken ? { NextToken: nextToken } : {}),
        }));
        const recent = (page.StackEvents ?? []).filter((event) => !event.Timestamp || event.Timestamp.getTime() >= since.getTime() - 1000);
        events.push(...recent);
        nextToken = recent.length === (page.StackEvents ?? []).length ? page.NextToken : undefined;
    } while (nextToken);
    return events
        .filter((event) => /FAILED$/.test(event.ResourceStatus ?? '') ||
        (event.ResourceStatusReason && !/User Initiated/i.test(event.ResourceStatusReason)))
        .reverse()
        .map((event) => ({
        timestamp: event.Timestamp?.toISOString() ?? '',
        logicalResourceId: event.LogicalResourceId ?? '',
        resourceType: event.ResourceType ?? '',
        status: event.ResourceStatus ?? '',
        reason: event.ResourceStatusReason ?? '',
    }));
}
function renderFailedEvents(events) {
    return (summary) => {
        summary.heading('Stack events', 3);
        summary.table(['time', 'resource', 'type', 'status', 'reason'], events.map((event) => [
            event.timestamp,
            event.logicalResourceId,
            event.resourceType,
            event.status,
            event.reason,
        ]));
    };
}
/** Follows a stack until its operation ends; a failure carries the failed events. */
async function followStack(cfn, stackName, goal, options, since = new Date((options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml).now())) {
    let last;
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)({
        check: async () => {
            const stack = await describeStack(cfn, stackName);
            if (!stack)
                return { status: 'failed', reason: `stack ${stackName} no longer exists`, state: 'DELETE_COMPLETE' };
            last = stack;
            const status = stack.StackStatus ?? 'UNKNOWN';
            if (SUCCESS[goal].includes(status))
                return { status: 'done', value: stack, state: status };
            if (isInProgress(status))
                return { status: 'pending', state: status };
            return {
                status: 'failed',
                reason: `stack ${stackName} ended in ${status}${stack.StackStatusReason ? `: ${stack.StackStatusReason}` : ''}`,
                value: stack,
                state: status,
            };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: 1000,
        maxDelayMs: options.maxPollIntervalMs,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollHooks */ .A3)(options),
        onProgress: (line) => options.onProgress?.(`${stackName}: ${line}`),
    });
    const base = {
        state: outcome.state,
        elapsedMs: outcome.elapsedMs,
        polls: outcome.attempts,
        ...(last ? { stack: last } : {}),
    };
    switch (outcome.outcome) {
        case 'done':
            return { ...base, status: 'succeeded' };
        case 'failed': {
            const events = await failureEvents(cfn, stackName, since).catch(() => []);
            const first = events.find((event) => /FAILED$/.test(event.status));
            const reason = `${outcome.reason}${first ? ` (${first.logicalResourceId} ${first.status}: ${first.reason})` : ''}`;
            return {
                ...base,
                status: 'failed',
                reason,
                events,
                ...(events.length ? { diagnostics: renderFailedEvents(events) } : {}),
            };
        }
        case 'timeout':
            return {
                ...base,
                status: 'timed-out',
                reason: `stack ${stackName} was still ${outcome.state} after ${Math.round(options.timeoutMs / 1000)}s`,
            };
        case 'cancelled':
            return { ...base, status: 'cancelled', reason: outcome.reason };
    }
}
function outputsOf(stack) {
    const outputs = {};
    for (const output of stack?.Outputs ?? [])
        if (output.OutputKey)
            outputs[output.OutputKey] = output.OutputValue ?? '';
    return outputs;
}
/** ROLLBACK_COMPLETE after a failed creation: the stack can only be deleted. */
function rollbackCompleteError(stackName) {
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Stack ${stackName} is in ROLLBACK_COMPLETE: its creation failed and CloudFormation rolled it back, so it cannot be updated. ` +
        `Read its events for the cause, delete it (aws cloudformation delete-stack --stack-name ${stackName}) and rerun this step to create it again.`);
}
async function templateOf(cfn, stackName) {
    const { GetTemplateCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    return (await cfn.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' })))
        .TemplateBody;
}


/***/ }),

/***/ 6057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ previousTemplate),
/* harmony export */   HQ: () => (/* binding */ currentStackState),
/* harmony export */   tY: () => (/* binding */ previousStackState),
/* harmony export */   v9: () => (/* binding */ holds),
/* harmony export */   zr: () => (/* binding */ restoreParameters)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8245);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
/* harmony import */ var _parameters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1206);
// A stack's state as a record keeps it: the template by digest (the previous one also gzip +
// base64, to restore it), parameters by digest, and the previous values of the parameters the
// deploy set sealed under a key kept only in the breadcrumb tag. No value is readable in a record.




/** CloudFormation shows NoEcho values as asterisks: such a value can be neither compared nor kept. */
const MASKED = /^\*+$/;
/** Secrets get no digest either: a digest of a short secret can be guessed back. */
function parameterDigests(stack, set, secret) {
    return (stack?.Parameters ?? []).flatMap((p) => {
        if (!p.ParameterKey)
            return [];
        const value = p.ParameterValue ?? '';
        const comparable = !MASKED.test(value) && !secret.includes(p.ParameterKey) && !_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .SECRET_NAME */ .J4.test(p.ParameterKey);
        return [
            {
                key: p.ParameterKey,
                ...(set.has(p.ParameterKey) ? {} : { usePreviousValue: true }),
                ...(comparable ? { digest: (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(value) } : {}),
            },
        ];
    });
}
/** The state before the deploy: what a restore needs, with the values of `set` sealed under `key`. */
function previousStackState(stack, templateBody, set, key, secret = []) {
    const keys = new Set(set);
    const values = {};
    for (const p of stack.Parameters ?? [])
        if (p.ParameterKey && keys.has(p.ParameterKey) && !MASKED.test(p.ParameterValue ?? ''))
            values[p.ParameterKey] = p.ParameterValue ?? '';
    return {
        ...(templateBody !== undefined
            ? {
                templateDigest: (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(templateBody),
                templateGzip: (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gzipSync)(Buffer.from(templateBody, 'utf8'), { level: 9 }).toString('base64'),
            }
            : {}),
        parameters: parameterDigests(stack, keys, secret),
        ...(Object.keys(values).length ? { sealedValues: (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .seal */ .od)(values, key) } : {}),
        stackStatus: stack.StackStatus ?? '',
        ...(stack.Capabilities?.length ? { capabilities: stack.Capabilities } : {}),
    };
}
/** The state the deploy left: digests only. */
function currentStackState(stack, templateBody, capabilities, secret = []) {
    return {
        templateDigest: (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(templateBody),
        parameters: parameterDigests(stack, new Set(), secret),
        stackStatus: stack?.StackStatus ?? '',
        ...(capabilities.length ? { capabilities: [...capabilities] } : {}),
    };
}
/** The previous template, checked against its digest. */
function previousTemplate(state) {
    if (!state.templateGzip || !state.templateDigest)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('The deployment record holds no previous template.');
    const body = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.gunzipSync)(Buffer.from(state.templateGzip, 'base64')).toString('utf8');
    if ((0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(body) !== state.templateDigest)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ("The deployment record's previous template does not match its digest.");
    return body;
}
/** UpdateStack parameters back to `state`: sealed values where the deploy set them, else unchanged. */
function restoreParameters(state, key) {
    const values = state.sealedValues && key ? (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .unseal */ .Du)(state.sealedValues, key) : {};
    return state.parameters.map((p) => values[p.key] !== undefined
        ? { ParameterKey: p.key, ParameterValue: values[p.key] }
        : { ParameterKey: p.key, UsePreviousValue: true });
}
/** Whether the live stack holds `state`: template digest and every comparable parameter digest. */
function holds(stack, liveTemplate, state) {
    if (state.templateDigest && (liveTemplate === undefined || (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(liveTemplate) !== state.templateDigest))
        return false;
    const live = new Map((stack.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue ?? '']));
    return state.parameters.every((p) => {
        const value = live.get(p.key);
        if (p.digest === undefined || value === undefined || MASKED.test(value))
            return true;
        return (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(value) === p.digest;
    });
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   lr: () => (/* binding */ waitWithProgress),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports DEFAULT_HEARTBEAT_MS, backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change, and
// one at least every 30 s while the state stays the same (state and elapsed time).


const DEFAULT_HEARTBEAT_MS = 30_000;
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
    const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    let lastLineAt = start;
    const say = (line) => {
        lastLineAt = clock.now();
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${line}`, state);
    };
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        say(next);
    };
    /** Sleeps `ms`, saying where the wait is whenever `heartbeatMs` would pass without a line. */
    const wait = async (ms) => {
        for (let left = ms; left > 0;) {
            const due = lastLineAt + heartbeatMs - clock.now();
            const step = options.onProgress ? Math.min(left, Math.max(1, due)) : left;
            await sleep(step, options.signal);
            if (options.signal?.aborted)
                return;
            left -= step;
            if (options.onProgress && clock.now() - lastLineAt >= heartbeatMs)
                say(`still ${state} (waiting for ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(elapsed())})`);
        }
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
        await wait(Math.min(remaining, backoffDelay(attempts - 1, delays)));
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
/** A plain wait of `ms` (a hold, a bake without alarms) that still says where it is every heartbeat. */
async function waitWithProgress(ms, state, options) {
    return pollUntil({
        check: () => Promise.resolve({ status: 'pending', state }),
        timeoutMs: ms,
        initialDelayMs: ms,
        maxDelayMs: ms,
        random: () => 1,
        ...options,
    });
}


/***/ })

};
