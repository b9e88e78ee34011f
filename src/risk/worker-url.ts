/**
 * The simulation worker's script URL in a form the page's policy accepts: the Content-Security-
 * Policy requires Trusted Types for scripts, so `new Worker()` takes only a TrustedScriptURL made
 * by a policy the CSP names ('simulation-worker', scripts/static-hosting.mjs), and this one passes
 * only URLs of this origin (the same rule as the tokenizer's). Browsers without Trusted Types take
 * the plain string.
 */
import { sameOriginScriptUrl } from '../tokens/worker-url.ts';
import workerUrl from './simulate.worker.ts?worker&url';

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/** What to pass to `new Worker()` for the simulation worker. */
export function simulationWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return workerUrl;
  policy ??= factory.createPolicy('simulation-worker', {
    createScriptURL: (url) => sameOriginScriptUrl(url, location.origin),
  });
  // A TrustedScriptURL; typed as string because TypeScript's DOM types lack Trusted Types.
  return policy.createScriptURL(workerUrl);
}
