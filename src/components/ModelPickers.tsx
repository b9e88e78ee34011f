import { API_MODELS } from '../catalog/api-models.ts';
import { BASE_MODELS } from '../catalog/base-models.ts';
import type { TrainingOption } from '../catalog/select.ts';
import { useStore } from '../state/store.ts';

const STATUS_NOTE: Record<string, string> = {
  current: '',
  preview: ' (preview)',
  legacy: ' (legacy)',
  retiring: ' (retiring)',
  retired: ' (retired)',
};

const PROVIDERS = [...new Set(API_MODELS.map((m) => m.provider))];

/** The API model for prompting (A) and the open model to fine-tune (B), from the catalog. */
export function ModelPickers() {
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  return (
    <>
      <div className="select-row">
        <label htmlFor="api-model">Prompting: API model (A)</label>
        <select
          id="api-model"
          value={selection.apiModelId}
          onChange={(e) => select({ apiModelId: e.target.value })}
        >
          {PROVIDERS.map((provider) => (
            <optgroup key={provider} label={provider}>
              {API_MODELS.filter((m) => m.provider === provider).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                  {STATUS_NOTE[m.status] ?? ''}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="select-row">
        <label htmlFor="base-model">Fine-tuning: open base model (B)</label>
        <select
          id="base-model"
          value={selection.baseModelId}
          onChange={(e) => select({ baseModelId: e.target.value })}
        >
          <optgroup label="7–9B (one GPU)">
            {BASE_MODELS.filter((m) => m.sizeClass === 'small').map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="27–72B (larger, dearer)">
            {BASE_MODELS.filter((m) => m.sizeClass === 'large').map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="select-row">
        <label htmlFor="training-option">Training (B)</label>
        <select
          id="training-option"
          value={selection.trainingOption}
          onChange={(e) => select({ trainingOption: e.target.value as TrainingOption })}
        >
          <option value="managed">Managed LoRA fine-tuning service (price per token)</option>
          <option value="self-hosted">Self-hosted LoRA on a rented GPU (estimate)</option>
        </select>
      </div>
    </>
  );
}
