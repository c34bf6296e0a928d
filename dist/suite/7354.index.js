export const id = 7354;
export const ids = [7354];
export const modules = {

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   functionOutputs: () => (/* binding */ functionOutputs),
/* harmony export */   functionPrevious: () => (/* binding */ functionPrevious),
/* harmony export */   functionRecord: () => (/* binding */ functionRecord),
/* harmony export */   stackRecord: () => (/* binding */ stackRecord)
/* harmony export */ });
/* harmony import */ var _record_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1349);
// The deployment records of a Lambda deploy (direct mode) and of a CloudFormation stack deploy,
// built from what the deploy reached; shared by deploy-lambda-image and the root release action.

/** The record's `previous`: what the function (and alias) ran when the deploy read it. */
function functionPrevious(snapshot) {
    const previousVersion = snapshot.alias?.version;
    return {
        imageUri: snapshot.imageUri,
        ...(previousVersion ? { version: previousVersion } : {}),
        ...(snapshot.alias && Object.keys(snapshot.alias.routing).length
            ? { routing: snapshot.alias.routing }
            : {}),
    };
}
/** Undefined when the function was never read (nothing to restore). */
function functionRecord(progress, resource, outcome) {
    const snapshot = progress.snapshot;
    if (!snapshot)
        return undefined;
    return {
        schema: _record_record_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_SCHEMA */ .ep,
        ...(progress.recordId ? { id: progress.recordId } : {}),
        target: 'lambda',
        region: outcome.region,
        resource: { functionName: resource.functionName, ...(resource.alias ? { alias: resource.alias } : {}) },
        previous: functionPrevious(snapshot),
        // stopped before any change: nothing to restore
        current: progress.resolved && progress.changing
            ? {
                imageUri: progress.resolved.imageUri,
                ...(resource.alias && progress.version ? { version: progress.version } : {}),
            }
            : null,
        status: outcome.status,
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        ...(outcome.message ? { message: outcome.message } : {}),
    };
}
/** The deploy-lambda-image outputs of a direct-mode deploy. */
function functionOutputs(progress) {
    const previousVersion = progress.snapshot?.alias?.version;
    return {
        ...(progress.snapshot ? { 'function-arn': progress.snapshot.functionArn } : {}),
        ...(progress.version ? { version: progress.version } : {}),
        ...(previousVersion ? { 'previous-version': previousVersion } : {}),
        ...(progress.resolved ? { 'image-uri': progress.resolved.imageUri } : {}),
        ...(progress.alias?.arn ? { 'alias-arn': progress.alias.arn } : {}),
    };
}
/** Undefined when the stack was never read (nothing to restore). */
function stackRecord(progress, stackName, outcome) {
    if (progress.previous === undefined)
        return undefined;
    return {
        schema: _record_record_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_SCHEMA */ .ep,
        ...(progress.recordId ? { id: progress.recordId } : {}),
        target: 'cloudformation',
        region: outcome.region,
        resource: { stackName },
        previous: progress.previous,
        current: progress.current ?? null,
        status: outcome.status,
        startedAt: outcome.startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        ...(outcome.message ? { message: outcome.message } : {}),
    };
}


/***/ })

};
