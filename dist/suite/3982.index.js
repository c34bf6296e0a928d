export const id = 3982;
export const ids = [3982];
export const modules = {

/***/ 7478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ formatIgnoreEntry),
/* harmony export */   _d: () => (/* binding */ isExpired),
/* harmony export */   f7: () => (/* binding */ IGNORE_ACCEPTED),
/* harmony export */   mr: () => (/* binding */ parseIgnoreEntry),
/* harmony export */   wr: () => (/* binding */ ignoreEntryProblem)
/* harmony export */ });
const ENTRY = /^(\S+)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?$/i;
const IGNORE_ACCEPTED = 'finding IDs such as CVE-2024-1234, each optionally followed by "until YYYY-MM-DD"';
/** Why an entry is refused, or undefined. */
function ignoreEntryProblem(text) {
    const match = ENTRY.exec(text.trim());
    if (!match)
        return 'not "<finding ID>" or "<finding ID> until YYYY-MM-DD"';
    const until = match[2];
    if (until && !isCalendarDate(until))
        return `${until} is not a calendar date`;
    return undefined;
}
function isCalendarDate(text) {
    const date = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
function parseIgnoreEntry(text) {
    const match = ENTRY.exec(text.trim());
    const id = match?.[1] ?? text.trim();
    const until = match?.[2];
    return until ? { id, until } : { id };
}
/** An entry has expired once the UTC day after `until` has begun. */
function isExpired(entry, now) {
    return entry.until !== undefined && now.toISOString().slice(0, 10) > entry.until;
}
function formatIgnoreEntry(entry) {
    return entry.until ? `${entry.id} (until ${entry.until})` : entry.id;
}


/***/ }),

/***/ 3982:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(365);


await (0,_shared_action_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)('build-push-ecr', _main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .iW);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ main)
});

// UNUSED EXPORTS: gateRefusal, scanFindingsOutput

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
// EXTERNAL MODULE: ./actions/build-push-ecr/src/ignore.ts
var src_ignore = __webpack_require__(7478);
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
    secrets: inputs/* input */.hF.map({
        key: /^[A-Za-z0-9_.-]+$/,
        accepted: 'id=ENV_VAR lines: a BuildKit secret id and the environment variable that holds its value',
    }),
    builder: inputs/* input */.hF.choice(['auto', 'buildx', 'container', 'docker'], { default: 'auto' }),
    cache: inputs/* input */.hF.choice(['registry', 'inline', 'none'], { default: 'registry' }),
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
        accepted: `a severity threshold from ${severity/* SEVERITIES */.oC.join(', ')}: findings at it or above fail (empty: report only)`,
        item: (value) => ((0,severity/* parseSeverity */.lv)(value) ? undefined : 'unknown severity'),
    }),
    'on-scan-unavailable': inputs/* input */.hF.choice(['fail', 'warn'], { default: 'fail' }),
    'scan-timeout': inputs/* input */.hF.duration({ default: '10m', min: 1000 }),
    'ignore-vulnerabilities': inputs/* input */.hF.list({ accepted: src_ignore/* IGNORE_ACCEPTED */.f7, item: src_ignore/* ignoreEntryProblem */.wr }),
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






const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Secret ids and the environment variables behind them: each set, never empty. */
function checkSecrets(values, env) {
    const accepted = 'id=ENV_VAR lines naming environment variables set for this step (env: in the workflow)';
    for (const [id, variable] of Object.entries(values.secrets)) {
        if (!ENV_NAME.test(variable))
            throw new errors/* InputError */.dz('secrets', `${id}=${variable}`, accepted, `${variable} is not an environment variable name`);
        if (!env[variable])
            throw new errors/* InputError */.dz('secrets', `${id}=${variable}`, accepted, `${variable} is not set or is empty`);
    }
    if (Object.keys(values.secrets).length && values.builder === 'docker')
        throw new errors/* InputError */.dz('secrets', Object.keys(values.secrets).join(','), 'empty with builder: docker (build secrets need BuildKit: builder auto, buildx or container)');
    return values.secrets;
}
/** Placeholders that make a tag unique to a build: such a tag can be pushed before the scan gate. */
const UNIQUE_PLACEHOLDER = /\{(sha|short-sha|run-number)\}/;
/**
 * The tag pushed before the scan gate comes first: the first template with {sha}, {short-sha} or
 * {run-number} (else the first tag). The others move (latest, a branch) and wait for the gate.
 */
function pushTagFirst(templates, tags, git) {
    const unique = templates.find((template) => UNIQUE_PLACEHOLDER.test(template));
    const pushed = unique === undefined ? undefined : expandTags([unique], git)[0];
    return pushed === undefined ? tags : [pushed, ...tags.filter((tag) => tag !== pushed)];
}
function validate(values, env = process.env, cwd = process.cwd()) {
    const tags = pushTagFirst(values.tags, expandTags(values.tags, gitContext(env)), gitContext(env));
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
    const threshold = (0,severity/* thresholdOf */.pI)(values['fail-on-severity']
        .map((text) => (0,severity/* parseSeverity */.lv)(text))
        .filter((s) => s !== undefined));
    const ignore = values['ignore-vulnerabilities'].map(src_ignore/* parseIgnoreEntry */.mr);
    return { tags, context, dockerfile, threshold, ignore, secrets: checkSecrets(values, env) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./actions/build-push-ecr/src/docker.ts
// The docker CLI, run with arguments (never through a shell) by @actions/exec, in a private DOCKER_CONFIG.




/**
 * Runs `docker` (or `command`) through @actions/exec with the given environment; resolves with the
 * exit code and the output. Silent: the caller logs lines through `onLine`, so no command line,
 * and no value in one, is echoed by the toolkit.
 */
function execRunner(env, command = 'docker') {
    const environment = Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined));
    return async (args, options) => {
        if (options.signal?.aborted)
            throw new errors/* ActionError */.lZ(`Cancelled before running ${command} ${args[0] ?? ''}.`);
        const { getExecOutput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1260));
        try {
            const result = await getExecOutput(command, [...args], {
                env: environment,
                silent: true,
                ignoreReturnCode: true,
                ...(options.stdin !== undefined ? { input: Buffer.from(options.stdin, 'utf8') } : {}),
                listeners: {
                    stdline: (line) => options.onLine?.(line),
                    errline: (line) => options.onLine?.(line),
                },
            });
            return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
        }
        catch (error) {
            if (/Unable to locate executable file/.test(error.message))
                throw new errors/* ActionError */.lZ(`The ${command} command was not found on PATH: install it on the runner.`);
            throw error;
        }
    };
}
/** The user's docker configuration directory (DOCKER_CONFIG, else ~/.docker). */
function userDockerConfigDir(env = process.env) {
    return env['DOCKER_CONFIG'] || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
}
/**
 * A DOCKER_CONFIG of our own under RUNNER_TEMP, so the login never touches the user's. The CLI
 * plugins of the user's configuration stay found (docker/setup-buildx-action can install buildx
 * there).
 */
function privateDockerConfig(env = process.env) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'build-push-ecr-docker-'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify({ cliPluginsExtraDirs: [(0,external_node_path_.join)(userDockerConfigDir(env), 'cli-plugins')] }));
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
        ...cacheArguments(plan.cache, plan.push),
        // The value stays in the environment: only its name is on the command line.
        ...Object.entries(plan.secrets).flatMap(([id, variable]) => ['--secret', `id=${id},env=${variable}`]),
        ...(plan.builderName ? ['--builder', plan.builderName] : []),
        ...(plan.metadataFile ? ['--metadata-file', plan.metadataFile] : []),
        // A multi-platform image cannot be loaded into the local engine; without push it stays in the cache.
        ...(plan.push ? ['--push'] : plan.platforms.length > 1 ? [] : ['--load']),
        plan.context,
    ];
}
function cacheArguments(cache, push) {
    switch (cache.kind) {
        case 'none':
            return [];
        case 'registry':
            return [
                '--cache-from',
                `type=registry,ref=${cache.reference}`,
                ...(push
                    ? [
                        '--cache-to',
                        `type=registry,ref=${cache.reference},mode=max,image-manifest=true,oci-mediatypes=true`,
                    ]
                    : []),
            ];
        case 'inline':
            return [
                ...cache.from.flatMap((reference) => ['--cache-from', `type=registry,ref=${reference}`]),
                ...(push ? ['--cache-to', 'type=inline'] : []),
            ];
    }
}
/**
 * The classic builder must not be replaced silently by BuildKit: DOCKER_BUILDKIT=0 keeps its output
 * and cache. BuildKit reads SOURCE_DATE_EPOCH (buildx passes it on as a build argument) for the
 * timestamps it writes.
 */
function buildEnvironment(builder, env, sourceEpoch) {
    const withEpoch = sourceEpoch === undefined ? env : { ...env, SOURCE_DATE_EPOCH: String(sourceEpoch) };
    return builder === 'docker' ? { ...withEpoch, DOCKER_BUILDKIT: '0' } : withEpoch;
}
/** OCI labels from the GitHub context; `created` is the source's time (see source-date.ts). The user's labels win. */
function ociLabels(env, created) {
    const labels = {};
    const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
    if (env['GITHUB_REPOSITORY'])
        labels['org.opencontainers.image.source'] = `${server}/${env['GITHUB_REPOSITORY']}`;
    if (env['GITHUB_SHA'])
        labels['org.opencontainers.image.revision'] = env['GITHUB_SHA'];
    labels['org.opencontainers.image.created'] = created.toISOString();
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
const SECRET_LOOKING = /SECRET|PASSWORD|PASSWD|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH/i;
/** Build arguments whose names look like secrets: they stay in the image history for anyone who pulls it. */
function secretLookingBuildArgs(buildArgs) {
    return Object.keys(buildArgs).filter((name) => SECRET_LOOKING.test(name));
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/builder.ts
// Which builder runs the build, and which cache it can use. BuildKit's `docker` driver (what buildx
// uses on a runner where nothing set up another builder) refuses to export a registry cache unless
// the engine stores images in containerd; the docker-container, remote and kubernetes drivers
// export it. The classic builder has only the engine's local layer cache.

const REGISTRY_CACHE_DRIVERS = ['docker-container', 'remote', 'kubernetes'];
/** `Name:` and `Driver:` of the builder from `docker buildx inspect` (the first lines, before `Nodes:`). */
function parseBuildxInspect(output) {
    const header = output.split(/^Nodes:/m)[0] ?? '';
    const name = /^Name:\s*(\S+)/m.exec(header)?.[1];
    const driver = /^Driver:\s*(\S+)/m.exec(header)?.[1];
    return name && driver ? { name, driver } : undefined;
}
/** `docker info` reports `driver-type io.containerd.snapshotter.v1` with the containerd image store. */
function usesContainerdStore(driverStatusJson) {
    return /io\.containerd\.snapshotter\.v1/.test(driverStatusJson);
}
/**
 * The builder `docker buildx build` would use (or `name`), with its driver. When buildx cannot
 * say, the driver is `unknown`: the build still runs, with the inline cache.
 */
async function inspectBuilder(cli, name) {
    const inspected = await cli.runner(['buildx', 'inspect', ...(name ? [name] : [])], {});
    const builder = inspected.code === 0 ? parseBuildxInspect(inspected.stdout) : undefined;
    if (!builder)
        return { name: name ?? 'current', driver: 'unknown', containerdStore: false };
    let containerdStore = false;
    if (builder.driver === 'docker') {
        const info = await cli.runner(['info', '--format', '{{json .DriverStatus}}'], {});
        containerdStore = info.code === 0 && usesContainerdStore(info.stdout);
    }
    return { ...builder, containerdStore };
}
/** The cache a build gets: the one asked for where the builder can write it, else the inline cache. */
function chooseCache(wanted, builder, buildx) {
    if (wanted === 'none')
        return { kind: 'none', reason: 'cache: none' };
    if (builder === 'docker' || !buildx)
        return {
            kind: 'none',
            reason: "the classic docker builder has no cache export; it reuses the engine's local layer cache",
        };
    if (wanted === 'inline')
        return { kind: 'inline', reason: 'cache: inline' };
    if (buildx.driver === 'unknown')
        return {
            kind: 'inline',
            reason: 'docker buildx inspect did not name the builder and its driver, so the inline cache is used (it works with every driver).',
        };
    const driver = `builder ${buildx.name} uses the ${buildx.driver} driver`;
    if (REGISTRY_CACHE_DRIVERS.includes(buildx.driver))
        return { kind: 'registry', reason: `${driver}, which exports a registry cache` };
    if (buildx.driver === 'docker' && buildx.containerdStore)
        return {
            kind: 'registry',
            reason: `${driver} on the containerd image store, which exports a registry cache`,
        };
    return {
        kind: 'inline',
        reason: `${driver}${buildx.driver === 'docker' ? ' without the containerd image store' : ''}, which cannot export a registry cache: ` +
            'the inline cache is used instead. For the registry cache, set builder: container (or run docker/setup-buildx-action before this step).',
    };
}
/** `builder: container`: a docker-container builder for this run only, as docker/setup-buildx-action creates. */
async function createContainerBuilder(cli, name) {
    await cli.run('Creating a docker-container builder', [
        'buildx',
        'create',
        '--name',
        name,
        '--driver',
        'docker-container',
        '--bootstrap',
    ]);
}
async function removeBuilder(cli, name) {
    await cli.run('Removing the docker-container builder', ['buildx', 'rm', name]).catch(() => undefined);
}
/** buildx, or the classic builder; `container` and `buildx` need the buildx plugin. */
async function chooseBuilder(cli, wanted) {
    if (wanted === 'docker')
        return 'docker';
    const hasBuildx = await cli.hasBuildx();
    if (wanted !== 'auto' && !hasBuildx)
        throw new errors/* ActionError */.lZ(`builder is ${wanted} but docker buildx is not installed on this runner: install it (docker/setup-buildx-action) or set builder: docker.`);
    return hasBuildx ? 'buildx' : 'docker';
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/mutability.ts
// Which tags a repository lets a push move: MUTABLE, IMMUTABLE, and the …_WITH_EXCLUSION settings
// whose wildcard filters exempt some tags. Pure code: main loads it before the SDK.
function matchesWildcard(tag, filter) {
    const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${pattern.join('.*')}$`).test(tag);
}
/** Whether the repository lets a push move `tag` to another image. */
function tagIsMutable(repository, tag) {
    const excluded = repository.exclusionFilters.some((filter) => matchesWildcard(tag, filter));
    if (repository.mutability === 'IMMUTABLE_WITH_EXCLUSION')
        return excluded;
    if (repository.mutability === 'MUTABLE_WITH_EXCLUSION')
        return !excluded;
    return repository.mutability !== 'IMMUTABLE';
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
function builderLine(state) {
    if (state.builder === 'docker')
        return 'docker build (classic)';
    const buildx = state.buildx;
    return buildx
        ? `docker buildx, builder ${(0,action_summary/* code */.aY)(buildx.name)} (${buildx.driver} driver${buildx.containerdStore ? ', containerd image store' : ''})`
        : 'docker buildx';
}
function cacheLine(state) {
    const parts = [];
    if (state.cache)
        parts.push(`${state.cache.kind} — ${state.cache.reason}${state.cacheRepository ? ` (in ${(0,action_summary/* code */.aY)(state.cacheRepository)})` : ''}`);
    if (state.cacheSteps !== undefined)
        parts.push(`${state.cacheSteps} build step(s) from cache`);
    if (state.layersPushed !== undefined)
        parts.push(`${state.layersPushed} layer(s) uploaded, ${state.layersReused ?? 0} already in the registry`);
    return parts.join('; ') || '—';
}
function scanLine(state) {
    if (!state.push)
        return 'not scanned (push: false)';
    const scan = state.scan;
    if (!scan)
        return 'not reached';
    if (scan.status === 'unavailable')
        return `⚠️ no result: ${scan.reason}`;
    const counts = severity/* SEVERITIES */.oC.filter((s) => scan.counts[s])
        .map((s) => `${s} ${scan.counts[s]}`)
        .join(', ') || 'no findings';
    const gate = state.gate;
    const verdict = !state.threshold
        ? 'report only (fail-on-severity is empty)'
        : gate?.passed
            ? `passed (threshold ${state.threshold})`
            : `❌ failed: ${gate?.failing.length ?? 0} finding(s) at ${state.threshold} or above`;
    return `${verdict} — ${counts}${gate?.ignored.length ? `; ${gate.ignored.length} ignored` : ''}`;
}
function tagsLine(state) {
    const [first, ...rest] = state.tags;
    if (!state.push || !state.digest)
        return state.tags.map(action_summary/* code */.aY).join(', ');
    const parts = [`${(0,action_summary/* code */.aY)(first ?? '')} pushed`];
    if (state.addedTags?.length)
        parts.push(`${state.addedTags.map(action_summary/* code */.aY).join(', ')} added after the gate`);
    if (state.withheldTags?.length)
        parts.push(`**withheld** (the gate refused the image): ${state.withheldTags.map(action_summary/* code */.aY).join(', ')}`);
    else if (rest.length && !state.addedTags)
        parts.push(`not reached: ${rest.map(action_summary/* code */.aY).join(', ')}`);
    return parts.join('; ');
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
        ['Tags', (0,action_summary/* raw */.lS)(tagsLine(state))],
    ];
    if (state.digest)
        rows.push(['Digest', (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(state.digest))]);
    if (state.sizeBytes !== undefined)
        rows.push(['Size', formatBytes(state.sizeBytes)]);
    if (state.builder)
        rows.push(['Builder', (0,action_summary/* raw */.lS)(builderLine(state))]);
    if (state.buildMs !== undefined)
        rows.push(['Build time', (0,duration/* formatDuration */.a3)(state.buildMs)]);
    if (state.pushMs !== undefined)
        rows.push(['Push time', (0,duration/* formatDuration */.a3)(state.pushMs)]);
    rows.push(['Cache', (0,action_summary/* raw */.lS)(cacheLine(state))]);
    rows.push(['Scan', scanLine(state)]);
    summary.table(['', ''], rows.map(([label, value]) => [label, value]));
    const differences = state.repositoryState?.differences ?? [];
    if (differences.length) {
        summary.paragraph('The existing repository was left unchanged; its settings differ from the inputs:');
        summary.list(differences);
    }
    const expired = state.gate?.expired ?? [];
    if (expired.length) {
        summary.paragraph('These ignore-vulnerabilities entries have expired and no longer apply:');
        summary.list(expired.map(src_ignore/* formatIgnoreEntry */.OG));
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

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/source-date.ts
function parseEpoch(text) {
    const epoch = Number(text?.trim());
    return text?.trim() && Number.isInteger(epoch) && epoch > 0 ? epoch : undefined;
}
/** SOURCE_DATE_EPOCH, else `git log -1 --format=%ct` in `directory`; undefined outside a checkout. */
async function sourceDate(env, directory, git) {
    const fromEnv = parseEpoch(env['SOURCE_DATE_EPOCH']);
    if (fromEnv !== undefined)
        return { epoch: fromEnv, from: 'SOURCE_DATE_EPOCH' };
    const result = await git(['-C', directory, 'log', '-1', '--format=%ct'], {}).catch(() => undefined);
    const fromCommit = result?.code === 0 ? parseEpoch(result.stdout) : undefined;
    return fromCommit === undefined ? undefined : { epoch: fromCommit, from: 'the commit time' };
}

;// CONCATENATED MODULE: ./actions/build-push-ecr/src/main.ts
// build-push-ecr: readInputs → validate → ensure repository → immutable pre-check → log in →
// build → push the first tag → verify the digest with ECR → scan gate → the other tags (only when
// the gate passes) → outputs and summary.
















async function main(context) {
    const values = await (0,inputs/* readInputs */.Ko)(inputs_inputs);
    const checked = validate(values);
    for (const variable of Object.values(checked.secrets))
        (0,runtime/* setSecret */.Pq)(process.env[variable] ?? '');
    for (const name of secretLookingBuildArgs(values['build-args'])) {
        (0,runtime/* setSecret */.Pq)(values['build-args'][name] ?? '');
        (0,runtime/* warning */.$e)(`build-args: ${name} looks like a secret, and a build argument stays in the image history (docker history) for anyone who can pull the image. Pass it with the secrets input instead (secrets: ${name.toLowerCase()}=${name}, read in the Dockerfile with RUN --mount=type=secret,id=${name.toLowerCase()},env=${name}).`);
    }
    const { resolveRegion, createClient } = await __webpack_require__.e(/* import() */ 6672).then(__webpack_require__.bind(__webpack_require__, 4291));
    const region = resolveRegion(values['aws-region'] || undefined);
    const docker = privateDockerConfig();
    const dockerEnv = {
        ...process.env,
        DOCKER_CONFIG: docker.dir,
        BUILDX_CONFIG: buildxConfigDir(process.env),
    };
    const cli = new Docker(execRunner(dockerEnv));
    const state = {
        repository: values.repository,
        tags: checked.tags,
        push: values.push,
        threshold: checked.threshold,
    };
    if (values['fail-on-severity'].length > 1)
        (0,runtime/* notice */.lm)(`fail-on-severity is a threshold: ${checked.threshold ?? ''} fails on findings at ${checked.threshold ?? ''} or above (the list ${values['fail-on-severity'].join(', ')} reads as its least severe entry).`);
    let loggedIn;
    let createdBuilder;
    try {
        const builder = await chooseBuilder(cli, values.builder);
        state.builder = builder;
        if (builder === 'docker' && Object.keys(checked.secrets).length)
            throw new errors/* ActionError */.lZ('secrets needs BuildKit, but docker buildx is not installed on this runner: install it (docker/setup-buildx-action), or pass no secrets.');
        const containerBuilder = values.builder === 'container' ? `build-push-ecr-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}` : undefined;
        // A builder of our own is known before it exists: it is created just before the build.
        const buildx = builder !== 'buildx'
            ? undefined
            : containerBuilder
                ? { name: containerBuilder, driver: 'docker-container', containerdStore: false }
                : await inspectBuilder(cli);
        const cacheDecision = chooseCache(values.cache, builder, buildx);
        Object.assign(state, { buildx, cache: cacheDecision });
        (0,runtime/* info */.pq)(`Builder: ${buildx ? `buildx, builder ${buildx.name} (${buildx.driver} driver)` : 'docker build (classic)'}; cache: ${cacheDecision.kind} (${cacheDecision.reason}).`);
        if (values.cache === 'registry' && cacheDecision.kind !== 'registry')
            (0,runtime/* notice */.lm)(`Cache: ${cacheDecision.reason}`);
        const { ECRClient } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19));
        // createClient's structural middleware type does not accept the SDK's own; the runtime shape is the same.
        const ecr = createClient(ECRClient, { region });
        const ecrApi = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(5411)]).then(__webpack_require__.bind(__webpack_require__, 5411));
        const repository = await (0,runtime/* group */.Os)('Repository', () => values.push ? ecrApi.ensure(ecr, values) : ecrApi.lookUp(ecr, values.repository));
        state.repositoryState = repository;
        for (const difference of repository?.differences ?? [])
            (0,runtime/* warning */.$e)(`Existing repository ${values.repository}: ${difference} (left unchanged).`);
        if (values.push && repository)
            await ecrApi.refuseExistingTags(ecr, values.repository, checked.tags.filter((tag) => !tagIsMutable(repository, tag)));
        // The registry cache's tag moves on every build: where the repository refuses that, the cache
        // lives in a repository beside it.
        const cacheRepository = cacheDecision.kind === 'registry' && repository && !tagIsMutable(repository, CACHE_TAG)
            ? await (0,runtime/* group */.Os)('Cache repository', () => values.push
                ? ecrApi.ensureCacheRepository(ecr, values)
                : ecrApi.lookUp(ecr, ecrApi.cacheRepositoryName(values.repository)))
            : undefined;
        const auth = await ecrApi.authorization(ecr, repository?.registryId);
        (0,runtime/* setSecret */.Pq)(auth.password);
        (0,runtime/* setSecret */.Pq)(auth.token);
        const registry = values.registry || (repository ? hostOf(repository.uri) : auth.host);
        const repositoryUri = `${registry}/${values.repository}`;
        const cacheRepositoryUri = `${registry}/${cacheRepository ? ecrApi.cacheRepositoryName(values.repository) : values.repository}`;
        if (cacheRepository) {
            (0,runtime/* info */.pq)(`The build cache lives in ${cacheRepositoryUri}: ${values.repository} has immutable tags.`);
            state.cacheRepository = cacheRepositoryUri;
        }
        const references = checked.tags.map((tag) => `${repositoryUri}:${tag}`);
        // The first tag is pushed; the others (latest, …) name the image only once the scan gate passed.
        const [firstTag = '', ...movingTags] = checked.tags;
        const firstReference = `${repositoryUri}:${firstTag}`;
        Object.assign(state, { registry, repositoryUri, references });
        if (values.push || cacheDecision.kind !== 'none') {
            await cli.login(registry, auth.username, auth.password, context.signal);
            loggedIn = registry;
        }
        const source = await sourceDate(process.env, checked.context, execRunner(process.env, 'git'));
        if (source)
            (0,runtime/* info */.pq)(`Image created time: ${new Date(source.epoch * 1000).toISOString()} (${source.from}).`);
        else
            (0,runtime/* notice */.lm)(`The build context ${values.context} is not in a git checkout and SOURCE_DATE_EPOCH is not set: the image's created time is the build time, so a rebuild of the same sources gets a new digest. Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.`);
        const created = source ? new Date(source.epoch * 1000) : context.startedAt;
        const metadataFile = builder === 'buildx' ? (0,external_node_path_.join)(docker.dir, 'metadata.json') : undefined;
        const buildStarted = Date.now();
        const args = buildArguments({
            builder,
            context: checked.context,
            dockerfile: checked.dockerfile,
            target: values.target || undefined,
            buildArgs: values['build-args'],
            secrets: checked.secrets,
            labels: { ...ociLabels(process.env, created), ...values.labels },
            platforms: values.platforms,
            references: values.push ? [firstReference] : references,
            push: values.push,
            cache: cachePlan(cacheDecision.kind, {
                registry: `${cacheRepositoryUri}:${CACHE_TAG}`,
                inline: references.slice(1),
            }),
            builderName: buildx && buildx.name !== 'default' ? buildx.name : undefined,
            provenance: values.provenance,
            metadataFile,
        });
        if (containerBuilder) {
            await (0,runtime/* group */.Os)('Builder', () => createContainerBuilder(cli, containerBuilder));
            createdBuilder = containerBuilder;
        }
        const built = await (0,runtime/* group */.Os)(`Build (${builder})`, async () => {
            const runner = execRunner(buildEnvironment(builder, dockerEnv, source?.epoch));
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
            const pushed = await (0,runtime/* group */.Os)('Push', () => cli.push(firstReference, firstTag, { onLine: runtime/* info */.pq, signal: context.signal }));
            digest = pushed.digest;
            state.layersPushed = pushed.layersPushed;
            state.layersReused = pushed.layersReused;
        }
        state.pushMs = Date.now() - pushStarted;
        state.digest = digest;
        const verified = await (0,runtime/* group */.Os)('Verify with ECR', () => ecrApi.verifyDigest(ecr, values.repository, [firstTag], digest, context.signal));
        state.sizeBytes = verified.sizeBytes;
        // Report-only (no threshold) waits for the scan too: the summary shows the counts either way.
        const scan = await (0,runtime/* group */.Os)('Scan gate', () => ecrApi.scan(ecr, {
            repository: values.repository,
            digest,
            timeoutMs: values['scan-timeout'],
            scanOnPush: repository?.scanOnPush ?? false,
            signal: context.signal,
            onProgress: runtime/* info */.pq,
        }));
        const { decideGate } = await Promise.all(/* import() */[__webpack_require__.e(5118), __webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(4109)]).then(__webpack_require__.bind(__webpack_require__, 4109));
        const gate = scan.status === 'complete'
            ? decideGate(scan.findings, checked.threshold, checked.ignore, new Date())
            : undefined;
        Object.assign(state, { scan, gate });
        for (const entry of gate?.expired ?? [])
            (0,runtime/* warning */.$e)(`ignore-vulnerabilities: ${(0,src_ignore/* formatIgnoreEntry */.OG)(entry)} has expired and no longer applies: fix the finding, or give the entry a new date.`);
        const refusal = gateRefusal(scan, gate, checked.threshold, values['on-scan-unavailable']);
        if (scan.status === 'unavailable' && !refusal)
            (0,runtime/* warning */.$e)(`The image scan gave no result, so nothing checked this image for vulnerabilities: ${scan.reason}.`);
        if (refusal)
            state.withheldTags = movingTags;
        else {
            await (0,runtime/* group */.Os)('Tags', () => ecrApi.addTags(ecr, values.repository, digest, movingTags));
            state.addedTags = movingTags;
        }
        const applied = refusal ? [firstReference] : references;
        (0,outputs/* writeOutputs */.K)(inputs_outputs, {
            registry,
            'repository-uri': repositoryUri,
            'image-uri': firstReference,
            'image-digest': digest,
            'image-uri-digest': `${repositoryUri}@${digest}`,
            tags: applied,
            'scan-findings': scanFindingsOutput(scan, gate, checked.threshold),
        });
        if (refusal)
            throw new errors/* ActionError */.lZ(`${refusal} The image was pushed as ${firstReference} (${digest}) but must not be deployed${movingTags.length ? `; tags withheld: ${movingTags.join(', ')}` : ''}.`);
    }
    finally {
        if (createdBuilder)
            await removeBuilder(cli, createdBuilder);
        if (loggedIn)
            await cli.logout(loggedIn);
        docker.remove();
        report(context.summary, state);
    }
}
/** Where buildx keeps its builders: the user's, so a builder docker/setup-buildx-action made is found. */
function buildxConfigDir(env) {
    return env['BUILDX_CONFIG'] || (0,external_node_path_.join)(userDockerConfigDir(env), 'buildx');
}
function cachePlan(kind, at) {
    if (kind === 'registry')
        return { kind, reference: at.registry };
    if (kind === 'inline')
        return { kind, from: at.inline };
    return { kind };
}
function hostOf(uri) {
    return uri.split('/')[0] ?? uri;
}
/** Why the gate refuses the image (a sentence), or undefined when it passes. */
function gateRefusal(scan, gate, threshold, onUnavailable) {
    if (scan.status === 'unavailable')
        return threshold && onUnavailable === 'fail'
            ? `The scan gate could not check the image: ${scan.reason}. Set on-scan-unavailable: warn to let an unscanned image through.`
            : undefined;
    if (!gate || gate.passed)
        return undefined;
    const ids = gate.failing.slice(0, 5).map((finding) => `${finding.id} (${finding.severity})`);
    return `The scan gate failed: ${gate.failing.length} finding(s) at ${threshold ?? ''} or above not in ignore-vulnerabilities: ${ids.join(', ')}${gate.failing.length > 5 ? ', …' : ''}.`;
}
function scanFindingsOutput(scan, gate, threshold) {
    if (!scan)
        return { status: 'not-checked', counts: {}, failing: [] };
    if (scan.status === 'unavailable')
        return { status: 'unavailable', reason: scan.reason, counts: {}, failing: [] };
    return {
        status: gate?.passed === false ? 'failed' : 'passed',
        threshold: threshold ?? null,
        counts: scan.counts,
        failing: gate?.failing ?? [],
        ignored: gate?.ignored ?? [],
        expiredIgnores: (gate?.expired ?? []).map(src_ignore/* formatIgnoreEntry */.OG),
    };
}


/***/ }),

/***/ 7047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ reachesThreshold),
/* harmony export */   lv: () => (/* binding */ parseSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   pI: () => (/* binding */ thresholdOf),
/* harmony export */   qs: () => (/* binding */ severityRank)
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
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}
/** The threshold a list of severities means: its least severe entry (`CRITICAL,HIGH` is HIGH). */
function thresholdOf(severities) {
    return [...severities].sort((a, b) => severityRank(b) - severityRank(a))[0];
}
/** True when `severity` is at the threshold or more severe (trivy's and grype's reading). */
function reachesThreshold(severity, threshold) {
    return severityRank(severity) <= severityRank(threshold);
}


/***/ })

};
