export const id = 7951;
export const ids = [7951,5929];
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

/***/ 7951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lambdaRollback: () => (/* binding */ lambdaRollback)
/* harmony export */ });
/* unused harmony export restoreLambda */
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8245);
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4291);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4051);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(386);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5);





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
/** `registry/repository` of an image reference, without tag or digest. */
function repositoryOf(image) {
    const withoutDigest = image.split('@')[0] ?? image;
    const lastSlash = withoutDigest.lastIndexOf('/');
    const colon = withoutDigest.lastIndexOf(':');
    return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}
async function restoreLambda(lambda, record, options) {
    const { functionName, alias } = record.resource;
    const previous = record.previous;
    if (!previous || !record.current)
        return {
            changed: false,
            from: functionName,
            to: functionName,
            refused: `the record of ${functionName} holds no change to undo`,
        };
    // GetFunction reads the breadcrumb tag and, for a function without alias, what it runs
    const fn = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotFunction */ .bB)(lambda, functionName);
    if (!options.trustLiveState) {
        const mismatch = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .breadcrumbMismatch */ .O8)(record, fn.tags[_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .BREADCRUMB_KEY */ .gp], `function ${functionName}`);
        if (mismatch)
            return { changed: false, from: functionName, to: functionName, refused: mismatch };
    }
    const clock = options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_4__/* .systemClock */ .ml;
    const started = clock.now();
    const followed = (state) => ({
        status: 'succeeded',
        state,
        elapsedMs: clock.now() - started,
        polls: 1,
    });
    if (alias && previous.version) {
        const live = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        const target = { name: alias, version: previous.version, routing: previous.routing ?? {} };
        const to = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAlias */ .IN)(target)}`;
        const from = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAlias */ .IN)(live)}`;
        if (live.version === previous.version && sameRouting(live.routing, previous.routing))
            return { changed: false, from, to };
        if (!options.force && !aliasIsRecordCurrent(live, record))
            return {
                changed: false,
                from,
                to,
                refused: `alias ${alias} of ${functionName} points at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAlias */ .IN)(live)}, not at version ${record.current?.version ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
            };
        const { UpdateAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: previous.version,
            RoutingConfig: { AdditionalVersionWeights: previous.routing ?? {} },
        })), { waitAfter: false });
        const after = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        return { changed: true, from, to, follow: followed(`alias at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_2__/* .describeAlias */ .IN)(after)}`) };
    }
    const live = fn;
    const from = `${functionName} → ${live.imageUri}`;
    const to = `${functionName} → ${previous.imageUri}`;
    if (live.imageUri === previous.imageUri)
        return { changed: false, from, to };
    if (repositoryOf(previous.imageUri) !== repositoryOf(live.imageUri))
        return {
            changed: false,
            from,
            to,
            refused: `${previous.imageUri} is not from ${repositoryOf(live.imageUri)}, the repository ${functionName} runs images from: a rollback stays within the function's own lineage.`,
        };
    if (!options.force && live.imageUri !== record.current?.imageUri)
        return {
            changed: false,
            from,
            to,
            refused: `${functionName} runs ${live.imageUri}, not ${record.current?.imageUri ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
        };
    const { UpdateFunctionCodeCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ImageUri: previous.imageUri })), { waitAfter: false });
    if (!options.wait)
        return { changed: true, from, to };
    try {
        const config = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitForFunction */ .v0)(lambda, functionName, options);
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
        return restoreLambda((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_1__.createClient)(LambdaClient, { region: record.region }), record, options);
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
        tags: { ...(response.Tags ?? {}) },
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
