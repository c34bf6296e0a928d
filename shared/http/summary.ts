// The smoke-test part of a job summary: a table of checks, the failures in words, and a Mermaid
// xychart-beta of latency (GitHub renders it) when there are several samples.
import { code, escapeText, type Summary, type Text } from '../action/summary.js';
import { formatDuration } from '../action/duration.js';
import type { CheckReport, SmokeReport } from './smoke.js';

const RESULT: Record<CheckReport['outcome'], string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  timeout: '❌ timed out',
  cancelled: '⏹️ cancelled',
};
const MAX_CHART_POINTS = 60;

function latencyCell(check: CheckReport): string {
  return check.latencyMs
    ? `${formatDuration(check.latencyMs.median)} / ${formatDuration(check.latencyMs.p95)}`
    : '–';
}

function certificateCell(check: CheckReport): string {
  if (!check.certificate) return '–';
  const days = check.certificate.daysLeft;
  return days < 0 ? `expired ${-days} d ago` : `${days}`;
}

/** Text inside a Mermaid string: no quotes, brackets or line breaks. */
function chartLabel(text: string, max = 24): string {
  const clean = text
    .replace(/["'`\\[\]\r\n;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}"`;
}

function axisTop(values: readonly number[]): number {
  const top = Math.max(1, ...values);
  return Math.ceil((top * 11) / 10);
}

/** Mermaid xychart-beta source, or undefined when there are fewer than two samples. */
export function latencyChart(report: SmokeReport): string | undefined {
  const measured = report.checks.filter((check) => check.samplesMs.length > 0);
  const samples = measured.reduce((total, check) => total + check.samplesMs.length, 0);
  if (samples < 2) return undefined;
  const [only] = measured;
  if (measured.length === 1 && only) {
    const points = only.samplesMs.slice(-MAX_CHART_POINTS).map((ms) => Math.round(ms));
    const first = only.samplesMs.length - points.length + 1;
    return [
      'xychart-beta',
      `  title ${chartLabel(`Latency per attempt: ${only.name}`, 60)}`,
      `  x-axis "attempt" [${points.map((_, index) => first + index).join(', ')}]`,
      `  y-axis "latency (ms)" 0 --> ${axisTop(points)}`,
      `  line [${points.join(', ')}]`,
    ].join('\n');
  }
  const medians = measured.map((check) => Math.round(check.latencyMs?.median ?? 0));
  const p95s = measured.map((check) => Math.round(check.latencyMs?.p95 ?? 0));
  return [
    'xychart-beta',
    '  title "Latency per check: median (bars) and p95 (line), ms"',
    `  x-axis [${measured.map((check) => chartLabel(check.name)).join(', ')}]`,
    `  y-axis "latency (ms)" 0 --> ${axisTop(p95s)}`,
    `  bar [${medians.join(', ')}]`,
    `  line [${p95s.join(', ')}]`,
  ].join('\n');
}

export function renderSmokeSummary(summary: Summary, report: SmokeReport, title = 'Smoke test'): Summary {
  const failed = report.checks.filter((check) => !check.passed);
  summary.heading(title);
  if (report.checks.length === 0) summary.status('failure', 'No checks were run.');
  else if (failed.length === 0)
    summary.status(
      'success',
      `All ${report.checks.length} check${report.checks.length === 1 ? '' : 's'} passed in ${formatDuration(report.elapsedMs)}.`,
    );
  else
    summary.status(
      'failure',
      `${failed.length} of ${report.checks.length} checks failed after ${formatDuration(report.elapsedMs)}.`,
    );
  const rows: Text[][] = report.checks.map((check) => [
    check.name,
    RESULT[check.outcome],
    String(check.attempts),
    check.lastStatus === null ? '–' : String(check.lastStatus),
    latencyCell(check),
    certificateCell(check),
  ]);
  summary.table(
    ['Check', 'Result', 'Attempts', 'Last status', 'Latency median / p95', 'Certificate days left'],
    rows,
  );
  if (failed.length > 0) {
    summary.heading('Why checks failed', 3);
    summary.list(
      failed.map((check) => ({
        markdown: `${code(check.name)}: ${escapeText(check.failureReason ?? '')}`,
      })),
    );
  }
  const chart = latencyChart(report);
  if (chart) summary.codeBlock(chart, 'mermaid');
  return summary;
}
