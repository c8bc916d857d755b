import { expect, test } from './fixtures';

test('a missing data file can be retried in place once the server has it again', async ({ page }) => {
  let requests = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/figures.json', async (route) => {
    requests += 1;
    if (requests === 1) return route.fulfill({ status: 404, body: 'Not found' });
    // Held, so the loading state of the retry can be seen before the data arrives.
    await held;
    return route.continue();
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('请稍后重试；如仍无法打开，请联系本单位信息管理员。');
  // A marker on the window survives only if the retry does not reload the page.
  await page.evaluate(() => Object.assign(window, { __beforeRetry: true }));

  await alert.getByRole('button', { name: '重试' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在重新载入数据' })).toBeVisible();
  await expect(alert).toHaveCount(0);
  release();

  await expect(page.getByRole('figure').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(requests).toBe(2);
  expect(await page.evaluate(() => (window as { __beforeRetry?: boolean }).__beforeRetry)).toBe(true);
});

test('a retry that fails again shows the alert again, with the focus on Retry', async ({ page }) => {
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 503, body: 'Unavailable' }));
  await page.goto('./?lang=en');
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  const retry = page.getByRole('alert').getByRole('button', { name: 'Retry' });
  await expect(retry).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('The dashboard data cannot be loaded at the moment.');
});

test('the technical details give the administrator the address, the status and the reason', async ({
  page,
  baseURL,
}) => {
  await page.route('**/data/figures.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  const details = alert.locator('details');
  // Folded away: the official reads the plain message first.
  await expect(details).not.toHaveAttribute('open');
  await expect(details.getByText('HTTP status')).toBeHidden();

  await details.getByText('Technical details (for the administrator)').click();
  await expect(details.getByRole('definition')).toHaveText([
    new URL('data/figures.json', baseURL).href,
    '404',
    'Cannot read the data file data/figures.json: the server answered HTTP 404.',
  ]);
  await expect(details).toContainText('npm run extract');

  await page.getByRole('button', { name: '中文', exact: true }).click();
  await expect(details).toContainText('技术详情（供管理员）');
  await expect(details).toContainText('无法读取数据文件 data/figures.json：服务器返回 HTTP 404。');
});
