/**
 * Whole links: the version, one scenario, and optionally a comparison of two scenarios under key
 * prefixes. This is the module the app calls; codec.ts reads and writes a single scenario.
 */
import type { Problem } from '../model/validate.ts';
import type { Scenario } from '../model/scenario.ts';
import {
  readScenario,
  scenarioPairs,
  type DecodedScenario,
  type LinkMeta,
  type LinkScenario,
} from './codec.ts';
import type { RiskSettings } from '../model/risk-settings.ts';
import { COMPARE_PREFIXES, LINK_VERSION, META_KEYS, SCENARIO_KEYS } from './keys.ts';
import { migrate, type LinkParams } from './migrate.ts';
import { quote } from '../model/quote.ts';
import { namePair } from './name-text.ts';
import { encodePart, formatQuery, parseQuery } from './query.ts';
import { readRisk, riskPairs } from './risk-link.ts';

export type { DecodedScenario, LinkMeta, LinkScenario } from './codec.ts';

/** Two scenarios side by side. `left: null` means the page's current scenario. */
export interface LinkComparison<S extends LinkScenario = LinkScenario> {
  left: S | null;
  right: S;
}

export interface DecodedLink {
  current: DecodedScenario;
  compare: LinkComparison<DecodedScenario> | null;
  /** The current scenario's simulation settings (the defaults when the link has none). */
  risk: RiskSettings;
  /** Every problem of the link: its own (version, broken keys) and each scenario's. */
  problems: Problem[];
}

/** The query string (no leading `?`) for one scenario. */
export function encodeScenario(scenario: Scenario, meta: LinkMeta): string {
  return encodeLink({ scenario, meta });
}

/**
 * The query string for the current scenario, its simulation settings (only what differs from
 * the defaults) and, when open, a comparison.
 */
export function encodeLink(
  current: LinkScenario,
  compare: LinkComparison | null = null,
  risk: RiskSettings | null = null,
): string {
  const pairs: [string, string][] = [[META_KEYS.version, String(LINK_VERSION)]];
  pairs.push(...scenarioPairs(current.scenario, current.meta));
  if (risk) pairs.push(...riskPairs(risk));
  const prefixed = (prefix: string, side: LinkScenario) =>
    scenarioPairs(side.scenario, side.meta).map(([key, value]): [string, string] => [
      prefix + key,
      value,
    ]);
  if (compare) {
    if (compare.left) pairs.push(...prefixed(COMPARE_PREFIXES.left, compare.left));
    pairs.push(...prefixed(COMPARE_PREFIXES.right, compare.right));
  }
  return formatQuery(pairs);
}

/** Reads one scenario from a query string (a comparison in it is ignored). Never throws. */
export function decodeScenario(search: string): DecodedScenario {
  const link = decodeLink(search);
  const compareProblems = new Set([
    ...(link.compare?.left?.problems ?? []),
    ...(link.compare?.right.problems ?? []),
  ]);
  return { ...link.current, problems: link.problems.filter((p) => !compareProblems.has(p)) };
}

function readVersion(text: string | null | undefined): {
  version: number;
  problem: Problem | null;
} {
  if (text === undefined) return { version: LINK_VERSION, problem: null };
  const version = text !== null && /^\d{1,9}$/.test(text) ? Number(text) : 0;
  if (version < 1) {
    const got = text === null ? 'could not be read' : `${quote(text)} is not valid`;
    return {
      version: LINK_VERSION,
      problem: {
        field: 'version',
        message: `The link's format version ${got}; it was read as version ${LINK_VERSION}.`,
      },
    };
  }
  if (version <= LINK_VERSION) return { version, problem: null };
  return {
    version,
    problem: {
      field: 'version',
      message: `This link was made by a newer version of the calculator (link format ${version}; this page reads format ${LINK_VERSION}). Everything this page understands was kept; anything newer was ignored.`,
    },
  };
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

function withContext(decoded: DecodedScenario, prefix: string, side: string): DecodedScenario {
  return {
    ...decoded,
    problems: decoded.problems.map((p) => ({
      field: prefix + p.field,
      message: `${side} of the comparison: ${p.message}`,
    })),
  };
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
  let compare: LinkComparison<DecodedScenario> | null = null;
  if (makesScenario(rightParams)) {
    const right = withContext(
      readScenario(rightParams, groups.right.repeated),
      COMPARE_PREFIXES.right,
      'Right side',
    );
    let left: DecodedScenario | null = null;
    if (makesScenario(leftParams)) {
      left = withContext(
        readScenario(leftParams, groups.left.repeated),
        COMPARE_PREFIXES.left,
        'Left side',
      );
    } else if (leftParams.size > 0) {
      stray(COMPARE_PREFIXES.left, leftParams, 'the current scenario is the left side');
    }
    compare = { left, right };
    problems.push(...(left?.problems ?? []), ...right.problems);
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
  return { current, compare, risk: risk.risk, problems };
}

/**
 * The same query with another scenario name: used to rename a saved scenario without
 * re-reading (and so without migrating or repairing) the rest of its link.
 */
export function renameInQuery(query: string, name: string): string {
  const parts = query
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      const key = part.split('=')[0];
      return part !== '' && key !== META_KEYS.name && key !== META_KEYS.nameBase64;
    });
  const at = parts.findIndex((part) => part.split('=')[0] === META_KEYS.version) + 1;
  if (name !== '') {
    const [key, text] = namePair(name, { plain: META_KEYS.name, base64: META_KEYS.nameBase64 });
    parts.splice(at, 0, `${key}=${encodePart(text)}`);
  }
  return parts.join('&');
}
