import { useState } from 'react';
import { useStore } from '../../state/store.ts';
import { LazyBoundary, lazyPart } from '../LazyPart.tsx';
import '../tools.css';

// The panel, its worker and the tokenizers (megabytes) load only when the user opens it.
const TokenCounterPanel = lazyPart(() => import('./TokenCounterPanel.tsx'));

/**
 * "Count my prompt": paste the system prompt and few-shot examples, count them with real
 * tokenizers, and put the counts into the scenario. Once opened, the panel stays mounted, so
 * closing and reopening keeps the pasted text and the loaded tokenizers (and retries a
 * tokenizer that failed to load).
 */
export function TokenCounter() {
  const [opens, setOpens] = useState(0);
  // Store access stays in this first-load file (see PresetMenu for why).
  const baseModelId = useStore((s) => s.selection.baseModelId);
  const setNumber = useStore((s) => s.setNumber);
  return (
    <details
      className="card tool-panel token-counter"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpens((n) => n + 1);
      }}
    >
      <summary>Count my prompt</summary>
      {opens > 0 && (
        <LazyBoundary
          what="The token counter"
          fallback={<p role="status">Loading the token counter…</p>}
        >
          <TokenCounterPanel baseModelId={baseModelId} setNumber={setNumber} opens={opens} />
        </LazyBoundary>
      )}
    </details>
  );
}
