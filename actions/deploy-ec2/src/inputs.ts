import { input } from '../../../shared/action/inputs.js';
import { ec2Inputs } from '../../../shared/targets/ec2/inputs.js';

export const inputs = {
  ...ec2Inputs,
  'dry-run': input.boolean({ default: false }),
  'aws-region': input.string({ accepted: 'an AWS region such as eu-west-3' }),
};

export const outputs = ['deployment', 'instances', 'previous-ref'] as const;
