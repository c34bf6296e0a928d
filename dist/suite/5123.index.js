export const id = 5123;
export const ids = [5123,4291,6672,8658];
export const modules = {

/***/ 4291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createClient: () => (/* binding */ createClient),
  defaultMaxAttempts: () => (/* binding */ defaultMaxAttempts),
  iamAction: () => (/* binding */ iamAction),
  resolveRegion: () => (/* binding */ resolveRegion),
  serviceOf: () => (/* binding */ serviceOf)
});

// EXTERNAL MODULE: ./shared/action/errors.ts
var errors = __webpack_require__(1674);
;// CONCATENATED MODULE: ./shared/version.ts
/** The suite's version; a unit test keeps it equal to package.json. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./shared/aws/clients.ts
// Client configuration shared by every AWS client: region, adaptive retries, user agent, and
// a middleware that names the failed operation (`ecs:UpdateService`) on errors.


/** Region from the input, then AWS_REGION, then AWS_DEFAULT_REGION. */
function resolveRegion(input, env = process.env) {
    const region = input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
    if (!region)
        throw new errors.ActionError("No AWS region: set the 'aws-region' input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).");
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(region))
        throw new errors.ActionError(`AWS region ${JSON.stringify(region)} is not a region name such as us-east-1 or eu-west-3.`);
    return region;
}
function defaultMaxAttempts(env = process.env) {
    const fromEnv = Number(env['AWS_MAX_ATTEMPTS']);
    return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 6;
}
const IAM_PREFIX = {
    ECSClient: 'ecs',
    ECRClient: 'ecr',
    LambdaClient: 'lambda',
    CloudFormationClient: 'cloudformation',
    CloudWatchClient: 'cloudwatch',
    CloudWatchLogsClient: 'logs',
    S3Client: 's3',
    DynamoDBClient: 'dynamodb',
    EKSClient: 'eks',
    STSClient: 'sts',
};
/** The IAM action name for an SDK operation, where it differs from the operation's name. */
const IAM_ACTION_OVERRIDES = {
    's3:HeadBucket': 's3:ListBucket',
    's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
    's3:PutBucketEncryption': 's3:PutEncryptionConfiguration',
    's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
    's3:PutPublicAccessBlock': 's3:PutBucketPublicAccessBlock',
    's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
    's3:PutBucketLifecycleConfiguration': 's3:PutLifecycleConfiguration',
    's3:HeadObject': 's3:GetObject',
    'ecr:DescribeImageScanFindings': 'ecr:DescribeImageScanFindings',
};
/** IAM service prefix from the SDK's client name (a string the SDK sets, safe from minifiers). */
function serviceOf(clientName) {
    return IAM_PREFIX[clientName] ?? clientName.replace(/Client$/, '').toLowerCase();
}
function iamAction(service, operation) {
    const name = `${service}:${operation}`;
    return IAM_ACTION_OVERRIDES[name] ?? name;
}
function nameFailedOperations(client) {
    const namer = (next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (error) {
            const operation = (context.commandName ?? '').replace(/Command$/, '');
            if (typeof error === 'object' && error !== null && operation)
                Object.assign(error, { $operation: iamAction(serviceOf(context.clientName ?? ''), operation) });
            throw error;
        }
    };
    client.middlewareStack.add(namer, { step: 'initialize', name: 'awsDeployActionsOperationName' });
}
/**
 * Creates an SDK v3 client with the suite's settings. Endpoints come from the SDK itself
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>), credentials from its default chain.
 */
function createClient(ClientClass, options = {}) {
    const config = {
        region: resolveRegion(options.region),
        maxAttempts: options.maxAttempts ?? defaultMaxAttempts(),
        retryMode: 'adaptive',
        customUserAgent: [['aws-deploy-actions', VERSION]],
        ...options.extra,
    };
    const client = new ClientClass(config);
    nameFailedOperations(client);
    return client;
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   followRollout: () => (/* binding */ followRollout),
/* harmony export */   renderSamples: () => (/* binding */ renderSamples)
/* harmony export */ });
/* unused harmony exports FAILING_REASONS, assessRollout, podProblems, observeRollout, renderProblems */
/* harmony import */ var _wait_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5);
/* harmony import */ var _action_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9907);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);




/** Container states that will not fix themselves: the rollout is failing. */
const FAILING_REASONS = [
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'CreateContainerConfigError',
    'InvalidImageName',
    'CreateContainerError',
];
/** Judges one observation of a rollout; pure, so every path is unit-tested. */
function assessRollout(view, elapsedMs = 0) {
    const { deployment } = view;
    const status = deployment.status ?? {};
    const desired = deployment.spec.replicas ?? 1;
    const sample = {
        elapsedMs,
        desired,
        updated: status.updatedReplicas ?? 0,
        ready: status.readyReplicas ?? 0,
        available: status.availableReplicas ?? 0,
        oldPods: view.oldPods.length,
    };
    const state = `${sample.updated}/${desired} updated, ${sample.ready} ready, ${sample.available} available${sample.oldPods ? `, ${sample.oldPods} old pod${sample.oldPods === 1 ? '' : 's'} left` : ''}`;
    const generation = deployment.metadata.generation ?? 0;
    if ((status.observedGeneration ?? 0) < generation)
        return {
            status: 'pending',
            state: `waiting for the Deployment controller to see generation ${generation}`,
            sample,
        };
    const progressing = status.conditions?.find((condition) => condition.type === 'Progressing');
    const problems = podProblems(view.newPods);
    if (progressing?.reason === 'ProgressDeadlineExceeded')
        return {
            status: 'failed',
            state,
            reason: `ProgressDeadlineExceeded: ${progressing.message ?? 'the rollout made no progress'} (progressDeadlineSeconds ${deployment.spec.progressDeadlineSeconds ?? 600}); ${state}`,
            sample,
            problems,
        };
    const first = problems[0];
    if (first)
        return {
            status: 'failed',
            state,
            reason: `pod ${first.pod} of the new ReplicaSet is in ${first.reason} (container ${first.container}${first.lastTermination?.message ? `: ${oneLine(first.lastTermination.message)}` : first.message ? `: ${oneLine(first.message)}` : ''}); ${state}`,
            sample,
            problems,
        };
    const complete = sample.updated === desired &&
        sample.ready === desired &&
        sample.available === desired &&
        (status.replicas ?? 0) === desired &&
        sample.oldPods === 0 &&
        (view.newReplicaSet === undefined || (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(view.newReplicaSet) === (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(deployment));
    return complete
        ? { status: 'done', state: `${desired}/${desired} updated, ready and available`, sample }
        : { status: 'pending', state, sample };
}
function oneLine(text) {
    const line = text.trim().split(/\r?\n/).pop() ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
function podProblems(pods) {
    const problems = [];
    for (const pod of pods) {
        const statuses = [
            ...(pod.status?.initContainerStatuses ?? []),
            ...(pod.status?.containerStatuses ?? []),
        ];
        for (const status of statuses) {
            const waiting = status.state?.waiting;
            if (!waiting?.reason || !FAILING_REASONS.includes(waiting.reason))
                continue;
            const problem = {
                pod: pod.metadata.name,
                container: status.name,
                reason: waiting.reason,
                restarts: status.restartCount,
                events: [],
            };
            if (waiting.message)
                problem.message = waiting.message;
            const terminated = status.lastState?.terminated ?? status.state?.terminated;
            if (terminated) {
                problem.lastTermination = { exitCode: terminated.exitCode };
                if (terminated.reason)
                    problem.lastTermination.reason = terminated.reason;
                if (terminated.message)
                    problem.lastTermination.message = terminated.message;
            }
            problems.push(problem);
        }
    }
    return problems;
}
/** Reads the Deployment, its ReplicaSets and pods, and sorts the pods into new and old. */
async function observeRollout(client, namespace, name) {
    const deployment = await client.getDeployment(namespace, name);
    const selector = (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorToString */ .CI)(deployment.spec.selector);
    const [replicaSets, pods] = await Promise.all([
        client.listReplicaSets(namespace, selector),
        client.listPods(namespace, selector),
    ]);
    const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const revision = deployment.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REVISION_ANNOTATION */ .wB];
    const newReplicaSet = revision === undefined
        ? undefined
        : owned.find((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REVISION_ANNOTATION */ .wB] === revision);
    const ownerUid = (pod) => pod.metadata.ownerReferences?.find((owner) => owner.controller)?.uid;
    const oldUids = new Set(owned.filter((rs) => rs !== newReplicaSet).map((rs) => rs.metadata.uid));
    return {
        deployment,
        newReplicaSet,
        newPods: newReplicaSet ? pods.filter((pod) => ownerUid(pod) === newReplicaSet.metadata.uid) : [],
        oldPods: pods.filter((pod) => oldUids.has(ownerUid(pod))),
    };
}
/** Follows the rollout of one Deployment until it succeeds, fails, times out or is cancelled. */
async function followRollout(client, target, options) {
    const samples = [];
    let last;
    let problems = [];
    let startedAt;
    const now = () => options.clock?.now() ?? Date.now();
    const outcome = await (0,_wait_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
        check: async () => {
            startedAt ??= now();
            const view = await observeRollout(client, target.namespace, target.name);
            last = view;
            const assessment = assessRollout(view, now() - startedAt);
            const previous = samples[samples.length - 1];
            if (!previous ||
                JSON.stringify({ ...previous, elapsedMs: 0 }) !==
                    JSON.stringify({ ...assessment.sample, elapsedMs: 0 }))
                samples.push(assessment.sample);
            if (assessment.status === 'done')
                return { status: 'done', value: view, state: assessment.state };
            if (assessment.status === 'pending')
                return { status: 'pending', state: assessment.state };
            problems = await withEvents(client, target.namespace, assessment.problems);
            return { status: 'failed', reason: assessment.reason, value: view, state: assessment.state };
        },
        timeoutMs: options.timeoutMs,
        initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
        maxDelayMs: options.maxPollIntervalMs,
        retryOn: _client_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransientKubeError */ .KT,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.onProgress
            ? { onProgress: (line) => options.onProgress?.(`${target.name}: ${line}`) }
            : {}),
    });
    const base = {
        state: outcome.state,
        elapsedMs: outcome.elapsedMs,
        polls: outcome.attempts,
        revision: last ? (0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(last.deployment) : undefined,
        samples,
        problems,
        deployment: last?.deployment,
    };
    const diagnostics = problems.length
        ? { diagnostics: (summary) => renderProblems(summary, problems) }
        : {};
    switch (outcome.outcome) {
        case 'done':
            return { ...base, status: 'succeeded' };
        case 'failed':
            return { ...base, ...diagnostics, status: 'failed', reason: outcome.reason };
        case 'timeout':
            return {
                ...base,
                status: 'timed-out',
                reason: `the rollout did not finish within ${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(options.timeoutMs)}; state reached: ${outcome.state}`,
            };
        case 'cancelled':
            return { ...base, status: 'cancelled', reason: outcome.reason };
    }
}
async function withEvents(client, namespace, problems) {
    const pods = [...new Set(problems.map((problem) => problem.pod))].slice(0, 5);
    const events = await Promise.all(pods.map((pod) => client.listEvents(namespace, `involvedObject.kind=Pod,involvedObject.name=${pod}`).catch(() => [])));
    const byPod = new Map(pods.map((pod, index) => [
        pod,
        (events[index] ?? []).map((event) => `${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`.trim()),
    ]));
    return problems.map((problem) => ({ ...problem, events: byPod.get(problem.pod) ?? [] }));
}
function renderProblems(summary, problems) {
    summary.table(['Pod', 'Container', 'State', 'Restarts', 'Last termination'], problems
        .slice(0, 10)
        .map((problem) => [
        problem.pod,
        problem.container,
        problem.message ? `${problem.reason}: ${problem.message}` : problem.reason,
        String(problem.restarts),
        problem.lastTermination
            ? `exit ${problem.lastTermination.exitCode}${problem.lastTermination.reason ? ` (${problem.lastTermination.reason})` : ''}${problem.lastTermination.message ? `: ${problem.lastTermination.message}` : ''}`
            : '—',
    ]));
    const events = [
        ...new Set(problems.flatMap((problem) => problem.events.map((event) => `${problem.pod}: ${event}`))),
    ];
    if (events.length)
        summary.details('Pod events', (inner) => inner.codeBlock(events.slice(-30).join('\n')));
}
/** Replicas over time as a small table for the job summary. */
function renderSamples(summary, samples) {
    summary.table(['Time', 'Updated', 'Ready', 'Available', 'Old pods'], samples
        .slice(-15)
        .map((sample) => [
        `+${(0,_action_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(sample.elapsedMs)}`,
        `${sample.updated}/${sample.desired}`,
        `${sample.ready}/${sample.desired}`,
        `${sample.available}/${sample.desired}`,
        String(sample.oldPods),
    ]));
}


/***/ }),

/***/ 8658:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lq: () => (/* binding */ templateOfRevision),
/* harmony export */   N_: () => (/* binding */ sameTemplate),
/* harmony export */   _Z: () => (/* binding */ containerImages),
/* harmony export */   restoreTemplate: () => (/* binding */ restoreTemplate)
/* harmony export */ });
/* unused harmony export deploymentTemplate */
/* harmony import */ var _action_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1674);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9703);
// Undo as `kubectl rollout undo --to-revision` does it: the Deployment's pod template is replaced
// (JSON patch) by the template of a recorded revision, without its pod-template-hash label.


/** The template as a Deployment holds it: the ReplicaSet's pod-template-hash label removed. */
function deploymentTemplate(template) {
    const copy = structuredClone(template);
    if (copy.metadata?.labels) {
        delete copy.metadata.labels[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE_HASH_LABEL */ .j$];
    }
    return copy;
}
/** Compares templates as the Deployment controller does (key order and the hash label ignored). */
function sameTemplate(a, b) {
    return stableJson(deploymentTemplate(a)) === stableJson(deploymentTemplate(b));
}
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (typeof value === 'object' && value !== null)
        return `{${Object.entries(value)
            .filter(([, item]) => item !== undefined && item !== null)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function containerImages(template) {
    return Object.fromEntries(template.spec.containers.map((container) => [container.name, container.image ?? '']));
}
/** The template of one revision, from the ReplicaSet the Deployment owns for it. */
async function templateOfRevision(client, deployment, revision) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const sets = await client.listReplicaSets(namespace, (0,_types_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorToString */ .CI)(deployment.spec.selector));
    const owned = sets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const match = owned.find((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB] === String(revision));
    if (!match) {
        const known = owned
            .map((rs) => rs.metadata.annotations?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REVISION_ANNOTATION */ .wB])
            .filter(Boolean)
            .sort((a, b) => Number(a) - Number(b));
        throw new _action_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`Deployment ${namespace}/${deployment.metadata.name} has no ReplicaSet for revision ${revision} (revisions kept: ${known.join(', ') || 'none'}); it may have been pruned by revisionHistoryLimit.`);
    }
    return deploymentTemplate(match.spec.template);
}
/** Replaces the Deployment's template by `template` exactly; notes why in change-cause. */
async function restoreTemplate(client, deployment, template, changeCause) {
    const namespace = deployment.metadata.namespace ?? 'default';
    const annotationsPath = '/metadata/annotations';
    const operations = [
        { op: 'test', path: '/metadata/uid', value: deployment.metadata.uid },
        { op: 'replace', path: '/spec/template', value: deploymentTemplate(template) },
        deployment.metadata.annotations
            ? {
                op: 'add',
                path: `${annotationsPath}/${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG.replace(/~/g, '~0').replace(/\//g, '~1')}`,
                value: changeCause,
            }
            : { op: 'add', path: annotationsPath, value: { [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_CAUSE_ANNOTATION */ .vG]: changeCause } },
    ];
    return client.patchDeployment(namespace, deployment.metadata.name, operations, 'json');
}


/***/ }),

/***/ 1306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEksRollbackAdapter: () => (/* binding */ createEksRollbackAdapter),
/* harmony export */   eksRollback: () => (/* binding */ eksRollback)
/* harmony export */ });
/* harmony import */ var _kube_connect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8000);
/* harmony import */ var _kube_rollout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(895);
/* harmony import */ var _kube_undo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8658);
/* harmony import */ var _kube_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);




function describeImages(images) {
    return Object.entries(images)
        .map(([container, image]) => `${container}=${image}`)
        .join(', ');
}
function createEksRollbackAdapter(settings = {}) {
    const connect = settings.connect ??
        ((record) => (0,_kube_connect_js__WEBPACK_IMPORTED_MODULE_0__.connectToCluster)({
            cluster: record.resource.cluster,
            region: record.region,
            ...(settings.apiServer ? { apiServer: settings.apiServer } : {}),
            ...(settings.caData ? { caData: settings.caData } : {}),
        }));
    return {
        async restore(record, options) {
            const { cluster, namespace, deployment: name } = record.resource;
            const label = `${cluster}/${namespace}/${name}`;
            const previous = record.previous;
            if (!previous)
                return {
                    changed: false,
                    from: label,
                    to: label,
                    refused: `the record of ${label} holds no previous revision to restore`,
                };
            const connection = await connect(record);
            try {
                const { client } = connection;
                const live = await client.getDeployment(namespace, name).catch(async (error) => {
                    throw await connection.explain(error, namespace);
                });
                const liveRevision = (0,_kube_types_js__WEBPACK_IMPORTED_MODULE_3__/* .revisionOf */ .DT)(live);
                const target = previous.template
                    ? previous.template
                    : await (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .templateOfRevision */ .Lq)(client, live, previous.revision);
                const from = `revision ${liveRevision ?? '?'} (${describeImages((0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .containerImages */ ._Z)(live.spec.template))})`;
                const to = `revision ${previous.revision} (${describeImages(previous.images)})`;
                if ((0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTemplate */ .N_)(live.spec.template, target))
                    return { changed: false, from, to };
                if (!options.force && record.current && liveRevision !== record.current.revision)
                    return {
                        changed: false,
                        from,
                        to,
                        refused: `Deployment ${namespace}/${name} is at revision ${liveRevision ?? '?'}, not revision ${record.current.revision} that this deployment made: someone deployed since. Set 'force: true' to roll back anyway.`,
                    };
                await (0,_kube_undo_js__WEBPACK_IMPORTED_MODULE_2__.restoreTemplate)(client, live, target, settings.changeCause ?? `auto-rollback to revision ${previous.revision}`);
                if (!options.wait)
                    return { changed: true, from, to };
                const follow = await (0,_kube_rollout_js__WEBPACK_IMPORTED_MODULE_1__.followRollout)(client, { namespace, name }, options);
                return { changed: true, from, to, follow };
            }
            finally {
                connection.close();
            }
        },
    };
}
/** The adapter auto-rollback dispatches `eks` records to. */
const eksRollback = createEksRollbackAdapter();


/***/ })

};
