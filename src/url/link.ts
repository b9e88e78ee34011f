/**
 * Whole links, the one module the page calls: the version, the current scenario with its
 * simulation settings, and optionally a comparison of two scenarios under key prefixes.
 * scenario-params.ts reads and writes a single scenario. Pure; never throws.
 */
import { quote } from '../model/quote.ts';
import type { RiskSettings } from '../model/risk-settings.ts';
import type { Problem } from '../model/validate.ts';
import { COMPARE_PREFIXES, LINK_VERSION, META_KEYS, SCENARIO_KEYS } from './keys.ts';
import { migrate, readVersion, type LinkParams } from './migrate.ts';
import { formatQuery, parseQuery } from './query.ts';
import { readRisk, riskPairs } from './risk-params.ts';
import { readScenario, scenarioPairs, type ScenarioInputs } from './scenario-params.ts';

/** Two scenarios side by side; `left: null` is the page's current scenario. */
export interface InputsComparison {
  left: ScenarioInputs | null;
  right: ScenarioInputs;
}

export interface DecodedLink {
  /** The current scenario with its simulation settings (the defaults when the link has none). */
  current: ScenarioInputs & { risk: RiskSettings };
  compare: InputsComparison | null;
  /** Every problem of the link: its own (version, broken keys) and each scenario's. */
  problems: Problem[];
}

/**
 * The query string (no leading `?`) for the current inputs, their simulation settings (only what
 * differs from the defaults) and, when open, a comparison.
 */
export function encodeLink(
  current: ScenarioInputs,
  compare: InputsComparison | null = null,
): string {
  const pairs: [string, string][] = [[META_KEYS.version, String(LINK_VERSION)]];
  pairs.push(...scenarioPairs(current));
  if (current.risk) pairs.push(...riskPairs(current.risk));
  const prefixed = (prefix: string, side: ScenarioInputs) =>
    scenarioPairs(side).map(([key, value]): [string, string] => [prefix + key, value]);
  if (compare) {
    if (compare.left) pairs.push(...prefixed(COMPARE_PREFIXES.left, compare.left));
    pairs.push(...prefixed(COMPARE_PREFIXES.right, compare.right));
  }
  return formatQuery(pairs);
}

interface Group {
  params: Map<string, string | null>;
  repeated: Set<string>;
}

/** Splits the parameters into the current scenario's and each compared scenario's. */
function splitGroups(params: LinkParams, repeated: ReadonlySet<string>) {
  const groups = { current: newGroup(), left: newGroup(), right: newGroup() };
  const groupOf = (key: string): [Group, string] => {
    if (key.startsWith(COMPARE_PREFIXES.left)) {
      return [groups.left, key.slice(COMPARE_PREFIXES.left.length)];
    }
    if (key.startsWith(COMPARE_PREFIXES.right)) {
      return [groups.right, key.slice(COMPARE_PREFIXES.right.length)];
    }
    return [groups.current, key];
  };
  for (const [key, value] of params) {
    const [group, inner] = groupOf(key);
    group.params.set(inner, value);
  }
  for (const key of repeated) {
    const [group, inner] = groupOf(key);
    group.repeated.add(inner);
  }
  return groups;
}

function newGroup(): Group {
  return { params: new Map(), repeated: new Set() };
}

/** A compared side's problems, each saying which side it is about. */
function withContext(problems: Problem[], prefix: string, side: string): Problem[] {
  return problems.map((p) => ({
    field: prefix + p.field,
    message: `${side} of the comparison: ${p.message}`,
  }));
}

/** Keys that belong to a scenario (its fields, name, models, overrides); `v` is the link's own. */
const SCENARIO_KEY_SET: ReadonlySet<string> = new Set([
  ...Object.values(SCENARIO_KEYS),
  ...Object.values(META_KEYS).filter((key) => key !== META_KEYS.version),
]);

/** A compared side is there only when one of its keys is a scenario's: `c2.utm_source` is not. */
function makesScenario(params: LinkParams): boolean {
  for (const key of params.keys()) if (SCENARIO_KEY_SET.has(key)) return true;
  return false;
}

/** Up to three of a group's keys, quoted with their prefix, for a notice. */
function quoteKeys(prefix: string, params: LinkParams): string {
  const keys = [...params.keys()];
  const shown = keys.slice(0, 3).map((key) => quote(prefix + key));
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
  return `${shown.join(', ')}${more}`;
}

/** Reads a whole link. Never throws; always returns valid scenarios. */
export function decodeLink(search: string): DecodedLink {
  const parsed = parseQuery(search);
  const problems = [...parsed.problems];
  const { version, problem } = readVersion(parsed.params.get(META_KEYS.version));
  if (problem) problems.push(problem);
  const groups = splitGroups(parsed.params, parsed.repeated);
  const migrated = (group: Group) => migrate(group.params, Math.min(version, LINK_VERSION));
  const current = readScenario(migrated(groups.current), groups.current.repeated);
  problems.push(...current.problems);
  const risk = readRisk(groups.current.params);
  problems.push(...risk.problems);

  const rightParams = migrated(groups.right);
  const leftParams = migrated(groups.left);
  const stray = (prefix: string, params: LinkParams, consequence: string) =>
    problems.push({
      field: 'compare',
      message: `Ignored ${quoteKeys(prefix, params)}: not part of a scenario, so ${consequence}.`,
    });
  let compare: InputsComparison | null = null;
  if (makesScenario(rightParams)) {
    const right = readScenario(rightParams, groups.right.repeated);
    let left: ScenarioInputs | null = null;
    if (makesScenario(leftParams)) {
      const read = readScenario(leftParams, groups.left.repeated);
      left = read.inputs;
      problems.push(...withContext(read.problems, COMPARE_PREFIXES.left, 'Left side'));
    } else if (leftParams.size > 0) {
      stray(COMPARE_PREFIXES.left, leftParams, 'the current scenario is the left side');
    }
    compare = { left, right: right.inputs };
    problems.push(...withContext(right.problems, COMPARE_PREFIXES.right, 'Right side'));
  } else if (makesScenario(leftParams)) {
    problems.push({
      field: 'compare',
      message: 'The link names only one side of a comparison; the comparison was ignored.',
    });
  } else if (rightParams.size > 0 || leftParams.size > 0) {
    const params = new Map([...leftParams].map(([k, v]) => [COMPARE_PREFIXES.left + k, v]));
    for (const [k, v] of rightParams) params.set(COMPARE_PREFIXES.right + k, v);
    stray('', params, 'no comparison was opened');
  }
  return { current: { ...current.inputs, risk: risk.risk }, compare, problems };
}

/** The absolute link to share: this page's address with a scenario's query string. */
export function shareUrl(query: string, location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}${query === '' ? '' : `?${query}`}`;
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
    inputs: link.current,
    problems: link.problems.map((p) => ({ field: p.field, message: `${label}: ${p.message}` })),
  };
}
