/**
 * The tokenizer worker's script URL in a form the page's policy accepts. The Content-Security-
 * Policy requires Trusted Types for scripts, so `new Worker()` takes only a TrustedScriptURL made
 * by a named policy ('tokenizer-worker', the one the CSP allows); this policy passes only URLs
 * of this origin. Browsers without Trusted Types take the plain string.
 */
import workerUrl from './tokenizer.worker.ts?worker&url';

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

/** What to pass to `new Worker()` for the tokenizer worker. */
export function tokenizerWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return workerUrl;
  policy ??= factory.createPolicy('tokenizer-worker', {
    createScriptURL: (url) => sameOriginScriptUrl(url, location.origin),
  });
  // A TrustedScriptURL; typed as string because TypeScript's DOM types lack Trusted Types.
  return policy.createScriptURL(workerUrl);
}
