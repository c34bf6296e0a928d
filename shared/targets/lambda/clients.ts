// createClient (shared/aws/clients.ts) with the SDK client's own type. Its structural constraint
// does not accept SDK v3 clients under strict function types, so the class is cast once, here.
import { createClient, type ClientOptions } from '../../aws/clients.js';

export function sdkClient<C>(ClientClass: new (config: never) => C, options: ClientOptions): C {
  const make = ClientClass as unknown as new (config: object) => never;
  const client: C = createClient(make, options);
  return client;
}
