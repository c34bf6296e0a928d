export const id = 6794;
export const ids = [6794,8909];
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


/***/ })

};
