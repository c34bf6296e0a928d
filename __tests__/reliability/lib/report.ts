// Figures of the reliability suite: each test file records what it injected and verified (only
// after its assertions passed), saves them as one JSON section under .test-env/reliability/, and
// rewrites docs/reliability.md from every section saved so far (jest runs the files in parallel,
// so the last file to finish writes the complete report).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/harness.js';
import type { FaultKind, RecordedCall } from '../../support/proxy.js';

export interface FaultRun {
  scenario: string;
  faults: Record<FaultKind, number>;
  calls: number;
  /** Faulted calls: each one the client had to retry for the scenario to succeed. */
  retries: number;
  sideEffects: string[];
}

export interface Cancellation {
  scenario: string;
  signal: string;
  signalToExitMs: number;
  stateReached: string;
}

export interface Section {
  action: string;
  ranAt: string;
  faultRuns: FaultRun[];
  cancellations: Cancellation[];
  badInputs: { tried: number; awsCalls: number; mutatingCalls: number };
  secrets: Array<{ scenario: string; secrets: number; places: number }>;
  injections: Array<{ scenario: string; checked: string }>;
  /** Hostile values (paths, patterns, bounds) and what the action did with them. */
  hostile?: Array<{ scenario: string; value: string; outcome: string }>;
  /** Calls that went through a real proxy, counted in its access log. */
  proxied?: Array<{ scenario: string; variables: string; requests: number; outcome: string }>;
  /** Policies and host names checked per partition. */
  partitions?: Array<{ check: string; partitions: string; count: number }>;
  /** Crafted deployment records given to auto-rollback: each must be refused without a change. */
  hostileRecords?: HostileRecord[];
  /** Cancels after the deploy changed something: the restore started within the grace period. */
  survived?: SurvivedCancel[];
}

export interface SurvivedCancel {
  /** The action cancelled (one reliability file may cancel several). */
  action: string;
  scenario: string;
  signal: string;
  /** From the signal to the restore's first mutating call reaching moto. */
  signalToRestoreMs: number;
  signalToExitMs: number;
  /** What was read back: the live state and the outputs. */
  outcome: string;
}

export interface HostileRecord {
  target: string;
  scenario: string;
  errors: number;
  mutatingCalls: number;
  kubeMutations: number;
}

const SECTIONS_DIR = join(REPO_ROOT, '.test-env', 'reliability');
export const REPORT_FILE = join(REPO_ROOT, 'docs', 'reliability.md');

export function faultCounts(calls: readonly RecordedCall[]): Record<FaultKind, number> {
  const counts: Record<FaultKind, number> = { throttle: 0, http500: 0, drop: 0, latency: 0 };
  for (const call of calls) if (call.faulted) counts[call.faulted] += 1;
  return counts;
}

export class Figures {
  private readonly section: Section;

  constructor(action: string) {
    this.section = {
      action,
      ranAt: new Date().toISOString(),
      faultRuns: [],
      cancellations: [],
      badInputs: { tried: 0, awsCalls: 0, mutatingCalls: 0 },
      secrets: [],
      injections: [],
    };
  }

  fault(scenario: string, calls: readonly RecordedCall[], sideEffects: string[]): void {
    this.faultTally(scenario, calls.length, faultCounts(calls), sideEffects);
  }

  /** For faults counted by hand (a flaky HTTP server rather than the proxy). */
  faultTally(
    scenario: string,
    calls: number,
    faults: Record<FaultKind, number>,
    sideEffects: string[],
  ): void {
    const retries = faults.throttle + faults.http500 + faults.drop;
    this.section.faultRuns.push({ scenario, faults, calls, retries, sideEffects });
  }

  cancellation(entry: Cancellation): void {
    this.section.cancellations.push({ ...entry, signalToExitMs: Math.round(entry.signalToExitMs) });
  }

  badInput(awsCalls: number, mutatingCalls: number): void {
    this.section.badInputs.tried += 1;
    this.section.badInputs.awsCalls += awsCalls;
    this.section.badInputs.mutatingCalls += mutatingCalls;
  }

  secret(scenario: string, secrets: number, places: number): void {
    this.section.secrets.push({ scenario, secrets, places });
  }

  injection(scenario: string, checked: string): void {
    this.section.injections.push({ scenario, checked });
  }

  hostileRecord(entry: HostileRecord): void {
    (this.section.hostileRecords ??= []).push(entry);
  }

  hostileValue(scenario: string, value: string, outcome: string): void {
    (this.section.hostile ??= []).push({ scenario, value, outcome });
  }

  proxied(scenario: string, variables: string, requests: number, outcome: string): void {
    (this.section.proxied ??= []).push({ scenario, variables, requests, outcome });
  }

  survivedCancel(entry: SurvivedCancel): void {
    (this.section.survived ??= []).push({
      ...entry,
      signalToRestoreMs: Math.round(entry.signalToRestoreMs),
      signalToExitMs: Math.round(entry.signalToExitMs),
    });
  }

  partition(check: string, partitions: string, count: number): void {
    (this.section.partitions ??= []).push({ check, partitions, count });
  }

  /** Saves this file's section and rewrites the report from all sections. */
  save(): void {
    mkdirSync(SECTIONS_DIR, { recursive: true });
    writeFileSync(
      join(SECTIONS_DIR, `${this.section.action}.json`),
      `${JSON.stringify(this.section, null, 2)}\n`,
    );
    writeReport(readSections());
  }
}

function readSections(): Section[] {
  return readdirSync(SECTIONS_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(SECTIONS_DIR, file), 'utf8')) as Section);
}

const cell = (text: string | number): string =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
const row = (cells: Array<string | number>): string => `| ${cells.map(cell).join(' | ')} |`;

export function renderReport(sections: Section[]): string {
  const lines: string[] = [
    '# Reliability and security report',
    '',
    'Written by the reliability suite (`npm run test:reliability`, also part of `npm test`) from the',
    'figures of its last run; do not edit by hand. Every figure below comes from an assertion that',
    'passed: a scenario is listed only when it succeeded and its side effects were read back.',
    '',
    'Fault plan of every AWS scenario, through the recording, fault-injecting proxy in front of moto:',
    'throttling on 20 % of calls, HTTP 500 on 5 %, 300 ms added to every call, and one connection',
    'dropped during the wait (the first poll after the change). Retries are the faulted calls the',
    'action had to repeat. eks-rolling-update waits on the Kubernetes API, not on AWS: its AWS calls',
    'get the rates and the latency but there is no AWS wait to drop a connection in. smoke-test calls no',
    'AWS API: a local server plays the same plan (503 for throttling, 500, 300 ms, one dropped socket).',
    '',
    '## Faults',
    '',
    row([
      'action',
      'scenario',
      'calls',
      'throttled',
      'HTTP 500',
      'dropped',
      'delayed',
      'retries',
      'side effects verified (read back)',
    ]),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
  ];
  for (const section of sections)
    for (const run of section.faultRuns)
      lines.push(
        row([
          section.action,
          run.scenario,
          run.calls,
          run.faults.throttle,
          run.faults.http500,
          run.faults.drop,
          run.faults.latency,
          run.retries,
          run.sideEffects.join('; '),
        ]),
      );
  lines.push(
    '',
    '## Cancellation',
    '',
    'The signal is sent while the action waits; the time is from the signal to the process exit.',
    '',
    row(['action', 'scenario', 'signal', 'signal → exit (ms)', 'state recorded']),
    row(['---', '---', '---', '---:', '---']),
  );
  for (const section of sections)
    for (const entry of section.cancellations)
      lines.push(
        row([section.action, entry.scenario, entry.signal, entry.signalToExitMs, entry.stateReached]),
      );
  const survived = sections.flatMap((section) => section.survived ?? []);
  if (survived.length) {
    lines.push(
      '',
      '## Cancellations survived',
      '',
      'The job is cancelled after the deploy changed the service (`rollback-on-cancel: true`). The',
      'runner sends SIGINT, SIGTERM 7.5 s later and kills the process 2.5 s after that; `if: failure()`',
      'steps do not run. The restore must start within that grace period: times are from the signal to',
      "the restore's first mutating call reaching moto, and to the process exit.",
      '',
      row(['action', 'scenario', 'signal', 'signal → restore (ms)', 'signal → exit (ms)', 'read back']),
      row(['---', '---', '---', '---:', '---:', '---']),
    );
    for (const entry of survived)
      lines.push(
        row([
          entry.action,
          entry.scenario,
          entry.signal,
          entry.signalToRestoreMs,
          entry.signalToExitMs,
          entry.outcome,
        ]),
      );
  }
  lines.push(
    '',
    '## Bad inputs',
    '',
    'Each one exits 1 with exactly one `::error::` line naming the input.',
    '',
    row(['action', 'bad inputs tried', 'AWS calls made', 'mutating calls made']),
    row(['---', '---:', '---:', '---:']),
  );
  for (const section of sections)
    if (section.badInputs.tried > 0)
      lines.push(
        row([
          section.action,
          section.badInputs.tried,
          section.badInputs.awsCalls,
          section.badInputs.mutatingCalls,
        ]),
      );
  const hostile = sections.flatMap((section) => section.hostileRecords ?? []);
  if (hostile.length) {
    lines.push(
      '',
      '## Hostile records',
      '',
      'Deployment records crafted from a real, anchored one (edited, replayed on another resource,',
      'stripped of their id) given to the auto-rollback bundle: each is refused before any change.',
      '',
      row([
        'target',
        'records tried',
        '`::error::` lines',
        'mutating AWS calls',
        'mutating Kubernetes requests',
      ]),
      row(['---', '---:', '---:', '---:', '---:']),
    );
    for (const target of [...new Set(hostile.map((entry) => entry.target))]) {
      const of = hostile.filter((entry) => entry.target === target);
      const sum = (key: 'errors' | 'mutatingCalls' | 'kubeMutations'): number =>
        of.reduce((total, entry) => total + entry[key], 0);
      lines.push(row([target, of.length, sum('errors'), sum('mutatingCalls'), sum('kubeMutations')]));
    }
  }
  lines.push(
    '',
    '## Secrets',
    '',
    'Known secret values fed to the run and searched for, unmasked, in stdout, stderr, outputs, state,',
    'env, the job summary and every file the run wrote.',
    '',
    row(['action', 'scenario', 'secrets fed', 'places searched']),
    row(['---', '---', '---:', '---:']),
  );
  for (const section of sections)
    for (const entry of section.secrets)
      lines.push(row([section.action, entry.scenario, entry.secrets, entry.places]));
  lines.push(
    '',
    '## Output injection',
    '',
    row(['action', 'crafted input', 'checked']),
    row(['---', '---', '---']),
  );
  for (const section of sections)
    for (const entry of section.injections) lines.push(row([section.action, entry.scenario, entry.checked]));
  lines.push(
    '',
    '## Hostile values',
    '',
    'Values a red team would try; each row is a run whose outcome was asserted. Every secret of the',
    'Secrets table above was fed in such shapes too (malformed lines, YAML errors, reflected by a',
    'server): 0 leaks.',
    '',
    row(['action', 'scenario', 'value', 'outcome']),
    row(['---', '---', '---', '---']),
  );
  for (const section of sections)
    for (const entry of section.hostile ?? [])
      lines.push(row([section.action, entry.scenario, entry.value, entry.outcome]));
  lines.push(
    '',
    '## Proxied calls',
    '',
    'Through a real tinyproxy on loopback; requests are counted in its access log.',
    '',
    row(['action', 'scenario', 'variables', 'requests in the proxy log', 'outcome']),
    row(['---', '---', '---', '---:', '---']),
  );
  for (const section of sections)
    for (const entry of section.proxied ?? [])
      lines.push(row([section.action, entry.scenario, entry.variables, entry.requests, entry.outcome]));
  lines.push('', '## Partitions', '', row(['check', 'partitions', 'checked']), row(['---', '---', '---:']));
  for (const section of sections)
    for (const entry of section.partitions ?? [])
      lines.push(row([entry.check, entry.partitions, entry.count]));
  lines.push(
    '',
    '## Runs',
    '',
    row(['action', 'last run']),
    row(['---', '---']),
    ...sections.map((section) => row([section.action, section.ranAt])),
    '',
  );
  return lines.join('\n');
}

function writeReport(sections: Section[]): void {
  mkdirSync(join(REPO_ROOT, 'docs'), { recursive: true });
  writeFileSync(REPORT_FILE, renderReport(sections));
}
