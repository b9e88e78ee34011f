import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_MODELS } from '../../src/catalog/base-models.ts';
import {
  FAMILIES,
  tokenizerForBaseModel,
  type TokenizerFamily,
} from '../../src/tokens/families.ts';
import { modelFile } from './disk-tokenizer.ts';

describe('tokenizer families', () => {
  it.each(Object.keys(FAMILIES) as TokenizerFamily[])(
    '%s: the expected size is the installed tokenizer.json’s (the progress bar’s denominator)',
    (family) => {
      expect(statSync(modelFile(family, 'tokenizer.json')).size).toBe(FAMILIES[family].jsonBytes);
      expect(statSync(modelFile(family, 'tokenizer_config.json')).size).toBeGreaterThan(0);
    },
  );

  it('gives every base model its own tokenizer, or the catalog ratio for Mistral', () => {
    for (const model of BASE_MODELS) {
      const b = tokenizerForBaseModel(model.id);
      expect(b.modelName).toBe(model.name);
      if (model.id.startsWith('mistral')) {
        expect(b).toEqual({
          kind: 'ratio',
          ratio: model.tokenizerRatio.value,
          modelName: model.name,
        });
      } else {
        expect(b.kind).toBe('tokenizer');
      }
    }
  });
});
