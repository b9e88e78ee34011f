import { useState } from 'react';
import { PRESETS, presetAssumptions, presetInputs, type Preset } from '../state/presets.ts';
import type { Inputs } from '../state/store.ts';

/** The presets, each with its story and its assumptions; choosing one replaces the scenario. */
export default function PresetList({
  load,
  current,
}: {
  load: (inputs: Inputs) => void;
  /** The scenario's name: a preset's name while it is the loaded one. */
  current: string;
}) {
  const [loaded, setLoaded] = useState<string | null>(null);
  const choose = (preset: Preset) => {
    load(presetInputs(preset));
    setLoaded(preset.name);
  };
  return (
    <div className="preset-list">
      <p className="muted small">
        Each preset replaces every input with a complete scenario; change anything afterwards.
      </p>
      <ul>
        {PRESETS.map((preset) => (
          <li key={preset.id} className="preset">
            <button
              type="button"
              className="preset-choose"
              aria-pressed={current === preset.name}
              onClick={() => choose(preset)}
            >
              {preset.name}
            </button>
            <p className="small">{preset.description}</p>
            <details className="preset-assumptions">
              <summary className="small">Assumptions</summary>
              <ul className="small">
                {presetAssumptions(preset).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <p className="small" role="status">
        {loaded === null ? '' : `Loaded “${loaded}”. Every value stays editable.`}
      </p>
    </div>
  );
}
