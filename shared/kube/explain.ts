// A 401 or 403 from an EKS API server, in words: who was refused (the caller ARN from STS) and
// what grants access (an EKS access entry, or a mapRoles entry in the aws-auth ConfigMap).
import { ActionError } from '../action/errors.js';
import type { KubeApiError } from './client.js';

const SETUP = 'actions/eks-rolling-update/README.md#access-entry';

/** The IAM principal an access entry names: an assumed-role session maps back to its role. */
export function principalArn(callerArn: string): string {
  const assumed = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn);
  return assumed ? `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}` : callerArn;
}

export interface AuthContext {
  cluster: string;
  namespace: string;
  /** The caller's ARN from STS GetCallerIdentity, when it could be learnt. */
  callerArn?: string | undefined;
  /** kubeconfig mode: the credentials are the kubeconfig's, not AWS's. */
  kubeconfig?: string;
}

export function explainAuthFailure(error: KubeApiError, context: AuthContext): ActionError {
  const who = context.callerArn ? `the IAM principal ${context.callerArn}` : 'the AWS credentials in use';
  if (context.kubeconfig)
    return new ActionError(
      `The Kubernetes API refused the kubeconfig ${context.kubeconfig} (${error.status} ${error.reason}): ${error.kubeMessage}. Check its user's token or certificate and its RBAC permissions.`,
    );
  const principal = context.callerArn ? principalArn(context.callerArn) : '<the role the workflow assumes>';
  if (error.status === 401)
    return new ActionError(
      `EKS cluster ${context.cluster} does not let ${who} in (401 Unauthorized): the token is valid but this principal is not mapped to a Kubernetes identity. ` +
        `Add an EKS access entry: aws eks create-access-entry --cluster-name ${context.cluster} --principal-arn ${principal}, then aws eks associate-access-policy --cluster-name ${context.cluster} --principal-arn ${principal} ` +
        `--policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy --access-scope type=namespace,namespaces=${context.namespace} ` +
        `(clusters still in CONFIG_MAP authentication mode: a mapRoles entry for ${principal} in the aws-auth ConfigMap). See ${SETUP}.`,
    );
  return new ActionError(
    `EKS cluster ${context.cluster} knows ${who} but Kubernetes RBAC forbids the request (403 Forbidden): ${error.kubeMessage}. ` +
      `Associate an access policy that allows get/patch on deployments and list on replicasets, pods and events in namespace ${context.namespace} ` +
      `(AmazonEKSEditPolicy scoped to the namespace), or bind an RBAC Role to the principal's Kubernetes groups. See ${SETUP}.`,
  );
}
