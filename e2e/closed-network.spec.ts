import { expect, test, type Page } from './fixtures';
import { chart, readChartTable } from './dashboard-helpers';
import { chartFigures, openDashboard, saveDownload } from './export-helpers';
import { grid } from './table-helpers';

/**
 * ui-contract "What leaves the page: nothing": the app runs on a closed network. Every request of the
 * context (the dashboard and the print tab it opens) is recorded; one to another origin is refused, as a
 * closed network would, and named in the failure.
 */
test('no control, source or export makes a request outside the app’s origin', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const inside: string[] = [];
  const leaves = (url: string) => {
    const { protocol, origin: at } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && at !== origin;
  };
  context.on('request', (r) => {
    if (leaves(r.url())) outside.push(r.url());
    else inside.push(r.url());
  });
  await context.route('**/*', (route) => (leaves(route.request().url()) ? route.abort() : route.fallback()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The print tab calls print() when ready: count it instead of opening the browser's dialog.
  await context.addInitScript(() => {
    window.print = () => undefined;
  });

  // Load.
  await openDashboard(page);

  // Every filter control, each changed and changed back.
  const metric = page.getByLabel('指标', { exact: true });
  for (const value of ['participants', 'problemsCollected', 'problemsResolved', 'materials', 'sessions']) {
    await metric.selectOption(value);
  }
  const level = page.getByLabel('层级', { exact: true });
  for (const value of ['all', 'province', 'district', 'city']) await level.selectOption(value);

  const regions = page.getByRole('group', { name: '城市', exact: true });
  await regions.getByRole('checkbox').first().check();
  await regions.getByRole('button', { name: /区县$/ }).first().click();
  await regions.getByRole('searchbox').fill('市');
  await regions.getByRole('searchbox').fill('');
  await regions.getByRole('button', { name: '清除', exact: true }).click();

  const categories = page.getByRole('group', { name: '活动类别', exact: true });
  await categories.getByRole('checkbox').first().check();
  await categories.getByRole('button', { name: '清除', exact: true }).click();

  const dates = page.getByRole('group', { name: '报道日期', exact: true });
  await dates.getByLabel('起', { exact: true }).selectOption({ index: 1 });
  await dates.getByLabel('止', { exact: true }).selectOption({ index: 1 });
  await dates.getByRole('checkbox').check();
  await dates.getByRole('button', { name: '清除', exact: true }).click();
  await expect(dates.getByRole('checkbox')).toBeDisabled();
  await level.selectOption('all');

  // A source, from the table (a row, Enter) and from a chart's data table (a value → its figures → one).
  const table = grid(page);
  await table.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  await expectSourceShown(page);
  const figure = chart(page, '各地区开展场次排名');
  await readChartTable(figure);
  await figure.getByRole('table').getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').locator('button[data-figure-id]').first().click();
  await expectSourceShown(page);

  // Every export: a chart's PNG, SVG and copied image, the table's CSV and Excel, the Word report, Export all.
  const first = (await chartFigures(page))[0]!;
  await saveDownload(page, () => first.getByRole('button', { name: '导出PNG', exact: true }).click());
  await saveDownload(page, () => first.getByRole('button', { name: '导出SVG', exact: true }).click());
  await first.getByRole('button', { name: '复制图片', exact: true }).click();
  await expect(first.getByRole('status')).toHaveText(/已复制/, { timeout: 20_000 });
  await saveDownload(page, () => page.getByRole('button', { name: '导出CSV', exact: true }).click());
  await saveDownload(page, () => page.getByRole('button', { name: '导出Excel', exact: true }).click());
  await saveDownload(page, () => page.getByRole('button', { name: '导出Word报告', exact: true }).click());
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: '导出全部', exact: true }).click(),
  ]);
  await expect(report.locator('main.print-report')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  expect(new URL(report.url()).searchParams.get('view')).toBe('print');

  // The recorder saw the app's own traffic (data, a report text, fonts), so an empty list means something.
  expect(inside.some((u) => u.endsWith('/data/figures.json'))).toBe(true);
  expect(inside.some((u) => u.includes('/data/texts/'))).toBe(true);
  expect(inside.some((u) => /\.woff2?$/.test(u))).toBe(true);
  expect(outside).toEqual([]);
});

/** The source dialog shows the report with the figure's quote marked; Escape closes it (and a list under it). */
async function expectSourceShown(page: Page) {
  const source = page.getByRole('dialog', { name: /^原文/ });
  await expect(source.locator('mark')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(source).toBeHidden();
  if (await page.getByRole('dialog').isVisible()) await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test('the built page states its Content-Security-Policy, and the browser enforces it', async ({
  page,
  cspViolations,
}) => {
  await openDashboard(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  // Enforced, not just written down: a request to another origin is refused before it leaves.
  const refused = await page.evaluate(() =>
    fetch('http://example.invalid/').then(
      () => false,
      () => true,
    ),
  );
  expect(refused).toBe(true);
  // ... and reported, as every test's violation check (e2e/fixtures.ts) relies on; expected here, so cleared.
  await expect
    .poll(() => cspViolations.map((v) => `${v.directive} ${v.blocked}`))
    .toEqual(['connect-src http://example.invalid/']);
  cspViolations.length = 0;
});
