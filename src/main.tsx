import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { useSharing, watchOtherTabs } from './state/saved.ts';
import { initialInputs, useStore } from './state/store.ts';
import { startUrlSync } from './url/sync.ts';
import './app/styles.css';

// Before the first render, so a shared link never flashes the defaults first. The link is read
// once here; from then on the store leads and the address bar follows it.
useSharing.getState().hydrate();
watchOtherTabs(window);
startUrlSync({
  inputs: useStore,
  comparison: useSharing,
  pristine: initialInputs(),
  apply: (link) => {
    useStore.getState().load(link.current);
    useSharing.getState().setCompare(link.compare);
    useSharing.getState().setLinkProblems(link.problems);
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
