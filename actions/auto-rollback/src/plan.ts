// Turns the inputs into what to roll back: records decoded and checked, or a manual target,
// and the alarm watch. Everything here runs before any AWS call.
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { bakeWindow } from '../../../shared/action/inputs-shared.js';
import { decodeRecords, RecordError } from '../../../shared/record/validate.js';
import type { DeploymentRecord, Target } from '../../../shared/record/record.js';
import { describeResource } from '../../../shared/record/describe.js';
import type { ManualTarget } from '../../../shared/targets/registry.js';
import type { inputs } from './inputs.js';
import { NOT_QUOTED, rollbackCommand, rollbackCommandDigest } from '../../../shared/targets/ecs/command.js';

type Values = InputValues<typeof inputs>;

type PlannedManual = ManualTarget & { region: string | undefined };

export interface RollbackPlan {
  records?: DeploymentRecord[];
  manual?: PlannedManual;
  alarms?: { names: string[]; bakeTimeMs: number; atStart: 'ignore' | 'fail' };
  /** Run before the one ECS record's service is restored (e.g. a schema downgrade). */
  rollbackCommand?: string[];
}

const TASK_DEFINITION = /^(arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/;

const IDENTIFIERS: Record<Target, Array<keyof Values>> = {
  ecs: ['cluster', 'service'],
  lambda: ['function-name'],
  eks: ['cluster-name', 'deployment-name'],
  cloudformation: ['stack-name'],
  ec2: [],
};

function required(values: Values, target: Target): void {
  for (const name of IDENTIFIERS[target])
    if (!values[name]) throw new InputError(name, '', `required with target: ${target}`);
}

function manualTarget(values: Values, target: Target): PlannedManual {
  required(values, target);
  const to = values.to || undefined;
  const region = values['aws-region'] || undefined;
  switch (target) {
    case 'ecs':
      if (to !== undefined && !TASK_DEFINITION.test(to))
        throw new InputError('to', to, 'a task-definition ARN or family:revision');
      return {
        target,
        region,
        ecs: { cluster: values.cluster, service: values.service, to },
      };
    case 'lambda':
      if (to !== undefined && !/^[1-9]\d*$/.test(to))
        throw new InputError('to', to, 'a published version number');
      return {
        target,
        region,
        lambda: {
          functionName: values['function-name'],
          alias: values.alias || undefined,
          to,
        },
      };
    case 'eks':
      if (to !== undefined && !/^[1-9]\d*$/.test(to))
        throw new InputError('to', to, 'a Deployment revision number');
      return {
        target,
        region,
        eks: {
          cluster: values['cluster-name'],
          namespace: values.namespace,
          deployment: values['deployment-name'],
          to: to === undefined ? undefined : Number(to),
        },
      };
    case 'cloudformation':
      if (to !== undefined)
        throw new InputError(
          'to',
          to,
          'nothing with target: cloudformation (the last good stack state is found live)',
        );
      return { target, region, cloudformation: { stackName: values['stack-name'] } };
    case 'ec2':
      throw new InputError(
        'target',
        target,
        'ecs, lambda, eks or cloudformation; an EC2 rollback takes the `deployment` record of deploy-ec2',
      );
  }
}

function decode(text: string): DeploymentRecord[] {
  try {
    return decodeRecords(text);
  } catch (error) {
    if (error instanceof RecordError)
      throw new InputError(
        'deployment',
        text,
        'the `deployment` output of one of our deploy actions',
        error.message,
      );
    throw error;
  }
}

/** One record per resource, each in the region it names (aws-region may only agree). */
function checkRecords(records: DeploymentRecord[], region: string): DeploymentRecord[] {
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const key = `${record.region}/${describeResource(record)}`;
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(
        'deployment',
        `[${first}] and [${index}]`,
        'one record per resource',
        `records ${first} and ${index} both restore ${describeResource(record)} in ${record.region}`,
      );
    seen.set(key, index);
    if (region && record.region !== region)
      throw new InputError(
        'aws-region',
        region,
        `the region of the records (each record is restored in its own region; leave aws-region empty)`,
        `record ${index} (${describeResource(record)}) is in ${record.region}`,
      );
  });
  return records;
}

/** A downgrade runs once, for one ECS service: exactly one ECS record or a manual ECS target. */
function checkRollbackCommand(text: string, plan: RollbackPlan): void {
  const accepted =
    'a command only for a rollback of exactly one ECS service (it runs once, before that service is restored)';
  if (plan.manual && plan.manual.target !== 'ecs')
    throw new InputError('rollback-command', text, accepted, `target is ${plan.manual.target}`, NOT_QUOTED);
  const ecsRecords = plan.records?.filter((record) => record.target === 'ecs').length;
  if (ecsRecords !== undefined && ecsRecords !== 1)
    throw new InputError(
      'rollback-command',
      text,
      accepted,
      `the deployment holds ${ecsRecords} ECS records`,
      NOT_QUOTED,
    );
}

/**
 * A release deployed with a rollback-command carries its digest: a rollback must be given the same
 * command, so that the code never goes back over a schema the release migrated forward.
 */
function checkDeclaredCommand(
  text: string,
  command: string[] | undefined,
  records: DeploymentRecord[],
): void {
  for (const record of records) {
    const declared = record.target === 'ecs' ? record.current?.rollbackCommandDigest : undefined;
    if (!declared) continue;
    if (!command)
      throw new InputError(
        'rollback-command',
        '',
        `the rollback command ${describeResource(record)} was deployed with (its digest ${declared} is in the record): ` +
          'restoring its code alone would leave the database migrated forward; a manual rollback (target: ecs) restores the code only',
      );
    if (rollbackCommandDigest(command) !== declared)
      throw new InputError(
        'rollback-command',
        text,
        `the command ${describeResource(record)} was deployed with (digest ${declared})`,
        `its digest is ${rollbackCommandDigest(command)}`,
        NOT_QUOTED,
      );
  }
}

export function planRollback(values: Values): RollbackPlan {
  const plan: RollbackPlan = {};
  if (values.deployment && values.target)
    throw new InputError('target', values.target, 'either `deployment` or `target`, not both');
  if (values.deployment && values.to)
    throw new InputError(
      'to',
      values.to,
      'no `to` with `deployment` (a record restores the state its own deploy replaced); give `to` with `target` for a manual rollback',
    );
  if (values.deployment) plan.records = checkRecords(decode(values.deployment), values['aws-region']);
  else if (values.target) plan.manual = manualTarget(values, values.target);
  else
    throw new InputError(
      'deployment',
      '',
      'a deployment record (`steps.<deploy>.outputs.deployment`), or `target` with its identifiers for a manual rollback',
    );
  const command = rollbackCommand(values['rollback-command']);
  if (command) {
    checkRollbackCommand(values['rollback-command'], plan);
    plan.rollbackCommand = command;
  }
  checkDeclaredCommand(values['rollback-command'], command, plan.records ?? []);
  const bake = bakeWindow(values);
  if (bake)
    plan.alarms = {
      names: bake.alarms,
      bakeTimeMs: bake.bakeTimeMs,
      atStart: values['alarms-in-alarm-at-start'],
    };
  return plan;
}
