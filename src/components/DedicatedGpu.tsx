import { dedicatedCost, useScenario } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { GpuPicker } from './GpuPicker.tsx';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';

// Prices every catalog GPU for this load: its code comes with the catalog, after the first paint.
const GpuAdvice = lazyPart(() => import('./gpu/GpuAdvice.tsx'));

/**
 * The GPU type, right under the serving choice whenever a GPU is rented (dedicated serving or
 * self-hosted training), with the catalog's cheapest GPU for this load when serving dedicated.
 */
export function DedicatedGpu() {
  const scenario = useScenario();
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const dedicated = scenario.servingMode === 'dedicated';
  if (!dedicated && selection.trainingOption !== 'self-hosted') return null;
  return (
    <>
      <GpuPicker />
      {dedicated && (
        <LazyBoundary what="The cheapest-GPU hint">
          <GpuAdvice
            scenario={scenario}
            baseModelId={selection.baseModelId}
            gpuId={selection.gpuId}
            cost={dedicatedCost}
            onChoose={(gpuId) => select({ gpuId })}
          />
        </LazyBoundary>
      )}
    </>
  );
}
