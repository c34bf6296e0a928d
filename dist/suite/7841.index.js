export const id = 7841;
export const ids = [7841,7966,222];
export const modules = {

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   ep: () => (/* binding */ RECORD_SCHEMA),
/* harmony export */   f: () => (/* binding */ STATUSES)
/* harmony export */ });
/* unused harmony export encodeRecord */
// The deployment record (DESIGN.md): the contract between deploy actions and auto-rollback.
// `previous` holds exactly what a target's restore() needs.
const RECORD_SCHEMA = 'aws-deploy-actions/deployment@1';
const TARGETS = ['ecs', 'lambda', 'eks', 'cloudformation'];
const STATUSES = ['succeeded', 'failed', 'timed-out', 'cancelled', 'planned', 'rolled-back'];
function encodeRecord(record) {
    return JSON.stringify(record);
}


/***/ }),

/***/ 7966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeRevisions: () => (/* binding */ activeRevisions),
/* harmony export */   createEcsRollback: () => (/* binding */ createEcsRollback),
/* harmony export */   describeTaskDefinition: () => (/* binding */ describeTaskDefinition),
/* harmony export */   imagesOf: () => (/* reexport safe */ _task_definition_js__WEBPACK_IMPORTED_MODULE_1__.IC),
/* harmony export */   inUseBy: () => (/* binding */ inUseBy),
/* harmony export */   newDeploymentId: () => (/* binding */ newDeploymentId),
/* harmony export */   pruneRevisions: () => (/* binding */ pruneRevisions),
/* harmony export */   registerTaskDefinition: () => (/* binding */ registerTaskDefinition),
/* harmony export */   snapshot: () => (/* binding */ snapshot),
/* harmony export */   updateService: () => (/* binding */ updateService)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(212);
/* harmony import */ var _follow_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3332);
/* harmony import */ var _task_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7712);
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1674);
// The ECS target adapter: snapshot the live service, apply a new revision, restore a snapshot,
// prune old revisions. A deploy is snapshot → apply → follow; a rollback is restore → follow.




async function describeTaskDefinition(ecs, arn) {
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    if (!response.taskDefinition)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`Task definition ${arn} was not found.`);
    return { taskDefinition: response.taskDefinition, tags: response.tags ?? [] };
}
async function snapshot(ecs, ref) {
    const service = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .describeService */ .Jv)(ecs, ref);
    if (service.status !== undefined && service.status !== 'ACTIVE')
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`ECS service '${ref.service}' in cluster '${ref.cluster}' is ${service.status}; only an ACTIVE service can be deployed to.`);
    if (!service.taskDefinition)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`ECS service '${ref.service}' has no task definition.`);
    const { taskDefinition, tags } = await describeTaskDefinition(ecs, service.taskDefinition);
    return { service, taskDefinition, tags };
}
async function registerTaskDefinition(ecs, input) {
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.RegisterTaskDefinitionCommand(input));
    if (!response.taskDefinition?.taskDefinitionArn)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('RegisterTaskDefinition returned no task definition.');
    return response.taskDefinition;
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
    const response = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.UpdateServiceCommand(input));
    const service = response.service;
    const deploymentId = service ? newDeploymentId(service, request.taskDefinitionArn) : undefined;
    if (!service || !deploymentId)
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ(`UpdateService on '${request.service}' returned no PRIMARY deployment to follow.`);
    return { service, deploymentId };
}
/** All ACTIVE revisions of a family, newest first. */
async function activeRevisions(ecs, family) {
    const arns = [];
    let nextToken;
    do {
        const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.ListTaskDefinitionsCommand({
            familyPrefix: family,
            status: 'ACTIVE',
            sort: 'DESC',
            ...(nextToken ? { nextToken } : {}),
        }));
        arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .familyOf */ .Ap)(arn) === family));
        nextToken = page.nextToken;
    } while (nextToken);
    return arns.sort((a, b) => ((0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionOf */ .DT)(b) ?? 0) - ((0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .revisionOf */ .DT)(a) ?? 0));
}
/** Deregisters revisions of the family beyond the newest `keep`, never one in `inUse`. */
async function pruneRevisions(ecs, family, keep, inUse) {
    const revisions = await activeRevisions(ecs, family);
    const doomed = revisions.slice(keep).filter((arn) => !inUse.has(arn));
    for (const arn of doomed)
        await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__.DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
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
/** auto-rollback's ECS path: back to `previous.taskDefinitionArn` and desired count, then follow. */
function createEcsRollback(ecs) {
    return {
        async restore(record, options) {
            const previous = record.previous;
            if (!previous)
                throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ('The deployment record has no previous ECS state to restore.');
            const ref = record.resource;
            const service = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .describeService */ .Jv)(ecs, ref);
            const live = service.taskDefinition ?? '';
            const from = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(live)} × ${service.desiredCount ?? 0}`;
            const to = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(previous.taskDefinitionArn)} × ${previous.desiredCount}`;
            if (live === previous.taskDefinitionArn && service.desiredCount === previous.desiredCount)
                return { changed: false, from, to };
            const expected = record.current?.taskDefinitionArn;
            if (!options.force &&
                expected !== undefined &&
                live !== expected &&
                live !== previous.taskDefinitionArn)
                return {
                    changed: false,
                    from,
                    to,
                    refused: `the service now runs ${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(live)}, not ${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(expected)} that this deployment rolled out: someone deployed since. Set force: true to roll back anyway.`,
                };
            const { deploymentId } = await updateService(ecs, {
                ...ref,
                taskDefinitionArn: previous.taskDefinitionArn,
                desiredCount: previous.desiredCount,
            });
            if (!options.wait)
                return { changed: true, from, to };
            const follow = await (0,_follow_js__WEBPACK_IMPORTED_MODULE_0__/* .followDeployment */ .pb)(ecs, { ...ref, deploymentId }, options);
            return { changed: true, from, to, follow };
        },
    };
}



/***/ }),

/***/ 7841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployService: () => (/* binding */ deployService),
  ecsOutputs: () => (/* binding */ ecsOutputs)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
// EXTERNAL MODULE: ./shared/action/runtime.ts
var runtime = __webpack_require__(6921);
// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
// EXTERNAL MODULE: ./shared/record/record.ts
var record_record = __webpack_require__(1349);
// EXTERNAL MODULE: ./shared/targets/ecs/follow.ts
var ecs_follow = __webpack_require__(3332);
// EXTERNAL MODULE: ./shared/targets/ecs/adapter.ts
var adapter = __webpack_require__(7966);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(212);
;// CONCATENATED MODULE: ./shared/targets/ecs/diagnostics.ts
// Why a deployment failed, in words: the last service events, the stopped tasks of the deployment
// (stoppedReason, each container's exit code and reason) and the log tail of a stopped task.


const EVENT_COUNT = 10;
const TASK_COUNT = 5;
const LOG_LINES = 30;
function recentEvents(service, since) {
    return (service?.events ?? [])
        .filter((event) => !since || !event.createdAt || event.createdAt >= since)
        .slice(0, EVENT_COUNT)
        .map((event) => ({ at: event.createdAt?.toISOString() ?? '', message: event.message ?? '' }));
}
function stoppedTaskOf(task) {
    return {
        taskArn: task.taskArn ?? '?',
        stoppedReason: task.stoppedReason ?? '(no reason given)',
        ...(task.stopCode ? { stopCode: task.stopCode } : {}),
        containers: (task.containers ?? []).map((c) => ({
            name: c.name ?? '?',
            ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
            ...(c.reason ? { reason: c.reason } : {}),
        })),
    };
}
/** Stopped tasks started by this deployment (ECS sets a service task's startedBy to the deployment id). */
async function stoppedTasks(ecs, ref) {
    const listed = await ecs.send(new dist_cjs.ListTasksCommand({
        cluster: ref.cluster,
        desiredStatus: 'STOPPED',
        maxResults: 100,
        ...(ref.deploymentId !== undefined ? { startedBy: ref.deploymentId } : { serviceName: ref.service }),
    }));
    const arns = listed.taskArns ?? [];
    if (!arns.length)
        return [];
    const described = await ecs.send(new dist_cjs.DescribeTasksCommand({ cluster: ref.cluster, tasks: arns.slice(0, 100) }));
    return (described.tasks ?? [])
        .filter((task) => (ref.deploymentId !== undefined && task.startedBy === ref.deploymentId) ||
        (ref.taskDefinitionArn !== undefined && task.taskDefinitionArn === ref.taskDefinitionArn))
        .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
        .slice(0, TASK_COUNT);
}
/** Where a container of a task logs, when it uses the awslogs driver. */
function awslogsLocation(container, taskArn) {
    const config = container.logConfiguration;
    if (config?.logDriver !== 'awslogs')
        return undefined;
    const group = config.options?.['awslogs-group'];
    const prefix = config.options?.['awslogs-stream-prefix'];
    if (!group || !prefix || !container.name)
        return undefined;
    const taskId = taskArn.split('/').pop() ?? taskArn;
    return { group, stream: `${prefix}/${container.name}/${taskId}` };
}
async function logTail(logs, location, lines = LOG_LINES) {
    const { GetLogEventsCommand } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19));
    const response = await logs.send(new GetLogEventsCommand({
        logGroupName: location.group,
        logStreamName: location.stream,
        limit: lines,
        startFromHead: false,
    }));
    return {
        ...location,
        lines: (response.events ?? []).map((event) => (event.message ?? '').replace(/\s+$/, '')),
    };
}
/** The container whose logs explain a stopped task best: a non-zero exit first, then an essential one. */
function culprit(task, containers) {
    const withLogs = containers.filter((c) => awslogsLocation(c, task.taskArn ?? '') !== undefined);
    const failed = (task.containers ?? [])
        .filter((c) => c.exitCode !== undefined && c.exitCode !== 0)
        .map((c) => c.name);
    return (withLogs.find((c) => failed.includes(c.name)) ??
        withLogs.find((c) => c.essential !== false) ??
        withLogs[0]);
}
function problemOf(what, error) {
    return `${what}: ${error instanceof Error ? error.message : String(error)}`;
}
async function collectDiagnostics(ecs, logsClient, ref) {
    const result = {
        events: recentEvents(ref.serviceState, ref.since),
        stoppedTasks: [],
        problems: [],
    };
    let tasks = [];
    try {
        tasks = await stoppedTasks(ecs, ref);
        result.stoppedTasks = tasks.map(stoppedTaskOf);
    }
    catch (error) {
        result.problems.push(problemOf('stopped tasks could not be listed', error));
    }
    const task = tasks[0];
    const container = task ? culprit(task, ref.containers) : undefined;
    const location = task && container ? awslogsLocation(container, task.taskArn ?? '') : undefined;
    if (location && logsClient && container?.name) {
        try {
            result.logTail = await logTail(await logsClient(), { ...location, container: container.name });
        }
        catch (error) {
            result.problems.push(problemOf(`the log tail of ${location.group}/${location.stream} could not be read`, error));
        }
    }
    return result;
}
function renderDiagnostics(diagnostics, summary) {
    if (diagnostics.stoppedTasks.length) {
        summary.heading('Stopped tasks', 3);
        summary.table(['task', 'stopped because', 'containers'], diagnostics.stoppedTasks.map((task) => [
            task.taskArn.split('/').pop() ?? task.taskArn,
            `${task.stopCode ? `${task.stopCode}: ` : ''}${task.stoppedReason}`,
            task.containers
                .map((c) => `${c.name} exit ${c.exitCode ?? '–'}${c.reason ? ` (${c.reason})` : ''}`)
                .join('; '),
        ]));
    }
    if (diagnostics.logTail) {
        const tail = diagnostics.logTail;
        summary.paragraph({
            markdown: `Last log lines of ${(0,action_summary/* code */.aY)(tail.container)} (${(0,action_summary/* code */.aY)(`${tail.group}/${tail.stream}`)}):`,
        });
        summary.codeBlock(tail.lines.length ? tail.lines.join('\n') : '(no log lines)');
    }
    if (diagnostics.events.length) {
        summary.heading('Service events', 3);
        summary.list(diagnostics.events.map((event) => `${event.at} ${event.message}`));
    }
    if (diagnostics.problems.length)
        summary.list(diagnostics.problems);
}
/** The same facts as log lines. */
function diagnosticLines(diagnostics) {
    return [
        ...diagnostics.stoppedTasks.map((task) => `stopped task ${task.taskArn.split('/').pop() ?? ''}: ${task.stoppedReason}; ` +
            task.containers
                .map((c) => `${c.name} exit ${c.exitCode ?? '–'}${c.reason ? ` (${c.reason})` : ''}`)
                .join('; ')),
        ...(diagnostics.logTail
            ? [
                `last log lines of ${diagnostics.logTail.container}:`,
                ...diagnostics.logTail.lines.map((line) => `  ${line}`),
            ]
            : []),
        ...diagnostics.events.map((event) => `event ${event.at}: ${event.message}`),
        ...diagnostics.problems,
    ];
}

// EXTERNAL MODULE: ./shared/wait/poll.ts
var poll = __webpack_require__(5);
;// CONCATENATED MODULE: ./shared/targets/ecs/migration.ts
// The one-off migration task: RunTask from the new task definition with the service's network
// configuration and a command override on the target container, followed until STOPPED.




/** RunTask parameters copied from the service so the task lands where the service's tasks do. */
function runTaskInput(service, ref) {
    const input = {
        cluster: ref.cluster,
        taskDefinition: ref.taskDefinitionArn,
        count: 1,
        startedBy: ref.startedBy,
        overrides: { containerOverrides: [{ name: ref.container, command: ref.command }] },
    };
    if (service.networkConfiguration?.awsvpcConfiguration)
        input.networkConfiguration = service.networkConfiguration;
    if (service.capacityProviderStrategy?.length)
        input.capacityProviderStrategy = service.capacityProviderStrategy;
    else if (service.launchType)
        input.launchType = service.launchType;
    if (service.platformVersion)
        input.platformVersion = service.platformVersion;
    return input;
}
function exitOf(task, container) {
    const state = task.containers?.find((c) => c.name === container);
    const reason = [task.stoppedReason, state?.reason].filter(Boolean).join('; ') || 'no reason given';
    return state?.exitCode !== undefined ? { exitCode: state.exitCode, reason } : { reason };
}
async function runMigration(ecs, logsClient, ref, options) {
    const containerName = ref.container.name ?? '';
    const started = await ecs.send(new dist_cjs.RunTaskCommand(runTaskInput(ref.service, { ...ref, container: containerName, startedBy: 'deploy-ecs/migration' })));
    const taskArn = started.tasks?.[0]?.taskArn;
    if (!taskArn) {
        const failure = started.failures?.[0];
        return {
            status: 'failed',
            reason: `the migration task could not start: ${failure?.reason ?? 'no task returned'}${failure?.detail ? ` (${failure.detail})` : ''}`,
            elapsedMs: 0,
        };
    }
    const outcome = await (0,poll/* pollUntil */.g3)({
        check: async () => {
            const described = await ecs.send(new dist_cjs.DescribeTasksCommand({ cluster: ref.cluster, tasks: [taskArn] }));
            const task = described.tasks?.[0];
            if (!task)
                return { status: 'pending', state: 'task not visible yet' };
            return task.lastStatus === 'STOPPED'
                ? { status: 'done', value: task, state: 'STOPPED' }
                : { status: 'pending', state: task.lastStatus ?? 'PROVISIONING' };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
        maxDelayMs: options.maxPollIntervalMs,
        ...(0,poll/* pollHooks */.A3)(options),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (outcome.outcome === 'timeout')
        return {
            status: 'timed-out',
            taskArn,
            reason: `the migration task did not stop in time (last status ${outcome.state})`,
            elapsedMs: outcome.elapsedMs,
        };
    if (outcome.outcome === 'cancelled')
        return { status: 'cancelled', taskArn, reason: outcome.reason, elapsedMs: outcome.elapsedMs };
    if (outcome.outcome === 'failed')
        return { status: 'failed', taskArn, reason: outcome.reason, elapsedMs: outcome.elapsedMs };
    const exit = exitOf(outcome.value, containerName);
    if (exit.exitCode === 0)
        return { status: 'succeeded', taskArn, exitCode: 0, reason: 'exit code 0', elapsedMs: outcome.elapsedMs };
    const result = {
        status: 'failed',
        taskArn,
        reason: exit.exitCode === undefined
            ? `the migration task stopped without an exit code: ${exit.reason}`
            : `the migration command exited with code ${exit.exitCode}: ${exit.reason}`,
        elapsedMs: outcome.elapsedMs,
        ...(exit.exitCode !== undefined ? { exitCode: exit.exitCode } : {}),
    };
    const location = awslogsLocation(ref.container, taskArn);
    if (location && logsClient) {
        try {
            result.logTail = await logTail(await logsClient(), { ...location, container: containerName });
        }
        catch (error) {
            result.reason += `; its log tail could not be read (${error instanceof Error ? error.message : String(error)})`;
        }
    }
    return result;
}

// EXTERNAL MODULE: ./shared/targets/ecs/task-definition.ts
var task_definition = __webpack_require__(7712);
;// CONCATENATED MODULE: ./shared/targets/ecs/deploy.ts










/** The deploy-ecs outputs of an outcome (also the root action's ECS outputs). */
function ecsOutputs(outcome) {
    const { previous, current } = outcome.record;
    return {
        ...(previous ? { 'previous-task-definition-arn': previous.taskDefinitionArn } : {}),
        ...(current ? { 'task-definition-arn': current.taskDefinitionArn } : {}),
        ...(current?.deploymentId ? { 'deployment-id': current.deploymentId } : {}),
        ...(outcome.rolloutState ? { 'rollout-state': outcome.rolloutState } : {}),
    };
}
/** Milliseconds until the credentials expire, when that is known. */
async function credentialsLifetimeMs(provider) {
    const fromEnv = process.env['AWS_CREDENTIAL_EXPIRATION'];
    if (fromEnv && !Number.isNaN(Date.parse(fromEnv)))
        return Date.parse(fromEnv) - Date.now();
    if (typeof provider !== 'function')
        return undefined;
    try {
        const identity = (await provider()) ?? {};
        return identity.expiration ? identity.expiration.getTime() - Date.now() : undefined;
    }
    catch {
        return undefined;
    }
}
async function deployService(ecs, logsClient, request, follow, context) {
    const ref = { cluster: request.cluster, service: request.service };
    const summary = context.summary;
    const live = await (0,adapter.snapshot)(ecs, ref);
    const liveArn = live.taskDefinition.taskDefinitionArn ?? live.service.taskDefinition ?? '';
    const previous = {
        taskDefinitionArn: liveArn,
        desiredCount: live.service.desiredCount ?? 0,
        images: (0,task_definition/* imagesOf */.IC)(live.taskDefinition),
    };
    const record = {
        schema: record_record/* RECORD_SCHEMA */.ep,
        target: 'ecs',
        region: request.region,
        resource: ref,
        previous,
        current: null,
        status: 'failed',
        startedAt: context.startedAt.toISOString(),
    };
    let outcome;
    const finish = (status, current, extra = {}) => {
        record.status = status;
        record.current = current;
        record.finishedAt = new Date().toISOString();
        if (extra.message)
            record.message = extra.message;
        outcome = { record, ...(extra.rolloutState ? { rolloutState: extra.rolloutState } : {}) };
        context.onRecord?.(outcome);
        return outcome;
    };
    try {
        // What to register: the base with the new images and environment.
        const base = request.file
            ? (0,task_definition/* toRegisterInput */.Rv)(request.file.taskDefinition, request.file.tags)
            : (0,task_definition/* toRegisterInput */.Rv)(live.taskDefinition, live.tags);
        const containers = base.containerDefinitions ?? [];
        const images = { ...request.images };
        (0,task_definition/* checkImageTargets */.wW)(containers, images);
        if (request.container)
            (0,task_definition/* selectContainer */.e6)(containers, request.container);
        if (request.image)
            images[(0,task_definition/* selectContainer */.e6)(containers, request.container || undefined)] = request.image;
        const command = request.migrationCommand;
        const needsTarget = Object.keys(request.environment).length > 0 || command !== undefined;
        const targets = Object.keys(images).length
            ? Object.keys(images)
            : needsTarget
                ? [(0,task_definition/* selectContainer */.e6)(containers, request.container || undefined)]
                : [];
        const next = (0,task_definition/* render */.XX)(base, { images, environment: request.environment, environmentTargets: targets });
        const liveInput = (0,task_definition/* toRegisterInput */.Rv)(live.taskDefinition, live.tags);
        const changes = (0,task_definition/* diff */.Ui)(liveInput, next);
        const newRevision = changes.length > 0;
        const desiredCount = request.desiredCount;
        const countChanges = desiredCount !== undefined && desiredCount !== previous.desiredCount;
        const update = newRevision || countChanges || request.forceNewDeployment;
        const nextImages = (0,task_definition/* imagesOf */.IC)(next);
        summary.table(['container', 'from', 'to'], Object.keys(nextImages).map((name) => [
            name,
            (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(previous.images?.[name] ?? '(new)')),
            nextImages[name] === previous.images?.[name] ? 'unchanged' : (0,action_summary/* raw */.lS)((0,action_summary/* code */.aY)(nextImages[name] ?? '')),
        ]));
        const busy = (0,ecs_follow/* deploymentInProgress */.ij)(live.service);
        if (busy && update) {
            const what = `deployment ${busy.id ?? '?'} of '${request.service}' is still in progress (${(0,ecs_follow/* describeDeployment */.Ti)(busy)})`;
            if (request.ifInProgress === 'fail' && !request.dryRun)
                throw new errors/* ActionError */.lZ(`Not deploying: ${what}. Set if-in-progress to wait or ignore to deploy anyway.`);
            if (request.ifInProgress === 'ignore')
                (0,runtime/* warning */.$e)(`${what}; deploying over it (if-in-progress: ignore).`);
        }
        if (request.dryRun) {
            summary.status('info', 'Dry run: nothing was changed.');
            summary.paragraph(newRevision
                ? `A new revision of ${live.taskDefinition.family ?? 'the family'} would be registered with these changes:`
                : 'The task definition would not change.');
            if (newRevision)
                summary.codeBlock(changes.join('\n'), 'diff');
            const plan = update
                ? `UpdateService ${request.service}: task definition ${newRevision ? 'new revision' : (0,task_definition/* shortName */.EU)(liveArn)}` +
                    `${countChanges ? `, desired count ${previous.desiredCount} → ${desiredCount}` : ''}` +
                    `${request.forceNewDeployment ? ', force new deployment' : ''}` +
                    `${command ? `, after the migration command ${JSON.stringify(command)}` : ''}`
                : 'No UpdateService: the service already runs this task definition.';
            summary.paragraph(plan);
            if (busy && update)
                summary.paragraph(`Another deployment is in progress; if-in-progress is ${request.ifInProgress}.`);
            for (const line of [...changes, plan])
                (0,runtime/* info */.pq)(line);
            return finish('planned', null, { message: plan });
        }
        if (!update) {
            const primary = live.service.deployments?.find((d) => d.status === 'PRIMARY');
            const current = { ...previous, ...(primary?.id ? { deploymentId: primary.id } : {}) };
            (0,runtime/* info */.pq)(`'${request.service}' already runs ${(0,task_definition/* shortName */.EU)(liveArn)} with these images: nothing to deploy.`);
            summary.status('success', (0,action_summary/* raw */.lS)(`Already up to date: ${(0,action_summary/* code */.aY)((0,task_definition/* shortName */.EU)(liveArn))}; nothing was changed.`));
            return finish('succeeded', current, {
                rolloutState: primary?.rolloutState ?? 'COMPLETED',
                message: 'already up to date',
            });
        }
        if (busy && request.ifInProgress === 'wait') {
            const quiet = await (0,runtime/* group */.Os)(`Waiting for deployment ${busy.id ?? ''} already in progress`, () => (0,ecs_follow/* waitForQuiet */.PL)(ecs, ref, follow));
            if (quiet.status === 'cancelled') {
                finish('cancelled', null, { message: quiet.reason ?? 'cancelled' });
                summary.status('warning', `Cancelled while waiting for the deployment already in progress: ${quiet.state}`);
                throw new errors/* ActionError */.lZ(`Cancelled while waiting for the deployment already in progress (${quiet.state}).`);
            }
            if (quiet.status !== 'succeeded')
                throw new errors/* ActionError */.lZ(`Not deploying: the deployment already in progress did not settle: ${quiet.reason ?? quiet.state}.`);
        }
        if (request.wait) {
            const lifetime = await credentialsLifetimeMs(ecs.config.credentials);
            if (lifetime !== undefined && lifetime < follow.timeoutMs)
                (0,runtime/* warning */.$e)(`The AWS credentials expire in ${(0,duration/* formatDuration */.a3)(Math.max(0, lifetime))}, before the wait-timeout of ${(0,duration/* formatDuration */.a3)(follow.timeoutMs)}: ` +
                    'a long rollout may outlive them. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.');
        }
        const registered = newRevision
            ? await (0,runtime/* group */.Os)('Registering the task definition', async () => {
                const definition = await (0,adapter.registerTaskDefinition)(ecs, next);
                (0,runtime/* info */.pq)(`Registered ${definition.taskDefinitionArn ?? ''}`);
                return definition;
            })
            : undefined;
        const taskDefinitionArn = registered?.taskDefinitionArn ?? liveArn;
        const current = {
            taskDefinitionArn,
            desiredCount: desiredCount ?? previous.desiredCount,
            images: nextImages,
        };
        summary.paragraph((0,action_summary/* raw */.lS)(`Task definition: ${(0,action_summary/* code */.aY)((0,task_definition/* shortName */.EU)(liveArn))} → ${(0,action_summary/* code */.aY)((0,task_definition/* shortName */.EU)(taskDefinitionArn))}`));
        if (command) {
            const containerName = request.container || (targets[0] ?? (0,task_definition/* selectContainer */.e6)(containers, undefined));
            const container = (registered?.containerDefinitions ?? next.containerDefinitions ?? []).find((c) => c.name === containerName) ?? { name: containerName };
            const migration = await (0,runtime/* group */.Os)(`Migration: ${command.join(' ')}`, () => runMigration(ecs, logsClient, { cluster: request.cluster, service: live.service, taskDefinitionArn, container, command }, follow));
            if (migration.status !== 'succeeded') {
                summary.status('failure', `The migration task failed, the service was not updated: ${migration.reason}`);
                if (migration.logTail) {
                    summary.paragraph((0,action_summary/* raw */.lS)(`Last log lines of ${(0,action_summary/* code */.aY)(migration.logTail.container)}:`));
                    summary.codeBlock(migration.logTail.lines.join('\n') || '(no log lines)');
                    for (const line of migration.logTail.lines)
                        (0,runtime/* info */.pq)(`  ${line}`);
                }
                const status = migration.status === 'cancelled'
                    ? 'cancelled'
                    : migration.status === 'timed-out'
                        ? 'timed-out'
                        : 'failed';
                finish(status, null, { message: `migration: ${migration.reason}` });
                throw new errors/* ActionError */.lZ(`The migration task failed, so the service was not updated: ${migration.reason}.`);
            }
            summary.paragraph(`Migration task succeeded in ${(0,duration/* formatDuration */.a3)(migration.elapsedMs)}.`);
        }
        if (follow.signal?.aborted) {
            finish('cancelled', null, { message: 'cancelled before UpdateService' });
            throw new errors/* ActionError */.lZ('Cancelled before the service was updated.');
        }
        const updated = await (0,adapter.updateService)(ecs, {
            ...ref,
            taskDefinitionArn,
            ...(desiredCount !== undefined ? { desiredCount } : {}),
            forceNewDeployment: request.forceNewDeployment,
        });
        current.deploymentId = updated.deploymentId;
        (0,runtime/* info */.pq)(`UpdateService started deployment ${updated.deploymentId}.`);
        if (!request.wait) {
            summary.status('info', (0,action_summary/* raw */.lS)(`Deployment ${(0,action_summary/* code */.aY)(updated.deploymentId)} started; not waiting for it (wait: false).`));
            return finish('succeeded', current, {
                rolloutState: 'IN_PROGRESS',
                message: 'not waited for (wait: false)',
            });
        }
        const followed = await (0,runtime/* group */.Os)(`Following deployment ${updated.deploymentId}`, () => (0,ecs_follow/* followDeployment */.pb)(ecs, { ...ref, deploymentId: updated.deploymentId }, follow));
        const rolloutState = followed.deployment?.rolloutState ?? (followed.status === 'failed' ? 'FAILED' : 'IN_PROGRESS');
        const took = (0,duration/* formatDuration */.a3)(followed.elapsedMs);
        if (followed.status === 'succeeded') {
            summary.status('success', (0,action_summary/* raw */.lS)(`Deployment ${(0,action_summary/* code */.aY)(updated.deploymentId)} COMPLETED in ${took} (${followed.polls} ${followed.polls === 1 ? 'poll' : 'polls'}).`));
            if (request.keepRevisions !== undefined && registered?.family) {
                const inUse = (0,adapter.inUseBy)(followed.service ?? updated.service);
                inUse.add(previous.taskDefinitionArn);
                const removed = await (0,adapter.pruneRevisions)(ecs, registered.family, request.keepRevisions, inUse);
                if (removed.length) {
                    (0,runtime/* info */.pq)(`Deregistered ${removed.length} old revision(s): ${removed.map(task_definition/* shortName */.EU).join(', ')}`);
                    summary.paragraph(`Deregistered old revisions: ${removed.map(task_definition/* shortName */.EU).join(', ')}`);
                }
            }
            return finish('succeeded', current, { rolloutState });
        }
        const reason = followed.reason ?? followed.state;
        if (followed.status === 'cancelled') {
            summary.status('warning', `Cancelled after ${took}; the deployment was left as it was: ${followed.state}`);
            finish('cancelled', current, { rolloutState, message: reason });
            throw new errors/* ActionError */.lZ(`Cancelled while following deployment ${updated.deploymentId} (state reached: ${followed.state}).`);
        }
        summary.status('failure', `Deployment ${updated.deploymentId} ${followed.status === 'timed-out' ? 'timed out' : 'failed'} after ${took}: ${reason}`);
        const diagnostics = await (0,runtime/* group */.Os)('Why the deployment failed', async () => {
            const found = await collectDiagnostics(ecs, logsClient, {
                ...ref,
                deploymentId: updated.deploymentId,
                taskDefinitionArn,
                containers: registered?.containerDefinitions ?? next.containerDefinitions ?? [],
                ...(followed.service ? { serviceState: followed.service } : {}),
                ...(followed.deployment?.createdAt ? { since: followed.deployment.createdAt } : {}),
            });
            for (const line of diagnosticLines(found))
                (0,runtime/* info */.pq)(line);
            return found;
        });
        renderDiagnostics(diagnostics, summary);
        finish(followed.status, current, { rolloutState, message: reason });
        throw new errors/* ActionError */.lZ(`Deployment ${updated.deploymentId} of '${request.service}' ${followed.status === 'timed-out' ? 'timed out' : 'failed'}: ${reason}.`);
    }
    catch (error) {
        if (!outcome)
            finish('failed', record.current, { message: error instanceof Error ? error.message : String(error) });
        throw error;
    }
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
/** Leaf-level differences `path: before → after`, for the dry-run and the summary. */
function diff(before, after, path = '') {
    if (canonical(before) === canonical(after))
        return [];
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


/***/ }),

/***/ 5:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ pollHooks),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   uk: () => (/* binding */ realSleep)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7053);
// pollUntil: first check at once, then exponential backoff with jitter capped low, always under
// a deadline; a terminal failure ends the wait at once; one progress line per state change.

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
    const moveTo = (next) => {
        if (next === state)
            return;
        state = next;
        options.onProgress?.(`[${(elapsed() / 1000).toFixed(0)}s] ${next}`, next);
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
        await sleep(Math.min(remaining, backoffDelay(attempts - 1, delays)), options.signal);
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


/***/ })

};
