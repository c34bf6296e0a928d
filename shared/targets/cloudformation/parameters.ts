// Parameters of a stack deployment: overrides win, the image parameter gets the pinned image,
// every other parameter the stack already has keeps its value (UsePreviousValue), the rest take
// the template's default.
import type { Parameter, Stack } from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';

import { SECRET_NAME } from '../../action/secrets.js';

/** Names of parameters whose values are treated as secrets even without NoEcho. */
export { SECRET_NAME };

export interface TemplateParameter {
  key: string;
  noEcho: boolean;
  hasDefault: boolean;
}

export interface ParameterPlan {
  parameters: Parameter[];
  /**
   * key → what happens to it, for the summary: a value set is shown (`shown`) only for parameters
   * declared safe to show and not secret; otherwise whether it changes.
   */
  rows: Array<{ key: string; action: 'set' | 'keep' | 'default'; value: string; shown: boolean }>;
  secretKeys: string[];
}

export function isSecretParameter(key: string, template: readonly TemplateParameter[]): boolean {
  return SECRET_NAME.test(key) || template.some((p) => p.key === key && p.noEcho);
}

export function planParameters(options: {
  template: readonly TemplateParameter[];
  stack: Stack | undefined;
  overrides: Record<string, string>;
  imageParameter: string;
  imageUri: string | undefined;
  /** Parameters whose values may appear in the summary (the `show-parameters` input). */
  showParameters?: readonly string[] | undefined;
}): ParameterPlan {
  const { template, stack, overrides, imageParameter, imageUri } = options;
  const safeToShow = new Set(options.showParameters ?? []);
  const previousValues = new Map(
    (stack?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ResolvedValue ?? p.ParameterValue]),
  );
  const declared = new Set(template.map((p) => p.key));
  const unknown = Object.keys(overrides).filter((key) => !declared.has(key));
  if (unknown.length)
    throw new ActionError(
      `'parameter-overrides' sets ${unknown.join(', ')}, which the template does not declare (it declares ${[...declared].join(', ') || 'no parameters'}).`,
    );
  if (imageUri !== undefined && !declared.has(imageParameter))
    throw new ActionError(
      `The template declares no parameter ${imageParameter} for the image: set 'image-parameter' to the name it uses (it declares ${[...declared].join(', ') || 'no parameters'}).`,
    );
  const existing = new Set((stack?.Parameters ?? []).map((p) => p.ParameterKey));
  const values: Record<string, string> = {
    ...overrides,
    ...(imageUri !== undefined ? { [imageParameter]: imageUri } : {}),
  };
  const plan: ParameterPlan = { parameters: [], rows: [], secretKeys: [] };
  for (const parameter of template) {
    const secret = isSecretParameter(parameter.key, template);
    if (secret) plan.secretKeys.push(parameter.key);
    const value = values[parameter.key];
    if (value !== undefined) {
      plan.parameters.push({ ParameterKey: parameter.key, ParameterValue: value });
      const shown = !secret && (safeToShow.has(parameter.key) || parameter.key === imageParameter);
      plan.rows.push({
        key: parameter.key,
        action: 'set',
        value: shown ? value : describeChange(previousValues, parameter.key, value, secret),
        shown,
      });
    } else if (existing.has(parameter.key)) {
      plan.parameters.push({ ParameterKey: parameter.key, UsePreviousValue: true });
      plan.rows.push({ key: parameter.key, action: 'keep', value: 'previous value', shown: false });
    } else if (parameter.hasDefault) {
      plan.rows.push({ key: parameter.key, action: 'default', value: 'template default', shown: false });
    } else {
      throw new ActionError(
        `Template parameter ${parameter.key} has no default and ${stack ? 'the stack has no value for it' : 'the stack does not exist yet'}: give it in 'parameter-overrides'.`,
      );
    }
  }
  return plan;
}

/** A value set, without the value: new, changed or unchanged against the stack's. */
function describeChange(
  previous: ReadonlyMap<string, string | undefined>,
  key: string,
  value: string,
  secret: boolean,
): string {
  if (!previous.has(key)) return 'set (new, value not shown)';
  const before = previous.get(key);
  // CloudFormation answers NoEcho values as ****: whether they change cannot be known
  if (secret || before === undefined || before === '****') return 'set (value not shown)';
  return before === value ? 'unchanged (value not shown)' : 'changed (value not shown)';
}
