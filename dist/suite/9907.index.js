export const id = 9907;
export const ids = [9907,2288];
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


/***/ })

};
