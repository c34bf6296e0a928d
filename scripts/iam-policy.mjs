#!/usr/bin/env node
// Renders an action's iam-policy.json for a partition and the user's names. The files are written
// for the `aws` partition with placeholders where the resource is the user's: STACK_NAME (a stack
// name or pattern such as app-*), PASSED_ROLE (the task and execution roles a deploy may pass),
// STATE_BUCKET and LOCK_TABLE (state-bootstrap). Usage:
//   node scripts/iam-policy.mjs actions/deploy-ecs/iam-policy.json --partition aws-us-gov \
//     --set PASSED_ROLE=app-task,app-execution
// prints the policy to attach; a placeholder the policy uses and --set does not fill is an error.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'];
export const PLACEHOLDERS = ['STACK_NAME', 'PASSED_ROLE', 'STATE_BUCKET', 'LOCK_TABLE'];
const NAME = /^[A-Za-z0-9+=,.@_*-]{1,128}$/;

const asList = (value) => (Array.isArray(value) ? value : [value]);

/** The policy for `partition`, each placeholder replaced by every one of its values. */
export function renderPolicy(policy, { partition = 'aws', values = {} } = {}) {
  if (!PARTITIONS.includes(partition))
    throw new Error(`unknown partition ${partition}: expected one of ${PARTITIONS.join(', ')}`);
  for (const [key, list] of Object.entries(values)) {
    if (!PLACEHOLDERS.includes(key))
      throw new Error(`unknown placeholder ${key}: expected ${PLACEHOLDERS.join(', ')}`);
    for (const value of list)
      if (!NAME.test(value))
        throw new Error(`${key}=${value} is not a name (letters, digits, + = , . @ _ - and *)`);
  }
  const missing = new Set();
  const resource = (arn) => {
    const inPartition = arn.replace(/^arn:aws:/, `arn:${partition}:`);
    const used = PLACEHOLDERS.filter((key) => inPartition.includes(key));
    let results = [inPartition];
    for (const key of used) {
      const list = values[key] ?? [];
      if (list.length === 0) missing.add(key);
      results = results.flatMap((text) => list.map((value) => text.replaceAll(key, value)));
    }
    return results;
  };
  const statements = policy.Statement.map((statement) => {
    const resources = asList(statement.Resource).flatMap(resource);
    return { ...statement, Resource: resources.length === 1 ? resources[0] : resources };
  });
  if (missing.size)
    throw new Error(`the policy needs ${[...missing].map((key) => `--set ${key}=…`).join(' and ')}`);
  return { ...policy, Statement: statements };
}

function parseArgs(argv) {
  const [file, ...rest] = argv;
  const options = { partition: 'aws', values: {} };
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i];
    const value = rest[i + 1] ?? '';
    i += 1;
    if (flag === '--partition') options.partition = value;
    else if (flag === '--set') {
      const at = value.indexOf('=');
      if (at <= 0) throw new Error(`--set ${value}: expected NAME=value[,value…]`);
      options.values[value.slice(0, at)] = value
        .slice(at + 1)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    } else throw new Error(`unknown option ${flag}`);
  }
  if (!file)
    throw new Error('usage: node scripts/iam-policy.mjs <iam-policy.json> [--partition P] [--set NAME=v,…]');
  return { file, ...options };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { file, partition, values } = parseArgs(process.argv.slice(2));
    const policy = JSON.parse(readFileSync(file, 'utf8'));
    process.stdout.write(`${JSON.stringify(renderPolicy(policy, { partition, values }), null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`iam-policy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
