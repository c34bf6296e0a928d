export const id = 5411;
export const ids = [5411,4109];
export const modules = {

/***/ 5411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  addTags: () => (/* binding */ addTags),
  authorization: () => (/* binding */ authorization),
  cacheRepositoryName: () => (/* binding */ cacheRepositoryName),
  ensure: () => (/* binding */ ensure),
  ensureCacheRepository: () => (/* binding */ ensureCacheRepository),
  lookUp: () => (/* binding */ lookUp),
  refuseExistingTags: () => (/* binding */ refuseExistingTags),
  scan: () => (/* reexport */ scan/* waitForScan */.SP),
  verifyDigest: () => (/* binding */ verifyDigest)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/aws/errors.ts
var aws_errors = __webpack_require__(7053);
// EXTERNAL MODULE: ./shared/wait/poll.ts
var poll = __webpack_require__(5);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/repository.ts
// Ensure the ECR repository: create it when missing with the requested settings; never change an
// existing one, but report where its settings differ from the inputs.



function lifecyclePolicy(keep) {
    return JSON.stringify({
        rules: [
            {
                rulePriority: 1,
                description: 'Expire untagged images after one day',
                selection: {
                    tagStatus: 'untagged',
                    countType: 'sinceImagePushed',
                    countUnit: 'days',
                    countNumber: 1,
                },
                action: { type: 'expire' },
            },
            {
                rulePriority: 2,
                description: `Keep the newest ${keep} tagged images`,
                selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: keep },
                action: { type: 'expire' },
            },
        ],
    });
}
function differencesFrom(repository, wanted) {
    const found = [];
    const mutability = repository.imageTagMutability ?? 'MUTABLE';
    if (!mutability.startsWith(wanted.mutability))
        found.push(`image-tag-mutability is ${mutability}, the input asks for ${wanted.mutability}`);
    const scan = repository.imageScanningConfiguration?.scanOnPush ?? false;
    if (scan !== wanted.scanOnPush)
        found.push(`scan-on-push is ${scan}, the input asks for ${wanted.scanOnPush}`);
    const encryption = repository.encryptionConfiguration?.encryptionType ?? 'AES256';
    if (!encryption.startsWith(wanted.encryption))
        found.push(`encryption is ${encryption}, the input asks for ${wanted.encryption}`);
    return found;
}
async function describe(ecr, name) {
    try {
        const result = await ecr.send(new dist_cjs.DescribeRepositoriesCommand({ repositoryNames: [name] }));
        return result.repositories?.[0];
    }
    catch (error) {
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
function ensured(repository, created, differences) {
    if (!repository.repositoryUri || !repository.registryId)
        throw new errors/* ActionError */.lZ(`ECR returned repository ${repository.repositoryName ?? ''} without its URI.`);
    return {
        uri: repository.repositoryUri,
        registryId: repository.registryId,
        created,
        mutability: repository.imageTagMutability ?? 'MUTABLE',
        scanOnPush: repository.imageScanningConfiguration?.scanOnPush ?? false,
        exclusionFilters: (repository.imageTagMutabilityExclusionFilters ?? []).flatMap((f) => f.filter ? [f.filter] : []),
        differences,
    };
}
async function ensureRepository(ecr, wanted) {
    const existing = await describe(ecr, wanted.name);
    if (existing)
        return ensured(existing, false, differencesFrom(existing, wanted));
    if (!wanted.create)
        throw new errors/* ActionError */.lZ(`ECR repository ${wanted.name} does not exist and create-repository is false: create it, or set create-repository: true.`);
    let created;
    try {
        const result = await ecr.send(new dist_cjs.CreateRepositoryCommand({
            repositoryName: wanted.name,
            imageTagMutability: wanted.mutability,
            imageScanningConfiguration: { scanOnPush: wanted.scanOnPush },
            encryptionConfiguration: {
                encryptionType: wanted.encryption,
                ...(wanted.encryption === 'KMS' && wanted.kmsKey ? { kmsKey: wanted.kmsKey } : {}),
            },
            ...(Object.keys(wanted.tags).length
                ? { tags: Object.entries(wanted.tags).map(([Key, Value]) => ({ Key, Value })) }
                : {}),
        }));
        created = result.repository;
    }
    catch (error) {
        // Another job of the same matrix created it between our look and our create.
        if (error.name !== 'RepositoryAlreadyExistsException')
            throw error;
        const raced = await describe(ecr, wanted.name);
        if (!raced)
            throw error;
        return ensured(raced, false, differencesFrom(raced, wanted));
    }
    if (!created)
        throw new errors/* ActionError */.lZ(`ECR did not return the repository ${wanted.name} it created.`);
    if (wanted.keepImages !== undefined)
        await ecr.send(new dist_cjs.PutLifecyclePolicyCommand({
            repositoryName: wanted.name,
            lifecyclePolicyText: lifecyclePolicy(wanted.keepImages),
        }));
    return ensured(created, true, []);
}

// EXTERNAL MODULE: ./actions/build-push-ecr/src/scan.ts
var scan = __webpack_require__(4109);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/ecr.ts
// The ECR API calls of the action (loaded after the inputs are valid, with the SDK).







function ensure(ecr, values) {
    return ensureRepository(ecr, {
        name: values.repository,
        create: values['create-repository'],
        mutability: values['image-tag-mutability'],
        scanOnPush: values['scan-on-push'],
        encryption: values.encryption,
        kmsKey: values['kms-key'] || undefined,
        keepImages: values['keep-images'],
        tags: {},
    });
}
/**
 * The repository beside an IMMUTABLE one that holds its build cache (`<repository>-cache`): the
 * cache tag moves on every build, which immutability refuses. Created like the image's repository
 * (encryption, KMS key, lifecycle), except that its tags are mutable and cache blobs are not scanned.
 */
function ensureCacheRepository(ecr, values) {
    return ensureRepository(ecr, {
        name: cacheRepositoryName(values.repository),
        create: values['create-repository'],
        mutability: 'MUTABLE',
        scanOnPush: false,
        encryption: values.encryption,
        kmsKey: values['kms-key'] || undefined,
        keepImages: values['keep-images'],
        tags: {},
    });
}
function cacheRepositoryName(repository) {
    return `${repository}-cache`;
}
/** Without push nothing is created: the repository is only looked up. */
async function lookUp(ecr, name) {
    try {
        const found = (await ecr.send(new dist_cjs.DescribeRepositoriesCommand({ repositoryNames: [name] })))
            .repositories?.[0];
        return found?.repositoryUri && found.registryId ? ensured(found, false, []) : undefined;
    }
    catch (error) {
        if ((0,aws_errors/* isNotFound */.c4)(error))
            return undefined;
        throw error;
    }
}
/** An IMMUTABLE repository refuses a second push of a tag: find out before building. */
async function refuseExistingTags(ecr, repository, tags) {
    for (const tag of tags) {
        try {
            const found = await ecr.send(new dist_cjs.DescribeImagesCommand({ repositoryName: repository, imageIds: [{ imageTag: tag }] }));
            const digest = found.imageDetails?.[0]?.imageDigest;
            if (found.imageDetails?.length)
                throw new errors/* ActionError */.lZ(`Tag ${tag} already exists in the IMMUTABLE repository ${repository}${digest ? ` (image ${digest})` : ''}: ECR would refuse the push. Nothing was built or pushed; use a tag that is new for each build, such as {sha} or {run-number}.`);
        }
        catch (error) {
            if (error instanceof errors/* ActionError */.lZ)
                throw error;
            if (!(0,aws_errors/* isNotFound */.c4)(error))
                throw error;
        }
    }
}
async function authorization(ecr, registryId) {
    const result = await ecr.send(new dist_cjs.GetAuthorizationTokenCommand(registryId ? { registryIds: [registryId] } : {}));
    const data = result.authorizationData?.[0];
    const token = data?.authorizationToken;
    if (!token)
        throw new errors/* ActionError */.lZ('ECR returned no authorization token (GetAuthorizationToken).');
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0)
        throw new errors/* ActionError */.lZ('The ECR authorization token is not in the user:password form.');
    return {
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
        token,
        host: (data.proxyEndpoint ?? '').replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    };
}
/**
 * The pushed digest must be what ECR stored for every tag. ECR may take a moment to list a fresh
 * push, so a missing image is waited for (briefly); a different digest fails at once.
 */
async function verifyDigest(ecr, repository, tags, digest, signal, timing = {}) {
    const outcome = await (0,poll/* pollUntil */.g3)({
        timeoutMs: timing.timeoutMs ?? 30_000,
        initialDelayMs: 500,
        maxDelayMs: 3000,
        ...(signal ? { signal } : {}),
        ...(timing.clock ? { clock: timing.clock } : {}),
        ...(timing.sleep ? { sleep: timing.sleep } : {}),
        check: async () => {
            let details;
            try {
                details =
                    (await ecr.send(new dist_cjs.DescribeImagesCommand({
                        repositoryName: repository,
                        imageIds: tags.map((imageTag) => ({ imageTag })),
                    }))).imageDetails ?? [];
            }
            catch (error) {
                if ((0,aws_errors/* isNotFound */.c4)(error) || (0,aws_errors/* errorCode */.CA)(error) === 'ImageNotFoundException')
                    return { status: 'pending', state: 'ECR does not list the image yet' };
                throw error;
            }
            for (const tag of tags) {
                const detail = details.find((d) => d.imageTags?.includes(tag));
                if (!detail)
                    return { status: 'pending', state: `ECR does not list tag ${tag} yet` };
                if (detail.imageDigest !== digest)
                    return {
                        status: 'failed',
                        reason: `ECR reports ${detail.imageDigest ?? 'no digest'} for tag ${tag}, but the push returned ${digest}`,
                    };
            }
            return { status: 'done', value: { sizeBytes: details[0]?.imageSizeInBytes } };
        },
    });
    if (outcome.outcome === 'done')
        return outcome.value;
    if (outcome.outcome === 'failed')
        throw new errors/* ActionError */.lZ(`The pushed image does not match ECR: ${outcome.reason}.`);
    if (outcome.outcome === 'cancelled')
        throw new errors/* ActionError */.lZ(`Cancelled while checking the pushed image with ECR (${outcome.reason}).`);
    throw new errors/* ActionError */.lZ(`ECR did not list the pushed image ${digest} for tags ${tags.join(', ')} within 30 s (${outcome.state}).`);
}
const MANIFEST_MEDIA_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
/**
 * Adds tags to an image already in the repository: the same manifest under the same media type
 * (ECR PutImage), so the tag names the same digest. A tag that already names it is left as it is.
 */
async function addTags(ecr, repository, digest, tags) {
    if (!tags.length)
        return;
    const found = await ecr.send(new dist_cjs.BatchGetImageCommand({
        repositoryName: repository,
        imageIds: [{ imageDigest: digest }],
        acceptedMediaTypes: MANIFEST_MEDIA_TYPES,
    }));
    const image = found.images?.[0];
    if (!image?.imageManifest) {
        const failure = found.failures?.[0];
        throw new errors/* ActionError */.lZ(`ECR did not return the manifest of ${repository}@${digest} to tag it ${tags.join(', ')}${failure ? ` (${failure.failureCode ?? 'failure'}: ${failure.failureReason ?? ''})` : ''}.`);
    }
    for (const tag of tags) {
        try {
            await ecr.send(new dist_cjs.PutImageCommand({
                repositoryName: repository,
                imageTag: tag,
                imageDigest: digest,
                imageManifest: image.imageManifest,
                ...(image.imageManifestMediaType ? { imageManifestMediaType: image.imageManifestMediaType } : {}),
            }));
        }
        catch (error) {
            // A rerun: the tag already names this very manifest.
            if ((0,aws_errors/* errorCode */.CA)(error) !== 'ImageAlreadyExistsException')
                throw error;
        }
    }
}


/***/ }),

/***/ 4109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ waitForScan),
/* harmony export */   decideGate: () => (/* binding */ decideGate)
/* harmony export */ });
/* unused harmony exports normalizeFindings, countBySeverity */
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8249);
/* harmony import */ var _shared_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5);
/* harmony import */ var _shared_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7053);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7047);
/* harmony import */ var _ignore_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7478);
// The scan gate: wait for the scan of the pushed digest (basic or enhanced), then decide.





/**
 * The gate: a finding fails it when its severity reaches the threshold (HIGH fails on HIGH and
 * CRITICAL) and no unexpired ignore entry names it. Without a threshold the gate reports only.
 */
function decideGate(findings, threshold, ignore, now) {
    const expired = ignore.filter((entry) => (0,_ignore_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpired */ ._d)(entry, now));
    const ignoredIds = new Set(ignore.filter((entry) => !(0,_ignore_js__WEBPACK_IMPORTED_MODULE_2__/* .isExpired */ ._d)(entry, now)).map((entry) => entry.id.toUpperCase()));
    const reaching = threshold
        ? findings.filter((finding) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .reachesThreshold */ .Lu)(finding.severity, threshold))
        : [];
    const ignored = reaching.filter((finding) => ignoredIds.has(finding.id.toUpperCase()));
    const failing = reaching.filter((finding) => !ignoredIds.has(finding.id.toUpperCase()));
    return { passed: failing.length === 0, failing, ignored, expired };
}
/** Basic findings (name + attributes) and enhanced findings (Inspector) in one shape. */
function normalizeFindings(page) {
    const result = [];
    for (const basic of page.imageScanFindings?.findings ?? []) {
        const attribute = (key) => basic.attributes?.find((a) => a.key === key)?.value ?? '';
        result.push({
            id: basic.name ?? 'unnamed finding',
            severity: (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSeverity */ .lv)(basic.severity ?? '') ?? 'UNDEFINED',
            package: attribute('package_name'),
            installed: attribute('package_version'),
            fixed: attribute('fixed_version') || attribute('fixed_in_version'),
        });
    }
    for (const enhanced of page.imageScanFindings?.enhancedFindings ?? []) {
        const details = enhanced.packageVulnerabilityDetails;
        const vulnerable = details?.vulnerablePackages?.[0];
        result.push({
            id: details?.vulnerabilityId ?? enhanced.title ?? enhanced.findingArn ?? 'unnamed finding',
            severity: (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSeverity */ .lv)(enhanced.severity ?? '') ?? 'UNDEFINED',
            package: vulnerable?.name ?? '',
            installed: vulnerable?.version ?? '',
            fixed: vulnerable?.fixedInVersion ?? '',
        });
    }
    return result.sort((a, b) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(a.severity) - (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(b.severity) || a.id.localeCompare(b.id));
}
function countBySeverity(findings, reported) {
    const counts = {};
    if (reported && Object.keys(reported).length) {
        for (const [key, value] of Object.entries(reported)) {
            const severity = (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSeverity */ .lv)(key);
            if (severity)
                counts[severity] = value;
        }
        return counts;
    }
    for (const finding of findings)
        counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
    return counts;
}
const DONE = ['COMPLETE', 'ACTIVE'];
const PENDING = ['IN_PROGRESS', 'PENDING'];
/** Checks without a scan on push before we start one ourselves (ECR may register the scan late). */
const SCAN_ON_PUSH_GRACE_CHECKS = 3;
async function waitForScan(ecr, options) {
    const imageId = { imageDigest: options.digest };
    let started = false;
    let notFoundChecks = 0;
    const outcome = await (0,_shared_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
        timeoutMs: options.timeoutMs,
        initialDelayMs: 2000,
        maxDelayMs: 10_000,
        ...(0,_shared_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollHooks */ .A3)(options),
        onProgress: (line) => options.onProgress?.(line),
        check: async () => {
            let first;
            try {
                first = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__.DescribeImageScanFindingsCommand({ repositoryName: options.repository, imageId }));
            }
            catch (error) {
                if ((0,_shared_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error) !== 'ScanNotFoundException')
                    throw error;
                notFoundChecks += 1;
                if (started || (options.scanOnPush && notFoundChecks <= SCAN_ON_PUSH_GRACE_CHECKS))
                    return { status: 'pending', state: 'scan not started yet' };
                started = true;
                const reason = await startScan(ecr, options.repository, imageId);
                if (reason)
                    return { status: 'failed', reason };
                return { status: 'pending', state: 'scan started' };
            }
            const status = first.imageScanStatus?.status ?? 'UNKNOWN';
            const description = first.imageScanStatus?.description;
            if (PENDING.includes(status))
                return { status: 'pending', state: `scan ${status}` };
            if (!DONE.includes(status))
                return {
                    status: 'failed',
                    reason: `the scan ended with status ${status}${description ? `: ${description}` : ''}`,
                };
            const findings = normalizeFindings(first);
            let token = first.nextToken;
            while (token) {
                const page = await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__.DescribeImageScanFindingsCommand({
                    repositoryName: options.repository,
                    imageId,
                    nextToken: token,
                }));
                findings.push(...normalizeFindings(page));
                token = page.nextToken;
            }
            findings.sort((a, b) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(a.severity) - (0,_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .severityRank */ .qs)(b.severity) || a.id.localeCompare(b.id));
            const counts = countBySeverity(findings, first.imageScanFindings?.findingSeverityCounts);
            return { status: 'done', state: `scan ${status}`, value: { status: 'complete', findings, counts } };
        },
    });
    switch (outcome.outcome) {
        case 'done':
            return outcome.value;
        case 'failed':
            return { status: 'unavailable', reason: outcome.reason };
        case 'timeout':
            return {
                status: 'unavailable',
                reason: `the scan did not complete within scan-timeout (last state: ${outcome.state})`,
            };
        case 'cancelled':
            return { status: 'unavailable', reason: `cancelled while waiting for the scan (${outcome.reason})` };
    }
}
/** Starts a basic scan; returns why it cannot be started, if it cannot. */
async function startScan(ecr, repository, imageId) {
    try {
        await ecr.send(new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_4__.StartImageScanCommand({ repositoryName: repository, imageId }));
        return undefined;
    }
    catch (error) {
        const code = (0,_shared_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(error);
        // Basic scanning allows one scan a day per image: an earlier run of this digest already started it.
        if (code === 'LimitExceededException')
            return undefined;
        if (code === 'UnsupportedImageTypeException' || code === 'ValidationException')
            return `ECR cannot scan this image (${code}: ${error.message})`;
        throw error;
    }
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   lr: () => (/* binding */ waitWithProgress),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony exports DEFAULT_HEARTBEAT_MS, backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change, and
// one at least every 30 s while the state stays the same (state and elapsed time).


const DEFAULT_HEARTBEAT_MS = 30_000;
const systemClock = { now: () => Date.now() };
/** setTimeout as a promise that an AbortSignal cuts short; leaves no timer behind. */
const realSleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
});
/** Equal jitter: the delay lands in [half, full] of the exponential step. */
function backoffDelay(attempt, options) {
    const step = Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** attempt);
    return step / 2 + (step / 2) * options.random();
}
function errorName(error) {
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    return typeof name === 'string' && name !== '' ? name : 'a transient error';
}
function reasonOf(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason.message;
    return typeof reason === 'string' ? reason : 'cancelled';
}
async function pollUntil(options) {
    const clock = options.clock ?? systemClock;
    const sleep = options.sleep ?? realSleep;
    const retryOn = options.retryOn ?? _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRetryable */ .r3;
    const delays = {
        initialDelayMs: options.initialDelayMs ?? 1000,
        maxDelayMs: options.maxDelayMs ?? 15_000,
        factor: options.factor ?? 2,
        random: options.random ?? Math.random,
    };
    const start = clock.now();
    const deadline = start + options.timeoutMs;
    let state = 'not checked yet';
    /** The last state a check reported, without the note of a retried error. */
    let checkedState = state;
    let attempts = 0;
    const elapsed = () => clock.now() - start;
    const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    let lastLineAt = start;
    const say = (line) => {
        lastLineAt = clock.now();
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${line}`, state);
    };
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        say(next);
    };
    /** Sleeps `ms`, saying where the wait is whenever `heartbeatMs` would pass without a line. */
    const wait = async (ms) => {
        for (let left = ms; left > 0;) {
            const due = lastLineAt + heartbeatMs - clock.now();
            const step = options.onProgress ? Math.min(left, Math.max(1, due)) : left;
            await sleep(step, options.signal);
            if (options.signal?.aborted)
                return;
            left -= step;
            if (options.onProgress && clock.now() - lastLineAt >= heartbeatMs)
                say(`still ${state} (waiting for ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(elapsed())})`);
        }
    };
    const cancelled = (signal) => ({
        outcome: 'cancelled',
        state,
        attempts,
        elapsedMs: elapsed(),
        reason: reasonOf(signal),
    });
    for (;;) {
        if (options.signal?.aborted)
            return cancelled(options.signal);
        attempts += 1;
        let result;
        try {
            result = await options.check(attempts);
        }
        catch (error) {
            // A check cut short by the cancel (an SDK call given the signal throws AbortError).
            if (options.signal?.aborted)
                return cancelled(options.signal);
            if (!retryOn(error))
                throw error;
            moveTo(`${checkedState} (retrying after ${errorName(error)})`);
        }
        if (result) {
            if (result.state !== undefined) {
                checkedState = result.state;
                moveTo(result.state);
            }
            if (result.status === 'done')
                return { outcome: 'done', value: result.value, state, attempts, elapsedMs: elapsed() };
            if (result.status === 'failed') {
                const failed = {
                    outcome: 'failed',
                    reason: result.reason,
                    state,
                    attempts,
                    elapsedMs: elapsed(),
                };
                return result.value === undefined ? failed : { ...failed, value: result.value };
            }
        }
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return { outcome: 'timeout', state, attempts, elapsedMs: elapsed() };
        await wait(Math.min(remaining, backoffDelay(attempts - 1, delays)));
    }
}
/** The signal and the injected clock, sleep and randomness of a caller's settings, as pollUntil takes them. */
function pollHooks(options) {
    return {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
    };
}
/** A plain wait of `ms` (a hold, a bake without alarms) that still says where it is every heartbeat. */
async function waitWithProgress(ms, state, options) {
    return pollUntil({
        check: () => Promise.resolve({ status: 'pending', state }),
        timeoutMs: ms,
        initialDelayMs: ms,
        maxDelayMs: ms,
        random: () => 1,
        ...options,
    });
}


/***/ })

};
