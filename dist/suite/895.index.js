export const id = 895;
export const ids = [895,9907];
export const modules = {

/***/ 9907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ KubeClient),
/* harmony export */   KT: () => (/* binding */ isTransientKubeError),
/* harmony export */   KubeApiError: () => (/* binding */ KubeApiError)
/* harmony export */ });
/* unused harmony export KubeConnectionError */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
// A lean Kubernetes API client over node:https, for the few endpoints a rolling update needs:
// get and patch a Deployment, list ReplicaSets, Pods and Events. TLS is verified against the
// cluster's CA; every request carries a fresh bearer token (EKS tokens live 60 s) or a client
// certificate from a kubeconfig.

const PATCH_CONTENT_TYPE = {
    strategic: 'application/strategic-merge-patch+json',
    merge: 'application/merge-patch+json',
    json: 'application/json-patch+json',
};
/** An answer of the API server that is not a success, with its Status reason and message. */
class KubeApiError extends Error {
    status;
    reason;
    kubeMessage;
    method;
    path;
    name = 'KubeApiError';
    constructor(status, reason, kubeMessage, method, path) {
        super(`Kubernetes API ${method} ${path} answered ${status} ${reason}: ${kubeMessage}`);
        this.status = status;
        this.reason = reason;
        this.kubeMessage = kubeMessage;
        this.method = method;
        this.path = path;
    }
}
/** The connection itself failed (TLS, refused, timeout): the message says which. */
class KubeConnectionError extends Error {
    name = 'KubeConnectionError';
}
class KubeClient {
    connection;
    options;
    agent;
    base;
    /** Every request made: method and path (for tests and the debug log). */
    calls = [];
    constructor(connection, options = {}) {
        this.connection = connection;
        this.options = options;
        this.base = new URL(connection.server);
        if (this.base.protocol !== 'https:')
            throw new KubeConnectionError(`The Kubernetes API server must be an https:// URL, got ${connection.server}.`);
        const credentials = connection.credentials;
        this.agent = new node_https__WEBPACK_IMPORTED_MODULE_0__.Agent({
            keepAlive: true,
            maxSockets: 8,
            ...(connection.ca ? { ca: connection.ca } : {}),
            ...(connection.tlsServerName ? { servername: connection.tlsServerName } : {}),
            ...(credentials.kind === 'client-certificate' ? { cert: credentials.cert, key: credentials.key } : {}),
        });
    }
    get server() {
        return this.connection.server;
    }
    /** Closes kept-alive connections so the process can exit at once. */
    close() {
        this.agent.destroy();
    }
    getDeployment(namespace, name) {
        return this.send('GET', `/apis/apps/v1/namespaces/${enc(namespace)}/deployments/${enc(name)}`);
    }
    patchDeployment(namespace, name, patch, type) {
        const query = this.options.fieldManager ? `?fieldManager=${enc(this.options.fieldManager)}` : '';
        return this.send('PATCH', `/apis/apps/v1/namespaces/${enc(namespace)}/deployments/${enc(name)}${query}`, { body: JSON.stringify(patch), contentType: PATCH_CONTENT_TYPE[type] });
    }
    async listReplicaSets(namespace, labelSelector) {
        const list = await this.send('GET', `/apis/apps/v1/namespaces/${enc(namespace)}/replicasets?labelSelector=${enc(labelSelector)}`);
        return list.items;
    }
    async listPods(namespace, labelSelector) {
        const list = await this.send('GET', `/api/v1/namespaces/${enc(namespace)}/pods?labelSelector=${enc(labelSelector)}`);
        return list.items;
    }
    async listEvents(namespace, fieldSelector) {
        const list = await this.send('GET', `/api/v1/namespaces/${enc(namespace)}/events?fieldSelector=${enc(fieldSelector)}`);
        return list.items;
    }
    async headers() {
        const headers = {
            accept: 'application/json',
            'user-agent': 'aws-deploy-actions/eks',
        };
        if (this.connection.credentials.kind === 'token')
            headers['authorization'] = `Bearer ${await this.connection.credentials.source()}`;
        return headers;
    }
    async send(method, path, payload) {
        const headers = await this.headers();
        if (payload) {
            headers['content-type'] = payload.contentType;
            headers['content-length'] = String(Buffer.byteLength(payload.body));
        }
        const url = new URL(this.base.pathname.replace(/\/$/, '') + path, this.base);
        const { status, body, responseHeaders } = await new Promise((resolve, reject) => {
            const req = (0,node_https__WEBPACK_IMPORTED_MODULE_0__.request)(url, {
                method,
                headers,
                agent: this.agent,
                timeout: this.options.requestTimeoutMs ?? 30_000,
                ...(this.options.signal ? { signal: this.options.signal } : {}),
            }, (res) => {
                const chunks = [];
                res.on('data', (chunk) => chunks.push(chunk));
                res.on('end', () => resolve({
                    status: res.statusCode ?? 0,
                    body: Buffer.concat(chunks).toString('utf8'),
                    responseHeaders: res.headers,
                }));
                res.on('error', reject);
            });
            req.on('timeout', () => req.destroy(new KubeConnectionError(`no answer from ${this.base.host} within ${(this.options.requestTimeoutMs ?? 30_000) / 1000}s`)));
            req.on('error', (error) => reject(connectionError(error, this.base.host)));
            req.end(payload?.body);
        });
        this.calls.push({ method, path, status });
        if (status >= 200 && status < 300)
            return JSON.parse(body);
        const parsed = parseStatus(body, responseHeaders);
        throw new KubeApiError(status, parsed.reason ?? statusReason(status), parsed.message ?? (body.slice(0, 300) || 'no message'), method, path.split('?')[0] ?? path);
    }
}
function enc(value) {
    return encodeURIComponent(value);
}
function parseStatus(body, headers) {
    if (!String(headers['content-type'] ?? '').includes('json'))
        return {};
    try {
        const parsed = JSON.parse(body);
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch {
        return {};
    }
}
function statusReason(status) {
    return ({
        400: 'BadRequest',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'NotFound',
        409: 'Conflict',
        422: 'Invalid',
        429: 'TooManyRequests',
    }[status] ?? `HTTP${status}`);
}
function connectionError(error, host) {
    if (error instanceof KubeConnectionError || error.name === 'AbortError')
        return error;
    const code = error.code ?? '';
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code) || /certificate/i.test(error.message))
        return new KubeConnectionError(`TLS to the Kubernetes API at ${host} failed (${code || error.message}): the server's certificate does not verify against the cluster CA. Check 'certificate-authority-data' (or the kubeconfig's) matches the cluster.`);
    return new KubeConnectionError(`Could not reach the Kubernetes API at ${host}: ${code ? `${code} ` : ''}${error.message}`);
}
/**
 * Worth another poll: the API server was briefly unavailable or throttling. A request cut short by
 * the run's cancel signal counts too: the poll loop then sees the signal and reports `cancelled`.
 */
function isTransientKubeError(error) {
    if (error instanceof Error && error.name === 'AbortError')
        return true;
    if (error instanceof KubeConnectionError)
        return !/TLS/.test(error.message);
    return error instanceof KubeApiError && (error.status === 429 || error.status >= 500);
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   followRollout: () => (/* binding */ followRollout),
/* harmony export */   renderSamples: () => (/* binding */ renderSamples)
/* harmony export */ });
/* unused harmony exports FAILING_REASONS, assessRollout, podProblems, observeRollout, renderProblems */
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9907);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);




/** Container states that will not fix themselves: the rollout is failing. */
const FAILING_REASONS = [
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'CreateContainerConfigError',
    'InvalidImageName',
    'CreateContainerError',
];
/** Judges one observation of a rollout; pure, so every path is unit-tested. */
function assessRollout(view, elapsedMs = 0) {
    const { deployment } = view;
    const status = deployment.status ?? {};
    const desired = deployment.spec.replicas ?? 1;
    const sample = {
        elapsedMs,
        desired,
        updated: status.updatedReplicas ?? 0,
        ready: status.readyReplicas ?? 0,
        available: status.availableReplicas ?? 0,
        oldPods: view.oldPods.length,
    };
    const state = `${sample.updated}/${desired} updated, ${sample.ready} ready, ${sample.available} available${sample.oldPods ? `, ${sample.oldPods} old pod${sample.oldPods === 1 ? '' : 's'} left` : ''}`;
    const generation = deployment.metadata.generation ?? 0;
    if ((status.observedGeneration ?? 0) < generation)
        return {
            status: 'pending',
            state: `waiting for the Deployment controller to see generation ${generation}`,
            sample,
        };
    const progressing = status.conditions?.find((condition) => condition.type === 'Progressing');
    const problems = podProblems(view.newPods);
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return {
            status: 'failed',
            state,
            reason: `ProgressDeadlineExceeded: ${progressing.message ?? 'the rollout made no progress'} (progressDeadlineSeconds ${deployment.spec.progressDeadlineSeconds ?? 600}); ${state}`,
            sample,
            problems,
        };
    const first = problems[0];
    if (first)
        return {
            status: 'failed',
            state,
            reason: `pod ${first.pod} of the new ReplicaSet is in ${first.reason} (container ${first.container}${first.lastTermination?.message ? `: ${oneLine(first.lastTermination.message)}` : first.message ? `: ${oneLine(first.message)}` : ''}); ${state}`,
            sample,
            problems,
        };
    const complete = sample.updated === desired &&
        sample.ready === desired &&
        sample.available === desired &&
        (status.replicas ?? 0) === desired &&
        sample.oldPods === 0 &&
        (view.newReplicaSet === undefined || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(view.newReplicaSet) === (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(deployment));
    return complete
        ? { status: 'done', state: `${desired}/${desired} updated, ready and available`, sample }
        : { status: 'pending', state, sample };
}
function oneLine(text) {
    const line = text.trim().split(/\r?\n/).pop() ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
function podProblems(pods) {
    const problems = [];
    for (const pod of pods) {
        const statuses = [
            ...(pod.status?.initContainerStatuses ?? []),
            ...(pod.status?.containerStatuses ?? []),
        ];
        for (const status of statuses) {
            const waiting = status.state?.waiting;
            if (!waiting?.reason || !FAILING_REASONS.includes(waiting.reason))
                continue;
            const problem = {
                pod: pod.metadata.name,
                container: status.name,
                reason: waiting.reason,
                restarts: status.restartCount,
                events: [],
            };
            if (waiting.message)
                problem.message = waiting.message;
            const terminated = status.lastState?.terminated ?? status.state?.terminated;
            if (terminated) {
                problem.lastTermination = { exitCode: terminated.exitCode };
                if (terminated.reason)
                    problem.lastTermination.reason = terminated.reason;
                if (terminated.message)
                    problem.lastTermination.message = terminated.message;
            }
            problems.push(problem);
        }
    }
    return problems;
}
/** Reads the Deployment, its ReplicaSets and pods, and sorts the pods into new and old. */
async function observeRollout(client, namespace, name) {
    const deployment = await client.getDeployment(namespace, name);
    const selector = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorToString */ .CI)(deployment.spec.selector);
    const [replicaSets, pods] = await Promise.all([
        client.listReplicaSets(namespace, selector),
        client.listPods(namespace, selector),
    ]);
    const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const revision = deployment.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REVISION_ANNOTATION */ .wB];
    const newReplicaSet = revision === undefined
        ? undefined
        : owned.find((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REVISION_ANNOTATION */ .wB] === revision);
    const ownerUid = (pod) => pod.metadata.ownerReferences?.find((owner) => owner.controller)?.uid;
    const oldUids = new Set(owned.filter((rs) => rs !== newReplicaSet).map((rs) => rs.metadata.uid));
    return {
        deployment,
        newReplicaSet,
        newPods: newReplicaSet ? pods.filter((pod) => ownerUid(pod) === newReplicaSet.metadata.uid) : [],
        oldPods: pods.filter((pod) => oldUids.has(ownerUid(pod))),
    };
}
/** Follows the rollout of one Deployment until it succeeds, fails, times out or is cancelled. */
async function followRollout(client, target, options) {
    const samples = [];
    let last;
    let problems = [];
    let startedAt;
    const now = () => options.clock?.now() ?? Date.now();
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
        check: async () => {
            startedAt ??= now();
            const view = await observeRollout(client, target.namespace, target.name);
            last = view;
            const assessment = assessRollout(view, now() - startedAt);
            const previous = samples[samples.length - 1];
            if (!previous ||
                JSON.stringify({ ...previous, elapsedMs: 0 }) !==
                    JSON.stringify({ ...assessment.sample, elapsedMs: 0 }))
                samples.push(assessment.sample);
            if (assessment.status === 'done')
                return { status: 'done', value: view, state: assessment.state };
            if (assessment.status === 'pending')
                return { status: 'pending', state: assessment.state };
            problems = await withEvents(client, target.namespace, assessment.problems);
            return { status: 'failed', reason: assessment.reason, value: view, state: assessment.state };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
        maxDelayMs: options.maxPollIntervalMs,
        retryOn: _client_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientKubeError */ .KT,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollHooks */ .A3)(options),
        ...(options.onProgress
            ? { onProgress: (line) => options.onProgress?.(`${target.name}: ${line}`) }
            : {}),
    });
    const base = {
        state: outcome.state,
        elapsedMs: outcome.elapsedMs,
        polls: outcome.attempts,
        revision: last ? (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(last.deployment) : undefined,
        samples,
        problems,
        deployment: last?.deployment,
    };
    const diagnostics = problems.length
        ? { diagnostics: (summary) => renderProblems(summary, problems) }
        : {};
    switch (outcome.outcome) {
        case 'done':
            return { ...base, status: 'succeeded' };
        case 'failed':
            return { ...base, ...diagnostics, status: 'failed', reason: outcome.reason };
        case 'timeout':
            return {
                ...base,
                status: 'timed-out',
                reason: `the rollout did not finish within ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)}; state reached: ${outcome.state}`,
            };
        case 'cancelled':
            return { ...base, status: 'cancelled', reason: outcome.reason };
    }
}
async function withEvents(client, namespace, problems) {
    const pods = [...new Set(problems.map((problem) => problem.pod))].slice(0, 5);
    const events = await Promise.all(pods.map((pod) => client.listEvents(namespace, `involvedObject.kind=Pod,involvedObject.name=${pod}`).catch(() => [])));
    const byPod = new Map(pods.map((pod, index) => [
        pod,
        (events[index] ?? []).map((event) => `${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`.trim()),
    ]));
    return problems.map((problem) => ({ ...problem, events: byPod.get(problem.pod) ?? [] }));
}
function renderProblems(summary, problems) {
    summary.table(['Pod', 'Container', 'State', 'Restarts', 'Last termination'], problems
        .slice(0, 10)
        .map((problem) => [
        problem.pod,
        problem.container,
        problem.message ? `${problem.reason}: ${problem.message}` : problem.reason,
        String(problem.restarts),
        problem.lastTermination
            ? `exit ${problem.lastTermination.exitCode}${problem.lastTermination.reason ? ` (${problem.lastTermination.reason})` : ''}${problem.lastTermination.message ? `: ${problem.lastTermination.message}` : ''}`
            : '—',
    ]));
    const events = [
        ...new Set(problems.flatMap((problem) => problem.events.map((event) => `${problem.pod}: ${event}`))),
    ];
    if (events.length)
        summary.details('Pod events', (inner) => inner.codeBlock(events.slice(-30).join('\n')));
}
/** Replicas over time as a small table for the job summary. */
function renderSamples(summary, samples) {
    summary.table(['Time', 'Updated', 'Ready', 'Available', 'Old pods'], samples
        .slice(-15)
        .map((sample) => [
        `+${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(sample.elapsedMs)}`,
        `${sample.updated}/${sample.desired}`,
        `${sample.ready}/${sample.desired}`,
        `${sample.available}/${sample.desired}`,
        String(sample.oldPods),
    ]));
}


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change.

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
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${next}`, next);
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
        await sleep(Math.min(remaining, backoffDelay(attempts - 1, delays)), options.signal);
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


/***/ })

};
