import type { ReactNode } from 'react';
import { useScenario } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import GpuAdvice from './GpuAdvice.tsx';

/**
 * The GPU type, right under the serving choice whenever a GPU is rented (dedicated serving or
 * self-hosted training), with the catalog's cheapest GPU for this load when serving dedicated.
 * A lazy chunk (HeadlineControls): nothing of it is needed for the first paint.
 */
export default function DedicatedGpu({
  picker,
}: {
  /** The GPU picker (it loads with the other pickers, so this chunk does not carry it). */
  picker: ReactNode;
}) {
  const scenario = useScenario();
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const dedicated = scenario.servingMode === 'dedicated';
  if (!dedicated && selection.trainingOption !== 'self-hosted') return null;
  return (
    <>
      {picker}
      {dedicated && (
        <GpuAdvice
          scenario={scenario}
          baseModelId={selection.baseModelId}
          gpuId={selection.gpuId}
          onChoose={(gpuId) => select({ gpuId })}
        />
      )}
    </>
  );
}
