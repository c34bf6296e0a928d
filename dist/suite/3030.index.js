export const id = 3030;
export const ids = [3030];
export const modules = {

/***/ 3030:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2988);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('smoke-test', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./shared/http/checks.ts
var http_checks = __webpack_require__(6738);
// EXTERNAL MODULE: ./shared/http/secrets.ts
var secrets = __webpack_require__(5042);
// EXTERNAL MODULE: ./shared/action/secrets.ts
var action_secrets = __webpack_require__(1096);
// EXTERNAL MODULE: ./shared/http/inputs.ts
var http_inputs = __webpack_require__(6430);
;// CONCATENATED MODULE: ./actions/smoke-test/src/inputs.ts



function method() {
    return {
        required: false,
        default: 'GET',
        accepted: http_checks/* METHOD_ACCEPTED */.YP,
        parse(raw, name) {
            const parsed = (0,http_checks/* parseMethod */.$x)(raw);
            if (!parsed)
                throw new inputs/* InputError */.dz(name, raw, http_checks/* METHOD_ACCEPTED */.YP);
            return parsed;
        },
    };
}
const inputs_inputs = {
    ...http_inputs/* smokeInputs */.Nh,
    checks: (0,http_inputs/* checksInput */.a)(),
    method: method(),
    'max-latency': inputs/* input */.hF.duration({ min: 1, max: 10 * 60_000 }),
    'fail-fast-status': (0,http_inputs/* statusSpec */.uM)(),
    'follow-redirects': inputs/* input */.hF.boolean({ default: true }),
    insecure: inputs/* input */.hF.boolean({ default: false }),
    'min-cert-days': inputs/* input */.hF.integer({ default: 14, min: 0, max: 3650 }),
};
const inputs_outputs = ['passed', 'failed-checks', 'report'];

;// CONCATENATED MODULE: ./actions/smoke-test/src/main.ts









function describeCheck(check) {
    const expectations = [`status ${check.expectStatus.text}`];
    if (check.expectBody !== undefined)
        expectations.push(`body contains ${JSON.stringify(check.expectBody)}`);
    if (check.expectBodyRegex)
        expectations.push(`body matches /${check.expectBodyRegex.source}/`);
    for (const [path, value] of Object.entries(check.expectJson ?? {}))
        expectations.push(`${path} = ${JSON.stringify(value)}`);
    for (const name of Object.keys(check.expectHeader ?? {}))
        expectations.push(`header ${name}`);
    if (check.maxLatencyMs !== undefined)
        expectations.push(`latency ≤ ${(0,duration/* formatDuration */.a3)(check.maxLatencyMs)}`);
    return `${check.name}: expects ${expectations.join(', ')}`;
}
async function main(context) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const entries = (0,http_checks/* parseCheckEntries */.eG)(values.checks, 'checks');
    if (values.url.length === 0 && entries.length === 0)
        throw new inputs/* InputError */.dz('url', '', 'one or more URLs in `url`, or a `checks` list');
    const checks = (0,http_checks/* buildChecks */.US)(values.url, entries, {
        method: values.method,
        headers: values.headers,
        expectStatus: values['expect-status'] ?? { text: '2xx', ranges: [[200, 299]] },
        maxLatencyMs: values['max-latency'],
    });
    (0,secrets/* maskChecks */.Ib)(checks, entries.map((entry) => entry.headers));
    const options = {
        timeoutMs: values.timeout,
        requestTimeoutMs: values['request-timeout'],
        intervalMs: values.interval,
        consecutiveSuccesses: values['consecutive-successes'],
        failFastStatus: values['fail-fast-status'],
        followRedirects: values['follow-redirects'],
        insecure: values.insecure,
        minCertDays: values['min-cert-days'],
    };
    await (0,runtime/* group */.Os)(`Checks (${checks.length}, up to ${(0,duration/* formatDuration */.a3)(options.timeoutMs)})`, async () => {
        for (const check of checks)
            (0,runtime/* info */.pq)(describeCheck(check));
    });
    const { runSmokeChecks, reportForOutput } = await __webpack_require__.e(/* import() */ 8600).then(__webpack_require__.bind(__webpack_require__, 8600));
    const { renderSmokeSummary } = await __webpack_require__.e(/* import() */ 9823).then(__webpack_require__.bind(__webpack_require__, 9823));
    const report = await runSmokeChecks(checks, {
        ...options,
        signal: context.signal,
        // a server may reflect the request's credentials in the body excerpts
        onProgress: (check, line) => (0,runtime/* info */.pq)((0,action_secrets/* redact */.E$)(`[${check.name}] ${line}`)),
    });
    const failed = report.checks.filter((check) => !check.passed);
    (0,outputs/* writeOutputs */.K)(inputs_outputs, {
        passed: report.passed,
        'failed-checks': failed.map((check) => check.name),
        report: reportForOutput(report),
    });
    renderSmokeSummary(context.summary, report);
    if (context.signal.aborted)
        throw new errors/* ActionError */.lZ(`Smoke test cancelled with ${failed.length} of ${report.checks.length} checks not passed.`);
    if (failed.length > 0)
        throw new errors/* ActionError */.lZ(`Smoke test failed: ${failed.length} of ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} failed: ` +
            failed.map((check) => `${check.name}: ${check.failureReason ?? check.outcome}`).join(' | '));
    (0,runtime/* info */.pq)(`All ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} passed in ${(0,duration/* formatDuration */.a3)(report.elapsedMs)}.`);
}


/***/ })

};
