export const id = 297;
export const ids = [297];
export const modules = {

/***/ 2297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IMAGE_ACCEPTED: () => (/* reexport */ ecs_image/* IMAGE_ACCEPTED */.KR),
  LOG_LINES: () => (/* reexport */ LOG_LINES),
  READ_ONLY_FIELDS: () => (/* reexport */ task_definition/* READ_ONLY_FIELDS */.O6),
  activeRevisions: () => (/* reexport */ activeRevisions),
  awslogsLocation: () => (/* reexport */ awslogsLocation),
  canonical: () => (/* reexport */ task_definition/* canonical */.$N),
  checkImageTargets: () => (/* reexport */ task_definition/* checkImageTargets */.wW),
  collectDiagnostics: () => (/* reexport */ collectDiagnostics),
  createEcsRollback: () => (/* reexport */ createEcsRollback),
  culprit: () => (/* reexport */ culprit),
  deploymentInProgress: () => (/* reexport */ deploymentInProgress),
  describeDeployment: () => (/* reexport */ describeDeployment),
  describeService: () => (/* reexport */ describeService),
  describeTaskDefinition: () => (/* reexport */ describeTaskDefinition),
  diagnosticLines: () => (/* reexport */ diagnosticLines),
  diff: () => (/* reexport */ task_definition/* diff */.Ui),
  evaluate: () => (/* reexport */ evaluate),
  familyOf: () => (/* reexport */ task_definition/* familyOf */.Ap),
  followDeployment: () => (/* reexport */ followDeployment),
  imageProblem: () => (/* reexport */ ecs_image/* imageProblem */.JC),
  imagesOf: () => (/* reexport */ task_definition/* imagesOf */.IC),
  inUseBy: () => (/* reexport */ inUseBy),
  lineAndColumn: () => (/* reexport */ file/* lineAndColumn */.q1),
  logTail: () => (/* reexport */ logTail),
  migrationCommand: () => (/* reexport */ command/* migrationCommand */.O),
  newDeploymentId: () => (/* reexport */ newDeploymentId),
  parseErrorLocation: () => (/* reexport */ file/* parseErrorLocation */.Ri),
  parseImageReference: () => (/* reexport */ ecs_image/* parseImageReference */.o_),
  pruneRevisions: () => (/* reexport */ pruneRevisions),
  readTaskDefinitionFile: () => (/* reexport */ file/* readTaskDefinitionFile */.BD),
  recentEvents: () => (/* reexport */ recentEvents),
  registerTaskDefinition: () => (/* reexport */ registerTaskDefinition),
  render: () => (/* reexport */ task_definition/* render */.XX),
  renderDiagnostics: () => (/* reexport */ renderDiagnostics),
  revisionOf: () => (/* reexport */ task_definition/* revisionOf */.DT),
  runMigration: () => (/* reexport */ runMigration),
  runTaskInput: () => (/* reexport */ runTaskInput),
  selectContainer: () => (/* reexport */ task_definition/* selectContainer */.e6),
  shortName: () => (/* reexport */ task_definition/* shortName */.EU),
  snapshot: () => (/* reexport */ snapshot),
  stoppedTaskOf: () => (/* reexport */ stoppedTaskOf),
  stoppedTasks: () => (/* reexport */ stoppedTasks),
  toRegisterInput: () => (/* reexport */ task_definition/* toRegisterInput */.Rv),
  updateService: () => (/* reexport */ updateService),
  waitForQuiet: () => (/* reexport */ waitForQuiet)
});

// EXTERNAL MODULE: ./shared/targets/ecs/image.ts
var ecs_image = __webpack_require__(6932);
// EXTERNAL MODULE: ./shared/targets/ecs/task-definition.ts
var task_definition = __webpack_require__(7712);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./shared/aws/errors.ts
var errors = __webpack_require__(7053);
;// CONCATENATED MODULE: ./shared/wait/poll.ts
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
    const retryOn = options.retryOn ?? errors/* isRetryable */.r3;
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

// EXTERNAL MODULE: ./shared/action/errors.ts
var action_errors = __webpack_require__(1674);
;// CONCATENATED MODULE: ./shared/targets/ecs/follow.ts
// Follows one ECS deployment, by its id, until it completes, fails or the deadline passes.



async function describeService(ecs, ref) {
    const response = await ecs.send(new dist_cjs.DescribeServicesCommand({ cluster: ref.cluster, services: [ref.service] }));
    const service = response.services?.[0];
    if (!service) {
        const reason = response.failures?.[0]?.reason ?? 'MISSING';
        throw new action_errors/* ActionError */.lZ(`ECS service '${ref.service}' was not found in cluster '${ref.cluster}' (${reason}).`);
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
    const outcome = await pollUntil({
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
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
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
    const outcome = await pollUntil({
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
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
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

// EXTERNAL MODULE: ./shared/action/summary.ts
var action_summary = __webpack_require__(2173);
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
    const { GetLogEventsCommand } = await __webpack_require__.e(/* import() */ 303).then(__webpack_require__.t.bind(__webpack_require__, 303, 19));
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

// EXTERNAL MODULE: ./shared/targets/ecs/command.ts
var command = __webpack_require__(0);
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
    const outcome = await pollUntil({
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
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
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

;// CONCATENATED MODULE: ./shared/targets/ecs/adapter.ts
// The ECS target adapter: snapshot the live service, apply a new revision, restore a snapshot,
// prune old revisions. A deploy is snapshot → apply → follow; a rollback is restore → follow.




async function describeTaskDefinition(ecs, arn) {
    const response = await ecs.send(new dist_cjs.DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    if (!response.taskDefinition)
        throw new action_errors/* ActionError */.lZ(`Task definition ${arn} was not found.`);
    return { taskDefinition: response.taskDefinition, tags: response.tags ?? [] };
}
async function snapshot(ecs, ref) {
    const service = await describeService(ecs, ref);
    if (service.status !== undefined && service.status !== 'ACTIVE')
        throw new action_errors/* ActionError */.lZ(`ECS service '${ref.service}' in cluster '${ref.cluster}' is ${service.status}; only an ACTIVE service can be deployed to.`);
    if (!service.taskDefinition)
        throw new action_errors/* ActionError */.lZ(`ECS service '${ref.service}' has no task definition.`);
    const { taskDefinition, tags } = await describeTaskDefinition(ecs, service.taskDefinition);
    return { service, taskDefinition, tags };
}
async function registerTaskDefinition(ecs, input) {
    const response = await ecs.send(new dist_cjs.RegisterTaskDefinitionCommand(input));
    if (!response.taskDefinition?.taskDefinitionArn)
        throw new action_errors/* ActionError */.lZ('RegisterTaskDefinition returned no task definition.');
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
    const response = await ecs.send(new dist_cjs.UpdateServiceCommand(input));
    const service = response.service;
    const deploymentId = service ? newDeploymentId(service, request.taskDefinitionArn) : undefined;
    if (!service || !deploymentId)
        throw new action_errors/* ActionError */.lZ(`UpdateService on '${request.service}' returned no PRIMARY deployment to follow.`);
    return { service, deploymentId };
}
/** All ACTIVE revisions of a family, newest first. */
async function activeRevisions(ecs, family) {
    const arns = [];
    let nextToken;
    do {
        const page = await ecs.send(new dist_cjs.ListTaskDefinitionsCommand({
            familyPrefix: family,
            status: 'ACTIVE',
            sort: 'DESC',
            ...(nextToken ? { nextToken } : {}),
        }));
        arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => (0,task_definition/* familyOf */.Ap)(arn) === family));
        nextToken = page.nextToken;
    } while (nextToken);
    return arns.sort((a, b) => ((0,task_definition/* revisionOf */.DT)(b) ?? 0) - ((0,task_definition/* revisionOf */.DT)(a) ?? 0));
}
/** Deregisters revisions of the family beyond the newest `keep`, never one in `inUse`. */
async function pruneRevisions(ecs, family, keep, inUse) {
    const revisions = await activeRevisions(ecs, family);
    const doomed = revisions.slice(keep).filter((arn) => !inUse.has(arn));
    for (const arn of doomed)
        await ecs.send(new dist_cjs.DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
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
                throw new action_errors/* ActionError */.lZ('The deployment record has no previous ECS state to restore.');
            const ref = record.resource;
            const service = await describeService(ecs, ref);
            const live = service.taskDefinition ?? '';
            const from = `${(0,task_definition/* shortName */.EU)(live)} × ${service.desiredCount ?? 0}`;
            const to = `${(0,task_definition/* shortName */.EU)(previous.taskDefinitionArn)} × ${previous.desiredCount}`;
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
                    refused: `the service now runs ${(0,task_definition/* shortName */.EU)(live)}, not ${(0,task_definition/* shortName */.EU)(expected)} that this deployment rolled out: someone deployed since. Set force: true to roll back anyway.`,
                };
            const { deploymentId } = await updateService(ecs, {
                ...ref,
                taskDefinitionArn: previous.taskDefinitionArn,
                desiredCount: previous.desiredCount,
            });
            if (!options.wait)
                return { changed: true, from, to };
            const follow = await followDeployment(ecs, { ...ref, deploymentId }, options);
            return { changed: true, from, to, follow };
        },
    };
}


// EXTERNAL MODULE: ./shared/targets/ecs/file.ts
var file = __webpack_require__(7487);
;// CONCATENATED MODULE: ./shared/targets/ecs/index.ts
// The ECS target adapter (DESIGN.md, Targets): snapshot, apply, follow, restore, diagnostics.









/***/ })

};
