// The direct-mode inputs that deploy-lambda-image and the root release action both declare.
import { input } from '../../action/inputs.js';
import { TRAFFIC_ACCEPTED, trafficProblem } from './traffic.js';

/** A function name, partial ARN or full ARN, as Lambda accepts them. */
const FUNCTION_NAME =
  /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,140}$|^\d{12}:function:[A-Za-z0-9_-]{1,140}$/;
const ALIAS = /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/;

export const functionInputs = {
  'function-name': input.string({ pattern: FUNCTION_NAME, accepted: 'a Lambda function name or ARN' }),
  alias: input.string({
    pattern: ALIAS,
    accepted: 'an alias name: letters, digits, - and _ (not only digits), up to 128',
  }),
  traffic: input.string({ accepted: TRAFFIC_ACCEPTED, check: trafficProblem }),
  architecture: input.choice(['x86_64', 'arm64', 'amd64'] as const),
};
