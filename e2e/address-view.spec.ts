import { expect, test, type Page } from './fixtures';
import { grid, readDataset } from './table-helpers';

const controls = (page: Page) => ({
  metric: page.getByRole('combobox', { name: '指标', exact: true }),
  measure: page.getByRole('combobox', { name: '计量', exact: true }),
  level: page.getByRole('combobox', { name: '层级', exact: true }),
  from: page.getByRole('combobox', { name: '起', exact: true }),
  to: page.getByRole('combobox', { name: '止', exact: true }),
  undated: page.getByRole('checkbox', { name: '含未注明日期的报道', exact: true }),
  search: page.getByRole('searchbox', { name: '搜索', exact: true }),
  valueHeader: grid(page).getByRole('columnheader', { name: /数值/ }),
});

/** The months the bundled reports carry, first and last: the tests need two different ones. */
async function reportMonths(page: Page): Promise<{ first: string; last: string }> {
  const data = await readDataset(page);
  const months = data.reports.flatMap((r) => (r.publishedAt ? [r.publishedAt.slice(0, 7)] : [])).sort();
  const first = months[0];
  const last = months.at(-1);
  // Without two dated months in the seeds these tests would check nothing.
  expect(first).toBeDefined();
  expect(last).not.toBe(first);
  return { first: first!, last: last! };
}

test('every view control is written to the address and restored on reload', async ({ page }) => {
  await page.goto('./');
  const { first } = await reportMonths(page);
  const c = controls(page);
  // No level in the address: the control shows the level the data defaults to (cities for the seeds).
  await expect(c.level).toHaveValue('city');
  await expect(page).not.toHaveURL(/level=/);
  // Only participants have two measures.
  await expect(c.measure).toHaveCount(0);

  await c.metric.selectOption('participants');
  await expect(c.measure).toHaveValue('personTimes');
  await expect(c.measure.locator('option')).toHaveText(['人次', '人数']);
  await c.measure.selectOption('people');
  await expect(page).toHaveURL(/[?&]measure=people(&|$)/);

  await c.level.selectOption('district');
  await expect(page).toHaveURL(/[?&]level=district(&|$)/);

  // Undated reports can be included only under a date filter.
  await expect(c.undated).toBeDisabled();
  await c.from.selectOption(first);
  await expect(c.undated).toBeEnabled();
  await c.undated.check();
  await expect(page).toHaveURL(/[?&]undated=include(&|$)/);

  await c.valueHeader.getByRole('button').click();
  await expect(c.valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=value&dir=desc(&|$)/);

  await c.search.fill('党史 学习');
  await expect(page).toHaveURL(/[?&]q=%E5%85%9A%E5%8F%B2%20%E5%AD%A6%E4%B9%A0$/);

  await page.reload();
  await expect(c.metric).toHaveValue('participants');
  await expect(c.measure).toHaveValue('people');
  await expect(c.level).toHaveValue('district');
  await expect(c.from).toHaveValue(first);
  await expect(c.undated).toBeChecked();
  await expect(c.valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(c.search).toHaveValue('党史 学习');
});

test('the English page names the new controls in English', async ({ page }) => {
  await page.goto('./?lang=en&metric=participants&level=all');
  await expect(page.getByRole('combobox', { name: 'Level', exact: true })).toHaveValue('all');
  await expect(page.getByRole('combobox', { name: 'Measure', exact: true }).locator('option')).toHaveText([
    'person-times',
    'people',
  ]);
  await expect(page.getByRole('checkbox', { name: 'Include undated reports', exact: true })).toBeDisabled();
});

test('typing a search is one history entry; Back undoes it, then the level', async ({ page }) => {
  await page.goto('./');
  const c = controls(page);
  await expect(c.level).toHaveValue('city');
  await c.level.selectOption('all');
  await expect(page).toHaveURL(/level=all/);
  await c.search.pressSequentially('党史学习', { delay: 30 });
  await expect(page).toHaveURL(/q=%E5%85%9A%E5%8F%B2%E5%AD%A6%E4%B9%A0$/);

  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(c.search).toHaveValue('');
  await expect(c.level).toHaveValue('all');

  await page.goBack();
  await expect(page).not.toHaveURL(/level=/);
  await expect(c.level).toHaveValue('city');

  await page.goForward();
  await page.goForward();
  await expect(c.search).toHaveValue('党史学习');
});

test('a reversed date range in the address keeps the start and says the end was ignored', async ({ page }) => {
  await page.goto('./?from=2021-10-01&to=2021-06-01');
  const notice = page.getByRole('status').filter({ hasText: '结束日期早于开始日期' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('to=2021-06-01');
  await expect(page).toHaveURL(/[?&]from=2021-10-01$/);
  await expect(controls(page).from).toHaveValue('2021-10');
  await expect(controls(page).to).toHaveValue('');

  await page.goto('./?lang=en&from=2021-10-01&to=2021-06-01');
  await expect(
    page.getByRole('status').filter({ hasText: 'The end date in the link is before the start date' }),
  ).toBeVisible();
});

test('malformed level, measure, undated and sort values are ignored with the notice', async ({ page }) => {
  await page.goto('./?level=county&measure=heads&undated=yes&sort=colour&dir=up&q=ok');
  const notice = page.getByRole('status').filter({ hasText: '已忽略' });
  await expect(notice).toBeVisible();
  for (const part of ['level=county', 'measure=heads', 'undated=yes', 'sort=colour', 'dir=up'])
    await expect(notice).toContainText(part);
  await expect(page).toHaveURL(/\?q=ok$/);
  await expect(controls(page).level).toHaveValue('city');
  await expect(controls(page).search).toHaveValue('ok');
});

test('the date filter refuses an end before the start with a visible message', async ({ page }) => {
  await page.goto('./');
  const { first, last } = await reportMonths(page);
  const c = controls(page);
  await c.from.selectOption(last);
  await expect(page).toHaveURL(/from=/);
  const before = c.to.locator(`option[value="${first}"]`);
  // The month that would reverse the range is not offered ...
  await expect(before).toBeDisabled();
  // ... and where a browser lets it be picked anyway, it is refused out loud, not applied.
  await before.evaluate((o) => {
    (o as HTMLOptionElement).disabled = false;
  });
  await c.to.selectOption(first);
  const alert = page.getByRole('alert').filter({ hasText: '结束日期不能早于开始日期' });
  await expect(alert).toBeVisible();
  await expect(c.to).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]to=/);

  await c.to.selectOption(last);
  await expect(alert).toBeHidden();
  await expect(page).toHaveURL(/[?&]to=/);
});
