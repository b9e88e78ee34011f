import { formatCount, formatNumber } from '../../model/format.ts';
import { ratioForScenario } from '../../tokens/apply.ts';
import { tokensPerExample, totalTokens, type PromptCount } from '../../tokens/count.ts';
import { FAMILIES, type BTokenizer } from '../../tokens/families.ts';

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
