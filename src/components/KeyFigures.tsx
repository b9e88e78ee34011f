import { memo, type ReactNode } from 'react';
import {
  formatBreakEvenMonth,
  formatBreakEvenVolumeText,
  formatCount,
  formatCountOf,
  formatPayback,
  formatPerRequest,
  formatQuantity,
  formatRoi,
  formatUsdShort,
} from '../model/format.ts';
import { selectInvestmentParts, selectResult, useResult, useScenario } from '../state/selectors.ts';
import { useBaseModelName } from '../state/v2-selectors.ts';
import { PriceStepNote } from './PriceStepNote.tsx';

interface FigureProps {
  label: string;
  value: ReactNode;
  sub?: ReactNode;
  wide?: boolean;
}

// Memoised: a figure given the same texts (most are strings) keeps its DOM untouched on a move
// that does not change it — a volume move leaves the build cost and the break-even volume alone.
const Figure = memo(function Figure({ label, value, sub, wide = false }: FigureProps) {
  return (
    <div className={wide ? 'figure figure-wide' : 'figure'}>
      <dt>{label}</dt>
      <dd>
        {value}
        {sub && <span className="sub">{sub}</span>}
      </dd>
    </div>
  );
});

/**
 * A's, B's and C's month-1 cost of one request, one line each. B and C have no per-request
 * cost on dedicated GPUs at zero volume (no request shares the bill): the line says so.
 */
function PerRequest() {
  const r = useResult();
  const baseName = useBaseModelName();
  const lines = [
    ['A: prompting', r.costPerRequestA],
    ['B: fine-tuned', r.costPerRequestB],
    [`C: ${baseName}, prompted`, r.costPerRequestC],
  ] as const;
  return (
    <Figure
      wide
      label="Cost per request"
      value={
        <span className="per-request">
          {lines.map(([name, cost]) => (
            <span key={name} className="per-request-line">
              <span className="per-request-name">{name}</span> <span>{formatPerRequest(cost)}</span>
            </span>
          ))}
        </span>
      }
      sub={
        <>
          in month 1
          <PriceStepNote className="price-step" />
        </>
      }
    />
  );
}

/** "build $25.1k + 1 retrain $6.7k + upkeep $14.4k": what the total invested in B holds. */
function investmentText(parts: ReturnType<typeof selectInvestmentParts>): string {
  const retrains =
    parts.retrainCount === 0
      ? ''
      : ` + ${formatCountOf(parts.retrainCount, 'retrain')} ${formatUsdShort(parts.retrains)}`;
  return `build ${formatUsdShort(parts.build)}${retrains} + upkeep ${formatUsdShort(parts.upkeep)}`;
}

/** The figures a reader checks first, each with its unit. */
export function KeyFigures() {
  const scenario = useScenario();
  const r = selectResult(scenario);
  const { horizonMonths } = scenario;
  const invested = selectInvestmentParts(scenario);
  const month1 = r.months[1];
  const parts = r.oneTimeBParts;
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">Key figures</h2>
      <dl className="figures">
        <PerRequest />
        <Figure
          label="Month-1 cost"
          value={`A ${formatUsdShort(month1?.costA ?? 0)} · B ${formatUsdShort(month1?.costB ?? 0)}`}
          sub="per month, running costs and retrains"
        />
        <Figure
          label="One-time cost to build B"
          value={formatUsdShort(r.oneTimeB)}
          sub={`labelling ${formatUsdShort(parts.labeling)} · training ${formatUsdShort(parts.training)} · evaluation ${formatUsdShort(parts.evaluation)} · engineering ${formatUsdShort(parts.engineering)}`}
        />
        <Figure
          label="Break-even month"
          value={formatBreakEvenMonth(r.breakEvenMonth)}
          sub={formatPayback(r.paybackMonths, horizonMonths)}
        />
        <Figure
          label="Break-even volume"
          value={formatBreakEvenVolumeText(r.breakEvenRequestsPerDay)}
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
          label={`Total invested in B over ${horizonMonths} months`}
          value={formatUsdShort(r.investment)}
          sub={investmentText(invested)}
        />
        <Figure
          label="Return on investment"
          value={formatRoi(r.roi)}
          sub={r.roi === null ? 'no investment in fine-tuning' : `savings ÷ total invested in B`}
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
