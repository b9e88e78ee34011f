// First: the page-wide rules, which each component's own stylesheet builds on (and may override).
import './app/styles.css';
import './app/component-styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { linkNeedsFullCatalog } from './catalog/model-ids.ts';
import { reloadIfRedeployed } from './components/redeploy.ts';
import { loadNumberReader } from './components/number-reader.ts';
import { loadPickers } from './components/pickers-runtime.ts';
import { loadCatalog } from './state/catalog-runtime.ts';
import { openLink } from './state/page-actions.ts';
import { useSharing } from './state/sharing.ts';
import { initialInputs, useStore } from './state/store.ts';

/**
 * Resolves in a task of its own. Each start-up step below begins in one: starting a chunk's load
 * (the bundler adds a preload link for every file it needs) costs a few milliseconds, tens on a
 * slow phone, and run back to back with React DOM's set-up they made one task of 250 – 470 ms at
 * 4× CPU slowdown, during which the page could not answer a tap.
 */
const ownTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The catalog (every model's prices and sources) loads in its own chunk, right away; the first
// paint shows the default selection's values, which the first chunk carries.
const catalog = ownTask()
  .then(loadCatalog)
  .catch(() => {
    void reloadIfRedeployed();
    showNotice('catalog-unavailable');
  });
// The pickers list the catalog's models, so they come in their own chunk alongside it. A failed
// load is said where the pickers would be, with Retry.
void ownTask()
  .then(loadPickers)
  .catch(() => reloadIfRedeployed());

// The number boxes' reader loads when a box is first focused, and after the catalog anyway: a
// number typed in the page's first moments, before its download came in, was applied only once it
// had (meanwhile the figures showed the old value, on a slow machine for seconds).
void catalog.then(loadNumberReader).catch(() => undefined);

// A link naming a model outside the curated list waits for the full catalog (a failed load falls
// back to reading the link without it: the model is then reported as unknown).
const fullCatalog = linkNeedsFullCatalog(window.location.search)
  ? ownTask()
      .then(() => import('./catalog/full-catalog.ts'))
      .then((m) => m.loadFullCatalog())
      .catch(() => undefined)
  : undefined;
// The link codec loads in its own chunk, keeping the first load small. The link is read once,
// here; from then on the store leads and the address bar follows it.
const urlSync = Promise.all([ownTask().then(() => import('./url/sync.ts')), catalog, fullCatalog])
  .then(([{ startUrlSync }]) =>
    startUrlSync({
      inputs: useStore,
      comparison: useSharing,
      pristine: initialInputs(),
      apply: openLink,
    }),
  )
  // Without the chunk (offline, a redeploy) the calculator still works, just unlinked; a shared
  // link says it could not be read (the notice is static in index.html: no code to load).
  .catch(() => {
    void reloadIfRedeployed();
    if (window.location.search.length > 1) showNotice('link-unreadable');
  });

/** Shows one of index.html's static notices: Reload (the primary button) or Dismiss. */
function showNotice(id: string) {
  const notice = document.getElementById(id);
  if (!notice) return;
  notice.hidden = false;
  notice.onclick = (event) => {
    const button = (event.target as Element).closest('button');
    if (button?.classList.contains('primary')) window.location.reload();
    else if (button) notice.hidden = true;
  };
}

function render() {
  const root = document.getElementById('root');
  if (!root) return;
  // A transition renders in slices of a few milliseconds, so the first render never blocks the
  // main thread for long (on a slow phone it would be one task of hundreds of milliseconds).
  const reactRoot = createRoot(root);
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}

// A shared link waits for the codec, so the page never shows the defaults before the linked
// numbers. (A promise, not a top-level await: that would split the shared modules out of the
// entry chunk and make the first load bigger.)
if (window.location.search.length > 1) void urlSync.then(render);
else render();
