import { memo } from 'react';
import { apiModel } from '../../catalog/api-models.ts';
import { baseModel } from '../../catalog/base-models.ts';
import { gpu } from '../../catalog/gpus.ts';
import { formatFieldValue } from '../../model/field-format.ts';
import type { CatalogSelection } from '../../catalog/fields.ts';
import { isOverride } from '../../catalog/overrides.ts';
import { catalogFieldSources, type CatalogFieldSource } from '../../catalog/field-sources.ts';
import {
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type FieldGroup,
  type NumericField,
  type NumericKey,
  type Scenario,
} from '../../model/scenario.ts';
import { useStore } from '../../state/store.ts';
import { useSettledScenario } from '../SettledScenario.tsx';

const GROUPS: ReadonlyArray<[FieldGroup, string]> = [
  ['workload', 'Workload'],
  ['promptA', 'Prompt (A)'],
  ['pricesA', 'API prices (A)'],
  ['priceChanges', 'Prices over time'],
  ['training', 'Fine-tuning (B)'],
  ['people', 'People'],
  ['serving', 'Serving (B)'],
  ['dedicated', 'Dedicated GPUs (B)'],
  ['quality', 'Wrong answers'],
];

function shownGroups(scenario: Scenario) {
  return GROUPS.filter(([group]) => group !== 'dedicated' || scenario.servingMode === 'dedicated');
}

/**
 * A value's provenance on paper: the catalog's source and date, and "edited" with the value it
 * replaced wherever the scenario differs from the catalog or the default.
 */
function Provenance({
  field,
  value,
  source,
}: {
  field: NumericField;
  value: number;
  source: CatalogFieldSource | undefined;
}) {
  const was = source?.value ?? DEFAULT_SCENARIO[field.key];
  const edited = isOverride(value, was);
  return (
    <>
      {edited && (
        <span className="print-edited">
          {' '}
          edited, {source ? 'catalog' : 'default'} {formatFieldValue(field, was)}
        </span>
      )}
      {source && !edited && (
        <span className="print-source">
          {' '}
          {source.source}, {source.date}
        </span>
      )}
    </>
  );
}

/**
 * Every assumption behind the printed figures, compactly: on paper the input sliders are
 * hidden, so this list is how a reader sees what the numbers rest on. Print only.
 */
export default function PrintAssumptions() {
  // Trailing, like the charts: the list is invisible on screen, so it need not follow a drag.
  const scenario = useSettledScenario();
  const selection = useStore((s) => s.selection);
  return <AssumptionList scenario={scenario} selection={selection} />;
}

// Memoised: the trailing scenario changes only when a slider pauses, so the list (over a
// hundred rows) skips every render in between.
const AssumptionList = memo(function AssumptionList({
  scenario,
  selection,
}: {
  scenario: Scenario;
  selection: CatalogSelection;
}) {
  const sources: Partial<Record<NumericKey, CatalogFieldSource>> = catalogFieldSources(selection);
  const models = [
    ['API model (A)', apiModel(selection.apiModelId).name],
    ['Base model (B)', baseModel(selection.baseModelId).name],
    [
      'Serving (B)',
      scenario.servingMode === 'dedicated'
        ? `Dedicated GPUs: ${gpu(selection.gpuId).name}`
        : 'Serverless, per token',
    ],
    ['Training', selection.trainingOption === 'managed' ? 'Managed service' : 'Self-hosted GPUs'],
    ['Prompt caching', scenario.promptCaching ? 'On' : 'Off'],
  ] as const;
  return (
    <section className="print-only print-assumptions card">
      <h2>Assumptions</h2>
      <dl className="print-grid">
        {models.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {shownGroups(scenario).map(([group, title]) => (
        <div key={group} className="print-group">
          <h3>{title}</h3>
          <dl className="print-grid">
            {NUMERIC_FIELDS.filter((field) => field.group === group).map((field) => (
              <div key={field.key}>
                <dt>{field.label}</dt>
                <dd>
                  {formatFieldValue(field, scenario[field.key])}
                  <Provenance
                    field={field}
                    value={scenario[field.key]}
                    source={sources[field.key]}
                  />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
});
