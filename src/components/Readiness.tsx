import { BOOLEAN_FIELDS } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';

const READINESS = BOOLEAN_FIELDS.filter((f) => f.group === 'readiness');

/** "Do you really need fine-tuning?" — the answers feed the advisor's verdict. */
export function Readiness() {
  const scenario = useStore((s) => s.scenario);
  const setBoolean = useStore((s) => s.setBoolean);
  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Do you really need fine-tuning?</h2>
      <p className="muted small" id="readiness-help">
        Fine-tuning changes how a model writes, not what it knows. Tick what is true for you; the
        verdict above takes it into account.
      </p>
      <fieldset className="plain" aria-describedby="readiness-help">
        <legend className="visually-hidden">Readiness questions</legend>
        <ul className="checklist">
          {READINESS.map((field) => (
            <li key={field.key}>
              <label>
                <input
                  type="checkbox"
                  checked={scenario[field.key]}
                  onChange={(e) => setBoolean(field.key, e.target.checked)}
                />
                <span>
                  {field.label}
                  <span className="field-help" style={{ display: 'block' }}>
                    {field.help}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
