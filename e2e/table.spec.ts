import { expect, test } from './fixtures';
import { buildDatasetIndex } from '@/lib/dataset-index';
import { prepareFigureRows, selectFigureRows } from '@/lib/figure-rows';
import type { Dataset } from '@/lib/figures-schema';
import { cityOf, grid, openTable, readDataset, renderedFigureIds, rowCount, shownFigureIds } from './table-helpers';

const LHASA = '540100';
const noFilters = { regions: [], categories: [], dateFrom: null, dateTo: null };

/** Rows the shared row model gives for a search (its rules are unit-tested in src/lib/figure-rows.test.ts). */
function modelIds(data: Dataset, search: string, regions: string[] = []): string[] {
  const index = buildDatasetIndex(data);
  return selectFigureRows(prepareFigureRows(data, index), index, {
    filters: { ...noFilters, regions },
    search,
    sort: null,
    lang: 'zh',
  }).map((r) => r.figure.id);
}

test('a city filter in the address lists exactly that city’s figures, in file order', async ({ page }) => {
  const data = await readDataset(page);
  const expected = data.figures.filter((f) => cityOf(data, f) === LHASA).map((f) => f.id);
  expect(expected.length).toBeGreaterThan(0);
  const table = await openTable(page, `?regions=${LHASA}`);
  // The address is applied by an effect after the grid's first render: wait for it, do not read the first count.
  await expect.poll(() => rowCount(table)).toBe(expected.length);
  expect(await shownFigureIds(table)).toEqual(expected);
  await expect(page.getByText(`共 ${expected.length} 条`)).toBeVisible();
});

test('without filters the table lists every figure of the data file', async ({ page }) => {
  const data = await readDataset(page);
  const table = await openTable(page);
  expect(await rowCount(table)).toBe(data.figures.length);
  expect(new Set(await shownFigureIds(table))).toEqual(new Set(data.figures.map((f) => f.id)));
});

test('search narrows the rows by Chinese and English words', async ({ page }) => {
  const data = await readDataset(page);
  const lhasa = data.regions.find((r) => r.code === LHASA);
  expect(lhasa).toBeDefined();
  const table = await openTable(page);
  const search = page.getByRole('searchbox', { name: '搜索', exact: true });

  // English region name, typed in lower case: exactly the figures of that city (and any quote naming it).
  await search.fill(lhasa!.nameEn.toLowerCase());
  const inCity = data.figures.filter((f) => cityOf(data, f) === LHASA).map((f) => f.id);
  const english = await shownFigureIds(table);
  expect(english).toEqual(modelIds(data, lhasa!.nameEn));
  expect(english).toEqual(expect.arrayContaining(inCity));
  expect(english.length).toBeLessThan(data.figures.length);

  // A Chinese word from a quote: fewer rows, each showing the word in a cell.
  const word = data.figures[0]!.quote.slice(0, 2);
  await search.fill(word);
  const chinese = await shownFigureIds(table);
  expect(chinese).toEqual(modelIds(data, word));
  expect(chinese.length).toBeGreaterThan(0);
  expect(chinese.length).toBeLessThan(data.figures.length);
  const cells = await table.getByRole('row').nth(1).getByRole('gridcell').allInnerTexts();
  expect(cells.join(' ')).toContain(word);

  // An English metric label finds Chinese figures of that metric.
  await search.fill('participants');
  expect(await shownFigureIds(table)).toEqual(data.figures.filter((f) => f.metric === 'participants').map((f) => f.id));

  await search.fill('');
  expect(await rowCount(table)).toBe(data.figures.length);
});

test('sorting by value orders the rows by the number, largest first, then smallest first', async ({ page }) => {
  const data = await readDataset(page);
  const values = new Map(data.figures.map((f) => [f.id, f.value]));
  const table = await openTable(page);
  const header = table.getByRole('columnheader', { name: /数值/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const desc = (await renderedFigureIds(table)).map((id) => values.get(id)!);
  expect(desc[0]).toBe(Math.max(...values.values()));
  expect(desc).toEqual([...desc].sort((a, b) => b - a));

  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const asc = (await renderedFigureIds(table)).map((id) => values.get(id)!);
  expect(asc[0]).toBe(Math.min(...values.values()));
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  // The whole order, not only the rows in view.
  const all = (await shownFigureIds(table)).map((id) => values.get(id)!);
  expect(all).toEqual([...all].sort((a, b) => a - b));
});

test('arrow keys move between rows and Enter opens the source of the focused row', async ({ page }) => {
  const data = await readDataset(page);
  const table = await openTable(page);
  const rows = table.getByRole('row');
  await rows.nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const focused = page.locator('[role=row]:focus');
  await expect(focused).toHaveAttribute('aria-rowindex', '3');
  const id = await focused.getAttribute('data-figure-id');
  const figure = data.figures.find((f) => f.id === id)!;

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark')).toHaveText(figure.quote);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus comes back to the row that opened it, so reading can go on from there.
  await expect(page.locator('[role=row]:focus')).toHaveAttribute('data-figure-id', id!);

  await page.keyboard.press('End');
  await expect(page.locator('[role=row]:focus')).toHaveAttribute('aria-rowindex', String(data.figures.length + 1));
  await page.keyboard.press('Home');
  await expect(page.locator('[role=row]:focus')).toHaveAttribute('aria-rowindex', '2');
});

test('in English the table is named Figures, counts rows in English and keeps 余/近 visible as +/~', async ({
  page,
}) => {
  const data = await readDataset(page);
  const table = await openTable(page, '?lang=en', 'en');
  await expect(page.getByText(`${data.figures.length} rows`, { exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Value/ })).toBeVisible();
  const qualified = data.figures.find((f) => f.qualifier !== 'exact');
  if (qualified) {
    await page.getByRole('searchbox', { name: 'Search', exact: true }).fill(qualified.quote);
    const row = table.locator(`[data-figure-id="${qualified.id}"]`);
    await expect(row.getByRole('gridcell').nth(3)).toHaveText(qualified.qualifier === 'atLeast' ? /\+$/ : /^~/);
  }
  await expect(grid(page, 'zh')).toHaveCount(0);
});
