/**
 * One scenario's parameters in a link, both ways: its inputs to key/value pairs and back. Pure:
 * no window, no store. Writing leaves out every value equal to the spec's default, except the
 * catalog-filled prices and sizes and the chosen models, which are always written so that a
 * catalog refresh cannot change the numbers an old link shows. Reading never throws and always
 * returns a valid scenario; everything it had to ignore is listed in `problems`.
 */
import type { CatalogSelection } from '../catalog/fields.ts';
import { quote } from '../model/quote.ts';
import type { RiskSettings } from '../model/risk-settings.ts';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type NumericKey,
  type Scenario,
} from '../model/scenario.ts';
import { validateScenario, type Problem } from '../model/validate.ts';
import { isCatalogKey, isV2CatalogKey, todaysCatalog, v1CatalogValues } from './catalog-values.ts';
import {
  booleanParser,
  numberParser,
  readName,
  servingModeParser,
  type LinkParser,
} from './field-parsers.ts';
import { fieldForKey, META_KEYS, SCENARIO_KEYS } from './keys.ts';
import type { LinkParams } from './migrate.ts';
import { fromBase64Url, NAME_KEYS, namePair } from './name-text.ts';
import { readSelection, selectionPairs } from './selection-params.ts';

/**
 * Everything the user chose for one scenario, and nothing derived: what a link carries and what
 * the store holds (state/store.ts takes this type as its inputs).
 */
export interface ScenarioInputs {
  scenario: Scenario;
  /** Which catalog entries filled the scenario's prices. */
  selection: CatalogSelection;
  /** Catalog-filled fields the user set by hand, in the order they were set. */
  overrides: readonly NumericKey[];
  /** Free text, at most 80 characters; '' when unnamed. */
  name: string;
  /** The simulation's ranges and seed; only the current scenario's travel in a link. */
  risk?: RiskSettings;
}

/** One scenario field in a link: written under its short key when `write` gives text. */
interface ScenarioParam {
  field: keyof Scenario;
  /** The value's text, or null when the link leaves it out (a reader then takes the default). */
  write: (scenario: Scenario) => string | null;
  /** Reads the field's text into `scenario`; the message says what had to be ignored. */
  read: (text: string | null | undefined, base: Scenario, scenario: Scenario) => string | null;
}

function param<K extends keyof Scenario>(
  field: K,
  parser: LinkParser<Scenario[K]>,
  written: (value: Scenario[K]) => boolean,
): ScenarioParam {
  return {
    field,
    write: (scenario) => (written(scenario[field]) ? parser.serialize(scenario[field]) : null),
    read: (text, base, scenario) => {
      const read = parser.parse(text, base[field]);
      scenario[field] = read.value;
      return read.message;
    },
  };
}

/**
 * Every scenario field, in the field table's order. A catalog field of cost-model version 1 is
 * always written; a v2 catalog field at its neutral default is left out (a link without it reads
 * that default), like every other field at the spec's default.
 */
const SCENARIO_PARAMS: readonly ScenarioParam[] = [
  ...NUMERIC_FIELDS.map((field) =>
    param(
      field.key,
      numberParser(field),
      (value) =>
        (isCatalogKey(field.key) && !isV2CatalogKey(field.key)) ||
        value !== DEFAULT_SCENARIO[field.key],
    ),
  ),
  ...BOOLEAN_FIELDS.map((field) =>
    param(field.key, booleanParser(field), (value) => value !== DEFAULT_SCENARIO[field.key]),
  ),
  param('servingMode', servingModeParser, (mode) => mode !== DEFAULT_SCENARIO.servingMode),
];

/** The name's text from `n`, or else from its base64url form `nb` (null when unreadable). */
function nameText(params: LinkParams): string | null | undefined {
  const plain = params.get(NAME_KEYS.plain);
  if (plain !== undefined) return plain;
  const base64 = params.get(NAME_KEYS.base64);
  return base64 === undefined || base64 === null ? base64 : fromBase64Url(base64);
}

/** The key/value pairs of one scenario, in field-table order (no version: the link has one). */
export function scenarioPairs(inputs: ScenarioInputs): [string, string][] {
  const pairs: [string, string][] = [];
  if (inputs.name !== '') pairs.push(namePair(inputs.name));
  pairs.push(...selectionPairs(inputs.selection));
  if (inputs.overrides.length > 0) {
    pairs.push([META_KEYS.overrides, inputs.overrides.map((key) => SCENARIO_KEYS[key]).join(',')]);
  }
  for (const { field, write } of SCENARIO_PARAMS) {
    const text = write(inputs.scenario);
    if (text !== null) pairs.push([SCENARIO_KEYS[field], text]);
  }
  return pairs;
}

function readOverrides(text: string | null | undefined): {
  overrides: NumericKey[];
  problem: string | null;
} {
  if (text === undefined || text === '') return { overrides: [], problem: null };
  if (text === null) {
    return {
      overrides: [],
      problem: 'The list of prices set by hand could not be read (broken percent-encoding).',
    };
  }
  const overrides: NumericKey[] = [];
  const unknown: string[] = [];
  for (const shortKey of text.split(',')) {
    const key = fieldForKey(shortKey);
    const numeric = NUMERIC_FIELDS.find((field) => field.key === key)?.key;
    if (numeric !== undefined && isCatalogKey(numeric)) {
      if (!overrides.includes(numeric)) overrides.push(numeric);
    } else if (shortKey !== '') {
      unknown.push(quote(shortKey));
    }
  }
  const problem =
    unknown.length === 0
      ? null
      : `Ignored ${unknown.join(', ')} in the list of prices set by hand: not a catalog price.`;
  return { overrides, problem };
}

const LABELS = new Map<string, string>([
  ...NUMERIC_FIELDS.map((f) => [SCENARIO_KEYS[f.key], f.label] as const),
  ...BOOLEAN_FIELDS.map((f) => [SCENARIO_KEYS[f.key], `“${f.label}”`] as const),
  [SCENARIO_KEYS.servingMode, 'Serving mode'],
  [META_KEYS.name, 'The scenario name'],
  [META_KEYS.nameBase64, 'The scenario name'],
  [META_KEYS.apiModelId, 'The API model'],
  [META_KEYS.baseModelId, 'The base model'],
  [META_KEYS.gpuId, 'The GPU'],
  [META_KEYS.trainingOption, 'The training option'],
  [META_KEYS.startMonth, 'The starting month'],
  [META_KEYS.overrides, 'The list of prices set by hand'],
]);

const FIELD_OF_META = new Map<string, string>(
  Object.entries(META_KEYS).map(([field, key]) => [key, field]),
);

/**
 * Reads one scenario from migrated parameters (a comparison's prefix already removed).
 * `repeated` names keys the link gave more than once; their first value was read.
 */
export function readScenario(
  params: LinkParams,
  repeated: ReadonlySet<string> = new Set(),
): { inputs: ScenarioInputs; problems: Problem[] } {
  const { selection, problems } = readSelection(params);
  const report = (field: string, message: string | null) => {
    if (message !== null) problems.push({ field, message });
  };
  const name = readName(nameText(params));
  report('name', name.message);
  const overrides = readOverrides(params.get(META_KEYS.overrides));
  report('overrides', overrides.problem);

  // A catalog price the link lacks (a hand-written link) is today's price for its models; a
  // cost-model v2 field it lacks means the link predates it, so it reads the neutral default.
  const base: Scenario = { ...DEFAULT_SCENARIO, ...v1CatalogValues(todaysCatalog(selection)) };
  const scenario: Scenario = { ...base };
  for (const { field, read } of SCENARIO_PARAMS) {
    report(field, read(params.get(SCENARIO_KEYS[field]), base, scenario));
  }

  for (const key of repeated) {
    const label = LABELS.get(key);
    if (label === undefined) continue; // unknown keys are ignored, repeated or not
    report(
      fieldForKey(key) ?? FIELD_OF_META.get(key) ?? key,
      `${label} appears more than once in the link; the first value was used.`,
    );
  }

  // The readers above already keep every value in range; this is the promise's safety net.
  const checked = validateScenario(scenario);
  return {
    inputs: {
      scenario: checked.scenario,
      selection,
      overrides: overrides.overrides,
      name: name.value,
    },
    problems: [...problems, ...checked.problems],
  };
}
