import { useMemo } from 'react';
import { cheapestGpu, type GpuOption } from '../../catalog/cheapest-gpu.ts';
import {
  formatCountOf,
  formatMonths,
  formatPerRequest,
  formatUsdShort,
} from '../../model/format.ts';
import type { Scenario } from '../../model/scenario.ts';

const count = (o: GpuOption) => formatCountOf(o.peakGpus, 'GPU');
const perRequest = (o: GpuOption) =>
  o.costPerRequestB === null
    ? 'no requests yet'
    : `${formatPerRequest(o.costPerRequestB)} a request`;

/**
 * Beside the GPU picker: the catalog's cheapest GPU for this load, with a button to switch to it,
 * or word that the chosen one already is. Lazy, with the catalog it reads.
 */
export default function GpuAdvice({
  scenario,
  baseModelId,
  gpuId,
  onChoose,
}: {
  scenario: Scenario;
  baseModelId: string;
  gpuId: string;
  onChoose: (gpuId: string) => void;
}) {
  const options = useMemo(
    () => cheapestGpu(scenario, baseModelId, gpuId),
    [scenario, baseModelId, gpuId],
  );
  if (!options) return null;
  const { cheapest, current } = options;
  const months = formatMonths(scenario.horizonMonths);
  if (cheapest.gpu.id === current.gpu.id || cheapest.totalB >= current.totalB) {
    return (
      <p className="gpu-advice muted small" role="status">
        The {current.gpu.name} is the cheapest GPU in the catalog for this load: {count(current)},{' '}
        {perRequest(current)}.
      </p>
    );
  }
  return (
    <p className="gpu-advice small" role="status">
      Cheaper for this load: {count(cheapest)} of the {cheapest.gpu.name} at {perRequest(cheapest)},
      against {perRequest(current)} on the {current.gpu.name}:{' '}
      {formatUsdShort(current.totalB - cheapest.totalB)} less over {months}.{' '}
      <button type="button" className="link" onClick={() => onChoose(cheapest.gpu.id)}>
        Use the {cheapest.gpu.name}
      </button>
    </p>
  );
}
