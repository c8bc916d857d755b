import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { generateLargeDataset } from '../scripts/gen-large';
import { chartFigures, gridRowCount, openDashboard } from './export-helpers';
import { readDataset } from './table-helpers';

mkdirSync('/tmp/export-e2e', { recursive: true });

for (const lang of ['zh', 'en'] as const) {
  test(`Export all opens a landscape A4 print page with the cards, every chart and a readable table (${lang})`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    // Count print() calls instead of opening the browser's dialog (in the new tab too).
    await context.addInitScript(() => {
      (window as unknown as { printCalls: number }).printCalls = 0;
      window.print = () => {
        (window as unknown as { printCalls: number }).printCalls++;
      };
    });
    await openDashboard(page, `?regions=540100,370100${lang === 'en' ? '&lang=en' : ''}`);
    const charts = await chartFigures(page);
    const titles = await Promise.all(charts.map((f) => f.locator('figcaption h3, figcaption').first().innerText()));
    const all = (await readDataset(page)).figures.length;
    await expect.poll(() => gridRowCount(page, /^(数据明细|Figures)$/)).toBeLessThan(all);
    const rows = await gridRowCount(page, /^(数据明细|Figures)$/);
    const cards = await page.locator('.card .card-value').allInnerTexts();

    const [report] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: lang === 'zh' ? '导出全部' : 'Export all', exact: true }).click(),
    ]);
    // A page of its own, not a dialog over the dashboard.
    await expect(report.locator('main.print-report')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await expect(report.getByRole('dialog')).toHaveCount(0);
    await expect.poll(() => report.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

    // The headline cards, as the dashboard shows them.
    const printedCards = (await report.locator('.print-card-value').allInnerTexts()).map((t) => t.replace(/\s+/g, ''));
    expect(printedCards).toEqual(cards.map((t) => t.replace(/\s+/g, '')));
    const images = report.locator('.print-chart img');
    await expect(images).toHaveCount(charts.length);
    for (const [i, title] of titles.entries()) {
      const img = images.nth(i);
      expect(await img.getAttribute('alt')).toContain(title.split('\n')[0]!.trim());
      // 25 cm at 300 dpi.
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThanOrEqual(2900);
    }
    await expect(report.locator('.print-caption')).toHaveCount(charts.length);
    const table = report.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(rows, 2000));
    await expect(report.getByRole('note')).toHaveCount(rows > 2000 ? 1 : 0);

    await report.emulateMedia({ media: 'print' });
    await report.screenshot({ path: `/tmp/export-e2e/print-view-${lang}.png`, fullPage: true });
    // No column narrower than four characters of its text (限定/单位/状态 wrapped one character per line).
    const narrowest = await table.evaluate((t) => {
      const size = parseFloat(getComputedStyle(t).fontSize);
      return Math.min(...[...t.querySelectorAll('th')].map((th) => th.getBoundingClientRect().width / size));
    });
    expect(narrowest).toBeGreaterThanOrEqual(4);
    const pdf = await report.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(`/tmp/export-e2e/report-${lang}.pdf`, pdf);
    const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      const [w, h] = box
        .match(/[\d.]+/g)!
        .slice(2)
        .map(Number);
      // A4 landscape: 842 × 595 points.
      expect([Math.round(w!), Math.round(h!)]).toEqual([842, 595]);
    }
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(charts.length + 2);
    test
      .info()
      .annotations.push({ type: 'print', description: `${pages} pages, narrowest column ${narrowest.toFixed(1)} em` });
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
      context,
    }) => {
      test.setTimeout(120_000);
      await context.addInitScript(() => {
        window.print = () => undefined;
      });
      await context.route('**/data/figures.json', (route) =>
        route.fulfill({ body: largeJson, contentType: 'application/json; charset=utf-8' }),
      );
      await openDashboard(page, lang === 'en' ? '?lang=en&level=all' : '?level=all');
      expect(await gridRowCount(page, /^(数据明细|Figures)$/)).toBe(LARGE);

      const [report] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('button', { name: lang === 'zh' ? '导出全部' : 'Export all', exact: true }).click(),
      ]);
      await expect(report.locator('main.print-report')).toHaveAttribute('data-ready', 'true', { timeout: 90_000 });
      const table = report.getByRole('table');
      await expect(table.locator('tbody tr')).toHaveCount(2000);
      const note = report.getByRole('note');
      await expect(note).toHaveText(said[lang]);
      // Printed, above the rows it speaks of.
      await report.emulateMedia({ media: 'print' });
      await expect(note).toBeVisible();
      const [noteBox, tableBox] = [await note.boundingBox(), await table.boundingBox()];
      expect(noteBox!.y).toBeLessThan(tableBox!.y);
    });
  }
});
