import { input } from '../../../shared/action/inputs.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export const inputs = {
  'cluster-name': input.string({
    required: true,
    pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
    accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
  }),
  namespace: input.string({
    default: 'default',
    pattern: DNS_LABEL,
    accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
  }),
  deployment: input.list({
    required: true,
    accepted: 'one or more Deployment names, one per line or separated by commas',
    item: (name) =>
      DNS_SUBDOMAIN.test(name)
        ? undefined
        : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
  }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  container: input.string({ pattern: DNS_LABEL, accepted: 'the name of a container of the Deployment' }),
  images: input.map({
    key: DNS_LABEL,
    accepted: 'container=image lines, such as api=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2',
  }),
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
  'wait-timeout': input.duration({ default: '10m', min: 1000 }),
  'undo-on-failure': input.boolean({ default: true }),
  'change-cause': input.string({ accepted: 'one line of text' }),
  'aws-region': input.string({ accepted: 'an AWS region such as eu-west-3' }),
};

export const outputs = ['revisions', 'previous-revisions', 'deployment'] as const;
