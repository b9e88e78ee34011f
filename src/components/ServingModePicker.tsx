import { SERVING_MODE_FIELD } from '../model/fields/serving.ts';
import { useStore } from '../state/store.ts';
import { useCatalog } from '../state/use-catalog.ts';
import './pickers.css';

const { options, optionText } = SERVING_MODE_FIELD;

/** How the fine-tuned model is served: per token, or on GPUs rented by the hour. */
export function ServingModePicker() {
  const mode = useStore((s) => s.scenario.servingMode);
  const setServingMode = useStore((s) => s.setServingMode);
  const baseModelId = useStore((s) => s.selection.baseModelId);
  const catalog = useCatalog();
  // Most hosts serve LoRA adapters only on dedicated GPUs; say so where no host does per token.
  const dedicatedOnly = catalog !== null && !catalog.servesLoraPerToken(baseModelId);
  return (
    <fieldset className="segmented" data-field="servingMode">
      <legend>Serving the fine-tuned model</legend>
      {options.map((m) => (
        <label key={m}>
          <input
            type="radio"
            name="serving-mode"
            value={m}
            checked={mode === m}
            onChange={() => setServingMode(m)}
          />
          <span>
            {optionText[m].title} <span className="muted small">({optionText[m].help})</span>
          </span>
        </label>
      ))}
      {dedicatedOnly && (
        <p className="muted small" role="note">
          No host the catalog knows serves a LoRA adapter of {catalog.baseModel(baseModelId).name}{' '}
          per token: plan on dedicated GPUs. The per-token prices shown are the base model&rsquo;s,
          for reference only.
        </p>
      )}
    </fieldset>
  );
}
