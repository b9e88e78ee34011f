import { formatCount, formatCountOf, formatNumber, formatPercent } from '../../model/format.ts';
import { ratioForScenario } from '../../tokens/apply.ts';
import type { CountProgress } from '../../tokens/client.ts';
import {
  PIECE_CHARS,
  tokensPerExample,
  totalTokens,
  type PromptCount,
} from '../../tokens/count.ts';
import { FAMILIES, type BTokenizer } from '../../tokens/families.ts';
import type { CountCoverage } from '../../tokens/protocol.ts';

/** A's and B's counts side by side: system prompt, examples, and the prefix they add up to. */
export function CountTable({
  a,
  b,
  bTokenizer,
}: {
  a: PromptCount;
  b: PromptCount | null;
  bTokenizer: BTokenizer;
}) {
  const bName =
    bTokenizer.kind === 'tokenizer'
      ? `B: ${bTokenizer.modelName} (${FAMILIES[bTokenizer.family].label} tokenizer)`
      : null;
  const rows: Array<[string, (c: PromptCount) => string]> = [
    ['System prompt', (c) => formatCount(c.systemTokens)],
    [
      'Few-shot examples',
      (c) =>
        `${formatCount(c.exampleCount)} × ${formatCount(tokensPerExample(c))} = ${formatCount(c.exampleTokens)}`,
    ],
    ['Static prefix in total', (c) => formatCount(totalTokens(c))],
  ];
  return (
    <table className="token-table">
      <caption className="visually-hidden">Tokens counted in your prompt</caption>
      <thead>
        <tr>
          <th scope="col">Tokens</th>
          <th scope="col">A: o200k (OpenAI)</th>
          {bName !== null && <th scope="col">{bName}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, show]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{show(a)}</td>
            {bName !== null && <td>{b === null ? '…' : show(b)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Which ratio B's count rests on: measured with its own tokenizer, or the catalog's. */
export function RatioNote({ ratio, bTokenizer }: { ratio: number | null; bTokenizer: BTokenizer }) {
  if (bTokenizer.kind === 'ratio') {
    return (
      <p className="small token-ratio">
        {bTokenizer.modelName} has no maintained tokenizer package that runs in a browser, so its
        count is estimated with the catalog’s tokenizer ratio, {formatNumber(bTokenizer.ratio)}×.
        Applying leaves the scenario’s tokenizer ratio as it is.
      </p>
    );
  }
  if (ratio === null) return null;
  const stored = ratioForScenario(ratio);
  return (
    <p className="small token-ratio">
      Measured tokenizer ratio (B ÷ A):{' '}
      <strong>{formatNumber(Math.round(ratio * 1000) / 1000)}×</strong>
      {stored !== Math.round(ratio * 100) / 100
        ? ` (the scenario allows 0.5–2, so ${formatNumber(stored)}×)`
        : ''}
      , counted with the {FAMILIES[bTokenizer.family].label} tokenizer.
    </p>
  );
}

/** While a count runs (or after the user stopped it): never the previous text's numbers. */
export function CountingStatus({
  progress,
  stopped,
  onStop,
}: {
  progress: CountProgress | null;
  stopped: boolean;
  onStop: () => void;
}) {
  if (stopped) {
    return (
      <p className="small" role="status">
        Counting stopped. Change the text to count it again.
      </p>
    );
  }
  const share = progress !== null && progress.total > 0 ? progress.done / progress.total : null;
  return (
    <div className="token-counting">
      <p className="small" role="status">
        Counting…{share !== null && ` ${formatPercent(Math.min(1, share))} done`}
      </p>
      {/* A count that reports progress takes long enough to be worth stopping. */}
      {progress !== null && (
        <>
          <progress aria-label="Counting progress" max={progress.total} value={progress.done} />
          <button type="button" onClick={onStop}>
            Stop counting
          </button>
        </>
      )}
    </div>
  );
}

/** Says when a count is an estimate: a sample of a very long text, or runs cut mid-token. */
export function CoverageNote({ coverage }: { coverage: CountCoverage }) {
  const { totalChars, countedChars, cuts } = coverage;
  const notes: string[] = [];
  if (countedChars < totalChars) {
    notes.push(
      `Estimated: the text is ${formatCount(totalChars)} characters long, so ${formatCount(countedChars)} characters spread evenly through it were counted and the rest estimated from them.`,
    );
  }
  if (cuts > 0) {
    notes.push(
      `Approximate: ${formatCountOf(cuts, 'stretch', 'stretches')} of over ${formatCount(PIECE_CHARS)} characters without a space ${cuts === 1 ? 'was' : 'were'} counted in pieces, which can add up to 2 tokens per piece.`,
    );
  }
  if (notes.length === 0) return null;
  return <p className="small token-estimate">{notes.join(' ')}</p>;
}
