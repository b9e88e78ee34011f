/**
 * Which GPU of the catalog serves this scenario's load most cheaply: B on dedicated GPUs of
 * each type, everything else as the scenario has it. Pure; the page points the reader to the
 * cheapest one ("one L4 carries 5,000 requests/day at $0.0021 a request"). The cost model comes
 * in as a function (state/selectors.ts's dedicatedCost): this module loads with the catalog.
 */
import type { Scenario } from '../model/scenario.ts';
import { GPUS, type Gpu } from './gpus.ts';
import { dedicatedServing } from './serving.ts';

/** What B's dedicated serving costs in a scenario (the cost model, passed in). */
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
 * Every catalog GPU for serving B's model (`baseModelId`) dedicated, cheapest total first. The
 * chosen GPU (`gpuId`) keeps the scenario's own figures, which the user may have edited; every
 * other GPU takes the catalog's price, throughput and minimum count for this model.
 */
export function gpuOptions(
  scenario: Scenario,
  baseModelId: string,
  gpuId: string,
  cost: (s: Scenario) => ServingCost,
): GpuOption[] {
  const dedicated: Scenario = { ...scenario, servingMode: 'dedicated' };
  return GPUS.map((gpu): GpuOption => {
    if (gpu.id === gpuId) return { gpu, ...cost(dedicated) };
    const serving = dedicatedServing(baseModelId, gpu.id);
    const onThisGpu: Scenario = {
      ...dedicated,
      gpuHourlyPrice: gpu.hourlyPrice.value,
      gpuOutputTokensPerSecond: serving.outputTokensPerSecond.value,
      minGpus: serving.minGpus.value,
    };
    return { gpu, ...cost(onThisGpu) };
  }).sort((x, y) => x.totalB - y.totalB);
}

/** The cheapest option, and the chosen GPU's for comparison; undefined for an unknown id. */
export function cheapestGpu(
  scenario: Scenario,
  baseModelId: string,
  gpuId: string,
  cost: (s: Scenario) => ServingCost,
): { cheapest: GpuOption; current: GpuOption } | undefined {
  const options = gpuOptions(scenario, baseModelId, gpuId, cost);
  const cheapest = options[0];
  const current = options.find((o) => o.gpu.id === gpuId);
  return cheapest && current ? { cheapest, current } : undefined;
}
