import { apiModel } from '../../catalog/api-models.ts';
import { baseModel } from '../../catalog/base-models.ts';
import { gpu } from '../../catalog/gpus.ts';
import { formatFieldValue } from '../../model/field-format.ts';
import type { CatalogSelection } from '../../catalog/fields.ts';
import { NUMERIC_FIELDS, type FieldGroup, type Scenario } from '../../model/scenario.ts';

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
 * Every assumption behind the printed figures, compactly: on paper the input sliders are
 * hidden, so this list is how a reader sees what the numbers rest on. Print only.
 */
export default function PrintAssumptions({
  scenario,
  selection,
}: {
  scenario: Scenario;
  selection: CatalogSelection;
}) {
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
                <dd>{formatFieldValue(field, scenario[field.key])}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}
