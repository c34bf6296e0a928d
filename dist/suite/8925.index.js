export const id = 8925;
export const ids = [8925,5929,9907,895,2288,8658];
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


/***/ }),

/***/ 9703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ selectorToString),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   j$: () => (/* binding */ TEMPLATE_HASH_LABEL),
/* harmony export */   vG: () => (/* binding */ CHANGE_CAUSE_ANNOTATION),
/* harmony export */   wB: () => (/* binding */ REVISION_ANNOTATION)
/* harmony export */ });
// The few Kubernetes API shapes this suite reads and writes, written out by hand (the official
// models cost megabytes in a bundle). Field names and meanings are those of apps/v1 and core/v1.
const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
const TEMPLATE_HASH_LABEL = 'pod-template-hash';
/** `matchLabels` (and simple `matchExpressions`) as a `labelSelector` query value. */
function selectorToString(selector) {
    const parts = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`);
    for (const expression of selector.matchExpressions ?? []) {
        const values = (expression.values ?? []).join(',');
        if (expression.operator === 'In')
            parts.push(`${expression.key} in (${values})`);
        else if (expression.operator === 'NotIn')
            parts.push(`${expression.key} notin (${values})`);
        else if (expression.operator === 'Exists')
            parts.push(expression.key);
        else
            parts.push(`!${expression.key}`);
    }
    return parts.join(',');
}
function revisionOf(object) {
    const text = object.metadata.annotations?.[REVISION_ANNOTATION];
    const value = text === undefined ? Number.NaN : Number(text);
    return Number.isInteger(value) ? value : undefined;
}


/***/ }),

/***/ 8658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ templateOfRevision),
/* harmony export */   N_: () => (/* binding */ sameTemplate),
/* harmony export */   _Z: () => (/* binding */ containerImages),
/* harmony export */   restoreTemplate: () => (/* binding */ restoreTemplate)
/* harmony export */ });
/* unused harmony export deploymentTemplate */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9703);
// Undo as `kubectl rollout undo --to-revision` does it: the Deployment's pod template is replaced
// (JSON patch) by the template of a recorded revision, without its pod-template-hash label.


/** The template as a Deployment holds it: the ReplicaSet's pod-template-hash label removed. */
function deploymentTemplate(template) {
    const copy = structuredClone(template);
    if (copy.metadata?.labels) {
        delete copy.metadata.labels[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HASH_LABEL */ .j$];
    }
    return copy;
}
/** Compares templates as the Deployment controller does (key order and the hash label ignored). */
function sameTemplate(a, b) {
    return stableJson(deploymentTemplate(a)) === stableJson(deploymentTemplate(b));
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.entries(value)
            .filter(([, item]) => item !== undefined && item !== null)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function containerImages(template) {
    return Object.fromEntries(template.spec.containers.map((container) => [container.name, container.image ?? '']));
}
/** The template of one revision, from the ReplicaSet the Deployment owns for it. */
async function templateOfRevision(client, deployment, revision) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const sets = await client.listReplicaSets(namespace, (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorToString */ .CI)(deployment.spec.selector));
    const owned = sets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const match = owned.find((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB] === String(revision));
    if (!match) {
        const known = owned
            .map((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB])
            .filter(Boolean)
            .sort((a, b) => Number(a) - Number(b));
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Deployment ${namespace}/${deployment.metadata.name} has no ReplicaSet for revision ${revision} (revisions kept: ${known.join(', ') || 'none'}); it may have been pruned by revisionHistoryLimit.`);
    }
    return deploymentTemplate(match.spec.template);
}
/** Replaces the Deployment's template by `template` exactly; notes why in change-cause. */
async function restoreTemplate(client, deployment, template, changeCause) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const annotationsPath = '/metadata/annotations';
    const operations = [
        { op: 'test', path: '/metadata/uid', value: deployment.metadata.uid },
        { op: 'replace', path: '/spec/template', value: deploymentTemplate(template) },
        deployment.metadata.annotations
            ? {
                op: 'add',
                path: `${annotationsPath}/${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG.replace(/~/g, '~0').replace(/\//g, '~1')}`,
                value: changeCause,
            }
            : { op: 'add', path: annotationsPath, value: { [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG]: changeCause } },
    ];
    return client.patchDeployment(namespace, deployment.metadata.name, operations, 'json');
}


/***/ }),

/***/ 8245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ parseBreadcrumb),
/* harmony export */   Du: () => (/* binding */ unseal),
/* harmony export */   Ld: () => (/* binding */ newRecordId),
/* harmony export */   O8: () => (/* binding */ breadcrumbMismatch),
/* harmony export */   Z9: () => (/* binding */ newSealKey),
/* harmony export */   b5: () => (/* binding */ breadcrumbOf),
/* harmony export */   gp: () => (/* binding */ BREADCRUMB_KEY),
/* harmony export */   od: () => (/* binding */ seal),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports stableJson, previousDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The breadcrumb: what a deploy writes into AWS (a tag, an annotation) next to the resource it
// changes, so that a rollback can tell a record that deploy made from a hand-made or edited one.
// It holds the record's id and a digest of the record's `previous` state; only a principal
// allowed to deploy can write it, and a record whose id or previous state differs is refused.

/** Tag key (ECS, Lambda, CloudFormation) and annotation key (Kubernetes) of the breadcrumb. */
const BREADCRUMB_KEY = 'deploy-actions/record';
function newRecordId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/** JSON with sorted keys and no undefined members: the same bytes for the same value. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.entries(value)
            .filter(([, item]) => item !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function sha256(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The digest a deploy writes and a rollback recomputes: id, target, resource and previous state. */
function previousDigest(record) {
    const { id, target, resource, previous } = record;
    return sha256(stableJson({ id, target, resource, previous }));
}
function breadcrumbOf(record, key) {
    return `${record.id}:${previousDigest(record)}${key ? `:${key}` : ''}`;
}
function parseBreadcrumb(value) {
    const match = /^([0-9a-f-]{8,64}):([0-9a-f]{64})(?::([A-Za-z0-9_-]{43}))?$/.exec(value ?? '');
    if (!match)
        return undefined;
    return { id: match[1], digest: match[2], ...(match[3] ? { key: match[3] } : {}) };
}
function newSealKey() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32).toString('base64url');
}
/**
 * Values a restore needs but a record must not show (parameter values that may be hosts, users,
 * URLs with passwords): AES-256-GCM under a key kept only in the breadcrumb, in AWS.
 */
function seal(values, key) {
    const iv = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12);
    const cipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createCipheriv)('aes-256-gcm', Buffer.from(key, 'base64url'), iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}
function unseal(sealed, key) {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createDecipheriv)('aes-256-gcm', Buffer.from(key, 'base64url'), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    return JSON.parse(text);
}
/**
 * Why a record does not match the breadcrumb found on its resource, or undefined when it does.
 * `where` names the place read, e.g. "the tags of task definition web:7".
 */
function breadcrumbMismatch(record, found, where) {
    if (!record.id)
        return `the record carries no id, so it cannot be matched with the breadcrumb its deploy writes on ${where}; pass the 'deployment' output of a deploy step of this version, or roll back by hand with 'target'`;
    const breadcrumb = parseBreadcrumb(found);
    if (!breadcrumb)
        return `found no breadcrumb ${BREADCRUMB_KEY} on ${where}: the record was not written by a deploy of this resource`;
    if (breadcrumb.id !== record.id)
        return `the breadcrumb on ${where} names record ${breadcrumb.id}, not this record ${record.id}: a later deploy replaced it, or the record was not made by a deploy of this resource`;
    if (breadcrumb.digest !== previousDigest({ ...record, id: record.id }))
        return `the record's previous state is not the one its deploy recorded on ${where} (digest mismatch): the record was edited`;
    return undefined;
}


/***/ }),

/***/ 8925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEksRollbackAdapter: () => (/* binding */ createEksRollbackAdapter)
/* harmony export */ });
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8245);
/* harmony import */ var _kube_connect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8000);
/* harmony import */ var _kube_rollout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(895);
/* harmony import */ var _kube_undo_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8658);
/* harmony import */ var _kube_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9703);





function describeImages(images) {
    return Object.entries(images)
        .map(([container, image]) => `${container}=${image}`)
        .join(', ');
}
function createEksRollbackAdapter(settings = {}) {
    const connect = settings.connect ??
        ((record) => (0,_kube_connect_js__WEBPACK_IMPORTED_MODULE_1__.connectToCluster)({
            cluster: record.resource.cluster,
            region: record.region,
            ...(settings.apiServer ? { apiServer: settings.apiServer } : {}),
            ...(settings.caData ? { caData: settings.caData } : {}),
        }));
    return {
        async restore(record, options) {
            const { cluster, namespace, deployment: name } = record.resource;
            const label = `${cluster}/${namespace}/${name}`;
            const { previous, current } = record;
            if (!previous || !current)
                return {
                    changed: false,
                    from: label,
                    to: label,
                    refused: `the record of ${label} holds no change to undo`,
                };
            const connection = await connect(record);
            try {
                const { client } = connection;
                const live = await client.getDeployment(namespace, name).catch(async (error) => {
                    throw await connection.explain(error, namespace);
                });
                const liveRevision = (0,_kube_types_js__WEBPACK_IMPORTED_MODULE_4__/* .revisionOf */ .DT)(live);
                const from = `revision ${liveRevision ?? '?'} (${describeImages((0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_3__/* .containerImages */ ._Z)(live.spec.template))})`;
                const to = `revision ${previous.revision} (${describeImages(previous.images)})`;
                if (!options.trustLiveState) {
                    const found = live.metadata.annotations?.[_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .BREADCRUMB_KEY */ .gp];
                    const mismatch = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .breadcrumbMismatch */ .O8)(record, found, `Deployment ${namespace}/${name}`);
                    if (mismatch)
                        return { changed: false, from, to, refused: mismatch };
                }
                // a restore renumbers the ReplicaSet of the recorded revision (as Kubernetes does): a rerun
                // finds no such revision, and the previous images already running
                const sameImages = (images) => JSON.stringify(Object.entries(images).sort()) ===
                    JSON.stringify(Object.entries(previous.images).sort());
                const target = await (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_3__/* .templateOfRevision */ .Lq)(client, live, previous.revision).catch((error) => {
                    if (sameImages((0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_3__/* .containerImages */ ._Z)(live.spec.template)))
                        return undefined;
                    throw error;
                });
                if (!target)
                    return { changed: false, from, to };
                if ((0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_3__/* .sameTemplate */ .N_)(live.spec.template, target))
                    return { changed: false, from, to };
                if (!options.force && liveRevision !== current.revision)
                    return {
                        changed: false,
                        from,
                        to,
                        refused: `Deployment ${namespace}/${name} is at revision ${liveRevision ?? '?'}, not revision ${current.revision} that this deployment made: someone deployed since. Set 'force: true' to roll back anyway.`,
                    };
                await (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_3__.restoreTemplate)(client, live, target, settings.changeCause ?? `auto-rollback to revision ${previous.revision}`);
                if (!options.wait)
                    return { changed: true, from, to };
                const follow = await (0,_kube_rollout_js__WEBPACK_IMPORTED_MODULE_2__.followRollout)(client, { namespace, name }, options);
                return { changed: true, from, to, follow };
            }
            finally {
                connection.close();
            }
        },
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
