export const id = 601;
export const ids = [601];
export const modules = {

/***/ 601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   manualLambdaRecord: () => (/* binding */ manualLambdaRecord)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1696);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _record_record_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1349);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4051);
// A rollback without a record: the alias's previous version (the highest published version
// below the one it points at), or for a function without alias the image of the newest
// published version that differs from what $LATEST runs; `to` names the version instead.




async function imageOf(lambda, functionName, qualifier) {
    const response = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_2__.GetFunctionCommand({ FunctionName: functionName, ...(qualifier ? { Qualifier: qualifier } : {}) }));
    return (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .liveImage */ .ac)(response.Code?.ImageUri, response.Code?.ResolvedImageUri);
}
/** Published versions, newest first. */
async function publishedVersions(lambda, functionName) {
    const versions = [];
    let marker;
    do {
        const page = await lambda.send(new _aws_sdk_client_lambda__WEBPACK_IMPORTED_MODULE_2__.ListVersionsByFunctionCommand({
            FunctionName: functionName,
            ...(marker ? { Marker: marker } : {}),
        }));
        for (const v of page.Versions ?? [])
            if (v.Version && /^\d+$/.test(v.Version))
                versions.push(Number(v.Version));
        marker = page.NextMarker;
    } while (marker);
    return versions.sort((a, b) => b - a);
}
function record(region, target, previous, current) {
    return {
        schema: _record_record_js__WEBPACK_IMPORTED_MODULE_3__/* .RECORD_SCHEMA */ .ep,
        target: 'lambda',
        region,
        resource: { functionName: target.functionName, ...(target.alias ? { alias: target.alias } : {}) },
        previous,
        current,
        status: 'succeeded',
        startedAt: new Date().toISOString(),
    };
}
async function manualLambdaRecord(lambda, region, target) {
    const { functionName } = target;
    if (target.alias) {
        const alias = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAlias */ .vK)(lambda, functionName, target.alias);
        if (!alias.version)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda alias ${functionName}:${target.alias} does not exist.`);
        const current = Number(alias.version);
        const previousVersion = target.to ?? (await publishedVersions(lambda, functionName)).find((v) => v < current)?.toString();
        if (!previousVersion)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Alias ${target.alias} points at version ${alias.version}; no earlier published version exists to roll back to.`);
        return record(region, target, { imageUri: await imageOf(lambda, functionName, previousVersion), version: previousVersion }, {
            imageUri: await imageOf(lambda, functionName, alias.version),
            version: alias.version,
            ...(Object.keys(alias.routing).length ? { routing: alias.routing } : {}),
        });
    }
    const latest = await imageOf(lambda, functionName);
    let previousImage;
    if (target.to)
        previousImage = await imageOf(lambda, functionName, target.to);
    else
        for (const version of await publishedVersions(lambda, functionName)) {
            const image = await imageOf(lambda, functionName, String(version));
            if (image !== latest) {
                previousImage = image;
                break;
            }
        }
    if (!previousImage)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`No published version of ${functionName} runs an image other than the current one (${latest}); name a version with 'to'.`);
    return record(region, target, { imageUri: previousImage }, { imageUri: latest });
}


/***/ }),

/***/ 4051:
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
    const { GetFunctionCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    let response;
    try {
        response = await lambda.send(new GetFunctionCommand({ FunctionName: functionName }));
    }
    catch (error) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda function ${functionName} was not found in this region: this action updates an existing container-image function (create it first, for example with the CloudFormation mode and 'stack-name').`);
        throw error;
    }
    const config = response.Configuration ?? {};
    if (config.PackageType && config.PackageType !== 'Image')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Lambda function ${functionName} is a ${config.PackageType} function; this action deploys container images (PackageType Image) only.`);
    const snapshot = {
        functionName,
        functionArn: config.FunctionArn ?? functionName,
        imageUri: liveImage(response.Code?.ImageUri, response.Code?.ResolvedImageUri),
        architecture: config.Architectures?.[0] ?? 'x86_64',
        environment: { ...(config.Environment?.Variables ?? {}) },
        description: config.Description ?? '',
        tags: { ...(response.Tags ?? {}) },
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
    const { GetAliasCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1696)]).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
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
