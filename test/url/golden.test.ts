/**
 * Old links must keep working: every link in golden-links.v*.json decodes to exactly the
 * scenario recorded when its format was current. These files are append-only; a change that breaks
 * one needs a migration (src/url/migrate.ts), never an edited expectation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_MODEL_IDS, BASE_MODEL_IDS, GPU_IDS } from '../../src/catalog/selection-ids.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';
import { decodeLink } from '../../src/url/link.ts';
import type { ScenarioInputs } from '../../src/url/scenario-params.ts';

/** A scenario as the fixtures record it: the numbers, and the rest of the inputs as `meta`. */
interface Side {
  scenario: Scenario;
  meta: Pick<ScenarioInputs, 'name' | 'selection' | 'overrides'>;
}

/** Decoded inputs in the fixtures' shape (the link codec once returned them so). */
const side = ({ scenario, name, selection, overrides }: ScenarioInputs): Side => ({
  scenario,
  meta: { name, selection, overrides },
});
interface Fixture {
  description: string;
  link: string;
  current: Side;
  compare: { left: Side | null; right: Side } | null;
  problemFields: string[];
}

const dir = import.meta.dirname;
// golden-links.v<format>.json, and golden-links.v<format>-<what>.json for fields added later
// within the same link format (v1-v2fields: the cost model's version-2 inputs).
const files = readdirSync(dir).filter((f) => /^golden-links\.v\d+(-[a-z0-9]+)?\.json$/.test(f));

/**
 * The numbers, the name and the overrides must match forever. The chosen models must match too,
 * unless a catalog refresh has since removed one: then the default stands in and says so.
 */
function expectSame(actual: Side, expected: Side, problemFields: string[], prefix: string) {
  // A link older than a field reads that field's neutral default (cost-model.md v2), so a v1
  // scenario gives exactly its v1 result; the fixtures themselves stay as they were written.
  expect(actual.scenario).toEqual({ ...DEFAULT_SCENARIO, ...expected.scenario });
  expect(actual.meta.name).toBe(expected.meta.name);
  expect(actual.meta.overrides).toEqual(expected.meta.overrides);
  const lists = { apiModelId: API_MODEL_IDS, baseModelId: BASE_MODEL_IDS, gpuId: GPU_IDS };
  for (const [field, ids] of Object.entries(lists) as [keyof typeof lists, readonly string[]][]) {
    const id = expected.meta.selection[field];
    if (ids.includes(id)) expect(actual.meta.selection[field]).toBe(id);
    else expect(problemFields).toContain(prefix + field);
  }
  expect(actual.meta.selection.trainingOption).toBe(expected.meta.selection.trainingOption);
}

describe('golden links decode identically forever', () => {
  it('has fixtures for link format 1, and for the version-2 fields it carries', () => {
    expect(files).toContain('golden-links.v1.json');
    expect(files).toContain('golden-links.v1-v2fields.json');
  });

  for (const file of files) {
    const { fixtures } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      fixtures: Fixture[];
    };
    describe(file, () => {
      for (const fixture of fixtures) {
        it(fixture.description, () => {
          const decoded = decodeLink(fixture.link);
          const fields = decoded.problems.map((p) => p.field);
          // The same problems, except those about a model the catalog no longer has.
          const removedModel = /(^|\.)(apiModelId|baseModelId|gpuId)$/;
          expect(
            fields.filter((f) => !removedModel.test(f) || fixture.problemFields.includes(f)),
          ).toEqual(fixture.problemFields);
          expectSame(side(decoded.current), fixture.current, fields, '');
          expect(decoded.compare === null).toBe(fixture.compare === null);
          if (decoded.compare && fixture.compare) {
            expect(decoded.compare.left === null).toBe(fixture.compare.left === null);
            if (decoded.compare.left && fixture.compare.left) {
              expectSame(side(decoded.compare.left), fixture.compare.left, fields, 'c1.');
            }
            expectSame(side(decoded.compare.right), fixture.compare.right, fields, 'c2.');
          }
        });
      }
    });
  }
});
