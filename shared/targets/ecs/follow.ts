// Follows one ECS deployment, by its id, until it completes, fails or the deadline passes.
import { DescribeServicesCommand, type Deployment, type ECSClient, type Service } from '@aws-sdk/client-ecs';
import { pollHooks, pollUntil, type Check } from '../../wait/poll.js';
import type { FollowOptions, FollowResult } from '../types.js';
import { ActionError } from '../../action/errors.js';

export interface ServiceRef {
  cluster: string;
  service: string;
}

export async function describeService(ecs: ECSClient, ref: ServiceRef): Promise<Service> {
  const response = await ecs.send(
    new DescribeServicesCommand({ cluster: ref.cluster, services: [ref.service] }),
  );
  const service = response.services?.[0];
  if (!service) {
    const reason = response.failures?.[0]?.reason ?? 'MISSING';
    throw new ActionError(
      `ECS service '${ref.service}' was not found in cluster '${ref.cluster}' (${reason}).`,
    );
  }
  return service;
}

export function describeDeployment(deployment: Deployment): string {
  const counts = `${deployment.runningCount ?? 0}/${deployment.desiredCount ?? 0} running, ${deployment.pendingCount ?? 0} pending, ${deployment.failedTasks ?? 0} failed`;
  return `${deployment.status ?? '?'} ${deployment.rolloutState ?? '?'}: ${counts}`;
}

/** One look at the service: where this deployment stands. */
export function evaluate(service: Service, deploymentId: string): Check<Deployment> {
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
  if (
    deployment.status === 'PRIMARY' &&
    deployment.rolloutState === 'COMPLETED' &&
    (deployment.runningCount ?? 0) === (deployment.desiredCount ?? 0)
  )
    return { status: 'done', value: deployment, state };
  return { status: 'pending', state };
}

export interface DeploymentFollowResult extends FollowResult {
  deployment?: Deployment | undefined;
  service?: Service | undefined;
}

export async function followDeployment(
  ecs: ECSClient,
  ref: ServiceRef & { deploymentId: string },
  options: FollowOptions,
): Promise<DeploymentFollowResult> {
  let lastService: Service | undefined;
  let lastDeployment: Deployment | undefined;
  const outcome = await pollUntil<Deployment>({
    check: async () => {
      lastService = await describeService(ecs, ref);
      const result = evaluate(lastService, ref.deploymentId);
      if (result.status !== 'pending' && result.value) lastDeployment = result.value;
      else lastDeployment = lastService.deployments?.find((d) => d.id === ref.deploymentId) ?? lastDeployment;
      return result;
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
    maxDelayMs: options.maxPollIntervalMs,
    ...pollHooks(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const common = {
    state: outcome.state,
    elapsedMs: outcome.elapsedMs,
    polls: outcome.attempts,
    deployment: lastDeployment,
    service: lastService,
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
export function deploymentInProgress(service: Service): Deployment | undefined {
  const deployments = service.deployments ?? [];
  if (deployments.length > 1) return deployments.find((d) => d.status === 'PRIMARY') ?? deployments[0];
  const only = deployments[0];
  return only?.rolloutState === 'IN_PROGRESS' ? only : undefined;
}

/** Waits until no other deployment of the service is rolling out (if-in-progress: wait). */
export async function waitForQuiet(
  ecs: ECSClient,
  ref: ServiceRef,
  options: FollowOptions,
): Promise<FollowResult> {
  const outcome = await pollUntil<Service>({
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
    ...pollHooks(options),
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
