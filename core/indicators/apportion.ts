/** Decimals of a step: 1 → 0, 0.1 → 1. */
const decimalsOf = (step: number) => Math.max(0, Math.round(-Math.log10(step)));

/** x rounded to a multiple of step (1 for counts, 0.1 for amounts), without binary-fraction tails. */
export function roundToStep(x: number, step: number): number {
  return Number((Math.round(x / step) * step).toFixed(decimalsOf(step)));
}

/**
 * `total` split in proportion to `weights` into multiples of `step` that add
 * up to it exactly (largest remainder: each gets the floor of its quota, the
 * units left go to the largest fractions, the earlier part first on a tie).
 * Weights all zero share equally.
 */
export function apportion(total: number, weights: number[], step: number): number[] {
  if (weights.length === 0) return [];
  const units = Math.round(total / step);
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (sum > 0 ? (units * w) / sum : units / weights.length));
  const floors = quotas.map(Math.floor);
  let left = units - floors.reduce((s, f) => s + f, 0);
  const order = quotas.map((q, i) => ({ i, fraction: q - floors[i]! })).sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((f) => roundToStep(f * step, step));
}
