import { expect, test } from './fixtures';

test('an invalid data file is explained in the page language, and again on a switch of language', async ({ page }) => {
  await page.route('**/data/figures.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { figures: Record<string, unknown>[] };
    data.figures[3]!.value = 'many';
    await route.fulfill({ response, body: JSON.stringify(data) });
  });
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('看板数据暂时无法载入');
  // The fields are for the administrator, folded under the technical details.
  await alert.getByText('技术详情（供管理员）').click();
  await expect(alert).toContainText('data/figures.json');
  await expect(alert.getByRole('listitem')).toHaveText('figures[3].value：无效输入：期望 数字，实际接收 string');
  await expect(alert).not.toContainText('Invalid input');

  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(alert.getByText('Technical details (for the administrator)')).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(alert.getByRole('listitem')).toHaveText(
    'figures[3].value: Invalid input: expected number, received string',
  );
  await expect(alert).toContainText('does not match the data format');
});
