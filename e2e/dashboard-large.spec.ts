import { expect, test, type Page } from './fixtures';
import type { Dataset } from '@/lib/figures-schema';
import { generateLargeDataset } from '../scripts/gen-large';
import { chart, expectedByRegion, readChartTable, reportingRegions } from './dashboard-helpers';

const COUNT = 50_000;
let data: Dataset;
let json: string;

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

test.beforeAll(() => {
  data = generateLargeDataset({ figures: COUNT, seed: 7 }).dataset;
  json = JSON.stringify(data);
});

async function open(page: Page, query = '') {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ body: json, contentType: 'application/json; charset=utf-8' }),
  );
  // Every level, as the sums below compare every reporting region.
  await page.goto(`./${query ? `${query}&` : '?'}level=all`);
  await expect(page.getByRole('figure').first()).toBeVisible({ timeout: 120_000 });
}

function compare(
  rows: Awaited<ReturnType<typeof readChartTable>>,
  selected: string[],
  metric: 'sessions' | 'participants',
) {
  const expected = expectedByRegion(data, selected, metric);
  expect(rows.map((r) => r.region).sort()).toEqual(reportingRegions(data, selected).sort());
  for (const row of rows) {
    const want = expected.get(row.region);
    if (want) {
      expect(row.cells[0]?.value, row.region).toBeCloseTo(want.value, 4);
      expect(row.cells[0]?.qualifier, row.region).toBe(want.qualifier);
    } else expect(row.cells[0]?.text, row.region).toBe('未报告');
  }
}

test(`${COUNT.toLocaleString('en')} figures: every reporting region is charted with the file's sums`, async ({
  page,
}) => {
  await open(page);
  const figure = chart(page, '各地区开展场次排名');
  await expect(figure).toContainText('共');
  compare(await readChartTable(figure), [], 'sessions');
});

test('large data: a city found by search, then several, agree with the file', async ({ page }) => {
  await open(page, '?metric=participants');
  const cityWithDistricts = data.regions.find(
    (r) => r.level === 'city' && data.regions.some((d) => d.level === 'district' && d.cityCode === r.code),
  )!;
  const group = page.getByRole('group', { name: '城市', exact: true });
  await group.getByRole('searchbox').fill(cityWithDistricts.nameEn);
  await group.getByRole('checkbox', { name: cityWithDistricts.name, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`regions=${cityWithDistricts.code}`));
  const figure = chart(page, '各地区参与人次排名');
  compare(await readChartTable(figure), [cityWithDistricts.code], 'participants');

  // Then two more cities, each found by its Chinese name.
  const more = data.regions
    .filter((r) => r.level === 'city' && r.code !== cityWithDistricts.code && !r.name.includes(cityWithDistricts.name))
    .slice(0, 2);
  for (const city of more) {
    await group.getByRole('searchbox').fill(city.name);
    await group.getByRole('checkbox', { name: city.name, exact: true }).check();
  }
  const selected = [cityWithDistricts.code, ...more.map((c) => c.code)];
  await expect(page).toHaveURL(new RegExp(`regions=${selected.join(',')}`));
  compare(await readChartTable(figure), selected, 'participants');
});
