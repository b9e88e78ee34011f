import { expect, PHONE, test } from './fixtures.ts';

test('search the full model list and pick a Bedrock deployment as A', async ({ page }) => {
  await page.goto('/');
  const picker = page.getByLabel('Prompting: API model (A)');
  await expect(picker).toBeEnabled();
  await page.getByRole('button', { name: /Search all API models/ }).click();
  const search = page.getByRole('combobox', { name: 'Search all API models' });
  await search.fill('bedrock sonnet');
  await expect(page.getByRole('status').filter({ hasText: /models match/ })).toBeVisible({
    timeout: 20_000,
  });
  const list = page.getByRole('listbox', { name: 'API models' });
  const group = list.getByRole('group', { name: 'AWS Bedrock' });
  const option = group.getByRole('option').first();
  const name = (await option.locator('span').first().textContent()) ?? '';
  await option.click();
  // The chosen model joins the picker and fills A's prices.
  await expect(picker.locator('option:checked')).toContainText(name.trim());
  await expect(picker.locator('option:checked')).toContainText('AWS Bedrock');
  await expect(page).toHaveURL(/am=aws%3A|am=aws:/);
});

test('keyboard: type "flash", arrow down, Enter picks a Gemini model', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Search all API models/ }).click();
  const search = page.getByRole('combobox', { name: 'Search all API models' });
  await search.fill('flash');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Prompting: API model (A)').locator('option:checked')).toContainText(
    /Flash/,
  );
});

test('the other-models table makes a model A in one click', async ({ page }) => {
  await page.goto('/');
  await page.getByText('What would other models cost for this prompt?').click();
  const table = page.getByRole('table', { name: 'Cost of A with other API models' });
  await expect(table).toBeVisible();
  // Pricing every model for this scenario takes a moment on a slow machine.
  await expect(page.getByText(/^\d{1,3}(,\d{3})+ models\./)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Provider').selectOption('Deepseek');
  const row = table.getByRole('row').nth(1);
  // What the row shows (innerText: the provider under the name shows on a phone only).
  const name = await row.getByRole('rowheader').innerText();
  await row.getByRole('button', { name: /^Use .* as A$/ }).click();
  await expect(row.getByText('Current A')).toBeVisible();
  await expect(page.getByLabel('Prompting: API model (A)').locator('option:checked')).toContainText(
    name.split(' · ')[0]!.trim(),
  );
});

test('an old link naming a retired model opens, with a notice', async ({ page }) => {
  await page.goto('/?v=1&am=claude-3-5-sonnet&ai=3&ao=15');
  await expect(page.getByText(/Claude Sonnet 3\.5 \(Anthropic\) has been retired/)).toBeVisible();
  await expect(page.getByLabel('Prompting: API model (A)').locator('option:checked')).toContainText(
    /retired/,
  );
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the other-models table fits the screen: name, provider, both costs and the button in view', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByText('What would other models cost for this prompt?').click();
    const table = page.getByRole('table', { name: 'Cost of A with other API models' });
    await expect(page.getByText(/^\d{1,3}(,\d{3})+ models\./)).toBeVisible({ timeout: 20_000 });
    // Nothing to scroll sideways: the table's box is as wide as its content.
    const box = page.locator('.other-models .table-scroll');
    const [scrollWidth, clientWidth] = await box.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const row = table.getByRole('row').nth(1);
    const cells = row.getByRole('cell');
    const screenWidth = page.viewportSize()!.width;
    // Per request, per month and the button (the provider's own column is dropped here; the
    // provider shows under the name).
    await expect(cells.filter({ visible: true })).toHaveCount(3);
    for (const part of [
      row.getByRole('rowheader'),
      ...[0, 1, 2].map((i) => cells.filter({ visible: true }).nth(i)),
    ]) {
      const r = await part.boundingBox();
      expect(r && r.x >= 0 && r.x + r.width <= screenWidth).toBe(true);
    }
    // The provider on a line of its own under the name (innerText: what shows).
    expect(await row.getByRole('rowheader').innerText()).toMatch(/\S\n\S/);
    await expect(cells.filter({ visible: true }).nth(0)).toHaveText(/^\$[\d.,]+/);
    await expect(cells.filter({ visible: true }).nth(1)).toHaveText(/^\$[\d.,]+/);
    await row.getByRole('button', { name: /^Use .* as A$/ }).tap();
    await expect(row.getByText('Current A')).toBeVisible();
  });
});
