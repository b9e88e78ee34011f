/**
 * Which GPU of the catalog serves this scenario's load most cheaply: B on dedicated GPUs of
 * each type, everything else as the scenario has it. Pure; the page points the reader to the
 * cheapest one ("one L4 carries 5,000 requests/day at $0.0021 a request").
 */
import type { MonthRow } from '../model/calculate.ts';
import { runMonths } from '../model/months.ts';
import type { Scenario } from '../model/scenario.ts';
import { unitCosts } from '../model/unit-costs.ts';
import { GPUS, type Gpu } from './gpus.ts';
import { dedicatedServing } from './serving.ts';

/** What B's dedicated serving costs in a scenario. */
export interface ServingCost {
  /** The most GPUs of this type any month of the horizon needs. */
  peakGpus: number;
  /** B's cost of one request in month 1 on these GPUs (serving plus fallback); null at no volume. */
  costPerRequestB: number | null;
  /** B's total over the horizon on these GPUs. */
  totalB: number;
}

export interface GpuOption extends ServingCost {
  gpu: Gpu;
}

/**
 * B on dedicated GPUs as `s` describes them: its total over the horizon, the most GPUs a month
 * needs and month 1's cost per request (serving plus fallback; null at no volume).
 */
export function dedicatedCost(s: Scenario): ServingCost {
  const rows: MonthRow[] = [];
  const { totalB } = runMonths(s, unitCosts(s), s.requestsPerDay, rows);
  const month1 = rows[1];
  const costPerRequestB =
    month1 && month1.requests > 0 ? (month1.inferenceB + month1.fallbackB) / month1.requests : null;
  return { totalB, peakGpus: Math.max(0, ...rows.map((row) => row.gpus ?? 0)), costPerRequestB };
}

/**
 * Every catalog GPU for serving B's model (`baseModelId`) dedicated, cheapest total first. The
 * chosen GPU (`gpuId`) keeps the scenario's own figures, which the user may have edited; every
 * other GPU takes the catalog's price, throughput and minimum count for this model.
 */
export function gpuOptions(scenario: Scenario, baseModelId: string, gpuId: string): GpuOption[] {
  const dedicated: Scenario = { ...scenario, servingMode: 'dedicated' };
  return GPUS.map((gpu): GpuOption => {
    if (gpu.id === gpuId) return { gpu, ...dedicatedCost(dedicated) };
    const serving = dedicatedServing(baseModelId, gpu.id);
    const onThisGpu: Scenario = {
      ...dedicated,
      gpuHourlyPrice: gpu.hourlyPrice.value,
      gpuOutputTokensPerSecond: serving.outputTokensPerSecond.value,
      minGpus: serving.minGpus.value,
    };
    return { gpu, ...dedicatedCost(onThisGpu) };
  }).sort((x, y) => x.totalB - y.totalB);
}

/** The cheapest option, and the chosen GPU's for comparison; undefined for an unknown id. */
export function cheapestGpu(
  scenario: Scenario,
  baseModelId: string,
  gpuId: string,
): { cheapest: GpuOption; current: GpuOption } | undefined {
  const options = gpuOptions(scenario, baseModelId, gpuId);
  const cheapest = options[0];
  const current = options.find((o) => o.gpu.id === gpuId);
  return cheapest && current ? { cheapest, current } : undefined;
}
