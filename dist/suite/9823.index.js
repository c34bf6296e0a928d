export const id = 9823;
export const ids = [9823];
export const modules = {

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   chartLabels: () => (/* binding */ chartLabels),
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
function chartText(text) {
    return text
        .replace(/["'`\\[\]\r\n;]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Long text cut in the middle, where two names of one host differ least. */
function shorten(text, max) {
    if (text.length <= max)
        return text;
    const head = Math.ceil((max - 1) / 3);
    return `${text.slice(0, head).trimEnd()}…${text.slice(text.length - (max - 1 - head)).trimStart()}`;
}
const MAX_LABEL = 24;
/**
 * One label per check, unique within the chart: `METHOD url` names on one origin lose the origin
 * (and the method when all share it), long ones are cut in the middle, and any that still collide
 * are numbered.
 */
function chartLabels(names) {
    const parsed = names.map((name) => /^([A-Z]+) (https?:\/\/\S+)$/.exec(name));
    let labels = names.map(chartText);
    const urls = parsed.map((match) => match && URL.canParse(match[2] ?? '') ? new URL(match[2] ?? '') : undefined);
    if (urls.every((url) => url !== undefined) && new Set(urls.map((url) => url.origin)).size === 1) {
        const oneMethod = new Set(parsed.map((match) => match?.[1])).size === 1;
        labels = urls.map((url, index) => chartText(`${oneMethod ? '' : `${parsed[index]?.[1] ?? ''} `}${url.pathname}${url.search}`));
    }
    labels = labels.map((label) => shorten(label, MAX_LABEL));
    const seen = new Map();
    return labels.map((label) => {
        const count = (seen.get(label) ?? 0) + 1;
        seen.set(label, count);
        const taken = labels.filter((other) => other === label).length > 1;
        return taken ? `${shorten(label, MAX_LABEL - 3)} #${count}` : label;
    });
}
function quoted(text, max) {
    return `"${shorten(chartText(text), max)}"`;
}
function axisTop(values) {
    const top = Math.max(1, ...values);
    return Math.ceil((top * 11) / 10);
}
/** Fewer samples than this for one check: the table's median and p95 already say it all. */
const MIN_TREND_SAMPLES = 3;
/** Fewer checks than this: the table's rows compare them as well as bars would. */
const MIN_COMPARED_CHECKS = 3;
/**
 * Mermaid xychart-beta source, or undefined when it would add nothing to the table: one check's
 * latency per attempt (a trend the table does not show), or several checks side by side.
 */
function latencyChart(report) {
    const measured = report.checks.filter((check) => check.samplesMs.length > 0);
    const [only] = measured;
    if (measured.length === 1 && only) {
        if (only.samplesMs.length < MIN_TREND_SAMPLES)
            return undefined;
        const points = only.samplesMs.slice(-MAX_CHART_POINTS).map((ms) => Math.round(ms));
        const first = only.samplesMs.length - points.length + 1;
        return [
            'xychart-beta',
            `  title ${quoted(`Latency per attempt: ${only.name}`, 60)}`,
            `  x-axis "attempt" [${points.map((_, index) => first + index).join(', ')}]`,
            `  y-axis "latency (ms)" 0 --> ${axisTop(points)}`,
            `  line [${points.join(', ')}]`,
        ].join('\n');
    }
    if (measured.length < MIN_COMPARED_CHECKS)
        return undefined;
    const medians = measured.map((check) => Math.round(check.latencyMs?.median ?? 0));
    const p95s = measured.map((check) => Math.round(check.latencyMs?.p95 ?? 0));
    return [
        'xychart-beta',
        '  title "Latency per check: median (bars) and p95 (line), ms"',
        `  x-axis [${chartLabels(measured.map((check) => check.name))
            .map((label) => `"${label}"`)
            .join(', ')}]`,
        `  y-axis "latency (ms)" 0 --> ${axisTop(p95s)}`,
        `  bar [${medians.join(', ')}]`,
        `  line [${p95s.join(', ')}]`,
    ].join('\n');
}
/**
 * `reasons: false` when the caller tells why the checks failed itself (the release's timeline), so
 * the reasons appear once.
 */
function renderSmokeSummary(summary, report, title = 'Smoke test', options = {}) {
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
    if (failed.length > 0 && options.reasons !== false) {
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
