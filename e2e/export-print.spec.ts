import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { generateLargeDataset } from '../scripts/gen-large';
import { chartFigures, gridRowCount, openDashboard } from './export-helpers';
import { readDataset } from './table-helpers';

mkdirSync('/tmp/export-e2e', { recursive: true });

for (const lang of ['zh', 'en'] as const) {
  test(`Export all opens a print view with every chart and the filtered figures (${lang})`, async ({ page }) => {
    // Count print() calls instead of opening the browser's dialog.
    await page.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls++;
      };
    });
    await openDashboard(page, `?regions=540100,370100${lang === 'en' ? '&lang=en' : ''}`);
    const charts = await chartFigures(page);
    const titles = await Promise.all(charts.map((f) => f.locator('figcaption h3, figcaption').first().innerText()));
    // The address's regions apply after the first render: wait for them before counting.
    const all = (await readDataset(page)).figures.length;
    await expect.poll(() => gridRowCount(page, /^(数据明细|Figures)$/)).toBeLessThan(all);
    const rows = await gridRowCount(page, /^(数据明细|Figures)$/);

    await page.getByRole('button', { name: lang === 'zh' ? '导出全部' : 'Export all', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    const images = dialog.getByRole('img');
    await expect(images).toHaveCount(charts.length);
    for (const [i, title] of titles.entries()) {
      const img = images.nth(i);
      expect(await img.getAttribute('alt')).toContain(title.split('\n')[0]!.trim());
      const size = await img.evaluate((el: HTMLImageElement) => ({ w: el.naturalWidth, h: el.naturalHeight }));
      expect(size.w).toBeGreaterThanOrEqual(3200);
    }
    await expect(dialog.getByText(lang === 'zh' ? /数据来源/ : /Source:/).first()).toBeVisible();
    const table = dialog.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(rows, 2000));
    // Nothing cut, so nothing to say about it.
    if (rows <= 2000) await expect(dialog.getByRole('note')).toHaveCount(0);

    // What the browser prints: only the report, one chart per page, then the table.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeHidden();
    await page.screenshot({ path: `/tmp/export-e2e/print-view-${lang}.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`/tmp/export-e2e/report-${lang}.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(charts.length + 2);
    await page.emulateMedia({ media: 'screen' });

    await dialog.getByRole('button', { name: lang === 'zh' ? '关闭' : 'Close' }).click();
    await expect(dialog).toBeHidden();
    // Closed, the page prints itself again.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#root')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });
}

test('printing the page itself (Ctrl+P, no report open) prints the dashboard, not a blank page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDashboard(page);
  const count = (await chartFigures(page)).length;
  const tableNote = page.getByText(/^纸面上只有表格开头几行/);
  await expect(tableNote).toBeHidden();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('#root')).toBeVisible();
  await expect(page.getByRole('heading', { name: '概览', exact: true })).toBeVisible();
  const figures = page.getByRole('figure');
  await expect(figures).toHaveCount(count);
  for (const figure of await figures.all()) {
    await expect(figure.getByRole('heading').first()).toBeVisible();
    await expect(figure.locator('canvas').first()).toBeVisible();
  }
  // The virtual table holds only the rows in view, so paper says where the rest are.
  await expect(tableNote).toBeVisible();
  // Controls make no sense on paper.
  await expect(page.getByRole('group', { name: '城市', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: '导出全部', exact: true })).toBeHidden();
  // Printed light whatever the screen theme: dark ink on white paper.
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: '/tmp/export-e2e/print-dashboard.png', fullPage: true });
  const pdf = await page.pdf({ printBackground: true });
  writeFileSync('/tmp/export-e2e/print-dashboard.pdf', pdf);
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
});

// Large data: more figures than the report prints, served in place of the real data file.
const LARGE = 5000;
let largeJson = '';
test.describe('with more figures than the report prints', () => {
  test.beforeAll(() => {
    largeJson = JSON.stringify(generateLargeDataset({ figures: LARGE, seed: 3 }).dataset);
  });

  const said = {
    zh: '共5,000条，此处列出前2,000条；完整数据请导出Excel。',
    en: '5,000 rows in all; the first 2,000 are listed here. For the complete data, use Export Excel.',
  } as const;

  for (const lang of ['zh', 'en'] as const) {
    test(`the printed list says plainly that it stops at 2,000 of ${LARGE} rows and where the rest are (${lang})`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.addInitScript(() => {
        window.print = () => undefined;
      });
      await page.route('**/data/figures.json', (route) =>
        route.fulfill({ body: largeJson, contentType: 'application/json; charset=utf-8' }),
      );
      await openDashboard(page, lang === 'en' ? '?lang=en' : '');
      expect(await gridRowCount(page, /^(数据明细|Figures)$/)).toBe(LARGE);

      await page.getByRole('button', { name: lang === 'zh' ? '导出全部' : 'Export all', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
      const table = dialog.getByRole('table');
      await expect(table.locator('tbody tr')).toHaveCount(2000);
      const note = dialog.getByRole('note');
      await expect(note).toHaveText(said[lang]);
      // Printed, above the rows it speaks of.
      await page.emulateMedia({ media: 'print' });
      await expect(note).toBeVisible();
      const [noteBox, tableBox] = [await note.boundingBox(), await table.boundingBox()];
      expect(noteBox!.y).toBeLessThan(tableBox!.y);
    });
  }
});
