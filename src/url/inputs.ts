/**
 * The codec in the store's terms. The store's `Inputs` (scenario, selection, overrides, name) and
 * a link's scenario-plus-meta hold the same things; src/url may not import src/state, so the
 * shape is restated here and TypeScript checks the two agree wherever they meet.
 */
import type { CatalogSelection } from '../catalog/fields.ts';
import type { NumericKey, Scenario } from '../model/scenario.ts';
import type { RiskSettings } from '../model/risk-settings.ts';
import type { Problem } from '../model/validate.ts';
import { decodeLink, encodeLink, type LinkScenario } from './link.ts';

export interface ScenarioInputs {
  scenario: Scenario;
  selection: CatalogSelection;
  overrides: readonly NumericKey[];
  name: string;
  /** The simulation's ranges and seed; only the current scenario's travel in a link. */
  risk?: RiskSettings;
}

/** Two scenarios side by side; `left: null` is the page's current scenario. */
export interface InputsComparison {
  left: ScenarioInputs | null;
  right: ScenarioInputs;
}

export interface DecodedInputs {
  current: ScenarioInputs & { risk: RiskSettings };
  compare: InputsComparison | null;
  problems: Problem[];
}

export function toLink({ scenario, selection, overrides, name }: ScenarioInputs): LinkScenario {
  return { scenario, meta: { name, selection, overrides } };
}

export function fromLink({ scenario, meta }: LinkScenario): ScenarioInputs {
  return {
    scenario,
    selection: meta.selection,
    overrides: meta.overrides,
    name: meta.name,
  };
}

/** The query string (no `?`) for the current inputs (with their risk settings) and a comparison. */
export function encodeInputs(
  current: ScenarioInputs,
  compare: InputsComparison | null = null,
): string {
  return encodeLink(
    toLink(current),
    compare && { left: compare.left && toLink(compare.left), right: toLink(compare.right) },
    current.risk ?? null,
  );
}

/** Reads a link into inputs. Never throws. */
export function decodeInputs(search: string): DecodedInputs {
  const link = decodeLink(search);
  return {
    current: { ...fromLink(link.current), risk: link.risk },
    compare: link.compare && {
      left: link.compare.left && fromLink(link.compare.left),
      right: fromLink(link.compare.right),
    },
    problems: link.problems,
  };
}

/**
 * A stored scenario (saved scenarios keep their link's query string, so they migrate exactly
 * like links). Its problems say which saved scenario they come from.
 */
export function decodeStored(
  query: string,
  label: string,
): { inputs: ScenarioInputs & { risk: RiskSettings }; problems: Problem[] } {
  const link = decodeLink(query);
  return {
    inputs: { ...fromLink(link.current), risk: link.risk },
    problems: link.problems.map((p) => ({ field: p.field, message: `${label}: ${p.message}` })),
  };
}
