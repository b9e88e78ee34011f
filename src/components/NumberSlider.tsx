import { memo, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { fieldByKey, type NumericKey } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';
import { formatFieldValue, shownNumber, shownUnit } from '../model/field-format.ts';
import type { BoxReading } from '../model/number-box.ts';
import { sliderScale, stepValue, type Direction } from './slider-scale.ts';
import { loadNumberReader, readTypedNow } from './number-reader.ts';
import { SourceNote } from './SourceNote.tsx';
import { OwnForm } from './OwnForm.tsx';
import './number-slider.css';

interface Props {
  field: NumericKey;
  /** Overrides the table's label where the context makes a shorter one clearer. */
  label?: string;
}

/**
 * The box's last message and the value it was about: a refusal ("Keeping …") or a note on how the
 * typed value was adjusted. It stays after the box loses focus (the box then shows the stored value
 * again, so the message is the only trace of what was typed) until the next edit, and hides when
 * the value changes some other way (a preset, Reset).
 */
interface BoxMessage {
  text: string;
  refused: boolean;
  at: number;
}

const LOAD_FAILED =
  'This box could not load what it needs to read numbers (is the connection down?). Use the slider, or type again to retry.';

/** Arrow keys on the slider: right and up move up, left and down move down. */
const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
};

/**
 * Keeps a slider's focus from React's `onSelect` polyfill. React takes a range input for a text
 * field: once one has focus, React reads `window.getSelection()` on every key down, key up and
 * selection change anywhere in the page, to fire `onSelect` — which nothing here listens for. In a
 * CPU profile of slider moves by key (Page Up / Page Down) at 4× CPU that was most of the key
 * up's script, and a few per cent of the key down's. The polyfill starts watching on the
 * `focusin` that bubbles to React's root; stopped at the slider, the watch never starts. No
 * handler above a slider listens for focus.
 */
function keepFocusFromSelectPolyfill(slider: HTMLInputElement | null) {
  slider?.addEventListener('focusin', stopBubbling);
}

function stopBubbling(e: Event) {
  e.stopPropagation();
}

/**
 * A slider paired with a typed number box for one scenario field. The slider covers the range people
 * use; the box accepts anything in the field's valid range, as people write numbers (5k, $0.50,
 * 80%), and explains what it refuses. Arrow keys and the − / + steppers (shown on narrow and touch
 * screens) move to the next round value, always by a step the reader can see.
 */
export const NumberSlider = memo(function NumberSlider({ field: key, label }: Props) {
  const field = fieldByKey(key);
  const value = useStore((s) => s.scenario[key]);
  // The action is read when called, not subscribed to: it never changes, and every subscription
  // is a listener the store calls on each change of any input (a page of sliders had 118).
  const setNumber = useStore.getState().setNumber;
  const id = useId();
  const scale = sliderScale(field);
  const shown = shownNumber(field, value);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<BoxMessage | null>(null);
  // The value before this round of typing began: what an unreadable entry goes back to, so that
  // "5x" keeps 10,000 rather than the 5 that its first keystroke had already set.
  const beforeTyping = useRef<number | null>(null);
  const latestText = useRef('');
  const name = label ?? field.label;
  const show = (v: number) => formatFieldValue(field, v);
  const valueText = show(value);
  const visible = message !== null && message.at === value ? message : null;
  const invalid = visible?.refused === true && draft !== null;
  const down = stepValue(field, value, -1, show, valueText);
  const up = stepValue(field, value, 1, show, valueText);

  function moveTo(next: number) {
    beforeTyping.current = null;
    setDraft(null);
    setMessage(null);
    setNumber(key, next);
  }

  function onSlide(e: ChangeEvent<HTMLInputElement>) {
    moveTo(scale.fromPosition(Number(e.target.value)));
  }

  function onSliderKey(e: KeyboardEvent<HTMLInputElement>) {
    const direction = KEY_DIRECTIONS[e.key];
    if (direction === undefined) return;
    // The browser's own step moves the log position by one, which may round back to the same value.
    e.preventDefault();
    moveTo((direction > 0 ? up : down).value);
  }

  function onType(e: ChangeEvent<HTMLInputElement>) {
    const text = e.target.value;
    setDraft(text);
    const before = beforeTyping.current ?? value;
    beforeTyping.current = before;
    latestText.current = text;
    const read = readTypedNow(field, text);
    if (read !== null) {
      apply(read, before);
      return;
    }
    loadNumberReader().then(
      () => {
        // Only the newest text counts; an older keystroke's read would undo it.
        const latest = readTypedNow(field, text);
        if (latestText.current === text && latest !== null) apply(latest, before);
      },
      () => {
        if (latestText.current !== text) return;
        setNumber(key, before);
        setMessage({ text: LOAD_FAILED, refused: true, at: before });
      },
    );
  }

  function apply(read: BoxReading, before: number) {
    const next = read.value ?? before;
    setMessage(
      read.message === null ? null : { text: read.message, refused: read.value === null, at: next },
    );
    setNumber(key, next);
  }

  function onBoxBlur() {
    beforeTyping.current = null;
    setDraft(null);
  }

  return (
    <OwnForm className="slider-row" data-field={key}>
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
          ref={keepFocusFromSelectPolyfill}
          id={`${id}-range`}
          type="range"
          min={scale.min}
          max={scale.max}
          step={scale.step}
          value={scale.toPosition(value)}
          aria-valuetext={valueText}
          aria-describedby={`${id}-help`}
          onChange={onSlide}
          onKeyDown={onSliderKey}
        />
        <span className="number-box">
          <button
            type="button"
            className="stepper"
            aria-label={`Decrease ${name}`}
            title={`To ${down.text}`}
            disabled={down.value === value}
            onClick={() => moveTo(down.value)}
          >
            −
          </button>
          <input
            type="text"
            inputMode="decimal"
            aria-label={`${name} (${shownUnit(field)})`}
            aria-invalid={invalid}
            aria-describedby={visible ? `${id}-message` : undefined}
            value={draft ?? String(shown)}
            onChange={onType}
            onFocus={() => void loadNumberReader().catch(() => undefined)}
            onBlur={onBoxBlur}
          />
          <span className="unit" aria-hidden="true">
            {shownUnit(field)}
          </span>
          <button
            type="button"
            className="stepper"
            aria-label={`Increase ${name}`}
            title={`To ${up.text}`}
            disabled={up.value === value}
            onClick={() => moveTo(up.value)}
          >
            +
          </button>
        </span>
      </div>
      {visible && (
        <p
          id={`${id}-message`}
          className={visible.refused ? 'field-error' : 'field-note'}
          role={visible.refused ? 'alert' : 'status'}
        >
          {visible.text} {visible.refused ? `Keeping ${valueText}.` : null}
        </p>
      )}
      <p id={`${id}-help`} className="field-help">
        {field.help}
      </p>
      <SourceNote field={key} />
    </OwnForm>
  );
});
