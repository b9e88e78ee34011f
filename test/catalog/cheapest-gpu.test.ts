import { describe, expect, it } from 'vitest';
import { cheapestGpu, gpuOptions } from '../../src/catalog/cheapest-gpu.ts';
import { DEFAULT_SELECTION } from '../../src/catalog/fields.ts';
import { GPUS } from '../../src/catalog/gpus.ts';
import { catalogFields } from '../../src/catalog/field-sources.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

const base = DEFAULT_SELECTION.baseModelId;
const scenarioOn = (gpuId: string, requestsPerDay: number): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...catalogFields({ ...DEFAULT_SELECTION, gpuId }),
  servingMode: 'dedicated',
  requestsPerDay,
});

describe('the cheapest catalog GPU for a load', () => {
  it.each([500, 5_000, 200_000, 5_000_000])(
    'at %i requests/day agrees with the model run on each GPU’s catalog figures',
    (volume) => {
      const current = scenarioOn(DEFAULT_SELECTION.gpuId, volume);
      const options = gpuOptions(current, base, DEFAULT_SELECTION.gpuId);
      expect(options.map((o) => o.gpu.id).sort()).toEqual(GPUS.map((g) => g.id).sort());
      for (const option of options) {
        // The oracle: calculate() on the scenario as the catalog fills it for that GPU.
        const result = calculate(scenarioOn(option.gpu.id, volume));
        expect(option.totalB).toBeCloseTo(result.totalB, 6);
        expect(option.costPerRequestB).toBeCloseTo(result.costPerRequestB ?? NaN, 12);
        expect(option.peakGpus).toBe(Math.max(...result.months.map((m) => m.gpus ?? 0)));
      }
      const totals = options.map((o) => o.totalB);
      expect(totals).toEqual([...totals].sort((a, b) => a - b));
      expect(cheapestGpu(current, base, DEFAULT_SELECTION.gpuId)?.cheapest).toEqual(options[0]);
    },
  );

  it('keeps the user’s own figures for the chosen GPU', () => {
    const edited = { ...scenarioOn(DEFAULT_SELECTION.gpuId, 5_000), gpuHourlyPrice: 0.01 };
    const { cheapest, current } = cheapestGpu(edited, base, DEFAULT_SELECTION.gpuId)!;
    expect(current.totalB).toBeCloseTo(calculate(edited).totalB, 6);
    // A penny an hour beats every catalog price.
    expect(cheapest.gpu.id).toBe(DEFAULT_SELECTION.gpuId);
  });
});
