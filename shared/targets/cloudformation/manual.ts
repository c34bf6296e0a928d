// A rollback without a record: only the states CloudFormation itself can resolve qualify — an
// update in progress (cancelled) or a rollback stuck in UPDATE_ROLLBACK_FAILED (continued).
// The template of an earlier stable state is not kept by CloudFormation, so that needs the record.
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';
import { RECORD_SCHEMA, type CloudFormationRecord } from '../../record/record.js';
import { describeStack } from './stack.js';

const RESOLVABLE = ['UPDATE_IN_PROGRESS', 'UPDATE_ROLLBACK_FAILED'];

export async function manualStackRecord(
  cfn: CloudFormationClient,
  region: string,
  target: { stackName: string },
): Promise<CloudFormationRecord> {
  const stack = await describeStack(cfn, target.stackName);
  if (!stack) throw new ActionError(`CloudFormation stack ${target.stackName} does not exist in ${region}.`);
  const status = stack.StackStatus ?? 'UNKNOWN';
  if (!RESOLVABLE.includes(status))
    throw new ActionError(
      `Stack ${target.stackName} is ${status}. Without a deployment record only an update in progress (cancelled) or UPDATE_ROLLBACK_FAILED (continued) can be rolled back: CloudFormation keeps no earlier template. Pass the deploy step's 'deployment' output to restore the previous template and parameters.`,
    );
  const parameters = (stack.Parameters ?? []).map((p) => ({
    key: p.ParameterKey ?? '',
    usePreviousValue: true,
  }));
  return {
    schema: RECORD_SCHEMA,
    target: 'cloudformation',
    region,
    resource: { stackName: target.stackName },
    previous: { parameters, stackStatus: status },
    current: { parameters, stackStatus: status },
    status: 'failed',
    startedAt: new Date().toISOString(),
  };
}
