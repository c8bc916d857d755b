import { expect, test, type Page } from './fixtures';
import { buildDatasetIndex } from '@/lib/dataset-index';
import { prepareFigureRows, selectFigureRows } from '@/lib/figure-rows';
import { generateLargeDataset, type LargeDataset } from '../scripts/gen-large';
import { grid, rowCount, renderedFigureIds } from './table-helpers';

const COUNT = 100_000;
let large: LargeDataset;
let json: string;

// One generated dataset for all tests here (a few seconds to build), served in place of the real data file.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);
// The whole dashboard holds 100,000 figures too, so its page is large: locators need longer than the default.
const slow = expect.configure({ timeout: 30_000 });

test.beforeAll(() => {
  large = generateLargeDataset({ figures: COUNT, seed: 1 });
  json = JSON.stringify(large.dataset);
});

async function openLarge(page: Page, query = '') {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ body: json, contentType: 'application/json; charset=utf-8' }),
  );
  await page.route('**/data/texts/*', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^.*\/data\//, '');
    const text = large.texts.get(path);
    return text === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ body: text, contentType: 'text/plain; charset=utf-8' });
  });
  await page.goto(`./${query ? `${query}&` : '?'}level=all`);
  const table = grid(page);
  await expect(table).toBeVisible({ timeout: 120_000 });
  return table;
}

test('100,000 figures: the table renders them all, scrolls to the last and opens its source', async ({ page }) => {
  const table = await openLarge(page);
  expect(await rowCount(table)).toBe(COUNT);
  await slow(page.getByText('共 100,000 条')).toBeVisible();
  // Only the rows in view are in the page.
  expect(await table.getByRole('row').count()).toBeLessThan(100);

  await table.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = large.dataset.figures.at(-1)!;
  const lastRow = table.locator(`[role=row][aria-rowindex="${COUNT + 1}"]`);
  await slow(lastRow).toBeVisible();
  await slow(lastRow).toHaveAttribute('data-figure-id', last.id);

  // Keyboard: Home goes back to the first row, End to the last, Enter opens the source there.
  await lastRow.focus();
  await page.keyboard.press('Home');
  await slow(page.locator('[role=row]:focus')).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('End');
  await slow(page.locator('[role=row]:focus')).toHaveAttribute('data-figure-id', last.id);
  await page.keyboard.press('Enter');
  const mark = page.getByRole('dialog').locator('mark');
  await slow(mark).toHaveText(last.quote);
  const text = large.texts.get(large.dataset.reports.find((r) => r.id === last.reportId)!.textPath)!;
  expect(text.slice(last.start, last.end)).toBe(last.quote);
});

test('100,000 figures: search narrows to exactly the matching rows, in Chinese and English', async ({ page }) => {
  const { dataset } = large;
  const index = buildDatasetIndex(dataset);
  const all = prepareFigureRows(dataset, index);
  const model = (search: string) =>
    selectFigureRows(all, index, {
      filters: { regions: [], categories: [], dateFrom: null, dateTo: null },
      search,
      sort: null,
      lang: 'zh',
    }).map((r) => r.figure.id);
  const district = dataset.regions.find((r) => r.level === 'district')!;
  const table = await openLarge(page);
  const search = page.getByRole('searchbox', { name: '搜索', exact: true });

  for (const term of [district.nameEn, `${district.name} 宣讲`, '學習 participants']) {
    await search.fill(term);
    const expected = model(term);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(COUNT);
    await expect.poll(() => rowCount(table), { timeout: 30_000 }).toBe(expected.length);
    expect(await renderedFigureIds(table)).toEqual(expected.slice(0, (await renderedFigureIds(table)).length));
  }
});

test('100,000 figures: sorting by value puts the largest first', async ({ page }) => {
  const table = await openLarge(page);
  const values = new Map(large.dataset.figures.map((f) => [f.id, f.value]));
  await table.getByRole('columnheader', { name: /数值/ }).getByRole('button').click();
  await slow(table.getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', 'descending');
  const shown = (await renderedFigureIds(table)).map((id) => values.get(id)!);
  expect(shown[0]).toBe(Math.max(...values.values()));
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
});
