/**
 * "Changed from defaults": every input of the current scenario that differs from what a first
 * visit shows — the spec's defaults, today's catalog values for the chosen models, and the
 * default models themselves. Read by the summary at the top of the results and by the memo.
 */
import { CATALOG_FIELD_KEYS, DEFAULT_SELECTION, type CatalogSelection } from '../catalog/fields.ts';
import { apiModelLabel } from '../catalog/model-label.ts';
import { changedInputs } from '../model/changed-inputs.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Catalog } from './catalog-entry.ts';

export interface ChangedEntry {
  /** What identifies the control on the page: a scenario field or a model picker. */
  control: string;
  label: string;
  from: string;
  to: string;
  /** The baseline came from the catalog (a price or size of the chosen model), not a default. */
  fromCatalog: boolean;
}

type Names = Record<'apiModelId' | 'baseModelId' | 'gpuId', (id: string) => string>;

/** Catalog names, or the id itself while the catalog chunk is still loading. */
function names(catalog: Catalog | null): Names {
  return {
    apiModelId: (id) => {
      const model = catalog?.findApiModel(id);
      return model ? apiModelLabel(model) : id;
    },
    baseModelId: (id) => catalog?.BASE_MODELS.find((m) => m.id === id)?.name ?? id,
    gpuId: (id) => catalog?.GPUS.find((g) => g.id === id)?.name ?? id,
  };
}

const PICKERS = [
  ['apiModelId', 'Prompting: API model (A)'],
  ['baseModelId', 'Fine-tuning: open base model (B)'],
  ['gpuId', 'GPU type'],
] as const;

const TRAINING = { managed: 'Managed LoRA service', 'self-hosted': 'Self-hosted LoRA on a GPU' };

function selectionChanges(selection: CatalogSelection, catalog: Catalog | null): ChangedEntry[] {
  const name = names(catalog);
  const changes: ChangedEntry[] = PICKERS.filter(
    ([key]) => selection[key] !== DEFAULT_SELECTION[key],
  ).map(([key, label]) => ({
    control: key,
    label,
    from: name[key](DEFAULT_SELECTION[key]),
    to: name[key](selection[key]),
    fromCatalog: false,
  }));
  if (selection.trainingOption !== DEFAULT_SELECTION.trainingOption) {
    changes.push({
      control: 'trainingOption',
      label: 'Training (B)',
      from: TRAINING[DEFAULT_SELECTION.trainingOption],
      to: TRAINING[selection.trainingOption],
      fromCatalog: false,
    });
  }
  return changes;
}

/** What the list compares: the scenario and its models against a first visit's. */
export interface ChangeSources {
  scenario: Scenario;
  selection: CatalogSelection;
  /** The scenario a first visit shows for this selection: defaults plus the catalog's values. */
  baseline: Scenario;
  /** For the models' names; null while the catalog chunk loads (ids are shown meanwhile). */
  catalog: Catalog | null;
}

let last: (ChangeSources & { changes: ChangedEntry[] }) | null = null;

/**
 * The chosen models first (they explain most other differences), then every input that differs
 * from its default or from the catalog's value, in the form's order. Remembered for the last
 * scenario and selection, as every reader during one change asks for the same pair.
 */
export function selectChanges(sources: ChangeSources): ChangedEntry[] {
  const { scenario, selection, baseline, catalog } = sources;
  // The catalog's arrival turns ids into names and fills the catalog's values: a new answer.
  if (
    last?.scenario === scenario &&
    last.selection === selection &&
    last.baseline === baseline &&
    last.catalog === catalog
  ) {
    return last.changes;
  }
  const changes = [
    ...selectionChanges(selection, catalog),
    ...changedInputs(scenario, baseline).map((change) => ({
      control: change.key,
      label: change.label,
      from: change.from,
      to: change.to,
      fromCatalog: (CATALOG_FIELD_KEYS as readonly string[]).includes(change.key),
    })),
  ];
  last = { ...sources, changes };
  return changes;
}
