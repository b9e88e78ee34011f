/**
 * After a redeploy the old page's hashed chunks are gone from the server, so every lazy import
 * fails until the page reloads. A failed import therefore asks the server for the page again: if
 * it no longer loads this page's entry script, a newer build is live and one reload fixes
 * everything. Offline, or with the same build, nothing happens (the part shows Retry instead).
 */

/** Remembers, per tab, the build already reloaded away from: at most one reload per build. */
const RELOADED_FROM = 'fine-tune-or-prompt:reloaded-from';

/** The hashed file name of the entry script this page runs (changes with every build). */
function entryScript(): string | null {
  const src = document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src;
  return src ? src.slice(src.lastIndexOf('/') + 1) : null;
}

/** Reloads the page, once per build, when a newer build has replaced this one on the server. */
export async function reloadIfRedeployed(): Promise<boolean> {
  const entry = entryScript();
  try {
    // A server error page has no script tag, so it never counts as a new build.
    const html = await (await fetch(location.pathname, { cache: 'no-store' })).text();
    if (!entry || !html.includes('<script') || html.includes(entry)) return false;
    if (sessionStorage.getItem(RELOADED_FROM) === entry) return false;
    sessionStorage.setItem(RELOADED_FROM, entry);
    location.reload();
    return true;
  } catch {
    return false; // offline, or storage refused: never risk a reload loop
  }
}
