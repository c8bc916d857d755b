import { expect, test, type Page } from './fixtures';
import type { Dataset, Figure } from '@/lib/figures-schema';
import { openTable, readDataset } from './table-helpers';

async function reportText(page: Page, data: Dataset, figure: Figure): Promise<string> {
  const report = data.reports.find((r) => r.id === figure.reportId)!;
  const response = await page.request.get(`data/${report.textPath}`);
  expect(response.ok()).toBe(true);
  return response.text();
}

/** A report with at least two figures, so moving the highlight can be tested. */
function reportWithFigures(data: Dataset): Figure[] {
  const byReport = new Map<string, Figure[]>();
  for (const f of data.figures) byReport.set(f.reportId, [...(byReport.get(f.reportId) ?? []), f]);
  const list = [...byReport.values()].find((l) => l.length >= 2);
  expect(list).toBeDefined();
  return list!;
}

test('choosing a row opens its report with the quote marked in the full text', async ({ page }) => {
  const data = await readDataset(page);
  const [figure, other] = reportWithFigures(data);
  const report = data.reports.find((r) => r.id === figure!.reportId)!;
  const texts: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/texts/')) texts.push(r.url());
  });
  const table = await openTable(page);
  // The text is not part of the first page: it loads when a source is opened.
  expect(texts).toEqual([]);

  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill(figure!.quote);
  await table.locator(`[data-figure-id="${figure!.id}"]`).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`原文\\s*${escape(report.title ?? '')}`) });
  await expect(dialog).toBeVisible();
  const text = await reportText(page, data, figure!);
  const mark = dialog.locator('mark');
  await expect(mark).toHaveCount(1);
  await expect(mark).toHaveText(figure!.quote);
  expect(text.slice(figure!.start, figure!.end)).toBe(figure!.quote);
  // The whole report is shown, as stored, with the mark at the stored offsets.
  const shown = await dialog.getByTestId('report-text').evaluate((el) => {
    const m = el.querySelector('mark')!;
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEndBefore(m);
    return { all: el.textContent, before: range.toString().length };
  });
  expect(shown.all).toBe(text);
  expect(shown.before).toBe(figure!.start);
  await expect(mark).toBeInViewport();
  expect(texts).toHaveLength(1);

  // The report's facts: region in both languages, date or its absence.
  const region = data.regions.find((r) => r.code === report.regionCode)!;
  await expect(dialog.getByText(region.nameEn, { exact: false }).first()).toBeVisible();
  await expect(dialog.getByText(report.publishedAt ?? '未注明').first()).toBeVisible();

  // Another figure of the report moves the highlight.
  await dialog.locator(`button[data-figure-id="${other!.id}"]`).click();
  await expect(mark).toHaveText(other!.quote);
  await expect(dialog.locator(`button[data-figure-id="${other!.id}"]`)).toHaveAttribute('aria-current', 'true');

  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('every figure of a report is highlighted at its own quote', async ({ page }) => {
  const data = await readDataset(page);
  const figures = reportWithFigures(data);
  await openTable(page);
  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill(figures[0]!.quote);
  await page.locator(`[role=row][data-figure-id="${figures[0]!.id}"]`).click();
  const dialog = page.getByRole('dialog');
  for (const f of figures) {
    await dialog.locator(`button[data-figure-id="${f.id}"]`).click();
    await expect(dialog.locator('mark')).toHaveText(f.quote);
    await expect(dialog.locator('mark')).toBeInViewport();
  }
});

test('in English the source view speaks English and Esc closes it', async ({ page }) => {
  const data = await readDataset(page);
  const figure = data.figures[0]!;
  await openTable(page, '?lang=en', 'en');
  await page.locator(`[role=row][data-figure-id="${figure.id}"]`).click();
  const dialog = page.getByRole('dialog', { name: /^Source/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
  await expect(dialog.locator('mark')).toHaveText(figure.quote);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a text that cannot be loaded gives a clear error naming the file, and retry recovers', async ({ page }) => {
  const data = await readDataset(page);
  const figure = data.figures[0]!;
  const report = data.reports.find((r) => r.id === figure.reportId)!;
  let fail = true;
  await page.route(`**/data/${report.textPath}`, (route) =>
    fail ? route.fulfill({ status: 404, body: 'missing' }) : route.fallback(),
  );
  await openTable(page);
  await page.locator(`[role=row][data-figure-id="${figure.id}"]`).click();
  const alert = page.getByRole('dialog').getByRole('alert');
  await expect(alert).toContainText(report.textPath);
  await expect(alert).toContainText('404');
  fail = false;
  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('dialog').locator('mark')).toHaveText(figure.quote);
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
