/**
 * Old links keep working: each version bump of the link format adds ONE pure function here that
 * rewrites a link's parameters from version n to n + 1 (rename a key, write out a default that
 * changed, split a value). A link is migrated step by step up to LINK_VERSION (keys.ts), then read.
 */
import { quote } from '../model/quote.ts';
import type { Problem } from '../model/validate.ts';
import { LINK_VERSION } from './keys.ts';

/** A link's parameters, key → first value (null: its percent-encoding was broken). */
export type LinkParams = ReadonlyMap<string, string | null>;

/** Rewrites one version's parameters into the next version's. Must be pure and never throw. */
export type Migration = (params: LinkParams) => LinkParams;

/**
 * MIGRATIONS[i] turns a version i + 1 link into a version i + 2 link. Version 1 is the first
 * format, so there is nothing to migrate yet; the test suite checks that
 * LINK_VERSION === MIGRATIONS.length + 1, so a version bump without its migration fails.
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings parameters written by link format `fromVersion` up to the newest format `migrations`
 * knows. Versions newer than that are returned as they are: the reader takes what it understands.
 */
export function migrate(
  params: LinkParams,
  fromVersion: number,
  migrations: readonly Migration[] = MIGRATIONS,
): LinkParams {
  let out = params;
  for (let version = Math.max(1, fromVersion); version <= migrations.length; version++) {
    const step = migrations[version - 1];
    if (step) out = step(out);
  }
  return out;
}

/** The format version a link says it has (`v`); a missing or broken one reads as the newest. */
export function readVersion(text: string | null | undefined): {
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
