// The job summary: repository, tags, digest, size, build time, cache use, scan result.
import { code, raw, type Summary } from '../../../shared/action/summary.js';
import { formatDuration } from '../../../shared/action/duration.js';
import type { EnsuredRepository } from './repository.js';
import type { GateDecision, ScanOutcome, Finding } from './scan.js';
import type { Severity } from './severity.js';
import { SEVERITIES } from './severity.js';
import type { Builder, BuildxBuilder, CacheDecision } from './builder.js';
import { formatIgnoreEntry } from './ignore.js';

export interface Report {
  repository: string;
  tags: string[];
  push: boolean;
  threshold: Severity | undefined;
  /** Tags added to the pushed image after the gate passed. */
  addedTags?: string[];
  /** Tags not added because the gate refused the image. */
  withheldTags?: string[];
  builder?: Builder;
  buildx?: BuildxBuilder | undefined;
  cache?: CacheDecision;
  /** URI of the repository beside an immutable one that holds the build cache. */
  cacheRepository?: string | undefined;
  repositoryState?: EnsuredRepository | undefined;
  registry?: string;
  repositoryUri?: string;
  references?: string[];
  buildMs?: number;
  pushMs?: number;
  cacheSteps?: number;
  layersPushed?: number;
  layersReused?: number;
  digest?: string;
  sizeBytes?: number | undefined;
  scan?: ScanOutcome | undefined;
  gate?: GateDecision | undefined;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

function repositoryLine(state: Report): string {
  const repository = state.repositoryState;
  if (!repository) return state.push ? 'not reached' : 'looked up only (push: false)';
  return repository.created
    ? `created (${repository.mutability}, scan on push ${repository.scanOnPush})`
    : `existing (${repository.mutability}, left unchanged)`;
}

function builderLine(state: Report): string {
  if (state.builder === 'docker') return 'docker build (classic)';
  const buildx = state.buildx;
  return buildx
    ? `docker buildx, builder ${code(buildx.name)} (${buildx.driver} driver${buildx.containerdStore ? ', containerd image store' : ''})`
    : 'docker buildx';
}

function cacheLine(state: Report): string {
  const parts: string[] = [];
  if (state.cache)
    parts.push(
      `${state.cache.kind} — ${state.cache.reason}${state.cacheRepository ? ` (in ${code(state.cacheRepository)})` : ''}`,
    );
  if (state.cacheSteps !== undefined) parts.push(`${state.cacheSteps} build step(s) from cache`);
  if (state.layersPushed !== undefined)
    parts.push(`${state.layersPushed} layer(s) uploaded, ${state.layersReused ?? 0} already in the registry`);
  return parts.join('; ') || '—';
}

export function scanLine(state: Report): string {
  if (!state.push) return 'not scanned (push: false)';
  const scan = state.scan;
  if (!scan) return 'not reached';
  if (scan.status === 'unavailable') return `⚠️ no result: ${scan.reason}`;
  const counts =
    SEVERITIES.filter((s) => scan.counts[s])
      .map((s) => `${s} ${scan.counts[s]}`)
      .join(', ') || 'no findings';
  const gate = state.gate;
  const verdict = !state.threshold
    ? 'report only (fail-on-severity is empty)'
    : gate?.passed
      ? `passed (threshold ${state.threshold})`
      : `❌ failed: ${gate?.failing.length ?? 0} finding(s) at ${state.threshold} or above`;
  return `${verdict} — ${counts}${gate?.ignored.length ? `; ${gate.ignored.length} ignored` : ''}`;
}

function tagsLine(state: Report): string {
  const [first, ...rest] = state.tags;
  if (!state.push || !state.digest) return state.tags.map(code).join(', ');
  const parts = [`${code(first ?? '')} pushed`];
  if (state.addedTags?.length) parts.push(`${state.addedTags.map(code).join(', ')} added after the gate`);
  if (state.withheldTags?.length)
    parts.push(`**withheld** (the gate refused the image): ${state.withheldTags.map(code).join(', ')}`);
  else if (rest.length && !state.addedTags) parts.push(`not reached: ${rest.map(code).join(', ')}`);
  return parts.join('; ');
}

function findingRows(
  findings: readonly Finding[],
  status: (f: Finding) => string,
): ReturnType<typeof raw>[][] {
  return findings.map((f) => [
    raw(code(f.id)),
    raw(f.severity),
    raw(code(f.package || '—')),
    raw(code(f.installed || '—')),
    raw(code(f.fixed || '—')),
    raw(status(f)),
  ]);
}

export function report(summary: Summary, state: Report): void {
  summary.heading(`build-push-ecr: ${state.repository}`);
  const rows: [string, ReturnType<typeof raw> | string][] = [
    [
      'Repository',
      state.repositoryUri
        ? raw(`${code(state.repositoryUri)} — ${repositoryLine(state)}`)
        : repositoryLine(state),
    ],
    ['Tags', raw(tagsLine(state))],
  ];
  if (state.digest) rows.push(['Digest', raw(code(state.digest))]);
  if (state.sizeBytes !== undefined) rows.push(['Size', formatBytes(state.sizeBytes)]);
  if (state.builder) rows.push(['Builder', raw(builderLine(state))]);
  if (state.buildMs !== undefined) rows.push(['Build time', formatDuration(state.buildMs)]);
  if (state.pushMs !== undefined) rows.push(['Push time', formatDuration(state.pushMs)]);
  rows.push(['Cache', raw(cacheLine(state))]);
  rows.push(['Scan', scanLine(state)]);
  summary.table(
    ['', ''],
    rows.map(([label, value]) => [label, value]),
  );
  const differences = state.repositoryState?.differences ?? [];
  if (differences.length) {
    summary.paragraph('The existing repository was left unchanged; its settings differ from the inputs:');
    summary.list(differences);
  }
  const expired = state.gate?.expired ?? [];
  if (expired.length) {
    summary.paragraph('These ignore-vulnerabilities entries have expired and no longer apply:');
    summary.list(expired.map(formatIgnoreEntry));
  }
  const scan = state.scan;
  if (scan?.status === 'complete' && scan.findings.length) {
    const failing = new Set(state.gate?.failing ?? []);
    const ignored = new Set(state.gate?.ignored ?? []);
    const status = (f: Finding): string =>
      failing.has(f) ? '❌ fails the gate' : ignored.has(f) ? 'ignored' : '';
    const header = ['ID', 'Severity', 'Package', 'Installed', 'Fixed in', 'Gate'];
    const shown = scan.findings.slice(0, 50);
    summary.details(`Scan findings (${scan.findings.length})`, (inner) => {
      inner.table(header, findingRows(shown, status));
      if (scan.findings.length > shown.length)
        inner.paragraph(`… and ${scan.findings.length - shown.length} more.`);
    });
  }
}
