import { describe, expect, it } from 'vitest';
import { CATALOG_FIELD_KEYS } from '../../src/catalog/fields.ts';
import { API_MODEL_IDS, BASE_MODEL_IDS, GPU_IDS } from '../../src/catalog/selection-ids.ts';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  type NumericField,
  type Scenario,
} from '../../src/model/scenario.ts';
import { checkField } from '../../src/model/field-check.ts';
import { validateScenario } from '../../src/model/validate.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { numberText } from '../../src/url/field-parsers.ts';

/** The valid value of a field whose text in a link is longest: 17 significant digits, any scale. */
function longestValue(field: NumericField): number {
  const candidates = [field.min, field.max];
  for (let exponent = -8; exponent <= 8; exponent++) {
    for (const mantissa of [1.2345678901234567, 9.876543210987654, 10 / 3]) {
      candidates.push(mantissa * 10 ** exponent, -mantissa * 10 ** exponent);
    }
  }
  const valid = candidates
    .map((x) => (field.integer ? Math.round(x) : x))
    .filter((x) => {
      const checked = checkField(field, x);
      return checked.ok && checked.adjusted === null;
    });
  return valid.reduce((a, b) => (numberText(b).length > numberText(a).length ? b : a));
}

const longest = <T extends string>(ids: readonly T[]): T =>
  ids.reduce((a, b) => (b.length > a.length ? b : a));

describe('link length', () => {
  it('stays under 2,000 characters for the longest possible scenario', () => {
    const scenario: Scenario = { ...DEFAULT_SCENARIO, servingMode: 'dedicated' };
    for (const field of NUMERIC_FIELDS) scenario[field.key] = longestValue(field);
    for (const field of BOOLEAN_FIELDS) scenario[field.key] = !field.default;
    expect(validateScenario(scenario).problems).toEqual([]);
    const meta = {
      // Three UTF-8 bytes per character: nine characters each once percent-encoded.
      name: '中'.repeat(80),
      selection: {
        apiModelId: longest(API_MODEL_IDS),
        baseModelId: longest(BASE_MODEL_IDS),
        gpuId: longest(GPU_IDS),
        trainingOption: 'self-hosted' as const,
        startMonth: '2026-12',
      },
      overrides: [...CATALOG_FIELD_KEYS],
    };
    const link = `https://calculator.example.org/finetune-or-prompt/?${encodeLink({ scenario: scenario, ...meta })}`;
    expect(link.length).toBeLessThan(2_000);
    expect(decodeLink(link.split('?')[1] ?? '').current.scenario).toEqual(scenario);
  });

  it('leaves defaults out: the default scenario is a short link', () => {
    const query = encodeLink({
      scenario: DEFAULT_SCENARIO,
      name: '',
      selection: {
        apiModelId: 'claude-sonnet-5',
        baseModelId: 'llama-3.1-8b',
        gpuId: 'h100',
        trainingOption: 'managed',
        startMonth: '2026-12',
      },
      overrides: [],
    });
    // Only the version, the models, the starting month and the catalog-filled fields are written.
    expect(query).toMatch(
      /^v=1&am=claude-sonnet-5&bm=llama-3\.1-8b&gpu=h100&train=managed&start=2026-12&/,
    );
    expect(query).not.toMatch(/rpd=|mo=|sys=|tpe=|sm=/);
    // 200 before the starting month (14 characters) joined the selection.
    expect(query.length).toBeLessThan(215);
  });
});
