import { describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION } from '../../src/catalog/fields.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { decodeLink } from '../../src/url/link.ts';

const fields = (search: string) => decodeLink(search).problems.map((p) => p.field);
const message = (search: string) =>
  decodeLink(search)
    .problems.map((p) => p.message)
    .join('\n');

describe('bad links fall back per value and say why', () => {
  it('negative', () => {
    const d = decodeLink('v=1&rpd=-5&mo=24');
    expect(d.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
    expect(d.current.scenario.horizonMonths).toBe(24); // the valid neighbour is kept
    expect(d.problems).toEqual([
      {
        field: 'requestsPerDay',
        message: 'Requests per day must be between 0 and 100,000,000; got -5. Using 10,000.',
      },
    ]);
  });

  it('huge', () => {
    const d = decodeLink('v=1&tx=1e300&hit=7');
    expect(d.current.scenario.trainingExamples).toBe(DEFAULT_SCENARIO.trainingExamples);
    expect(d.current.scenario.cacheHitRate).toBe(DEFAULT_SCENARIO.cacheHitRate);
    expect(fields('v=1&tx=1e300&hit=7')).toEqual(['cacheHitRate', 'trainingExamples']); // table order
    expect(message('v=1&hit=7')).toBe(
      'Prompt cache hit rate must be between 0% and 100%; got 700%. Using 80%.',
    );
  });

  it('NaN and Infinity', () => {
    for (const text of ['NaN', 'Infinity', '-Infinity', '1e999']) {
      const d = decodeLink(`v=1&rate=${text}`);
      expect(d.current.scenario.hourlyRate).toBe(DEFAULT_SCENARIO.hourlyRate);
      expect(d.problems).toHaveLength(1);
      expect(d.problems[0]?.message).toMatch(/^Engineering hourly rate must be a finite number/);
    }
  });

  it('not a number at all', () => {
    for (const text of ['abc', '0x10', '1_000', '12px', ' 5', '1,5']) {
      expect(fields(`v=1&rate=${encodeURIComponent(text)}`)).toEqual(['hourlyRate']);
    }
  });

  it('empty', () => {
    expect(decodeLink('').problems).toEqual([]);
    expect(decodeLink('?').problems).toEqual([]);
    const d = decodeLink('v=1&rpd=&pc&n=');
    expect(d.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
    expect(d.current.scenario.promptCaching).toBe(DEFAULT_SCENARIO.promptCaching);
    expect(d.current.name).toBe('');
    expect(d.problems.map((p) => p.field)).toEqual(['requestsPerDay', 'promptCaching']);
    expect(d.problems[0]?.message).toBe('Requests per day has no value. Using 10,000.');
  });

  it('repeated keys: the first value is read and the repeat is named', () => {
    const d = decodeLink('v=1&rpd=500&rpd=900&n=First&n=Second');
    expect(d.current.scenario.requestsPerDay).toBe(500);
    expect(d.current.name).toBe('First');
    expect(d.problems.map((p) => p.field)).toEqual(['requestsPerDay', 'name']);
    expect(d.problems[0]?.message).toMatch(/more than once/);
  });

  it('broken percent-encoding', () => {
    const d = decodeLink('v=1&n=%E4%B8&rpd=%zz&pc=%&%ZZ=1&mo=24');
    expect(d.current.name).toBe('');
    expect(d.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
    expect(d.current.scenario.horizonMonths).toBe(24);
    expect(d.problems.map((p) => p.field)).toEqual([
      'link',
      'name',
      'requestsPerDay',
      'promptCaching',
    ]);
    expect(d.problems[2]?.message).toMatch(/broken percent-encoding/);
  });

  it('a <script> name is kept as plain text, not interpreted', () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const d = decodeLink(`v=1&n=${encodeURIComponent(name)}`);
    expect(d.current.name).toBe(name);
    expect(d.problems).toEqual([]);
  });

  it('a name longer than 80 characters is shortened', () => {
    const d = decodeLink(`v=1&n=${'x'.repeat(81)}`);
    expect(d.current.name).toBe('x'.repeat(80));
    expect(d.problems.map((p) => p.field)).toEqual(['name']);
  });

  it('an unknown model, GPU or training option falls back to the default, prices kept', () => {
    const d = decodeLink('v=1&am=gpt-9-ultra&bm=nope&gpu=tpu&train=magic&ai=3.25');
    expect(d.current.selection).toEqual(DEFAULT_SELECTION);
    expect(d.current.scenario.apiInputPrice).toBe(3.25); // the link's price survives the unknown model
    expect(d.problems.map((p) => p.field)).toEqual([
      'apiModelId',
      'baseModelId',
      'gpuId',
      'trainingOption',
    ]);
    expect(d.problems[0]?.message).toBe('Unknown API model “gpt-9-ultra”. Using Claude Sonnet 5.');
  });

  it('a future version is read as far as possible and says so', () => {
    const d = decodeLink('v=7&rpd=2500&warp=9&hologram=1');
    expect(d.current.scenario.requestsPerDay).toBe(2500);
    expect(d.problems).toHaveLength(1);
    expect(d.problems[0]?.field).toBe('version');
    expect(d.problems[0]?.message).toMatch(/newer version of the calculator/);
  });

  it('an invalid version is read as the current one', () => {
    for (const v of ['0', '-1', 'x', '1.5', '']) {
      const d = decodeLink(`v=${v}&rpd=2500`);
      expect(d.current.scenario.requestsPerDay).toBe(2500);
      expect(d.problems.map((p) => p.field)).toEqual(['version']);
    }
  });

  it('unknown keys are ignored silently', () => {
    expect(decodeLink('v=1&utm_source=newsletter&fbclid=abc').problems).toEqual([]);
  });

  it('bad yes/no and serving mode values', () => {
    const d = decodeLink('v=1&pc=maybe&sm=gpu-farm&rag=true');
    expect(d.current.scenario.promptCaching).toBe(true);
    expect(d.current.scenario.servingMode).toBe('serverless');
    expect(d.current.scenario.triedRag).toBe(true);
    expect(d.problems.map((p) => p.field)).toEqual(['promptCaching', 'servingMode']);
  });

  it('whole-number fields round a near miss, like validation does', () => {
    const d = decodeLink('v=1&mo=12.4');
    expect(d.current.scenario.horizonMonths).toBe(12);
    expect(d.problems[0]?.message).toMatch(/whole number/);
  });

  it('unknown entries in the overrides list are ignored and named', () => {
    const d = decodeLink('v=1&ov=ai,rpd,zz,ai');
    expect(d.current.overrides).toEqual(['apiInputPrice']);
    expect(d.problems).toEqual([
      {
        field: 'overrides',
        message: 'Ignored “rpd”, “zz” in the list of prices set by hand: not a catalog price.',
      },
    ]);
  });

  it('a comparison with only its left side is ignored and said so', () => {
    const link = decodeLink('v=1&c1.rpd=5');
    expect(link.compare).toBeNull();
    expect(link.problems.map((p) => p.field)).toEqual(['compare']);
  });

  it('problems of a compared scenario name the side they belong to', () => {
    const link = decodeLink('v=1&c2.rpd=-1');
    expect(link.problems).toEqual([
      {
        field: 'c2.requestsPerDay',
        message:
          'Right side of the comparison: Requests per day must be between 0 and 100,000,000; got -1. Using 10,000.',
      },
    ]);
    // The current scenario itself is untouched by its comparison's problems.
    expect(link.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
  });

  it('stray compare keys open no comparison, and say so', () => {
    const link = decodeLink('v=1&c2.utm_source=mail');
    expect(link.compare).toBeNull();
    expect(link.problems).toEqual([
      {
        field: 'compare',
        message: 'Ignored “c2.utm_source”: not part of a scenario, so no comparison was opened.',
      },
    ]);
    const both = decodeLink('v=1&c1.utm_source=a&c2.fbclid=b');
    expect(both.compare).toBeNull();
    expect(both.problems.map((p) => p.message)).toEqual([
      'Ignored “c1.utm_source”, “c2.fbclid”: not part of a scenario, so no comparison was opened.',
    ]);
  });

  it('a right side that makes a scenario opens, with stray left keys ignored and named', () => {
    const link = decodeLink('v=1&c2.rpd=80000&c2.utm_source=mail&c1.utm_medium=x');
    expect(link.compare?.right.scenario.requestsPerDay).toBe(80_000);
    expect(link.compare?.left).toBeNull();
    expect(link.problems.map((p) => p.message)).toEqual([
      'Ignored “c1.utm_medium”: not part of a scenario, so the current scenario is the left side.',
    ]);
  });

  it('hex, binary and other spellings Number() reads are refused, as in the number boxes', () => {
    for (const text of ['0x10', '0b11', '0o17', '1_000', '5k', '$5', '80%']) {
      const d = decodeLink(`v=1&rpd=${encodeURIComponent(text)}`);
      expect(d.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
      expect(d.problems[0]?.message).toContain(`got “${text}”`);
    }
  });

  it('a negligible value is read as 0, quoting what the link gave', () => {
    const d = decodeLink('v=1&rpd=4.9e-324');
    expect(d.current.scenario.requestsPerDay).toBe(0);
    expect(d.problems.map((p) => p.message)).toEqual([
      'Requests per day must be 0 or at least 0.001; got “4.9e-324”. Using 0.',
    ]);
  });

  it('a huge value is quoted as given, never as "Infinity"', () => {
    expect(message('v=1&gr=1e308')).toBe(
      'Monthly growth must be between -50% and 200%; got “1e308”. Using 0%.',
    );
    expect(message('v=1&rpd=1e300')).toBe(
      'Requests per day must be between 0 and 100,000,000; got “1e300”. Using 10,000.',
    );
  });

  it('reads at most 20,000 characters of a huge link and says so', () => {
    const query = `v=1&rpd=123456${'&%zz=1'.repeat(200_000)}`; // 1.2 MB
    const link = decodeLink(query);
    expect(link.current.scenario.requestsPerDay).toBe(123_456);
    expect(link.problems[0]).toEqual({
      field: 'link',
      message:
        'This link is 1,200,014 characters long, far more than a scenario needs (under 2,000); only its first 20,000 characters were read.',
    });
    // One line per broken key in the part that was read, none for the rest.
    expect(link.problems.length).toBeLessThan(20_000 / '&%zz=1'.length + 2);
  });

  it('never reads half a value when it cuts a huge link', () => {
    const filler = `&x=${'y'.repeat(19_990)}`;
    const link = decodeLink(`v=1${filler}&rpd=123456`);
    expect(link.current.scenario.requestsPerDay).toBe(DEFAULT_SCENARIO.requestsPerDay);
    expect(link.problems.map((p) => p.field)).toEqual(['link']);
  });
});
