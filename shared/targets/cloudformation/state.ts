// A stack's state as a record keeps it: the template by digest (the previous one also gzip +
// base64, to restore it), parameters by digest, and the previous values of the parameters the
// deploy set sealed under a key kept only in the breadcrumb tag. No value is readable in a record.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Parameter, Stack } from '@aws-sdk/client-cloudformation';
import type { CloudFormationParameter, CloudFormationState } from '../../record/record.js';
import { seal, sha256, unseal } from '../../record/breadcrumb.js';
import { ActionError } from '../../action/errors.js';
import { SECRET_NAME } from './parameters.js';

/** CloudFormation shows NoEcho values as asterisks: such a value can be neither compared nor kept. */
const MASKED = /^\*+$/;

/** Secrets get no digest either: a digest of a short secret can be guessed back. */
function parameterDigests(
  stack: Stack | undefined,
  set: ReadonlySet<string>,
  secret: readonly string[],
): CloudFormationParameter[] {
  return (stack?.Parameters ?? []).flatMap((p): CloudFormationParameter[] => {
    if (!p.ParameterKey) return [];
    const value = p.ParameterValue ?? '';
    const comparable =
      !MASKED.test(value) && !secret.includes(p.ParameterKey) && !SECRET_NAME.test(p.ParameterKey);
    return [
      {
        key: p.ParameterKey,
        ...(set.has(p.ParameterKey) ? {} : { usePreviousValue: true }),
        ...(comparable ? { digest: sha256(value) } : {}),
      },
    ];
  });
}

/** The state before the deploy: what a restore needs, with the values of `set` sealed under `key`. */
export function previousStackState(
  stack: Stack,
  templateBody: string | undefined,
  set: readonly string[],
  key: string,
  secret: readonly string[] = [],
): CloudFormationState {
  const keys = new Set(set);
  const values: Record<string, string> = {};
  for (const p of stack.Parameters ?? [])
    if (p.ParameterKey && keys.has(p.ParameterKey) && !MASKED.test(p.ParameterValue ?? ''))
      values[p.ParameterKey] = p.ParameterValue ?? '';
  return {
    ...(templateBody !== undefined
      ? {
          templateDigest: sha256(templateBody),
          templateGzip: gzipSync(Buffer.from(templateBody, 'utf8'), { level: 9 }).toString('base64'),
        }
      : {}),
    parameters: parameterDigests(stack, keys, secret),
    ...(Object.keys(values).length ? { sealedValues: seal(values, key) } : {}),
    stackStatus: stack.StackStatus ?? '',
    ...(stack.Capabilities?.length ? { capabilities: stack.Capabilities } : {}),
  };
}

/** The state the deploy left: digests only. */
export function currentStackState(
  stack: Stack | undefined,
  templateBody: string,
  capabilities: readonly string[],
  secret: readonly string[] = [],
): CloudFormationState {
  return {
    templateDigest: sha256(templateBody),
    parameters: parameterDigests(stack, new Set(), secret),
    stackStatus: stack?.StackStatus ?? '',
    ...(capabilities.length ? { capabilities: [...capabilities] } : {}),
  };
}

/** The previous template, checked against its digest. */
export function previousTemplate(state: CloudFormationState): string {
  if (!state.templateGzip || !state.templateDigest)
    throw new ActionError('The deployment record holds no previous template.');
  const body = gunzipSync(Buffer.from(state.templateGzip, 'base64')).toString('utf8');
  if (sha256(body) !== state.templateDigest)
    throw new ActionError("The deployment record's previous template does not match its digest.");
  return body;
}

/** UpdateStack parameters back to `state`: sealed values where the deploy set them, else unchanged. */
export function restoreParameters(state: CloudFormationState, key: string | undefined): Parameter[] {
  const values = state.sealedValues && key ? unseal(state.sealedValues, key) : {};
  return state.parameters.map((p) =>
    values[p.key] !== undefined
      ? { ParameterKey: p.key, ParameterValue: values[p.key] }
      : { ParameterKey: p.key, UsePreviousValue: true },
  );
}

/** Whether the live stack holds `state`: template digest and every comparable parameter digest. */
export function holds(stack: Stack, liveTemplate: string | undefined, state: CloudFormationState): boolean {
  if (state.templateDigest && (liveTemplate === undefined || sha256(liveTemplate) !== state.templateDigest))
    return false;
  const live = new Map((stack.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue ?? '']));
  return state.parameters.every((p) => {
    const value = live.get(p.key);
    if (p.digest === undefined || value === undefined || MASKED.test(value)) return true;
    return sha256(value) === p.digest;
  });
}
