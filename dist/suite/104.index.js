export const id = 104;
export const ids = [104];
export const modules = {

/***/ 695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ kubeconfigPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
// The kubeconfig input of the EKS actions: a path in the workspace, checked before anything runs.



/** The `kubeconfig` input as an absolute path of an existing file (relative to the workspace). */
function kubeconfigPath(value, workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd()) {
    if (!value)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value) ? value : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, value);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('kubeconfig', value, 'the path of a kubeconfig file', 'no such file');
    return path;
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

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ imageProblem),
/* harmony export */   KR: () => (/* binding */ IMAGE_ACCEPTED)
/* harmony export */ });
/* unused harmony export parseImageReference */
// Container image references as Docker and ECS accept them:
// [registry[:port]/]path[:tag][@algorithm:hex], e.g. 123.dkr.ecr.eu-west-3.amazonaws.com/app:v2@sha256:….
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const REFERENCE = new RegExp(`^(?:(${DOMAIN})/)?(${COMPONENT}(?:/${COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`);
const IMAGE_ACCEPTED = 'an image reference such as nginx:1.27, registry.example.com:5000/team/app:v2 or …/app@sha256:<64 hex digits>';
/** Parses an image reference; undefined when it cannot be one. */
function parseImageReference(text) {
    if (text.length > 4096)
        return undefined;
    const match = REFERENCE.exec(text);
    if (!match)
        return undefined;
    const [, domain, path = '', tag, digest] = match;
    let registry = domain;
    let repository = path;
    // `localhost:5000/app`, `host.tld/app` name a registry; `team/app` is a Docker Hub path.
    if (registry !== undefined && !/[.:]|^localhost$|^\[/.test(registry)) {
        repository = `${registry}/${repository}`;
        registry = undefined;
    }
    if (registry === undefined && /[A-Z]/.test(repository))
        return undefined;
    if (digest?.startsWith('sha256:') && !/^sha256:[0-9a-f]{64}$/.test(digest))
        return undefined;
    return {
        repository,
        ...(registry !== undefined ? { registry } : {}),
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
    };
}
/** Why a reference is refused, in words; undefined when it is a valid reference. */
function imageProblem(text) {
    if (text.trim() !== text || text === '')
        return 'it has spaces around it or is empty';
    if (/\s/.test(text))
        return 'it contains a space';
    if (parseImageReference(text) !== undefined)
        return undefined;
    if (/@sha256:/.test(text))
        return 'a sha256 digest is 64 lower-case hex digits';
    if (/[A-Z]/.test(text.split('/').slice(-1)[0] ?? ''))
        return 'repository names are lower case';
    return 'it does not parse as [registry[:port]/]repository[:tag][@digest]';
}


/***/ }),

/***/ 7453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jZ: () => (/* binding */ defaultChangeCause),
  sx: () => (/* binding */ eksImageRequest),
  eksOutputs: () => (/* binding */ eksOutputs),
  l6: () => (/* reexport */ kubeconfig_path/* kubeconfigPath */.l),
  rollOutDeployments: () => (/* binding */ rollOutDeployments)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/record/record.ts
var record_record = __webpack_require__(1349);
// EXTERNAL MODULE: ./shared/kube/types.ts
var types = __webpack_require__(9703);
// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
;// CONCATENATED MODULE: ./shared/targets/eks/images.ts
// Planning an image change on a Deployment: which container gets which image, checked against
// the live containers before anything is patched, and the strategic-merge patch that does it.


/**
 * Resolves the request against the live containers; InputError names the input and the containers
 * that exist. With `shared` (several Deployments in one step), `images` lines naming a container
 * this Deployment lacks are left to the others; the caller checks that every line found one.
 */
function planImageUpdate(deployment, request, changeCause, shared = false) {
    const containers = deployment.spec.template.spec.containers;
    const names = containers.map((container) => container.name);
    const where = `Deployment ${deployment.metadata.namespace ?? 'default'}/${deployment.metadata.name}`;
    let wanted;
    if (request.kind === 'single') {
        if (request.container === undefined) {
            const only = names.length === 1 ? names[0] : undefined;
            if (only === undefined)
                throw new errors/* InputError */.dz('container', '', `the name of one of the containers of ${where}: ${names.join(', ')}`);
            wanted = [[only, request.image]];
        }
        else
            wanted = [[request.container, request.image]];
    }
    else {
        wanted = Object.entries(request.images);
        if (shared) {
            const own = wanted.filter(([name]) => names.includes(name));
            if (own.length === 0)
                throw new errors/* InputError */.dz('images', Object.keys(request.images).join(', '), `container=image lines naming containers of ${where}: ${names.join(', ')}`, 'no line names one of its containers');
            wanted = own;
        }
    }
    const input = request.kind === 'single' ? 'container' : 'images';
    const changes = wanted.map(([name, image]) => {
        const container = containers.find((candidate) => candidate.name === name);
        if (!container)
            throw new errors/* InputError */.dz(input, name, `a container of ${where}: ${names.join(', ')}`, 'no such container');
        return { container: name, from: container.image ?? '', to: image };
    });
    return {
        changes,
        unchanged: changes.every((change) => change.from === change.to),
        patch: {
            metadata: { annotations: { [types/* CHANGE_CAUSE_ANNOTATION */.vG]: changeCause } },
            spec: {
                template: {
                    spec: {
                        containers: changes.map((change) => ({ name: change.container, image: change.to })),
                    },
                },
            },
        },
    };
}

// EXTERNAL MODULE: ./shared/kube/kubeconfig-path.ts
var kubeconfig_path = __webpack_require__(695);
;// CONCATENATED MODULE: ./shared/targets/eks/deploy.ts
// The EKS rolling update, shared by eks-rolling-update and the root release action: connect
// (DescribeCluster + EKS token, or a kubeconfig) → read every Deployment and plan its image change
// (all checked before the first patch) → patch → follow the rollouts concurrently → on failure undo
// them all to the recorded templates (or leave that to the caller) → records and summary. The
// outcome is handed to `onOutcome` as soon as it is final, before a failure is thrown.







/** `image` (+ `container`) xor `images`, each image checked; no AWS or Kubernetes call. */
function eksImageRequest(values) {
    const images = values.images;
    const hasMap = Object.keys(images).length > 0;
    if (values.image && hasMap)
        throw new errors/* InputError */.dz('images', Object.keys(images).join(','), "either 'image' (with 'container') or 'images', not both");
    if (!values.image && !hasMap)
        throw new errors/* InputError */.dz('image', '', "the new image, or 'images' with container=image lines");
    if (hasMap) {
        if (values.container)
            throw new errors/* InputError */.dz('container', values.container, "nothing: with 'images' the container names are the keys of the lines");
        for (const [container, image] of Object.entries(images)) {
            const problem = (0,ecs_image/* imageProblem */.JC)(image);
            if (problem)
                throw new errors/* InputError */.dz('images', `${container}=${image}`, ecs_image/* IMAGE_ACCEPTED */.KR, problem);
        }
        return { kind: 'map', images };
    }
    return values.container
        ? { kind: 'single', image: values.image, container: values.container }
        : { kind: 'single', image: values.image };
}

/** The change-cause annotation by default: repository@commit (workflow) run URL. */
function defaultChangeCause(env = process.env, fallback = 'eks-rolling-update') {
    const repository = env['GITHUB_REPOSITORY'];
    if (!repository)
        return fallback;
    const sha = (env['GITHUB_SHA'] ?? '').slice(0, 12);
    const run = env['GITHUB_RUN_ID']
        ? ` run ${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${repository}/actions/runs/${env['GITHUB_RUN_ID']}`
        : '';
    return `${repository}${sha ? `@${sha}` : ''}${env['GITHUB_WORKFLOW'] ? ` (${env['GITHUB_WORKFLOW']})` : ''}${run}`;
}
/** The eks-rolling-update outputs of an outcome (also the root action's EKS outputs). */
function eksOutputs(outcome) {
    return { revisions: outcome.revisions, 'previous-revisions': outcome.previousRevisions };
}
async function rollOutDeployments(request, follow, context) {
    const { cluster, namespace } = request;
    const startedAt = context.startedAt.toISOString();
    const cancelledNow = () => follow.signal?.aborted === true;
    const { connectToCluster } = await Promise.all(/* import() */[__webpack_require__.e(8000), __webpack_require__.e(6672)]).then(__webpack_require__.bind(__webpack_require__, 8000));
    const connection = await (0,runtime/* group */.Os)(`Connect to EKS cluster ${cluster}`, async () => {
        const connected = await connectToCluster({
            cluster,
            region: request.region,
            ...(follow.signal ? { signal: follow.signal } : {}),
            ...(request.kubeconfig ? { kubeconfig: request.kubeconfig } : {}),
            ...(request.apiServer ? { apiServer: request.apiServer } : {}),
            ...(request.caData ? { caData: request.caData } : {}),
        });
        (0,runtime/* info */.pq)(`Kubernetes API ${connected.server} (${connected.mode === 'aws' ? 'EKS token from the AWS credentials' : `kubeconfig ${request.kubeconfig ?? ''}`})`);
        return connected;
    });
    try {
        const targets = await (0,runtime/* group */.Os)('Read the Deployments and plan the image changes', () => Promise.all(request.deployments.map((name) => readTarget(connection, request, name))));
        checkEveryImageLineUsed(request, targets);
        for (const target of targets)
            for (const change of target.plan.changes)
                (0,runtime/* info */.pq)(`${target.name}: ${change.container} ${change.from} → ${change.to}`);
        const outcomeOf = (cancelled) => {
            const outcome = {
                records: targets.map((target) => recordOf(target, request, startedAt, cancelled)),
                revisions: Object.fromEntries(targets.map((target) => [target.name, liveRevision(target)])),
                previousRevisions: Object.fromEntries(targets.map((target) => [target.name, target.previousRevision])),
            };
            context.onOutcome?.(outcome);
            return outcome;
        };
        try {
            await (0,runtime/* group */.Os)('Update the Deployments', async () => {
                for (const target of targets) {
                    if (target.plan.unchanged) {
                        (0,runtime/* info */.pq)(`${target.name}: already runs the requested image(s); following its current rollout.`);
                        continue;
                    }
                    target.patched = await guarded(connection, namespace, () => connection.client.patchDeployment(namespace, target.name, target.plan.patch, 'strategic'));
                }
            });
        }
        catch (error) {
            // Some Deployments may be patched already: their records let the caller restore them.
            if (targets.some((target) => target.patched))
                outcomeOf(false);
            throw error;
        }
        const { followRollout, renderSamples } = await __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 895));
        const followOne = (name) => followRollout(connection.client, { namespace, name }, follow);
        await (0,runtime/* group */.Os)('Follow the rollouts', () => Promise.all(targets.map(async (target) => (target.rollout = await followOne(target.name)))));
        const failed = targets.filter((target) => target.rollout?.status === 'failed' || target.rollout?.status === 'timed-out');
        const cancelled = cancelledNow() || targets.some((target) => target.rollout?.status === 'cancelled');
        if (failed.length && request.ifRolloutFails === 'undo' && !cancelled)
            await undoAll(connection, namespace, targets, followOne, failed);
        const outcome = outcomeOf(cancelled);
        report(context, { cluster, namespace, targets, records: outcome.records }, renderSamples);
        if (cancelled)
            throw new errors/* ActionError */.lZ(`Cancelled while following the rollouts; state reached: ${describeStates(targets)}.`);
        if (failed.length) {
            const reasons = failed
                .map((target) => `${target.name}: ${target.rollout?.reason ?? target.rollout?.state ?? 'failed'}`)
                .join('; ');
            throw new errors/* ActionError */.lZ(`Rollout failed — ${reasons}.${afterFailure(request.ifRolloutFails, failed)}`);
        }
        return outcome;
    }
    finally {
        connection.close();
    }
}
function afterFailure(ifRolloutFails, failed) {
    switch (ifRolloutFails) {
        case 'undo':
            return failed.every((target) => target.undo?.rollout?.status === 'succeeded')
                ? ' The Deployments were restored to their previous templates.'
                : ' The undo did not complete: see the summary.';
        case 'leave':
            return ' undo-on-failure is off: the Deployments were left as they are.';
        case 'caller-restores':
            return '';
    }
}
/** With several Deployments, every `images` line must name a container of at least one of them. */
function checkEveryImageLineUsed(request, targets) {
    if (request.images.kind !== 'map')
        return;
    const used = new Set(targets.flatMap((target) => target.plan.changes.map((change) => change.container)));
    const unused = Object.keys(request.images.images).filter((container) => !used.has(container));
    if (unused[0] !== undefined)
        throw new errors/* InputError */.dz('images', unused[0], `container=image lines naming containers of ${request.deployments.join(', ')}`, 'no such container in any of the Deployments');
}
async function guarded(connection, namespace, call) {
    try {
        return await call();
    }
    catch (error) {
        throw await connection.explain(error, namespace);
    }
}
async function readTarget(connection, request, name) {
    const { namespace } = request;
    const { KubeApiError } = await __webpack_require__.e(/* import() */ 9907).then(__webpack_require__.bind(__webpack_require__, 9907));
    const before = await guarded(connection, namespace, async () => {
        try {
            return await connection.client.getDeployment(namespace, name);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                throw new errors/* InputError */.dz('deployment', name, `the name of a Deployment in namespace ${namespace}`, 'no such Deployment');
            throw error;
        }
    });
    return {
        name,
        before,
        previousRevision: (0,types/* revisionOf */.DT)(before) ?? 0,
        previousTemplate: structuredClone(before.spec.template),
        plan: planImageUpdate(before, request.images, request.changeCause, request.deployments.length > 1),
    };
}
async function undoAll(connection, namespace, targets, follow, failed) {
    const { restoreTemplate } = await __webpack_require__.e(/* import() */ 8658).then(__webpack_require__.bind(__webpack_require__, 8658));
    const changed = targets.filter((target) => target.patched);
    await (0,runtime/* group */.Os)(`Undo: restore ${changed.map((t) => t.name).join(', ')} to the previous templates`, () => Promise.all(changed.map(async (target) => {
        const cause = `undo: rollout of ${failed.map((t) => t.name).join(', ')} failed; back to revision ${target.previousRevision}`;
        try {
            const live = await connection.client.getDeployment(namespace, target.name);
            await restoreTemplate(connection.client, live, target.previousTemplate, cause);
            target.undo = { rollout: await follow(target.name) };
        }
        catch (error) {
            const explained = await connection.explain(error, namespace);
            target.undo = { error: explained instanceof Error ? explained.message : String(explained) };
            (0,runtime/* warning */.$e)(`Undo of ${target.name} failed: ${target.undo.error}`);
        }
    })));
}
function liveRevision(target) {
    return (target.undo?.rollout?.revision ??
        target.rollout?.revision ??
        (0,types/* revisionOf */.DT)(target.patched ?? target.before) ??
        target.previousRevision);
}
function statusOf(target, cancelled) {
    const rollout = target.rollout;
    if (cancelled && rollout?.status !== 'succeeded')
        return 'cancelled';
    if (target.undo?.rollout?.status === 'succeeded')
        return 'rolled-back';
    if (!rollout)
        return 'failed';
    return rollout.status;
}
function recordOf(target, request, startedAt, cancelled) {
    const images = Object.fromEntries(target.before.spec.template.spec.containers.map((c) => [c.name, c.image ?? '']));
    const newImages = {
        ...images,
        ...Object.fromEntries(target.plan.changes.map((change) => [change.container, change.to])),
    };
    const status = statusOf(target, cancelled);
    const record = {
        schema: record_record/* RECORD_SCHEMA */.ep,
        target: 'eks',
        region: request.region,
        resource: { cluster: request.cluster, namespace: request.namespace, deployment: target.name },
        previous: {
            revision: target.previousRevision,
            images,
            template: target.previousTemplate,
        },
        current: {
            revision: target.rollout?.revision ?? (0,types/* revisionOf */.DT)(target.patched ?? target.before) ?? target.previousRevision,
            images: newImages,
        },
        status,
        startedAt,
        finishedAt: new Date().toISOString(),
    };
    const message = target.rollout?.reason ?? (status === 'succeeded' ? undefined : target.rollout?.state);
    if (message)
        record.message = message;
    return record;
}
function describeStates(targets) {
    return targets.map((target) => `${target.name}: ${target.rollout?.state ?? 'not followed'}`).join('; ');
}
const RESULT_WORDS = {
    succeeded: '✅ rolled out',
    failed: '❌ failed',
    'timed-out': '⏱️ timed out',
    cancelled: '⏹️ cancelled',
    planned: 'planned',
    'rolled-back': '↩️ failed, undone',
};
function report(context, data, renderSamples) {
    const summary = context.summary;
    summary.heading(`EKS rolling update: ${data.cluster} / ${data.namespace}`, context.headingLevel ?? 2);
    const allGood = data.records.every((record) => record.status === 'succeeded');
    summary.status(allGood ? 'success' : 'failure', allGood ? `${data.targets.length} Deployment(s) rolled out.` : describeStates(data.targets));
    summary.table(['Deployment', 'Container', 'Image from', 'Image to', 'Revision', 'Result', 'Time'], data.targets.flatMap((target, index) => target.plan.changes.map((change) => [
        target.name,
        change.container,
        change.from,
        change.to,
        `${target.previousRevision} → ${target.rollout?.revision ?? '?'}${target.undo?.rollout ? ` → ${target.undo.rollout.revision ?? '?'} (undo)` : ''}`,
        RESULT_WORDS[data.records[index]?.status ?? 'failed'],
        target.rollout ? (0,duration/* formatDuration */.a3)(target.rollout.elapsedMs) : '—',
    ])));
    for (const target of data.targets) {
        const rollout = target.rollout;
        if (!rollout)
            continue;
        if (rollout.status !== 'succeeded')
            summary.paragraph(`${target.name}: ${rollout.reason ?? rollout.state}`);
        rollout.diagnostics?.(summary);
        summary.details(`Replicas over time: ${target.name}`, (inner) => renderSamples(inner, rollout.samples));
        if (target.undo?.rollout)
            summary.paragraph(`Undo of ${target.name}: ${target.undo.rollout.status === 'succeeded' ? `restored the template of revision ${target.previousRevision} (now revision ${target.undo.rollout.revision ?? '?'})` : `${target.undo.rollout.status}: ${target.undo.rollout.reason ?? target.undo.rollout.state}`}.`);
        if (target.undo?.error)
            summary.paragraph(`Undo of ${target.name} failed: ${target.undo.error}`);
    }
}


/***/ }),

/***/ 1556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HR: () => (/* binding */ DNS_LABEL),
/* harmony export */   XO: () => (/* binding */ eksInputs),
/* harmony export */   gq: () => (/* binding */ clusterNameInput),
/* harmony export */   nd: () => (/* binding */ DNS_SUBDOMAIN),
/* harmony export */   v$: () => (/* binding */ deploymentsInput)
/* harmony export */ });
/* harmony import */ var _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1736);
// The EKS inputs that eks-rolling-update and the root release action both declare. The action
// requires a cluster and a Deployment; the root action requires them only with target: eks, so
// `eksInputs` leaves them optional and the action overrides them with `required: true`.

/** A Kubernetes object name (DNS subdomain). */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A Kubernetes namespace or container name. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function clusterNameInput(options = {}) {
    return _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        ...options,
        pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
        accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
    });
}
function deploymentsInput(options = {}) {
    return _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.list({
        ...options,
        accepted: 'one or more Deployment names, one per line or separated by commas',
        item: (name) => DNS_SUBDOMAIN.test(name)
            ? undefined
            : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
    });
}
const eksInputs = {
    'cluster-name': clusterNameInput(),
    namespace: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        default: 'default',
        pattern: DNS_LABEL,
        accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
    }),
    deployment: deploymentsInput(),
    kubeconfig: _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'the path of a kubeconfig file' }),
    'api-server': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        pattern: /^https:\/\/[^\s/]+(\/\S*)?$/,
        accepted: 'an https:// URL of the Kubernetes API',
    }),
    'certificate-authority-data': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({
        accepted: 'base64 of the PEM certificate of the cluster CA, as DescribeCluster returns it',
        multiline: true,
        check: (value) => Buffer.from(value.replace(/\s+/g, ''), 'base64')
            .toString('utf8')
            .includes('-----BEGIN CERTIFICATE-----')
            ? undefined
            : 'it does not decode to a PEM certificate',
    }),
    'change-cause': _action_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .input */ .hF.string({ accepted: 'one line of text' }),
};


/***/ })

};
