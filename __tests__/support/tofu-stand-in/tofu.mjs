#!/usr/bin/env node
// A stand-in `tofu` for the pipeline tests (OpenTofu cannot be downloaded here). It reproduces
// the documented behaviour the example workflows rely on, and checks their arguments:
// - `init`: every -backend-config is a KEY=value or an existing HCL file; bucket, key and region
//   are required (the S3 backend's); with AWS_ENDPOINT_URL the state bucket must exist there
//   ("S3 bucket does not exist"). Writes .terraform/terraform.tfstate, as init does.
// - `plan`: needs init ("Backend initialization required"); every `variable` of the *.tf files
//   without a default needs TF_VAR_<name> or -var ("No value for required variable");
//   -detailed-exitcode exits 2 on changes; -destroy plans to destroy everything; -out writes a
//   saved plan that carries the variable values (as a real plan file does) and the state
//   serial it was made against.
// - `show FILE`: the saved plan, readable.
// - `apply FILE`: refuses -var with a saved plan ("Can't set variables when applying a saved
//   plan"), a file that is not a plan ("Failed to load … as a plan file"), and a plan made
//   against an older state ("Saved plan is stale"); applies exactly what the file holds.
//   `apply` without a file needs -auto-approve.
// The state lives in $TOFU_STAND_IN_STATE/<bucket>/<key> (the S3 backend's object); every apply
// appends the SHA-256 of the applied plan file to $TOFU_STAND_IN_STATE/applied.log.
// Cannot reproduce: providers, real resources, HCL beyond `variable`/`resource` block headers.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [command, ...args] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`\n│ Error: ${message}\n\n`);
  process.exit(1);
};
const stateRoot = process.env.TOFU_STAND_IN_STATE;
if (!stateRoot) fail('TOFU_STAND_IN_STATE is not set (the stand-in keeps its state there)');

function options(allowed, list = args) {
  const flags = {};
  const positional = [];
  const vars = [];
  for (const arg of list) {
    const match = /^-([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) {
      positional.push(arg);
      continue;
    }
    const [, name, value] = match;
    if (!allowed.includes(name)) fail(`stand-in: ${command} does not take -${name}`);
    if (name === 'var' || name === 'var-file') vars.push(arg);
    else if (name === 'backend-config') (flags[name] ??= []).push(value ?? '');
    else flags[name] = value ?? true;
  }
  return { flags, positional, vars };
}

function configuration() {
  const files = readdirSync('.').filter((name) => name.endsWith('.tf'));
  if (files.length === 0) fail('No configuration files');
  const text = files
    .sort()
    .map((name) => readFileSync(name, 'utf8'))
    .join('\n');
  const variables = [...text.matchAll(/variable\s+"([\w-]+)"\s*\{([^}]*)\}/g)].map(([, name, body]) => ({
    name,
    hasDefault: /^\s*default\s*=/m.test(body),
    sensitive: /^\s*sensitive\s*=\s*true/m.test(body),
  }));
  const resources = [...text.matchAll(/resource\s+"([\w-]+)"\s+"([\w-]+)"/g)].map(
    ([, type, name]) => `${type}.${name}`,
  );
  return { text, variables, resources };
}

const backendFile = join('.terraform', 'terraform.tfstate');
function backend() {
  if (!existsSync(backendFile)) fail('Backend initialization required, please run "tofu init"');
  return JSON.parse(readFileSync(backendFile, 'utf8')).backend.config;
}
const statePath = ({ bucket, key }) => join(stateRoot, bucket, key);
function readState(config) {
  const path = statePath(config);
  return existsSync(path)
    ? JSON.parse(readFileSync(path, 'utf8'))
    : { serial: 0, lineage: '', resources: {} };
}

async function init() {
  const { flags } = options([
    'input',
    'backend-config',
    'reconfigure',
    'upgrade',
    'no-color',
    'migrate-state',
  ]);
  const config = {};
  for (const item of flags['backend-config'] ?? []) {
    const pair = /^([a-z_]+)=(.*)$/.exec(item);
    if (pair) config[pair[1]] = pair[2];
    else if (!existsSync(item)) fail(`Failed to read file: the file "${item}" could not be read`);
    else
      for (const [, key, value] of readFileSync(item, 'utf8').matchAll(
        /^\s*([a-z_]+)\s*=\s*"?([^"\n]*)"?\s*$/gm,
      ))
        config[key] ??= value;
  }
  for (const required of ['bucket', 'key', 'region'])
    if (!config[required])
      fail(`Missing required argument: The argument "${required}" is required, but was not set.`);
  if (process.env.AWS_ENDPOINT_URL) {
    const head = await fetch(`${process.env.AWS_ENDPOINT_URL.replace(/\/$/, '')}/${config.bucket}`, {
      method: 'HEAD',
    });
    if (head.status === 404)
      fail(`Failed to get existing workspaces: S3 bucket "${config.bucket}" does not exist.`);
  }
  mkdirSync('.terraform', { recursive: true });
  writeFileSync(backendFile, JSON.stringify({ version: 3, backend: { type: 's3', config } }, null, 2));
  console.log('\nOpenTofu has been successfully initialized!');
}

function plan() {
  const { flags, vars } = options([
    'input',
    'lock-timeout',
    'no-color',
    'detailed-exitcode',
    'destroy',
    'out',
    'var',
    'var-file',
    'lock',
  ]);
  const config = backend();
  const { text, variables, resources } = configuration();
  const values = {};
  for (const variable of variables) {
    const given = vars.find((arg) => arg.startsWith(`-var=${variable.name}=`));
    const value = given
      ? given.slice(`-var=${variable.name}=`.length)
      : process.env[`TF_VAR_${variable.name}`];
    if (value === undefined && !variable.hasDefault)
      fail(
        `No value for required variable\n│ The root module input variable "${variable.name}" is not set, and has no default value.`,
      );
    if (value !== undefined) values[variable.name] = { value, sensitive: variable.sensitive };
  }
  const state = readState(config);
  const fingerprint = createHash('sha256').update(text).update(JSON.stringify(values)).digest('hex');
  const wanted = flags.destroy ? [] : resources;
  const add = wanted.filter((address) => !(address in state.resources));
  const change = wanted.filter(
    (address) => address in state.resources && state.resources[address] !== fingerprint,
  );
  const destroy = Object.keys(state.resources).filter((address) => !wanted.includes(address));
  const changes = add.length + change.length + destroy.length > 0;
  const summary = changes
    ? [
        ...add.map((a) => `  # ${a} will be created`),
        ...change.map((a) => `  # ${a} will be updated in-place`),
        ...destroy.map((a) => `  # ${a} will be destroyed`),
        '',
        `Plan: ${add.length} to add, ${change.length} to change, ${destroy.length} to destroy.`,
      ].join('\n')
    : 'No changes. Your infrastructure matches the configuration.';
  console.log(summary);
  if (typeof flags.out === 'string') {
    writeFileSync(
      flags.out,
      JSON.stringify({
        format: 'tofu-stand-in-plan/1',
        backend: config,
        lineage: state.lineage,
        serial: state.serial,
        destroy: Boolean(flags.destroy),
        variables: values,
        resources: Object.fromEntries(wanted.map((address) => [address, fingerprint])),
        summary,
      }),
    );
    console.log(`\nSaved the plan to: ${flags.out}`);
  }
  process.exit(flags['detailed-exitcode'] && changes ? 2 : 0);
}

function readPlan(file) {
  if (!existsSync(file)) fail(`Failed to load "${file}" as a plan file: no such file`);
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    if (saved.format === 'tofu-stand-in-plan/1') return saved;
  } catch {
    // falls through to the error below
  }
  fail(`Failed to load "${file}" as a plan file`);
}

function show() {
  const { positional } = options(['no-color', 'json']);
  if (positional.length !== 1) fail('show takes exactly one plan file here');
  const saved = readPlan(positional[0]);
  console.log(saved.summary);
}

function apply() {
  const { flags, positional, vars } = options([
    'input',
    'lock-timeout',
    'no-color',
    'auto-approve',
    'var',
    'var-file',
    'lock',
  ]);
  const config = backend();
  if (positional.length === 0) {
    if (!flags['auto-approve'])
      fail('apply without a saved plan needs -auto-approve when it cannot prompt (-input=false)');
    fail(
      'stand-in: apply without a saved plan is not reproduced; the workflows apply the reviewed plan file',
    );
  }
  if (vars.length)
    fail(
      "Can't set variables when applying a saved plan\n│ The -var and -var-file options cannot be used when applying a saved plan file.",
    );
  const file = positional[0];
  const saved = readPlan(file);
  if (JSON.stringify(saved.backend) !== JSON.stringify(config))
    fail('Saved plan was made for another backend');
  const state = readState(config);
  if (state.serial !== saved.serial || state.lineage !== saved.lineage)
    fail(
      'Saved plan is stale\n│ The given plan file can no longer be applied because the state was changed by another operation after the plan was created.',
    );
  const path = statePath(config);
  mkdirSync(dirname(path), { recursive: true });
  const lineage = state.lineage || createHash('sha256').update(path).digest('hex').slice(0, 16);
  writeFileSync(path, JSON.stringify({ serial: state.serial + 1, lineage, resources: saved.resources }));
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  appendFileSync(
    join(stateRoot, 'applied.log'),
    `${config.bucket}/${config.key} ${sha}${saved.destroy ? ' destroy' : ''}\n`,
  );
  const [, add = '0', change = '0', destroy = '0'] =
    /(\d+) to add, (\d+) to change, (\d+) to destroy/.exec(saved.summary) ?? [];
  console.log(`Apply complete! Resources: ${add} added, ${change} changed, ${destroy} destroyed.`);
}

switch (command) {
  case 'version':
    console.log('OpenTofu v1.10.6 (stand-in)\non linux_amd64');
    break;
  case 'init':
    await init();
    break;
  case 'plan':
    plan();
    break;
  case 'show':
    show();
    break;
  case 'apply':
    apply();
    break;
  default:
    fail(`stand-in: subcommand "${command ?? ''}" is not reproduced`);
}
