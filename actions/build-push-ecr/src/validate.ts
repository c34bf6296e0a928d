// Checks across inputs and against the workspace, before anything talks to AWS.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import type { inputs } from './inputs.js';
import { expandTags, gitContext } from './tags.js';
import { parseSeverity, type Severity } from './severity.js';

export type Inputs = InputValues<typeof inputs>;

export interface Validated {
  tags: string[];
  context: string;
  dockerfile: string;
  failOn: Severity[];
}

export function validate(
  values: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Validated {
  const tags = expandTags(values.tags, gitContext(env));
  const context = resolve(cwd, values.context);
  if (!existsSync(context) || !statSync(context).isDirectory())
    throw new InputError('context', values.context, 'a directory of the workspace', 'no such directory');
  const dockerfileInput = values.dockerfile;
  const dockerfile = dockerfileInput
    ? isAbsolute(dockerfileInput)
      ? dockerfileInput
      : resolve(cwd, dockerfileInput)
    : join(context, 'Dockerfile');
  if (!existsSync(dockerfile) || !statSync(dockerfile).isFile())
    throw new InputError(
      'dockerfile',
      dockerfileInput || join(values.context, 'Dockerfile'),
      'a Dockerfile path relative to the workspace (default: Dockerfile in the context)',
      'no such file',
    );
  if (values['kms-key'] && values.encryption !== 'KMS')
    throw new InputError(
      'kms-key',
      values['kms-key'],
      'empty unless encryption is KMS',
      `encryption is ${values.encryption}`,
    );
  if (values.platforms.length && values.builder === 'docker')
    throw new InputError(
      'platforms',
      values.platforms.join(','),
      'empty with builder: docker (platforms need buildx)',
    );
  const failOn = values['fail-on-severity']
    .map((text) => parseSeverity(text))
    .filter((s): s is Severity => s !== undefined);
  return { tags, context, dockerfile, failOn };
}
