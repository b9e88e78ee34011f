import { expect, test } from './fixtures.ts';

test('the production build opens with its title and layout', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/fine-tune or prompt/i);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/fine-tune or prompt/i);
  await expect(page.getByRole('region', { name: /your scenario/i })).toBeVisible();
  await expect(page.getByRole('region', { name: /results/i })).toBeVisible();
});
