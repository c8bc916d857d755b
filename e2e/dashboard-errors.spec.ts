import { expect, test, type Locator } from './fixtures';

/** Opens the administrator's part of the alert, as one would to read what failed. */
async function technicalDetails(alert: Locator, summary: RegExp): Promise<Locator> {
  await alert.getByText(summary).click();
  const details = alert.locator('details');
  await expect(details).toHaveAttribute('open', '');
  return details;
}

test('a broken data file gives an alert naming the file', async ({ page }) => {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ body: '{"schemaVersion": 1, "regions": [', contentType: 'application/json' }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('看板数据暂时无法载入');
  const details = await technicalDetails(alert, /技术详情/);
  await expect(details).toContainText('data/figures.json');
  await expect(details).toContainText('JSON');
  await expect(page.getByRole('figure')).toHaveCount(0);
});

test('an invalid data file gives an alert naming the file and the field', async ({ page }) => {
  await page.route('**/data/figures.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { figures: Record<string, unknown>[] };
    data.figures[3]!.value = 'many';
    delete data.figures[5]!.metric;
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The dashboard data cannot be loaded');
  const details = await technicalDetails(alert, /Technical details/);
  await expect(details).toContainText('data/figures.json');
  await expect(details.getByRole('listitem').filter({ hasText: 'figures[3].value' })).toBeVisible();
  await expect(details.getByRole('listitem').filter({ hasText: 'figures[5].metric' })).toBeVisible();
  await expect(details).toContainText('does not match');
});

test('a missing data file gives an alert with the HTTP status', async ({ page }) => {
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  const details = await technicalDetails(alert, /技术详情/);
  await expect(details).toContainText('data/figures.json');
  await expect(details).toContainText('404');
});

test('a loading state shows while the data arrives', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/figures.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toBeVisible();
  release();
  await expect(page.getByRole('figure').first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '正在加载数据' })).toHaveCount(0);
});
