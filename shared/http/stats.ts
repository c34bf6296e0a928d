// Latency statistics over the samples of one check (nearest-rank percentiles).

export interface LatencyStats {
  count: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of samples sorted ascending. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function latencyStats(samples: readonly number[]): LatencyStats | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    min: roundMs(sorted[0] ?? 0),
    median: roundMs(percentile(sorted, 0.5)),
    p95: roundMs(percentile(sorted, 0.95)),
    max: roundMs(sorted[sorted.length - 1] ?? 0),
  };
}
