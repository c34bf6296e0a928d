// The inputs and outputs of state-bootstrap, named once; action.yml declares the same ids and defaults.
import { input } from '../../../shared/action/inputs.js';
import { regionInputs } from '../../../shared/action/inputs-shared.js';
import { bucketNameProblem, kmsKeyProblem, stateKeyProblem, tableNameProblem } from './names.js';

export const LOCKING_MODES = ['s3', 'dynamodb', 'both'] as const;
export type Locking = (typeof LOCKING_MODES)[number];

export const inputs = {
  bucket: input.string({
    required: true,
    accepted: 'an S3 bucket name: 3 to 63 lowercase letters, digits, dots and hyphens',
    check: bucketNameProblem,
  }),
  ...regionInputs,
  locking: input.choice(LOCKING_MODES, { default: 's3' }),
  'lock-table': input.string({
    accepted: 'a DynamoDB table name: 3 to 255 letters, digits, underscores, hyphens and dots',
    check: tableNameProblem,
  }),
  'kms-key': input.string({
    accepted: 'a KMS key id, key ARN, alias/name or alias ARN',
    check: kmsKeyProblem,
  }),
  'noncurrent-version-days': input.integer({ min: 1, max: 36500, default: 90 }),
  tags: input.map({ accepted: 'KEY=value lines (at most 50 tags)' }),
  'state-key': input.string({
    default: 'terraform.tfstate',
    accepted: 'an S3 object key such as env/prod/terraform.tfstate',
    check: stateKeyProblem,
  }),
  'backend-config-file': input.string({ accepted: 'a file path in the workspace such as backend-prod.hcl' }),
  'overwrite-backend-config-file': input.boolean({ default: false }),
  'fix-drift': input.boolean({ default: false }),
  'expected-bucket-owner': input.string({ accepted: 'a 12-digit AWS account id', pattern: /^\d{12}$/ }),
};

export const outputs = ['bucket-arn', 'lock-table-arn', 'created', 'drift', 'backend-config'] as const;
