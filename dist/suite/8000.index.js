export const id = 8000;
export const ids = [8000];
export const modules = {

/***/ 4593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ DNS_SUFFIXES),
/* harmony export */   i: () => (/* binding */ partitionOf)
/* harmony export */ });
const PARTITIONS = [
    { id: 'aws-cn', regions: /^cn-/, dnsSuffix: 'amazonaws.com.cn' },
    { id: 'aws-us-gov', regions: /^us-gov-/, dnsSuffix: 'amazonaws.com' },
    { id: 'aws-iso', regions: /^us-iso-/, dnsSuffix: 'c2s.ic.gov' },
    { id: 'aws-iso-b', regions: /^us-isob-/, dnsSuffix: 'sc2s.sgov.gov' },
    { id: 'aws-iso-e', regions: /^eu-isoe-/, dnsSuffix: 'cloud.adc-e.uk' },
    { id: 'aws-iso-f', regions: /^us-isof-/, dnsSuffix: 'csp.hci.ic.gov' },
];
/** The partition a region belongs to (`aws` for every commercial region). */
function partitionOf(region) {
    const found = PARTITIONS.find((partition) => partition.regions.test(region));
    return found ? { id: found.id, dnsSuffix: found.dnsSuffix } : { id: 'aws', dnsSuffix: 'amazonaws.com' };
}
/** Every DNS suffix of AWS endpoints, for patterns that accept any partition. */
const DNS_SUFFIXES = [...new Set(['amazonaws.com', ...PARTITIONS.map((p) => p.dnsSuffix)])];


/***/ }),

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectToCluster: () => (/* binding */ connectToCluster),
  decodeCaData: () => (/* binding */ decodeCaData)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/aws/clients.ts + 1 modules
var clients = __webpack_require__(4291);
// EXTERNAL MODULE: ./shared/kube/client.ts
var kube_client = __webpack_require__(9907);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./shared/aws/partitions.ts
var partitions = __webpack_require__(4593);
;// CONCATENATED MODULE: ./shared/kube/eks-token.ts
// The EKS bearer token, as `aws eks get-token` makes it: `k8s-aws-v1.` + base64url (no padding)
// of a SigV4-presigned STS GetCallerIdentity URL whose signed `x-k8s-aws-id` header names the
// cluster. The API server replays the URL to STS to learn who is calling, so the presign itself
// needs no IAM permission.



const TOKEN_PREFIX = 'k8s-aws-v1.';
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
/** X-Amz-Expires of the presigned URL, as aws-iam-authenticator sets it. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** A cached token is replaced this long before its URL expires. */
const REFRESH_MARGIN_MS = 15_000;
/** SHA-256 (or HMAC-SHA-256 with a secret) over node:crypto, in the shape SignatureV4 expects. */
class NodeSha256 {
    secret;
    hash;
    constructor(secret) {
        this.secret = secret;
        this.hash = this.fresh();
    }
    fresh() {
        return this.secret === undefined ? (0,external_node_crypto_.createHash)('sha256') : (0,external_node_crypto_.createHmac)('sha256', toBuffer(this.secret));
    }
    update(data) {
        this.hash.update(toBuffer(data));
    }
    digest() {
        return Promise.resolve(new Uint8Array(this.hash.digest()));
    }
    reset() {
        this.hash = this.fresh();
    }
}
function toBuffer(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}
/** RFC 3986 encoding, as SigV4 canonicalises query strings. */
function uriEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The regional STS host the token is presigned for, in the region's partition. */
function stsHost(region) {
    return `sts.${region}.${(0,partitions/* partitionOf */.i)(region).dnsSuffix}`;
}
/** The presigned GetCallerIdentity URL the token carries. */
async function presignCallerIdentityUrl(options) {
    const { SignatureV4 } = await __webpack_require__.e(/* import() */ 5118).then(__webpack_require__.t.bind(__webpack_require__, 5118, 19));
    const hostname = stsHost(options.region);
    const signer = new SignatureV4({
        service: 'sts',
        region: options.region,
        credentials: options.credentials,
        sha256: NodeSha256,
    });
    const signed = await signer.presign({
        method: 'GET',
        protocol: 'https:',
        hostname,
        path: '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        headers: { host: hostname, [CLUSTER_ID_HEADER]: options.cluster },
    }, {
        expiresIn: PRESIGN_EXPIRES_SECONDS,
        signingDate: options.signingDate ?? new Date(),
        unhoistableHeaders: new Set([CLUSTER_ID_HEADER]),
    });
    const query = Object.entries(signed.query ?? {})
        .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((item) => [key, item ?? '']))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`)
        .join('&');
    return `https://${hostname}/?${query}`;
}
async function createEksToken(options) {
    return TOKEN_PREFIX + Buffer.from(await presignCallerIdentityUrl(options), 'utf8').toString('base64url');
}
/** The URL inside a token (for tests and diagnostics). */
function decodeEksToken(token) {
    if (!token.startsWith(TOKEN_PREFIX))
        throw new Error(`not an EKS token: it does not start with ${TOKEN_PREFIX}`);
    return new URL(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
}
/** Tokens for one cluster, made from the SDK's default credential chain, cached until near expiry. */
class EksTokenSource {
    options;
    cached;
    constructor(options) {
        this.options = options;
    }
    async token() {
        const now = this.options.now?.() ?? Date.now();
        if (this.cached && now < this.cached.expiresAt - REFRESH_MARGIN_MS)
            return this.cached.token;
        const token = await createEksToken({
            cluster: this.options.cluster,
            region: this.options.region,
            credentials: this.options.credentials,
            signingDate: new Date(now),
        });
        (0,runtime/* setSecret */.Pq)(token);
        this.cached = { token, expiresAt: now + PRESIGN_EXPIRES_SECONDS * 1000 };
        return token;
    }
}
/** The default AWS credential chain (env, web identity/OIDC, SSO, profiles, IMDS), loaded on demand. */
async function defaultCredentials() {
    const { defaultProvider } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861)]).then(__webpack_require__.t.bind(__webpack_require__, 5861, 19));
    return defaultProvider();
}

;// CONCATENATED MODULE: ./shared/kube/explain.ts
// A 401 or 403 from an EKS API server, in words: who was refused (the caller ARN from STS) and
// what grants access (an EKS access entry, or a mapRoles entry in the aws-auth ConfigMap).

const SETUP = 'actions/eks-rolling-update/README.md#access-entry';
/** The IAM principal an access entry names: an assumed-role session maps back to its role. */
function principalArn(callerArn) {
    const assumed = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
    return assumed ? `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}` : callerArn;
}
function explainAuthFailure(error, context) {
    const who = context.callerArn ? `the IAM principal ${context.callerArn}` : 'the AWS credentials in use';
    if (context.kubeconfig)
        return new errors/* ActionError */.lZ(`The Kubernetes API refused the kubeconfig ${context.kubeconfig} (${error.status} ${error.reason}): ${error.kubeMessage}. Check its user's token or certificate and its RBAC permissions.`);
    const principal = context.callerArn ? principalArn(context.callerArn) : '<the role the workflow assumes>';
    if (error.status === 401)
        return new errors/* ActionError */.lZ(`EKS cluster ${context.cluster} does not let ${who} in (401 Unauthorized): the token is valid but this principal is not mapped to a Kubernetes identity. ` +
            `Add an EKS access entry: aws eks create-access-entry --cluster-name ${context.cluster} --principal-arn ${principal}, then aws eks associate-access-policy --cluster-name ${context.cluster} --principal-arn ${principal} ` +
            `--policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope type=namespace,namespaces=${context.namespace} ` +
            `(clusters still in CONFIG_MAP authentication mode: a mapRoles entry for ${principal} in the aws-auth ConfigMap). See ${SETUP}.`);
    return new errors/* ActionError */.lZ(`EKS cluster ${context.cluster} knows ${who} but Kubernetes RBAC forbids the request (403 Forbidden): ${error.kubeMessage}. ` +
        `Associate an access policy that allows get/patch on deployments and list on replicasets, pods and events in namespace ${context.namespace} ` +
        `(AmazonEKSEditPolicy scoped to the namespace), or bind an RBAC Role to the principal's Kubernetes groups. See ${SETUP}.`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/kube/kubeconfig.ts
// kubeconfig mode: the current context's server, CA and user. Tokens (inline or from a file) and
// client certificates are used as they are; an exec plugin is run only when it is the EKS token
// command (`aws eks get-token` / `aws-iam-authenticator token`), which is replaced by the
// built-in token; any other exec or auth-provider plugin is refused with an explanation.



const isDoc = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function named(list, name, what, file) {
    const entries = Array.isArray(list) ? list : [];
    const entry = entries.find((item) => isDoc(item) && item['name'] === name);
    if (!isDoc(entry))
        throw new errors/* ActionError */.lZ(`The kubeconfig ${file} has no ${what} named ${JSON.stringify(name)}.`);
    const body = entry[what];
    if (!isDoc(body))
        throw new errors/* ActionError */.lZ(`The ${what} ${JSON.stringify(name)} in ${file} is empty.`);
    return body;
}
function fileOrData(entry, key, base) {
    const data = entry[`${key}-data`];
    if (typeof data === 'string' && data)
        return Buffer.from(data, 'base64').toString('utf8');
    const path = entry[key];
    if (typeof path === 'string' && path)
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(base, path), 'utf8');
    return undefined;
}
/** Parses a kubeconfig's text; `file` is used for relative paths and messages. */
async function parseKubeconfig(text, file, contextName) {
    const { parse } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isDoc(doc))
        throw new errors/* ActionError */.lZ(`The kubeconfig ${file} is not a kubeconfig (no clusters, users, contexts).`);
    const current = contextName ?? doc['current-context'];
    if (typeof current !== 'string' || !current)
        throw new errors/* ActionError */.lZ(`The kubeconfig ${file} has no current-context; set one with kubectl config use-context.`);
    const context = named(doc['contexts'], current, 'context', file);
    const clusterName = typeof context['cluster'] === 'string' ? context['cluster'] : '';
    const cluster = named(doc['clusters'], clusterName, 'cluster', file);
    const base = (0,external_node_path_.dirname)(file);
    const server = cluster['server'];
    if (typeof server !== 'string' || !server.startsWith('https://'))
        throw new errors/* ActionError */.lZ(`The cluster of context ${JSON.stringify(current)} in ${file} has no https:// server (found ${JSON.stringify(server)}).`);
    if (cluster['insecure-skip-tls-verify'] === true)
        throw new errors/* ActionError */.lZ(`The kubeconfig ${file} sets insecure-skip-tls-verify; this action only talks to a cluster whose certificate it can verify: give certificate-authority-data instead.`);
    const target = { server: server.replace(/\/$/, ''), user: { kind: 'none' } };
    const ca = fileOrData(cluster, 'certificate-authority', base);
    if (ca)
        target.ca = ca;
    if (typeof cluster['tls-server-name'] === 'string')
        target.tlsServerName = cluster['tls-server-name'];
    if (typeof context['namespace'] === 'string')
        target.namespace = context['namespace'];
    const userName = context['user'];
    if (typeof userName !== 'string' || !userName)
        return target;
    const user = named(doc['users'], userName, 'user', file);
    if (typeof user['token'] === 'string' && user['token'])
        target.user = { kind: 'token', token: user['token'] };
    else if (typeof user['tokenFile'] === 'string')
        target.user = { kind: 'token', token: (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(base, user['tokenFile']), 'utf8').trim() };
    else if (user['client-certificate'] || user['client-certificate-data']) {
        const cert = fileOrData(user, 'client-certificate', base);
        const key = fileOrData(user, 'client-key', base);
        if (!cert || !key)
            throw new errors/* ActionError */.lZ(`The user ${JSON.stringify(userName)} in ${file} has a client certificate but no client key.`);
        target.user = { kind: 'client-certificate', cert, key };
    }
    else if (isDoc(user['exec']))
        target.user = eksExec(user['exec'], userName, file);
    else if (user['auth-provider'])
        throw new errors/* ActionError */.lZ(`The user ${JSON.stringify(userName)} in ${file} uses an auth-provider plugin, which this action does not run. Use a token, or leave 'kubeconfig' empty to authenticate with the AWS credentials.`);
    return target;
}
/** `aws eks get-token --cluster-name X [--region R]` or `aws-iam-authenticator token -i X`. */
function eksExec(exec, userName, file) {
    const command = typeof exec['command'] === 'string' ? exec['command'] : '';
    const args = Array.isArray(exec['args']) ? exec['args'].map(String) : [];
    const option = (...names) => {
        for (let i = 0; i < args.length; i += 1) {
            const arg = args[i] ?? '';
            for (const name of names) {
                if (arg === name)
                    return args[i + 1];
                if (arg.startsWith(`${name}=`))
                    return arg.slice(name.length + 1);
            }
        }
        return undefined;
    };
    const base = command.split('/').pop() ?? command;
    const cluster = base === 'aws' && args.includes('get-token')
        ? option('--cluster-name', '--cluster-id')
        : base === 'aws-iam-authenticator'
            ? option('-i', '--cluster-id')
            : undefined;
    if (!cluster)
        throw new errors/* ActionError */.lZ(`The user ${JSON.stringify(userName)} in ${file} runs the exec plugin ${JSON.stringify(command)}, which this action does not run (only the EKS token command is understood). Use a token, or leave 'kubeconfig' empty to authenticate with the AWS credentials.`);
    const region = option('--region');
    return region ? { kind: 'eks-token', cluster, region } : { kind: 'eks-token', cluster };
}
async function readKubeconfig(path, contextName) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Cannot read the kubeconfig ${path}: ${error.code ?? String(error)}.`);
    }
    return parseKubeconfig(text, path, contextName);
}

;// CONCATENATED MODULE: ./shared/kube/connect.ts
// Reaching a cluster's Kubernetes API: from the AWS credentials (DescribeCluster gives endpoint
// and CA, the EKS token authenticates) or from a kubeconfig. 401/403 answers are explained.







function decodeCaData(caData, origin) {
    const pem = Buffer.from(caData.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
        throw new errors/* ActionError */.lZ(`The ${origin} is not base64 of a PEM certificate.`);
    return pem;
}
async function callerArn(region) {
    try {
        const { STSClient, GetCallerIdentityCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(1695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19));
        const sts = (0,clients.createClient)(STSClient, { region, maxAttempts: 2 });
        try {
            return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
        }
        finally {
            sts.destroy();
        }
    }
    catch {
        return undefined;
    }
}
async function connectToCluster(options) {
    if (options.kubeconfig)
        return connectWithKubeconfig(options);
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(4524)]).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
    const eks = (0,clients.createClient)(EKSClient, { region: options.region });
    let described;
    try {
        described = (await eks.send(new DescribeClusterCommand({ name: options.cluster }), options.signal ? { abortSignal: options.signal } : {})).cluster;
    }
    catch (error) {
        if (error.name === 'ResourceNotFoundException')
            throw new errors/* ActionError */.lZ(`EKS cluster ${JSON.stringify(options.cluster)} does not exist in ${options.region} (check 'cluster-name' and the region).`);
        throw error;
    }
    finally {
        eks.destroy();
    }
    if (described?.status && !['ACTIVE', 'UPDATING'].includes(described.status))
        throw new errors/* ActionError */.lZ(`EKS cluster ${options.cluster} is ${described.status}; its API can only be used when it is ACTIVE.`);
    const server = (options.apiServer ?? described?.endpoint ?? '').replace(/\/$/, '');
    if (!server)
        throw new errors/* ActionError */.lZ(`DescribeCluster returned no endpoint for ${options.cluster}; give 'api-server'.`);
    const caData = options.caData ?? described?.certificateAuthority?.data;
    if (!caData)
        throw new errors/* ActionError */.lZ(`DescribeCluster returned no certificate authority for ${options.cluster}; give 'certificate-authority-data'.`);
    const ca = decodeCaData(caData, options.caData ? "'certificate-authority-data' input" : 'certificate authority DescribeCluster returned');
    const tokens = new EksTokenSource({
        cluster: options.cluster,
        region: options.region,
        credentials: await defaultCredentials(),
    });
    const client = new kube_client/* KubeClient */.Bx({ server, ca, credentials: { kind: 'token', source: () => tokens.token() } }, { fieldManager: 'eks-rolling-update', ...(options.signal ? { signal: options.signal } : {}) });
    return {
        client,
        mode: 'aws',
        server,
        ...(described?.version ? { version: described.version } : {}),
        explain: async (error, namespace) => {
            if (!(error instanceof kube_client.KubeApiError) || (error.status !== 401 && error.status !== 403))
                return error;
            const arn = await callerArn(options.region);
            return explainAuthFailure(error, {
                cluster: options.cluster,
                namespace,
                ...(arn ? { callerArn: arn } : {}),
            });
        },
        close: () => client.close(),
    };
}
async function connectWithKubeconfig(options) {
    const path = options.kubeconfig ?? '';
    const target = await readKubeconfig(path);
    const server = (options.apiServer ?? target.server).replace(/\/$/, '');
    const ca = options.caData ? decodeCaData(options.caData, "'certificate-authority-data' input") : target.ca;
    let credentials;
    switch (target.user.kind) {
        case 'token': {
            const token = target.user.token;
            (0,runtime/* setSecret */.Pq)(token);
            credentials = { kind: 'token', source: () => Promise.resolve(token) };
            break;
        }
        case 'client-certificate':
            (0,runtime/* setSecret */.Pq)(target.user.key);
            credentials = { kind: 'client-certificate', cert: target.user.cert, key: target.user.key };
            break;
        case 'eks-token': {
            const tokens = new EksTokenSource({
                cluster: target.user.cluster,
                region: target.user.region ?? options.region,
                credentials: await defaultCredentials(),
            });
            credentials = { kind: 'token', source: () => tokens.token() };
            break;
        }
        case 'none':
            credentials = { kind: 'none' };
    }
    const client = new kube_client/* KubeClient */.Bx({
        server,
        ...(ca ? { ca } : {}),
        ...(target.tlsServerName ? { tlsServerName: target.tlsServerName } : {}),
        credentials,
    }, { fieldManager: 'eks-rolling-update', ...(options.signal ? { signal: options.signal } : {}) });
    return {
        client,
        mode: 'kubeconfig',
        server,
        explain: (error, namespace) => Promise.resolve(error instanceof kube_client.KubeApiError && (error.status === 401 || error.status === 403)
            ? explainAuthFailure(error, { cluster: options.cluster, namespace, kubeconfig: path })
            : error),
        close: () => client.close(),
    };
}


/***/ })

};
