export const id = 3322;
export const ids = [3322];
export const modules = {

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

/***/ 3322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cloudFormationRollback: () => (/* binding */ cloudFormationRollback)
/* harmony export */ });
/* unused harmony export restoreStack */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4291);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _parameters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1206);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8128);





/** Every recorded value the live stack must hold (secrets are recorded by reference and skipped). */
function parametersMatch(stack, recorded) {
    const live = new Map((stack.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
    return recorded.every((p) => p.usePreviousValue || p.value === undefined || live.get(p.key) === p.value);
}
async function matches(stack, liveTemplate, state) {
    if (!state)
        return false;
    if (!parametersMatch(stack, state.parameters))
        return false;
    if (state.templateBody === undefined)
        return true;
    return (await liveTemplate()) === state.templateBody;
}
const describe = (name, stack) => `${name} (${stack?.StackStatus ?? 'absent'})`;
async function restoreStack(cfn, record, options) {
    const { stackName } = record.resource;
    let stack = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(cfn, stackName);
    const to = `${stackName} with the previous template and parameters`;
    if (!stack)
        return {
            changed: false,
            from: describe(stackName, stack),
            to,
            refused: `stack ${stackName} does not exist: there is nothing to roll back.`,
        };
    const status = stack.StackStatus ?? '';
    const { CancelUpdateStackCommand, ContinueUpdateRollbackCommand, UpdateStackCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    if (status === 'UPDATE_IN_PROGRESS') {
        await cfn.send(new CancelUpdateStackCommand({ StackName: stackName }));
        const follow = options.wait ? await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options) : undefined;
        return {
            changed: true,
            from: describe(stackName, stack),
            to: `${stackName} (update cancelled, rolled back)`,
            ...(follow ? { follow } : {}),
        };
    }
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        await cfn.send(new ContinueUpdateRollbackCommand({ StackName: stackName }));
        const follow = options.wait ? await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options) : undefined;
        return {
            changed: true,
            from: describe(stackName, stack),
            to: `${stackName} (rollback continued)`,
            ...(follow ? { follow } : {}),
        };
    }
    if ((0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .isInProgress */ .LT)(status)) {
        const settled = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, stackName, 'rolled-back', options);
        stack = settled.stack ?? stack;
    }
    const from = describe(stackName, stack);
    const previous = record.previous;
    if (!previous?.templateBody)
        return {
            changed: false,
            from,
            to,
            refused: `stack ${stackName} did not exist before this deployment, so there is no previous template to restore; delete the stack if it must go.`,
        };
    let template;
    const liveTemplate = () => (template ??= (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .templateOf */ .kW)(cfn, stackName));
    if (await matches(stack, liveTemplate, previous))
        return { changed: false, from, to };
    if (!options.force && !(await matches(stack, liveTemplate, record.current)))
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
            TemplateBody: previous.templateBody,
            Parameters: (0,_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .toSdkParameters */ .YR)(previous.parameters),
            ...(previous.capabilities?.length ? { Capabilities: previous.capabilities } : {}),
        }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === 'ValidationError' && (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .isNoChanges */ .LG)(error.message))
            return { changed: false, from, to };
        throw error;
    }
    if (!options.wait)
        return { changed: true, from, to };
    const follow = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, stackName, 'deployed', options, startedAt);
    return { changed: true, from, to, follow };
}
/** RollbackAdapter for auto-rollback: one client per record region. */
const cloudFormationRollback = {
    async restore(record, options) {
        const { CloudFormationClient } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
        return restoreStack((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__.createClient)(CloudFormationClient, { region: record.region }), record, options);
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
