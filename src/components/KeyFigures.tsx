import { formatCount, formatMonths, formatUsd } from '../model/format.ts';
import { formatQuantity, formatUsdShort } from '../model/field-format.ts';
import { useResult, useScenario } from '../state/selectors.ts';

function Figure({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        {value}
        {sub && <span className="sub">{sub}</span>}
      </dd>
    </div>
  );
}

/** The figures a reader checks first, each with its unit. */
export function KeyFigures() {
  const r = useResult();
  const { horizonMonths } = useScenario();
  const month1 = r.months[1];
  const parts = r.oneTimeBParts;
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">Key figures</h2>
      <dl className="figures">
        <Figure
          label="Cost per request"
          value={`A ${formatUsd(r.costPerRequestA)} · B ${r.costPerRequestB === null ? 'no requests' : formatUsd(r.costPerRequestB)}`}
          sub="prompting (A) vs fine-tuned (B)"
        />
        <Figure
          label="Month-1 cost"
          value={`A ${formatUsdShort(month1?.costA ?? 0)} · B ${formatUsdShort(month1?.costB ?? 0)}`}
          sub="per month, running costs and retrains"
        />
        <Figure
          label="One-time investment (B)"
          value={formatUsdShort(r.oneTimeB)}
          sub={`labelling ${formatUsdShort(parts.labeling)} · training ${formatUsdShort(parts.training)} · evaluation ${formatUsdShort(parts.evaluation)} · engineering ${formatUsdShort(parts.engineering)}`}
        />
        <Figure
          label="Break-even month"
          value={r.breakEvenMonth === null ? 'None' : `Month ${r.breakEvenMonth}`}
          sub={
            r.paybackMonths === null
              ? `not within ${horizonMonths} months`
              : `pays back after ${formatMonths(r.paybackMonths)}`
          }
        />
        <Figure
          label="Break-even volume"
          value={
            r.breakEvenRequestsPerDay === null
              ? 'None'
              : `${formatQuantity(Math.ceil(r.breakEvenRequestsPerDay))} requests/day`
          }
          sub={
            r.breakEvenRequestsPerDay === null
              ? 'prompting stays cheaper up to 100M requests/day'
              : `fine-tuning is cheaper over ${horizonMonths} months from this volume up`
          }
        />
        <Figure
          label={`Savings over ${horizonMonths} months`}
          value={formatUsdShort(r.savings)}
          sub={`A ${formatUsdShort(r.totalA)} − B ${formatUsdShort(r.totalB)}`}
        />
        <Figure
          label="Return on investment"
          value={r.roi === null ? 'n/a' : `${formatCount(r.roi * 100)}%`}
          sub={
            r.roi === null
              ? 'no investment in fine-tuning'
              : `savings ÷ investment of ${formatUsdShort(r.investment)}`
          }
        />
        <Figure
          label="Prompt tokens saved"
          value={`${formatQuantity(Math.round(r.promptTokensSavedPerMonth))} tokens/month`}
          sub={`${formatCount(r.promptTokensSavedPerRequest)} tokens per request`}
        />
      </dl>
    </section>
  );
}
