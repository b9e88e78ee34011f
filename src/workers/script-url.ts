/**
 * Worker script URLs in a form the page's policy accepts. The Content-Security-Policy requires
 * Trusted Types for scripts, so `new Worker()` takes only a TrustedScriptURL made by a named
 * policy ('worker-scripts', the one the CSP allows); this policy passes only URLs of this
 * origin. Browsers without Trusted Types take the plain string.
 *
 * Usage: `import url from './my.worker.ts?worker&url'` (Vite bundles the worker and gives its
 * URL), then `new Worker(workerScriptUrl(url), { type: 'module' })`. The usual
 * `new Worker(new URL(…, import.meta.url))` throws under the policy.
 */

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

export function sameOriginScriptUrl(url: string, origin: string): string {
  const resolved = new URL(url, origin);
  if (resolved.origin !== origin) throw new TypeError(`Refusing a worker script from ${url}`);
  return resolved.href;
}

/** What to pass to `new Worker()` for the bundled worker at `url`. */
export function workerScriptUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy('worker-scripts', {
    createScriptURL: (raw) => sameOriginScriptUrl(raw, location.origin),
  });
  // A TrustedScriptURL; typed as string because TypeScript's DOM types lack Trusted Types.
  return policy.createScriptURL(url);
}
