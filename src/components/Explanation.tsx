import type { ExplainedStep } from '../model/explain-expr.ts';
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
          <FormulaSteps steps={section.steps} className="steps" stepClassName="step" />
        </section>
      ))}
    </div>
  );
}

interface FormulaStepsProps {
  steps: readonly ExplainedStep[];
  className?: string | undefined;
  stepClassName?: string | undefined;
}

/**
 * One section's steps as a description list: the step, its formula with the scenario's numbers,
 * and the value. The formulas panel and the decision memo both show them this way.
 */
export function FormulaSteps({ steps, className, stepClassName }: FormulaStepsProps) {
  return (
    <dl className={className}>
      {steps.map((step) => (
        <div key={step.label} className={stepClassName}>
          <dt>{step.label}</dt>
          <dd>
            <code>{step.formula}</code> = <strong>{step.value}</strong>
          </dd>
        </div>
      ))}
    </dl>
  );
}
