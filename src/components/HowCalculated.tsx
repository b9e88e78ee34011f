import { useState } from 'react';
import { useExplanation } from '../state/selectors.ts';

/** The formulas with this scenario's numbers; rendered only while open, so closed it costs nothing. */
export function HowCalculated() {
  const [open, setOpen] = useState(false);
  return (
    <details className="card how" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 className="inline-heading">How is this calculated?</h2>
      </summary>
      {open && <Explanation />}
    </details>
  );
}

function Explanation() {
  const sections = useExplanation();
  return (
    <div className="explanation">
      <p className="muted small">
        A month is 30 days; token prices are dollars per million tokens (/M). Every formula is
        documented in docs/model.md.
      </p>
      {sections.map((section) => (
        <section key={section.title}>
          <h3>{section.title}</h3>
          <dl className="steps">
            {section.steps.map((step) => (
              <div key={step.label} className="step">
                <dt>{step.label}</dt>
                <dd>
                  <code>{step.formula}</code> = <strong>{step.value}</strong>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
