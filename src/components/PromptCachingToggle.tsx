import { useStore } from '../state/store.ts';
import './number-slider.css';

/** Whether A's static prefix is read from the provider's prompt cache. */
export function PromptCachingToggle() {
  const on = useStore((s) => s.scenario.promptCaching);
  const setBoolean = useStore((s) => s.setBoolean);
  return (
    <div className="slider-row" data-field="promptCaching">
      <label className="checkbox-row">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => setBoolean('promptCaching', e.target.checked)}
        />
        <span>
          <strong>Prompt caching</strong>
          <span className="field-help" style={{ display: 'block' }}>
            The provider re-reads the unchanged prefix from its cache at a lower price. With caching
            off, prompting looks dearer than it need be, so the comparison favours fine-tuning.
          </span>
        </span>
      </label>
    </div>
  );
}
