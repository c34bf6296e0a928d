import { input } from '../../../shared/action/inputs.js';
import { regionInputs } from '../../../shared/action/inputs-shared.js';
import { ec2Inputs } from '../../../shared/targets/ec2/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  ...ec2Inputs,
  'dry-run': input.boolean({ default: false }),
  'rollback-on-cancel': input.boolean({ default: false }),
  ...regionInputs,
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = ['deployment', 'instances', 'previous-ref', 'rolled-back'] as const;
