// Summaries of repeated measurements: median and p90 (linear interpolation between ranks).

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const round = (v) => (Number.isFinite(v) ? Math.round(v * 10) / 10 : null);

/** { runs, median, p90, min, max, samples } of a list of numbers (rounded to 0.1). */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: samples.length,
    median: round(quantile(sorted, 0.5)),
    p90: round(quantile(sorted, 0.9)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    samples: samples.map(round),
  };
}

/** A single figure that is not repeated (e.g. a byte count) in the same shape as summarise's. */
export function single(value) {
  return { runs: 1, median: value, p90: value, min: value, max: value, samples: [value] };
}
