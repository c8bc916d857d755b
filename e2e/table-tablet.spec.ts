import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from './fixtures';
import { openTable } from './table-helpers';

/** Horizontal overflow of the grid's scroll box: 0 when nothing scrolls sideways. */
const sideways = (table: Locator) => table.evaluate((el) => el.scrollWidth - el.clientWidth);

/** Box of a row's cell by column position (0-based, in DOM order). */
async function cellBox(row: Locator, column: number) {
  const box = await row.getByRole('gridcell').nth(column).boundingBox();
  expect(box).not.toBeNull();
  return box!;
}

for (const lang of ['zh', 'en'] as const) {
  test.describe(`tablet, ${lang}`, () => {
    test.use({ viewport: { width: 768, height: 1024 } });

    test('the table fits the width: rows stack in two lines of the same height, cells in the same order', async ({
      page,
    }) => {
      const table = await openTable(page, lang === 'en' ? '?lang=en' : '', lang);
      expect(await sideways(table)).toBe(0);
      const row = table.locator('[role=row][data-figure-id]').first();
      await expect(row.getByRole('gridcell')).toHaveCount(8);
      expect((await row.boundingBox())?.height).toBeCloseTo(52, 0);
      // Date (7th cell) sits under the region (1st); the quote (8th) under the metric (2nd) and to the right.
      const region = await cellBox(row, 0);
      const metric = await cellBox(row, 1);
      const date = await cellBox(row, 6);
      const quote = await cellBox(row, 7);
      expect(date.y).toBeGreaterThanOrEqual(region.y + region.height - 1);
      expect(Math.abs(date.x - region.x)).toBeLessThan(2);
      expect(quote.y).toBeGreaterThanOrEqual(metric.y + metric.height - 1);
      expect(quote.x + quote.width).toBeGreaterThan(metric.x + metric.width * 2);
      // Header cells follow the same layout, so each heading stands over its column.
      const header = table.locator('[role=row][aria-rowindex="1"]');
      const headDate = await header.getByRole('columnheader').nth(6).boundingBox();
      expect(Math.abs((headDate?.x ?? -1) - date.x)).toBeLessThan(2);
    });

    test('arrow keys still move row by row', async ({ page }) => {
      const table = await openTable(page, lang === 'en' ? '?lang=en' : '', lang);
      const rows = table.locator('[role=row][data-figure-id]');
      await rows.first().focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(table.locator('[role=row][aria-rowindex="4"]')).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(table.locator('[role=row][aria-rowindex="3"]')).toBeFocused();
    });

    test('the stacked table passes axe checks', async ({ page }) => {
      const table = await openTable(page, lang === 'en' ? '?lang=en' : '', lang);
      const results = await new AxeBuilder({ page }).include('.ft').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await expect(table).toBeVisible();
    });
  });
}

test('on a laptop the table keeps one line per row and does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const table = await openTable(page);
  expect(await sideways(table)).toBe(0);
  const row = table.locator('[role=row][data-figure-id]').first();
  const region = await cellBox(row, 0);
  const date = await cellBox(row, 6);
  expect(Math.abs(date.y - region.y)).toBeLessThan(2);
  expect(date.x).toBeGreaterThan(region.x);
});
