// Rules across inputs, checked before any AWS call: which mode, what each mode needs, and what
// belongs to the other mode.
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { parseImageReference, type ImageReference } from '../../../shared/targets/lambda/image.js';
import { parseTrafficSchedule, type TrafficStep } from '../../../shared/targets/lambda/traffic.js';
import { readStackTemplate } from '../../../shared/targets/cloudformation/inputs.js';
import type { inputs } from './inputs.js';

type Values = InputValues<typeof inputs>;

export type Plan =
  | { mode: 'direct'; functionName: string; image: ImageReference; traffic?: TrafficStep[] }
  | {
      mode: 'stack';
      stackName: string;
      templatePath: string;
      templateBody: string;
      image?: ImageReference;
      monitoringMinutes?: number;
    };

const DIRECT_ONLY = ['alias', 'traffic', 'alarms', 'environment', 'description'] as const;
const STACK_ONLY = [
  'template',
  'parameter-overrides',
  'tags',
  'rollback-alarms',
  'rollback-monitoring-time',
] as const;

function given(values: Values, name: keyof Values): string | undefined {
  const value = values[name];
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? value.join(',') : undefined;
  if (typeof value === 'object') return Object.keys(value).length ? Object.keys(value).join(',') : undefined;
  return String(value);
}

export function validate(values: Values, workspace = process.cwd()): Plan {
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

  if (functionName) {
    for (const name of STACK_ONLY) {
      const value = given(values, name);
      if (value !== undefined)
        throw new InputError(name, value, "nothing in direct mode: it is used with 'stack-name'");
    }
    if (!values.image)
      throw new InputError('image', '', 'the image to deploy: an ECR reference by tag or digest');
    if (values.alias && !values.publish)
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
    if (values.alarms.length && !values.traffic)
      throw new InputError(
        'alarms',
        values.alarms.join(','),
        "alarm names only together with 'traffic' (they are watched while traffic shifts)",
      );
    return {
      mode: 'direct',
      functionName,
      image: parseImageReference(values.image),
      ...(values.traffic ? { traffic: parseTrafficSchedule(values.traffic) } : {}),
    };
  }

  for (const name of DIRECT_ONLY) {
    const value = given(values, name);
    if (value !== undefined)
      throw new InputError(name, value, "nothing in CloudFormation mode: it is used with 'function-name'");
  }
  const templateBody = readStackTemplate(values, workspace);
  if (values['rollback-alarms'].length > 5)
    throw new InputError(
      'rollback-alarms',
      values['rollback-alarms'].join(','),
      'at most 5 alarms (CloudFormation takes 5 rollback triggers)',
    );
  const monitoring = values['rollback-monitoring-time'];
  return {
    mode: 'stack',
    stackName: stackName ?? '',
    templatePath: values.template,
    templateBody,
    ...(values.image ? { image: parseImageReference(values.image) } : {}),
    ...(monitoring !== undefined ? { monitoringMinutes: Math.ceil(monitoring / 60_000) } : {}),
  };
}
