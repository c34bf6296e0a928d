// Following one Deployment rollout to its end: success when the controller has seen the latest
// generation, every desired replica is updated, ready and available and no pod of an older
// ReplicaSet remains; failure at once on ProgressDeadlineExceeded or when pods of the new
// ReplicaSet cannot start (crash loop, image pull, bad config), with their events and last
// termination message; a timeout reports the state reached.
import type { Check } from '../wait/poll.js';
import { pollHooks, pollUntil } from '../wait/poll.js';
import type { FollowOptions, FollowResult } from '../targets/types.js';
import type { Summary } from '../action/summary.js';
import { formatDuration } from '../action/duration.js';
import { isTransientKubeError, type KubeClient } from './client.js';
import {
  REVISION_ANNOTATION,
  revisionOf,
  selectorToString,
  type ContainerStatus,
  type Deployment,
  type Pod,
  type ReplicaSet,
} from './types.js';

/** Container states that will not fix themselves: the rollout is failing. */
const FAILING_REASONS = [
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'CreateContainerConfigError',
  'InvalidImageName',
  'CreateContainerError',
] as const;

export interface RolloutSample {
  elapsedMs: number;
  desired: number;
  updated: number;
  ready: number;
  available: number;
  oldPods: number;
}

export interface PodProblem {
  pod: string;
  container: string;
  reason: string;
  message?: string;
  restarts: number;
  lastTermination?: { exitCode: number; reason?: string; message?: string };
  events: string[];
}

export interface RolloutView {
  deployment: Deployment;
  /** The ReplicaSet of the Deployment's current revision, once the controller made it. */
  newReplicaSet: ReplicaSet | undefined;
  newPods: Pod[];
  oldPods: Pod[];
}

export type Assessment =
  | { status: 'done'; state: string; sample: RolloutSample }
  | { status: 'pending'; state: string; sample: RolloutSample }
  | { status: 'failed'; state: string; reason: string; sample: RolloutSample; problems: PodProblem[] };

/** Judges one observation of a rollout; pure, so every path is unit-tested. */
export function assessRollout(view: RolloutView, elapsedMs = 0): Assessment {
  const { deployment } = view;
  const status = deployment.status ?? {};
  const desired = deployment.spec.replicas ?? 1;
  const sample: RolloutSample = {
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
  const complete =
    sample.updated === desired &&
    sample.ready === desired &&
    sample.available === desired &&
    (status.replicas ?? 0) === desired &&
    sample.oldPods === 0 &&
    (view.newReplicaSet === undefined || revisionOf(view.newReplicaSet) === revisionOf(deployment));
  return complete
    ? { status: 'done', state: `${desired}/${desired} updated, ready and available`, sample }
    : { status: 'pending', state, sample };
}

function oneLine(text: string): string {
  const line = text.trim().split(/\r?\n/).pop() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

export function podProblems(pods: Pod[]): PodProblem[] {
  const problems: PodProblem[] = [];
  for (const pod of pods) {
    const statuses: ContainerStatus[] = [
      ...(pod.status?.initContainerStatuses ?? []),
      ...(pod.status?.containerStatuses ?? []),
    ];
    for (const status of statuses) {
      const waiting = status.state?.waiting;
      if (!waiting?.reason || !(FAILING_REASONS as readonly string[]).includes(waiting.reason)) continue;
      const problem: PodProblem = {
        pod: pod.metadata.name,
        container: status.name,
        reason: waiting.reason,
        restarts: status.restartCount,
        events: [],
      };
      if (waiting.message) problem.message = waiting.message;
      const terminated = status.lastState?.terminated ?? status.state?.terminated;
      if (terminated) {
        problem.lastTermination = { exitCode: terminated.exitCode };
        if (terminated.reason) problem.lastTermination.reason = terminated.reason;
        if (terminated.message) problem.lastTermination.message = terminated.message;
      }
      problems.push(problem);
    }
  }
  return problems;
}

/** Reads the Deployment, its ReplicaSets and pods, and sorts the pods into new and old. */
async function observeRollout(client: KubeClient, namespace: string, name: string): Promise<RolloutView> {
  const deployment = await client.getDeployment(namespace, name);
  const selector = selectorToString(deployment.spec.selector);
  const [replicaSets, pods] = await Promise.all([
    client.listReplicaSets(namespace, selector),
    client.listPods(namespace, selector),
  ]);
  const owned = replicaSets.filter((rs) =>
    rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid),
  );
  const revision = deployment.metadata.annotations?.[REVISION_ANNOTATION];
  const newReplicaSet =
    revision === undefined
      ? undefined
      : owned.find((rs) => rs.metadata.annotations?.[REVISION_ANNOTATION] === revision);
  const ownerUid = (pod: Pod): string | undefined =>
    pod.metadata.ownerReferences?.find((owner) => owner.controller)?.uid;
  const oldUids = new Set(owned.filter((rs) => rs !== newReplicaSet).map((rs) => rs.metadata.uid));
  return {
    deployment,
    newReplicaSet,
    newPods: newReplicaSet ? pods.filter((pod) => ownerUid(pod) === newReplicaSet.metadata.uid) : [],
    oldPods: pods.filter((pod) => oldUids.has(ownerUid(pod))),
  };
}

export interface RolloutResult extends FollowResult {
  /** The Deployment's revision when the follow ended. */
  revision: number | undefined;
  /** One sample per change of state: replicas over time. */
  samples: RolloutSample[];
  problems: PodProblem[];
  deployment: Deployment | undefined;
}

/** Follows the rollout of one Deployment until it succeeds, fails, times out or is cancelled. */
export async function followRollout(
  client: KubeClient,
  target: { namespace: string; name: string },
  options: FollowOptions,
): Promise<RolloutResult> {
  const samples: RolloutSample[] = [];
  let last: RolloutView | undefined;
  let problems: PodProblem[] = [];
  let startedAt: number | undefined;
  const now = (): number => options.clock?.now() ?? Date.now();
  const outcome = await pollUntil<RolloutView>({
    check: async (): Promise<Check<RolloutView>> => {
      startedAt ??= now();
      const view = await observeRollout(client, target.namespace, target.name);
      last = view;
      const assessment = assessRollout(view, now() - startedAt);
      const previous = samples[samples.length - 1];
      if (
        !previous ||
        JSON.stringify({ ...previous, elapsedMs: 0 }) !==
          JSON.stringify({ ...assessment.sample, elapsedMs: 0 })
      )
        samples.push(assessment.sample);
      if (assessment.status === 'done') return { status: 'done', value: view, state: assessment.state };
      if (assessment.status === 'pending') return { status: 'pending', state: assessment.state };
      problems = await withEvents(client, target.namespace, assessment.problems);
      return { status: 'failed', reason: assessment.reason, value: view, state: assessment.state };
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
    maxDelayMs: options.maxPollIntervalMs,
    retryOn: isTransientKubeError,
    ...pollHooks(options),
    ...(options.onProgress
      ? { onProgress: (line: string) => options.onProgress?.(`${target.name}: ${line}`) }
      : {}),
  });
  const base = {
    state: outcome.state,
    elapsedMs: outcome.elapsedMs,
    polls: outcome.attempts,
    revision: last ? revisionOf(last.deployment) : undefined,
    samples,
    problems,
    deployment: last?.deployment,
  };
  const diagnostics = problems.length
    ? { diagnostics: (summary: Summary) => renderProblems(summary, problems) }
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
        reason: `the rollout did not finish within ${formatDuration(options.timeoutMs)}; state reached: ${outcome.state}`,
      };
    case 'cancelled':
      return { ...base, status: 'cancelled', reason: outcome.reason };
  }
}

async function withEvents(
  client: KubeClient,
  namespace: string,
  problems: PodProblem[],
): Promise<PodProblem[]> {
  const pods = [...new Set(problems.map((problem) => problem.pod))].slice(0, 5);
  const events = await Promise.all(
    pods.map((pod) =>
      client.listEvents(namespace, `involvedObject.kind=Pod,involvedObject.name=${pod}`).catch(() => []),
    ),
  );
  const byPod = new Map(
    pods.map((pod, index) => [
      pod,
      (events[index] ?? []).map((event) =>
        `${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`.trim(),
      ),
    ]),
  );
  return problems.map((problem) => ({ ...problem, events: byPod.get(problem.pod) ?? [] }));
}

function renderProblems(summary: Summary, problems: PodProblem[]): void {
  summary.table(
    ['Pod', 'Container', 'State', 'Restarts', 'Last termination'],
    problems
      .slice(0, 10)
      .map((problem) => [
        problem.pod,
        problem.container,
        problem.message ? `${problem.reason}: ${problem.message}` : problem.reason,
        String(problem.restarts),
        problem.lastTermination
          ? `exit ${problem.lastTermination.exitCode}${problem.lastTermination.reason ? ` (${problem.lastTermination.reason})` : ''}${problem.lastTermination.message ? `: ${problem.lastTermination.message}` : ''}`
          : '—',
      ]),
  );
  const events = [
    ...new Set(problems.flatMap((problem) => problem.events.map((event) => `${problem.pod}: ${event}`))),
  ];
  if (events.length) summary.details('Pod events', (inner) => inner.codeBlock(events.slice(-30).join('\n')));
}

/** Replicas over time as a small table for the job summary. */
export function renderSamples(summary: Summary, samples: RolloutSample[]): void {
  summary.table(
    ['Time', 'Updated', 'Ready', 'Available', 'Old pods'],
    samples
      .slice(-15)
      .map((sample) => [
        `+${formatDuration(sample.elapsedMs)}`,
        `${sample.updated}/${sample.desired}`,
        `${sample.ready}/${sample.desired}`,
        `${sample.available}/${sample.desired}`,
        String(sample.oldPods),
      ]),
  );
}
