// Parameters of a stack deployment: overrides win, the image parameter gets the pinned image,
// every other parameter the stack already has keeps its value (UsePreviousValue), the rest take
// the template's default.
import type { Parameter, Stack } from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';

/** Names of parameters whose values are treated as secrets even without NoEcho. */
export const SECRET_NAME = /pass|secret|token|key/i;

export interface TemplateParameter {
  key: string;
  noEcho: boolean;
  hasDefault: boolean;
}

export interface ParameterPlan {
  parameters: Parameter[];
  /** key → what happens to it, for the summary; secret values never appear. */
  rows: Array<{ key: string; action: 'set' | 'keep' | 'default'; value: string }>;
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
}): ParameterPlan {
  const { template, stack, overrides, imageParameter, imageUri } = options;
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
      plan.rows.push({ key: parameter.key, action: 'set', value: secret ? '***' : value });
    } else if (existing.has(parameter.key)) {
      plan.parameters.push({ ParameterKey: parameter.key, UsePreviousValue: true });
      plan.rows.push({ key: parameter.key, action: 'keep', value: 'previous value' });
    } else if (parameter.hasDefault) {
      plan.rows.push({ key: parameter.key, action: 'default', value: 'template default' });
    } else {
      throw new ActionError(
        `Template parameter ${parameter.key} has no default and ${stack ? 'the stack has no value for it' : 'the stack does not exist yet'}: give it in 'parameter-overrides'.`,
      );
    }
  }
  return plan;
}
