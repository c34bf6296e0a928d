export const id = 7966;
export const ids = [7966];
export const modules = {

/***/ 7966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeRevisions: () => (/* binding */ activeRevisions),
/* harmony export */   createEcsRollback: () => (/* binding */ createEcsRollback),
/* harmony export */   describeTaskDefinition: () => (/* binding */ describeTaskDefinition),
/* harmony export */   imagesOf: () => (/* reexport safe */ _task_definition_js__WEBPACK_IMPORTED_MODULE_2__.IC),
/* harmony export */   inUseBy: () => (/* binding */ inUseBy),
/* harmony export */   newDeploymentId: () => (/* binding */ newDeploymentId),
/* harmony export */   pruneRevisions: () => (/* binding */ pruneRevisions),
/* harmony export */   registerTaskDefinition: () => (/* binding */ registerTaskDefinition),
/* harmony export */   snapshot: () => (/* binding */ snapshot),
/* harmony export */   tagTaskDefinition: () => (/* binding */ tagTaskDefinition),
/* harmony export */   updateService: () => (/* binding */ updateService),
/* harmony export */   withoutBreadcrumb: () => (/* binding */ withoutBreadcrumb)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(212);
/* harmony import */ var _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8245);
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3332);
/* harmony import */ var _task_definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7712);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1674);
// The ECS target adapter: snapshot the live service, apply a new revision, restore a snapshot,
// prune old revisions. A deploy is snapshot → apply → follow; a rollback is restore → follow.





async function describeTaskDefinition(ecs, arn) {
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    if (!response.taskDefinition)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Task definition ${arn} was not found.`);
    return { taskDefinition: response.taskDefinition, tags: response.tags ?? [] };
}
async function snapshot(ecs, ref) {
    const service = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .describeService */ .Jv)(ecs, ref);
    if (service.status !== undefined && service.status !== 'ACTIVE')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`ECS service '${ref.service}' in cluster '${ref.cluster}' is ${service.status}; only an ACTIVE service can be deployed to.`);
    if (!service.taskDefinition)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`ECS service '${ref.service}' has no task definition.`);
    const { taskDefinition, tags } = await describeTaskDefinition(ecs, service.taskDefinition);
    return { service, taskDefinition, tags };
}
async function registerTaskDefinition(ecs, input) {
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.RegisterTaskDefinitionCommand(input));
    if (!response.taskDefinition?.taskDefinitionArn)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('RegisterTaskDefinition returned no task definition.');
    return response.taskDefinition;
}
/** The register input without the breadcrumb tag of the revision it was copied from. */
function withoutBreadcrumb(input) {
    const tags = (input.tags ?? []).filter((tag) => tag.key !== _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .BREADCRUMB_KEY */ .gp);
    const copy = { ...input };
    if (tags.length)
        copy.tags = tags;
    else
        delete copy.tags;
    return copy;
}
/** Writes the breadcrumb on a revision that already exists (a deploy that registers none). */
async function tagTaskDefinition(ecs, arn, tag) {
    await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.TagResourceCommand({ resourceArn: arn, tags: [tag] }));
}
/** The deployment an UpdateService created: the PRIMARY one (running the new task definition). */
function newDeploymentId(service, taskDefinitionArn) {
    const deployments = service.deployments ?? [];
    const primary = deployments.find((d) => d.status === 'PRIMARY' && d.taskDefinition === taskDefinitionArn) ??
        deployments.find((d) => d.status === 'PRIMARY');
    return primary?.id;
}
async function updateService(ecs, request) {
    const input = {
        cluster: request.cluster,
        service: request.service,
        taskDefinition: request.taskDefinitionArn,
    };
    if (request.desiredCount !== undefined)
        input.desiredCount = request.desiredCount;
    if (request.forceNewDeployment)
        input.forceNewDeployment = true;
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.UpdateServiceCommand(input));
    const service = response.service;
    const deploymentId = service ? newDeploymentId(service, request.taskDefinitionArn) : undefined;
    if (!service || !deploymentId)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`UpdateService on '${request.service}' returned no PRIMARY deployment to follow.`);
    return { service, deploymentId };
}
/** All ACTIVE revisions of a family, newest first. */
async function activeRevisions(ecs, family) {
    const arns = [];
    let nextToken;
    do {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.ListTaskDefinitionsCommand({
            familyPrefix: family,
            status: 'ACTIVE',
            sort: 'DESC',
            ...(nextToken ? { nextToken } : {}),
        }));
        arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(arn) === family));
        nextToken = page.nextToken;
    } while (nextToken);
    return arns.sort((a, b) => ((0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionOf */ .DT)(b) ?? 0) - ((0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .revisionOf */ .DT)(a) ?? 0));
}
/** Deregisters revisions of the family beyond the newest `keep`, never one in `inUse`. */
async function pruneRevisions(ecs, family, keep, inUse) {
    const revisions = await activeRevisions(ecs, family);
    const doomed = revisions.slice(keep).filter((arn) => !inUse.has(arn));
    for (const arn of doomed)
        await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_4__.DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
    return doomed;
}
/** Task definitions the service still runs or may fall back to. */
function inUseBy(service) {
    const arns = new Set();
    if (service.taskDefinition)
        arns.add(service.taskDefinition);
    for (const deployment of service.deployments ?? [])
        if (deployment.taskDefinition)
            arns.add(deployment.taskDefinition);
    return arns;
}
/**
 * auto-rollback's ECS path: the breadcrumb on the record's revision must name this record and its
 * previous state; then back to `previous.taskDefinitionArn` (and the desired count, only when the
 * deploy changed it), unless someone deployed since; then follow.
 */
function createEcsRollback(ecs) {
    return {
        async restore(record, options) {
            const { previous, current } = record;
            if (!previous || !current)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ('The deployment record has no ECS change to undo.');
            const ref = record.resource;
            const countChanged = current.desiredCount !== previous.desiredCount;
            const to = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(previous.taskDefinitionArn)}${countChanged ? ` × ${previous.desiredCount}` : ''}`;
            if (!options.trustLiveState) {
                const { tags } = await describeTaskDefinition(ecs, current.taskDefinitionArn);
                const found = tags.find((tag) => tag.key === _record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .BREADCRUMB_KEY */ .gp)?.value;
                const mismatch = (0,_record_breadcrumb_js__WEBPACK_IMPORTED_MODULE_0__/* .breadcrumbMismatch */ .O8)(record, found, `task definition ${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(current.taskDefinitionArn)}`);
                if (mismatch)
                    return { changed: false, from: (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(current.taskDefinitionArn), to, refused: mismatch };
            }
            const service = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .describeService */ .Jv)(ecs, ref);
            const live = service.taskDefinition ?? '';
            const from = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(live)}${countChanged ? ` × ${service.desiredCount ?? 0}` : ''}`;
            const countBack = !countChanged || service.desiredCount === previous.desiredCount;
            if (live === previous.taskDefinitionArn && countBack)
                return { changed: false, from, to };
            // A record's previous revision is anchored by the breadcrumb; one found live must be of the family.
            if (options.trustLiveState && (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(previous.taskDefinitionArn) !== (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(live))
                return {
                    changed: false,
                    from,
                    to,
                    refused: `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(previous.taskDefinitionArn)} is not of the family the service runs (${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .familyOf */ .Ap)(live)}): a rollback stays within the service's own lineage.`,
                };
            if (!options.force && live !== current.taskDefinitionArn && live !== previous.taskDefinitionArn)
                return {
                    changed: false,
                    from,
                    to,
                    refused: `the service now runs ${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(live)}, not ${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_2__/* .shortName */ .EU)(current.taskDefinitionArn)} that this deployment rolled out: someone deployed since. Set force: true to roll back anyway.`,
                };
            // the rollback command (e.g. a schema downgrade) runs here, only when the restore happens
            if (options.beforeEcsRestore)
                await options.beforeEcsRestore(ecs, record, service);
            const { deploymentId } = await updateService(ecs, {
                ...ref,
                taskDefinitionArn: previous.taskDefinitionArn,
                ...(countChanged ? { desiredCount: previous.desiredCount } : {}),
            });
            if (!options.wait)
                return { changed: true, from, to };
            const follow = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_1__/* .followDeployment */ .pb)(ecs, { ...ref, deploymentId }, options);
            return { changed: true, from, to, follow };
        },
    };
}



/***/ }),

/***/ 3332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jv: () => (/* binding */ describeService),
/* harmony export */   PL: () => (/* binding */ waitForQuiet),
/* harmony export */   Ti: () => (/* binding */ describeDeployment),
/* harmony export */   ij: () => (/* binding */ deploymentInProgress),
/* harmony export */   pb: () => (/* binding */ followDeployment)
/* harmony export */ });
/* unused harmony export evaluate */
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(212);
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1674);
// Follows one ECS deployment, by its id, until it completes, fails or the deadline passes.



async function describeService(ecs, ref) {
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__.DescribeServicesCommand({ cluster: ref.cluster, services: [ref.service] }));
    const service = response.services?.[0];
    if (!service) {
        const reason = response.failures?.[0]?.reason ?? 'MISSING';
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`ECS service '${ref.service}' was not found in cluster '${ref.cluster}' (${reason}).`);
    }
    return service;
}
function describeDeployment(deployment) {
    const counts = `${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0} running, ${deployment.pendingCount ?? 0} pending, ${deployment.failedTasks ?? 0} failed`;
    return `${deployment.status ?? '?'} ${deployment.rolloutState ?? '?'}: ${counts}`;
}
/** One look at the service: where this deployment stands. */
function evaluate(service, deploymentId) {
    if (service.status && service.status !== 'ACTIVE')
        return {
            status: 'failed',
            reason: `the service is ${service.status}`,
            state: `service ${service.status}`,
        };
    const deployment = service.deployments?.find((d) => d.id === deploymentId);
    if (!deployment) {
        const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
        const now = primary
            ? ` (the service now runs ${primary.taskDefinition ?? 'another task definition'})`
            : '';
        return {
            status: 'failed',
            reason: `deployment ${deploymentId} is gone: the deployment circuit breaker rolled it back or another deployment replaced it${now}`,
            state: 'deployment gone',
        };
    }
    const state = describeDeployment(deployment);
    if (deployment.rolloutState === 'FAILED')
        return {
            status: 'failed',
            reason: deployment.rolloutStateReason ?? 'the rollout FAILED',
            value: deployment,
            state,
        };
    if (deployment.status === 'INACTIVE')
        return {
            status: 'failed',
            reason: 'the deployment became INACTIVE: another deployment replaced it',
            value: deployment,
            state,
        };
    if (deployment.status === 'PRIMARY' &&
        deployment.rolloutState === 'COMPLETED' &&
        (deployment.runningCount ?? 0) === (deployment.desiredCount ?? 0))
        return { status: 'done', value: deployment, state };
    return { status: 'pending', state };
}
async function followDeployment(ecs, ref, options) {
    let lastService;
    let lastDeployment;
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
        check: async () => {
            lastService = await describeService(ecs, ref);
            const result = evaluate(lastService, ref.deploymentId);
            if (result.status !== 'pending' && result.value)
                lastDeployment = result.value;
            else
                lastDeployment = lastService.deployments?.find((d) => d.id === ref.deploymentId) ?? lastDeployment;
            return result;
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
        maxDelayMs: options.maxPollIntervalMs,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollHooks */ .A3)(options),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const common = {
        state: outcome.state,
        elapsedMs: outcome.elapsedMs,
        polls: outcome.attempts,
        ...(lastDeployment ? { deployment: lastDeployment } : {}),
        ...(lastService ? { service: lastService } : {}),
    };
    switch (outcome.outcome) {
        case 'done':
            return { status: 'succeeded', ...common };
        case 'failed':
            return { status: 'failed', reason: outcome.reason, ...common };
        case 'timeout':
            return {
                status: 'timed-out',
                reason: `deployment ${ref.deploymentId} did not complete within the wait timeout; state reached: ${outcome.state}`,
                ...common,
            };
        case 'cancelled':
            return { status: 'cancelled', reason: `${outcome.reason} State reached: ${outcome.state}`, ...common };
    }
}
/** Another rollout of this service still under way, if any. */
function deploymentInProgress(service) {
    const deployments = service.deployments ?? [];
    if (deployments.length > 1)
        return deployments.find((d) => d.status === 'PRIMARY') ?? deployments[0];
    const only = deployments[0];
    return only?.rolloutState === 'IN_PROGRESS' ? only : undefined;
}
/** Waits until no other deployment of the service is rolling out (if-in-progress: wait). */
async function waitForQuiet(ecs, ref, options) {
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
        check: async () => {
            const service = await describeService(ecs, ref);
            const busy = deploymentInProgress(service);
            if (service.status && service.status !== 'ACTIVE')
                return {
                    status: 'failed',
                    reason: `the service is ${service.status}`,
                    state: `service ${service.status}`,
                };
            return busy
                ? {
                    status: 'pending',
                    state: `waiting for deployment ${busy.id ?? '?'} (${describeDeployment(busy)})`,
                }
                : { status: 'done', value: service, state: 'no other deployment in progress' };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
        maxDelayMs: options.maxPollIntervalMs,
        ...(0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollHooks */ .A3)(options),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const common = { state: outcome.state, elapsedMs: outcome.elapsedMs, polls: outcome.attempts };
    switch (outcome.outcome) {
        case 'done':
            return { status: 'succeeded', ...common };
        case 'failed':
            return { status: 'failed', reason: outcome.reason, ...common };
        case 'timeout':
            return {
                status: 'timed-out',
                reason: `the deployment already in progress did not finish in time; ${outcome.state}`,
                ...common,
            };
        case 'cancelled':
            return { status: 'cancelled', reason: outcome.reason, ...common };
    }
}


/***/ }),

/***/ 7712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   DT: () => (/* binding */ revisionOf),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   IC: () => (/* binding */ imagesOf),
/* harmony export */   Rv: () => (/* binding */ toRegisterInput),
/* harmony export */   Ui: () => (/* binding */ diff),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   e6: () => (/* binding */ selectContainer),
/* harmony export */   wW: () => (/* binding */ checkImageTargets)
/* harmony export */ });
/* unused harmony exports READ_ONLY_FIELDS, canonical */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);

/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition does not accept. */
const READ_ONLY_FIELDS = [
    'taskDefinitionArn',
    'revision',
    'status',
    'requiresAttributes',
    'compatibilities',
    'registeredAt',
    'registeredBy',
    'deregisteredAt',
];
/** The register request for a described (or file) task definition: every field but the read-only ones. */
function toRegisterInput(base, tags) {
    const copy = structuredClone(base);
    for (const field of READ_ONLY_FIELDS)
        delete copy[field];
    if (tags?.length)
        copy['tags'] = structuredClone(tags);
    return copy;
}
/** Family name from `arn:aws:ecs:…:task-definition/family:3` or `family:3`. */
function familyOf(arnOrName) {
    const name = arnOrName.split('/').pop() ?? arnOrName;
    return name.replace(/:\d+$/, '');
}
function revisionOf(arn) {
    const match = /:(\d+)$/.exec(arn);
    return match ? Number(match[1]) : undefined;
}
/** `family:3` for display. */
function shortName(arn) {
    return arn.split('/').pop() ?? arn;
}
function names(containers) {
    return containers.map((c) => c.name ?? '(unnamed)').join(', ');
}
/**
 * The container the single `image` input goes to: the named one, else the only container, else
 * the only essential one. Anything else is an input error listing the names.
 */
function selectContainer(containers, container) {
    if (container) {
        if (!containers.some((c) => c.name === container))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('container', container, `one of the task definition's containers: ${names(containers)}`, 'no such container');
        return container;
    }
    if (containers.length === 1 && containers[0]?.name)
        return containers[0].name;
    const essential = containers.filter((c) => c.essential !== false);
    if (essential.length === 1 && essential[0]?.name)
        return essential[0].name;
    throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('container', '', `the task definition has ${containers.length} containers (${names(containers)}) and ${essential.length} essential ones; name the one for 'image'`);
}
/** Checks every `images` key names a container. */
function checkImageTargets(containers, images) {
    for (const name of Object.keys(images))
        if (!containers.some((c) => c.name === name))
            throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('images', name, `container=image lines naming the task definition's containers: ${names(containers)}`, 'no such container');
}
function setEnvironment(list, environment) {
    const result = (list ?? []).map((pair) => ({ ...pair }));
    for (const [name, value] of Object.entries(environment)) {
        const existing = result.find((pair) => pair.name === name);
        if (existing)
            existing.value = value;
        else
            result.push({ name, value });
    }
    return result;
}
/** The new register request: images and environment set on their containers, the rest untouched. */
function render(base, changes) {
    const next = structuredClone(base);
    next.containerDefinitions = (next.containerDefinitions ?? []).map((container) => {
        const name = container.name ?? '';
        const image = changes.images[name];
        const updated = image === undefined ? container : { ...container, image };
        if (changes.environmentTargets.includes(name) && Object.keys(changes.environment).length)
            updated.environment = setEnvironment(updated.environment, changes.environment);
        return updated;
    });
    return next;
}
function imagesOf(definition) {
    const images = {};
    for (const container of definition.containerDefinitions ?? [])
        if (container.name && container.image)
            images[container.name] = container.image;
    return images;
}
/** Canonical JSON (sorted keys) so that equal definitions compare equal whatever the key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, item) => item && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
        : item);
}
/** Environment variables as name → value, from a container's `environment` list. */
function environmentValues(list) {
    const values = new Map();
    if (Array.isArray(list))
        for (const item of list)
            values.set(typeof item?.name === 'string' ? item.name : '?', item?.value);
    return values;
}
/**
 * Changes of a container's environment by variable name: added, removed or value changed. Values
 * are never shown: any of them may be a password.
 */
function environmentDiff(before, after, path) {
    const a = environmentValues(before);
    const b = environmentValues(after);
    return [...new Set([...a.keys(), ...b.keys()])].flatMap((name) => {
        if (!a.has(name))
            return [`${path}[${name}]: added (value not shown)`];
        if (!b.has(name))
            return [`${path}[${name}]: removed`];
        return canonical(a.get(name)) === canonical(b.get(name))
            ? []
            : [`${path}[${name}]: value changed (not shown)`];
    });
}
/**
 * Leaf-level differences `path: before → after`, for the dry-run and the summary; environment
 * variables by name only (environmentDiff).
 */
function diff(before, after, path = '') {
    if (canonical(before) === canonical(after))
        return [];
    if (/(^|\.)environment$/.test(path))
        return environmentDiff(before, after, path);
    const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (isRecord(before) && isRecord(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) => diff(before[key], after[key], path ? `${path}.${key}` : key));
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const keyed = (list) => list.every((item) => isRecord(item) && typeof item['name'] === 'string');
        if (keyed(before) && keyed(after)) {
            const byName = (list) => new Map(list.map((item) => [item.name, item]));
            const a = byName(before);
            const b = byName(after);
            return [...new Set([...a.keys(), ...b.keys()])].flatMap((name) => diff(a.get(name), b.get(name), `${path}[${name}]`));
        }
    }
    const show = (v) => (v === undefined ? '(none)' : JSON.stringify(v));
    return [`${path}: ${show(before)} → ${show(after)}`];
}


/***/ })

};
