import { DEFAULT_NAMES } from '../catalog/default-fill.ts';
import {
  currentMonth,
  DEFAULT_SELECTION,
  isMonth,
  type TrainingOption,
} from '../catalog/fields.ts';
import { useStore } from '../state/store.ts';
import { useCatalog } from '../state/use-catalog.ts';
import { ApiModelPicker } from './ApiModelPicker.tsx';
import { MONTH_NAMES, startYearChoices } from './start-month.ts';
import './pickers.css';

/** The open model to fine-tune (B), shown while the catalog loads with just the current one. */
function BaseModelPicker() {
  const catalog = useCatalog();
  const baseModelId = useStore((s) => s.selection.baseModelId);
  const select = useStore((s) => s.select);
  const models = catalog?.BASE_MODELS ?? [];
  const group = (size: 'small' | 'large') =>
    models
      .filter((m) => m.sizeClass === size)
      .map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
        </option>
      ));
  return (
    <div className="select-row" data-field="baseModelId">
      <label htmlFor="base-model">Fine-tuning: open base model (B)</label>
      <select
        id="base-model"
        value={baseModelId}
        disabled={!catalog}
        onChange={(e) => select({ baseModelId: e.target.value })}
      >
        {!catalog && (
          <option value={baseModelId}>
            {baseModelId === DEFAULT_SELECTION.baseModelId ? DEFAULT_NAMES.baseModel : baseModelId}
          </option>
        )}
        {catalog && <optgroup label="3–12B (one GPU)">{group('small')}</optgroup>}
        {catalog && <optgroup label="27–72B (larger, dearer)">{group('large')}</optgroup>}
      </select>
    </div>
  );
}

/** The scenario's month 1: where a known price change of A lands in the horizon. */
function StartMonthPicker() {
  const startMonth = useStore((s) => s.selection.startMonth);
  const select = useStore((s) => s.select);
  const [year = '', month = ''] = startMonth.split('-');
  const choose = (next: string) => {
    if (isMonth(next)) select({ startMonth: next });
  };
  return (
    <fieldset className="select-row month-picker">
      <legend>Starting month (month 1 of the horizon)</legend>
      <div className="month-picker-fields">
        <select
          aria-label="Month"
          value={month}
          onChange={(e) => choose(`${year}-${e.target.value}`)}
        >
          {MONTH_NAMES.map((name, i) => (
            <option key={name} value={String(i + 1).padStart(2, '0')}>
              {name}
            </option>
          ))}
        </select>
        <select
          aria-label="Year"
          value={year}
          onChange={(e) => choose(`${e.target.value}-${month}`)}
        >
          {startYearChoices(startMonth, currentMonth()).map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** The API model for prompting (A) and the open model to fine-tune (B), from the catalog. */
export function ModelPickers() {
  const trainingOption = useStore((s) => s.selection.trainingOption);
  const select = useStore((s) => s.select);
  return (
    <>
      <ApiModelPicker />
      <StartMonthPicker />
      <BaseModelPicker />
      <div className="select-row" data-field="trainingOption">
        <label htmlFor="training-option">Training (B)</label>
        <select
          id="training-option"
          value={trainingOption}
          onChange={(e) => select({ trainingOption: e.target.value as TrainingOption })}
        >
          {/* Short enough for a phone's width: a select cannot wrap its text. */}
          <option value="managed">Managed LoRA service (per token)</option>
          <option value="self-hosted">Self-hosted on a GPU (estimate)</option>
        </select>
      </div>
    </>
  );
}
