export const id = 460;
export const ids = [460];
export const modules = {

/***/ 8460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  followRollout: () => (/* binding */ followRollout)
});

// UNUSED EXPORTS: FAILING_REASONS, assessRollout, observeRollout, podProblems, renderProblems, renderSamples

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

// EXTERNAL MODULE: ./shared/action/duration.ts
var duration = __webpack_require__(9501);
// EXTERNAL MODULE: ./shared/kube/client.ts
var kube_client = __webpack_require__(9907);
// EXTERNAL MODULE: ./shared/kube/types.ts
var types = __webpack_require__(9703);
;// CONCATENATED MODULE: ./shared/kube/rollout.ts




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
        (view.newReplicaSet === undefined || (0,types/* revisionOf */.DT)(view.newReplicaSet) === (0,types/* revisionOf */.DT)(deployment));
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
    const selector = (0,types/* selectorToString */.CI)(deployment.spec.selector);
    const [replicaSets, pods] = await Promise.all([
        client.listReplicaSets(namespace, selector),
        client.listPods(namespace, selector),
    ]);
    const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid));
    const revision = deployment.metadata.annotations?.[types/* REVISION_ANNOTATION */.wB];
    const newReplicaSet = revision === undefined
        ? undefined
        : owned.find((rs) => rs.metadata.annotations?.[types/* REVISION_ANNOTATION */.wB] === revision);
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
    const outcome = await pollUntil({
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
        retryOn: kube_client/* isTransientKubeError */.KT,
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
        revision: last ? (0,types/* revisionOf */.DT)(last.deployment) : undefined,
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
                reason: `the rollout did not finish within ${(0,duration/* formatDuration */.a3)(options.timeoutMs)}; state reached: ${outcome.state}`,
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
        `+${formatDuration(sample.elapsedMs)}`,
        `${sample.updated}/${sample.desired}`,
        `${sample.ready}/${sample.desired}`,
        `${sample.available}/${sample.desired}`,
        String(sample.oldPods),
    ]));
}


/***/ })

};
