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
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)}s`;
    const minutes = Math.floor(seconds / 60);
    const rest = Math.round(seconds % 60);
    if (minutes < 60)
        return rest ? `${minutes}m${rest}s` : `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    return `${hours}h${minutes % 60 ? `${minutes % 60}m` : ''}`;
}


/***/ }),

/***/ 1674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony export quote */
/** An input that cannot be used: names the input, the value and what would be accepted. */
class InputError extends Error {
    input;
    value;
    accepted;
    name = 'InputError';
    constructor(input, value, accepted, detail) {
        super(value === ''
            ? `Input '${input}' is required: ${accepted}.`
            : `Input '${input}' has an invalid value ${quote(value)}${detail ? ` (${detail})` : ''}: expected ${accepted}.`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
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
    // JSON.stringify writes line breaks as \n, so the result stays on one line.
    return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}


/***/ }),

/***/ 1736:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Ko: () => (/* binding */ readInputs),
/* harmony export */   dz: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.dz),
/* harmony export */   hF: () => (/* binding */ input)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9501);
// Typed input readers. Each action declares its inputs once, as a spec keyed by the input ids of
// its action.yml; readInputs() validates all of them before anything else runs, and the contract
// tests compare the spec with action.yml (ids and defaults).



async function readInputs(spec, env = process.env) {
    const values = {};
    for (const [name, input] of Object.entries(spec)) {
        const given = (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4)(name, env);
        const raw = given === '' ? (input.default ?? '') : given;
        if (raw === '' && input.required)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, '', input.accepted);
        values[name] = await input.parse(raw, name);
    }
    return values;
}
function spec(accepted, parse, options = {}) {
    return { required: options.required ?? false, default: options.default, accepted, parse };
}
function string(options = {}) {
    const accepted = options.accepted ?? (options.pattern ? `a value matching ${options.pattern.source}` : 'text');
    return spec(accepted, (raw, name) => {
        if (raw === '')
            return raw;
        if (!options.multiline && /[\r\n]/.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, `${accepted} on one line`);
        if (options.pattern && !options.pattern.test(raw))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted);
        const reason = options.check?.(raw);
        if (reason)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted, reason);
        return raw;
    }, options);
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
    for (const line of raw.split(/\r?\n/)) {
        const text = line.trim();
        if (text === '' || text.startsWith('#'))
            continue;
        const at = text.indexOf('=');
        if (at <= 0)
            return { badLine: text };
        entries.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
    }
    return entries;
}
function map(options = {}) {
    const keyPattern = options.key ?? /^[^\s=]+$/;
    const accepted = options.accepted ?? 'KEY=value lines';
    return spec(accepted, (raw, name) => {
        const entries = parseKeyValueLines(raw);
        if (!Array.isArray(entries))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, entries.badLine, accepted, entries.badLine.startsWith('=') ? 'no key before the =' : 'no = in the line');
        const result = {};
        for (const [key, value] of entries) {
            if (!keyPattern.test(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, key, accepted, `key must match ${keyPattern.source}`);
            if (Object.hasOwn(result, key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, key, accepted, 'the key is given twice');
            Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
        }
        return result;
    }, options);
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
/** A JSON or YAML document (YAML is a superset of JSON); undefined when empty. */
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
            const where = problem.linePos?.[0];
            const position = where && !sentence.includes(' at line ') ? ` at line ${where.line}, column ${where.col}` : '';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(name, raw, accepted, `${sentence || problem.code}${position}`);
        }
        return doc.toJS();
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

/**
 * Writes the action's outputs. `names` is the action's list of declared outputs (the contract
 * tests compare it with action.yml), so an undeclared output cannot be written by mistake.
 */
function writeOutputs(names, values) {
    for (const name of names) {
        const value = values[name];
        if (value === undefined)
            continue;
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH)(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
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
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7053);
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
        await main(context);
    }
    catch (error) {
        // An SDK call cut short by the cancel throws AbortError: report the cancel, not the abort.
        const message = controller.signal.aborted && isAbort(error)
            ? (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(controller.signal.reason, { action })
            : (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error, { action });
        if ((0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o)() && error instanceof Error && error.stack)
            (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz)(error.stack);
        if (context.summary.isEmpty())
            context.summary.heading(action);
        context.summary.status('failure', message);
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1)(message);
    }
    finally {
        context.summary.write();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
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
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports inputEnvName, issueCommand, saveState, exportVariable, startGroup, endGroup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__);
// The GitHub runner's protocol (inputs, file commands, workflow commands), written out here
// instead of loading @actions/core: it costs ~55 ms of start-up that the budget cannot spare.



/** Env var of an input: upper-cased, spaces to underscores, hyphens kept — as the runner sets it. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function getInput(name, env = process.env) {
    return (env[inputEnvName(name)] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
}
/** `name<<delimiter` form, with a delimiter that cannot occur in the value. */
function fileCommandEntry(key, value) {
    let delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}`;
    while (key.includes(delimiter) || value.includes(delimiter))
        delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.randomUUID)()}`;
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`;
}
function writeFileCommand(fileVariable, key, value, fallback) {
    const file = process.env[fileVariable];
    if (!file) {
        fallback();
        return;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, fileCommandEntry(key, value), 'utf8');
}
function setOutput(name, value) {
    writeFileCommand('GITHUB_OUTPUT', name, value, () => issueCommand('set-output', { name }, value));
}
function saveState(name, value) {
    writeFileCommand('GITHUB_STATE', name, value, () => issueCommand('save-state', { name }, value));
}
function exportVariable(name, value) {
    process.env[name] = value;
    writeFileCommand('GITHUB_ENV', name, value, () => issueCommand('set-env', { name }, value));
}
const masked = new Set();
/** Registers a secret with the runner so it is replaced by *** in the log; each line on its own. */
function setSecret(value) {
    for (const part of [value, ...value.split(/\r?\n/)]) {
        const trimmed = part.trim();
        if (trimmed.length < 3 || masked.has(trimmed))
            continue;
        masked.add(trimmed);
        issueCommand('add-mask', {}, trimmed);
    }
}
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_1__.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message, annotation = {}) {
    issueCommand('notice', { ...annotation }, message);
}
function warning(message, annotation = {}) {
    issueCommand('warning', { ...annotation }, message);
}
function error(message, annotation = {}) {
    issueCommand('error', { ...annotation }, message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
async function group(name, body) {
    startGroup(name);
    try {
        return await body();
    }
    finally {
        endGroup();
    }
}
function setFailed(message, annotation = {}) {
    process.exitCode = 1;
    error(message, annotation);
}
function appendSummary(markdown) {
    const file = process.env['GITHUB_STEP_SUMMARY'];
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown, 'utf8');
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
class Summary {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${render(text)}\n`);
        return this;
    }
    status(status, text) {
        this.parts.push(`${STATUS_ICON[status]} ${render(text)}\n`);
        return this;
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
    table(header, rows) {
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
        return this;
    }
    isEmpty() {
        return this.parts.length === 0;
    }
    toMarkdown() {
        return this.parts.join('\n');
    }
    /** Appends to the job summary file; the builder is emptied so a second write adds only what is new. */
    write() {
        if (this.isEmpty())
            return;
        (0,_runtime_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)(this.toMarkdown() + '\n');
        this.parts.length = 0;
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
/* unused harmony exports deniedAction, policyFile */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
// Turns AWS SDK errors into sentences: what was denied and which policy grants it, throttling,
// not-found. Pure code (no SDK import) so the run wrapper can load it at no cost.

const ACCESS_DENIED = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|AuthorizationError|Forbidden)$/;
const THROTTLING = /^(Throttling|ThrottlingException|ThrottledException|RequestThrottledException|TooManyRequestsException|ProvisionedThroughputExceededException|TransactionInProgressException|RequestLimitExceeded|BandwidthLimitExceeded|LimitExceededException|RequestThrottled|SlowDown|EC2ThrottledException|PriorRequestNotComplete)$/;
const NOT_FOUND = /(NotFound|NotFoundException|NoSuch\w+|ResourceNotFoundException|RepositoryNotFoundException|ImageNotFoundException|ClusterNotFoundException|ServiceNotFoundException|ServiceNotActiveException)$/;
const EXPIRED = /^(ExpiredToken|ExpiredTokenException|RequestExpired|InvalidClientTokenId|UnrecognizedClientException)$/;
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
            return `The AWS credentials were refused${operation} (${code}): they are missing, invalid or expired. Configure them with aws-actions/configure-aws-credentials before this step. AWS said: ${message}`;
        case 'throttling':
            return `AWS kept throttling the requests${operation} after every retry (${code}). Try again later, or lower the number of jobs calling AWS at once. AWS said: ${message}`;
        default:
            return code && code !== 'Error' && !message.startsWith(code)
                ? `${code}${operation}: ${message}`
                : `${message}${operation}`;
    }
}


/***/ })

};
