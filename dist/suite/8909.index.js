export const id = 8909;
export const ids = [8909];
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


/***/ })

};
