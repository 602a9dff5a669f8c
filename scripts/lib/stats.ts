// Summaries for the benchmark scripts: timings are reported, never pass/fail.

export type Summary = { median: number; min: number; max: number; runs: number };

/** Median (mean of the middle two for an even count), minimum and maximum of some samples. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 };
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? Number.NaN)
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: sorted.length,
  };
}

/** One table row: a label and median / min / max formatted by `format`. */
export function summaryRow(
  label: string,
  summary: Summary,
  format: (value: number) => string,
  width = 34,
): string {
  return (
    label.padEnd(width) +
    format(summary.median).padStart(12) +
    format(summary.min).padStart(12) +
    format(summary.max).padStart(12)
  );
}

export function summaryHeader(first: string, width = 34): string {
  return first.padEnd(width) + 'median'.padStart(12) + 'min'.padStart(12) + 'max'.padStart(12);
}
