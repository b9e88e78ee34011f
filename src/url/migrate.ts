/**
 * Old links keep working: each version bump of the link format adds ONE pure function here that
 * rewrites a link's parameters from version n to n + 1 (rename a key, write out a default that
 * changed, split a value). A link is migrated step by step up to LINK_VERSION (keys.ts), then read.
 */

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
