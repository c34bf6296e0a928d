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

/** Current state of each named alarm; throws when one does not exist (a typo would watch nothing). */
async function readAlarms(cloudwatch, names) {
    if (names.length === 0)
        return [];
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
                    });
            nextToken = page.NextToken;
        } while (nextToken);
    }
    const missing = names.filter((name) => !found.has(name));
    if (missing.length)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in this region: check the names in 'alarms'.`);
    return names.map((name) => found.get(name));
}
function firing(alarms) {
    return alarms.filter((alarm) => alarm.state === 'ALARM');
}
/** ARNs of alarms given by name or ARN (CloudFormation rollback triggers take ARNs). */
async function alarmArns(cloudwatch, namesOrArns) {
    const names = namesOrArns.filter((item) => !item.startsWith('arn:'));
    if (names.length === 0)
        return [...namesOrArns];
    const { DescribeAlarmsCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 4085, 19));
    const arns = new Map();
    for (let start = 0; start < names.length; start += 100) {
        const page = await cloudwatch.send(new DescribeAlarmsCommand({
            AlarmNames: names.slice(start, start + 100),
            AlarmTypes: ['MetricAlarm', 'CompositeAlarm'],
        }));
        for (const alarm of [...(page.MetricAlarms ?? []), ...(page.CompositeAlarms ?? [])])
            if (alarm.AlarmName && alarm.AlarmArn)
                arns.set(alarm.AlarmName, alarm.AlarmArn);
    }
    const missing = names.filter((name) => !arns.has(name));
    if (missing.length)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`CloudWatch alarm${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not found in this region: check 'rollback-alarms'.`);
    return namesOrArns.map((item) => arns.get(item) ?? item);
}


/***/ })

};
