import { useState } from 'react';
import { useStore } from '../state/store.ts';
import { LazyBoundary, lazyPart } from './LazyPart.tsx';
import './tools.css';

// The presets' data and texts load when the menu first opens; the first load stays small.
const PresetList = lazyPart(() => import('./PresetList.tsx'));

/** "Start from a preset": named scenarios a product manager recognises, editable once loaded. */
export function PresetMenu() {
  const [opened, setOpened] = useState(false);
  // The store is read here, in the first-load chunk: a lazy chunk importing store.ts makes the
  // bundler split the first load into more, larger-in-total files.
  const load = useStore((s) => s.load);
  const current = useStore((s) => s.name);
  return (
    <details
      className="card tool-panel presets"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>Start from a preset</summary>
      {opened && (
        <LazyBoundary what="The presets" fallback={<p role="status">Loading presets…</p>}>
          <PresetList load={load} current={current} />
        </LazyBoundary>
      )}
    </details>
  );
}
