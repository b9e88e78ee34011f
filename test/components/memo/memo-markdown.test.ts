import { describe, expect, it } from 'vitest';
import type { Memo } from '../../../src/components/memo/memo-content.ts';
import { mdText, memoMarkdown } from '../../../src/components/memo/memo-markdown.ts';

const memo: Memo = {
  title: '# Bot | *v2* [draft]',
  date: '2026-12-01',
  link: 'https://example.test/?r=5000',
  verdict: 'Not yet',
  headline: 'Prompting stays cheaper below 19,840 requests per day',
  reasons: [{ kind: 'Cost', text: 'Fine-tuning costs $34,904 more.' }],
  smallModel: 'Llama 3.1 8B',
  scenario: 'At 5,000 requests a day …',
  figures: [{ label: 'Savings', value: '-$34.9k', note: 'A − B | C' }],
  changes: [
    {
      control: 'requestsPerDay',
      label: 'Requests per day',
      from: '10,000 requests/day',
      to: '5,000 requests/day',
      fromCatalog: false,
    },
  ],
  charts: [{ title: 'Cumulative cost', caption: 'Fine-tuning does not pay off.' }],
  sources: [
    {
      label: 'API output price',
      value: '$12.00/M tokens',
      source: '@pydantic/genai-prices 0.1.8',
      url: 'https://example.test/prices',
      date: '2026-12-01',
      estimate: false,
      editedFrom: '$10.00/M tokens',
    },
  ],
  formulas: [
    {
      title: 'Month 1',
      steps: [
        { label: 'Requests', formula: '5,000 × 30', value: '150,000', amount: 150_000, expr: null },
      ],
    },
  ],
};

describe('the memo as Markdown', () => {
  const text = memoMarkdown(memo);

  it('keeps a name that looks like Markdown as plain text', () => {
    expect(mdText('# a | *b* [c]')).toBe('\\# a \\| \\*b\\* \\[c\\]');
    expect(text.split('\n')[0]).toBe('# Decision memo: \\# Bot \\| \\*v2\\* \\[draft\\]');
  });

  it('has every section, the edits, the sources with dates, the captions and the link', () => {
    for (const heading of [
      '## Verdict: Not yet',
      '## The scenario',
      '## Key figures',
      '## Changed from defaults',
      '## Charts',
      '## Sources of the catalog figures',
      '## How it is calculated',
      '### Month 1',
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
    expect(text).toContain('- Requests per day: 10,000 requests/day → **5,000 requests/day**');
    expect(text).toContain(
      '| API output price | $12.00/M tokens (edited; catalog $10.00/M tokens) | @pydantic/genai-prices 0.1.8 https://example.test/prices | 2026-12-01 |',
    );
    // A table cell keeps its pipe as text, not as a new column.
    expect(text).toContain('| Savings | -$34.9k | A − B \\| C |');
    expect(text).toContain('- **Cumulative cost:** Fine-tuning does not pay off.');
    expect(text).toContain('- Requests: `5,000 × 30` = **150,000**');
    expect(text.trimEnd().endsWith('Link: <https://example.test/?r=5000>')).toBe(true);
  });
});
