export const id = 5581;
export const ids = [5581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployStack: () => (/* binding */ deployStack),
/* harmony export */   templateParameters: () => (/* binding */ templateParameters)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5);
/* harmony import */ var _changeset_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2632);
/* harmony import */ var _parameters_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1206);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8128);





async function templateParameters(cfn, templateBody) {
    const { GetTemplateSummaryCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    const summary = await cfn.send(new GetTemplateSummaryCommand({ TemplateBody: templateBody }));
    return (summary.Parameters ?? []).flatMap((p) => p.ParameterKey
        ? [{ key: p.ParameterKey, noEcho: p.NoEcho === true, hasDefault: p.DefaultValue !== undefined }]
        : []);
}
/** Brings a stack to a state it can be updated from: waits out an operation, continues a stuck rollback. */
async function settle(cfn, request, options, progress) {
    let stack = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(cfn, request.stackName);
    const status = stack?.StackStatus ?? '';
    if (stack && (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .isInProgress */ .LT)(status)) {
        options.onProgress?.(`${request.stackName} is ${status}: waiting for that operation to end first`);
        const settled = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, request.stackName, 'rolled-back', options);
        stack = settled.stack;
    }
    const now = stack?.StackStatus ?? '';
    if (now === 'ROLLBACK_COMPLETE')
        throw (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .rollbackCompleteError */ .Wg)(request.stackName);
    if (now === 'UPDATE_ROLLBACK_FAILED') {
        if (request.dryRun)
            return stack;
        const { ContinueUpdateRollbackCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
        options.onProgress?.(`${request.stackName} is UPDATE_ROLLBACK_FAILED: continuing the rollback first`);
        await cfn.send(new ContinueUpdateRollbackCommand({ StackName: request.stackName }));
        progress.continuedRollback = true;
        const continued = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, request.stackName, 'rolled-back', options);
        if (continued.status !== 'succeeded')
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Stack ${request.stackName} is stuck in UPDATE_ROLLBACK_FAILED and continuing the rollback did not finish: ${continued.reason ?? continued.state}. Fix the resources named in its events, or skip them (aws cloudformation continue-update-rollback --resources-to-skip).`);
        stack = continued.stack;
    }
    if (/^(ROLLBACK_FAILED|DELETE_FAILED|DELETE_IN_PROGRESS|IMPORT_ROLLBACK_FAILED)$/.test(stack?.StackStatus ?? ''))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Stack ${request.stackName} is in ${stack?.StackStatus ?? ''} and cannot be updated: read its events, fix or delete it, and rerun.`);
    return stack;
}
async function deployStack(cfn, request, options, progress = { outputs: {} }) {
    const clock = options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml;
    const before = await settle(cfn, request, options, progress);
    const exists = before !== undefined && before.StackStatus !== 'REVIEW_IN_PROGRESS';
    if (before)
        progress.before = before;
    const template = await templateParameters(cfn, request.templateBody);
    progress.template = template;
    for (const parameter of template)
        if (parameter.noEcho && request.overrides[parameter.key] !== undefined)
            request.onSecret(request.overrides[parameter.key]);
    const plan = (0,_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .planParameters */ .mV)({
        template,
        stack: exists ? before : undefined,
        overrides: request.overrides,
        imageParameter: request.imageParameter,
        imageUri: request.imageUri,
    });
    progress.plan = plan;
    progress.previous = exists
        ? {
            parameters: (0,_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .recordParameters */ .O8)(before, template),
            stackStatus: before?.StackStatus ?? '',
            ...(before?.Capabilities?.length ? { capabilities: before.Capabilities } : {}),
        }
        : null;
    if (exists && progress.previous) {
        const body = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .templateOf */ .kW)(cfn, request.stackName);
        if (body)
            progress.previous.templateBody = body;
    }
    if (request.dryRun)
        return progress;
    const startedAt = new Date(clock.now());
    const changeSet = await (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .createChangeSet */ .V$)(cfn, {
        StackName: request.stackName,
        ChangeSetName: (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetName */ .G)(startedAt, request.caller),
        ChangeSetType: exists ? 'UPDATE' : 'CREATE',
        TemplateBody: request.templateBody,
        Parameters: plan.parameters,
        Capabilities: request.capabilities,
        Tags: Object.entries(request.tags).map(([Key, Value]) => ({ Key, Value })),
        ...(request.rollbackAlarmArns.length
            ? {
                RollbackConfiguration: {
                    RollbackTriggers: request.rollbackAlarmArns.map((Arn) => ({
                        Arn,
                        Type: 'AWS::CloudWatch::Alarm',
                    })),
                    ...(request.rollbackMonitoringMinutes !== undefined
                        ? { MonitoringTimeInMinutes: request.rollbackMonitoringMinutes }
                        : {}),
                },
            }
            : {}),
        Description: request.caller ?? 'aws-deploy-actions',
    }, options);
    progress.changeSet = changeSet;
    if (!changeSet.empty) {
        await (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .executeChangeSet */ ._A)(cfn, request.stackName, changeSet.changeSetId);
        progress.follow = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .followStack */ .OG)(cfn, request.stackName, 'deployed', options, startedAt);
    }
    // following the stack already read it; an empty change set changed nothing to read again
    const after = progress.follow?.stack ?? (await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .describeStack */ .GO)(cfn, request.stackName));
    if (after)
        progress.after = after;
    progress.outputs = (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__/* .outputsOf */ .Yz)(after);
    progress.current = {
        templateBody: request.templateBody,
        parameters: (0,_parameters_js__WEBPACK_IMPORTED_MODULE_3__/* .recordParameters */ .O8)(after, template),
        stackStatus: after?.StackStatus ?? '',
        ...(request.capabilities.length ? { capabilities: request.capabilities } : {}),
    };
    return progress;
}


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


/***/ })

};
