// The Kubernetes side of the EKS target: token, client, kubeconfig, rollout tracking, undo.
export * from './types.js';
export * from './eks-token.js';
export * from './client.js';
export * from './kubeconfig.js';
export * from './explain.js';
export * from './connect.js';
export * from './rollout.js';
export * from './undo.js';
