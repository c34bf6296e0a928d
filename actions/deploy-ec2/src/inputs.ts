import { input } from '../../../shared/action/inputs.js';
import { ec2Inputs } from '../../../shared/targets/ec2/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  ...ec2Inputs,
  'dry-run': input.boolean({ default: false }),
  'aws-region': input.string({ accepted: 'an AWS region such as eu-west-3' }),
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = ['deployment', 'instances', 'previous-ref'] as const;
