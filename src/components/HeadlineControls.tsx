import { usePrefixTokens } from '../state/selectors.ts';
import { CacheNotice } from './billing/CacheNotice.tsx';
import { GpuPickerSlot, ModelPickersSlot } from './CatalogPickers.tsx';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import { NumberSlider } from './NumberSlider.tsx';
import { ServingModePicker } from './ServingModePicker.tsx';
import { formatQuantity } from '../model/format.ts';
import './headline-controls.css';

// The GPU picker and the cheapest-GPU hint show only when a GPU is rented: loaded after the paint.
const DedicatedGpu = lazyPart(() => import('./gpu/DedicatedGpu.tsx'));

/** The prefix every prompting request carries: system prompt plus few-shot examples. */
function PrefixTotal() {
  const prefix = usePrefixTokens();
  return (
    <p className="prefix-total" aria-live="polite">
      Static prefix sent with every prompting request:{' '}
      <strong>{formatQuantity(prefix)} tokens</strong>
    </p>
  );
}

/** The controls that decide most scenarios; always visible. */
export function HeadlineControls() {
  return (
    <div className="card headline-controls">
      <h2>Your scenario</h2>
      <NumberSlider field="requestsPerDay" />
      {/* Together these decide about half of what a prompting request costs. */}
      <NumberSlider field="inputTokens" />
      <NumberSlider field="outputTokens" />
      <h3 className="control-group-title">Prompt length (prompting)</h3>
      <NumberSlider field="systemPromptTokens" />
      <NumberSlider field="fewShotExamples" />
      <NumberSlider field="fewShotTokensPerExample" />
      <PrefixTotal />
      <CacheNotice />
      <h3 className="control-group-title">Training data (fine-tuning)</h3>
      <NumberSlider field="trainingExamples" />
      <NumberSlider field="trainingTokensPerExample" />
      <h3 className="control-group-title">Models</h3>
      <ModelPickersSlot />
      <ServingModePicker />
      <LazyBoundary what="The GPU choice">
        <DedicatedGpu picker={<GpuPickerSlot />} />
      </LazyBoundary>
    </div>
  );
}
