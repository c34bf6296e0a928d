// The state of the fake cluster and the controllers that move it: a Deployment controller
// (ReplicaSets per template with revision annotations and pod-template-hash labels, rolling
// update with the default 25% surge / 25% unavailable, progress deadline) and a kubelet that
// runs pods over simulated time — healthy, or failing for images that match a pattern.
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type {
  Condition,
  Container,
  ContainerStatus,
  Deployment,
  KubeEvent,
  Pod,
  PodTemplateSpec,
  ReplicaSet,
} from '../../../shared/kube/types.js';
import {
  REVISION_ANNOTATION,
  TEMPLATE_HASH_LABEL,
  CHANGE_CAUSE_ANNOTATION,
} from '../../../shared/kube/types.js';
import { clone } from './patch.js';

export type Kind =
  | 'deployments'
  | 'replicasets'
  | 'pods'
  | 'events'
  | 'namespaces'
  | 'configmaps'
  | 'secrets'
  | 'services'
  | 'ingresses'
  | 'horizontalpodautoscalers';
type AnyObject = Deployment | ReplicaSet | Pod | KubeEvent;

export interface ImageFailure {
  /** Images matching this pattern fail the way `reason` says. */
  pattern: RegExp;
  reason: 'CrashLoopBackOff' | 'ImagePullBackOff' | 'CreateContainerConfigError';
  /** Termination message of the crashing container. */
  message?: string;
}

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  kind: Kind;
  object: AnyObject;
}

export interface NewDeployment {
  namespace?: string;
  name: string;
  replicas?: number;
  containers: Array<{ name: string; image: string }>;
  progressDeadlineSeconds?: number;
  labels?: Record<string, string>;
}

/** Pod runtime the kubelet simulates, kept beside the API object. */
interface PodRuntime {
  startedAt: number;
  failure: ImageFailure | undefined;
}

export class FakeCluster extends EventEmitter {
  /** Simulated time, in ms since the epoch. */
  now = Date.parse('2026-01-01T00:00:00Z');
  /** Simulated seconds per tick. */
  stepSeconds = 5;
  failures: ImageFailure[] = [];
  private resourceVersion = 1000;
  private readonly objects: Record<Kind, Map<string, AnyObject>> = {
    deployments: new Map(),
    replicasets: new Map(),
    pods: new Map(),
    events: new Map(),
    namespaces: new Map(),
    configmaps: new Map(),
    secrets: new Map(),
    services: new Map(),
    ingresses: new Map(),
    horizontalpodautoscalers: new Map(),
  };
  private readonly runtime = new Map<string, PodRuntime>();
  private readonly progressAt = new Map<string, number>();

  currentVersion(): string {
    return String(this.resourceVersion);
  }

  list<T extends AnyObject>(kind: Kind, namespace?: string): T[] {
    return [...this.objects[kind].values()].filter(
      (object) => namespace === undefined || object.metadata.namespace === namespace,
    ) as T[];
  }

  get<T extends AnyObject>(kind: Kind, namespace: string, name: string): T | undefined {
    return this.objects[kind].get(`${namespace}/${name}`) as T | undefined;
  }

  /** Stores an object: bumps resourceVersion, tells watchers. */
  put<T extends AnyObject>(kind: Kind, object: T): T {
    const key = `${kind === 'namespaces' ? '' : (object.metadata.namespace ?? 'default')}/${object.metadata.name}`;
    const existed = this.objects[kind].has(key);
    this.resourceVersion += 1;
    object.metadata.resourceVersion = String(this.resourceVersion);
    object.metadata.uid ??= randomUUID();
    object.metadata.creationTimestamp ??= this.isoNow();
    this.objects[kind].set(key, object);
    this.emit('change', {
      type: existed ? 'MODIFIED' : 'ADDED',
      kind,
      object: clone(object),
    } satisfies WatchEvent);
    return object;
  }

  remove(kind: Kind, object: AnyObject): void {
    const key = `${kind === 'namespaces' ? '' : (object.metadata.namespace ?? 'default')}/${object.metadata.name}`;
    if (!this.objects[kind].delete(key)) return;
    this.resourceVersion += 1;
    this.runtime.delete(key);
    this.emit('change', { type: 'DELETED', kind, object: clone(object) } satisfies WatchEvent);
  }

  isoNow(): string {
    return new Date(this.now).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  createDeployment(spec: NewDeployment): Deployment {
    const namespace = spec.namespace ?? 'default';
    const labels = spec.labels ?? { app: spec.name };
    const deployment: Deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: spec.name, namespace, generation: 1, labels: { ...labels }, annotations: {} },
      spec: {
        replicas: spec.replicas ?? 2,
        selector: { matchLabels: { ...labels } },
        template: {
          metadata: { labels: { ...labels } },
          spec: {
            containers: spec.containers.map((container) => ({
              name: container.name,
              image: container.image,
              imagePullPolicy: 'IfNotPresent',
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
            })),
            restartPolicy: 'Always',
            terminationGracePeriodSeconds: 30,
            dnsPolicy: 'ClusterFirst',
            schedulerName: 'default-scheduler',
            securityContext: {},
          },
        },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        progressDeadlineSeconds: spec.progressDeadlineSeconds ?? 600,
        revisionHistoryLimit: 10,
      },
      status: {},
    };
    return this.put('deployments', deployment);
  }

  /** Advances simulated time by one step and lets every controller act once. */
  tick(steps = 1): void {
    for (let i = 0; i < steps; i += 1) {
      this.now += this.stepSeconds * 1000;
      this.runKubelet();
      for (const deployment of this.list<Deployment>('deployments')) this.syncDeployment(deployment);
    }
  }

  /** Ticks until every Deployment is complete or failed, at most `max` steps. */
  settle(max = 50): void {
    for (let i = 0; i < max; i += 1) {
      this.tick();
      if (this.list<Deployment>('deployments').every((d) => this.isSettled(d))) return;
    }
  }

  private isSettled(deployment: Deployment): boolean {
    const status = deployment.status ?? {};
    const desired = deployment.spec.replicas ?? 1;
    const progressing = status.conditions?.find((c) => c.type === 'Progressing');
    return (
      (status.observedGeneration ?? 0) >= (deployment.metadata.generation ?? 0) &&
      ((status.updatedReplicas === desired &&
        status.replicas === desired &&
        status.availableReplicas === desired) ||
        progressing?.reason === 'ProgressDeadlineExceeded')
    );
  }

  // ---- Deployment controller ----

  private ownedReplicaSets(deployment: Deployment): ReplicaSet[] {
    return this.list<ReplicaSet>('replicasets', deployment.metadata.namespace).filter((rs) =>
      rs.metadata.ownerReferences?.some((owner) => owner.controller && owner.uid === deployment.metadata.uid),
    );
  }

  private syncDeployment(deployment: Deployment): void {
    const key = `${deployment.metadata.namespace}/${deployment.metadata.name}`;
    const owned = this.ownedReplicaSets(deployment);
    const newRs = this.ensureNewReplicaSet(deployment, owned);
    const oldSets = this.ownedReplicaSets(deployment).filter((rs) => rs !== newRs);
    const desired = deployment.spec.replicas ?? 1;
    const surge = Math.max(1, Math.ceil(desired * 0.25));
    const maxUnavailable = Math.floor(desired * 0.25);

    const podsOf = (rs: ReplicaSet): Pod[] =>
      this.list<Pod>('pods', rs.metadata.namespace).filter((pod) =>
        pod.metadata.ownerReferences?.some((owner) => owner.uid === rs.metadata.uid),
      );
    const readyCount = (rs: ReplicaSet): number => podsOf(rs).filter(isPodReady).length;
    const total = (): number => [newRs, ...oldSets].reduce((sum, rs) => sum + (rs.spec.replicas ?? 0), 0);

    let changed = false;
    if ((newRs.spec.replicas ?? 0) < desired && total() < desired + surge) {
      const from = newRs.spec.replicas ?? 0;
      newRs.spec.replicas = Math.min(desired, from + desired + surge - total());
      changed = true;
      this.recordEvent(
        deployment,
        'ScalingReplicaSet',
        `Scaled up replica set ${newRs.metadata.name} from ${from} to ${newRs.spec.replicas}`,
      );
    }
    if ((newRs.spec.replicas ?? 0) > desired) newRs.spec.replicas = desired;
    const readyTotal = readyCount(newRs) + oldSets.reduce((sum, rs) => sum + readyCount(rs), 0);
    let canRemove = readyTotal - (desired - maxUnavailable);
    for (const rs of oldSets) {
      const replicas = rs.spec.replicas ?? 0;
      if (replicas === 0) continue;
      const unready = replicas - readyCount(rs);
      const removable = Math.min(replicas, unready + Math.max(0, canRemove));
      if (removable <= 0) continue;
      canRemove -= Math.max(0, removable - unready);
      rs.spec.replicas = replicas - removable;
      this.recordEvent(
        deployment,
        'ScalingReplicaSet',
        `Scaled down replica set ${rs.metadata.name} from ${replicas} to ${rs.spec.replicas}`,
      );
      changed = true;
    }
    for (const rs of [newRs, ...oldSets]) this.syncReplicaSet(rs, changed);

    const allPods = [newRs, ...oldSets].flatMap(podsOf);
    const updated = podsOf(newRs).length;
    const ready = allPods.filter(isPodReady).length;
    const previous = deployment.status ?? {};
    const complete = updated === desired && allPods.length === desired && ready === desired;
    const progressed =
      updated !== previous.updatedReplicas ||
      ready !== previous.readyReplicas ||
      allPods.length !== previous.replicas;
    if (progressed || !this.progressAt.has(key)) this.progressAt.set(key, this.now);
    const deadlineMs = (deployment.spec.progressDeadlineSeconds ?? 600) * 1000;
    const prior = previous.conditions?.find((c) => c.type === 'Progressing');
    let progressing: Condition;
    if (complete)
      progressing = condition(
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        `ReplicaSet "${newRs.metadata.name}" has successfully progressed.`,
      );
    else if (
      prior?.reason === 'ProgressDeadlineExceeded' ||
      this.now - (this.progressAt.get(key) ?? this.now) > deadlineMs
    )
      progressing = condition(
        'Progressing',
        'False',
        'ProgressDeadlineExceeded',
        `ReplicaSet "${newRs.metadata.name}" has timed out progressing.`,
      );
    else
      progressing = condition(
        'Progressing',
        'True',
        'ReplicaSetUpdated',
        `ReplicaSet "${newRs.metadata.name}" is progressing.`,
      );
    const available = ready >= desired - maxUnavailable;
    const status = {
      observedGeneration: deployment.metadata.generation ?? 1,
      replicas: allPods.length,
      updatedReplicas: updated,
      readyReplicas: ready,
      availableReplicas: ready,
      unavailableReplicas: Math.max(0, desired - ready),
      conditions: [
        keepTimes(
          condition(
            'Available',
            available ? 'True' : 'False',
            available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
            available
              ? 'Deployment has minimum availability.'
              : 'Deployment does not have minimum availability.',
          ),
          previous.conditions,
          this.isoNow(),
        ),
        keepTimes(progressing, previous.conditions, this.isoNow()),
      ],
    };
    for (const key of [
      'readyReplicas',
      'availableReplicas',
      'updatedReplicas',
      'unavailableReplicas',
      'replicas',
    ] as const)
      if (status[key] === 0) delete (status as Partial<typeof status>)[key];
    if (JSON.stringify(status) !== JSON.stringify(deployment.status)) {
      deployment.status = status;
      this.put('deployments', deployment);
    }
  }

  /** The ReplicaSet of the Deployment's current template: found (a rollback) or created. */
  private ensureNewReplicaSet(deployment: Deployment, owned: ReplicaSet[]): ReplicaSet {
    const hash = templateHash(deployment.spec.template);
    const maxRevision = Math.max(
      0,
      ...owned.map((rs) => Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0)),
    );
    const annotations = deployment.metadata.annotations ?? {};
    let rs = owned.find((candidate) => sameTemplate(candidate.spec.template, deployment.spec.template));
    if (!rs) {
      const template = clone(deployment.spec.template);
      template.metadata = {
        ...template.metadata,
        labels: { ...template.metadata?.labels, [TEMPLATE_HASH_LABEL]: hash },
      };
      rs = this.put<ReplicaSet>('replicasets', {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${deployment.metadata.name}-${hash}`,
          namespace: deployment.metadata.namespace ?? 'default',
          generation: 1,
          labels: { ...deployment.spec.selector.matchLabels, ...template.metadata.labels },
          annotations: {
            [REVISION_ANNOTATION]: String(maxRevision + 1),
            'deployment.kubernetes.io/desired-replicas': String(deployment.spec.replicas ?? 1),
            'deployment.kubernetes.io/max-replicas': String((deployment.spec.replicas ?? 1) + 1),
            ...(annotations[CHANGE_CAUSE_ANNOTATION]
              ? { [CHANGE_CAUSE_ANNOTATION]: annotations[CHANGE_CAUSE_ANNOTATION] }
              : {}),
          },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: deployment.metadata.name,
              uid: deployment.metadata.uid ?? '',
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: {
          replicas: 0,
          selector: { matchLabels: { ...deployment.spec.selector.matchLabels, [TEMPLATE_HASH_LABEL]: hash } },
          template,
        },
        status: { replicas: 0 },
      });
      this.recordEvent(deployment, 'ScalingReplicaSet', `Created new replica set ${rs.metadata.name}`);
    } else if (Number(rs.metadata.annotations?.[REVISION_ANNOTATION] ?? 0) !== maxRevision) {
      rs.metadata.annotations = {
        ...rs.metadata.annotations,
        [REVISION_ANNOTATION]: String(maxRevision + 1),
      };
      if (annotations[CHANGE_CAUSE_ANNOTATION])
        rs.metadata.annotations[CHANGE_CAUSE_ANNOTATION] = annotations[CHANGE_CAUSE_ANNOTATION];
      this.put('replicasets', rs);
    }
    const revision = rs.metadata.annotations?.[REVISION_ANNOTATION] ?? '1';
    if (annotations[REVISION_ANNOTATION] !== revision) {
      deployment.metadata.annotations = { ...annotations, [REVISION_ANNOTATION]: revision };
      this.put('deployments', deployment);
    }
    return rs;
  }

  /** ReplicaSet controller: as many pods as spec.replicas, unready ones removed first. */
  private syncReplicaSet(rs: ReplicaSet, specChanged: boolean): void {
    const namespace = rs.metadata.namespace ?? 'default';
    const pods = this.list<Pod>('pods', namespace).filter((pod) =>
      pod.metadata.ownerReferences?.some((owner) => owner.uid === rs.metadata.uid),
    );
    const wanted = rs.spec.replicas ?? 0;
    const sorted = [...pods].sort((a, b) => Number(isPodReady(a)) - Number(isPodReady(b)));
    for (const pod of sorted.slice(0, Math.max(0, pods.length - wanted))) this.remove('pods', pod);
    for (let i = pods.length; i < wanted; i += 1) this.createPod(rs);
    const live = Math.min(pods.length, wanted) + Math.max(0, wanted - pods.length);
    const ready = this.list<Pod>('pods', namespace).filter(
      (pod) =>
        pod.metadata.ownerReferences?.some((owner) => owner.uid === rs.metadata.uid) && isPodReady(pod),
    ).length;
    const status = {
      replicas: live,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    if (specChanged || JSON.stringify(status) !== JSON.stringify(rs.status)) {
      rs.status = status;
      this.put('replicasets', rs);
    }
  }

  private createPod(rs: ReplicaSet): void {
    const namespace = rs.metadata.namespace ?? 'default';
    const suffix = randomUUID().replace(/-/g, '').slice(0, 5);
    const template = clone(rs.spec.template);
    const pod: Pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${rs.metadata.name}-${suffix}`,
        namespace,
        labels: { ...template.metadata?.labels },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: rs.metadata.name,
            uid: rs.metadata.uid ?? '',
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      spec: template.spec,
      status: {
        phase: 'Pending',
        conditions: [condition('PodScheduled', 'True', '', '')],
        containerStatuses: template.spec.containers.map((container) => ({
          name: container.name,
          image: container.image ?? '',
          ready: false,
          restartCount: 0,
          state: { waiting: { reason: 'ContainerCreating' } },
        })),
      },
    };
    const failure = this.failures.find((candidate) =>
      template.spec.containers.some((c) => candidate.pattern.test(c.image ?? '')),
    );
    this.runtime.set(`${namespace}/${pod.metadata.name}`, { startedAt: this.now, failure });
    this.put('pods', pod);
    this.recordEvent(pod, 'Scheduled', `Successfully assigned ${namespace}/${pod.metadata.name} to node-1`);
  }

  // ---- kubelet ----

  private runKubelet(): void {
    for (const pod of this.list<Pod>('pods')) {
      const runtime = this.runtime.get(`${pod.metadata.namespace}/${pod.metadata.name}`);
      if (!runtime) continue;
      const before = JSON.stringify(pod.status);
      const ageTicks = Math.round((this.now - runtime.startedAt) / (this.stepSeconds * 1000));
      pod.status = {
        ...pod.status,
        containerStatuses: pod.spec.containers.map((container) =>
          this.containerStatus(pod, container, runtime, ageTicks),
        ),
      };
      const ready = pod.status.containerStatuses?.every((status) => status.ready) ?? false;
      pod.status.phase = runtime.failure?.reason === 'CrashLoopBackOff' || ready ? 'Running' : 'Pending';
      pod.status.conditions = [
        condition('PodScheduled', 'True', '', ''),
        condition('ContainersReady', ready ? 'True' : 'False', ready ? '' : 'ContainersNotReady', ''),
        condition('Ready', ready ? 'True' : 'False', ready ? '' : 'ContainersNotReady', ''),
      ].map((c) => stripEmpty(c));
      if (JSON.stringify(pod.status) !== before) this.put('pods', pod);
    }
  }

  private containerStatus(
    pod: Pod,
    container: Container,
    runtime: PodRuntime,
    ageTicks: number,
  ): ContainerStatus {
    const image = container.image ?? '';
    const failure = runtime.failure && runtime.failure.pattern.test(image) ? runtime.failure : undefined;
    const base = { name: container.name, image, ready: false, restartCount: 0 };
    if (ageTicks < 1) return { ...base, state: { waiting: { reason: 'ContainerCreating' } } };
    if (!failure)
      return {
        ...base,
        ready: true,
        state: { running: { startedAt: new Date(runtime.startedAt + 1000).toISOString() } },
      };
    const restarts = Math.max(0, ageTicks - 1);
    switch (failure.reason) {
      case 'CrashLoopBackOff': {
        const message = failure.message ?? 'panic: cannot connect to database';
        if (restarts === 0 || restarts === 1)
          this.recordEvent(
            pod,
            'BackOff',
            `Back-off restarting failed container ${container.name} in pod ${pod.metadata.name}`,
            'Warning',
          );
        return {
          ...base,
          restartCount: restarts + 1,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off 10s restarting failed container=${container.name} pod=${pod.metadata.name}`,
            },
          },
          lastState: { terminated: { exitCode: 1, reason: 'Error', message, finishedAt: this.isoNow() } },
        };
      }
      case 'ImagePullBackOff':
        if (restarts === 0)
          this.recordEvent(pod, 'Failed', `Failed to pull image "${image}": not found`, 'Warning');
        return {
          ...base,
          state: {
            waiting: {
              reason: restarts === 0 ? 'ErrImagePull' : 'ImagePullBackOff',
              message: `Back-off pulling image "${image}"`,
            },
          },
        };
      case 'CreateContainerConfigError':
        if (restarts === 0)
          this.recordEvent(pod, 'Failed', 'Error: secret "db-password" not found', 'Warning');
        return {
          ...base,
          state: {
            waiting: { reason: 'CreateContainerConfigError', message: 'secret "db-password" not found' },
          },
        };
    }
  }

  recordEvent(about: Deployment | Pod | ReplicaSet, reason: string, message: string, type = 'Normal'): void {
    const namespace = about.metadata.namespace ?? 'default';
    const kind =
      'spec' in about && 'containers' in about.spec
        ? 'Pod'
        : 'selector' in about.spec && 'strategy' in about.spec
          ? 'Deployment'
          : 'ReplicaSet';
    const event: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${about.metadata.name}.${(this.resourceVersion + 1).toString(16)}`, namespace },
      involvedObject: { kind, name: about.metadata.name, namespace, uid: about.metadata.uid ?? '' },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: this.isoNow(),
      lastTimestamp: this.isoNow(),
    };
    this.put('events', event);
  }
}

function condition(type: string, status: 'True' | 'False', reason: string, message: string): Condition {
  return { type, status, reason, message };
}

function stripEmpty(c: Condition): Condition {
  const result: Condition = { type: c.type, status: c.status };
  if (c.reason) result.reason = c.reason;
  if (c.message) result.message = c.message;
  return result;
}

function keepTimes(next: Condition, previous: Condition[] | undefined, now: string): Condition {
  const before = previous?.find((c) => c.type === next.type);
  const same = before && before.status === next.status && before.reason === next.reason;
  return {
    ...next,
    lastUpdateTime: same && next.reason !== 'ReplicaSetUpdated' ? (before.lastUpdateTime ?? now) : now,
    lastTransitionTime: before && before.status === next.status ? (before.lastTransitionTime ?? now) : now,
  };
}

export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
}

function withoutHash(template: PodTemplateSpec): PodTemplateSpec {
  const copy = clone(template);
  if (copy.metadata?.labels) delete copy.metadata.labels[TEMPLATE_HASH_LABEL];
  return copy;
}

function sameTemplate(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return stableJson(withoutHash(a)) === stableJson(withoutHash(b));
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A pod-template-hash look-alike: 10 characters from Kubernetes' safe alphabet. */
function templateHash(template: PodTemplateSpec): string {
  const digest = createHash('sha256')
    .update(stableJson(withoutHash(template)))
    .digest();
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  return [...digest.subarray(0, 10)].map((byte) => alphabet[byte % alphabet.length]).join('');
}
