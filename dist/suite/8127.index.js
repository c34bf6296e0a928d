export const id = 8127;
export const ids = [8127];
export const modules = {

/***/ 9501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Vj: () => (/* binding */ DURATION_ACCEPTED),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
const DURATION_ACCEPTED = 'a duration such as 90 (seconds), 90s, 15m, 1h or 1m30s';
/** Parses `90`, `90s`, `500ms`, `15m`, `1h`, `1h30m` into milliseconds; undefined when not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    if (value === '')
        return undefined;
    PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = PART.exec(value); match; match = PART.exec(value)) {
        total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
        consumed = PART.lastIndex;
    }
    return consumed === value.length && Number.isFinite(total) ? Math.round(total) : undefined;
}
/** `850ms`, `4.2s`, `42s`, `5m`, `4m59s`, `2h`, `1h5m`: rounded once, so never `4m60s`. */
function formatDuration(ms) {
    if (Math.round(ms) < 1000)
        return `${Math.max(0, Math.round(ms))}ms`;
    if (Math.round(ms / 100) < 100)
        return `${(Math.round(ms / 100) / 10).toFixed(1)}s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    if (seconds < 3600)
        return seconds % 60 ? `${Math.floor(seconds / 60)}m${seconds % 60}s` : `${seconds / 60}m`;
    const minutes = Math.round(seconds / 60);
    return minutes % 60 ? `${Math.floor(minutes / 60)}h${minutes % 60}m` : `${minutes / 60}h`;
}


/***/ }),

/***/ 1674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony export quote */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1096);

/**
 * An input that cannot be used: names the input, the value and what would be accepted. `where`
 * (e.g. "line 3") replaces the value for inputs whose values must never be quoted.
 */
class InputError extends Error {
    input;
    value;
    accepted;
    name = 'InputError';
    /** Where in a file the problem is, for the runner's annotation of the one error line. */
    annotation;
    constructor(input, value, accepted, detail, where) {
        super(where !== undefined
            ? `Input '${input}' is invalid at ${where}${detail ? ` (${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail)})` : ''}: expected ${accepted}.`
            : value === ''
                ? `Input '${input}' is required: ${accepted}.`
                : `Input '${input}' has an invalid value ${quote(value)}${detail ? ` (${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(detail)})` : ''}: expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
        if (where !== undefined)
            this.value = where;
    }
}
/** A failure already explained in words; the run wrapper prints its message as it is. */
class ActionError extends Error {
    details;
    name = 'ActionError';
    constructor(message, details) {
        super(message);
        this.details = details;
    }
}
/** Short, single-line rendering of a user value for an error message. */
function quote(value, max = 120) {
    // JSON.stringify writes line breaks as \n, so the result stays on one line; masked values go first.
    const text = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(value);
    return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   dz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.dz),
/* harmony export */   gs: () => (/* binding */ MAX_POLL_INTERVAL_MS),
/* harmony export */   hF: () => (/* binding */ input),
/* harmony export */   um: () => (/* binding */ MAX_WAIT_MS)
/* harmony export */ });
/* unused harmony exports splitList, parseKeyValueLines */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9501);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1096);
// Typed input readers. Each action declares its inputs once, as a spec keyed by the input ids of
// its action.yml; readInputs() validates all of them before anything else runs, and the contract
// tests compare the spec with action.yml (ids and defaults).




async function readInputs(spec, env = process.env) {
    const raws = new Map();
    for (const [name, input] of Object.entries(spec)) {
        const given = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name, env);
        const raw = given === '' ? (input.default ?? '') : given;
        raws.set(name, raw);
        if (raw !== '')
            input.mask?.(raw);
    }
    const values = {};
    for (const [name, input] of Object.entries(spec)) {
        const raw = raws.get(name) ?? '';
        if (raw === '' && input.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', input.accepted);
        try {
            values[name] = await input.parse(raw, name);
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz)
                throw error;
            // a parser's own failure (a YAML alias bomb, say) still names the input, in one line
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, input.accepted, reason, input.mask ? 'its value' : undefined);
        }
    }
    return values;
}
function spec(accepted, parse, options = {}) {
    return {
        required: options.required ?? false,
        default: options.default,
        accepted,
        parse,
        ...(options.mask ? { mask: options.mask } : {}),
    };
}
function string(options = {}) {
    const accepted = options.accepted ?? (options.pattern ? `a value matching ${options.pattern.source}` : 'text');
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return raw;
        const where = options.secret ? 'its value' : undefined;
        if (!options.multiline && /[\r\n]/.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, `${accepted} on one line`, undefined, where);
        if (options.pattern && !options.pattern.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted, undefined, where);
        const reason = options.check?.(raw);
        if (reason)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted, reason, where);
        return raw;
    }, { ...options, mask: options.secret ? _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskSecret */ .$l : undefined });
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function boolean(options) {
    return spec('true or false', (raw, name) => {
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, 'true or false');
    }, { default: String(options.default) });
}
function integer(options = {}) {
    const { min, max } = options;
    const accepted = min !== undefined && max !== undefined
        ? `a whole number from ${min} to ${max}`
        : min !== undefined
            ? `a whole number of at least ${min}`
            : max !== undefined
                ? `a whole number of at most ${max}`
                : 'a whole number';
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        if (!/^-?\d+$/.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted);
        const value = Number(raw);
        if ((min !== undefined && value < min) ||
            (max !== undefined && value > max) ||
            !Number.isSafeInteger(value))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted);
        return value;
    }, { default: options.default === undefined ? undefined : String(options.default) });
}
/** A bound written as a user would write it as input: 500ms, 1.5s, 15m, 1h. */
function durationBound(ms) {
    if (ms >= 3_600_000 && ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms >= 60_000 && ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}
function duration(options = {}) {
    const min = options.min ?? 0;
    const bounds = [
        min > 0 ? `of at least ${durationBound(min)}` : 'not negative',
        ...(options.max === undefined ? [] : [`at most ${durationBound(options.max)}`]),
    ];
    const accepted = `${_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .DURATION_ACCEPTED */ .Vj}, ${bounds.join(' and ')}`;
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(raw);
        if (ms === undefined || ms < min || (options.max !== undefined && ms > options.max))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted);
        return ms;
    }, { default: options.default });
}
/** Longest wait any input may ask for: the longest a GitHub-hosted job may run. */
const MAX_WAIT_MS = 6 * 3_600_000;
/** Longest pause between two polls. */
const MAX_POLL_INTERVAL_MS = 5 * 60_000;
/** Splits a list given as lines or comma-separated; items trimmed, empty ones dropped. */
function splitList(raw) {
    return raw
        .split(/[\r\n,]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function list(options = {}) {
    const accepted = options.accepted ?? 'a list of values, one per line or separated by commas';
    return spec(accepted, (raw, name) => {
        const items = splitList(raw);
        for (const item of items) {
            const reason = options.item?.(item);
            if (reason)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, item, accepted, reason);
        }
        return items;
    }, options);
}
/** `KEY=value` lines; the value may contain `=`; blank lines and `#` comments are skipped. */
function parseKeyValueLines(raw) {
    const entries = [];
    const lines = raw.split(/\r?\n/);
    for (const [index, line] of lines.entries()) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const at = text.indexOf('=');
        if (at <= 0)
            return { badLine: text, lineNumber: index + 1 };
        entries.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
    }
    return entries;
}
function map(options = {}) {
    const keyPattern = options.key ?? /^[^\s=]+$/;
    const accepted = options.accepted ?? 'KEY=value lines';
    const secretKeys = options.secretKeys;
    return spec(accepted, (raw, name) => {
        const entries = parseKeyValueLines(raw);
        if (!Array.isArray(entries)) {
            const reason = entries.badLine.startsWith('=') ? 'no key before the =' : 'no = in the line';
            if (secretKeys)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', accepted, reason, `line ${entries.lineNumber}`);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, entries.badLine, accepted, reason);
        }
        const result = {};
        for (const [key, value] of entries) {
            if (!keyPattern.test(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, key, accepted, `key must match ${keyPattern.source}`);
            if (Object.hasOwn(result, key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, key, accepted, 'the key is given twice');
            Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return result;
    }, { ...options, mask: secretKeys ? (raw) => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .maskKeyValueText */ .co)(raw, secretKeys) : undefined });
}
function choice(values, options = {}) {
    const accepted = `one of ${values.join(', ')}`;
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return undefined;
        if (!values.includes(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted);
        return raw;
    }, options);
}
/** Most aliases a YAML input may expand (the yaml package's own limit is 100 per document). */
const MAX_YAML_ALIASES = 100;
/**
 * A JSON or YAML document (YAML is a superset of JSON); undefined when empty. An error gives the
 * line and column, never the text: documents such as smoke checks hold header values. `mask`
 * masks what the raw text may hold before anything parses it.
 */
function document(options = {}) {
    const accepted = options.accepted ?? 'a YAML or JSON document';
    return spec(accepted, async (raw, name) => {
        if (raw === '')
            return undefined;
        try {
            return JSON.parse(raw);
        }
        catch {
            // not JSON: try YAML, which is loaded only when needed
        }
        const { parseDocument } = await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
        const doc = parseDocument(raw, { uniqueKeys: true });
        const problem = doc.errors[0];
        if (problem) {
            // yaml's message starts with a sentence that ends "at line L, column C:", then a code excerpt.
            const sentence = (problem.message.split('\n')[0] ?? '').replace(/:$/, '').trim();
            const at = / at line (\d+), column (\d+)/.exec(sentence);
            const where = problem.linePos?.[0];
            const position = at
                ? `line ${at[1]}, column ${at[2]}`
                : where
                    ? `line ${where.line}, column ${where.col}`
                    : 'its value';
            const reason = sentence.replace(/ at line \d+, column \d+$/, '') || problem.code;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', accepted, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(reason), position);
        }
        try {
            return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', accepted, reason, 'its value');
        }
    }, options);
}
const input = { string, boolean, integer, duration, list, map, choice, document };



/***/ }),

/***/ 2695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);


/**
 * Writes the action's outputs. `names` is the action's list of declared outputs (the contract
 * tests compare it with action.yml), so an undeclared output cannot be written by mistake.
 */
function writeOutputs(names, values) {
    for (const name of names) {
        const value = values[name];
        if (value === undefined)
            continue;
        // masked values never reach an output (nor the deployment record, which is one)
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(typeof value === 'object' ? JSON.stringify(value) : String(value)));
    }
}


/***/ }),

/***/ 2088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* unused harmony export CancelledError */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2173);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1096);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1674);
/* harmony import */ var _http_proxy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9903);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7053);
// Runs an action's main: one clean error line on failure (stack only in debug), the job summary
// written whatever happens, and the runner's cancel signals turned into an AbortSignal.






class CancelledError extends Error {
    signalName;
    name = 'CancelledError';
    constructor(signalName) {
        super(`Cancelled: the runner sent ${signalName}.`);
        this.signalName = signalName;
    }
}
/** Time main gets to write its summary and record after a cancel before the process exits anyway. */
const CANCEL_GRACE_MS = 1500;
async function run(action, main) {
    const controller = new AbortController();
    const onSignal = (signalName) => {
        if (controller.signal.aborted)
            process.exit(1);
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq)(`Received ${signalName}: stopping and recording the state reached.`);
        controller.abort(new CancelledError(signalName));
        setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const context = {
        action,
        signal: controller.signal,
        summary: new _summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Summary */ .BD(),
        startedAt: new Date(),
    };
    try {
        // proxy agents, loaded only when HTTPS_PROXY or HTTP_PROXY is set (main starts at once otherwise)
        if ((0,_http_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .hasProxyVariable */ .Xj)())
            await (0,_http_proxy_js__WEBPACK_IMPORTED_MODULE_4__/* .loadProxySupport */ .w8)();
        await main(context);
    }
    catch (error) {
        // An SDK call cut short by the cancel throws AbortError: report the cancel, not the abort.
        const message = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(controller.signal.aborted && isAbort(error)
            ? (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(controller.signal.reason, { action })
            : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error, { action }));
        if ((0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(error.stack));
        if (context.summary.isEmpty())
            context.summary.heading(action);
        if (!context.summary.reportsFailure())
            context.summary.status('failure', message);
        // an input error in a file is annotated with the file and line (still one error line)
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1)(message, error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz && error.annotation ? error.annotation : {});
    }
    finally {
        await writeSummary(context.summary);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
/** A summary that cannot be written is worth a warning, never the run's result. */
async function writeSummary(summary) {
    try {
        await summary.write();
    }
    catch (error) {
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e)(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function isAbort(error) {
    const name = typeof error === 'object' && error !== null ? error.name : undefined;
    return name === 'AbortError' || name === 'CancelledError';
}


/***/ }),

/***/ 6921:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony exports inputEnvName, saveState, getState, exportVariable, error */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6251);
// The runner protocol, through @actions/core: inputs, outputs, state, masking, annotations, groups
// and the job summary. The actions import these names from here, so the toolkit is one import away
// and what the actions need of it (per-line masking, annotations with a line) is said once.

/** Env var of an input: upper-cased, spaces to underscores, hyphens kept — as the runner sets it. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** An input's value, trimmed, '' when not given. Reads through @actions/core unless `env` is given. */
function getInput(name, env = process.env) {
    if (env === process.env)
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    return (env[inputEnvName(name)] ?? '').trim();
}
function setOutput(name, value) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
}
function saveState(name, value) {
    core.saveState(name, value);
}
function getState(name) {
    return core.getState(name);
}
function exportVariable(name, value) {
    core.exportVariable(name, value);
}
const masked = new Set();
/**
 * Registers a secret with the runner so it is replaced by *** in the log: the whole value and each
 * of its lines (the runner masks line by line, so a multi-line secret needs both), once each.
 */
function setSecret(value) {
    for (const part of [value, ...value.split(/\r?\n/)]) {
        const trimmed = part.trim();
        if (trimmed.length < 3 || masked.has(trimmed))
            continue;
        masked.add(trimmed);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(trimmed);
    }
}
function isDebug() {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o();
}
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
}
function debug(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(message);
}
function properties({ title, file, line }) {
    return {
        ...(title === undefined ? {} : { title }),
        ...(file === undefined ? {} : { file }),
        ...(line === undefined ? {} : { startLine: line }),
    };
}
function notice(message, annotation = {}) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message, properties(annotation));
}
function warning(message, annotation = {}) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties(annotation));
}
function error(message, annotation = {}) {
    core.error(message, properties(annotation));
}
function startGroup(name) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(name);
}
function endGroup() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}
async function group(name, body) {
    return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(name, body);
}
/** Exit code 1 and an error annotation: core.setFailed, or with the annotation's file and line. */
function setFailed(message, annotation = {}) {
    const where = properties(annotation);
    if (Object.keys(where).length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        return;
    }
    process.exitCode = 1;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, where);
}
let summaryFile;
/** Appends Markdown to the job summary (core.summary); nothing when the runner gave no summary file. */
async function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (!file)
        return;
    // core.summary keeps the first path it resolved. The runner never changes it within a step; a
    // test that runs an action twice in one process does, so a changed path is resolved again.
    if (file !== summaryFile) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z._filePath = undefined;
        summaryFile = file;
    }
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer().addRaw(markdown).write();
}


/***/ }),

/***/ 1096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   J4: () => (/* binding */ SECRET_NAME),
/* harmony export */   co: () => (/* binding */ maskKeyValueText),
/* harmony export */   hL: () => (/* binding */ maskKeyValueInput)
/* harmony export */ });
/* unused harmony export maskedValues */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
// Secrets given as inputs: masked from the raw input text before anything parses it (readInputs
// does it for every input declared secret), remembered, and removed again from whatever the action
// writes itself: the error line, the job summary, outputs (and the deployment record among them).

const known = new Set();
/** Names (environment variables, template parameters) whose values are treated as secrets. */
const SECRET_NAME = /pass|pwd|secret|token|key|credential|auth|private|session|signature|cookie|dsn|conn(ection)?_?str/i;
/** Shortest value worth masking: the runner ignores shorter ones, and they would garble the log. */
const MIN_SECRET_LENGTH = 3;
function remember(value) {
    const text = value.trim();
    if (text.length < MIN_SECRET_LENGTH)
        return;
    known.add(text);
    (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq)(text);
}
/** Masks a value, and for `Bearer <token>` / `Basic <credentials>` the credential alone too. */
function maskSecret(value) {
    for (const line of value.split(/\r?\n/)) {
        const text = line.trim();
        if (text === '')
            continue;
        remember(text);
        const credential = /^[A-Za-z]+\s+(\S{3,})$/.exec(text)?.[1];
        if (credential)
            remember(credential);
    }
}
/** Replaces every masked value in `text` (also in its JSON-escaped form) by `***`. */
function redact(text) {
    if (known.size === 0 || text === '')
        return text;
    let result = text;
    // longest first, so a value containing another is removed whole
    for (const secret of [...known].sort((a, b) => b.length - a.length)) {
        for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
            if (result.includes(form))
                result = result.split(form).join('***');
    }
    return result;
}
/** The values masked so far (for tests). */
function maskedValues() {
    return [...known];
}
/**
 * Masks what a `KEY=value` (or `Name: value`) input may hold, whatever the shape of its lines:
 * the value of every line whose key `isSecretKey` picks, and every line that is not `KEY=value`
 * whole (a header written `Authorization: Bearer …` cannot be told from its value). Blank lines
 * and `#` comments are skipped.
 */
function maskKeyValueText(raw, isSecretKey) {
    for (const line of raw.split(/\r?\n/)) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const at = text.indexOf('=');
        const key = at > 0 ? text.slice(0, at).trim() : '';
        // `Authorization: Bearer a=b` has its `=` inside the value: its key is no plain name either
        if (key === '' || /[\s:]/.test(key)) {
            maskSecret(text);
            const colon = text.indexOf(':');
            if (colon > 0)
                maskSecret(text.slice(colon + 1));
        }
        else if (isSecretKey(key))
            maskSecret(text.slice(at + 1));
    }
}
/** Masks the values of a `KEY=value` input whose keys `isSecretKey` picks (see maskKeyValueText). */
function maskKeyValueInput(name, isSecretKey, env = process.env) {
    maskKeyValueText((0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name, env), isSecretKey);
}


/***/ }),

/***/ 2173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ Summary),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   lS: () => (/* binding */ raw)
/* harmony export */ });
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1096);
// Job summary builder: GitHub-flavoured Markdown that also reads well in a terminal.
// Every piece of text is escaped, so values from AWS or users cannot inject HTML or break a table.


const STATUS_ICON = {
    success: '✅',
    failure: '❌',
    warning: '⚠️',
    skipped: '⏭️',
    info: 'ℹ️',
};
function escapeText(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#])/g, '\\$1')
        .replace(/\r?\n/g, ' ');
}
/** Inline code; the fence grows past any run of backticks inside. */
function code(text) {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const inner = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
    return `${fence}${inner.startsWith('`') || inner.endsWith('`') ? ` ${inner} ` : inner}${fence}`;
}
function raw(markdown) {
    return { markdown };
}
function render(text) {
    return typeof text === 'string' ? escapeText(text) : text.markdown;
}
/** Inside an HTML block Markdown is not interpreted, so backslash escapes would show: escape HTML only. */
function renderInHtml(text) {
    if (typeof text !== 'string')
        return text.markdown;
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}
function isBlank(text) {
    return (typeof text === 'string' ? text : text.markdown).trim() === '';
}
/** The level of a heading part, 0 for any other part. */
function headingLevel(part) {
    return /^(#{2,4}) /.exec(part)?.[1]?.length ?? 0;
}
class Summary {
    parts = [];
    failureReported = false;
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${render(text)}\n`);
        return this;
    }
    status(status, text) {
        if (status === 'failure')
            this.failureReported = true;
        this.parts.push(`${STATUS_ICON[status]} ${render(text)}\n`);
        return this;
    }
    /** Whether a failure is already told (so the run wrapper does not tell it a second time). */
    reportsFailure() {
        return this.failureReported;
    }
    paragraph(text) {
        this.parts.push(`${render(text)}\n`);
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(items.map((item) => `- ${render(item)}`).join('\n') + '\n');
        return this;
    }
    /** Rows with nothing past their first cell are left out; no rows, no table. */
    table(header, rows) {
        rows = rows.filter((row) => row.slice(1).some((cell) => !isBlank(cell)));
        if (!rows.length)
            return this;
        const line = (cells) => `| ${cells.map(render).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    /** Fenced block of literal text (logs, diffs); nothing inside is interpreted. */
    codeBlock(text, language = 'text') {
        const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(longest + 1);
        this.parts.push(`${fence}${language}\n${text.replace(/\s+$/, '')}\n${fence}\n`);
        return this;
    }
    details(label, body) {
        const inner = new Summary();
        body(inner);
        if (!inner.isEmpty())
            this.parts.push(`<details><summary>${renderInHtml(label)}</summary>\n\n${inner.toMarkdown()}\n</details>\n`);
        return this;
    }
    append(other) {
        this.parts.push(...other.parts);
        this.failureReported ||= other.failureReported;
        return this;
    }
    isEmpty() {
        return this.parts.length === 0;
    }
    /** The Markdown, without headings that nothing follows before the next heading of their rank. */
    toMarkdown() {
        const kept = this.parts.filter((part, index) => {
            const level = headingLevel(part);
            if (level === 0)
                return true;
            const next = this.parts.slice(index + 1).find((later) => {
                const laterLevel = headingLevel(later);
                return laterLevel === 0 || laterLevel <= level;
            });
            return next !== undefined && headingLevel(next) === 0;
        });
        return kept.join('\n');
    }
    /** Appends to the job summary file; the builder is emptied so a second write adds only what is new. */
    async write() {
        if (this.isEmpty())
            return;
        // a masked value (a credential a server reflected, say) never reaches the summary
        const markdown = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(this.toMarkdown()) + '\n';
        this.parts.length = 0;
        await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)(markdown);
    }
}


/***/ }),

/***/ 7053:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   r3: () => (/* binding */ isRetryable)
/* harmony export */ });
/* unused harmony exports deniedAction, policyFile, rememberAccount */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
// Turns AWS SDK errors into sentences: what was denied and which policy grants it, throttling,
// not-found. Pure code (no SDK import) so the run wrapper can load it at no cost.

const ACCESS_DENIED = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|AuthorizationError|Forbidden)$/;
const THROTTLING = /^(Throttling|ThrottlingException|ThrottledException|RequestThrottledException|TooManyRequestsException|ProvisionedThroughputExceededException|TransactionInProgressException|RequestLimitExceeded|BandwidthLimitExceeded|LimitExceededException|RequestThrottled|SlowDown|EC2ThrottledException|PriorRequestNotComplete)$/;
const NOT_FOUND = /(NotFound|NotFoundException|NoSuch\w+|ResourceNotFoundException|RepositoryNotFoundException|ImageNotFoundException|ClusterNotFoundException|ServiceNotFoundException|ServiceNotActiveException)$/;
const EXPIRED = /^(ExpiredToken|ExpiredTokenException|RequestExpired|InvalidClientTokenId|UnrecognizedClientException)$/;
/** The SDK's credential chain found nothing (no env, no profile, no web identity, no instance role). */
const MISSING_CREDENTIALS = /^CredentialsProviderError$/;
const TRANSIENT_CODES = /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|TimeoutError|RequestTimeout|RequestTimeoutException|InternalFailure|InternalError|InternalServerError|ServiceUnavailable|ServiceUnavailableException)$/;
function shape(error) {
    return typeof error === 'object' && error !== null ? error : {};
}
function errorCode(error) {
    const e = shape(error);
    return e.name ?? e.Code ?? e.code ?? '';
}
function classify(error) {
    const e = shape(error);
    const code = errorCode(error);
    const status = e.$metadata?.httpStatusCode;
    if (ACCESS_DENIED.test(code) || (status === 403 && !EXPIRED.test(code)))
        return 'access-denied';
    if (EXPIRED.test(code))
        return 'expired-credentials';
    if (MISSING_CREDENTIALS.test(code))
        return 'missing-credentials';
    if (THROTTLING.test(code) || status === 429)
        return 'throttling';
    if (NOT_FOUND.test(code) || status === 404)
        return 'not-found';
    // Node's network errors keep their code (ECONNRESET) in `code`, their name being just "Error".
    const systemCode = typeof e.code === 'string' ? e.code : '';
    if (TRANSIENT_CODES.test(code) ||
        TRANSIENT_CODES.test(systemCode) ||
        (status !== undefined && status >= 500) ||
        e.$retryable)
        return 'transient';
    return 'other';
}
function isNotFound(error) {
    return classify(error) === 'not-found';
}
/** Worth another try: throttling, 5xx, dropped connections. */
function isRetryable(error) {
    const kind = classify(error);
    return kind === 'throttling' || kind === 'transient';
}
/** The IAM action named in an AccessDenied message, else the one the failed call needs. */
function deniedAction(error) {
    const e = shape(error);
    const fromMessage = /perform:?\s+([a-z0-9-]+:[A-Za-z0-9]+)/.exec(e.message ?? '')?.[1];
    return fromMessage ?? e.$operation;
}
function policyFile(action) {
    return action === 'release' ? 'iam-policy.json' : `actions/${action}/iam-policy.json`;
}
const CONFIGURE_CREDENTIALS = 'Add aws-actions/configure-aws-credentials before this step (role-to-assume with OIDC), and give the job `permissions: id-token: write` so that it can get a token.';
/** What each not-found code is about, and the request field that names it. */
const NOT_FOUND_RESOURCES = {
    ClusterNotFoundException: ['ECS cluster', 'cluster'],
    ServiceNotFoundException: ['ECS service', 'service', 'services'],
    ServiceNotActiveException: ['ECS service (not active)', 'service', 'services'],
    RepositoryNotFoundException: ['ECR repository', 'repositoryName'],
    ImageNotFoundException: ['image in ECR repository', 'repositoryName'],
    NoSuchBucket: ['S3 bucket', 'Bucket'],
};
const ANY_RESOURCE_FIELDS = [
    'FunctionName',
    'StackName',
    'name',
    'Name',
    'TableName',
    'repositoryName',
    'cluster',
    'Bucket',
    'logGroupName',
];
let knownAccount;
/** The account, for messages, once something has learnt it (an STS call already made, an ARN). */
function rememberAccount(account) {
    if (account && /^\d{12}$/.test(account))
        knownAccount = account;
}
function asText(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value) && value.length)
        return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
    return undefined;
}
/** "ECS cluster prod in eu-west-3 (account 123456789012) was not found". */
function notFound(error, code, message, operation) {
    const e = shape(error);
    const resource = e.$resource ?? {};
    const [kind, ...fields] = NOT_FOUND_RESOURCES[code] ?? ['resource', ...ANY_RESOURCE_FIELDS];
    const name = fields.map((field) => asText(resource[field])).find((value) => value !== undefined);
    const account = /arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(name ?? '')?.[1] ??
        asText(resource['registryId']) ??
        knownAccount;
    const where = [e.$region ? `in ${e.$region}` : undefined, account ? `(account ${account})` : undefined]
        .filter(Boolean)
        .join(' ');
    if (name === undefined && !where)
        return `${code}${operation}: ${message}`;
    return (`${kind}${name !== undefined ? ` ${name}` : ''}${where ? ` ${where}` : ''} was not found${operation}: ` +
        `check the name, and that ${account ? 'the region and the account are the ones' : 'the region is the one'} it lives in (aws-region input, or AWS_REGION from configure-aws-credentials). AWS said: ${message}`);
}
/** One line that says what went wrong; for AWS errors, what to do about it. */
function describeError(error, context) {
    if (error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || error instanceof _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return error.message;
    // The run wrapper's CancelledError (not imported: run.ts imports this module) already says it all.
    if (error instanceof Error && error.name === 'CancelledError')
        return error.message;
    const e = shape(error);
    const code = errorCode(error);
    const message = (e.message ?? String(error)).replace(/\s+/g, ' ').trim();
    const operation = e.$operation ? ` (${e.$operation})` : '';
    switch (classify(error)) {
        case 'access-denied': {
            const action = deniedAction(error);
            return (`Access denied${operation}: the AWS credentials in use may not call ${action ?? 'this operation'}. ` +
                `Grant it to the role the workflow assumes; ${policyFile(context.action)} lists every permission this action needs. ` +
                `AWS said: ${message}`);
        }
        case 'expired-credentials':
            return `The AWS credentials were refused${operation} (${code}): they are invalid or expired. ${CONFIGURE_CREDENTIALS} AWS said: ${message}`;
        case 'missing-credentials':
            return `No AWS credentials were found${operation}: nothing in the environment, no profile, no web identity token. ${CONFIGURE_CREDENTIALS} The SDK said: ${message}`;
        case 'not-found':
            return notFound(error, code, message, operation);
        case 'throttling':
            return `AWS kept throttling the requests${operation} after every retry (${code}). Try again later, or lower the number of jobs calling AWS at once. AWS said: ${message}`;
        default:
            return code && code !== 'Error' && !message.startsWith(code)
                ? `${code}${operation}: ${message}`
                : `${message}${operation}`;
    }
}


/***/ }),

/***/ 9903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QT: () => (/* binding */ proxyAgent),
/* harmony export */   Xj: () => (/* binding */ hasProxyVariable),
/* harmony export */   iJ: () => (/* binding */ proxyFor),
/* harmony export */   w8: () => (/* binding */ loadProxySupport)
/* harmony export */ });
/* unused harmony exports readProxySettings, bypassesProxy */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);

function variable(env, name) {
    // lower case first, as curl reads them
    for (const candidate of [name.toLowerCase(), name.toUpperCase()]) {
        const value = env[candidate]?.trim();
        if (value)
            return { value, variable: candidate };
    }
    return undefined;
}
function proxyUrl(found) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${found.variable} is not a proxy URL such as http://proxy.example.com:3128 (only http:// and https:// proxies are supported).`);
    return { url, variable: found.variable };
}
/** Whether HTTPS_PROXY or HTTP_PROXY (either case) is set at all. */
function hasProxyVariable(env = process.env) {
    return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) => Boolean(env[name]?.trim()));
}
/** The proxy settings of the environment; undefined when neither HTTPS_PROXY nor HTTP_PROXY is set. */
function readProxySettings(env = process.env) {
    const https = variable(env, 'https_proxy');
    const http = variable(env, 'http_proxy');
    if (!https && !http)
        return undefined;
    const noProxy = (variable(env, 'no_proxy')?.value ?? '')
        .split(/[\s,]+/)
        .map((entry) => entry.trim().toLowerCase())
        .filter((entry) => entry !== '');
    return {
        ...(https ? { https: proxyUrl(https) } : {}),
        ...(http ? { http: proxyUrl(http) } : {}),
        noProxy,
    };
}
/** Whether NO_PROXY exempts a host (and port). */
function bypassesProxy(hostname, port, noProxy) {
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    return noProxy.some((entry) => {
        if (entry === '*')
            return true;
        // [v6]:port, a bare v6 address (no port), or host:port
        const match = entry.startsWith('[')
            ? /^\[([^\]]*)\](?::(\d+))?$/.exec(entry)
            : (entry.match(/:/g) ?? []).length > 1
                ? [entry, entry, undefined]
                : /^([^:]*)(?::(\d+))?$/.exec(entry);
        const [, name = '', entryPort] = match ?? [];
        if (entryPort !== undefined && String(port) !== entryPort)
            return false;
        const bare = name.replace(/^\*?\./, '');
        return host === bare || host.endsWith(`.${bare}`);
    });
}
/** The proxy a request to `target` goes through, or undefined for a direct connection. */
function proxyFor(target, settings) {
    const proxy = target.protocol === 'https:' ? settings.https : settings.http;
    if (!proxy)
        return undefined;
    const port = target.port || (target.protocol === 'https:' ? 443 : 80);
    return bypassesProxy(target.hostname, port, settings.noProxy) ? undefined : proxy;
}
let factory;
let shared;
/** Loads the proxy agents when a proxy variable is set (and only then). */
async function loadProxySupport(env = process.env) {
    const settings = readProxySettings(env);
    if (!settings) {
        factory = undefined;
        shared = undefined;
        return;
    }
    const { createProxyAgent } = await Promise.all(/* import() */[__webpack_require__.e(3878), __webpack_require__.e(9283)]).then(__webpack_require__.bind(__webpack_require__, 9283));
    factory = (tls, keepAlive) => createProxyAgent(settings, tls, keepAlive);
    shared = undefined;
}
/**
 * The agent for a client when a proxy is configured (undefined otherwise): it sends each request
 * through the proxy its target's scheme names, or directly when NO_PROXY exempts the host. `tls`
 * options (a CA, a client certificate, certificate checks off) apply to the target's TLS.
 */
function proxyAgent(tls, keepAlive = true) {
    if (!factory)
        return undefined;
    if (tls || !keepAlive)
        return factory(tls, keepAlive);
    shared ??= factory();
    return shared;
}


/***/ })

};
