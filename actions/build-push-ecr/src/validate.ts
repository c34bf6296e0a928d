// Checks across inputs and against the workspace, before anything talks to AWS.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { InputError } from '../../../shared/action/errors.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { workspaceRoot } from '../../../shared/action/paths.js';
import type { inputs } from './inputs.js';
import { expandTags, gitContext, type GitContext } from './tags.js';
import { parseSeverity, thresholdOf, type Severity } from './severity.js';
import { parseIgnoreEntry, type IgnoreEntry } from './ignore.js';

export type Inputs = InputValues<typeof inputs>;

export interface Validated {
  tags: string[];
  context: string;
  dockerfile: string;
  /** Findings at this severity or above fail the gate; undefined: report only. */
  threshold: Severity | undefined;
  ignore: IgnoreEntry[];
  /** BuildKit secret id → the environment variable that holds it. */
  secrets: Record<string, string>;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Secret ids and the environment variables behind them: each set, never empty. */
function checkSecrets(values: Inputs, env: NodeJS.ProcessEnv): Record<string, string> {
  const accepted = 'id=ENV_VAR lines naming environment variables set for this step (env: in the workflow)';
  for (const [id, variable] of Object.entries(values.secrets)) {
    if (!ENV_NAME.test(variable))
      throw new InputError(
        'secrets',
        `${id}=${variable}`,
        accepted,
        `${variable} is not an environment variable name`,
      );
    if (!env[variable])
      throw new InputError('secrets', `${id}=${variable}`, accepted, `${variable} is not set or is empty`);
  }
  if (Object.keys(values.secrets).length && values.builder === 'docker')
    throw new InputError(
      'secrets',
      Object.keys(values.secrets).join(','),
      'empty with builder: docker (build secrets need BuildKit: builder auto, buildx or container)',
    );
  return values.secrets;
}

/** Placeholders that make a tag unique to a build: such a tag can be pushed before the scan gate. */
const UNIQUE_PLACEHOLDER = /\{(sha|short-sha|run-number)\}/;

/**
 * The tag pushed before the scan gate comes first: the first template with {sha}, {short-sha} or
 * {run-number} (else the first tag). The others move (latest, a branch) and wait for the gate.
 */
export function pushTagFirst(templates: readonly string[], tags: string[], git: GitContext): string[] {
  const unique = templates.find((template) => UNIQUE_PLACEHOLDER.test(template));
  const pushed = unique === undefined ? undefined : expandTags([unique], git)[0];
  return pushed === undefined ? tags : [pushed, ...tags.filter((tag) => tag !== pushed)];
}

export function validate(
  values: Inputs,
  env: NodeJS.ProcessEnv = process.env,
  workspace = workspaceRoot(env),
): Validated {
  const tags = pushTagFirst(values.tags, expandTags(values.tags, gitContext(env)), gitContext(env));
  const context = resolve(workspace, values.context);
  if (!existsSync(context) || !statSync(context).isDirectory())
    throw new InputError('context', values.context, 'a directory of the workspace', 'no such directory');
  const dockerfileInput = values.dockerfile;
  const dockerfile = dockerfileInput
    ? isAbsolute(dockerfileInput)
      ? dockerfileInput
      : resolve(workspace, dockerfileInput)
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
  const threshold = thresholdOf(
    values['fail-on-severity']
      .map((text) => parseSeverity(text))
      .filter((s): s is Severity => s !== undefined),
  );
  const ignore = values['ignore-vulnerabilities'].map(parseIgnoreEntry);
  return { tags, context, dockerfile, threshold, ignore, secrets: checkSecrets(values, env) };
}
