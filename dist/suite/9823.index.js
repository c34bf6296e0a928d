export const id = 9823;
export const ids = [9823];
export const modules = {

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   latencyChart: () => (/* binding */ latencyChart),
/* harmony export */   renderSmokeSummary: () => (/* binding */ renderSmokeSummary)
/* harmony export */ });
/* harmony import */ var _action_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2173);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
// The smoke-test part of a job summary: a table of checks, the failures in words, and a Mermaid
// xychart-beta of latency (GitHub renders it) when there are several samples.


const RESULT = {
    passed: '✅ passed',
    failed: '❌ failed',
    timeout: '❌ timed out',
    cancelled: '⏹️ cancelled',
};
const MAX_CHART_POINTS = 60;
function latencyCell(check) {
    return check.latencyMs
        ? `${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.latencyMs.median)} / ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(check.latencyMs.p95)}`
        : '–';
}
function certificateCell(check) {
    if (!check.certificate)
        return '–';
    const days = check.certificate.daysLeft;
    return days < 0 ? `expired ${-days} d ago` : `${days}`;
}
/** Text inside a Mermaid string: no quotes, brackets or line breaks. */
function chartLabel(text, max = 24) {
    const clean = text
        .replace(/["'`\\[\]\r\n;]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}
function axisTop(values) {
    const top = Math.max(1, ...values);
    return Math.ceil((top * 11) / 10);
}
/** Mermaid xychart-beta source, or undefined when there are fewer than two samples. */
function latencyChart(report) {
    const measured = report.checks.filter((check) => check.samplesMs.length > 0);
    const samples = measured.reduce((total, check) => total + check.samplesMs.length, 0);
    if (samples < 2)
        return undefined;
    const [only] = measured;
    if (measured.length === 1 && only) {
        const points = only.samplesMs.slice(-MAX_CHART_POINTS).map((ms) => Math.round(ms));
        const first = only.samplesMs.length - points.length + 1;
        return [
            'xychart-beta',
            `  title ${chartLabel(`Latency per attempt: ${only.name}`, 60)}`,
            `  x-axis "attempt" [${points.map((_, index) => first + index).join(', ')}]`,
            `  y-axis "latency (ms)" 0 --> ${axisTop(points)}`,
            `  line [${points.join(', ')}]`,
        ].join('\n');
    }
    const medians = measured.map((check) => Math.round(check.latencyMs?.median ?? 0));
    const p95s = measured.map((check) => Math.round(check.latencyMs?.p95 ?? 0));
    return [
        'xychart-beta',
        '  title "Latency per check: median (bars) and p95 (line), ms"',
        `  x-axis [${measured.map((check) => chartLabel(check.name)).join(', ')}]`,
        `  y-axis "latency (ms)" 0 --> ${axisTop(p95s)}`,
        `  bar [${medians.join(', ')}]`,
        `  line [${p95s.join(', ')}]`,
    ].join('\n');
}
function renderSmokeSummary(summary, report, title = 'Smoke test') {
    const failed = report.checks.filter((check) => !check.passed);
    summary.heading(title);
    if (report.checks.length === 0)
        summary.status('failure', 'No checks were run.');
    else if (failed.length === 0)
        summary.status('success', `All ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} passed in ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(report.elapsedMs)}.`);
    else
        summary.status('failure', `${failed.length} of ${report.checks.length} checks failed after ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(report.elapsedMs)}.`);
    const rows = report.checks.map((check) => [
        check.name,
        RESULT[check.outcome],
        String(check.attempts),
        check.lastStatus === null ? '–' : String(check.lastStatus),
        latencyCell(check),
        certificateCell(check),
    ]);
    summary.table(['Check', 'Result', 'Attempts', 'Last status', 'Latency median / p95', 'Certificate days left'], rows);
    if (failed.length > 0) {
        summary.heading('Why checks failed', 3);
        summary.list(failed.map((check) => ({
            markdown: `${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(check.name)}: ${(0,_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(check.failureReason ?? '')}`,
        })));
    }
    const chart = latencyChart(report);
    if (chart)
        summary.codeBlock(chart, 'mermaid');
    return summary;
}


/***/ })

};
