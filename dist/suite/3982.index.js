export const id = 3982;
export const ids = [3982];
export const modules = {

/***/ 3982:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1596);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('build-push-ecr', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: scanFindingsOutput

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/action/inputs.ts
var inputs = __webpack_require__(1736);
// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/outputs.ts
var outputs = __webpack_require__(2695);
// EXTERNAL MODULE: ./actions/build-push-ecr/src/severity.ts
var severity = __webpack_require__(7047);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/inputs.ts
// The inputs and outputs of build-push-ecr, named once (the contract tests compare them with action.yml).


/** ECR's repository name rule: lowercase path components separated by `/`, 2–256 characters. */
const REPOSITORY_PATTERN = /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const inputs_inputs = {
    repository: inputs/* input */.hF.string({
        required: true,
        pattern: REPOSITORY_PATTERN,
        accepted: 'an ECR repository name: 2 to 256 lowercase letters, digits, and . _ - / between them (e.g. team/api)',
    }),
    context: inputs/* input */.hF.string({ default: '.', accepted: 'a directory path' }),
    dockerfile: inputs/* input */.hF.string({ accepted: 'a Dockerfile path (default: Dockerfile in the context)' }),
    target: inputs/* input */.hF.string({ accepted: 'a build stage name' }),
    'build-args': inputs/* input */.hF.map({ key: /^[A-Za-z_][A-Za-z0-9_]*$/, accepted: 'KEY=value lines (build arguments)' }),
    labels: inputs/* input */.hF.map({ accepted: 'KEY=value lines (image labels)' }),
    platforms: inputs/* input */.hF.list({
        accepted: 'a list of platforms such as linux/amd64, linux/arm64',
        item: (value) => /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(value) ? undefined : 'not os/arch[/variant]',
    }),
    tags: inputs/* input */.hF.list({
        default: '{sha}\nlatest',
        accepted: 'a list of tags (placeholders {sha}, {short-sha}, {branch}, {run-number})',
    }),
    push: inputs/* input */.hF.boolean({ default: true }),
    builder: inputs/* input */.hF.choice(['auto', 'buildx', 'docker'], { default: 'auto' }),
    cache: inputs/* input */.hF.choice(['registry', 'none'], { default: 'registry' }),
    provenance: inputs/* input */.hF.boolean({ default: false }),
    'create-repository': inputs/* input */.hF.boolean({ default: true }),
    'image-tag-mutability': inputs/* input */.hF.choice(['MUTABLE', 'IMMUTABLE'], { default: 'MUTABLE' }),
    'scan-on-push': inputs/* input */.hF.boolean({ default: true }),
    'keep-images': inputs/* input */.hF.integer({ min: 1, max: 10_000 }),
    encryption: inputs/* input */.hF.choice(['AES256', 'KMS'], { default: 'AES256' }),
    'kms-key': inputs/* input */.hF.string({ accepted: 'a KMS key ARN, ID or alias' }),
    registry: inputs/* input */.hF.string({
        pattern: /^[A-Za-z0-9.-]+(:\d{1,5})?$/,
        accepted: 'a registry host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com (optionally with :port)',
    }),
    'fail-on-severity': inputs/* input */.hF.list({
        accepted: `a list of severities from ${severity/* SEVERITIES */.o.join(', ')} (empty: report only)`,
        item: (value) => ((0,severity/* parseSeverity */.l)(value) ? undefined : 'unknown severity'),
    }),
    'scan-timeout': inputs/* input */.hF.duration({ default: '10m', min: 1000 }),
    'ignore-vulnerabilities': inputs/* input */.hF.list({ accepted: 'a list of finding IDs such as CVE-2024-1234' }),
    'aws-region': inputs/* input */.hF.string({ accepted: 'an AWS region such as us-east-1 (default: AWS_REGION)' }),
};
const inputs_outputs = [
    'registry',
    'repository-uri',
    'image-uri',
    'image-digest',
    'image-uri-digest',
    'tags',
    'scan-findings',
];

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/tags.ts
// Tag templates → Docker tags, with placeholders from the GitHub context.

const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PLACEHOLDER = /\{([a-z-]+)\}/g;
const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'run-number'];
function gitContext(env = process.env) {
    return {
        sha: env['GITHUB_SHA'] || undefined,
        branch: env['GITHUB_REF_NAME'] || undefined,
        runNumber: env['GITHUB_RUN_NUMBER'] || undefined,
    };
}
/** A branch name as a tag: `feature/login` → `feature-login` (any character a tag refuses becomes `-`). */
function branchAsTag(branch) {
    return branch.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '');
}
function placeholderValue(name, git) {
    switch (name) {
        case 'sha':
            return git.sha;
        case 'short-sha':
            return git.sha?.slice(0, 7);
        case 'branch':
            return git.branch === undefined ? undefined : branchAsTag(git.branch);
        case 'run-number':
            return git.runNumber;
        default:
            return undefined;
    }
}
const CONTEXT_VARIABLE = {
    sha: 'GITHUB_SHA',
    'short-sha': 'GITHUB_SHA',
    branch: 'GITHUB_REF_NAME',
    'run-number': 'GITHUB_RUN_NUMBER',
};
/** Expands every template; duplicates after expansion are dropped, order kept. */
function expandTags(templates, git, inputName = 'tags') {
    const accepted = `Docker tags (${TAG_PATTERN.source}), with placeholders ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
    if (templates.length === 0)
        throw new errors/* InputError */.dz(inputName, '', accepted);
    const tags = [];
    for (const template of templates) {
        const tag = template.replace(PLACEHOLDER, (whole, name) => {
            if (!PLACEHOLDERS.includes(name))
                throw new errors/* InputError */.dz(inputName, template, accepted, `unknown placeholder ${whole}`);
            const value = placeholderValue(name, git);
            if (!value)
                throw new errors/* InputError */.dz(inputName, template, accepted, `${whole} needs ${CONTEXT_VARIABLE[name] ?? name}, which is not set`);
            return value;
        });
        if (!TAG_PATTERN.test(tag))
            throw new errors/* InputError */.dz(inputName, template, accepted, template === tag
                ? 'not a valid Docker tag'
                : `expands to ${JSON.stringify(tag)}, not a valid Docker tag`);
        if (!tags.includes(tag))
            tags.push(tag);
    }
    return tags;
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/validate.ts
// Checks across inputs and against the workspace, before anything talks to AWS.





function validate(values, env = process.env, cwd = process.cwd()) {
    const tags = expandTags(values.tags, gitContext(env));
    const context = (0,external_node_path_.resolve)(cwd, values.context);
    if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory())
        throw new errors/* InputError */.dz('context', values.context, 'a directory of the workspace', 'no such directory');
    const dockerfileInput = values.dockerfile;
    const dockerfile = dockerfileInput
        ? (0,external_node_path_.isAbsolute)(dockerfileInput)
            ? dockerfileInput
            : (0,external_node_path_.resolve)(cwd, dockerfileInput)
        : (0,external_node_path_.join)(context, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(dockerfile) || !(0,external_node_fs_.statSync)(dockerfile).isFile())
        throw new errors/* InputError */.dz('dockerfile', dockerfileInput || (0,external_node_path_.join)(values.context, 'Dockerfile'), 'a Dockerfile path relative to the workspace (default: Dockerfile in the context)', 'no such file');
    if (values['kms-key'] && values.encryption !== 'KMS')
        throw new errors/* InputError */.dz('kms-key', values['kms-key'], 'empty unless encryption is KMS', `encryption is ${values.encryption}`);
    if (values.platforms.length && values.builder === 'docker')
        throw new errors/* InputError */.dz('platforms', values.platforms.join(','), 'empty with builder: docker (platforms need buildx)');
    const failOn = values['fail-on-severity']
        .map((text) => (0,severity/* parseSeverity */.l)(text))
        .filter((s) => s !== undefined);
    return { tags, context, dockerfile, failOn };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/docker.ts
// The docker CLI, spawned with arguments (never through a shell), in a private DOCKER_CONFIG.





/** Spawns `docker` with the given environment; resolves with the exit code and the output. */
function spawnRunner(env, command = 'docker') {
    return (args, options) => new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, {
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            ...(options.signal ? { signal: options.signal } : {}),
        });
        const out = [];
        const err = [];
        const lines = (sink) => {
            let pending = '';
            return (chunk) => {
                const text = chunk.toString('utf8');
                sink.push(text);
                pending += text;
                const parts = pending.split(/\r?\n/);
                pending = parts.pop() ?? '';
                for (const line of parts)
                    options.onLine?.(line);
            };
        };
        child.stdout.on('data', lines(out));
        child.stderr.on('data', lines(err));
        child.on('error', (error) => reject(error.code === 'ENOENT'
            ? new errors/* ActionError */.lZ(`The ${command} command was not found on PATH: install Docker on the runner.`)
            : error));
        child.on('close', (code) => resolve({ code: code ?? 1, stdout: out.join(''), stderr: err.join('') }));
        // a command that exits before reading its input (docker buildx version) closes the pipe:
        // EPIPE on stdin is not a failure, the exit code says how it went
        child.stdin.on('error', (error) => {
            if (error.code !== 'EPIPE')
                reject(error);
        });
        if (options.stdin === undefined)
            child.stdin.end();
        else
            child.stdin.end(options.stdin);
    });
}
/** A DOCKER_CONFIG of our own under RUNNER_TEMP, so the login never touches the user's. */
function privateDockerConfig(env = process.env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'build-push-ecr-docker-'));
    return { dir, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
/** Reads `docker push` output: `<tag>: digest: sha256:… size: N` and one line per layer. */
function parsePushOutput(output, tag) {
    const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`^${escaped}: digest: (sha256:[a-f0-9]{64})(?: size: (\\d+))?`, 'm').exec(output);
    if (!match?.[1])
        return undefined;
    return {
        digest: match[1],
        size: match[2] ? Number(match[2]) : undefined,
        layersPushed: (output.match(/^[a-f0-9]{12}: Pushed$/gm) ?? []).length,
        layersReused: (output.match(/^[a-f0-9]{12}: (Layer already exists|Mounted from .*)$/gm) ?? []).length,
    };
}
function commandFailure(what, args, result) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-8).join('\n');
    return new errors/* ActionError */.lZ(`${what} failed (docker ${args[0] ?? ''} exited with ${result.code}): ${tail.split('\n').at(-1) ?? ''}`, tail);
}
class Docker {
    runner;
    constructor(runner) {
        this.runner = runner;
    }
    /** True when the buildx plugin answers. */
    async hasBuildx() {
        const result = await this.runner(['buildx', 'version'], {}).catch(() => undefined);
        return result?.code === 0;
    }
    /** `docker login --password-stdin`: the password never is an argument. */
    async login(registry, username, password, signal) {
        const args = ['login', '--username', username, '--password-stdin', registry];
        const result = await this.runner(args, { stdin: password, ...(signal ? { signal } : {}) });
        if (result.code !== 0)
            throw commandFailure(`Logging in to ${registry}`, args, result);
    }
    async logout(registry) {
        await this.runner(['logout', registry], {}).catch(() => undefined);
    }
    async run(what, args, options = {}) {
        const result = await this.runner(args, options);
        if (result.code !== 0)
            throw commandFailure(what, args, result);
        return result;
    }
    async push(reference, tag, options = {}) {
        const result = await this.run(`Pushing ${reference}`, ['push', reference], options);
        const parsed = parsePushOutput(result.stdout + '\n' + result.stderr, tag);
        if (!parsed)
            throw new errors/* ActionError */.lZ(`docker push ${reference} succeeded but printed no digest for tag ${tag}.`);
        return parsed;
    }
    /** Size in bytes of a local image (classic builder), for the summary. */
    async imageSize(reference) {
        const result = await this.runner(['image', 'inspect', '--format', '{{.Size}}', reference], {});
        const size = Number(result.stdout.trim());
        return result.code === 0 && Number.isFinite(size) ? size : undefined;
    }
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/build.ts
const CACHE_TAG = 'buildcache';
function pairs(flag, values) {
    return Object.entries(values).flatMap(([key, value]) => [flag, `${key}=${value}`]);
}
function buildArguments(plan) {
    const common = [
        '--file',
        plan.dockerfile,
        ...(plan.target ? ['--target', plan.target] : []),
        ...pairs('--build-arg', plan.buildArgs),
        ...pairs('--label', plan.labels),
        ...plan.references.flatMap((reference) => ['--tag', reference]),
    ];
    if (plan.builder === 'docker')
        return ['build', ...common, plan.context];
    return [
        'buildx',
        'build',
        ...common,
        `--provenance=${plan.provenance}`,
        ...(plan.platforms.length ? ['--platform', plan.platforms.join(',')] : []),
        ...(plan.cacheReference
            ? [
                '--cache-from',
                `type=registry,ref=${plan.cacheReference}`,
                ...(plan.push
                    ? [
                        '--cache-to',
                        `type=registry,ref=${plan.cacheReference},mode=max,image-manifest=true,oci-mediatypes=true`,
                    ]
                    : []),
            ]
            : []),
        ...(plan.metadataFile ? ['--metadata-file', plan.metadataFile] : []),
        // A multi-platform image cannot be loaded into the local engine; without push it stays in the cache.
        ...(plan.push ? ['--push'] : plan.platforms.length > 1 ? [] : ['--load']),
        plan.context,
    ];
}
/** The classic builder must not be replaced silently by BuildKit: DOCKER_BUILDKIT=0 keeps its output and cache. */
function buildEnvironment(builder, env) {
    return builder === 'docker' ? { ...env, DOCKER_BUILDKIT: '0' } : env;
}
/** OCI labels from the GitHub context; the user's labels win. */
function ociLabels(env, now) {
    const labels = {};
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    if (env['GITHUB_REPOSITORY'])
        labels['org.opencontainers.image.source'] = `${server}/${env['GITHUB_REPOSITORY']}`;
    if (env['GITHUB_SHA'])
        labels['org.opencontainers.image.revision'] = env['GITHUB_SHA'];
    // SOURCE_DATE_EPOCH makes rebuilds reproducible (the same config, the same digest).
    const epoch = Number(env['SOURCE_DATE_EPOCH']);
    labels['org.opencontainers.image.created'] = (Number.isInteger(epoch) && epoch > 0 ? new Date(epoch * 1000) : now).toISOString();
    return labels;
}
/** `containerimage.digest` from the buildx metadata file. */
function digestFromMetadata(text) {
    try {
        const digest = JSON.parse(text)['containerimage.digest'];
        return typeof digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(digest) ? digest : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/report.ts
// The job summary: repository, tags, digest, size, build time, cache use, scan result.



function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
function repositoryLine(state) {
    const repository = state.repositoryState;
    if (!repository)
        return state.push ? 'not reached' : 'looked up only (push: false)';
    return repository.created
        ? `created (${repository.mutability}, scan on push ${repository.scanOnPush})`
        : `existing (${repository.mutability}, left unchanged)`;
}
function cacheLine(state) {
    const parts = [];
    if (state.cacheSteps !== undefined)
        parts.push(`${state.cacheSteps} build step(s) from cache`);
    if (state.layersPushed !== undefined)
        parts.push(`${state.layersPushed} layer(s) uploaded, ${state.layersReused ?? 0} already in the registry`);
    return parts.join('; ') || '—';
}
function scanLine(state) {
    if (!state.push)
        return 'not scanned (push: false)';
    if (!state.failOn.length)
        return 'gate off (fail-on-severity is empty)';
    const scan = state.scan;
    if (!scan)
        return 'not reached';
    if (scan.status === 'unavailable')
        return `⚠️ no result: ${scan.reason}`;
    const counts = severity/* SEVERITIES */.o.filter((s) => scan.counts[s])
        .map((s) => `${s} ${scan.counts[s]}`)
        .join(', ') || 'no findings';
    const gate = state.gate;
    const verdict = gate?.passed
        ? 'passed'
        : `failed: ${gate?.failing.length ?? 0} finding(s) at ${state.failOn.join(', ')}`;
    return `${verdict} (${counts}${gate?.ignored.length ? `; ${gate.ignored.length} ignored` : ''})`;
}
function findingRows(findings, status) {
    return findings.map((f) => [
        (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(f.id)),
        (0,action_summary/* raw */.lS)(f.severity),
        (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(f.package || '—')),
        (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(f.installed || '—')),
        (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(f.fixed || '—')),
        (0,action_summary/* raw */.lS)(status(f)),
    ]);
}
function report(summary, state) {
    summary.heading(`build-push-ecr: ${state.repository}`);
    const rows = [
        [
            'Repository',
            state.repositoryUri
                ? (0,action_summary/* raw */.lS)(`${(0,action_summary/* code */.aY)(state.repositoryUri)} — ${repositoryLine(state)}`)
                : repositoryLine(state),
        ],
        ['Tags', (0,action_summary/* raw */.lS)(state.tags.map(action_summary/* code */.aY).join(', '))],
    ];
    if (state.digest)
        rows.push(['Digest', (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(state.digest))]);
    if (state.sizeBytes !== undefined)
        rows.push(['Size', formatBytes(state.sizeBytes)]);
    if (state.builder)
        rows.push(['Builder', state.builder === 'docker' ? 'docker build (classic)' : 'docker buildx']);
    if (state.buildMs !== undefined)
        rows.push(['Build time', (0,duration/* formatDuration */.a3)(state.buildMs)]);
    if (state.pushMs !== undefined)
        rows.push(['Push time', (0,duration/* formatDuration */.a3)(state.pushMs)]);
    rows.push(['Cache', cacheLine(state)]);
    rows.push(['Scan', scanLine(state)]);
    summary.table(['', ''], rows.map(([label, value]) => [label, value]));
    const differences = state.repositoryState?.differences ?? [];
    if (differences.length) {
        summary.paragraph('The existing repository was left unchanged; its settings differ from the inputs:');
        summary.list(differences);
    }
    const scan = state.scan;
    if (scan?.status === 'complete' && scan.findings.length) {
        const failing = new Set(state.gate?.failing ?? []);
        const ignored = new Set(state.gate?.ignored ?? []);
        const status = (f) => failing.has(f) ? '❌ fails the gate' : ignored.has(f) ? 'ignored' : '';
        const header = ['ID', 'Severity', 'Package', 'Installed', 'Fixed in', 'Gate'];
        const shown = scan.findings.slice(0, 50);
        summary.details(`Scan findings (${scan.findings.length})`, (inner) => {
            inner.table(header, findingRows(shown, status));
            if (scan.findings.length > shown.length)
                inner.paragraph(`… and ${scan.findings.length - shown.length} more.`);
        });
    }
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/main.ts
// build-push-ecr: readInputs → validate → ensure repository → immutable pre-check → log in →
// build → push → verify the digest with ECR → scan gate → outputs and summary.











async function main(context) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const checked = validate(values);
    const { resolveRegion, createClient } = await __webpack_require__.e(/* import() */ 4291).then(__webpack_require__.bind(__webpack_require__, 4291));
    const region = resolveRegion(values['aws-region'] || undefined);
    const docker = privateDockerConfig();
    const dockerEnv = { ...process.env, DOCKER_CONFIG: docker.dir };
    const cli = new Docker(spawnRunner(dockerEnv));
    const state = {
        repository: values.repository,
        tags: checked.tags,
        push: values.push,
        failOn: checked.failOn,
    };
    let loggedIn;
    try {
        const builder = await chooseBuilder(cli, values.builder);
        state.builder = builder;
        const useCache = values.cache === 'registry' && builder === 'buildx';
        if (values.cache === 'registry' && !useCache)
            (0,runtime/* notice */.lm)('cache: registry needs buildx; the classic docker builder uses its local layer cache instead.');
        const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
        // createClient's structural middleware type does not accept the SDK's own; the runtime shape is the same.
        const ecr = createClient(ECRClient, { region });
        const ecrApi = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(5411)]).then(__webpack_require__.bind(__webpack_require__, 5411));
        const repository = await (0,runtime/* group */.Os)('Repository', () => values.push ? ecrApi.ensure(ecr, values) : ecrApi.lookUp(ecr, values.repository));
        state.repositoryState = repository;
        for (const difference of repository?.differences ?? [])
            (0,runtime/* warning */.$e)(`Existing repository ${values.repository}: ${difference} (left unchanged).`);
        if (values.push && repository?.mutability.startsWith('IMMUTABLE'))
            await ecrApi.refuseExistingTags(ecr, values.repository, checked.tags);
        const auth = await ecrApi.authorization(ecr, repository?.registryId);
        (0,runtime/* setSecret */.Pq)(auth.password);
        (0,runtime/* setSecret */.Pq)(auth.token);
        const registry = values.registry || (repository ? hostOf(repository.uri) : auth.host);
        const repositoryUri = `${registry}/${values.repository}`;
        const references = checked.tags.map((tag) => `${repositoryUri}:${tag}`);
        Object.assign(state, { registry, repositoryUri, references });
        if (values.push || useCache) {
            await cli.login(registry, auth.username, auth.password, context.signal);
            loggedIn = registry;
        }
        const metadataFile = builder === 'buildx' ? (0,external_node_path_.join)(docker.dir, 'metadata.json') : undefined;
        const buildStarted = Date.now();
        const args = buildArguments({
            builder,
            context: checked.context,
            dockerfile: checked.dockerfile,
            target: values.target || undefined,
            buildArgs: values['build-args'],
            labels: { ...ociLabels(process.env, context.startedAt), ...values.labels },
            platforms: values.platforms,
            references,
            push: values.push,
            cacheReference: useCache ? `${repositoryUri}:${CACHE_TAG}` : undefined,
            provenance: values.provenance,
            metadataFile,
        });
        const built = await (0,runtime/* group */.Os)(`Build (${builder})`, async () => {
            const runner = spawnRunner(buildEnvironment(builder, dockerEnv));
            return new Docker(runner).run('The image build', args, { onLine: runtime/* info */.pq, signal: context.signal });
        });
        state.buildMs = Date.now() - buildStarted;
        state.cacheSteps = (built.stdout.match(/Using cache|CACHED/g) ?? []).length;
        if (!values.push) {
            (0,outputs/* writeOutputs */.K)(inputs_outputs, {
                registry,
                'repository-uri': repositoryUri,
                'image-uri': references[0] ?? '',
                tags: references,
            });
            return;
        }
        let digest;
        const pushStarted = Date.now();
        if (builder === 'buildx') {
            const fromMetadata = metadataFile ? digestFromMetadata((0,external_node_fs_.readFileSync)(metadataFile, 'utf8')) : undefined;
            if (!fromMetadata)
                throw new errors/* ActionError */.lZ('docker buildx pushed the image but its metadata file names no digest.');
            digest = fromMetadata;
        }
        else {
            const pushes = [];
            await (0,runtime/* group */.Os)('Push', async () => {
                for (const [index, reference] of references.entries())
                    pushes.push(await cli.push(reference, checked.tags[index] ?? '', { onLine: runtime/* info */.pq, signal: context.signal }));
            });
            const digests = new Set(pushes.map((push) => push.digest));
            if (digests.size !== 1)
                throw new errors/* ActionError */.lZ(`The tags were pushed with different digests: ${[...digests].join(', ')}.`);
            digest = pushes[0]?.digest ?? '';
            state.layersPushed = pushes.reduce((sum, push) => sum + push.layersPushed, 0);
            state.layersReused = pushes[0]?.layersReused ?? 0;
        }
        state.pushMs = Date.now() - pushStarted;
        state.digest = digest;
        const verified = await (0,runtime/* group */.Os)('Verify with ECR', () => ecrApi.verifyDigest(ecr, values.repository, checked.tags, digest, context.signal));
        state.sizeBytes = verified.sizeBytes;
        let scan;
        let gate;
        if (checked.failOn.length) {
            scan = await (0,runtime/* group */.Os)('Scan gate', () => ecrApi.scan(ecr, {
                repository: values.repository,
                digest,
                timeoutMs: values['scan-timeout'],
                scanOnPush: repository?.scanOnPush ?? false,
                signal: context.signal,
                onProgress: runtime/* info */.pq,
            }));
            if (scan.status === 'complete') {
                const { decideGate } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(4109)]).then(__webpack_require__.bind(__webpack_require__, 4109));
                gate = decideGate(scan.findings, checked.failOn, values['ignore-vulnerabilities']);
            }
            else
                (0,runtime/* warning */.$e)(`The image scan gave no result, so the scan gate could not check this image: ${scan.reason}.`);
        }
        Object.assign(state, { scan, gate });
        (0,outputs/* writeOutputs */.K)(inputs_outputs, {
            registry,
            'repository-uri': repositoryUri,
            'image-uri': references[0] ?? '',
            'image-digest': digest,
            'image-uri-digest': `${repositoryUri}@${digest}`,
            tags: references,
            'scan-findings': scanFindingsOutput(scan, gate),
        });
        if (gate && !gate.passed) {
            const ids = gate.failing.slice(0, 5).map((finding) => `${finding.id} (${finding.severity})`);
            throw new errors/* ActionError */.lZ(`The scan gate failed: ${gate.failing.length} finding(s) at ${checked.failOn.join(', ')} not in ignore-vulnerabilities: ${ids.join(', ')}${gate.failing.length > 5 ? ', …' : ''}. The image was pushed (${digest}) but must not be deployed.`);
        }
    }
    finally {
        if (loggedIn)
            await cli.logout(loggedIn);
        docker.remove();
        report(context.summary, state);
    }
}
async function chooseBuilder(cli, wanted) {
    if (wanted === 'docker')
        return 'docker';
    const hasBuildx = await cli.hasBuildx();
    if (wanted === 'buildx' && !hasBuildx)
        throw new errors/* ActionError */.lZ('builder is buildx but docker buildx is not installed on this runner: install it (docker/setup-buildx-action) or set builder: docker.');
    return hasBuildx ? 'buildx' : 'docker';
}
function hostOf(uri) {
    return uri.split('/')[0] ?? uri;
}
function scanFindingsOutput(scan, gate) {
    if (!scan)
        return { status: 'not-checked', counts: {}, failing: [] };
    if (scan.status === 'unavailable')
        return { status: 'unavailable', reason: scan.reason, counts: {}, failing: [] };
    return {
        status: gate?.passed === false ? 'failed' : 'passed',
        counts: scan.counts,
        failing: gate?.failing ?? [],
        ignored: gate?.ignored ?? [],
    };
}


/***/ }),

/***/ 7047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseSeverity),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/** ECR's finding severities, most severe first (basic and enhanced scanning). */
const SEVERITIES = [
    'CRITICAL',
    'HIGH',
    'MEDIUM',
    'LOW',
    'INFORMATIONAL',
    'UNDEFINED',
    'UNTRIAGED',
];
function parseSeverity(text) {
    const upper = text.trim().toUpperCase();
    return SEVERITIES.includes(upper) ? upper : undefined;
}


/***/ })

};
