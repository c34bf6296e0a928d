// `secret-data`: KEY=value lines patched into a named Secret. Every value is masked from the raw
// input text before anything parses it, and no message here ever quotes a value.
import { InputError } from '../action/errors.js';
import { maskSecret } from '../action/secrets.js';
import { getInput, type Env } from '../action/runtime.js';
import type { KubeClient } from './client.js';

export const SECRET_DATA_ACCEPTED =
  'KEY=value lines (keys of letters, digits, -, _ and .), one per key, patched into the Secret named by secret-name';
const SECRET_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

/** Masks the value of every line of `secret-data` (a line without `=` whole) before parsing. */
export function maskSecretDataInput(name = 'secret-data', env: Env = process.env): void {
  for (const line of getInput(name, env).split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = text.indexOf('=');
    maskSecret(at < 0 ? text : text.slice(at + 1));
  }
}

/** The entries of `secret-data`; errors name the line number and the key, never a value. */
export function parseSecretData(raw: string, name = 'secret-data'): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = text.indexOf('=');
    const key = at < 0 ? '' : text.slice(0, at).trim();
    if (!SECRET_KEY.test(key))
      throw new InputError(
        name,
        `line ${index + 1}`,
        SECRET_DATA_ACCEPTED,
        at < 0
          ? 'no = in the line (its text is not shown: it may be secret)'
          : 'the key is not a valid Secret key',
      );
    if (Object.hasOwn(data, key))
      throw new InputError(name, key, SECRET_DATA_ACCEPTED, 'the key is given twice');
    Object.defineProperty(data, key, { value: text.slice(at + 1).trim(), enumerable: true });
  }
  return data;
}

export interface SecretPatch {
  namespace: string;
  name: string;
  data: Record<string, string>;
}

/** Patches the keys into the Secret; a missing Secret is an error that says how to create it. */
export async function patchSecret(
  client: KubeClient,
  patch: SecretPatch,
  fieldManager: string,
): Promise<void> {
  try {
    await client.patchSecretData(patch.namespace, patch.name, patch.data, fieldManager);
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new InputError(
        'secret-name',
        patch.name,
        `a Secret that exists in namespace ${patch.namespace} or is defined in 'manifests'`,
        'no such Secret',
      );
    throw error;
  }
}
