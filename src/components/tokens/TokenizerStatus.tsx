import type { BTokenizer } from '../../tokens/families.ts';
import { FAMILIES } from '../../tokens/families.ts';
import type { LoadState } from './use-token-counter.ts';

const MB = 1_000_000;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

/** Where each tokenizer is, in words, with a progress bar while B's tokenizer downloads. */
export function TokenizerStatus({
  a,
  b,
  bTokenizer,
}: {
  a: LoadState;
  b: LoadState | null;
  bTokenizer: BTokenizer;
}) {
  const bName =
    bTokenizer.kind === 'tokenizer' ? `the ${FAMILIES[bTokenizer.family].label} tokenizer` : null;
  const error = a.state === 'error' ? a : b?.state === 'error' ? b : null;
  let text: string;
  if (error !== null) text = `The tokenizer could not be loaded: ${error.message}`;
  else if (a.state !== 'ready') text = 'Loading the tokenizers…';
  else if (b === null || bName === null) text = 'Tokenizer ready: o200k for A.';
  else if (b.state === 'downloading') {
    text = `Loading ${bName}: ${mb(b.progress.loaded)} of ${mb(b.progress.total)} MB…`;
  } else if (b.state === 'ready') text = `Tokenizers ready: o200k for A, ${bName} for B.`;
  else if (b.state === 'building') text = `Preparing ${bName}…`;
  else text = `Loading ${bName}…`;

  const loading = error === null && (a.state !== 'ready' || (b !== null && b.state !== 'ready'));
  return (
    <div className="token-status" data-loading={loading}>
      <p role="status" className="small">
        {text}
      </p>
      {loading && (
        <progress
          aria-label="Tokenizer download"
          {...(b?.state === 'downloading'
            ? { max: b.progress.total, value: b.progress.loaded }
            : {})}
        />
      )}
    </div>
  );
}
