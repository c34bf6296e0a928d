// The ECR front (registry + moto kept in step) lives in scripts/lib so the demo can use it too.
export { registryIamAction, startEcrMirror } from '../../scripts/lib/ecr-mirror.mjs';
export type { EcrMirror, MirroredPush, RegistryCall } from '../../scripts/lib/ecr-mirror.mjs';
