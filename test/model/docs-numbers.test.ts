// docs/model.md works its examples on the page's own opening scenario (issue 11: the docs once
// described GPT-4o prices while the page opened on Claude Sonnet 5). Each figure it quotes is
// computed here from that scenario and looked for in the text, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { formatPercent } from '../../src/model/format.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { initialInputs } from '../../src/state/store.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = readFileSync(path.join(here, '../../docs/model.md'), 'utf8').replace(/\s+/g, ' ');

const money = (value: number, digits = 2) =>
  `$${Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
const whole = (value: number) => Math.round(value).toLocaleString('en-US');

describe('docs/model.md', () => {
  const opening: Scenario = initialInputs().scenario;
  const r = calculate(opening);
  const row = r.months[1];

  it('names the page’s opening models and prices', () => {
    expect(opening).toMatchObject({
      apiInputPrice: 2,
      apiCachedInputPrice: 0.2,
      apiCacheWritePrice: 2.5,
      apiOutputPrice: 10,
      servingInputPrice: 0.03,
      servingOutputPrice: 0.09,
      gpuHourlyPrice: 3.99,
      gpuOutputTokensPerSecond: 4334,
    });
    expect(docs).toContain(
      'Claude Sonnet 5 as A ($2 per million input tokens, $0.20 cached, $2.50',
    );
  });

  it('quotes the opening scenario’s per-request and monthly figures', () => {
    expect(docs).toContain(`**${money(r.costPerRequestA, 5)}**`);
    expect(docs).toContain(`**${money(r.costPerRequestB ?? NaN, 7)}**`);
    expect(docs).toContain(`**${money(r.costPerRequestC ?? NaN, 6)}**`);
    expect(docs).toContain(`A ${money(row?.costA ?? NaN, 0)};`);
    expect(docs).toContain(`= ${money(row?.costB ?? NaN)}; C ${money(row?.costC ?? NaN)}`);
  });

  it('quotes its totals, the saving’s split and the break-even volumes', () => {
    expect(docs).toContain(`A ${money(r.totalA, 0)}; B`);
    expect(docs).toContain(`= ${money(r.totalB)}; C ${money(r.totalC)}`);
    expect(docs).toContain(`**${money(r.savings)} more**`);
    expect(docs).toContain(`would save ${money(r.savingsParts.modelSwitch)}`);
    expect(docs).toContain(`costs ${money(r.savingsParts.fineTuning)} more than prompting it`);
    expect(docs).toContain(`investment is ${money(r.investment)}`);
    expect(docs).toContain(`**${whole(r.breakEvenRequestsPerDay ?? NaN)} requests per day**`);
    const dedicated = calculate({ ...opening, servingMode: 'dedicated' });
    expect(docs).toContain(`≈ ${whole(dedicated.breakEvenRequestsPerDay ?? NaN)} requests per day`);
    expect(docs).toContain(`**${money(dedicated.costPerRequestB ?? NaN, 6)}** a request`);
  });

  it('tells the verdicts the page gives', () => {
    const headline = advise(opening, r).headline;
    expect(docs).toContain(headline);
    const quiet = { ...opening, requestsPerDay: 300 };
    expect(advise(quiet, calculate(quiet)).verdict).toBe('dont');
    const expiring = calculate({ ...opening, requestsPerDay: 300, cacheTtlMinutes: 5 });
    // Spelt as the page spells a percentage ("52%").
    expect(docs).toContain(
      `becomes **${formatPercent(Math.round(expiring.effectiveCacheHitRate * 100) / 100)}**`,
    );
  });
});
