/** Builds a real tokenizer from the installed package's files, as the worker does from fetched ones. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { huggingFaceEncoder } from '../../src/tokens/encoders.ts';
import { FAMILIES, type TokenizerFamily } from '../../src/tokens/families.ts';

const require = createRequire(import.meta.url);

export function modelFile(
  family: TokenizerFamily,
  file: 'tokenizer.json' | 'tokenizer_config.json',
) {
  // The packages export their model files, not package.json.
  return require.resolve(`${FAMILIES[family].packageName}/models/${file}`);
}

export function encoderFromDisk(family: TokenizerFamily) {
  const read = (file: 'tokenizer.json' | 'tokenizer_config.json') =>
    JSON.parse(readFileSync(modelFile(family, file), 'utf8')) as unknown;
  return huggingFaceEncoder(read('tokenizer.json'), read('tokenizer_config.json'));
}
