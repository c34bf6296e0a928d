export const id = 7058;
export const ids = [7058];
export const modules = {

/***/ 7058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportSummary: () => (/* binding */ reportSummary)
/* harmony export */ });
/* harmony import */ var _shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2173);
// The job summary: each resource and setting with created / ok / drift / fixed, and the backend config.

const STATUS_TEXT = {
    created: '🆕 created',
    ok: '✅ ok',
    drift: '⚠️ drift',
    fixed: '🔧 fixed',
};
function reportSummary(summary, options, result, elapsedMs) {
    const drifted = result.drift.filter((entry) => !entry.fixed).length;
    summary.heading('state-bootstrap');
    summary.status(drifted > 0 ? 'warning' : 'success', (0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`Bucket ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(options.bucket)}${options.lockTable ? ` and lock table ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(options.lockTable)}` : ''} in ${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(options.region)}: ` +
        (result.created.length > 0
            ? `created ${result.created.map((entry) => entry.resource).join(' and ')}`
            : 'already there') +
        (drifted > 0 ? `; ${drifted} setting(s) drifted (rerun with \`fix-drift: true\` to fix them)` : '') +
        ` in ${(elapsedMs / 1000).toFixed(1)}s.`));
    summary.table(['Resource', 'Setting', 'Expected', 'Found', 'Status'], result.settings.map((entry) => [
        entry.resource,
        entry.setting,
        entry.expected,
        entry.status === 'created' ? '—' : entry.found,
        STATUS_TEXT[entry.status],
    ]));
    if (options.locking === 'dynamodb')
        summary.paragraph('DynamoDB locking is deprecated since Terraform and OpenTofu 1.10; `locking: both` keeps the table while moving to the S3 lock file.');
    summary.heading(result.backendConfigFile
        ? (0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .raw */ .lS)(`Backend config (${(0,_shared_action_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(result.backendConfigFile.path)})`)
        : 'Backend config', 3);
    summary.codeBlock(result.backendConfig, 'hcl');
}


/***/ })

};
