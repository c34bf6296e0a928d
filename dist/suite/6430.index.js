export const id = 6430;
export const ids = [6430];
export const modules = {

/***/ 2652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NE: () => (/* binding */ CERTIFICATE_ERROR),
/* harmony export */   Ov: () => (/* binding */ fetchCertificate),
/* harmony export */   _p: () => (/* binding */ expiryNote),
/* harmony export */   dF: () => (/* binding */ describeCertificate),
/* harmony export */   zj: () => (/* binding */ certificateDates)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
// TLS certificate inspection: who it is for, who signed it, when it expires.


const DAY_MS = 86_400_000;
function distinguishedName(name) {
    if (!name)
        return '';
    return Object.entries(name)
        .filter((entry) => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : value}`)
        .join(', ');
}
function isoDate(text) {
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? text : date.toISOString();
}
function describeCertificate(certificate, now) {
    if (!certificate || !certificate.valid_to)
        return undefined;
    const validTo = new Date(certificate.valid_to).getTime();
    return {
        subject: distinguishedName(certificate.subject),
        issuer: distinguishedName(certificate.issuer),
        validFrom: isoDate(certificate.valid_from),
        validTo: isoDate(certificate.valid_to),
        daysLeft: Math.floor((validTo - now) / DAY_MS),
    };
}
/** `expired on <date> (N days ago)` for a certificate past validTo, else ''. */
function expiryNote(certificate, now) {
    const validTo = Date.parse(certificate.validTo);
    if (!(validTo < now))
        return '';
    const days = Math.floor((now - validTo) / DAY_MS);
    return `expired on ${certificate.validTo} (${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`} ago)`;
}
/** `valid from … to …`, dates only, for failure messages. */
function certificateDates(certificate) {
    return `valid from ${certificate.validFrom.slice(0, 10)} to ${certificate.validTo.slice(0, 10)}`;
}
/** Node refuses a certificate with one of these codes (from OpenSSL, plus the name check). */
const CERTIFICATE_ERROR = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT_LOCALLY)|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH)/;
/**
 * Reads the certificate a server presents without sending it anything: a bare TLS handshake that
 * accepts any certificate, used only to explain why the real request refused it.
 */
function fetchCertificate(url, options) {
    return new Promise((resolve) => {
        const host = url.hostname.replace(/^\[|\]$/g, '');
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({
            host,
            port: Number(url.port || 443),
            ...((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) ? {} : { servername: host }),
            rejectUnauthorized: false,
            ...(options.ca === undefined ? {} : { ca: options.ca }),
        });
        const finish = (info) => {
            clearTimeout(timer);
            socket.destroy();
            resolve(info);
        };
        const timer = setTimeout(() => finish(undefined), options.timeoutMs);
        socket.once('secureConnect', () => finish(describeCertificate(socket.getPeerCertificate(), options.now)));
        socket.once('error', () => finish(undefined));
    });
}


/***/ }),

/***/ 6738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $x: () => (/* binding */ parseMethod),
/* harmony export */   US: () => (/* binding */ buildChecks),
/* harmony export */   YP: () => (/* binding */ METHOD_ACCEPTED),
/* harmony export */   eG: () => (/* binding */ parseCheckEntries),
/* harmony export */   rn: () => (/* binding */ urlProblem),
/* harmony export */   yh: () => (/* binding */ URL_ACCEPTED)
/* harmony export */ });
/* unused harmony exports CHECK_KEYS, headerProblem, mergeHeaders */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6293);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5148);
/* harmony import */ var _status_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1677);
// Smoke checks: the `checks` YAML list validated into entries, then merged with the defaults
// (method, headers, expect-status, max-latency) and the plain URLs into the checks to run.





const CHECK_KEYS = [
    'name',
    'url',
    'method',
    'headers',
    'body',
    'expect-status',
    'expect-body',
    'expect-body-regex',
    'expect-json',
    'expect-header',
    'max-latency',
];
const URL_ACCEPTED = 'an http:// or https:// URL with a host';
const METHOD_ACCEPTED = 'an HTTP method such as GET, HEAD or POST';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** The reason a URL is refused, or undefined when it can be probed. */
function urlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'not a URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `the scheme ${url.protocol} is not http or https`;
    if (url.hostname === '')
        return 'no host';
    return undefined;
}
function parseMethod(text) {
    return /^[A-Za-z]+$/.test(text.trim()) ? text.trim().toUpperCase() : undefined;
}
/** Header map problems: a name that is not an HTTP token, a value with a line break. */
function headerProblem(name, value) {
    if (!HEADER_NAME.test(name))
        return `${JSON.stringify(name)} is not a valid header name`;
    if (/[\r\n\0]/.test(value))
        return `the value of header ${name} contains a line break`;
    return undefined;
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/**
 * Validates the parsed `checks` document (a YAML list of mappings). Errors name the input, the
 * check (by position and URL) and the key. A check with `expect-body-regex` needs RE2 loaded
 * first (loadRegexEngine; the `checks` input spec loads it when the text has a pattern).
 */
function parseCheckEntries(document, input = 'checks') {
    if (document === undefined || document === null)
        return [];
    if (!Array.isArray(document))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, describeType(document), 'a YAML list of checks, each a mapping with at least url');
    return document.map((item, index) => parseEntry(item, index + 1, input));
}
function describeType(value) {
    if (Array.isArray(value))
        return 'a list';
    if (isPlainObject(value))
        return 'a mapping';
    return String(value);
}
function parseEntry(item, position, input) {
    const where = (key) => `check ${position}${key ? `, key ${key}` : ''}`;
    if (!isPlainObject(item))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, describeType(item), 'each check to be a mapping with at least url', `${where()} is not a mapping`);
    for (const key of Object.keys(item))
        if (!CHECK_KEYS.includes(key))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, key, `one of the check keys ${CHECK_KEYS.join(', ')}`, `unknown key in ${where()}`);
    const text = (key, accepted) => {
        const value = item[key];
        if (value === undefined)
            return undefined;
        const result = scalarText(value);
        if (result === undefined)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, describeType(value), accepted, where(key));
        return result;
    };
    const map = (key, accepted) => {
        const value = item[key];
        if (value === undefined)
            return undefined;
        if (!isPlainObject(value))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, describeType(value), accepted, where(key));
        return value;
    };
    const url = text('url', URL_ACCEPTED);
    if (url === undefined || url.trim() === '')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, '', `${URL_ACCEPTED} in every check (${where()} has none)`);
    const problem = urlProblem(url.trim());
    if (problem)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, (0,_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Qy)(url), URL_ACCEPTED, `${where('url')}: ${problem}`);
    const entry = { url: url.trim() };
    const name = text('name', 'a name for the check');
    if (name !== undefined && name.trim() !== '')
        entry.name = name.trim();
    const methodText = text('method', METHOD_ACCEPTED);
    if (methodText !== undefined) {
        const method = parseMethod(methodText);
        if (!method)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, methodText, METHOD_ACCEPTED, where('method'));
        entry.method = method;
    }
    const headers = map('headers', 'a mapping of header name to value');
    if (headers)
        entry.headers = stringMap(headers, input, where('headers'), 'a mapping of header name to value', true);
    const body = item['body'];
    if (body !== undefined && body !== null) {
        if (typeof body === 'string')
            entry.body = body;
        else if (typeof body === 'object' || typeof body === 'number' || typeof body === 'boolean') {
            entry.body = JSON.stringify(body);
            const hasType = Object.keys(entry.headers ?? {}).some((header) => header.toLowerCase() === 'content-type');
            if (typeof body === 'object' && !hasType)
                entry.headers = { ...entry.headers, 'Content-Type': 'application/json' };
        }
    }
    const status = text('expect-status', _status_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_SPEC_ACCEPTED */ .JI);
    if (status !== undefined) {
        const spec = (0,_status_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStatusSpec */ .L1)(status);
        if (typeof spec === 'string')
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, status, _status_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_SPEC_ACCEPTED */ .JI, `${where('expect-status')}: ${spec}`);
        entry.expectStatus = spec;
    }
    const expectBody = text('expect-body', 'text the body must contain');
    if (expectBody !== undefined)
        entry.expectBody = expectBody;
    const regex = text('expect-body-regex', 'a regular expression');
    if (regex !== undefined) {
        try {
            entry.expectBodyRegex = (0,_regex_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRegex */ .DL)(regex);
        }
        catch (error) {
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, regex, _regex_js__WEBPACK_IMPORTED_MODULE_3__/* .REGEX_ACCEPTED */ .MV, `${where('expect-body-regex')}: ${error.message}`);
        }
    }
    const json = map('expect-json', 'a mapping of dotted JSON path (data.items.0.status) to expected value');
    if (json) {
        for (const path of Object.keys(json))
            if (path === '' || path.split('.').some((segment) => segment === ''))
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, path, 'dotted paths such as data.items.0.status', where('expect-json'));
        entry.expectJson = json;
    }
    const expectHeader = map('expect-header', 'a mapping of header name to the text its value must contain');
    if (expectHeader)
        entry.expectHeader = stringMap(expectHeader, input, where('expect-header'), 'a mapping of header name to text', false);
    const latency = text('max-latency', _action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_ACCEPTED */ .Vj);
    if (latency !== undefined) {
        const ms = (0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(latency);
        if (ms === undefined || ms <= 0)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, latency, `${_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_ACCEPTED */ .Vj}, more than zero`, where('max-latency'));
        entry.maxLatencyMs = ms;
    }
    return entry;
}
/** `pattern`, or `/pattern/flags` for flags (g and y are dropped: a test must not keep state). */
function stringMap(value, input, where, accepted, isRequestHeader) {
    const result = {};
    for (const [key, raw] of Object.entries(value)) {
        const text = raw === null ? '' : scalarText(raw);
        if (text === undefined)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, describeType(raw), accepted, `${where}, ${key}`);
        const problem = headerProblem(key, text);
        if (problem)
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, isRequestHeader ? key : `${key}: ${text}`, accepted, `${where}: ${problem}`);
        result[key] = text;
    }
    return result;
}
/** Header maps merged case-insensitively; later maps win. */
function mergeHeaders(...maps) {
    const merged = new Map();
    for (const map of maps)
        for (const [name, value] of Object.entries(map ?? {}))
            merged.set(name.toLowerCase(), [name, value]);
    return Object.fromEntries(merged.values());
}
/**
 * The checks to run: one per plain URL (defaults only), then one per `checks` entry (its own
 * values over the defaults). Names must be unique: they identify checks in `failed-checks`.
 */
function buildChecks(urls, entries, defaults, input = 'checks') {
    const checks = [...urls.map((url) => ({ url })), ...entries].map((entry) => {
        const method = entry.method ?? defaults.method;
        const check = {
            name: entry.name ?? `${method} ${(0,_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Qy)(entry.url)}`,
            url: entry.url,
            method,
            headers: mergeHeaders(defaults.headers, entry.headers),
            expectStatus: entry.expectStatus ?? defaults.expectStatus,
        };
        const maxLatencyMs = entry.maxLatencyMs ?? defaults.maxLatencyMs;
        if (maxLatencyMs !== undefined)
            check.maxLatencyMs = maxLatencyMs;
        if (entry.body !== undefined)
            check.body = entry.body;
        if (entry.expectBody !== undefined)
            check.expectBody = entry.expectBody;
        if (entry.expectBodyRegex !== undefined)
            check.expectBodyRegex = entry.expectBodyRegex;
        if (entry.expectJson !== undefined)
            check.expectJson = entry.expectJson;
        if (entry.expectHeader !== undefined)
            check.expectHeader = entry.expectHeader;
        return check;
    });
    const seen = new Set();
    for (const check of checks) {
        if (seen.has(check.name))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, check.name, 'checks with distinct names (set name: on one of them)', 'two checks have this name');
        seen.add(check.name);
    }
    return checks;
}


/***/ }),

/***/ 6430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nh: () => (/* binding */ smokeInputs),
/* harmony export */   a: () => (/* binding */ checksInput),
/* harmony export */   uM: () => (/* binding */ statusSpec)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
/* harmony import */ var _status_spec_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1677);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6738);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6293);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5042);
/* harmony import */ var _regex_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5148);
// The smoke-check inputs that smoke-test and the root release action both declare, with the same
// ids, defaults and rules.






/** An expected-status input (STATUS_SPEC_ACCEPTED); empty means none. */
function statusSpec(options = {}) {
    return {
        required: false,
        default: options.default,
        accepted: _status_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS_SPEC_ACCEPTED */ .JI,
        parse(raw, name) {
            if (raw === '')
                return undefined;
            const spec = (0,_status_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .parseStatusSpec */ .L1)(raw);
            if (typeof spec === 'string')
                throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, raw, _status_spec_js__WEBPACK_IMPORTED_MODULE_5__/* .STATUS_SPEC_ACCEPTED */ .JI, spec);
            return spec;
        },
    };
}
/** A list of URLs; a bad one is quoted with any password masked. */
function urls() {
    const list = _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({ accepted: `${_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .URL_ACCEPTED */ .yh}, one per line or separated by commas` });
    return {
        ...list,
        parse(raw, name) {
            const items = list.parse(raw, name);
            for (const item of items) {
                const problem = (0,_checks_js__WEBPACK_IMPORTED_MODULE_1__/* .urlProblem */ .rn)(item);
                if (problem)
                    throw new _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, (0,_probe_js__WEBPACK_IMPORTED_MODULE_2__/* .displayUrl */ .Qy)(item), list.accepted, problem);
            }
            return items;
        },
    };
}
/** The `checks` input: a YAML (or JSON) list, its credentials masked before it is parsed. */
function checksInput() {
    const document = _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.document({
        accepted: 'a YAML list of checks, each a mapping with at least url',
        mask: _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskChecksText */ .bk,
    });
    return {
        ...document,
        async parse(raw, name) {
            // RE2 is loaded here, only when a check may have a pattern: start-up stays fast otherwise
            if (raw.includes('expect-body-regex'))
                await (0,_regex_js__WEBPACK_IMPORTED_MODULE_4__/* .loadRegexEngine */ .cG)();
            return document.parse(raw, name);
        },
    };
}
const smokeInputs = {
    url: urls(),
    headers: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.map({ accepted: 'Header-Name=value lines', secretKeys: _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isCredentialHeader */ .b5 }),
    'expect-status': statusSpec({ default: '2xx' }),
    timeout: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '5m', min: 1000, max: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_WAIT_MS */ .um }),
    'request-timeout': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '10s', min: 1, max: 5 * 60_000 }),
    // at least 100ms; the pause doubles after each failure (up to 10 s), so a failing URL is not flooded
    interval: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.duration({ default: '2s', min: 100, max: 10 * 60_000 }),
    'consecutive-successes': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.integer({ default: 1, min: 1, max: 1000 }),
};


/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   dy: () => (/* binding */ probe)
/* harmony export */ });
/* unused harmony export MAX_REDIRECTS */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9501);
/* harmony import */ var _certificate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2652);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5042);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9903);
// One HTTP(S) probe with Node's http/https modules (not fetch: the TLS socket gives the
// certificate): an overall time limit, redirects, latency, certificate, and failures in words.







const MAX_REDIRECTS = 10;
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
class ExchangeError extends Error {
    cause;
    phase;
    constructor(cause, phase) {
        super('exchange failed');
        this.cause = cause;
        this.phase = phase;
    }
}
function flattenHeaders(message) {
    const headers = {};
    for (const [name, value] of Object.entries(message.headers))
        if (value !== undefined)
            headers[name] = Array.isArray(value) ? value.join(', ') : value;
    return headers;
}
function exchange(url, method, headers, body, probe, signal, now) {
    return new Promise((resolve, reject) => {
        let phase = 'connecting';
        const fail = (error) => reject(new ExchangeError(error, phase));
        const requestHeaders = { ...headers };
        if (body !== undefined &&
            !Object.keys(requestHeaders).some((name) => name.toLowerCase() === 'content-length'))
            requestHeaders['Content-Length'] = String(Buffer.byteLength(body));
        const options = {
            method,
            headers: requestHeaders,
            agent: false,
            signal,
        };
        if (url.protocol === 'https:') {
            options.rejectUnauthorized = !probe.insecure;
            if (probe.ca !== undefined)
                options.ca = probe.ca;
        }
        // behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY), a fresh agent per request, as without one
        const proxied = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_6__/* .proxyAgent */ .QT)(url.protocol === 'https:'
            ? { rejectUnauthorized: !probe.insecure, ...(probe.ca !== undefined ? { ca: probe.ca } : {}) }
            : undefined, false);
        if (proxied)
            options.agent = proxied;
        let request;
        try {
            request = (url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request)(url, options);
        }
        catch (error) {
            fail(error);
            return;
        }
        request.once('socket', (socket) => {
            if (!socket.connecting)
                phase = 'waiting for the response';
            else
                socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => (phase = 'waiting for the response'));
        });
        request.once('error', fail);
        request.once('response', (response) => {
            phase = 'reading the body';
            const socket = response.socket;
            const peer = typeof socket?.getPeerCertificate === 'function' ? socket.getPeerCertificate() : undefined;
            const certificate = peer ? (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .describeCertificate */ .dF)(peer, now()) : undefined;
            const limit = probe.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
            const chunks = [];
            let kept = 0;
            let truncated = false;
            response.on('data', (chunk) => {
                if (kept >= limit) {
                    truncated = true;
                    return;
                }
                const room = limit - kept;
                if (chunk.length > room)
                    truncated = true;
                chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
                kept += Math.min(room, chunk.length);
            });
            response.once('error', fail);
            response.once('close', () => {
                if (!response.complete) {
                    fail(Object.assign(new Error('the connection closed before the whole response arrived'), {
                        code: 'CLOSED_MID_RESPONSE',
                    }));
                    return;
                }
                const result = {
                    status: response.statusCode ?? 0,
                    headers: flattenHeaders(response),
                    body: Buffer.concat(chunks).toString('utf8'),
                    bodyTruncated: truncated,
                };
                if (certificate)
                    result.certificate = certificate;
                resolve(result);
            });
        });
        request.end(body);
    });
}
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
function errorCodeOf(error) {
    const shape = (typeof error === 'object' && error !== null ? error : {});
    return typeof shape.code === 'string' ? shape.code : typeof shape.name === 'string' ? shape.name : '';
}
function errorMessageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** A URL for messages and names: any password replaced by ***. */
function displayUrl(url) {
    try {
        const parsed = new URL(String(url));
        if (parsed.password)
            parsed.password = '***';
        return parsed.toString();
    }
    catch {
        return String(url);
    }
}
async function probe(request) {
    const now = request.now ?? Date.now;
    const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    const elapsed = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, request.timeoutMs);
    const cancel = () => controller.abort();
    request.signal?.addEventListener('abort', cancel, { once: true });
    if (request.signal?.aborted)
        controller.abort();
    let url = new URL(request.url);
    let method = request.method;
    let body = request.body;
    let headers = { ...request.headers };
    const failure = (code, message, certificate) => {
        const result = {
            kind: 'error',
            code,
            message,
            latencyMs: elapsed(),
            finalUrl: displayUrl(url),
        };
        if (certificate)
            result.certificate = certificate;
        return result;
    };
    try {
        for (let redirects = 0;; redirects += 1) {
            let result;
            try {
                result = await exchange(url, method, headers, body, request, controller.signal, now);
            }
            catch (error) {
                const { cause, phase } = error instanceof ExchangeError ? error : { cause: error, phase: 'connecting' };
                if (timedOut)
                    return failure('timeout', `no complete response within ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(request.timeoutMs)} (timed out ${phase})`);
                if (request.signal?.aborted)
                    return failure('cancelled', 'cancelled before a response arrived');
                return await explainFailure(cause, phase, url, request, now, failure);
            }
            const location = result.headers['location'];
            if (request.followRedirects && REDIRECT_STATUSES.has(result.status) && location) {
                if (redirects >= MAX_REDIRECTS)
                    return failure('redirect', `more than ${MAX_REDIRECTS} redirects (the last one to ${displayUrl(new URL(location, url))})`);
                let next;
                try {
                    next = new URL(location, url);
                }
                catch {
                    return failure('redirect', `status ${result.status} redirects to an invalid location ${JSON.stringify(location)}`);
                }
                if (next.protocol !== 'http:' && next.protocol !== 'https:')
                    return failure('redirect', `status ${result.status} redirects to ${next.protocol} URL ${displayUrl(next)}, which is not HTTP`);
                if (next.hostname !== url.hostname)
                    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !(0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .isCredentialHeader */ .b5)(name)));
                if (result.status === 303 ||
                    ((result.status === 301 || result.status === 302) && method === 'POST')) {
                    if (method !== 'HEAD')
                        method = 'GET';
                    body = undefined;
                    headers = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-(type|length)$/i.test(name)));
                }
                url = next;
                continue;
            }
            const response = {
                kind: 'response',
                status: result.status,
                headers: result.headers,
                body: result.body,
                bodyTruncated: result.bodyTruncated,
                latencyMs: elapsed(),
                finalUrl: displayUrl(url),
                redirects,
            };
            if (result.certificate)
                response.certificate = result.certificate;
            return response;
        }
    }
    finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', cancel);
    }
}
async function explainFailure(cause, phase, url, request, now, failure) {
    const code = errorCodeOf(cause);
    const message = errorMessageOf(cause);
    const where = `${url.host}`;
    if (code === 'CLOSED_MID_RESPONSE' ||
        (phase === 'reading the body' && (code === 'ECONNRESET' || message === 'aborted')))
        return failure('closed-mid-response', `the server closed the connection in the middle of the response body`);
    if (code === 'ECONNREFUSED')
        return failure('connection-refused', `connection refused by ${where}`);
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return failure('connection-reset', `the server at ${where} closed the connection without a response (${message})`);
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return failure('dns', `the host name ${url.hostname} does not resolve (${code})`);
    if (_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTIFICATE_ERROR */ .NE.test(code)) {
        const certificate = await (0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .fetchCertificate */ .Ov)(url, {
            timeoutMs: Math.min(request.timeoutMs, 5000),
            now: now(),
            ca: request.ca,
        });
        const detail = certificate
            ? `; the certificate is for ${certificate.subject || 'an unnamed subject'}, issued by ${certificate.issuer || 'an unnamed issuer'}, ${(0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .certificateDates */ .zj)(certificate)}${certificate.daysLeft < 0 ? `, ${(0,_certificate_js__WEBPACK_IMPORTED_MODULE_4__/* .expiryNote */ ._p)(certificate, now())}` : ''}`
            : '';
        return failure('certificate', `the certificate of ${where} is not trusted: ${code} (${message})${detail}`, certificate);
    }
    if (/^ERR_SSL_|^ERR_TLS_|^EPROTO$/.test(code))
        return failure('tls', `TLS handshake with ${where} failed: ${code} (${message})`);
    return failure('network', `request to ${where} failed ${phase}: ${code ? `${code} ` : ''}(${message})`);
}


/***/ }),

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DL: () => (/* binding */ compileRegex),
/* harmony export */   MV: () => (/* binding */ REGEX_ACCEPTED),
/* harmony export */   cG: () => (/* binding */ loadRegexEngine)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// Regular expressions given as inputs (expect-body-regex) run on RE2 (the re2-wasm package): its
// time is linear in the body whatever the pattern, so `^(a+)+$` cannot freeze a check, a timeout
// or a cancel. RE2 is loaded only when a check has a pattern, so start-up stays fast otherwise.


let engine;
const REGEX_ACCEPTED = 'an RE2 regular expression (as JavaScript writes them, without backreferences or lookaround), optionally as /pattern/flags with flags i, m, s';
/**
 * Loads RE2 (once); call before compileRegex. re2-wasm finds re2.wasm next to its script through
 * `__dirname`, which an ES module bundle lacks: there it is given the bundle's folder (where the
 * build copies re2.wasm) for the time of the import.
 */
async function loadRegexEngine() {
    if (engine)
        return;
    const scope = globalThis;
    const lent = scope.__dirname === undefined;
    if (lent)
        scope.__dirname = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
    try {
        engine = await __webpack_require__.e(/* import() */ 2771).then(__webpack_require__.bind(__webpack_require__, 2771));
    }
    finally {
        if (lent)
            delete scope.__dirname;
    }
}
/** `pattern` or `/pattern/flags` (i, m, s; g and y are ignored), compiled with RE2. */
function compileRegex(text) {
    if (!engine)
        throw new Error('the regular expression engine is not loaded (loadRegexEngine)');
    const literal = /^\/(.+)\/([a-z]*)$/s.exec(text);
    const source = literal ? (literal[1] ?? '') : text;
    const flags = literal ? (literal[2] ?? '').replace(/[gyu]/g, '') : '';
    const unknown = flags.replace(/[ims]/g, '');
    if (unknown)
        throw new Error(`unsupported flag ${unknown}`);
    // RE2 in re2-wasm always works on Unicode text: the u flag is required
    const compiled = new engine.RE2(source, `${flags}u`);
    return { source, test: (body) => compiled.test(body) };
}


/***/ }),

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ maskChecks),
/* harmony export */   b5: () => (/* binding */ isCredentialHeader),
/* harmony export */   bk: () => (/* binding */ maskChecksText),
/* harmony export */   eX: () => (/* binding */ maskCheckInputs)
/* harmony export */ });
/* unused harmony export maskHeadersText */
/* harmony import */ var _action_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);
/* harmony import */ var _action_runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
// Which header values are secrets, and masking them: credentials by name, from the raw `headers`
// and `checks` inputs before they are parsed (their input specs do it); then every header given in
// a `checks` entry and any password in a check's URL.


const CREDENTIAL_HEADER = /(authorization|cookie|api[-_]?key|token|secret|password|passwd|credential|session|signature|^x-amz-security)/i;
const CREDENTIAL_WORD = new RegExp(CREDENTIAL_HEADER.source.replace('^', ''), 'i');
function isCredentialHeader(name) {
    return CREDENTIAL_HEADER.test(name);
}
/** `key: value` pairs anywhere in YAML or JSON text (quoted or not). */
const YAML_PAIR = /["']?([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*("([^"\r\n]*)"|'([^'\r\n]*)'|[^\r\n,}]+)/g;
/** Credential header values of a raw `headers` input, whatever the shape of its lines. */
function maskHeadersText(raw) {
    (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskKeyValueText */ .co)(raw, isCredentialHeader);
}
/**
 * Credential header values of a raw `checks` document: `key: value` pairs with a credential name,
 * and, whatever its shape, the rest of any line that names a credential and every URL password.
 */
function maskChecksText(raw) {
    for (const match of raw.matchAll(YAML_PAIR)) {
        const [, key = '', whole = '', doubleQuoted, singleQuoted] = match;
        if (isCredentialHeader(key))
            (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(doubleQuoted ?? singleQuoted ?? whole);
    }
    for (const line of raw.split(/\r?\n/)) {
        const word = CREDENTIAL_WORD.exec(line);
        if (!word)
            continue;
        const rest = line
            .slice(word.index + word[0].length)
            .replace(/^["']?[A-Za-z0-9_-]*["']?\s*[:=]?\s*/, '')
            .replace(/["',}\]\s]+$/, '')
            .replace(/^["']/, '');
        if (rest)
            (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(rest);
    }
    for (const match of raw.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@\s/]+)@/gi))
        if (match[1])
            (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(match[1]);
}
/** Credential headers of the raw `headers` and `checks` inputs. */
function maskCheckInputs(env = process.env) {
    maskHeadersText((0,_action_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)('headers', env));
    maskChecksText((0,_action_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)('checks', env));
}
/** Every header value given in a `checks` entry, credential headers and URL passwords. */
function maskChecks(checks, entryHeaders) {
    for (const headers of entryHeaders)
        for (const value of Object.values(headers ?? {}))
            (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(value);
    for (const check of checks) {
        for (const [name, value] of Object.entries(check.headers))
            if (isCredentialHeader(name))
                (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(value);
        const password = new URL(check.url).password;
        if (password)
            (0,_action_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$l)(decodeURIComponent(password));
    }
}


/***/ }),

/***/ 1677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ STATUS_SPEC_ACCEPTED),
/* harmony export */   L1: () => (/* binding */ parseStatusSpec),
/* harmony export */   Oe: () => (/* binding */ matchesStatus)
/* harmony export */ });
// HTTP status specifications: `200`, `200-299`, `2xx`, and comma lists of those (`200,204,3xx`).
const STATUS_SPEC_ACCEPTED = 'HTTP status codes (100-599), ranges like 200-299 or classes like 2xx, separated by commas';
const CODE = /^[1-5]\d\d$/;
const RANGE = /^([1-5]\d\d)\s*-\s*([1-5]\d\d)$/;
const CLASS = /^([1-5])xx$/i;
/** Parses a status spec; returns the reason it is refused as a string when it is not one. */
function parseStatusSpec(text) {
    const items = text.split(',').map((item) => item.trim());
    if (items.length === 0 || items.every((item) => item === ''))
        return 'the spec is empty';
    const ranges = [];
    const parts = [];
    for (const item of items) {
        if (item === '')
            return 'an item of the list is empty';
        const range = RANGE.exec(item);
        const statusClass = CLASS.exec(item);
        if (CODE.test(item)) {
            ranges.push([Number(item), Number(item)]);
            parts.push(item);
        }
        else if (range) {
            const low = Number(range[1]);
            const high = Number(range[2]);
            if (low > high)
                return `the range ${item} runs backwards`;
            ranges.push([low, high]);
            parts.push(`${low}-${high}`);
        }
        else if (statusClass) {
            const hundreds = Number(statusClass[1]) * 100;
            ranges.push([hundreds, hundreds + 99]);
            parts.push(`${statusClass[1]}xx`);
        }
        else {
            return `${JSON.stringify(item)} is not a status code, range or class`;
        }
    }
    return { text: parts.join(','), ranges };
}
function matchesStatus(spec, status) {
    return spec.ranges.some(([low, high]) => status >= low && status <= high);
}


/***/ })

};
