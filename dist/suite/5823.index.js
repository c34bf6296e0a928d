export const id = 5823;
export const ids = [5823,8909];
export const modules = {

/***/ 8909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   alarmArns: () => (/* binding */ alarmArns),
/* harmony export */   firing: () => (/* binding */ firing),
/* harmony export */   readAlarms: () => (/* binding */ readAlarms)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);

/** Every named alarm AWS knows, in pages of 100 names and following NextToken. */
async function describeAlarms(cloudwatch, names) {
    const { DescribeAlarmsCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
    const found = new Map();
    for (let start = 0; start < names.length; start += 100) {
        let nextToken;
        do {
            const page = await cloudwatch.send(new DescribeAlarmsCommand({
                AlarmNames: names.slice(start, start + 100),
                AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
                ...(nextToken ? { NextToken: nextToken } : {}),
            }));
            for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])])
                if (alarm.AlarmName)
                    found.set(alarm.AlarmName, {
                        name: alarm.AlarmName,
                        state: alarm.StateValue ?? 'INSUFFICIENT_DATA',
                        ...(alarm.StateReason ? { reason: alarm.StateReason } : {}),
                        ...(alarm.AlarmArn ? { arn: alarm.AlarmArn } : {}),
                    });
            nextToken = page.NextToken;
        } while (nextToken);
    }
    return found;
}
function refuseMissing(names, found, input) {
    const missing = names.filter((name) => !found.has(name));
    if (missing.length)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in this region: check the names in '${input}'.`);
}
/** Current state of each named alarm; throws when one does not exist (a typo would watch nothing). */
async function readAlarms(cloudwatch, names) {
    if (names.length === 0)
        return [];
    const found = await describeAlarms(cloudwatch, names);
    refuseMissing(names, found, 'alarms');
    return names.map((name) => {
        const { arn: _arn, ...state } = found.get(name);
        return state;
    });
}
function firing(alarms) {
    return alarms.filter((alarm) => alarm.state === 'ALARM');
}
/** ARNs of alarms given by name or ARN (CloudFormation rollback triggers take ARNs). */
async function alarmArns(cloudwatch, namesOrArns) {
    const names = namesOrArns.filter((item) => !item.startsWith('arn:'));
    if (names.length === 0)
        return [...namesOrArns];
    const found = await describeAlarms(cloudwatch, names);
    refuseMissing(names, found, 'rollback-alarms');
    return namesOrArns.map((item) => found.get(item)?.arn ?? item);
}


/***/ }),

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

/***/ 8204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deployFunction: () => (/* binding */ deployFunction),
/* harmony export */   mergedEnvironment: () => (/* binding */ mergedEnvironment)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5);
/* harmony import */ var _alarms_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8909);
/* harmony import */ var _image_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8802);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4051);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8042);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7354);
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8245);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(386);









function mergedEnvironment(existing, changes) {
    if (!changes)
        return undefined;
    const merged = { ...existing, ...changes };
    const same = Object.keys(merged).length === Object.keys(existing).length &&
        Object.entries(merged).every(([k, v]) => existing[k] === v);
    return same ? undefined : merged;
}
async function deployFunction(clients, request, options, progress = { weights: [] }) {
    const { lambda } = clients;
    const name = request.functionName;
    const snapshot = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .snapshotFunction */ .bB)(lambda, name, request.alias);
    progress.snapshot = snapshot;
    if (request.alias && snapshot.alias)
        progress.alias = snapshot.alias;
    if (request.alarms.length) {
        if (!clients.cloudwatch)
            throw new Error('a CloudWatch client is needed to watch alarms');
        const already = (0,_alarms_read_js__WEBPACK_IMPORTED_MODULE_2__.firing)(await (0,_alarms_read_js__WEBPACK_IMPORTED_MODULE_2__.readAlarms)(clients.cloudwatch, request.alarms));
        if (already.length)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Alarm ${already.map((a) => a.name).join(', ')} is already in ALARM before the release: nothing was changed. Resolve it first.`);
    }
    const architecture = (0,_image_js__WEBPACK_IMPORTED_MODULE_3__.platformArchitecture)(request.architecture ?? snapshot.architecture);
    const resolved = await (0,_image_js__WEBPACK_IMPORTED_MODULE_3__.resolveImage)(clients.ecr, request.image, architecture);
    progress.resolved = resolved;
    const environment = mergedEnvironment(snapshot.environment, request.environment);
    const description = request.description !== undefined && request.description !== snapshot.description
        ? request.description
        : undefined;
    progress.codeChanged = resolved.imageUri !== snapshot.imageUri;
    progress.configurationChanged = environment !== undefined || description !== undefined;
    if (request.dryRun)
        return progress;
    const { UpdateFunctionCodeCommand, UpdateFunctionConfigurationCommand, PublishVersionCommand, TagResourceCommand, } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    // The breadcrumb: only a principal allowed to tag the function can vouch for this record.
    progress.recordId = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_6__/* .newRecordId */ .Ld)();
    await lambda.send(new TagResourceCommand({
        Resource: snapshot.functionArn,
        Tags: {
            [_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_6__/* .BREADCRUMB_KEY */ .gp]: (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_6__/* .breadcrumbOf */ .b5)({
                id: progress.recordId,
                target: 'lambda',
                resource: { functionName: name, ...(request.alias ? { alias: request.alias } : {}) },
                previous: (0,_record_js__WEBPACK_IMPORTED_MODULE_8__.functionPrevious)(snapshot),
            }),
        },
    }));
    progress.changing = true;
    if (progress.codeChanged) {
        options.onProgress?.(`${name}: image ${snapshot.imageUri} → ${resolved.imageUri}`);
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .mutate */ .Tk)(lambda, name, options, () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ImageUri: resolved.imageUri })));
    }
    else {
        options.onProgress?.(`${name}: already runs ${resolved.imageUri}; code left as it is`);
    }
    if (progress.configurationChanged) {
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .mutate */ .Tk)(lambda, name, options, () => lambda.send(new UpdateFunctionConfigurationCommand({
            FunctionName: name,
            ...(environment ? { Environment: { Variables: environment } } : {}),
            ...(description !== undefined ? { Description: description } : {}),
        })));
    }
    if (!request.publish)
        return progress;
    // PublishVersion returns the existing version when nothing changed since it was published.
    const published = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .mutate */ .Tk)(lambda, name, options, () => lambda.send(new PublishVersionCommand({ FunctionName: name })));
    if (!published.Version)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda did not return a version number when publishing ${name}.`);
    progress.version = published.Version;
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .waitForFunction */ .v0)(lambda, name, options, published.Version);
    options.onProgress?.(`${name}: published version ${published.Version}`);
    if (request.alias)
        await moveAlias(clients, request, options, progress, published.Version);
    return progress;
}
async function moveAlias(clients, request, options, progress, version) {
    const { lambda } = clients;
    const name = request.functionName;
    const aliasName = request.alias ?? '';
    const before = progress.snapshot?.alias ?? { name: aliasName, routing: {} };
    const clock = options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml;
    const start = clock.now();
    const { CreateAliasCommand, UpdateAliasCommand, GetAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    const readBack = async (note) => {
        const alias = (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_4__/* .aliasSnapshot */ .Bl)(aliasName, await lambda.send(new GetAliasCommand({ FunctionName: name, Name: aliasName })));
        progress.alias = alias;
        const weights = {};
        let extra = 0;
        for (const [v, weight] of Object.entries(alias.routing)) {
            weights[v] = +(weight * 100).toFixed(3);
            extra += weights[v];
        }
        if (alias.version)
            weights[alias.version] = +(100 - extra).toFixed(3);
        progress.weights.push({ atMs: clock.now() - start, weights, note });
        options.onProgress?.(`${name}:${aliasName} ${Object.entries(weights)
            .map(([v, p]) => `${p}% → ${v}`)
            .join(', ')} (${note})`);
        return alias;
    };
    const { signal: _signal, ...uncancellable } = options;
    const pointAt = (target, routing, cancellable = true) => (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .mutate */ .Tk)(lambda, name, cancellable ? options : uncancellable, () => lambda.send(new UpdateAliasCommand({
        FunctionName: name,
        Name: aliasName,
        FunctionVersion: target,
        RoutingConfig: { AdditionalVersionWeights: routing },
    })), { waitAfter: false });
    if (!before.arn) {
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_7__/* .mutate */ .Tk)(lambda, name, options, () => lambda.send(new CreateAliasCommand({ FunctionName: name, Name: aliasName, FunctionVersion: version })), {
            waitAfter: false,
        });
        await readBack('alias created');
        return;
    }
    if (before.version === version && Object.keys(before.routing).length === 0) {
        await readBack('already at this version');
        return;
    }
    const from = before.version;
    const steps = from && from !== version ? (request.traffic ?? []) : [];
    for (const step of steps) {
        try {
            await pointAt(from ?? version, { [version]: (0,_traffic_js__WEBPACK_IMPORTED_MODULE_5__/* .weightOf */ .mm)(step.percent) });
            await readBack(`step ${step.percent}%`);
            const alarm = await hold(clients, request.alarms, step, options);
            if (alarm) {
                await pointAt(from ?? version, {});
                await readBack(`reverted: ${alarm.name} in ALARM`);
                progress.reverted = { alarm: alarm.name, reason: alarm.reason, atPercent: step.percent };
                return;
            }
        }
        catch (error) {
            // Cancelled or failed mid-shift: send every request back to the previous version first,
            // without the (possibly aborted) signal so the revert itself is not cancelled.
            await pointAt(from ?? version, {}, false).catch(() => undefined);
            await readBack('reverted after an error').catch(() => undefined);
            throw error;
        }
    }
    await pointAt(version, {});
    await readBack(steps.length ? 'shift complete' : 'alias moved');
}
/** Holds one step for its duration, watching the alarms; returns the alarm that fired, if any. */
async function hold(clients, alarms, step, options) {
    const { cloudwatch } = clients;
    if (!alarms.length || !cloudwatch) {
        await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .waitWithProgress */ .lr)(step.holdMs, `holding ${step.percent}%`, {
            ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollHooks */ .A3)(options),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
        if (options.signal?.aborted)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Cancelled while holding ${step.percent}% of the traffic.`);
        return undefined;
    }
    let fired;
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)({
        check: async () => {
            fired = (0,_alarms_read_js__WEBPACK_IMPORTED_MODULE_2__.firing)(await (0,_alarms_read_js__WEBPACK_IMPORTED_MODULE_2__.readAlarms)(cloudwatch, alarms))[0];
            return fired
                ? { status: 'failed', reason: `${fired.name} in ALARM`, state: `${fired.name} in ALARM` }
                : { status: 'pending', state: `holding ${step.percent}%, alarms OK` };
        },
        timeoutMs: step.holdMs,
        initialDelayMs: Math.min(5000, step.holdMs),
        maxDelayMs: 15_000,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollHooks */ .A3)(options),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (outcome.outcome === 'failed' && fired)
        return { name: fired.name, reason: fired.reason ?? 'no reason given' };
    if (outcome.outcome === 'cancelled')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Cancelled while holding ${step.percent}% of the traffic: ${outcome.reason}.`);
    return undefined;
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


/***/ })

};
