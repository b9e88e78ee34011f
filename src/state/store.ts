import { create } from 'zustand';
import {
  DEFAULT_SCENARIO,
  type BooleanKey,
  type NumericKey,
  type Scenario,
  type ServingMode,
} from '../model/scenario.ts';
import type { Range, RangedKey } from '../model/risk-draws.ts';
import { DEFAULT_RISK, type RiskSettings } from '../model/risk-settings.ts';
import { DEFAULT_FILL } from '../catalog/default-fill.ts';
import { DEFAULT_SELECTION, type CatalogSelection } from '../catalog/fields.ts';
import {
  applyCatalog,
  overridesAfterEdit,
  resetOverride,
  type CatalogValues,
} from '../catalog/overrides.ts';
import { catalogNow, loadCatalog } from './catalog-runtime.ts';
import type { ScenarioInputs } from '../url/scenario-params.ts';
import { memoizeByInput } from './memo.ts';

const isDefault = (selection: CatalogSelection) =>
  (Object.keys(DEFAULT_SELECTION) as (keyof CatalogSelection)[]).every(
    (key) => selection[key] === DEFAULT_SELECTION[key],
  );

/**
 * The catalog's value for each catalog-filled field of a selection. Before the catalog chunk has
 * loaded only the default selection's values are known (empty otherwise: nothing counts as an
 * override, nothing is filled).
 */
export function catalogValues(selection: CatalogSelection): CatalogValues {
  const catalog = catalogNow();
  if (catalog) return catalog.todaysCatalog(selection);
  return isDefault(selection) ? DEFAULT_FILL : {};
}

/**
 * The scenario a first visit shows for this selection: the spec's defaults with the catalog's
 * values for the chosen models. Remembered per selection object (a new one comes with every
 * model choice), so "Changed from defaults" compares against the same object until then.
 */
export const baselineFor = memoizeByInput((selection: CatalogSelection): Scenario => ({
  ...DEFAULT_SCENARIO,
  ...catalogValues(selection),
}));

/**
 * Everything the user chose, and nothing derived: the scenario's numbers and flags, which catalog
 * entries filled its prices, which catalog-filled fields the user overrode, and the scenario's
 * name — exactly what a link carries, so the link codec's type is the store's. A missing `risk`
 * (a preset, a compared scenario) means the default simulation settings.
 */
export type Inputs = ScenarioInputs;

export interface Actions {
  setNumber: (key: NumericKey, value: number) => void;
  setBoolean: (key: BooleanKey, value: boolean) => void;
  setServingMode: (mode: ServingMode) => void;
  select: (change: Partial<CatalogSelection>) => void;
  resetField: (key: NumericKey) => void;
  setName: (name: string) => void;
  /** Replaces every input at once (a link, a saved scenario, a preset). */
  load: (inputs: Inputs) => void;
  reset: () => void;
  /** A range of the simulation: the user's own, null for "certain", undefined for the default. */
  setRange: (key: RangedKey, range: Range | null | undefined) => void;
  setSeed: (seed: number) => void;
}

export type Store = Inputs & { risk: RiskSettings } & Actions;

/** The scenario a first-time visitor sees: the spec's defaults with today's catalog prices. */
export function initialInputs(): Inputs {
  return {
    scenario: { ...DEFAULT_SCENARIO, ...catalogValues(DEFAULT_SELECTION) },
    selection: DEFAULT_SELECTION,
    overrides: [],
    name: '',
  };
}

export const useStore = create<Store>()((set, get) => ({
  ...initialInputs(),
  risk: DEFAULT_RISK,
  setNumber: (key, value) => {
    const { scenario, selection, overrides } = get();
    if (scenario[key] === value) return;
    set({
      scenario: { ...scenario, [key]: value },
      overrides: overridesAfterEdit(overrides, key, value, catalogValues(selection)),
    });
  },
  setBoolean: (key, value) => set({ scenario: { ...get().scenario, [key]: value } }),
  setServingMode: (mode) => set({ scenario: { ...get().scenario, servingMode: mode } }),
  select: (change) => {
    // The pickers offer other models only once the catalog is there; a call before that waits.
    if (!catalogNow()) {
      void loadCatalog().then(() => get().select(change));
      return;
    }
    const { scenario, selection, overrides } = get();
    const nextSelection = { ...selection, ...change };
    set({
      selection: nextSelection,
      scenario: applyCatalog(scenario, overrides, catalogValues(nextSelection)),
    });
  },
  resetField: (key) => {
    const fallback = initialInputs().scenario[key];
    set(resetOverride(get(), key, catalogValues(get().selection), fallback));
  },
  setName: (name) => set({ name }),
  load: (inputs) => set({ ...inputs, risk: inputs.risk ?? DEFAULT_RISK }),
  reset: () => set({ ...initialInputs(), risk: DEFAULT_RISK }),
  setRange: (key, range) => {
    const { risk } = get();
    const ranges = { ...risk.ranges };
    if (range === undefined) delete ranges[key];
    else ranges[key] = range;
    set({ risk: { ...risk, ranges } });
  },
  setSeed: (seed) => set({ risk: { ...get().risk, seed } }),
}));
