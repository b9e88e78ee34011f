import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { CATALOG_FIELD_KEYS, type CatalogFieldKey } from '../../src/catalog/fields.ts';
import {
  API_MODEL_IDS,
  BASE_MODEL_IDS,
  GPU_IDS,
  TRAINING_OPTIONS,
} from '../../src/catalog/selection-ids.ts';
import { validateScenario, type Problem } from '../../src/model/validate.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { SCENARIO_KEYS } from '../../src/url/keys.ts';
import { NAME_MAX_LENGTH } from '../../src/url/limits.ts';
import { wellFormed } from '../../src/url/query.ts';
import type { ScenarioInputs } from '../../src/url/scenario-params.ts';
import { inputsArb } from './arbitraries.ts';

/**
 * Everything a decoded scenario promises, whatever the input. Plain checks rather than expect():
 * tens of thousands of runs would otherwise spend their time in matcher bookkeeping.
 */
function usable(decoded: ScenarioInputs): boolean {
  const checked = validateScenario(decoded.scenario);
  const { name, selection, overrides } = decoded;
  return (
    checked.problems.length === 0 &&
    isDeepStrictEqual(checked.scenario, decoded.scenario) &&
    name.length <= NAME_MAX_LENGTH &&
    wellFormed(name) === name &&
    API_MODEL_IDS.includes(selection.apiModelId) &&
    BASE_MODEL_IDS.includes(selection.baseModelId) &&
    GPU_IDS.includes(selection.gpuId) &&
    TRAINING_OPTIONS.includes(selection.trainingOption) &&
    new Set(overrides).size === overrides.length &&
    overrides.every((key) => CATALOG_FIELD_KEYS.includes(key as CatalogFieldKey))
  );
}

/** Every problem names a field and says something. */
const saysWhy = (problems: readonly Problem[]) =>
  problems.every((p) => typeof p.field === 'string' && p.message.length > 0);

/** Decoding anything gives usable scenarios, and writing and reading them again changes nothing. */
function stable(search: string): boolean {
  const link = decodeLink(search);
  const sides = [link.current, link.compare?.left ?? null, link.compare?.right ?? null].filter(
    (d): d is ScenarioInputs => d !== null,
  );
  if (!sides.every(usable) || !saysWhy(link.problems)) return false;
  const again = decodeLink(encodeLink(link.current, link.compare));
  const { scenario, name, selection, overrides } = link.current;
  return (
    again.problems.length === 0 &&
    isDeepStrictEqual(again.current.scenario, scenario) &&
    isDeepStrictEqual(
      {
        name: again.current.name,
        selection: again.current.selection,
        overrides: again.current.overrides,
      },
      { name, selection, overrides },
    )
  );
}

const shortKeys = Object.values(SCENARIO_KEYS);
/** Characters and pieces links are made of, so random text reaches the value readers. */
const linkPiece = fc.oneof(
  fc.constantFrom(...shortKeys, 'v', 'n', 'am', 'bm', 'gpu', 'train', 'ov', 'c1.', 'c2.'),
  fc.constantFrom('=', '&', '?', '#', '%', '%2', '%E4', '%zz', '%C0%80', '+', ',', '.', '-', 'e'),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-0', '0x10', '1_000', '', ' '),
  fc.integer().map(String),
  fc.double().map(String),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const linkLike = fc.array(linkPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/**
 * Valid links to mutate: plain and comparison links, drawn once with a fixed seed. Generating two
 * fresh scenarios per run would make the generator, not the decoder, the cost of the test.
 */
const validLinks = fc
  .sample(fc.tuple(inputsArb, fc.option(inputsArb, { nil: null })), {
    numRuns: 300,
    seed: 20_260_101,
  })
  .map(([current, right]) => encodeLink(current, right && { left: null, right }));

/** A valid link with one random edit: a cut, an insertion, a repeat, or a swapped pair. */
const mutatedLink = fc
  .tuple(
    fc.constantFrom(...validLinks),
    fc.nat(),
    fc.nat(),
    linkLike,
    fc.constantFrom('cut', 'insert', 'replace-value', 'repeat', 'swap', 'truncate'),
  )
  .map(([query, i, j, text, edit]) => {
    const parts = query.split('&');
    const a = i % query.length;
    const b = j % query.length;
    const p = i % parts.length;
    const q = j % parts.length;
    switch (edit) {
      case 'cut':
        return query.slice(0, Math.min(a, b)) + query.slice(Math.max(a, b));
      case 'insert':
        return query.slice(0, a) + text + query.slice(a);
      case 'replace-value':
        parts[p] = `${(parts[p] ?? '').split('=')[0]}=${text}`;
        return parts.join('&');
      case 'repeat':
        return [...parts, `${(parts[p] ?? '').split('=')[0]}=${text}`].join('&');
      case 'swap':
        [parts[p], parts[q]] = [parts[q] ?? '', parts[p] ?? ''];
        return parts.join('&');
      default:
        return query.slice(0, a);
    }
  });

describe('decoding never throws and always gives a valid scenario', () => {
  it('for arbitrary strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), linkLike), stable), {
      numRuns: 10_000,
    });
  }, 120_000);

  // 10,000 decodes of full links took 194 s at load average ~15 on 2 cores: the allowance is sized
  // from that, so a busy machine slows the test without failing it.
  it('for mutated valid links', () => {
    fc.assert(fc.property(mutatedLink, stable), { numRuns: 10_000 });
  }, 600_000);

  it('for every value of every key', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shortKeys), linkPiece, (key, value) => {
        const link = decodeLink(`v=1&${key}=${value}`);
        return usable(link.current) && saysWhy(link.problems);
      }),
      { numRuns: 2_000 },
    );
  });
});
