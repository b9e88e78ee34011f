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
  // Only the two choices that decide whether anything shows: a slider move re-renders nothing
  // here unless serving is dedicated (then the cheapest-GPU advice follows the load).
  const dedicated = useStore((s) => s.scenario.servingMode === 'dedicated');
  const selfHosted = useStore((s) => s.selection.trainingOption === 'self-hosted');
  if (!dedicated && !selfHosted) return null;
  return (
    <>
      {picker}
      {dedicated && <CheapestGpuAdvice />}
    </>
  );
}

/** The catalog's cheapest GPU for this load, with a button to switch to it. */
function CheapestGpuAdvice() {
  const scenario = useScenario();
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  return (
    <GpuAdvice
      scenario={scenario}
      baseModelId={selection.baseModelId}
      gpuId={selection.gpuId}
      onChoose={(gpuId) => select({ gpuId })}
    />
  );
}
