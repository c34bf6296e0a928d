// The runner protocol, through @actions/core: inputs, outputs, state, masking, annotations, groups
// and the job summary. The actions import these names from here, so the toolkit is one import away
// and what the actions need of it (per-line masking, annotations with a line) is said once.
import * as core from '@actions/core';
import { inPhase } from '../wait/budget.js';

export type Env = Record<string, string | undefined>;

/** Env var of an input: upper-cased, spaces to underscores, hyphens kept — as the runner sets it. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** An input's value, trimmed, '' when not given. Reads through @actions/core unless `env` is given. */
export function getInput(name: string, env: Env = process.env): string {
  if (env === process.env) return core.getInput(name);
  return (env[inputEnvName(name)] ?? '').trim();
}

export function setOutput(name: string, value: string): void {
  core.setOutput(name, value);
}

export function saveState(name: string, value: string): void {
  core.saveState(name, value);
}

export function getState(name: string): string {
  return core.getState(name);
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}

const masked = new Set<string>();

/**
 * Registers a secret with the runner so it is replaced by *** in the log: the whole value and each
 * of its lines (the runner masks line by line, so a multi-line secret needs both), once each.
 */
export function setSecret(value: string): void {
  for (const part of [value, ...value.split(/\r?\n/)]) {
    const trimmed = part.trim();
    if (trimmed.length < 3 || masked.has(trimmed)) continue;
    masked.add(trimmed);
    core.setSecret(trimmed);
  }
}

export function isDebug(): boolean {
  return core.isDebug();
}

export function info(message: string): void {
  core.info(message);
}

export function debug(message: string): void {
  core.debug(message);
}

export interface Annotation {
  title?: string;
  file?: string;
  line?: number | undefined;
}

function properties({ title, file, line }: Annotation): core.AnnotationProperties {
  return {
    ...(title === undefined ? {} : { title }),
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { startLine: line }),
  };
}

export function notice(message: string, annotation: Annotation = {}): void {
  core.notice(message, properties(annotation));
}

export function warning(message: string, annotation: Annotation = {}): void {
  core.warning(message, properties(annotation));
}

export function error(message: string, annotation: Annotation = {}): void {
  core.error(message, properties(annotation));
}

export function startGroup(name: string): void {
  core.startGroup(name);
}

export function endGroup(): void {
  core.endGroup();
}

/** A log group, which is also the step's phase that a time budget report names. */
export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  return core.group(name, () => inPhase(name, body));
}

/** Exit code 1 and an error annotation: core.setFailed, or with the annotation's file and line. */
export function setFailed(message: string, annotation: Annotation = {}): void {
  const where = properties(annotation);
  if (Object.keys(where).length === 0) {
    core.setFailed(message);
    return;
  }
  process.exitCode = 1;
  core.error(message, where);
}

let summaryFile: string | undefined;

/** Appends Markdown to the job summary (core.summary); nothing when the runner gave no summary file. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  // core.summary keeps the first path it resolved. The runner never changes it within a step; a
  // test that runs an action twice in one process does, so a changed path is resolved again.
  if (file !== summaryFile) {
    (core.summary as unknown as { _filePath?: string | undefined })._filePath = undefined;
    summaryFile = file;
  }
  await core.summary.emptyBuffer().addRaw(markdown).write();
}
