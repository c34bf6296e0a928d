// The deployment records of a Lambda deploy (direct mode) and of a CloudFormation stack deploy,
// built from what the deploy reached; shared by deploy-lambda-image and the root release action.
import {
  RECORD_SCHEMA,
  type CloudFormationRecord,
  type LambdaRecord,
  type LambdaState,
  type RecordStatus,
} from '../../record/record.js';
import type { LambdaProgress } from './deploy.js';
import type { FunctionSnapshot } from './snapshot.js';
import type { StackProgress } from '../cloudformation/deploy.js';

interface Outcome {
  region: string;
  status: RecordStatus;
  startedAt: Date;
  message?: string | undefined;
}

/** The record's `previous`: what the function (and alias) ran when the deploy read it. */
export function functionPrevious(snapshot: FunctionSnapshot): LambdaState {
  const previousVersion = snapshot.alias?.version;
  return {
    imageUri: snapshot.imageUri,
    version: previousVersion || undefined,
    routing:
      snapshot.alias && Object.keys(snapshot.alias.routing).length ? snapshot.alias.routing : undefined,
  };
}

/** Undefined when the function was never read (nothing to restore). */
export function functionRecord(
  progress: LambdaProgress,
  resource: { functionName: string; alias?: string | undefined },
  outcome: Outcome,
): LambdaRecord | undefined {
  const snapshot = progress.snapshot;
  if (!snapshot) return undefined;
  return {
    schema: RECORD_SCHEMA,
    id: progress.recordId || undefined,
    target: 'lambda',
    region: outcome.region,
    resource: { functionName: resource.functionName, alias: resource.alias || undefined },
    previous: functionPrevious(snapshot),
    // stopped before any change: nothing to restore
    current:
      progress.resolved && progress.changing
        ? {
            imageUri: progress.resolved.imageUri,
            version: resource.alias && progress.version ? progress.version : undefined,
          }
        : null,
    status: outcome.status,
    startedAt: outcome.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    message: outcome.message || undefined,
  };
}

/** The deploy-lambda-image outputs of a direct-mode deploy. */
export function functionOutputs(progress: LambdaProgress): Record<string, string | undefined> {
  const previousVersion = progress.snapshot?.alias?.version;
  return {
    'function-arn': progress.snapshot?.functionArn,
    version: progress.version || undefined,
    'previous-version': previousVersion || undefined,
    'image-uri': progress.resolved?.imageUri,
    'alias-arn': progress.alias?.arn || undefined,
  };
}

/** Undefined when the stack was never read (nothing to restore). */
export function stackRecord(
  progress: StackProgress,
  stackName: string,
  outcome: Outcome,
): CloudFormationRecord | undefined {
  if (progress.previous === undefined) return undefined;
  return {
    schema: RECORD_SCHEMA,
    id: progress.recordId || undefined,
    target: 'cloudformation',
    region: outcome.region,
    resource: { stackName },
    previous: progress.previous,
    current: progress.current ?? null,
    status: outcome.status,
    startedAt: outcome.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    message: outcome.message || undefined,
  };
}
