import { expect, test } from './fixtures';
import { chart, expectedByRegion, readChartTable } from './dashboard-helpers';
import { readDataset } from './table-helpers';

test('a link with lang, regions and metric restores that view', async ({ page }) => {
  await page.goto('./');
  const data = await readDataset(page);
  const cities = data.regions.filter((r) => r.level === 'city').slice(0, 2);
  const codes = cities.map((c) => c.code);
  await page.goto(`./?lang=en&regions=${codes.join(',')}&metric=participants&level=all`);

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: 'Metric', exact: true })).toHaveValue('participants');
  const group = page.getByRole('group', { name: 'City', exact: true });
  for (const c of cities) await expect(group.getByRole('checkbox', { name: c.nameEn, exact: true })).toBeChecked();
  const figure = chart(page, 'Participants (person-times) by region');
  await expect(figure).toBeVisible();
  await expect(figure).toContainText(cities.map((c) => c.nameEn).join(', '));

  const expected = expectedByRegion(data, codes, 'participants');
  const rows = await readChartTable(figure, 'en');
  for (const row of rows) {
    const want = expected.get(row.region);
    if (want) expect(row.cells[0]?.value).toBeCloseTo(want.value, 6);
    else expect(row.cells[0]?.text).toBe('Not reported');
  }
});

test('every filter change is a history entry that Back undoes', async ({ page }) => {
  await page.goto('./');
  const data = await readDataset(page);
  const city = data.regions.find((r) => r.level === 'city')!;
  await expect(chart(page, '各地区开展场次排名')).toBeVisible();

  await page.getByRole('combobox', { name: '指标', exact: true }).selectOption('participants');
  await expect(page).toHaveURL(/metric=participants/);
  await page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name: city.name }).check();
  await expect(page).toHaveURL(new RegExp(`regions=${city.code}`));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(chart(page, 'Participants (person-times) by region')).toBeVisible();

  await page.goBack();
  await expect(page).not.toHaveURL(/lang=en/);
  await expect(chart(page, '各地区参与人次排名')).toBeVisible();
  await expect(
    page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name: city.name }),
  ).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/regions=/);
  await expect(
    page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name: city.name }),
  ).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: '指标', exact: true })).toHaveValue('participants');

  await page.goBack();
  await expect(page.getByRole('combobox', { name: '指标', exact: true })).toHaveValue('sessions');
  await expect(chart(page, '各地区开展场次排名')).toBeVisible();

  await page.goForward();
  await expect(page.getByRole('combobox', { name: '指标', exact: true })).toHaveValue('participants');
});

test('unknown and malformed values are ignored with a visible notice', async ({ page }) => {
  await page.goto('./?lang=xx&metric=bogus&regions=999999,abc&categories=nope&from=2021-13-01');
  const notice = page.getByRole('status').filter({ hasText: '已忽略' });
  await expect(notice).toBeVisible();
  for (const part of ['lang=xx', 'metric=bogus', 'regions=999999', 'regions=abc', 'categories=nope', 'from=2021-13-01'])
    await expect(notice).toContainText(part);
  // The page still shows the default view.
  await expect(chart(page, '各地区开展场次排名')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '指标', exact: true })).toHaveValue('sessions');
  await expect(page).not.toHaveURL(/bogus/);
  await notice.getByRole('button').click();
  await expect(notice).toBeHidden();
});

test('a well-formed region code the data lacks is dropped, the known ones kept', async ({ page }) => {
  await page.goto('./');
  const data = await readDataset(page);
  const city = data.regions.find((r) => r.level === 'city')!;
  await page.goto(`./?regions=${city.code},110000`);
  await expect(page.getByRole('status').filter({ hasText: 'regions=110000' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`regions=${city.code}$`));
  await expect(
    page.getByRole('group', { name: '城市', exact: true }).getByRole('checkbox', { name: city.name }),
  ).toBeChecked();
});

test('categories and dates are in the address too', async ({ page }) => {
  await page.goto('./');
  const data = await readDataset(page);
  const dated = data.reports
    .filter((r) => r.publishedAt)
    .map((r) => r.publishedAt!)
    .sort();
  // The bundled seeds include dated reports; without them this test would check nothing.
  expect(dated.length).toBeGreaterThan(0);
  await page.getByRole('group', { name: '活动类别' }).getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/categories=/);
  // Dates are chosen by month, from the months the reports carry: a month starts on its first day, ends on its last.
  const first = dated[0]!.slice(0, 7);
  const last = dated.at(-1)!.slice(0, 7);
  const from = page.getByRole('combobox', { name: '起', exact: true });
  const to = page.getByRole('combobox', { name: '止', exact: true });
  const months = [...new Set(dated.map((d) => d.slice(0, 7)))];
  expect(await from.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual([
    '',
    ...months,
  ]);
  await expect(from.locator(`option[value="${first}"]`)).toHaveText(
    `${Number(first.slice(0, 4))}年${Number(first.slice(5))}月`,
  );
  await from.selectOption(first);
  await expect(page).toHaveURL(new RegExp(`from=${first}-01`));
  await to.selectOption(last);
  const lastDay = new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5)), 0)).getUTCDate();
  await expect(page).toHaveURL(new RegExp(`to=${last}-${lastDay}`));
  await page.reload();
  await expect(from).toHaveValue(first);
  await expect(to).toHaveValue(last);
  await expect(page.getByRole('group', { name: '活动类别' }).getByRole('checkbox').first()).toBeChecked();
});
