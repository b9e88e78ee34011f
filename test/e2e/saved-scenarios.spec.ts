import { expect, test } from './fixtures.ts';

test('two tabs saving at the same moment both keep their scenario', async ({ context }) => {
  const [one, two] = [await context.newPage(), await context.newPage()];
  await Promise.all([one.goto('/'), two.goto('/')]);
  await one.getByRole('textbox', { name: 'Scenario name' }).fill('From tab one');
  await two.getByRole('textbox', { name: 'Scenario name' }).fill('From tab two');
  await Promise.all([
    one.getByRole('button', { name: 'Save', exact: true }).click(),
    two.getByRole('button', { name: 'Save', exact: true }).click(),
  ]);
  await expect(one.getByText('Saved “From tab one”.')).toBeVisible();
  await expect(two.getByText('Saved “From tab two”.')).toBeVisible();
  for (const page of [one, two]) {
    const saved = page.getByRole('region', { name: 'Saved scenarios' });
    // The other tab's save arrives through the storage event, and after a reload.
    await expect(saved.getByText('From tab one')).toBeVisible();
    await expect(saved.getByText('From tab two')).toBeVisible();
    await page.reload();
    await expect(saved.getByText('From tab one')).toBeVisible();
    await expect(saved.getByText('From tab two')).toBeVisible();
  }
});

test('a 3.1 MB unreadable blob does not block saving, and can be shown and cleared', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded') !== null) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('finetune-or-prompt:saved-scenarios', `{${'z'.repeat(3_100_000)}`);
  });
  await page.goto('/');
  const saved = page.getByRole('region', { name: 'Saved scenarios' });
  await expect(saved.getByText(/could not be read \(1 item\)/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Still saves');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved “Still saves”.')).toBeVisible();
  await page.reload();
  await expect(saved.getByText('Still saves')).toBeVisible();
  await saved.getByText(/Show the data that could not be read/).click();
  await saved.getByRole('button', { name: 'Clear the unreadable data' }).click();
  await expect(saved.getByText(/could not be read/)).toHaveCount(0);
  await page.reload();
  await expect(saved.getByText('Still saves')).toBeVisible();
  await expect(saved.getByText(/could not be read/)).toHaveCount(0);
});
