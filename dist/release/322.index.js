export const id = 322;
export const ids = [322];
export const modules = {

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
async function matches(cfn, stack, state) {
    if (!state)
        return false;
    if (!parametersMatch(stack, state.parameters))
        return false;
    if (state.templateBody === undefined)
        return true;
    return (await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .templateOf */ .kW)(cfn, stack.StackName ?? '')) === state.templateBody;
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
    const { CancelUpdateStackCommand, ContinueUpdateRollbackCommand, UpdateStackCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
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
    if (await matches(cfn, stack, previous))
        return { changed: false, from, to };
    if (!options.force && !(await matches(cfn, stack, record.current)))
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
        const { CloudFormationClient } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
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
/* harmony import */ var _lambda_wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(386);




async function describeStack(cfn, stackName) {
    const { DescribeStacksCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
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
    const { DescribeStackEventsCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
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
        ...(0,_lambda_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .pollHooks */ .A3)(options),
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
    return new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Stack ${stackName} is in ROLLBACK_COMPLETE: its creation failed and CloudFormation rolled it back, so it cannot be updated. ` +
        `Read its events for the cause, delete it (aws cloudformation delete-stack --stack-name ${stackName}) and rerun this step to create it again.`);
}
async function templateOf(cfn, stackName) {
    const { GetTemplateCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    return (await cfn.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' })))
        .TemplateBody;
}


/***/ })

};
