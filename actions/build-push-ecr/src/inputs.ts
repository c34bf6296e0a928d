// The inputs and outputs of build-push-ecr, named once (the contract tests compare them with action.yml).
import { input } from '../../../shared/action/inputs.js';
import { regionInputs } from '../../../shared/action/inputs-shared.js';
import { SEVERITIES, parseSeverity } from './severity.js';
import { IGNORE_ACCEPTED, ignoreEntryProblem } from './ignore.js';

/** ECR's repository name rule: lowercase path components separated by `/`, 2–256 characters. */
export const REPOSITORY_PATTERN =
  /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export const inputs = {
  repository: input.string({
    required: true,
    pattern: REPOSITORY_PATTERN,
    accepted:
      'an ECR repository name: 2 to 256 lowercase letters, digits, and . _ - / between them (e.g. team/api)',
  }),
  context: input.string({ default: '.', accepted: 'a directory path' }),
  dockerfile: input.string({ accepted: 'a Dockerfile path (default: Dockerfile in the context)' }),
  target: input.string({ accepted: 'a build stage name' }),
  'build-args': input.map({ key: /^[A-Za-z_][A-Za-z0-9_]*$/, accepted: 'KEY=value lines (build arguments)' }),
  labels: input.map({ accepted: 'KEY=value lines (image labels)' }),
  platforms: input.list({
    accepted: 'a list of platforms such as linux/amd64, linux/arm64',
    item: (value) =>
      /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(value) ? undefined : 'not os/arch[/variant]',
  }),
  tags: input.list({
    default: '{sha}\nlatest',
    accepted: 'a list of tags (placeholders {sha}, {short-sha}, {branch}, {run-number})',
  }),
  push: input.boolean({ default: true }),
  secrets: input.map({
    key: /^[A-Za-z0-9_.-]+$/,
    accepted: 'id=ENV_VAR lines: a BuildKit secret id and the environment variable that holds its value',
  }),
  builder: input.choice(['auto', 'buildx', 'container', 'docker'] as const, { default: 'auto' }),
  cache: input.choice(['registry', 'inline', 'none'] as const, { default: 'registry' }),
  provenance: input.boolean({ default: false }),
  'create-repository': input.boolean({ default: true }),
  'image-tag-mutability': input.choice(['MUTABLE', 'IMMUTABLE'] as const, { default: 'MUTABLE' }),
  'scan-on-push': input.boolean({ default: true }),
  'keep-images': input.integer({ min: 1, max: 10_000 }),
  encryption: input.choice(['AES256', 'KMS'] as const, { default: 'AES256' }),
  'kms-key': input.string({ accepted: 'a KMS key ARN, ID or alias' }),
  registry: input.string({
    pattern: /^[A-Za-z0-9.-]+(:\d{1,5})?$/,
    accepted: 'a registry host such as 123456789012.dkr.ecr.us-east-1.amazonaws.com (optionally with :port)',
  }),
  'fail-on-severity': input.list({
    accepted: `a severity threshold from ${SEVERITIES.join(', ')}: findings at it or above fail (empty: report only)`,
    item: (value) => (parseSeverity(value) ? undefined : 'unknown severity'),
  }),
  'on-scan-unavailable': input.choice(['fail', 'warn'] as const, { default: 'fail' }),
  'scan-timeout': input.duration({ default: '10m', min: 1000 }),
  'ignore-vulnerabilities': input.list({ accepted: IGNORE_ACCEPTED, item: ignoreEntryProblem }),
  ...regionInputs,
};

export const outputs = [
  'registry',
  'repository-uri',
  'image-uri',
  'image-digest',
  'image-uri-digest',
  'tags',
  'scan-findings',
] as const;
