import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from './fixtures';
import type { Dataset } from '@/lib/figures-schema';
import { PORTABLE_DIR, PORTABLE_FILE } from '../scripts/portable-build';
import { chart, expectedByRegion, readChartTable, reportingRegions } from './dashboard-helpers';
import { pngFacts, saveDownload } from './export-helpers';
import { grid, rowCount } from './table-helpers';

// The built files, opened as an official opens them: by double-click, from a folder (file://), with no server.
const root = join(import.meta.dirname, '..');
const portable = join(root, PORTABLE_DIR, PORTABLE_FILE);
const normal = join(root, 'dist', 'index.html');
const dataset = () => JSON.parse(readFileSync(join(root, 'public/data/figures.json'), 'utf8')) as Dataset;

/** Every request the page makes that is not to the page's own file or to in-page data (data:, blob:). */
function outsideRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    // The page itself, with or without its view in the query, is the one file it may load.
    const url = r.url().replace(/\?.*$/, '');
    if (!/^(file|data|blob):/.test(url) || (url.startsWith('file:') && !url.endsWith(PORTABLE_FILE)))
      seen.push(r.url());
  });
  return seen;
}

test.beforeAll(() => {
  expect(existsSync(portable), `${portable} is missing: run npm run build:portable`).toBe(true);
});

test('the portable page works from file:// with no request: charts, filters, table, a source, a PNG', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const requests = outsideRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const data = dataset();
  // Every level, so the table below lists every figure of the data.
  await page.goto(`${pathToFileURL(portable).href}?level=all`);

  // Charts.
  const ranking = chart(page, '各地区开展场次排名');
  await expect(ranking.locator('canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('figure').filter({ has: page.locator('canvas') })).toHaveCount(4);

  // A filter: the city with the most done sessions figures, whatever the data holds.
  const counts = new Map<string, number>();
  for (const f of data.figures) {
    const city = data.regions.find((r) => r.code === f.regionCode)?.cityCode;
    if (f.metric === 'sessions' && f.status === 'done' && city) counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const city = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const name = data.regions.find((r) => r.code === city)!.name;
  await page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`regions=${city}(&|$)`));
  const expected = expectedByRegion(data, [city], 'sessions');
  const rows = await readChartTable(ranking);
  expect(rows.map((r) => r.region).sort()).toEqual(reportingRegions(data, [city]).sort());
  expect(rows.map((r) => r.cells[0]!.value)).toEqual(rows.map((r) => expected.get(r.region)?.value ?? null));
  await page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name, exact: true }).uncheck();

  // The table has every figure, on every level (it follows the level, cities by default, as the cards do).
  await page.getByLabel('层级', { exact: true }).selectOption('all');
  const table = grid(page);
  await expect(table).toBeVisible();
  expect(await rowCount(table)).toBe(data.figures.length);

  // A figure's source sentence, from the report text carried in the page.
  const figure = data.figures[0]!;
  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill(figure.quote);
  await table.locator(`[data-figure-id="${figure.id}"]`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('mark')).toHaveText(figure.quote);
  await dialog.getByRole('button', { name: '关闭' }).click();

  // A PNG export.
  const { bytes } = await saveDownload(page, () =>
    ranking.getByRole('button', { name: '导出PNG', exact: true }).click(),
  );
  expect(pngFacts(bytes).facts.distinctColours).toBeGreaterThan(16);

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});

test('the normal build opened from file:// says how to open it instead of a blank page', async ({ page }) => {
  expect(existsSync(normal), `${normal} is missing: run npm run build`).toBe(true);
  await page.goto(pathToFileURL(normal).href);
  const notice = page.getByRole('alert');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('npm run build:portable');
  await expect(notice).toContainText(PORTABLE_FILE);
});
