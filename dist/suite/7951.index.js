export const id = 7951;
export const ids = [7951];
export const modules = {

/***/ 7951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lambdaRollback: () => (/* binding */ lambdaRollback)
/* harmony export */ });
/* unused harmony export restoreLambda */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4291);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4051);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(386);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5);




function sameRouting(a, b) {
    const other = b ?? {};
    const keys = new Set([...Object.keys(a), ...Object.keys(other)]);
    return [...keys].every((key) => Math.abs((a[key] ?? 0) - (other[key] ?? 0)) < 1e-9);
}
/** The live alias is one the deployment left behind: its target, or a shift still under way towards it. */
function aliasIsRecordCurrent(live, record) {
    const current = record.current;
    if (!current?.version)
        return false;
    if (live.version === current.version && sameRouting(live.routing, current.routing))
        return true;
    const previous = record.previous?.version;
    return (live.version === previous && Object.keys(live.routing).every((version) => version === current.version));
}
async function restoreLambda(lambda, record, options) {
    const { functionName, alias } = record.resource;
    const previous = record.previous;
    if (!previous)
        return {
            changed: false,
            from: functionName,
            to: functionName,
            refused: `the record of ${functionName} holds no previous state to restore`,
        };
    const clock = options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const started = clock.now();
    const followed = (state) => ({
        status: 'succeeded',
        state,
        elapsedMs: clock.now() - started,
        polls: 1,
    });
    if (alias && previous.version) {
        const live = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        const target = { name: alias, version: previous.version, routing: previous.routing ?? {} };
        const to = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(target)}`;
        const from = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(live)}`;
        if (live.version === previous.version && sameRouting(live.routing, previous.routing))
            return { changed: false, from, to };
        if (!options.force && !aliasIsRecordCurrent(live, record))
            return {
                changed: false,
                from,
                to,
                refused: `alias ${alias} of ${functionName} points at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(live)}, not at version ${record.current?.version ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
            };
        const { UpdateAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: previous.version,
            RoutingConfig: { AdditionalVersionWeights: previous.routing ?? {} },
        })), { waitAfter: false });
        const after = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        return { changed: true, from, to, follow: followed(`alias at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(after)}`) };
    }
    const live = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotFunction */ .bB)(lambda, functionName);
    const from = `${functionName} → ${live.imageUri}`;
    const to = `${functionName} → ${previous.imageUri}`;
    if (live.imageUri === previous.imageUri)
        return { changed: false, from, to };
    if (!options.force && live.imageUri !== record.current?.imageUri)
        return {
            changed: false,
            from,
            to,
            refused: `${functionName} runs ${live.imageUri}, not ${record.current?.imageUri ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
        };
    const { UpdateFunctionCodeCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ImageUri: previous.imageUri })), { waitAfter: false });
    if (!options.wait)
        return { changed: true, from, to };
    try {
        const config = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitForFunction */ .v0)(lambda, functionName, options);
        return {
            changed: true,
            from,
            to,
            follow: followed(`LastUpdateStatus ${config.LastUpdateStatus ?? 'Successful'}`),
        };
    }
    catch (error) {
        return {
            changed: true,
            from,
            to,
            follow: {
                status: 'failed',
                reason: error instanceof Error ? error.message : String(error),
                state: 'LastUpdateStatus Failed',
                elapsedMs: clock.now() - started,
                polls: 1,
            },
        };
    }
}
/** RollbackAdapter for auto-rollback: one client per record region. */
const lambdaRollback = {
    async restore(record, options) {
        const { LambdaClient } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
        return restoreLambda((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(LambdaClient, { region: record.region }), record, options);
    },
};


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


/***/ }),

/***/ 386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ mutate),
/* harmony export */   v0: () => (/* binding */ waitForFunction)
/* harmony export */ });
/* unused harmony exports FunctionUpdateFailed, isUpdateConflict */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5);



class FunctionUpdateFailed extends _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    name = 'FunctionUpdateFailed';
}
function checkConfiguration(config) {
    const state = config.State ?? 'Active';
    const update = config.LastUpdateStatus ?? 'Successful';
    if (state === 'Failed')
        return {
            status: 'failed',
            reason: `the function is Failed: ${config.StateReason ?? 'no reason given'}`,
            state,
        };
    if (update === 'Failed')
        return {
            status: 'failed',
            reason: `the last update failed${config.LastUpdateStatusReasonCode ? ` (${config.LastUpdateStatusReasonCode})` : ''}: ${config.LastUpdateStatusReason ?? 'no reason given'}`,
            state: `LastUpdateStatus ${update}`,
        };
    if (state === 'Pending' || update === 'InProgress')
        return { status: 'pending', state: `State ${state}, LastUpdateStatus ${update}` };
    return { status: 'done', value: config, state: `State ${state}, LastUpdateStatus ${update}` };
}
/** Polls the function (or one version) until its last update has settled; throws when it failed. */
async function waitForFunction(lambda, functionName, options, qualifier) {
    const { GetFunctionConfigurationCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    // Settled at the first look is the usual case: only a real wait is worth a progress line.
    let waited = false;
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)({
        check: async () => {
            const check = checkConfiguration(await lambda.send(new GetFunctionConfigurationCommand({
                FunctionName: functionName,
                ...(qualifier ? { Qualifier: qualifier } : {}),
            })));
            if (check.status !== 'done')
                waited = true;
            return check;
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: 500,
        maxDelayMs: options.maxPollIntervalMs ?? 5000,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollHooks */ .A3)(options),
        onProgress: (line) => {
            if (waited)
                options.onProgress?.(`${functionName}${qualifier ? `:${qualifier}` : ''}: ${line}`);
        },
    });
    switch (outcome.outcome) {
        case 'done':
            return outcome.value;
        case 'failed':
            throw new FunctionUpdateFailed(`Lambda function ${functionName}: ${outcome.reason}.`);
        case 'timeout':
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda function ${functionName} did not settle within ${Math.round(options.timeoutMs / 1000)}s (${outcome.state}).`);
        case 'cancelled':
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Stopped waiting for Lambda function ${functionName}: ${outcome.reason}.`);
    }
}
function isUpdateConflict(error) {
    return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) === 'ResourceConflictException';
}
const MAX_CONFLICT_RETRIES = 5;
/**
 * Runs one mutating call between two waits. A ResourceConflictException ("an update is in
 * progress", from another client or a settling configuration) is retried after waiting again.
 */
async function mutate(lambda, functionName, options, call, { waitAfter = true } = {}) {
    for (let attempt = 1;; attempt += 1) {
        await waitForFunction(lambda, functionName, options);
        try {
            const result = await call();
            if (waitAfter)
                await waitForFunction(lambda, functionName, options);
            return result;
        }
        catch (error) {
            if (!isUpdateConflict(error) || attempt >= MAX_CONFLICT_RETRIES)
                throw error;
            options.onProgress?.(`${functionName}: an update is in progress (ResourceConflictException); waiting to retry`);
            // A conflict can be reported before GetFunctionConfiguration shows InProgress.
            await (options.sleep ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .realSleep */ .uk)(1000 * attempt, options.signal);
        }
    }
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
