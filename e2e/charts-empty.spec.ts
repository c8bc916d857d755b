import { expect, test, type Locator, type Page } from './fixtures';
import { chart, readChartTable } from './dashboard-helpers';

/**
 * The charts draw on a canvas, so the words they show are not in the DOM: every string the page draws
 * with fillText is recorded on its canvas, and the tests read what a reader would see in each figure.
 */
async function recordCanvasText(page: Page) {
  await page.addInitScript(() => {
    const drawn = new WeakMap<HTMLCanvasElement, Set<string>>();
    const proto = CanvasRenderingContext2D.prototype;
    const fillText = Object.getOwnPropertyDescriptor(proto, 'fillText')?.value as (
      this: CanvasRenderingContext2D,
      ...args: Parameters<CanvasRenderingContext2D['fillText']>
    ) => void;
    proto.fillText = function (this: CanvasRenderingContext2D, text, x, y, maxWidth) {
      const set = drawn.get(this.canvas) ?? new Set<string>();
      set.add(text);
      drawn.set(this.canvas, set);
      (this.canvas as HTMLCanvasElement & { drawnText?: string[] }).drawnText = [...set];
      fillText.call(this, text, x, y, maxWidth);
    };
  });
}

async function drawnText(figure: Locator): Promise<string> {
  const canvas = figure.locator('canvas').first();
  await expect(canvas).toBeAttached();
  return canvas.evaluate((c) => ((c as HTMLCanvasElement & { drawnText?: string[] }).drawnText ?? []).join('\n'));
}

async function expectDrawn(figure: Locator, ...texts: string[]) {
  for (const text of texts) await expect.poll(() => drawnText(figure), { message: text }).toContain(text);
}

test.beforeEach(async ({ page }) => {
  await recordCanvasText(page);
});

test('a city without the chosen metric: each chart says so and lists the city as not reported', async ({ page }) => {
  await page.goto('./?metric=materials&regions=370100');
  const ranking = chart(page, '各地区发放材料排名');
  const categories = chart(page, '各地区发放材料（按活动类别）');
  const problems = chart(page, '各地区收集与解决问题');
  const timeline = chart(page, '发放材料（按报道日期）');
  await expectDrawn(ranking, '所选范围内没有地区报告此指标', '济南市', '未报告');
  await expectDrawn(categories, '所选范围内没有地区报告此指标', '济南市', '未报告');
  await expectDrawn(problems, '所选范围内没有地区报告问题数', '济南市', '未报告');
  await expectDrawn(timeline, '所选范围内没有地区报告此指标');
  // Screen readers hear the same message as the canvas's name.
  await expect(ranking.getByRole('img')).toHaveAccessibleName(/所选范围内没有地区报告此指标/);
  await expect(problems.getByRole('img')).toHaveAccessibleName(/所选范围内没有地区报告问题数/);
  // Nothing drawn, so no hint to click a bar; the table says not reported, never 0.
  await expect(ranking.locator('summary')).not.toContainText('点击');
  const rows = await readChartTable(ranking);
  expect(rows.map((r) => r.region)).toEqual(['370100']);
  expect(rows[0]?.cells[0]?.text).toBe('未报告');
});

test('a date range without reports: the charts say so in English and list every region', async ({ page }) => {
  await page.goto('./?lang=en&from=2021-07-01&to=2021-07-31&level=all');
  const ranking = chart(page, 'Sessions held by region');
  // Regions whose sessions the date filter leaves out are outside the filter, not "not reported".
  await expectDrawn(ranking, 'No selected region reports this metric', 'Outside the filter');
  const rows = await readChartTable(ranking, 'en');
  expect(rows.length).toBeGreaterThan(1);
  expect(rows.filter((r) => r.cells[0]?.text === 'Outside the filter').length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(['Not reported', 'Outside the filter'], row.region).toContain(row.cells[0]?.text);
    await expectDrawn(ranking, (await ranking.locator(`tr[data-region="${row.region}"] th`).innerText()).trim());
  }
  await expectDrawn(chart(page, 'Sessions held by report date'), 'No selected region reports this metric');
});

test('a chart with values draws no empty message', async ({ page }) => {
  await page.goto('./?metric=materials');
  const ranking = chart(page, '各地区发放材料排名');
  await expectDrawn(ranking, '拉萨市');
  expect(await drawnText(ranking)).not.toContain('所选范围内没有地区报告此指标');
  await expect(ranking.locator('summary')).toContainText('点击柱形');
});
