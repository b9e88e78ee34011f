/**
 * The decision memo as plain data: what the memo view lays out and the Markdown copy writes, so
 * the two never say different things. Pure: every figure comes in already computed (the result,
 * the advice, the changed inputs, the catalog's sources, the worked formulas).
 */
import type { CatalogSelection } from '../../catalog/fields.ts';
import type { CatalogFieldSource } from '../../catalog/field-sources.ts';
import type { Advice } from '../../model/advise.ts';
import type { Result } from '../../model/calculate.ts';
import type { ExplainedSection } from '../../model/explain-expr.ts';
import {
  formatBreakEvenMonth,
  formatBreakEvenVolumeText,
  formatCountOf,
  formatMonths,
  formatPayback,
  formatPercent,
  formatPerRequest,
  formatQuantity,
  formatRoi,
  formatUsd,
  formatUsdShort,
} from '../../model/format.ts';
import { formatFieldValue } from '../../model/field-format.ts';
import { fieldByKey, type NumericKey, type Scenario } from '../../model/scenario.ts';
import type { ChangedEntry } from '../../state/changed-selectors.ts';
import { REASON_KIND_LABEL, VERDICT_LABEL } from '../VerdictCard.tsx';

export interface MemoFigure {
  label: string;
  value: string;
  /** What the figure holds or how it is computed, in a few words. */
  note: string;
}

export interface MemoSource {
  label: string;
  /** The value the scenario uses, as its control shows it. */
  value: string;
  source: string;
  url: string | null;
  date: string;
  estimate: boolean;
  /** Set when the user replaced the catalog's value: the catalog's, as its control shows it. */
  editedFrom: string | null;
}

export interface MemoChart {
  title: string;
  /** The chart's one-sentence summary, its caption. */
  caption: string;
}

export interface Memo {
  title: string;
  date: string;
  link: string;
  verdict: string;
  headline: string;
  reasons: ReadonlyArray<{ kind: string; text: string }>;
  /** The open base model's name (B fine-tunes it, C prompts it as it is). */
  smallModel: string;
  /** The scenario in one paragraph. */
  scenario: string;
  figures: readonly MemoFigure[];
  changes: readonly ChangedEntry[];
  charts: readonly MemoChart[];
  sources: readonly MemoSource[];
  formulas: readonly ExplainedSection[];
}

export interface MemoInput {
  name: string;
  /** The day the memo is made, YYYY-MM-DD. */
  date: string;
  link: string;
  scenario: Scenario;
  selection: CatalogSelection;
  result: Result;
  advice: Advice;
  investment: { build: number; retrainCount: number; retrains: number; upkeep: number };
  /** Display names of the chosen models. */
  names: { api: string; base: string; gpu: string };
  changes: readonly ChangedEntry[];
  /** The catalog's value, source and date for every field it fills. */
  sources: Partial<Record<NumericKey, CatalogFieldSource>>;
  formulas: readonly ExplainedSection[];
  charts: readonly MemoChart[];
}

/** "At 10,000 requests a day …": what is compared, with which models and over how long. */
export function scenarioParagraph(input: MemoInput): string {
  const s = input.scenario;
  const prefix = s.systemPromptTokens + s.fewShotExamples * s.fewShotTokensPerExample;
  const growth =
    s.monthlyGrowth === 0 ? 'steady' : `growing ${formatPercent(s.monthlyGrowth)} a month`;
  const caching = s.promptCaching
    ? `prompt caching on at a ${formatPercent(s.cacheHitRate)} hit rate`
    : 'prompt caching off';
  const serving =
    s.servingMode === 'dedicated'
      ? `on dedicated ${input.names.gpu} GPUs`
      : 'serverless, priced per token';
  const training =
    input.selection.trainingOption === 'managed'
      ? 'a managed LoRA service'
      : `self-hosted LoRA on ${input.names.gpu}`;
  return (
    `At ${formatQuantity(s.requestsPerDay)} requests a day (${growth}), each with ` +
    `${formatQuantity(s.inputTokens)} input and ${formatQuantity(s.outputTokens)} output tokens, ` +
    `this compares over ${formatMonths(s.horizonMonths)} (A) prompting ${input.names.api} with a ` +
    `${formatQuantity(prefix)}-token prompt prefix, ${caching}; (B) fine-tuning ` +
    `${input.names.base} on ${formatCountOf(s.trainingExamples, 'example')} with ${training}, served ` +
    `${serving}, which cuts the prefix to ${formatQuantity(s.residualPromptTokens)} tokens; and ` +
    `(C) prompting ${input.names.base} as it is. Engineering time costs ` +
    `${formatUsd(s.hourlyRate)} an hour.`
  );
}

function figures(input: MemoInput): MemoFigure[] {
  const { result: r, scenario: s, investment: inv } = input;
  const months = formatMonths(s.horizonMonths);
  const retrains =
    inv.retrainCount === 0
      ? ''
      : ` + ${formatCountOf(inv.retrainCount, 'retrain')} ${formatUsdShort(inv.retrains)}`;
  return [
    {
      label: 'Cost per request, month 1',
      value: `A ${formatPerRequest(r.costPerRequestA)} · B ${formatPerRequest(r.costPerRequestB)} · C ${formatPerRequest(r.costPerRequestC)}`,
      note: 'A prompting, B fine-tuned, C the small model prompted',
    },
    {
      label: `Total over ${months}`,
      value: `A ${formatUsdShort(r.totalA)} · B ${formatUsdShort(r.totalB)} · C ${formatUsdShort(r.totalC)}`,
      note: 'one-time costs, running costs and retrains',
    },
    {
      label: `Savings over ${months}`,
      value: formatUsdShort(r.savings),
      note: `A − B; switching models ${formatUsdShort(r.savingsParts.modelSwitch)}, fine-tuning ${formatUsdShort(r.savingsParts.fineTuning)}`,
    },
    {
      label: 'One-time cost to build B',
      value: formatUsdShort(r.oneTimeB),
      note: `labelling ${formatUsdShort(r.oneTimeBParts.labeling)} · training ${formatUsdShort(r.oneTimeBParts.training)} · evaluation ${formatUsdShort(r.oneTimeBParts.evaluation)} · engineering ${formatUsdShort(r.oneTimeBParts.engineering)}`,
    },
    {
      label: `Total invested in B over ${months}`,
      value: formatUsdShort(r.investment),
      note: `build ${formatUsdShort(inv.build)}${retrains} + upkeep ${formatUsdShort(inv.upkeep)}`,
    },
    {
      label: 'Return on investment',
      value: formatRoi(r.roi),
      note: 'savings ÷ total invested in B',
    },
    {
      label: 'Break-even month',
      value: formatBreakEvenMonth(r.breakEvenMonth),
      note: formatPayback(r.paybackMonths, s.horizonMonths),
    },
    {
      label: 'Break-even volume',
      value: formatBreakEvenVolumeText(r.breakEvenRequestsPerDay),
      note:
        r.breakEvenRequestsPerDay === null
          ? 'prompting stays cheaper up to 100M requests/day'
          : `fine-tuning is cheaper over ${months} from this volume up`,
    },
  ];
}

function sources(input: MemoInput): MemoSource[] {
  return (Object.entries(input.sources) as Array<[NumericKey, CatalogFieldSource]>).map(
    ([key, source]) => {
      const field = fieldByKey(key);
      const value = input.scenario[key];
      const edited = input.changes.some((c) => c.control === key);
      return {
        label: field.label,
        value: formatFieldValue(field, value),
        source: source.source,
        url: source.url,
        date: source.date,
        estimate: source.estimate,
        editedFrom: edited ? formatFieldValue(field, source.value) : null,
      };
    },
  );
}

/** "Estimate: " before a derived figure's source, unless the source already says so. */
export const estimateNote = (s: { estimate: boolean; source: string }) =>
  s.estimate && !/^estimate/i.test(s.source) ? 'Estimate: ' : '';

/** Everything the memo says, from the figures the page already shows. */
export function buildMemo(input: MemoInput): Memo {
  return {
    title: input.name.trim() === '' ? 'Fine-tune or prompt?' : input.name.trim(),
    date: input.date,
    link: input.link,
    verdict: VERDICT_LABEL[input.advice.verdict],
    headline: input.advice.headline,
    reasons: input.advice.reasons.map((r) => ({ kind: REASON_KIND_LABEL[r.kind], text: r.text })),
    smallModel: input.names.base,
    scenario: scenarioParagraph(input),
    figures: figures(input),
    changes: input.changes,
    charts: input.charts,
    sources: sources(input),
    formulas: input.formulas,
  };
}
