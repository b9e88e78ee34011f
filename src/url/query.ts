/**
 * The query string as text: splitting it into key/value pairs and joining them again. Hand-rolled
 * rather than URLSearchParams because URLSearchParams quietly turns broken percent-encoding into
 * replacement characters, and the link reader must say which value it could not read.
 */
import { formatCount } from '../model/format.ts';
import { quote } from '../model/quote.ts';
import type { Problem } from '../model/validate.ts';
import { QUERY_MAX_LENGTH } from './limits.ts';

/** One parsed query: the first value of every key (null when its percent-encoding is broken). */
export interface ParsedQuery {
  params: Map<string, string | null>;
  /** Keys given more than once; the first value is the one read. */
  repeated: Set<string>;
  /** Parts of the query whose key could not be decoded, so no field can be named. */
  problems: Problem[];
}

function decodePart(part: string): string | null {
  try {
    // '+' is a space in query strings (HTML forms and URLSearchParams write it so).
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * The query without `?` and `#fragment`, cut after its last whole `key=value` within
 * QUERY_MAX_LENGTH characters (a value cut in half would be misread: `rpd=123456` as `rpd=12`).
 */
function boundedQuery(search: string): { query: string; problem: Problem | null } {
  const hash = search.indexOf('#');
  const query = (hash === -1 ? search : search.slice(0, hash)).replace(/^\?/, '');
  if (query.length <= QUERY_MAX_LENGTH) return { query, problem: null };
  const cut = query.lastIndexOf('&', QUERY_MAX_LENGTH);
  return {
    query: cut === -1 ? '' : query.slice(0, cut),
    problem: {
      field: 'link',
      message: `This link is ${formatCount(query.length)} characters long, far more than a scenario needs (under 2,000); only its first ${formatCount(QUERY_MAX_LENGTH)} characters were read.`,
    },
  };
}

/**
 * Splits `?a=1&b=2` (the leading `?` optional, any `#fragment` ignored), reading at most
 * QUERY_MAX_LENGTH characters. Never throws.
 */
export function parseQuery(search: string): ParsedQuery {
  const params = new Map<string, string | null>();
  const repeated = new Set<string>();
  const { query, problem } = boundedQuery(search);
  const problems: Problem[] = problem === null ? [] : [problem];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const key = decodePart(rawKey);
    if (key === null) {
      problems.push({
        field: 'link',
        message: `Ignored ${quote(part)}: its name is not valid percent-encoding.`,
      });
      continue;
    }
    if (params.has(key)) {
      repeated.add(key);
      continue;
    }
    params.set(key, decodePart(eq === -1 ? '' : part.slice(eq + 1)));
  }
  return { params, repeated, problems };
}

/** Replaces unpaired UTF-16 surrogates, which no URL can carry, with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/**
 * Percent-encodes a value, keeping it readable: spaces as '+', commas as they are. The
 * apostrophe is escaped too because browsers escape it in query strings anyway, and the address
 * bar should show exactly the text this function wrote.
 */
export function encodePart(text: string): string {
  return encodeURIComponent(wellFormed(text))
    .replace(/%20/g, '+')
    .replace(/%2C/g, ',')
    .replace(/'/g, '%27');
}

/** Joins pairs into `a=1&b=2` (no leading `?`). */
export function formatQuery(pairs: ReadonlyArray<readonly [string, string]>): string {
  return pairs.map(([key, value]) => `${encodePart(key)}=${encodePart(value)}`).join('&');
}
