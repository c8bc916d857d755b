import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const [name, query, dark] of [
  ['Chinese, light', './', false],
  ['English, dark', './?lang=en&metric=problemsCollected', true],
] as const) {
  test(`the main view has no serious accessibility violations (${name})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await page.goto(query);
    await expect(page.getByRole('figure').first()).toBeVisible();
    // Open one chart's data table so its markup is checked too.
    await page.getByRole('figure').first().locator('summary').click();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the error alert has no serious accessibility violations', async ({ page }) => {
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
