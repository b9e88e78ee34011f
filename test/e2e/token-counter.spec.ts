import { expect, test } from './fixtures.ts';

/** Tokenizer files: o200k lives in the worker chunk, B's tokenizer in tokenizer*.json assets. */
const TOKENIZER_REQUEST = /tokenizer[^/]*\.(js|json)(\?|$)/;

test('the tokenizers load only when the panel opens, then count and apply to the scenario', async ({
  page,
}) => {
  test.setTimeout(60_000); // downloads and builds a 9 MB tokenizer on a possibly busy machine
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.getByRole('slider', { name: 'Requests per day' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => TOKENIZER_REQUEST.test(url))).toEqual([]);

  await page.getByText('Count my prompt', { exact: true }).click();
  const panel = page.locator('.token-counter');
  await expect(panel.getByRole('status').first()).toContainText(/Loading|Preparing/);
  await expect(
    panel.getByText('Tokenizers ready: o200k for A, the Llama 3 tokenizer for B.'),
  ).toBeVisible({
    timeout: 25_000,
  });
  const loaded = requests.filter((url) => TOKENIZER_REQUEST.test(url));
  expect(loaded.some((url) => /tokenizer\.worker[^/]*\.js/.test(url))).toBe(true);
  expect(loaded.some((url) => /tokenizer-[^/]*\.json/.test(url))).toBe(true);

  // 10 o200k tokens each; Llama 3 also counts 10 for the sentence.
  const sentence = 'The quick brown fox jumps over the lazy dog.';
  await panel.getByLabel('Your system prompt (text)').fill(sentence);
  await panel
    .getByLabel('Your few-shot examples (text)')
    .fill(`${sentence}\n\n${sentence}\n\n${sentence}`);
  const table = panel.locator('.token-table');
  await expect(table.getByRole('row', { name: /System prompt/ })).toContainText('10');
  await expect(table.getByRole('row', { name: /Few-shot examples/ })).toContainText('3 × 10 = 30');
  await expect(panel.getByText(/Measured tokenizer ratio \(B ÷ A\): 1×/)).toBeVisible();

  await panel.getByRole('button', { name: 'Apply to scenario' }).click();
  await expect(panel.getByText(/Applied to the scenario/)).toBeVisible();
  const box = (name: string) => page.getByRole('textbox', { name, exact: true });
  await expect(box('System prompt (tokens)')).toHaveValue('10');
  await expect(box('Few-shot examples (examples)')).toHaveValue('3');
  await expect(box('Tokens per few-shot example (tokens)')).toHaveValue('10');

  // The pasted text never reaches the address bar.
  expect(page.url()).not.toContain('quick');
});

test('Mistral 7B falls back to the catalog ratio and says so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: /open base model/ }).selectOption('mistral-7b');
  await page.getByText('Count my prompt', { exact: true }).click();
  const panel = page.locator('.token-counter');
  await expect(panel.getByText('Tokenizer ready: o200k for A.')).toBeVisible({ timeout: 15_000 });
  await panel.getByLabel('Your system prompt (text)').fill('Answer politely.');
  await expect(
    panel.getByText(/no maintained tokenizer package that runs in a browser/),
  ).toBeVisible();
});
