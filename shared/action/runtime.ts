// The GitHub runner's protocol (inputs, file commands, workflow commands), written out here
// instead of loading @actions/core: it costs ~55 ms of start-up that the budget cannot spare.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomUUID } from 'node:crypto';

export type Env = Record<string, string | undefined>;

/** Env var of an input: upper-cased, spaces to underscores, hyphens kept — as the runner sets it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function getInput(name: string, env: Env = process.env): string {
  return (env[inputEnvName(name)] ?? '').trim();
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type CommandProperties = Record<string, string | number | undefined>;

export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

/** `name<<delimiter` form, with a delimiter that cannot occur in the value. */
function fileCommandEntry(key: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (key.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
}

function writeFileCommand(fileVariable: string, key: string, value: string, fallback: () => void): void {
  const file = process.env[fileVariable];
  if (!file) {
    fallback();
    return;
  }
  appendFileSync(file, fileCommandEntry(key, value), 'utf8');
}

export function setOutput(name: string, value: string): void {
  writeFileCommand('GITHUB_OUTPUT', name, value, () => issueCommand('set-output', { name }, value));
}

export function saveState(name: string, value: string): void {
  writeFileCommand('GITHUB_STATE', name, value, () => issueCommand('save-state', { name }, value));
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  writeFileCommand('GITHUB_ENV', name, value, () => issueCommand('set-env', { name }, value));
}

const masked = new Set<string>();

/** Registers a secret with the runner so it is replaced by *** in the log; each line on its own. */
export function setSecret(value: string): void {
  for (const part of [value, ...value.split(/\r?\n/)]) {
    const trimmed = part.trim();
    if (trimmed.length < 3 || masked.has(trimmed)) continue;
    masked.add(trimmed);
    issueCommand('add-mask', {}, trimmed);
  }
}

export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export interface Annotation {
  title?: string;
  file?: string;
  line?: number;
}

export function notice(message: string, annotation: Annotation = {}): void {
  issueCommand('notice', { ...annotation }, message);
}

export function warning(message: string, annotation: Annotation = {}): void {
  issueCommand('warning', { ...annotation }, message);
}

export function error(message: string, annotation: Annotation = {}): void {
  issueCommand('error', { ...annotation }, message);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await body();
  } finally {
    endGroup();
  }
}

export function setFailed(message: string, annotation: Annotation = {}): void {
  process.exitCode = 1;
  error(message, annotation);
}

export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, markdown, 'utf8');
}
