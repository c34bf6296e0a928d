// Every path of the rollout judgement: generation not yet observed, in progress, old pods left,
// complete, ProgressDeadlineExceeded, and each failing container state of the new ReplicaSet.
import { describe, expect, it } from '@jest/globals';
import { assessRollout, podProblems, type RolloutView } from '../../../../shared/kube/rollout.js';
import type { Deployment, Pod } from '../../../../shared/kube/types.js';

function deployment(status: NonNullable<Deployment['status']>, generation = 2, replicas = 3): Deployment {
  return {
    metadata: {
      name: 'api',
      namespace: 'ode',
      generation,
      uid: 'u1',
      annotations: { 'deployment.kubernetes.io/revision': '2' },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'api' } },
      template: { spec: { containers: [{ name: 'api', image: 'api:v2' }] } },
      progressDeadlineSeconds: 120,
    },
    status,
  };
}

function pod(
  name: string,
  waiting?: { reason: string; message?: string },
  terminated?: { exitCode: number; message?: string },
): Pod {
  return {
    metadata: { name },
    spec: { containers: [{ name: 'api' }] },
    status: {
      containerStatuses: [
        {
          name: 'api',
          image: 'api:v2',
          ready: !waiting,
          restartCount: terminated ? 4 : 0,
          state: waiting ? { waiting } : { running: {} },
          ...(terminated ? { lastState: { terminated } } : {}),
        },
      ],
    },
  };
}

function view(d: Deployment, newPods: Pod[] = [], oldPods: Pod[] = []): RolloutView {
  return { deployment: d, newReplicaSet: undefined, newPods, oldPods };
}

const complete = {
  observedGeneration: 2,
  replicas: 3,
  updatedReplicas: 3,
  readyReplicas: 3,
  availableReplicas: 3,
};

describe('assessRollout', () => {
  it('waits until the controller has observed the new generation', () => {
    const result = assessRollout(view(deployment({ ...complete, observedGeneration: 1 })));
    expect(result).toMatchObject({
      status: 'pending',
      state: 'waiting for the Deployment controller to see generation 2',
    });
  });

  it('is pending while replicas are being updated', () => {
    const result = assessRollout(
      view(
        deployment({
          observedGeneration: 2,
          replicas: 4,
          updatedReplicas: 1,
          readyReplicas: 3,
          availableReplicas: 3,
        }),
      ),
    );
    expect(result).toMatchObject({ status: 'pending', state: '1/3 updated, 3 ready, 3 available' });
  });

  it('is pending while a pod of an older ReplicaSet remains, even with every counter at the desired count', () => {
    const result = assessRollout(view(deployment(complete), [], [pod('api-old-1')]));
    expect(result).toMatchObject({
      status: 'pending',
      state: '3/3 updated, 3 ready, 3 available, 1 old pod left',
    });
  });

  it('is done when updated, ready and available replicas equal the desired count and no old pod remains', () => {
    const result = assessRollout(view(deployment(complete), [pod('a'), pod('b'), pod('c')]), 4200);
    expect(result).toMatchObject({
      status: 'done',
      sample: { elapsedMs: 4200, desired: 3, updated: 3, ready: 3, available: 3, oldPods: 0 },
    });
  });

  it('treats a Deployment without replicas as one replica', () => {
    const d = deployment({
      observedGeneration: 2,
      replicas: 1,
      updatedReplicas: 1,
      readyReplicas: 1,
      availableReplicas: 1,
    });
    delete d.spec.replicas;
    expect(assessRollout(view(d)).status).toBe('done');
  });

  it('fails at once on ProgressDeadlineExceeded, with the condition message and the state reached', () => {
    const result = assessRollout(
      view(
        deployment({
          observedGeneration: 2,
          replicas: 4,
          updatedReplicas: 1,
          readyReplicas: 3,
          availableReplicas: 3,
          conditions: [
            {
              type: 'Progressing',
              status: 'False',
              reason: 'ProgressDeadlineExceeded',
              message: 'ReplicaSet "api-7d9" has timed out progressing.',
            },
          ],
        }),
      ),
    );
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.reason).toBe(
      'ProgressDeadlineExceeded: ReplicaSet "api-7d9" has timed out progressing. (progressDeadlineSeconds 120); 1/3 updated, 3 ready, 3 available',
    );
  });

  it.each([
    [
      'CrashLoopBackOff',
      { exitCode: 1, message: 'line one\npanic: no DATABASE_URL' },
      'panic: no DATABASE_URL',
    ],
    ['ImagePullBackOff', undefined, 'Back-off pulling image'],
    ['ErrImagePull', undefined, 'Back-off pulling image'],
    ['CreateContainerConfigError', undefined, 'Back-off pulling image'],
  ])('fails at once when a pod of the new ReplicaSet is in %s', (reason, terminated, shown) => {
    const failing = pod('api-new-1', { reason, message: 'Back-off pulling image "api:v2"' }, terminated);
    const result = assessRollout(
      view(deployment({ observedGeneration: 2, replicas: 4, updatedReplicas: 1 }), [failing]),
    );
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.reason).toContain(`pod api-new-1 of the new ReplicaSet is in ${reason} (container api: `);
    expect(result.reason).toContain(shown);
    expect(result.problems).toHaveLength(1);
  });

  it('does not fail for a pod that is only starting (ContainerCreating)', () => {
    const result = assessRollout(
      view(deployment({ observedGeneration: 2, replicas: 4, updatedReplicas: 1 }), [
        pod('api-new-1', { reason: 'ContainerCreating' }),
      ]),
    );
    expect(result.status).toBe('pending');
  });

  it('does not fail for a crash-looping pod of an older ReplicaSet', () => {
    const result = assessRollout(
      view(deployment(complete), [], [pod('api-old-1', { reason: 'CrashLoopBackOff' })]),
    );
    expect(result.status).toBe('pending');
  });
});

describe('podProblems', () => {
  it('reports init containers too, with restarts and last termination', () => {
    const p = pod('api-1');
    p.status = {
      initContainerStatuses: [
        {
          name: 'migrate',
          image: 'api:v2',
          ready: false,
          restartCount: 2,
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { exitCode: 3, reason: 'Error', message: 'migration failed' } },
        },
      ],
    };
    expect(podProblems([p])).toEqual([
      {
        pod: 'api-1',
        container: 'migrate',
        reason: 'CrashLoopBackOff',
        restarts: 2,
        lastTermination: { exitCode: 3, reason: 'Error', message: 'migration failed' },
        events: [],
      },
    ]);
  });
});
