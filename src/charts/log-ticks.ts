/** Where a log axis puts its ticks; the tick labels themselves are format.ts's formatTick. */

/** Powers of ten covering [min, max] (both > 0), for a log axis: 30..4000 → [10, 100, 1000, 10000]. */
export function powersOfTen(min: number, max: number): number[] {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  if (!(lo > 0) || !Number.isFinite(hi)) return [];
  const from = Math.floor(Math.log10(lo) + 1e-9);
  const to = Math.max(from, Math.ceil(Math.log10(hi) - 1e-9));
  const ticks: number[] = [];
  for (let e = from; e <= to; e += 1) ticks.push(Number((10 ** e).toPrecision(1)));
  return ticks;
}
