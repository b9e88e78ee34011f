import { describe, expect, it } from 'vitest';
import { scenarioAssumptions } from '../../src/export/assumptions.ts';
import {
  csvField,
  csvNumber,
  exportFileName,
  monthsCsv,
  scenarioCsv,
} from '../../src/export/csv.ts';
import { NUMERIC_FIELDS } from '../../src/model/scenario.ts';
import { calculate } from '../../src/model/calculate.ts';
import { effectiveRanges } from '../../src/model/risk-ranges.ts';
import { simulate } from '../../src/model/simulate.ts';
import { PRESETS, presetScenario } from '../../src/state/presets.ts';
import { initialInputs } from '../../src/state/store.ts';
import { csvRecords, parseCsv } from './parse-csv.ts';

const scenarios = [
  ['the default scenario', initialInputs().scenario],
  ...PRESETS.map((p) => [p.name, presetScenario(p)] as const),
] as const;

describe('month-by-month CSV', () => {
  it.each(scenarios)('%s: parses back to the model’s numbers, to the cent', (_name, scenario) => {
    const result = calculate(scenario);
    const records = csvRecords(monthsCsv(result));
    expect(records).toHaveLength(scenario.horizonMonths + 1);
    records.forEach((record, i) => {
      const row = result.months[i]!;
      expect(record['Month']).toBe(row.month);
      expect(record['Requests']).toBeCloseTo(row.requests, 2);
      const money: Array<[string, number]> = [
        ['A: prompt prefix ($)', row.prefixA],
        ['A: request input ($)', row.inputA],
        ['A: output ($)', row.outputA],
        ['A: prompt upkeep ($)', row.upkeepA],
        ['A: wrong answers ($)', row.failureA],
        ['A: cost this month ($)', row.costA],
        ['B: inference ($)', row.inferenceB],
        ['B: fallback to A ($)', row.fallbackB],
        ['B: upkeep ($)', row.upkeepB],
        ['B: wrong answers ($)', row.failureB],
        ['B: retraining ($)', row.retrain],
        ['B: cost this month ($)', row.costB],
        ['A: cumulative cost ($)', row.cumulativeA],
        ['B: cumulative cost ($)', row.cumulativeB],
        ['C: cumulative cost ($)', row.cumulativeC],
      ];
      for (const [header, value] of money)
        expect(Math.abs(record[header]! - value)).toBeLessThan(0.005);
    });
    const last = records.at(-1)!;
    expect(last['A: cumulative cost ($)']).toBeCloseTo(result.totalA, 2);
    expect(last['B: cumulative cost ($)']).toBeCloseTo(result.totalB, 2);
    expect(last['C: cumulative cost ($)']).toBeCloseTo(result.totalC, 2);
  });

  it('adds up like a spreadsheet: parts make each month, months make the cumulative', () => {
    // Wrong answers priced, so their columns are not all zero.
    const scenario = {
      ...presetScenario(PRESETS[0]!),
      failureCost: 2,
      failureRateA: 0.03,
      failureRateB: 0.05,
    };
    const records = csvRecords(monthsCsv(calculate(scenario)));
    const sum = (header: string) => records.reduce((s, r) => s + r[header]!, 0);
    for (const r of records) {
      const partsA = [
        'A: one-time ($)',
        'A: prompt prefix ($)',
        'A: request input ($)',
        'A: output ($)',
        'A: prompt upkeep ($)',
        'A: wrong answers ($)',
      ];
      const partsB = [
        'B: one-time ($)',
        'B: inference ($)',
        'B: fallback to A ($)',
        'B: upkeep ($)',
        'B: wrong answers ($)',
        'B: retraining ($)',
      ];
      expect(r['A: wrong answers ($)']).toBeCloseTo(r['Requests']! * 0.03 * 2, 4);
      expect(r['B: wrong answers ($)']).toBeCloseTo(r['Requests']! * 0.05 * 2, 4);
      expect(partsA.reduce((s, h) => s + r[h]!, 0)).toBeCloseTo(r['A: cost this month ($)']!, 4);
      expect(partsB.reduce((s, h) => s + r[h]!, 0)).toBeCloseTo(r['B: cost this month ($)']!, 4);
    }
    expect(sum('A: cost this month ($)')).toBeCloseTo(
      records.at(-1)!['A: cumulative cost ($)']!,
      3,
    );
    expect(sum('B: cost this month ($)')).toBeCloseTo(
      records.at(-1)!['B: cumulative cost ($)']!,
      3,
    );
    expect(sum('C: cost this month ($)')).toBeCloseTo(
      records.at(-1)!['C: cumulative cost ($)']!,
      3,
    );
  });

  it('has units in every header, plain numbers in every cell and CRLF line ends', () => {
    const text = monthsCsv(calculate(initialInputs().scenario));
    const [header, ...rows] = parseCsv(text);
    expect(header!.slice(2).every((h) => /\((\$|count)\)$/.test(h))).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(rows.length + 2);
  });

  it('adds the GPU count in dedicated mode', () => {
    const dedicated = PRESETS.find((p) => p.scenario.servingMode === 'dedicated')!;
    const records = csvRecords(monthsCsv(calculate(presetScenario(dedicated))));
    expect(records[1]!['B: dedicated GPUs (count)']).toBeGreaterThanOrEqual(1);
  });

  it('adds the simulation’s cumulative-saving band when given one', () => {
    const scenario = initialInputs().scenario;
    const result = calculate(scenario);
    const sim = simulate(scenario, effectiveRanges(scenario, {}), { samples: 300 });
    const records = csvRecords(monthsCsv(result, sim.cumulativeSavingsBands));
    expect(records).toHaveLength(scenario.horizonMonths + 1);
    records.forEach((record, month) => {
      const band = sim.cumulativeSavingsBands[month]!;
      expect(record['Cumulative saving, P10 ($)']).toBeCloseTo(band.p10, 2);
      expect(record['Cumulative saving, median ($)']).toBeCloseTo(band.p50, 2);
      expect(record['Cumulative saving, P90 ($)']).toBeCloseTo(band.p90, 2);
    });
    expect(Object.keys(csvRecords(monthsCsv(result))[0]!)).not.toContain(
      'Cumulative saving, median ($)',
    );
  });

  it('writes numbers without binary noise, exponents or negative zero', () => {
    expect(csvNumber(0.1 + 0.2)).toBe('0.3');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(-1e-9)).toBe('0');
    expect(csvNumber(1234567.891234567)).toBe('1234567.891235');
    expect(csvNumber(120_000_000_000)).toBe('120000000000');
  });

  it('quotes fields only when they need it', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('names files after the scenario', () => {
    expect(exportFileName('Customer-support bot, 50k requests/day', 'months.csv')).toBe(
      'customer-support-bot-50k-requests-day-months.csv',
    );
    expect(exportFileName('', 'months.csv')).toBe('fine-tune-or-prompt-months.csv');
  });
});

describe('the CSV export with its assumptions', () => {
  const inputs = initialInputs();
  const edited = { ...inputs.scenario, requestsPerDay: 5_000, apiInputPrice: 3, cacheHitRate: 0.5 };
  const text = scenarioCsv(calculate(edited), scenarioAssumptions(edited, inputs.selection));
  const [head, months] = text.split('\r\n\r\n');
  const rows = parseCsv(head ?? '');
  const row = (name: string) => rows.find((r) => r[0] === name);

  it('starts with the assumptions, name, value, unit and source, before the month rows', () => {
    expect(rows[0]).toEqual(['Assumption', 'Value', 'Unit', 'Source']);
    expect(row('API model (A)')).toEqual(['API model (A)', 'Claude Sonnet 5', '', 'catalog']);
    expect(row('Output tokens per request')).toEqual([
      'Output tokens per request',
      '300',
      'tokens',
      'default',
    ]);
    // A catalog value names its source and date.
    expect(row('API output price')?.[3]).toMatch(/genai-prices.*, \d{4}-\d{2}-\d{2}$/);
    // Every numeric input is there, once.
    expect(rows.length).toBe(1 + 5 + NUMERIC_FIELDS.length);
    expect(csvRecords(months ?? '')).toHaveLength(calculate(edited).months.length);
  });

  it('marks an edited value with the value it replaced, and writes shares as percentages', () => {
    expect(row('Requests per day')).toEqual([
      'Requests per day',
      '5000',
      'requests/day',
      'edited; default value 10,000 requests/day',
    ]);
    expect(row('API input price')?.slice(1)).toEqual([
      '3',
      '$/M tokens',
      'edited; catalog value $2.00/M tokens',
    ]);
    expect(row('Prompt cache hit rate')?.slice(1, 3)).toEqual(['50', '%']);
  });
});
