// Types for scripts/lib/ecr-mirror.mjs.
export interface RegistryCall {
  method: string;
  path: string;
  status: number;
  /** The ECR IAM action behind this registry call, if any. */
  iamAction: string | undefined;
}

export interface MirroredPush {
  repository: string;
  tag: string;
  digest: string;
}

export interface EcrMirror {
  /** host:port to use as the action's `registry` input. */
  address: string;
  calls: RegistryCall[];
  pushes: MirroredPush[];
  /** Digests of blobs uploaded (completed uploads), in order. */
  uploadedBlobs: string[];
  /** Errors from mirroring into moto (a test should expect none). */
  errors: string[];
  reset(): void;
  close(): Promise<void>;
}

export function registryIamAction(method: string, path: string): string | undefined;
export function startEcrMirror(options: {
  registry: string;
  motoUrl: string;
  region?: string;
  port?: number;
}): Promise<EcrMirror>;
