import ExcelJS from 'exceljs';
import { expect, test, type Page } from './fixtures';
import { dataset, fig, region, report } from '@/lib/testing/dataset-fixture';
import { chart, readChartTable } from './dashboard-helpers';
import { parseCsv, saveDownload } from './export-helpers';

/*
 * Issue 8's rules on a dataset made for them: a city (武汉市) with two districts (one undated), a city covered
 * only by a bureau's report (绍兴市), a city whose only sessions figure is a plan (拉萨市), person-times and
 * people, and talks and self-examination findings kept as `other`.
 */
const wuhan = region('420100', '武汉市', 'Wuhan');
const data = dataset({
  regions: [
    wuhan,
    region('420102', '江岸区', 'Jiang’an District', wuhan),
    region('420114', '蔡甸区', 'Caidian District', wuhan),
    region('330600', '绍兴市', 'Shaoxing'),
    region('540100', '拉萨市', 'Lhasa'),
  ],
  reports: [
    report('r-a1', '420100', '2021-06-10', { title: '武汉市报道' }),
    report('r-a2', '420102', '2021-05-01', { title: '江岸区报道' }),
    report('r-a3', '420114', null, { title: '蔡甸区报道' }),
    report('r-a4', '330600', '2021-07-01', { title: '市文广旅游局报道', reportingUnit: '绍兴市文化广电旅游局' }),
    report('r-a5', '540100', '2021-07-02', { title: '拉萨市报道' }),
  ],
  figures: [],
});
data.figures = [
  fig('r-a1', '420100', { value: 100, unit: '场', activity: '集中学习' }),
  fig('r-a1', '420100', { metric: 'other', value: 200, unit: '次', activity: '谈心谈话' }),
  fig('r-a1', '420100', { metric: 'other', value: 50, unit: '条', activity: '检视问题' }),
  fig('r-a1', '420100', { metric: 'participants', value: 5000, unit: '人次', activity: '集中学习' }),
  fig('r-a1', '420100', { metric: 'participants', value: 300, unit: '名', activity: '培训' }),
  fig('r-a2', '420102', { value: 40, unit: '场' }),
  fig('r-a3', '420114', { value: 60, unit: '场' }),
  fig('r-a3', '420114', { metric: 'participants', value: 800, unit: '人', activity: '宣讲' }),
  fig('r-a4', '330600', { value: 7, unit: '次', activity: '宣讲党课' }),
  fig('r-a5', '540100', {
    value: 4,
    unit: '次',
    qualifier: 'atLeast',
    valueText: '不少于4',
    status: 'planned',
    activity: '中心组学习',
  }),
];
const json = JSON.stringify(data);

async function open(page: Page, query = '') {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ body: json, contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto(`./${query}`);
  await expect(page.getByRole('figure').first()).toBeVisible();
}

const RANKING = '各地区开展场次排名';
const bureau = '绍兴市 · 文化广电旅游局';

test('cities are compared with cities by default; a bureau’s bar says so; talks are not sessions', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('combobox', { name: '层级', exact: true })).toHaveValue('city');
  const figure = chart(page, RANKING);
  const rows = await readChartTable(figure);
  // Districts are another level: not beside the cities. Wuhan's 100 sessions leave its 200 talks out.
  expect(rows.map((r) => r.region)).toEqual(['420100', '330600', '540100']);
  expect(rows[0]?.cells[0]?.value).toBe(100);
  await expect(figure.locator('tbody tr[data-region="330600"] th')).toHaveText(bureau);
  await expect(page.locator('[data-note="coverage"]')).toContainText(bureau);

  // Lhasa's only sessions figure is planned: 未报告, and its dialog says why and shows 不少于4.
  expect(rows[2]?.cells[0]?.text).toBe('未报告');
  await figure.locator('tbody tr[data-region="540100"] td button').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('[data-reason]')).toHaveAttribute('data-reason', 'plannedOnly');
  await expect(dialog).toContainText('不少于4次');
  await dialog.getByRole('button', { name: '关闭' }).click();

  // Wuhan's value lists the one figure it sums.
  await figure.locator('tbody tr[data-region="420100"] td button').click();
  await expect(page.getByRole('dialog').locator('[data-figure-id]')).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: '层级', exact: true }).selectOption('district');
  await expect(page).toHaveURL(/level=district/);
  const districts = await readChartTable(chart(page, RANKING));
  expect(districts.map((r) => r.region)).toEqual(['420114', '420102']);
});

test('person-times and people are two measures, never one number', async ({ page }) => {
  await open(page, '?metric=participants&level=all');
  await expect(page.locator('.card[data-metric=personTimes] .card-value')).toHaveAttribute('data-value', '5000');
  await expect(page.locator('.card[data-metric=people] .card-value')).toHaveAttribute('data-value', '1100');
  const personTimes = await readChartTable(chart(page, '各地区参与人次排名'));
  expect(personTimes.find((r) => r.region === '420100')?.cells[0]?.value).toBe(5000);
  const caidian = personTimes.find((r) => r.region === '420114');
  expect(caidian?.cells[0]?.text).toBe('未报告');
  await chart(page, '各地区参与人次排名').locator('tbody tr[data-region="420114"] td button').click();
  await expect(page.getByRole('dialog').locator('[data-reason]')).toHaveAttribute('data-reason', 'otherMeasure');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: '计量', exact: true }).selectOption('people');
  await expect(page).toHaveURL(/measure=people/);
  const people = await readChartTable(chart(page, '各地区参与人数排名'));
  expect(people.find((r) => r.region === '420114')?.cells[0]?.value).toBe(800);
  expect(people.find((r) => r.region === '420100')?.cells[0]?.value).toBe(300);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.card[data-metric=people] dt')).toHaveText('Participants (people)');
  await expect(page.locator('.card[data-metric=personTimes] dt')).toHaveText('Participants (person-times)');
});

test('an undated report under a date filter is outside the filter, one click brings it back', async ({ page }) => {
  await open(page, '?level=district&from=2021-05-01');
  const figure = chart(page, RANKING);
  let rows = await readChartTable(figure);
  expect(rows.find((r) => r.region === '420114')?.cells[0]?.text).toBe('不在筛选范围');
  await expect(figure.locator('.chart-note')).toContainText('筛选条件未计入1项数据');

  const svg = await saveDownload(page, () => figure.getByRole('button', { name: '导出SVG', exact: true }).click());
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('不在筛选范围');
  expect(svgText).toContain('未注明日期的报道不在其内');

  await page.getByRole('checkbox', { name: '含未注明日期的报道' }).check();
  await expect(page).toHaveURL(/undated=include/);
  rows = await readChartTable(figure);
  expect(rows.find((r) => r.region === '420114')?.cells[0]?.value).toBe(60);
});

test('exports name the bureau beside its city, in the image, the CSV and the Excel file', async ({ page }) => {
  await open(page);
  const figure = chart(page, RANKING);
  const svg = await saveDownload(page, () => figure.getByRole('button', { name: '导出SVG', exact: true }).click());
  expect(svg.bytes.toString('utf8')).toContain(bureau);

  const csv = await saveDownload(page, () => page.getByRole('button', { name: '导出CSV', exact: true }).click());
  const table = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const regionColumn = table[0]!.indexOf('地区');
  expect(regionColumn).toBeGreaterThanOrEqual(0);
  const shaoxing = table.filter((row) => row[regionColumn]?.startsWith('绍兴市'));
  expect(shaoxing.length).toBeGreaterThan(0);
  for (const row of shaoxing) expect(row[regionColumn]).toBe(bureau);
  // A planned lower bound keeps the report's word for it.
  const qualifierColumn = table[0]!.indexOf('限定');
  const lhasa = table.find((row) => row[regionColumn] === '拉萨市');
  expect(lhasa?.[qualifierColumn]).toBe('不少于');

  const xlsx = await saveDownload(page, () => page.getByRole('button', { name: '导出Excel', exact: true }).click());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  wb.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        texts.push(cell.text);
      });
    });
  });
  expect(texts).toContain(bureau);
});
