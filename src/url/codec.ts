/**
 * The scenario link codec: a Scenario and its metadata to a query string and back. Pure: no
 * window, no store. Encoding leaves out every value equal to the spec's default, except the
 * catalog-filled prices and sizes and the chosen models, which are always written so that a
 * catalog refresh cannot change the numbers an old link shows. Decoding never throws and always
 * returns a valid scenario; everything it had to ignore is listed in `problems`.
 */
import type { CatalogSelection } from '../catalog/fields.ts';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type NumericKey,
  type Scenario,
} from '../model/scenario.ts';
import { validateScenario, type Problem } from '../model/validate.ts';
import { fieldForKey, META_KEYS, SCENARIO_KEYS } from './keys.ts';
import type { LinkParams } from './migrate.ts';
import { fromBase64Url, namePair } from './name-text.ts';
import { numberText } from './number-text.ts';
import { quote } from '../model/quote.ts';
import { readBoolean, readName, readNumber, readServingMode } from './read-fields.ts';
import { isCatalogKey, isV2CatalogKey, todaysCatalog, v1CatalogValues } from './catalog-values.ts';
import { readSelection } from './selection.ts';

/** What a link carries besides the scenario's numbers. */
export interface LinkMeta {
  /** Free text, at most 80 characters; '' when unnamed. */
  name: string;
  selection: CatalogSelection;
  /** Catalog-filled fields the user set by hand, in the order they were set. */
  overrides: readonly NumericKey[];
}

/** A scenario as a link holds it. */
export interface LinkScenario {
  scenario: Scenario;
  meta: LinkMeta;
}

/** A scenario read from a link, with everything that had to be ignored. */
export interface DecodedScenario extends LinkScenario {
  problems: Problem[];
}

const NAME_KEYS = { plain: META_KEYS.name, base64: META_KEYS.nameBase64 };

/** The name's text from `n`, or else from its base64url form `nb` (null when unreadable). */
function nameText(params: LinkParams): string | null | undefined {
  const plain = params.get(META_KEYS.name);
  if (plain !== undefined) return plain;
  const base64 = params.get(META_KEYS.nameBase64);
  return base64 === undefined || base64 === null ? base64 : fromBase64Url(base64);
}

/** The key/value pairs of one scenario, in field-table order (no version: the link has one). */
export function scenarioPairs(scenario: Scenario, meta: LinkMeta): [string, string][] {
  const pairs: [string, string][] = [];
  if (meta.name !== '') pairs.push(namePair(meta.name, NAME_KEYS));
  pairs.push(
    [META_KEYS.apiModelId, meta.selection.apiModelId],
    [META_KEYS.baseModelId, meta.selection.baseModelId],
    [META_KEYS.gpuId, meta.selection.gpuId],
    [META_KEYS.trainingOption, meta.selection.trainingOption],
    [META_KEYS.startMonth, meta.selection.startMonth],
  );
  if (meta.overrides.length > 0) {
    pairs.push([META_KEYS.overrides, meta.overrides.map((key) => SCENARIO_KEYS[key]).join(',')]);
  }
  for (const { key } of NUMERIC_FIELDS) {
    const value = scenario[key];
    // numberText is the shortest text that reads back as exactly the same number. A v2 catalog
    // field at its neutral default is left out: a link without it reads that default.
    if ((isCatalogKey(key) && !isV2CatalogKey(key)) || value !== DEFAULT_SCENARIO[key]) {
      pairs.push([SCENARIO_KEYS[key], numberText(value)]);
    }
  }
  for (const { key } of BOOLEAN_FIELDS) {
    if (scenario[key] !== DEFAULT_SCENARIO[key]) {
      pairs.push([SCENARIO_KEYS[key], scenario[key] ? '1' : '0']);
    }
  }
  if (scenario.servingMode !== DEFAULT_SCENARIO.servingMode) {
    pairs.push([SCENARIO_KEYS.servingMode, scenario.servingMode]);
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
): DecodedScenario {
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
  for (const field of NUMERIC_FIELDS) {
    const read = readNumber(field, params.get(SCENARIO_KEYS[field.key]), base[field.key]);
    scenario[field.key] = read.value;
    report(field.key, read.message);
  }
  for (const field of BOOLEAN_FIELDS) {
    const read = readBoolean(field, params.get(SCENARIO_KEYS[field.key]), base[field.key]);
    scenario[field.key] = read.value;
    report(field.key, read.message);
  }
  const mode = readServingMode(params.get(SCENARIO_KEYS.servingMode), base.servingMode);
  scenario.servingMode = mode.value;
  report('servingMode', mode.message);

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
    scenario: checked.scenario,
    meta: { name: name.value, selection, overrides: overrides.overrides },
    problems: [...problems, ...checked.problems],
  };
}
