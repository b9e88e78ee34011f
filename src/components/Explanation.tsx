import { useExplanation } from '../state/explain-selectors.ts';

/** Each step of the calculation: what it is, the formula with this scenario's numbers, the value. */
export default function Explanation() {
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
