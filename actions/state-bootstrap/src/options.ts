// Cross-input rules, checked after every input parsed and before any AWS call.
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import type { inputs, Locking } from './inputs.js';
import { tagsProblem } from './names.js';
import { backendConfigTarget } from './backend-config.js';

export interface StateOptions {
  bucket: string;
  region: string;
  locking: Locking;
  /** Set exactly when locking is dynamodb or both. */
  lockTable: string | undefined;
  kmsKey: string | undefined;
  noncurrentVersionDays: number;
  tags: Record<string, string>;
  stateKey: string;
  backendConfigFile: string | undefined;
  /** Replace a backend-config file this action did not write. */
  overwriteBackendConfigFile: boolean;
  fixDrift: boolean;
  /** Undefined: the caller's account, asked of STS. */
  expectedBucketOwner: string | undefined;
}

export function resolveOptions(
  values: InputValues<typeof inputs>,
  env: NodeJS.ProcessEnv = process.env,
): StateOptions {
  const locking = values.locking;
  const lockTable = values['lock-table'] || undefined;
  if (locking !== 's3' && !lockTable)
    throw new InputError('lock-table', '', `a DynamoDB table name, required with locking: ${locking}`);
  if (locking === 's3' && lockTable)
    throw new InputError(
      'lock-table',
      lockTable,
      'no value with locking: s3 (set locking to dynamodb or both to use a lock table)',
    );
  if (values['backend-config-file'])
    backendConfigTarget(values['backend-config-file'], values['overwrite-backend-config-file']);
  const tagProblem = tagsProblem(values.tags);
  if (tagProblem)
    throw new InputError(
      'tags',
      tagProblem.key,
      'KEY=value lines valid as S3 and DynamoDB tags',
      tagProblem.reason,
    );
  return {
    bucket: values.bucket,
    region: resolveRegion(values['aws-region'] || undefined, env),
    locking,
    lockTable: locking === 's3' ? undefined : lockTable,
    kmsKey: values['kms-key'] || undefined,
    noncurrentVersionDays: values['noncurrent-version-days'],
    tags: values.tags,
    stateKey: values['state-key'],
    backendConfigFile: values['backend-config-file'] || undefined,
    overwriteBackendConfigFile: values['overwrite-backend-config-file'],
    fixDrift: values['fix-drift'],
    expectedBucketOwner: values['expected-bucket-owner'] || undefined,
  };
}
