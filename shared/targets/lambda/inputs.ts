// The Lambda inputs that deploy-lambda-image, auto-rollback and the root release action declare,
// and the one function that checks them across each other (direct or CloudFormation mode).
import { input, InputError } from '../../action/inputs.js';
import { readStackTemplate, stackInputs } from '../cloudformation/inputs.js';
import { IMAGE_ACCEPTED, imageProblem, parseImageReference, type ImageReference } from './image.js';
import { parseTrafficSchedule, TRAFFIC_ACCEPTED, trafficProblem, type TrafficStep } from './traffic.js';

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

/** The inputs the root release action takes for target: lambda (direct or CloudFormation mode). */
export const lambdaReleaseInputs = { ...functionInputs, ...stackInputs };

/** Lambda's rule for an environment variable's name: a letter, then letters, digits and _. */
export const ENVIRONMENT_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The inputs of a Lambda deploy, as deploy-lambda-image and the root release action (target:
 * lambda) name them; the ones only deploy-lambda-image has are optional.
 */
export interface LambdaModeValues {
  'function-name': string;
  'stack-name': string;
  image: string;
  alias: string;
  traffic: string;
  environment: Record<string, string>;
  template: string;
  'image-parameter': string;
  'parameter-overrides': Record<string, string>;
  publish?: boolean | undefined;
  /** The alarms watched while traffic shifts (not the root action's bake alarms). */
  alarms?: string[] | undefined;
  description?: string | undefined;
  tags?: Record<string, string> | undefined;
  'rollback-alarms'?: string[] | undefined;
  'rollback-monitoring-time'?: number | undefined;
}

export type LambdaPlan =
  | { mode: 'direct'; functionName: string; image: ImageReference; traffic?: TrafficStep[] | undefined }
  | {
      mode: 'stack';
      stackName: string;
      templatePath: string;
      templateBody: string;
      image?: ImageReference | undefined;
      monitoringMinutes?: number | undefined;
    };

const DIRECT_ONLY = ['alias', 'traffic', 'alarms', 'environment', 'description'] as const;
const STACK_ONLY = [
  'template',
  'parameter-overrides',
  'tags',
  'rollback-alarms',
  'rollback-monitoring-time',
] as const;

/** The value of an input the user set, as text for an error; undefined when empty. */
function given(values: LambdaModeValues, name: keyof LambdaModeValues): string | undefined {
  const value = values[name];
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? value.join(',') : undefined;
  if (typeof value === 'object') return Object.keys(value).length ? Object.keys(value).join(',') : undefined;
  return String(value);
}

/**
 * The rules across the Lambda inputs, before any AWS call: direct mode (`function-name`) or
 * CloudFormation mode (`stack-name`), what each mode needs, and what belongs to the other mode.
 */
export function planLambdaMode(values: LambdaModeValues, workspace: string): LambdaPlan {
  const functionName = values['function-name'];
  const stackName = values['stack-name'];
  if (!functionName && !stackName)
    throw new InputError(
      'function-name',
      '',
      "the function to update (or 'stack-name' for the CloudFormation mode)",
    );
  if (functionName && stackName)
    throw new InputError(
      'stack-name',
      stackName,
      "either 'function-name' (direct mode) or 'stack-name' (CloudFormation mode), not both",
      `'function-name' is ${functionName}`,
    );
  if (values.image) {
    const problem = imageProblem(values.image);
    if (problem) throw new InputError('image', values.image, IMAGE_ACCEPTED, problem);
  }
  return functionName ? planDirect(values, functionName) : planStack(values, stackName, workspace);
}

function planDirect(values: LambdaModeValues, functionName: string): LambdaPlan {
  for (const name of STACK_ONLY) {
    const value = given(values, name);
    if (value !== undefined)
      throw new InputError(name, value, "nothing in direct mode: it is used with 'stack-name'");
  }
  if (!values.image)
    throw new InputError('image', '', 'the image to deploy: an ECR reference by tag or digest');
  if (values.alias && values.publish === false)
    throw new InputError(
      'publish',
      'false',
      "true when 'alias' is set: an alias points at a published version",
    );
  if (values.traffic && !values.alias)
    throw new InputError(
      'traffic',
      values.traffic,
      "a schedule only together with 'alias' (the alias is what shifts)",
    );
  if (values.alarms?.length && !values.traffic)
    throw new InputError(
      'alarms',
      values.alarms.join(','),
      "alarm names only together with 'traffic' (they are watched while traffic shifts)",
    );
  const badKey = Object.keys(values.environment).find((key) => !ENVIRONMENT_KEY.test(key));
  if (badKey !== undefined)
    throw new InputError(
      'environment',
      badKey,
      'KEY=value lines (environment variables)',
      `key must match ${ENVIRONMENT_KEY.source}`,
    );
  return {
    mode: 'direct',
    functionName,
    image: parseImageReference(values.image),
    traffic: values.traffic ? parseTrafficSchedule(values.traffic) : undefined,
  };
}

function planStack(values: LambdaModeValues, stackName: string, workspace: string): LambdaPlan {
  for (const name of DIRECT_ONLY) {
    const value = given(values, name);
    if (value !== undefined)
      throw new InputError(name, value, "nothing in CloudFormation mode: it is used with 'function-name'");
  }
  const templateBody = readStackTemplate(values, workspace);
  const rollbackAlarms = values['rollback-alarms'] ?? [];
  if (rollbackAlarms.length > 5)
    throw new InputError(
      'rollback-alarms',
      rollbackAlarms.join(','),
      'at most 5 alarms (CloudFormation takes 5 rollback triggers)',
    );
  const monitoring = values['rollback-monitoring-time'];
  return {
    mode: 'stack',
    stackName,
    templatePath: values.template,
    templateBody,
    image: values.image ? parseImageReference(values.image) : undefined,
    monitoringMinutes: monitoring !== undefined ? Math.ceil(monitoring / 60_000) : undefined,
  };
}
