import { expect, test } from './fixtures';
import type { Dataset } from '@/lib/figures-schema';
import { grid } from './table-helpers';

/*
 * A report the pipeline could not place (regionCode null): its figures are listed under 地区未定 and the data
 * notes name it. The bundled data places every report (check:data is strict), so the file is altered in flight.
 */
test('a report whose region is not known is listed in the table and the data notes', async ({ page }) => {
  let unplaced: { file: string; quote: string } | undefined;
  await page.route('**/data/figures.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as Dataset;
    const report = data.reports[0]!;
    report.regionCode = null;
    report.regionNote = 'no division named that the rules can place';
    for (const f of data.figures) if (f.reportId === report.id) f.regionCode = null;
    const figure = data.figures.find((f) => f.reportId === report.id)!;
    unplaced = { file: report.file, quote: figure.quote };
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  await page.goto('./');
  const table = grid(page);
  await expect(table).toBeVisible({ timeout: 60_000 });
  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill(unplaced!.quote);
  await expect(table.getByRole('row').filter({ hasText: '地区未定' }).first()).toBeVisible();

  const notes = page.locator('section.data-notes');
  await expect(notes.getByRole('heading', { name: '地区未定的报道' })).toBeVisible();
  await expect(notes).toContainText(unplaced!.file);
});
