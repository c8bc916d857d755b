import { expect, test, type Page } from './fixtures';
import { chart, expectedByRegion, readChartTable, reportingRegions } from './dashboard-helpers';
import { readDataset } from './table-helpers';

const RANKING_ZH = '各地区开展场次排名';

async function expectRankingMatchesData(page: Page, selected: string[]) {
  const data = await readDataset(page);
  const expected = expectedByRegion(data, selected, 'sessions');
  const rows = await readChartTable(chart(page, RANKING_ZH));
  expect(rows.map((r) => r.region).sort()).toEqual(reportingRegions(data, selected).sort());
  for (const row of rows) {
    const want = expected.get(row.region);
    const cell = row.cells[0]!;
    if (want) {
      expect(cell.value, row.region).toBeCloseTo(want.value, 6);
      expect(cell.qualifier, row.region).toBe(want.qualifier);
    } else {
      expect(cell.value, row.region).toBeNull();
      expect(cell.text, row.region).toBe('未报告');
    }
  }
  // Ranked: values never grow down the list, and not-reported regions come last.
  const values = rows.map((r) => r.cells[0]!.value);
  const reported = values.filter((v): v is number => v !== null);
  expect(values.slice(0, reported.length)).toEqual(reported);
  expect([...reported].sort((a, b) => b - a)).toEqual(reported);
  return { data, rows };
}

test('loads the data and shows cards, four charts and the notes in Chinese by default', async ({ page }) => {
  await page.goto('./?level=all');
  await expect(page.getByRole('figure')).toHaveCount(4);
  await expect(chart(page, RANKING_ZH)).toBeVisible();
  await expect(page.getByRole('heading', { name: '数据说明' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  for (const fig of await page.getByRole('figure').all()) {
    await expect(fig.getByRole('button', { name: '导出PNG' })).toBeVisible();
    await expect(fig.locator('canvas')).toHaveCount(1);
  }
});

test('filtering by one city: the chart agrees with the data file', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  // The city with the most done sessions figures, whatever the data holds.
  const counts = new Map<string, number>();
  for (const f of data.figures) {
    const cityCode = data.regions.find((r) => r.code === f.regionCode)?.cityCode;
    if (f.metric === 'sessions' && f.status === 'done' && cityCode)
      counts.set(cityCode, (counts.get(cityCode) ?? 0) + 1);
  }
  const city = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const name = data.regions.find((r) => r.code === city)!.name;

  await page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name, exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`regions=${city}(&|$)`));
  await expectRankingMatchesData(page, [city]);

  // The headline card agrees too.
  const total = [...expectedByRegion(data, [city], 'sessions').values()].reduce((s, e) => s + e.value, 0);
  const card = page.locator('.card[data-metric=sessions] .card-value');
  await expect.poll(async () => Number(await card.getAttribute('data-value'))).toBeCloseTo(total, 6);
});

test('filtering by several cities, districts included: the chart agrees with the data file', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  // Every city that has a district reporting, plus one more city, so the selection mixes levels.
  const withDistricts = data.regions.filter((r) => r.level === 'district').map((r) => r.cityCode);
  const others = data.regions.filter((r) => r.level === 'city' && !withDistricts.includes(r.code)).map((r) => r.code);
  const selected = [...new Set([...withDistricts, ...others.slice(0, 1)])];
  expect(selected.length).toBeGreaterThan(1);
  const group = page.getByRole('group', { name: '城市', exact: true });
  for (const code of selected) {
    const name = data.regions.find((r) => r.code === code)!.name;
    await group.getByRole('checkbox', { name, exact: true }).check();
  }
  await expect(page).toHaveURL(new RegExp(`regions=${selected.join(',')}`));
  await expectRankingMatchesData(page, selected);
});

test('search by Chinese or English name, select all results, clear', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  const district = data.regions.find((r) => r.level === 'district')!;
  const group = page.getByRole('group', { name: '城市', exact: true });
  const search = group.getByRole('searchbox');
  await search.fill(district.nameEn.slice(0, 5));
  await expect(group.getByRole('checkbox', { name: district.name, exact: true })).toBeVisible();
  await search.fill(district.name);
  await group.getByRole('button', { name: '全选搜索结果' }).click();
  await expect(page).toHaveURL(new RegExp(`regions=${district.code}`));
  await expectRankingMatchesData(page, [district.code]);
  await group.getByRole('button', { name: '清除' }).click();
  await expect(page).not.toHaveURL(/regions=/);
});

test('a region without figures for the metric shows 未报告, not 0', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  const metric = 'problemsCollected';
  const expected = expectedByRegion(data, [], metric);
  const missing = reportingRegions(data, []).filter((code) => !expected.has(code));
  expect(missing.length).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption(metric);
  const rows = await readChartTable(chart(page, '各地区收集问题排名'));
  for (const code of missing) {
    const row = rows.find((r) => r.region === code);
    expect(row?.cells[0]?.text).toBe('未报告');
    expect(row?.cells[0]?.value).toBeNull();
  }
  await page.getByRole('button', { name: 'English' }).click();
  const en = await readChartTable(chart(page, 'Problems collected by region'), 'en');
  expect(en.find((r) => r.region === missing[0])?.cells[0]?.text).toBe('Not reported');
});

test('clicking a bar lists the figures it adds up, and the largest opens its source', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  const expected = expectedByRegion(data, [], 'sessions');
  const [top] = [...expected.entries()].sort((a, b) => b[1].value - a[1].value)[0]!;
  const largest = data.figures
    .filter((f) => f.regionCode === top && f.metric === 'sessions' && f.status === 'done')
    .sort((a, b) => b.value - a.value)[0]!;
  const canvas = chart(page, RANKING_ZH).locator('canvas');
  const box = (await canvas.boundingBox())!;
  const rows = reportingRegions(data, []).length;
  // The top bar is the longest; its middle row lies in the first of `rows` bands of the plot.
  const plotTop = 8;
  const plotHeight = box.height - 8 - 24;
  const list = page.getByRole('dialog');
  // The bars grow in over 300 ms after the first draw: a click during it can miss, so click until it lands.
  await expect(async () => {
    await page.mouse.click(box.x + box.width * 0.55, box.y + plotTop + plotHeight / rows / 2 + 2);
    await expect(list).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  const summed = data.figures.filter((f) => f.regionCode === top && f.metric === 'sessions' && f.status === 'done');
  await expect(list.locator('[data-figure-id]')).toHaveCount(summed.length);
  await list.locator(`[data-figure-id="${largest.id}"]`).click();
  const dialog = page.getByRole('dialog').filter({ has: page.locator('mark') });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('mark')).toHaveText(largest.quote);
});

test('each chart names what to click: a bar, or a point on the time chart, in either language', async ({ page }) => {
  await page.goto('./?level=all');
  await expect(chart(page, RANKING_ZH).locator('summary')).toContainText('点击柱形');
  await expect(chart(page, '开展场次（按报道日期）').locator('summary')).toContainText('点击数据点');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(chart(page, 'Sessions held by region').locator('summary')).toContainText('Click a bar');
  await expect(chart(page, 'Sessions held by report date').locator('summary')).toContainText('Click a point');
});

test('the data table under a chart opens a source from the keyboard', async ({ page }) => {
  await page.goto('./?level=all');
  const figure = chart(page, RANKING_ZH);
  await readChartTable(figure);
  const button = figure.getByRole('table').getByRole('button').first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('nothing is requested outside the origin and the bundled Chinese font is used', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const fonts: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.origin !== origin) outside.push(r.url());
    if (/noto-sans-sc.*\.woff2$/.test(url.pathname)) fonts.push(url.pathname);
  });
  await page.goto('./?level=all');
  await expect(chart(page, RANKING_ZH)).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '城市指标未报告'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  expect(await page.locator('body').evaluate((b) => getComputedStyle(b).fontFamily)).toContain('Noto Sans SC');
  expect(outside).toEqual([]);
});

test('districts sit behind their city until opened, matched by a search or ticked', async ({ page }) => {
  await page.goto('./?level=all');
  const data = await readDataset(page);
  const district = data.regions.find((r) => r.level === 'district')!;
  const city = data.regions.find((r) => r.code === district.cityCode)!;
  const count = data.regions.filter((r) => r.level === 'district' && r.cityCode === city.code).length;
  const group = page.getByRole('group', { name: '城市', exact: true });
  const districtBox = group.getByRole('checkbox', { name: district.name, exact: true });
  const disclosure = group.getByRole('button', { name: `${city.name}的${count}个区县`, exact: true });

  await expect(group.getByRole('checkbox', { name: city.name, exact: true })).toBeVisible();
  await expect(districtBox).toHaveCount(0);
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  // From the keyboard, like any button.
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await districtBox.check();
  await expect(page).toHaveURL(new RegExp(`regions=${district.code}`));
  await disclosure.click();
  await expect(districtBox).toHaveCount(0);

  // A ticked district shows when the page opens, and a search shows the districts it matches.
  await page.reload();
  await expect(districtBox).toBeChecked();
  await group.getByRole('button', { name: '清除' }).click();
  await page.reload();
  await expect(districtBox).toHaveCount(0);
  await group.getByRole('searchbox').fill(district.name);
  await expect(districtBox).toBeVisible();
});
