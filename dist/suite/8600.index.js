export const id = 8600;
export const ids = [8600,6219];
export const modules = {

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SMOKE_DEFAULTS: () => (/* binding */ SMOKE_DEFAULTS),
  reportForOutput: () => (/* binding */ reportForOutput),
  retryDelay: () => (/* binding */ retryDelay),
  runSmokeChecks: () => (/* binding */ runSmokeChecks)
});

// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/wait/poll.ts
var poll = __webpack_require__(5);
// EXTERNAL MODULE: ./shared/http/certificate.ts
var http_certificate = __webpack_require__(2652);
;// CONCATENATED MODULE: ./shared/http/json-path.ts
// Dotted paths into parsed JSON: `data.items.0.status`. A numeric segment indexes an array (or
// names an object key that is a number); every other segment names an object key.
function readJsonPath(document, path) {
    let current = document;
    const segments = path.split('.');
    for (let index = 0; index < segments.length; index += 1) {
        const segment = segments[index] ?? '';
        const walked = segments.slice(0, index + 1).join('.');
        if (Array.isArray(current) && /^\d+$/.test(segment) && Number(segment) < current.length) {
            current = current[Number(segment)];
        }
        else if (typeof current === 'object' &&
            current !== null &&
            !Array.isArray(current) &&
            Object.hasOwn(current, segment)) {
            current = current[segment];
        }
        else {
            return { found: false, missing: walked, at: current };
        }
    }
    return { found: true, value: current };
}
/** Expected values from YAML compare strictly, except that a string also matches a scalar written the same way. */
function jsonValueMatches(actual, expected) {
    if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean'))
        return String(actual) === expected;
    return canonical(actual) === canonical(expected);
}
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
            .join(',')}}`;
    return JSON.stringify(value) ?? 'undefined';
}
/** A short rendering of a JSON value for a failure message. */
function describeJsonValue(value, max = 80) {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** What exists where a path stopped: the keys of an object, the length of an array, or the scalar. */
function describeWhereMissing(at) {
    if (Array.isArray(at))
        return `an array of ${at.length} item${at.length === 1 ? '' : 's'}`;
    if (typeof at === 'object' && at !== null) {
        const keys = Object.keys(at);
        const shown = keys.slice(0, 8).join(', ');
        return keys.length === 0
            ? 'an empty object'
            : `an object with keys ${shown}${keys.length > 8 ? ', …' : ''}`;
    }
    return describeJsonValue(at);
}

// EXTERNAL MODULE: ./shared/http/status-spec.ts
var status_spec = __webpack_require__(1677);
;// CONCATENATED MODULE: ./shared/http/expectations.ts
// The expectations of a check, each compared with one response; every unmet one is described
// with what was expected and what was seen.




/** A short, single-line excerpt of a body for failure messages. */
function bodyExcerpt(body, max = 120) {
    const text = body.replace(/\s+/g, ' ').trim();
    if (text === '')
        return 'empty body';
    // As text, quoted but not escaped: a JSON body reads as JSON, not as a string literal of it.
    return `body "${text.length > max ? `${text.slice(0, max)}…` : text}"`;
}
function jsonFailures(expected, body) {
    let document;
    try {
        document = JSON.parse(body);
    }
    catch {
        return [`expect-json: the body is not JSON (${bodyExcerpt(body)})`];
    }
    const failures = [];
    for (const [path, value] of Object.entries(expected)) {
        const lookup = readJsonPath(document, path);
        if (!lookup.found)
            failures.push(`expect-json ${path} = ${describeJsonValue(value)}: no value at ${lookup.missing} (found ${describeWhereMissing(lookup.at)})`);
        else if (!jsonValueMatches(lookup.value, value))
            failures.push(`expect-json ${path} = ${describeJsonValue(value)}: found ${describeJsonValue(lookup.value)}`);
    }
    return failures;
}
function headerFailures(expected, headers) {
    const failures = [];
    for (const [name, value] of Object.entries(expected)) {
        const actual = headers[name.toLowerCase()];
        if (actual === undefined)
            failures.push(`expect-header ${name}: the response has no ${name} header`);
        else if (!actual.toLowerCase().includes(value.toLowerCase()))
            failures.push(`expect-header ${name} containing ${JSON.stringify(value)}: found ${JSON.stringify(actual)}`);
    }
    return failures;
}
/**
 * The expectations this response does not meet, in words (empty when all are met).
 * `minCertDays` undefined skips the certificate check (plain HTTP, or `insecure`).
 */
function unmetExpectations(expect, response, options = {}) {
    const failures = [];
    if (!(0,status_spec/* matchesStatus */.Oe)(expect.expectStatus, response.status))
        failures.push(`expect-status ${expect.expectStatus.text}: got ${response.status} (${bodyExcerpt(response.body)})`);
    if (expect.expectBody !== undefined && !response.body.includes(expect.expectBody))
        failures.push(`expect-body ${JSON.stringify(expect.expectBody)}: not found in the ${bodyExcerpt(response.body)}`);
    if (expect.expectBodyRegex !== undefined && !expect.expectBodyRegex.test(response.body))
        failures.push(`expect-body-regex /${expect.expectBodyRegex.source}/: no match in the ${bodyExcerpt(response.body)}`);
    if (expect.expectJson !== undefined && Object.keys(expect.expectJson).length > 0)
        failures.push(...jsonFailures(expect.expectJson, response.body));
    if (expect.expectHeader !== undefined)
        failures.push(...headerFailures(expect.expectHeader, response.headers));
    if (expect.maxLatencyMs !== undefined && response.latencyMs > expect.maxLatencyMs)
        failures.push(`max-latency ${(0,duration/* formatDuration */.a3)(expect.maxLatencyMs)}: took ${(0,duration/* formatDuration */.a3)(response.latencyMs)}`);
    const certificate = response.certificate;
    if (options.minCertDays !== undefined && certificate && certificate.daysLeft < options.minCertDays)
        failures.push(certificate.daysLeft < 0
            ? `min-cert-days ${options.minCertDays}: the certificate expired on ${certificate.validTo} (${(0,http_certificate/* certificateDates */.zj)(certificate)})`
            : `min-cert-days ${options.minCertDays}: the certificate expires in ${certificate.daysLeft} day${certificate.daysLeft === 1 ? '' : 's'}, on ${certificate.validTo} (${(0,http_certificate/* certificateDates */.zj)(certificate)})`);
    return failures;
}

// EXTERNAL MODULE: ./shared/http/probe.ts
var probe = __webpack_require__(6293);
;// CONCATENATED MODULE: ./shared/http/stats.ts
// Latency statistics over the samples of one check (nearest-rank percentiles).
/** Nearest-rank percentile of samples sorted ascending. */
function percentile(sorted, fraction) {
    if (sorted.length === 0)
        return Number.NaN;
    const rank = Math.max(1, Math.ceil(fraction * sorted.length));
    return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}
function roundMs(ms) {
    return Math.round(ms * 10) / 10;
}
function latencyStats(samples) {
    if (samples.length === 0)
        return null;
    const sorted = [...samples].sort((a, b) => a - b);
    return {
        count: sorted.length,
        min: roundMs(sorted[0] ?? 0),
        median: roundMs(percentile(sorted, 0.5)),
        p95: roundMs(percentile(sorted, 0.95)),
        max: roundMs(sorted[sorted.length - 1] ?? 0),
    };
}

;// CONCATENATED MODULE: ./shared/http/smoke.ts
// runSmokeChecks: every check at once, each retried until it passes `consecutiveSuccesses` times
// in a row, fails on a fail-fast status, or the overall deadline ends; then one report.






const SMOKE_DEFAULTS = {
    timeoutMs: 300_000,
    requestTimeoutMs: 10_000,
    intervalMs: 2_000,
    consecutiveSuccesses: 1,
    followRedirects: true,
    insecure: false,
    minCertDays: 14,
};
/** The least time an attempt gets (or the request timeout, if shorter); later ones are not started. */
const MIN_ATTEMPT_MS = 100;
function resolveOptions(options) {
    const intervalMs = options.intervalMs ?? SMOKE_DEFAULTS.intervalMs;
    return {
        timeoutMs: options.timeoutMs ?? SMOKE_DEFAULTS.timeoutMs,
        requestTimeoutMs: options.requestTimeoutMs ?? SMOKE_DEFAULTS.requestTimeoutMs,
        intervalMs,
        maxIntervalMs: options.maxIntervalMs ?? Math.max(intervalMs, 10_000),
        consecutiveSuccesses: Math.max(1, options.consecutiveSuccesses ?? SMOKE_DEFAULTS.consecutiveSuccesses),
        failFastStatus: options.failFastStatus,
        followRedirects: options.followRedirects ?? SMOKE_DEFAULTS.followRedirects,
        insecure: options.insecure ?? SMOKE_DEFAULTS.insecure,
        minCertDays: options.minCertDays ?? SMOKE_DEFAULTS.minCertDays,
        ca: options.ca,
        signal: options.signal,
        clock: options.clock ?? poll/* systemClock */.ml,
        now: options.now ?? Date.now,
        sleep: options.sleep ?? poll/* realSleep */.uk,
        random: options.random ?? Math.random,
        probe: options.probe ?? probe/* probe */.dy,
        onProgress: options.onProgress,
    };
}
/** Delay after the n-th failure in a row (1-based): interval doubling to the cap, up to 20% less for jitter. */
function retryDelay(failuresInRow, options) {
    const step = Math.min(options.maxIntervalMs, options.intervalMs * 2 ** Math.max(0, failuresInRow - 1));
    return step * (0.8 + 0.2 * options.random());
}
function judge(check, result, options) {
    if (result.kind === 'error')
        return {
            ok: false,
            reason: result.message,
            status: null,
            latencyMs: null,
            certificate: result.certificate,
            cancelled: result.code === 'cancelled',
        };
    const checksCertificate = result.finalUrl.startsWith('https:') && !options.insecure;
    const unmet = unmetExpectations(check, result, {
        minCertDays: checksCertificate ? options.minCertDays : undefined,
    });
    return {
        ok: unmet.length === 0,
        reason: unmet.join('; '),
        status: result.status,
        latencyMs: result.latencyMs,
        certificate: result.certificate,
        cancelled: false,
    };
}
async function runCheck(check, options) {
    const { clock, signal } = options;
    const started = clock.now();
    const deadline = started + options.timeoutMs;
    const samples = [];
    let attempts = 0;
    let successesInRow = 0;
    let failuresInRow = 0;
    let lastStatus = null;
    let lastReason = null;
    let lastFailure = null;
    let fullyLogged = null;
    let certificate = null;
    const progress = (line) => options.onProgress?.(check, line);
    const finish = (outcome, failureReason) => ({
        name: check.name,
        url: (0,probe/* displayUrl */.Qy)(check.url),
        method: check.method,
        passed: outcome === 'passed',
        outcome,
        attempts,
        lastStatus,
        failureReason,
        elapsedMs: roundMs(clock.now() - started),
        latencyMs: latencyStats(samples),
        samplesMs: samples.map(roundMs),
        certificate,
    });
    const cancelled = () => finish('cancelled', `cancelled after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? `; last failure: ${lastReason}` : ''}`);
    for (;;) {
        if (signal?.aborted)
            return cancelled();
        attempts += 1;
        const requestTimeoutMs = Math.max(1, Math.min(options.requestTimeoutMs, deadline - clock.now()));
        const result = await options.probe({
            url: check.url,
            method: check.method,
            headers: check.headers,
            body: check.body,
            timeoutMs: requestTimeoutMs,
            followRedirects: options.followRedirects,
            insecure: options.insecure,
            ca: options.ca,
            signal,
            now: options.now,
        });
        const attempt = judge(check, result, options);
        if (attempt.cancelled || signal?.aborted)
            return cancelled();
        if (attempt.status !== null)
            lastStatus = attempt.status;
        if (attempt.latencyMs !== null)
            samples.push(attempt.latencyMs);
        if (attempt.certificate)
            certificate = attempt.certificate;
        const seen = attempt.status === null ? '' : ` (${attempt.status}, ${(0,duration/* formatDuration */.a3)(attempt.latencyMs ?? 0)})`;
        if (attempt.ok) {
            successesInRow += 1;
            failuresInRow = 0;
            lastReason = null;
            if (successesInRow >= options.consecutiveSuccesses) {
                progress(`attempt ${attempts}: passed${seen}`);
                return finish('passed', null);
            }
            progress(`attempt ${attempts}: ok${seen}, ${successesInRow} of ${options.consecutiveSuccesses} in a row`);
        }
        else {
            successesInRow = 0;
            failuresInRow += 1;
            // A request the overall deadline cut short says little; the failure before it says more.
            const cutShort = result.kind === 'error' && result.code === 'timeout' && requestTimeoutMs < options.requestTimeoutMs;
            lastReason =
                cutShort && lastReason !== null
                    ? `${lastReason} (the last attempt was cut short by the overall timeout)`
                    : attempt.reason;
            if (!cutShort)
                lastFailure = { attempt: attempts, reason: attempt.reason };
            if (attempt.status !== null &&
                options.failFastStatus &&
                (0,status_spec/* matchesStatus */.Oe)(options.failFastStatus, attempt.status)) {
                const reason = `fail-fast-status ${options.failFastStatus.text}: got ${attempt.status}, not retried; ${attempt.reason}`;
                progress(`attempt ${attempts}: failed: ${reason}`);
                return finish('failed', reason);
            }
        }
        const left = deadline - clock.now();
        const delay = attempt.ok ? options.intervalMs : retryDelay(failuresInRow, options);
        // No attempt starts so late that it could only time out: stop when the next one is not due in time.
        if (delay + Math.min(options.requestTimeoutMs, MIN_ATTEMPT_MS) >= left) {
            const tried = `${attempts} attempt${attempts === 1 ? '' : 's'} in ${(0,duration/* formatDuration */.a3)(clock.now() - started)}`;
            const reason = lastReason === null
                ? `only ${successesInRow} of ${options.consecutiveSuccesses} successes in a row after ${tried}, and no time for another before the ${(0,duration/* formatDuration */.a3)(options.timeoutMs)} timeout` +
                    (lastFailure ? `; attempt ${lastFailure.attempt} failed: ${lastFailure.reason}` : '')
                : `still failing after ${tried}, and no time for another before the ${(0,duration/* formatDuration */.a3)(options.timeoutMs)} timeout: ${lastReason}`;
            progress(`attempt ${attempts}: ${attempt.ok ? 'ok' : `failed: ${attempt.reason}`}; out of time`);
            return finish('timeout', reason);
        }
        if (!attempt.ok) {
            // The full reason once; while it stays the same, a short line keeps the count visible.
            const same = fullyLogged !== null && fullyLogged.reason === attempt.reason ? fullyLogged.attempt : undefined;
            if (same === undefined)
                fullyLogged = { attempt: attempts, reason: attempt.reason };
            const what = same === undefined ? `failed: ${attempt.reason}` : `failed again, as in attempt ${same}`;
            progress(`attempt ${attempts}: ${what}; retrying in ${(0,duration/* formatDuration */.a3)(delay)}`);
        }
        await options.sleep(delay, signal);
    }
}
/** Runs every check concurrently and reports on each; never throws for a failing check. */
async function runSmokeChecks(checks, options = {}) {
    const resolved = resolveOptions(options);
    const started = resolved.clock.now();
    const reports = await Promise.all(checks.map((check) => runCheck(check, resolved)));
    return {
        passed: reports.length > 0 && reports.every((report) => report.passed),
        elapsedMs: roundMs(resolved.clock.now() - started),
        checks: reports,
    };
}
/** The report as the `report` output: per check, without the raw latency samples. */
function reportForOutput(report) {
    return {
        passed: report.passed,
        elapsedMs: report.elapsedMs,
        checks: report.checks.map(({ samplesMs: _samples, ...check }) => check),
    };
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
