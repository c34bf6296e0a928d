export const id = 951;
export const ids = [951];
export const modules = {

/***/ 7951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lambdaRollback: () => (/* binding */ lambdaRollback)
/* harmony export */ });
/* unused harmony export restoreLambda */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4291);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6432);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(386);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5);




function sameRouting(a, b) {
    const other = b ?? {};
    const keys = new Set([...Object.keys(a), ...Object.keys(other)]);
    return [...keys].every((key) => Math.abs((a[key] ?? 0) - (other[key] ?? 0)) < 1e-9);
}
/** The live alias is one the deployment left behind: its target, or a shift still under way towards it. */
function aliasIsRecordCurrent(live, record) {
    const current = record.current;
    if (!current?.version)
        return false;
    if (live.version === current.version && sameRouting(live.routing, current.routing))
        return true;
    const previous = record.previous?.version;
    return (live.version === previous && Object.keys(live.routing).every((version) => version === current.version));
}
async function restoreLambda(lambda, record, options) {
    const { functionName, alias } = record.resource;
    const previous = record.previous;
    if (!previous)
        return {
            changed: false,
            from: functionName,
            to: functionName,
            refused: `the record of ${functionName} holds no previous state to restore`,
        };
    const clock = options.clock ?? _wait_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .systemClock */ .ml;
    const started = clock.now();
    const followed = (state) => ({
        status: 'succeeded',
        state,
        elapsedMs: clock.now() - started,
        polls: 1,
    });
    if (alias && previous.version) {
        const live = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        const target = { name: alias, version: previous.version, routing: previous.routing ?? {} };
        const to = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(target)}`;
        const from = `${functionName}:${alias} → ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(live)}`;
        if (live.version === previous.version && sameRouting(live.routing, previous.routing))
            return { changed: false, from, to };
        if (!options.force && !aliasIsRecordCurrent(live, record))
            return {
                changed: false,
                from,
                to,
                refused: `alias ${alias} of ${functionName} points at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(live)}, not at version ${record.current?.version ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
            };
        const { UpdateAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
        await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateAliasCommand({
            FunctionName: functionName,
            Name: alias,
            FunctionVersion: previous.version,
            RoutingConfig: { AdditionalVersionWeights: previous.routing ?? {} },
        })), { waitAfter: false });
        const after = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAlias */ .vK)(lambda, functionName, alias);
        return { changed: true, from, to, follow: followed(`alias at ${(0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .describeAlias */ .IN)(after)}`) };
    }
    const live = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotFunction */ .bB)(lambda, functionName);
    const from = `${functionName} → ${live.imageUri}`;
    const to = `${functionName} → ${previous.imageUri}`;
    if (live.imageUri === previous.imageUri)
        return { changed: false, from, to };
    if (!options.force && live.imageUri !== record.current?.imageUri)
        return {
            changed: false,
            from,
            to,
            refused: `${functionName} runs ${live.imageUri}, not ${record.current?.imageUri ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
        };
    const { UpdateFunctionCodeCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .mutate */ .Tk)(lambda, functionName, options, () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ImageUri: previous.imageUri })), { waitAfter: false });
    if (!options.wait)
        return { changed: true, from, to };
    try {
        const config = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_2__/* .waitForFunction */ .v0)(lambda, functionName, options);
        return {
            changed: true,
            from,
            to,
            follow: followed(`LastUpdateStatus ${config.LastUpdateStatus ?? 'Successful'}`),
        };
    }
    catch (error) {
        return {
            changed: true,
            from,
            to,
            follow: {
                status: 'failed',
                reason: error instanceof Error ? error.message : String(error),
                state: 'LastUpdateStatus Failed',
                elapsedMs: clock.now() - started,
                polls: 1,
            },
        };
    }
}
/** RollbackAdapter for auto-rollback: one client per record region. */
const lambdaRollback = {
    async restore(record, options) {
        const { LambdaClient } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
        return restoreLambda((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__.createClient)(LambdaClient, { region: record.region }), record, options);
    },
};


/***/ }),

/***/ 6432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ aliasSnapshot),
/* harmony export */   IN: () => (/* binding */ describeAlias),
/* harmony export */   ac: () => (/* binding */ liveImage),
/* harmony export */   bB: () => (/* binding */ snapshotFunction),
/* harmony export */   vK: () => (/* binding */ snapshotAlias)
/* harmony export */ });
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);


async function snapshotFunction(lambda, functionName, aliasName) {
    const { GetFunctionCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    let response;
    try {
        response = await lambda.send(new GetFunctionCommand({ FunctionName: functionName }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Lambda function ${functionName} was not found in this region: this action updates an existing container-image function (create it first, for example with the CloudFormation mode and 'stack-name').`);
        throw error;
    }
    const config = response.Configuration ?? {};
    if (config.PackageType && config.PackageType !== 'Image')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Lambda function ${functionName} is a ${config.PackageType} function; this action deploys container images (PackageType Image) only.`);
    const snapshot = {
        functionName,
        functionArn: config.FunctionArn ?? functionName,
        imageUri: liveImage(response.Code?.ImageUri, response.Code?.ResolvedImageUri),
        architecture: config.Architectures?.[0] ?? 'x86_64',
        environment: { ...(config.Environment?.Variables ?? {}) },
        description: config.Description ?? '',
    };
    if (aliasName)
        snapshot.alias = await snapshotAlias(lambda, functionName, aliasName);
    return snapshot;
}
/** The image as given when it already is digest-pinned, else the digest Lambda resolved the tag to. */
function liveImage(imageUri, resolvedImageUri) {
    if (imageUri?.includes('@sha256:'))
        return imageUri;
    return resolvedImageUri ?? imageUri ?? '';
}
async function snapshotAlias(lambda, functionName, name) {
    const { GetAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(118), __webpack_require__.e(861), __webpack_require__.e(696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    try {
        return aliasSnapshot(name, await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: name })));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return { name, routing: {} };
        throw error;
    }
}
function aliasSnapshot(name, alias) {
    return {
        name,
        ...(alias.AliasArn ? { arn: alias.AliasArn } : {}),
        ...(alias.FunctionVersion ? { version: alias.FunctionVersion } : {}),
        routing: { ...(alias.RoutingConfig?.AdditionalVersionWeights ?? {}) },
    };
}
/** `5` or `5 (10% → 7)` for summaries. */
function describeAlias(alias) {
    const extra = Object.entries(alias.routing).map(([version, weight]) => `${+(weight * 100).toFixed(3)}% → ${version}`);
    return `${alias.version ?? '(none)'}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}


/***/ })

};
