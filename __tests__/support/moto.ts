// Clients on moto: the emulator accepts any credentials and serves every region; tests use
// us-east-1 unless they test a region. Shared by tests, so resource names are made unique.
import { randomUUID } from 'node:crypto';

export const MOTO_REGION = 'us-east-1';

export const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' };

/** The options of an AWS SDK client talking to moto at `endpoint`. */
export function motoConfig(endpoint: string, region = MOTO_REGION) {
  return { region, endpoint, credentials: CREDENTIALS, maxAttempts: 3 };
}

/** `prefix-` and 8 random hex digits: moto is shared by test files running at once. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
