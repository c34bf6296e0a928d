export const id = 9229;
export const ids = [9229,8909,6794];
export const modules = {

/***/ 9229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchBakeWindow: () => (/* binding */ watchBakeWindow)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4085);
/* harmony import */ var _shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4291);
/* harmony import */ var _shared_alarms_watch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6794);



async function watchBakeWindow(alarms, region, options) {
    const client = (0,_shared_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(_aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_2__.CloudWatchClient, { region });
    return (0,_shared_alarms_watch_js__WEBPACK_IMPORTED_MODULE_1__.watchAlarms)({
        client,
        names: alarms.names,
        bakeTimeMs: alarms.bakeTimeMs,
        atStart: alarms.atStart,
        maxPollIntervalMs: options.maxPollIntervalMs,
        signal: options.signal,
        onProgress: options.onProgress,
    });
}


/***/ }),

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

/***/ 6794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   watchAlarms: () => (/* binding */ watchAlarms)
/* harmony export */ });
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8909);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5);


async function watchAlarms(options) {
    const initial = await (0,_read_js__WEBPACK_IMPORTED_MODULE_0__.readAlarms)(options.client, options.names);
    const alreadyInAlarm = initial.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
    const first = initial.find((alarm) => alarm.state === 'ALARM');
    if (options.atStart === 'fail' && first)
        return {
            outcome: 'alarm',
            alarm: first.name,
            reason: `alarm ${first.name} was already in ALARM when the bake window started: ${first.reason ?? ''}`,
            alreadyInAlarm,
            polls: 1,
            elapsedMs: 0,
        };
    // With 'ignore', an alarm already firing counts only once it has recovered and fires again.
    const ignored = new Set(alreadyInAlarm);
    const watch = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollUntil */ .g3)({
        timeoutMs: options.bakeTimeMs,
        initialDelayMs: 5000,
        maxDelayMs: options.maxPollIntervalMs ?? 15_000,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_1__/* .pollHooks */ .A3)(options),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        check: async (attempt) => {
            const alarms = attempt === 1 ? initial : await (0,_read_js__WEBPACK_IMPORTED_MODULE_0__.readAlarms)(options.client, options.names);
            for (const alarm of alarms)
                if (alarm.state !== 'ALARM')
                    ignored.delete(alarm.name);
            const firing = alarms.find((alarm) => alarm.state === 'ALARM' && !ignored.has(alarm.name));
            if (firing)
                return {
                    status: 'failed',
                    reason: firing.reason ?? 'no reason given',
                    value: firing,
                    state: `${firing.name} in ALARM`,
                };
            const quiet = alarms.length - alarms.filter((alarm) => alarm.state === 'ALARM').length;
            return { status: 'pending', state: `${quiet}/${alarms.length} alarm(s) not in ALARM` };
        },
    });
    const base = { alreadyInAlarm, polls: watch.attempts, elapsedMs: watch.elapsedMs };
    if (watch.outcome === 'failed' && watch.value)
        return {
            outcome: 'alarm',
            alarm: watch.value.name,
            reason: `alarm ${watch.value.name} entered ALARM: ${watch.reason}`,
            ...base,
        };
    if (watch.outcome === 'cancelled')
        return { outcome: 'cancelled', ...base };
    return { outcome: 'clear', ...base };
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
