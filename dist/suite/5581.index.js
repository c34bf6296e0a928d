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
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6057);
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8245);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8128);







async function templateParameters(cfn, templateBody) {
    const { GetTemplateSummaryCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    const summary = await cfn.send(new GetTemplateSummaryCommand({ TemplateBody: templateBody }));
    return (summary.Parameters ?? []).flatMap((p) => p.ParameterKey
        ? [{ key: p.ParameterKey, noEcho: p.NoEcho === true, hasDefault: p.DefaultValue !== undefined }]
        : []);
}
/** Brings a stack to a state it can be updated from: waits out an operation, continues a stuck rollback. */
async function settle(cfn, request, options, progress) {
    let stack = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .describeStack */ .GO)(cfn, request.stackName);
    const status = stack?.StackStatus ?? '';
    if (stack && (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .isInProgress */ .LT)(status)) {
        options.onProgress?.(`${request.stackName} is ${status}: waiting for that operation to end first`);
        const settled = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .followStack */ .OG)(cfn, request.stackName, 'rolled-back', options);
        stack = settled.stack;
    }
    const now = stack?.StackStatus ?? '';
    if (now === 'ROLLBACK_COMPLETE')
        throw (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .rollbackCompleteError */ .Wg)(request.stackName);
    if (now === 'UPDATE_ROLLBACK_FAILED') {
        if (request.dryRun)
            return stack;
        const { ContinueUpdateRollbackCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
        options.onProgress?.(`${request.stackName} is UPDATE_ROLLBACK_FAILED: continuing the rollback first`);
        await cfn.send(new ContinueUpdateRollbackCommand({ StackName: request.stackName }));
        progress.continuedRollback = true;
        const continued = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .followStack */ .OG)(cfn, request.stackName, 'rolled-back', options);
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
        showParameters: request.showParameters,
    });
    progress.plan = plan;
    const sealKey = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__/* .newSealKey */ .Z9)();
    const set = plan.rows.filter((row) => row.action === 'set').map((row) => row.key);
    progress.previous =
        exists && before
            ? (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .previousStackState */ .tY)(before, await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .templateOf */ .kW)(cfn, request.stackName), set, sealKey, plan.secretKeys)
            : null;
    if (request.dryRun)
        return progress;
    progress.recordId = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__/* .newRecordId */ .Ld)();
    const breadcrumb = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__/* .breadcrumbOf */ .b5)({
        id: progress.recordId,
        target: 'cloudformation',
        resource: { stackName: request.stackName },
        previous: progress.previous,
    }, sealKey);
    // Tags given replace the stack's tags: keep the others, the new breadcrumb replaces the old one.
    const tags = {
        ...Object.fromEntries((exists ? (before?.Tags ?? []) : []).flatMap((tag) => tag.Key && tag.Key !== _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__/* .BREADCRUMB_KEY */ .gp ? [[tag.Key, tag.Value ?? '']] : [])),
        ...request.tags,
        [_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_5__/* .BREADCRUMB_KEY */ .gp]: breadcrumb,
    };
    const startedAt = new Date(clock.now());
    const changeSet = await (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .createChangeSet */ .V$)(cfn, {
        StackName: request.stackName,
        ChangeSetName: (0,_changeset_js__WEBPACK_IMPORTED_MODULE_2__/* .changeSetName */ .G)(startedAt, request.caller),
        ChangeSetType: exists ? 'UPDATE' : 'CREATE',
        TemplateBody: request.templateBody,
        Parameters: plan.parameters,
        Capabilities: request.capabilities,
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
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
        progress.follow = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .followStack */ .OG)(cfn, request.stackName, 'deployed', options, startedAt);
    }
    // following the stack already read it; an empty change set changed nothing to read again
    const after = progress.follow?.stack ?? (await (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .describeStack */ .GO)(cfn, request.stackName));
    if (after)
        progress.after = after;
    progress.outputs = (0,_stack_js__WEBPACK_IMPORTED_MODULE_6__/* .outputsOf */ .Yz)(after);
    progress.current = (0,_state_js__WEBPACK_IMPORTED_MODULE_4__/* .currentStackState */ .HQ)(after, request.templateBody, request.capabilities, plan.secretKeys);
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


/***/ })

};
