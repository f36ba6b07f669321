// Percentiles over samples; medians and ratios because these machines are shared and noisy.
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export function summary(samples) {
  return { n: samples.length, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}
