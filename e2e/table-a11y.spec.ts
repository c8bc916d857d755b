import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openTable, readDataset } from './table-helpers';

for (const theme of ['light', 'dark'] as const) {
  test(`the table and the source view pass axe checks (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const data = await readDataset(page);
    const table = await openTable(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const section = table.locator('xpath=ancestor::section[1]');
    await expect(section).toBeVisible();
    await section.evaluate((el) => {
      el.id ||= 'figures-table-under-test';
    });
    const tableResults = await new AxeBuilder({ page }).include(`#${await section.getAttribute('id')}`).analyze();
    expect(tableResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );

    await table.locator(`[role=row][data-figure-id="${data.figures[0]!.id}"]`).click();
    await expect(page.getByRole('dialog').locator('mark')).toHaveText(data.figures[0]!.quote);
    const dialogResults = await new AxeBuilder({ page }).include('dialog[open]').analyze();
    expect(
      dialogResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}
