// The CloudFormation-mode inputs that deploy-lambda-image and the root release action both
// declare, and the checks on them before any AWS call.
import { InputError } from '../../action/errors.js';
import { input } from '../../action/inputs.js';
import { readInputFile } from '../../action/paths.js';
import { SECRET_NAME } from '../../action/secrets.js';
import { assertTemplateSize } from './changeset.js';

/** CloudFormation's own limit for a template (given through S3). */
const MAX_TEMPLATE_FILE_BYTES = 1024 * 1024;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const PARAMETER_NAME = /^[A-Za-z0-9]{1,255}$/;
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];

export const stackInputs = {
  'stack-name': input.string({
    pattern: STACK_NAME,
    accepted: 'a stack name: a letter, then letters, digits and -, up to 128',
  }),
  template: input.string({ accepted: 'the path of a CloudFormation template file (YAML or JSON)' }),
  'image-parameter': input.string({
    default: 'ImageUri',
    pattern: PARAMETER_NAME,
    accepted: 'a template parameter name (letters and digits)',
  }),
  'parameter-overrides': input.map({
    key: PARAMETER_NAME,
    accepted: 'KEY=value lines of template parameters',
    secretKeys: (key) => SECRET_NAME.test(key),
  }),
  'show-parameters': input.list({
    accepted: 'names of template parameters whose values the job summary may show',
    item: (value) => (PARAMETER_NAME.test(value) ? undefined : 'not a parameter name'),
  }),
  capabilities: input.list({
    default: 'CAPABILITY_IAM',
    accepted: `a list of ${CAPABILITIES.join(', ')}`,
    item: (value) => (CAPABILITIES.includes(value) ? undefined : 'unknown capability'),
  }),
};

export interface StackTemplateValues {
  template: string;
  image: string;
  'image-parameter': string;
  'parameter-overrides': Record<string, string>;
}

/**
 * The template body, once `template` names a non-empty file of an accepted size and the image
 * parameter is not also overridden by hand; an InputError naming the input otherwise.
 */
export function readStackTemplate(values: StackTemplateValues, workspace: string): string {
  if (!values.template) throw new InputError('template', '', "the path of the stack's template file");
  const { text: templateBody } = readInputFile('template', values.template, {
    accepted: 'the path of a template file in the workspace',
    maxBytes: MAX_TEMPLATE_FILE_BYTES,
    roots: [workspace],
  });
  if (templateBody.trim() === '')
    throw new InputError('template', values.template, 'a CloudFormation template', 'the file is empty');
  assertTemplateSize(templateBody, values.template);
  const imageParameter = values['image-parameter'];
  if (values.image && values['parameter-overrides'][imageParameter] !== undefined)
    throw new InputError(
      'parameter-overrides',
      imageParameter,
      `no ${imageParameter} when 'image' is set (the image goes into ${imageParameter})`,
    );
  return templateBody;
}
