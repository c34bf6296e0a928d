export const id = 895;
export const ids = [895,9907,2288];
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
/* harmony import */ var _http_proxy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9903);
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
        const tls = {
            ...(connection.ca ? { ca: connection.ca } : {}),
            ...(connection.tlsServerName ? { servername: connection.tlsServerName } : {}),
            ...(credentials.kind === 'client-certificate' ? { cert: credentials.cert, key: credentials.key } : {}),
        };
        // through HTTPS_PROXY unless NO_PROXY exempts the API server
        this.agent = (0,_http_proxy_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyAgent */ .QT)(tls) ?? new node_https__WEBPACK_IMPORTED_MODULE_0__.Agent({ keepAlive: true, maxSockets: 8, ...tls });
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
    /** Any object by its API path; undefined when it does not exist. */
    async findObject(path) {
        try {
            return await this.send('GET', path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /** Server-side apply of one object at its resource path (`/api/v1/namespaces/ns/configmaps/name`). */
    applyObject(path, object, options) {
        const query = `?fieldManager=${enc(options.fieldManager)}${options.force ? '&force=true' : ''}`;
        return this.send('PATCH', `${path}${query}`, {
            body: JSON.stringify(object),
            contentType: 'application/apply-patch+yaml',
        });
    }
    /** Merge-patches `stringData` into a Secret (the API server turns it into base64 `data`). */
    async patchSecretData(namespace, name, stringData, fieldManager) {
        await this.send('PATCH', `/api/v1/namespaces/${enc(namespace)}/secrets/${enc(name)}?fieldManager=${enc(fieldManager)}`, { body: JSON.stringify({ stringData }), contentType: PATCH_CONTENT_TYPE.merge });
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


/***/ })

};
