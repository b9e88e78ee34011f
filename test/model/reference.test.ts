// The published worked examples (copied into fixtures/, see fixtures/README.md for their sources
// and fields): the model must reproduce every figure within the tolerance the case gives. A failure
// means the model (or the restatement) is wrong; a tolerance is never loosened.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calculate } from '../../src/model/calculate.ts';
import { validateScenario } from '../../src/model/validate.ts';

// Inside the repository: a clone of the repository alone passes its tests.
const here = path.dirname(fileURLToPath(import.meta.url));
const casesPath = path.join(here, 'fixtures', 'published-examples.json');

interface ReferenceCase {
  id: string;
  source: string;
  scenario: unknown;
  expect: Record<string, [number | null, number]>;
}

const cases = JSON.parse(readFileSync(casesPath, 'utf8')) as ReferenceCase[];

/** Reads a result path such as "months[1].costB" or "oneTimeB". */
function readPath(root: unknown, resultPath: string): unknown {
  const steps = resultPath.match(/[^.[\]]+/g) ?? [];
  let value: unknown = root;
  for (const step of steps) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

describe('published reference cases', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each(cases)('$id ($source)', (referenceCase) => {
    const { scenario, problems } = validateScenario(referenceCase.scenario);
    const result = calculate(scenario);

    it('restates a valid scenario', () => {
      expect(problems).toEqual([]);
    });

    it.each(Object.entries(referenceCase.expect))('%s', (resultPath, [expected, tolerance]) => {
      const actual = readPath(result, resultPath);
      if (expected === null) {
        expect(actual).toBeNull();
      } else if (tolerance === 0) {
        expect(actual).toBe(expected);
      } else {
        expect(typeof actual).toBe('number');
        const error = Math.abs((actual as number) - expected);
        expect(error, `${resultPath} = ${String(actual)}`).toBeLessThanOrEqual(
          tolerance * Math.abs(expected),
        );
      }
    });
  });
});
