// The EKS inputs that eks-rolling-update and the root release action both declare. The action
// requires a cluster and a Deployment; the root action requires them only with target: eks, so
// `eksInputs` leaves them optional and the action overrides them with `required: true`.
import { input, type InputSpec } from '../../action/inputs.js';

/** A Kubernetes object name (DNS subdomain). */
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A Kubernetes namespace or container name. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function clusterNameInput(options: { required?: boolean } = {}): InputSpec<string> {
  return input.string({
    ...options,
    pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
    accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
  });
}

export function deploymentsInput(options: { required?: boolean } = {}): InputSpec<string[]> {
  return input.list({
    ...options,
    accepted: 'one or more Deployment names, one per line or separated by commas',
    item: (name) =>
      DNS_SUBDOMAIN.test(name)
        ? undefined
        : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
  });
}

/** The container `image` goes to; the root action checks its `container` with it for target: eks. */
export const eksContainerInput = input.string({
  pattern: DNS_LABEL,
  accepted: 'the name of a container of the Deployment',
});

/** One Deployment, as auto-rollback restores it (eks-rolling-update takes several: deploymentsInput). */
export const deploymentNameInput = input.string({
  pattern: DNS_SUBDOMAIN,
  accepted: 'a Kubernetes Deployment name',
});

export const eksInputs = {
  'cluster-name': clusterNameInput(),
  namespace: input.string({
    default: 'default',
    pattern: DNS_LABEL,
    accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
  }),
  deployment: deploymentsInput(),
  kubeconfig: input.string({ accepted: 'the path of a kubeconfig file' }),
  'api-server': input.string({
    pattern: /^https:\/\/[^\s/]+(\/\S*)?$/,
    accepted: 'an https:// URL of the Kubernetes API',
  }),
  'certificate-authority-data': input.string({
    accepted: 'base64 of the PEM certificate of the cluster CA, as DescribeCluster returns it',
    multiline: true,
    check: (value) =>
      Buffer.from(value.replace(/\s+/g, ''), 'base64')
        .toString('utf8')
        .includes('-----BEGIN CERTIFICATE-----')
        ? undefined
        : 'it does not decode to a PEM certificate',
  }),
  'change-cause': input.string({ accepted: 'one line of text' }),
};

/** The inputs the root release action takes for target: eks (beside `images` and `container`). */
export const eksReleaseInputs = eksInputs;
