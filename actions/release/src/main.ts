// The root action, the whole safe release in one process: read and check every input → (alarms
// exist) → deploy → smoke test → bake under the alarms → on any failure restore the previous
// state → outputs, the record and one timeline in the job summary.
import { readInputs } from '../../../shared/action/inputs.js';
import { ActionError } from '../../../shared/action/errors.js';
import { group, info } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { formatDuration } from '../../../shared/action/duration.js';
import { code, Summary } from '../../../shared/action/summary.js';
import type { CancelGrace, RunContext } from '../../../shared/action/run.js';
import type { WatchedAlarms } from '../../../shared/alarms/watch.js';
import { startStepBudget, type StepBudget } from '../../../shared/wait/budget.js';
import type { Timing } from '../../../shared/wait/timing.js';
import type { DeploymentRecord } from '../../../shared/record/record.js';
import type { FollowOptions } from '../../../shared/targets/types.js';
import { describeResource } from '../../../shared/record/describe.js';
import { afterFailure, deployErrorMessage } from '../../../shared/targets/result.js';
import { inputs, outputs } from './inputs.js';
import { givenInputs, planRelease, type ReleasePlan, type Values } from './plan.js';
import { maskChecks } from '../../../shared/http/secrets.js';
import { redact } from '../../../shared/action/secrets.js';
import { Timeline, type Outcome, type Phase } from './timeline.js';
import type { RecordRestore } from './rollback.js';
import { statesLabel } from './labels.js';
import { reportConsoleLinks } from '../../../shared/aws/console.js';
import { startGitHubDeployment } from '../../../shared/github/report.js';
import { releaseSubjects, releaseUrl, reportRelease } from './github.js';

/** Seams for unit tests: time, so that waits run in microseconds. */
export type MainDependencies = Timing;

type OutputValues = Partial<Record<(typeof outputs)[number], string | number | boolean | object>>;

/** Why the release failed, once it has; the rollback (if any) follows. */
interface Failure {
  /** The step that failed. */
  phase: Phase;
  reason: string;
  /** The deploy's own error, rethrown when nothing was rolled back so its words reach the log. */
  error?: unknown;
  /** Whether the target was changed (a rollback has something to undo). */
  changed: boolean;
}

function deployOutcome(status: DeploymentRecord['status'] | undefined): Outcome {
  return status === 'timed-out' ? 'timed out' : status === 'cancelled' ? 'cancelled' : 'failed';
}

export async function main(context: RunContext, dependencies: MainDependencies = {}): Promise<void> {
  const values = await readInputs(inputs);
  const plan = planRelease(values, givenInputs());
  // One budget for every wait for the deploy (and its rollback) to settle; smoke test and bake have their own.
  const budget = startStepBudget('wait-timeout', values['wait-timeout'], dependencies.clock);
  if (plan.smoke) maskChecks(plan.smoke.checks, plan.smoke.entryHeaders);
  const region = await releaseRegion(plan, values['aws-region']);
  const github = await startGitHubDeployment(values, 'release', releaseSubjects(plan, values, region));
  const reportToGitHub = () =>
    reportRelease(github, records, failure?.reason, releaseUrl(plan, result['stack-outputs']));

  const clock = dependencies.clock ?? { now: () => Date.now() };
  const timeline = new Timeline(context.startedAt.getTime(), () => clock.now());
  const details = new Summary();
  const follow = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: values['max-poll-interval'],
    signal: context.signal,
    onProgress: (line: string) => info(line),
    ...dependencies,
  };
  const result: OutputValues = {};
  /** What the deploy changed: one record per resource (EKS: per Deployment). */
  let records: DeploymentRecord[] = [];
  let failure: Failure | undefined;
  const finish = (): void => renderRelease(context, { timeline, details, plan, records, failure, result });

  try {
    const cloudwatch = plan.bake ? await bakeAlarms(plan.bake.alarms, region) : undefined;
    if (cloudwatch) {
      // A typo in an alarm name fails here, before anything changes.
      const { readPlacedAlarms } = await import('../../../shared/alarms/read.js');
      await readPlacedAlarms(cloudwatch.alarms, cloudwatch.clientFor);
    }

    // 1. Deploy
    ({ records, failure } = await deployStep(plan, values, {
      context,
      timeline,
      details,
      result,
      region,
      follow,
    }));

    // 2. Smoke test
    if (!failure && plan.smoke)
      failure = await smokeTest(plan, context, timeline, details, result, dependencies);
    else if (!failure) timeline.skip('smoke test', 'no url or checks given');

    // 3. Bake
    if (!failure && plan.bake && cloudwatch)
      failure = await bake(plan.bake, cloudwatch, values, context, timeline, dependencies);

    // 4. Rollback; after a cancel too (rollback-on-cancel), within the runner's grace period.
    if (failure)
      records = await rollbackStep(records, failure, plan, values, context, {
        timeline,
        details,
        result,
        follow,
        budget,
      });
    result['rolled-back'] = rolledBack(records);
    if (failure) result.reason = failure.reason;
  } catch (error) {
    // An error outside the steps (e.g. AccessDenied reading the alarms): report what was reached.
    failure ??= { phase: 'deploy', reason: deployErrorMessage(error), error, changed: false };
    result['rolled-back'] = rolledBack(records);
    result.reason = failure.reason;
    finish();
    await reportToGitHub();
    throw error;
  }
  finish();
  await reportToGitHub();
  if (context.signal.aborted)
    throw new ActionError(
      `Cancelled during the release (${timeline.steps.map((step) => `${step.phase}: ${step.outcome}`).join(', ') || 'before the deploy'}); ${rolledBack(records) ? 'the restore of the previous state was started.' : 'nothing was rolled back.'}`,
    );
  if (failure) {
    if (!rolledBack(records) && failure.error instanceof Error && !failure.changed) throw failure.error;
    throw new ActionError(
      `Release failed: ${failure.reason}${rolledBack(records) ? '; rolled back to the previous state.' : '.'}`,
    );
  }
  info(`Released in ${formatDuration(clock.now() - context.startedAt.getTime())}.`);
}

function rolledBack(records: DeploymentRecord[]): boolean {
  return records.length > 0 && records.every((record) => record.status === 'rolled-back');
}

/** What the steps of a release share: where they report, and how the deploy's waits run. */
interface Steps {
  timeline: Timeline;
  details: Summary;
  result: OutputValues;
  follow: FollowOptions;
}

/** The outputs and the job summary: the timeline, its headline, console links and the details. */
function renderRelease(
  context: RunContext,
  release: Omit<Steps, 'follow'> & {
    plan: ReleasePlan;
    records: DeploymentRecord[];
    failure: Failure | undefined;
  },
): void {
  const { timeline, details, plan, records, failure, result } = release;
  const deployment = records.length === 1 ? records[0] : records.length > 1 ? records : undefined;
  writeOutputs(outputs, { ...result, deployment });
  // The reason once: in the step's row when it has one, else in the headline.
  const told = failure && timeline.steps.some((step) => step.detail?.includes(failure.reason));
  const headline = failure
    ? `${context.signal.aborted ? 'Release cancelled' : 'Release failed'}${told ? ` at the ${failure.phase}` : `: ${failure.reason}`}${rolledBack(records) ? (context.signal.aborted ? ' — the restore of the previous state was started.' : ' — rolled back to the previous state.') : ''}`
    : 'Released: deployed, smoke-tested' + (plan.bake ? ' and baked' : '') + '.';
  const status = context.signal.aborted ? 'warning' : failure ? 'failure' : 'success';
  const title = records.length
    ? `Release of ${records.map((record) => code(describeResource(record))).join(', ')}`
    : 'Release';
  timeline.render(context.summary, title, status, headline);
  reportConsoleLinks(context.summary, records);
  if (!details.isEmpty()) context.summary.details('Details', (inner) => inner.append(details));
}

/** 1. Deploy: the target's records and outputs; a failure when it did not settle. */
async function deployStep(
  plan: ReleasePlan,
  values: Values,
  steps: Steps & { context: RunContext; region: string },
): Promise<{ records: DeploymentRecord[]; failure: Failure | undefined }> {
  const { timeline, context } = steps;
  const { deployTarget } = await import('./deploy.js');
  const endDeploy = timeline.begin('deploy');
  // Not a log group: the targets group their own steps, and GitHub does not nest groups.
  const deployed = await deployTarget(plan.deploy, values, {
    region: steps.region,
    startedAt: context.startedAt,
    follow: steps.follow,
    details: steps.details,
  });
  const records = deployed.records;
  Object.assign(steps.result, deployed.outputs);
  const from = statesLabel(records, 'previous');
  const to = statesLabel(records, 'current');
  const span = { from, to };
  const unsettled = records.find((record) => record.status !== 'succeeded');
  if (deployed.error !== undefined) {
    const reason = `deploy failed: ${deployErrorMessage(deployed.error).replace(/\.$/, '')}`;
    endDeploy(deployOutcome(unsettled?.status), { ...span, detail: reason });
    const changed = records.some((record) => record.current != null);
    return { records, failure: { phase: 'deploy', reason, error: deployed.error, changed } };
  }
  const messages = records.flatMap((record) => (record.message ? [record.message] : []));
  endDeploy('succeeded', { ...span, detail: messages.length ? messages.join('; ') : undefined });
  return { records, failure: undefined };
}

/** 4. Rollback (after a cancel too, with rollback-on-cancel); the records' final words. */
async function rollbackStep(
  records: DeploymentRecord[],
  failure: Failure,
  plan: ReleasePlan,
  values: Values,
  context: RunContext,
  steps: Steps & { budget: StepBudget },
): Promise<DeploymentRecord[]> {
  const { timeline } = steps;
  const cancelled = context.signal.aborted;
  const grace = cancelled && values['rollback-on-cancel'] ? context.grace : undefined;
  let restored: Restored = { records: new Set() };
  if (records.length && (!cancelled || grace))
    restored = await rollback(records, failure, plan, values, timeline, { ...steps, grace });
  else if (!cancelled) timeline.skip('rollback', 'nothing was changed');
  else if (records.length) timeline.skip('rollback', 'cancelled, and rollback-on-cancel is false');
  // New records, never the target's changed in place.
  return afterFailure(records, {
    reason: failure.reason,
    cancelled: context.signal.aborted,
    restored: restored.records,
    restoredNote: restored.note,
  });
}

/** The bake's alarms, each in its own region: an ARN's, else the release's. */
async function bakeAlarms(alarms: string[], region: string) {
  const [{ cloudWatchClients }, { placeAlarms }] = await Promise.all([
    import('../../../shared/alarms/clients.js'),
    import('../../../shared/alarms/regions.js'),
  ]);
  return { alarms: placeAlarms(alarms, [region], 'alarms'), clientFor: cloudWatchClients() };
}

async function smokeTest(
  plan: ReleasePlan,
  context: RunContext,
  timeline: Timeline,
  details: Summary,
  result: OutputValues,
  dependencies: MainDependencies,
): Promise<Failure | undefined> {
  const smoke = plan.smoke!;
  const [{ runSmokeChecks, reportForOutput }, { renderSmokeSummary }] = await Promise.all([
    import('../../../shared/http/smoke.js'),
    import('../../../shared/http/summary.js'),
  ]);
  const end = timeline.begin('smoke test');
  const report = await group(
    `Smoke test (${smoke.checks.length} check(s), up to ${formatDuration(smoke.timeoutMs)})`,
    () =>
      runSmokeChecks(smoke.checks, {
        timeoutMs: smoke.timeoutMs,
        requestTimeoutMs: smoke.requestTimeoutMs,
        intervalMs: smoke.intervalMs,
        consecutiveSuccesses: smoke.consecutiveSuccesses,
        signal: context.signal,
        clock: dependencies.clock,
        sleep: dependencies.sleep,
        random: dependencies.random,
        onProgress: (check, line) => info(redact(`[${check.name}] ${line}`)),
      }),
  );
  result.passed = report.passed;
  result.report = reportForOutput(report);
  // Why checks failed is the smoke test's row of the timeline: not again in the details.
  renderSmokeSummary(details, report, 'Smoke test', { reasons: false });
  const failed = report.checks.filter((check) => !check.passed);
  const detail = `${report.checks.length - failed.length}/${report.checks.length} check(s) passed`;
  if (context.signal.aborted) {
    end('cancelled', { detail });
    return { phase: 'smoke test', reason: 'cancelled during the smoke test', changed: true };
  }
  if (failed.length === 0) {
    end('succeeded', { detail });
    return undefined;
  }
  const reason =
    `smoke test failed: ` +
    failed.map((check) => `${check.name}: ${check.failureReason ?? check.outcome}`).join(' | ');
  end('failed', { detail: reason });
  return { phase: 'smoke test', reason, changed: true };
}

async function bake(
  bakePlan: NonNullable<ReleasePlan['bake']>,
  cloudwatch: WatchedAlarms,
  values: Values,
  context: RunContext,
  timeline: Timeline,
  dependencies: MainDependencies,
): Promise<Failure | undefined> {
  const { watchAlarms } = await import('../../../shared/alarms/watch.js');
  const end = timeline.begin('bake');
  const watch = await group(
    `Bake: watching ${bakePlan.alarms.length} alarm(s) for ${formatDuration(bakePlan.bakeTimeMs)}`,
    () =>
      watchAlarms({
        ...cloudwatch,
        bakeTimeMs: bakePlan.bakeTimeMs,
        // An alarm already firing before this release is not this release's fault.
        atStart: 'ignore',
        maxPollIntervalMs: values['max-poll-interval'],
        signal: context.signal,
        ...dependencies,
        onProgress: (line) => info(line),
      }),
  );
  const ignored = watch.alreadyInAlarm.length
    ? ` (already in ALARM at the start, ignored: ${watch.alreadyInAlarm.join(', ')})`
    : '';
  if (watch.outcome === 'alarm') {
    end('alarm', { detail: watch.reason });
    return { phase: 'bake', reason: watch.reason, changed: true };
  }
  if (watch.outcome === 'cancelled') {
    end('cancelled', { detail: `after ${formatDuration(watch.elapsedMs)}${ignored}` });
    return { phase: 'bake', reason: 'cancelled during the bake time', changed: true };
  }
  end('clear', { detail: `no alarm entered ALARM in ${formatDuration(watch.elapsedMs)}${ignored}` });
  return undefined;
}

/** The records a rollback restored, and after a cancel what it could say of the restore it started. */
interface Restored {
  records: Set<DeploymentRecord>;
  note?: string | undefined;
}

async function rollback(
  records: DeploymentRecord[],
  failure: Failure,
  plan: ReleasePlan,
  values: Values,
  timeline: Timeline,
  report: {
    details: Summary;
    result: OutputValues;
    follow: FollowOptions;
    budget: StepBudget;
    /** Set after a cancel: the restore is started, not followed, within the runner's grace period. */
    grace?: CancelGrace | undefined;
  },
): Promise<Restored> {
  if (!plan.rollback) {
    timeline.skip('rollback', 'rollback: false');
    return { records: new Set() };
  }
  const restorable = records.filter((record) => record.previous !== null && record.current !== null);
  if (!failure.changed || restorable.length === 0) {
    timeline.skip(
      'rollback',
      failure.changed ? 'the resource did not exist before; nothing to restore' : 'nothing was changed',
    );
    return { records: new Set() };
  }
  const { restoreAll } = await import('./rollback.js');
  const end = timeline.begin('rollback');
  const { grace } = report;
  const follow = grace ? graceFollow(report.follow, grace) : report.follow;
  if (!grace) {
    const extraMs = report.budget.ensureAtLeast(rollbackReserveMs(report.budget.totalMs));
    if (extraMs > 0)
      info(
        `The wait-timeout budget is all but spent; the rollback gets ${formatDuration(extraMs)} more (a quarter of wait-timeout).`,
      );
  }
  const commandStep = await rollbackCommandStep(plan, values, report.details, follow, grace);
  const restores = await group(`Rollback: ${failure.reason}`, () =>
    restoreAll(
      restorable,
      {
        ...follow,
        force: false,
        // After a cancel the runner ends the step within seconds: start the restore, do not follow it.
        wait: !grace,
        beforeEcsRestore: commandStep?.hook,
      },
      plan.deploy,
      report.details,
    ),
  );
  if (commandStep) {
    const { rollbackCommandOutput } = await import('../../../shared/targets/ecs/command.js');
    report.result['rollback-command-result'] = rollbackCommandOutput(commandStep.results);
  }
  return endRollback(end, restores, failure, grace);
}

/** The rollback's row of the timeline, and what it restored. */
function endRollback(
  end: ReturnType<Timeline['begin']>,
  restores: RecordRestore[],
  failure: Failure,
  grace: CancelGrace | undefined,
): Restored {
  const join = (parts: Array<string | undefined>): string | undefined =>
    parts.every((part) => part === undefined) ? undefined : parts.map((part) => part ?? '?').join('; ');
  const from = join(restores.map((restore) => restore.from));
  const to = join(restores.map((restore) => restore.to));
  const span = { from, to };
  const afterCancel = grace
    ? `restore started ${grace.sinceSignalMs()} ms after ${grace.signalName ?? 'the cancel'}, not followed (the runner ends a cancelled step within seconds)`
    : undefined;
  if (afterCancel) info(`Rollback on cancel: ${afterCancel}.`);
  const restored: Restored = {
    records: new Set(restores.flatMap((restore) => (restore.problem ? [] : [restore.record]))),
    note: afterCancel,
  };
  const problems = restores.flatMap((restore) => (restore.problem ? [restore.problem] : []));
  if (problems.length) {
    end('failed', { ...span, detail: problems.map((problem) => problem.detail).join(' | ') });
    failure.reason += `; ${problems.map((problem) => problem.reason).join('; ')}`;
    return restored;
  }
  const changed = restores.some((restore) => restore.changed);
  end(changed ? 'restored' : 'unchanged', {
    ...span,
    detail: afterCancel
      ? `${afterCancel} (${failure.phase} cancelled)`
      : changed
        ? `the previous state runs again (${failure.phase} failed)`
        : 'already in the previous state',
  });
  return restored;
}

/**
 * ECS: the rollback command runs from the release's task definition once the restore is decided;
 * not after a cancel (it runs a task and waits for it, longer than the grace period).
 */
async function rollbackCommandStep(
  plan: ReleasePlan,
  values: Values,
  summary: Summary,
  follow: FollowOptions,
  grace: CancelGrace | undefined,
) {
  if (plan.deploy.target !== 'ecs' || !plan.deploy.rollbackCommand) return undefined;
  if (grace) {
    info('The rollback command is not run after a cancel: it would outlast the grace period.');
    return undefined;
  }
  const { rollbackCommandStep } = await import('../../../shared/targets/ecs/rollback-command.js');
  return rollbackCommandStep({
    command: plan.deploy.rollbackCommand,
    container: values.container || undefined,
    summary,
    follow,
  });
}

/** What a rollback gets at least, when the deploy spent the budget: a quarter of wait-timeout. */
function rollbackReserveMs(waitTimeoutMs: number): number {
  return Math.ceil(waitTimeoutMs / 4);
}

/** The rollback after a cancel: stopped by the end of the grace period, not by the cancel itself. */
function graceFollow(follow: FollowOptions, grace: CancelGrace): FollowOptions {
  const signal = grace.claim();
  info(
    `Cancelled (${grace.signalName ?? 'signal'}): starting the restore of the previous state, ${formatDuration(grace.remainingMs())} left before the runner ends the step.`,
  );
  return { ...follow, signal, timeoutMs: Math.max(1, grace.remainingMs()) };
}

/** The region of every AWS call; an EKS release through a kubeconfig makes none without a bake. */
async function releaseRegion(plan: ReleasePlan, input: string): Promise<string> {
  const { resolveRegion } = await import('../../../shared/aws/clients.js');
  if (plan.deploy.target !== 'eks' || !plan.deploy.kubeconfig || plan.bake)
    return resolveRegion(input || undefined);
  try {
    return resolveRegion(input || undefined);
  } catch {
    return 'unknown';
  }
}
