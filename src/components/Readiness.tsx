import { BOOLEAN_FIELDS, type BooleanField } from '../model/scenario.ts';
import { useStore } from '../state/store.ts';

const READINESS = BOOLEAN_FIELDS.filter((f) => f.group === 'readiness');

/** One question; it subscribes to its own answer only, so a slider move leaves it alone. */
function Question({ field }: { field: BooleanField }) {
  const checked = useStore((s) => s.scenario[field.key]);
  const setBoolean = useStore((s) => s.setBoolean);
  return (
    <li data-field={field.key}>
      <label>
        <input
          type="checkbox"
          checked={checked}
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
  );
}

/** "Do you really need fine-tuning?" — the answers feed the advisor's verdict. */
export function Readiness() {
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
            <Question key={field.key} field={field} />
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
