import { memo, useId, useState, type ChangeEvent } from 'react';
import { fieldByKey, type NumericKey } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';
import { formatFieldValue } from '../model/field-format.ts';
import { sliderScale } from './slider-scale.ts';
import { SourceNote } from './SourceNote.tsx';

interface Props {
  field: NumericKey;
  /** Overrides the table's label where the context makes a shorter one clearer. */
  label?: string;
}

function parseBox(text: string): number | null {
  const cleaned = text.replace(/[,\s_$%]/g, '');
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * A slider paired with a typed number box for one scenario field. The slider covers the range people
 * use; the box accepts anything in the field's valid range and explains what it refuses.
 */
export const NumberSlider = memo(function NumberSlider({ field: key, label }: Props) {
  const field = fieldByKey(key);
  const value = useStore((s) => s.scenario[key]);
  const setNumber = useStore((s) => s.setNumber);
  const id = useId();
  const scale = sliderScale(field);
  const factor = field.percent ? 100 : 1;
  const shown = Number((value * factor).toPrecision(12));
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = label ?? field.label;
  const valueText = formatFieldValue(field, value);

  function onSlide(e: ChangeEvent<HTMLInputElement>) {
    setDraft(null);
    setError(null);
    setNumber(key, scale.fromPosition(Number(e.target.value)));
  }

  function onType(e: ChangeEvent<HTMLInputElement>) {
    const text = e.target.value;
    setDraft(text);
    const typed = parseBox(text);
    if (typed === null) {
      setError('Enter a number.');
      return;
    }
    const next = typed / factor;
    const lo = formatFieldValue(field, field.min);
    const hi = formatFieldValue(field, field.max);
    if (next < field.min || next > field.max) {
      setError(`Must be between ${lo} and ${hi}.`);
    } else if (field.integer && !Number.isInteger(next)) {
      setError('Must be a whole number.');
    } else {
      setError(null);
      setNumber(key, next);
    }
  }

  return (
    <div className="slider-row">
      <div className="slider-head">
        <label htmlFor={`${id}-range`} className="slider-label">
          {name}
        </label>
        <output htmlFor={`${id}-range`} className="slider-value">
          {valueText}
        </output>
      </div>
      <div className="slider-controls">
        <input
          id={`${id}-range`}
          type="range"
          min={scale.min}
          max={scale.max}
          step={scale.step}
          value={scale.toPosition(value)}
          aria-valuetext={valueText}
          aria-describedby={`${id}-help`}
          onChange={onSlide}
        />
        <span className="number-box">
          <input
            type="text"
            inputMode="decimal"
            aria-label={`${name} (${field.percent ? '%' : field.unit})`}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            value={draft ?? String(shown)}
            onChange={onType}
            onBlur={() => {
              setDraft(null);
              setError(null);
            }}
          />
          <span className="unit" aria-hidden="true">
            {field.percent ? '%' : field.unit}
          </span>
        </span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error} Keeping {valueText}.
        </p>
      )}
      <p id={`${id}-help`} className="field-help">
        {field.help}
      </p>
      <SourceNote field={key} />
    </div>
  );
});
