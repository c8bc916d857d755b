import ExcelJS from 'exceljs';
import { expect, test, type Page } from './fixtures';
import { gridRowCount, openDashboard, parseCsv, saveDownload } from './export-helpers';
import { readDataset, shownFigureIds } from './table-helpers';
const GRID = /^(数据明细|Figures)$/;

/** A region that has figures, and a word from one of its quotes: a filter plus a search that leave some rows. */
async function filterAndSearch(page: Page, lang: 'zh' | 'en') {
  const data = await readDataset(page);
  const counts = new Map<string, number>();
  for (const f of data.figures) {
    if (f.regionCode === null) continue;
    const city = data.regions.find((r) => r.code === f.regionCode)?.cityCode ?? f.regionCode;
    counts.set(city, (counts.get(city) ?? 0) + 1);
  }
  const [city] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  await openDashboard(page, `?regions=${city}${lang === 'en' ? '&lang=en' : ''}`);
  const unfiltered = data.figures.length;
  // The address is applied by an effect after the first render: wait for the city filter to take hold.
  await expect.poll(() => gridRowCount(page, GRID)).toBeLessThan(unfiltered);
  const filtered = await gridRowCount(page, GRID);
  // A two-character word from a figure of that city, so the search narrows but does not empty the table.
  const inCity = data.figures.filter(
    (f) => (data.regions.find((r) => r.code === f.regionCode)?.cityCode ?? '') === city,
  );
  const word = inCity[0]!.activity.slice(0, 2);
  const searchbox = page.getByRole('searchbox', { name: lang === 'zh' ? '搜索' : 'Search', exact: true });
  await searchbox.fill(word);
  await expect(searchbox).toHaveValue(word);
  // gridRowCount waits out aria-busy, which the grid holds while the deferred search is still running.
  const shown = await gridRowCount(page, GRID);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(filtered);
  test.info().annotations.push({
    type: 'rows',
    description: `all ${unfiltered}, city ${city} ${filtered}, search "${word}" ${shown}`,
  });
  const region = data.regions.find((r) => r.code === city)!;
  const cityName = lang === 'zh' ? region.name : region.nameEn.replace(/\s+/g, '-');
  return { shown, word, cityName, figures: new Map(data.figures.map((f) => [f.id, f])) };
}

async function visibleFirstRowCells(page: Page): Promise<string[]> {
  const row = page.getByRole('grid', { name: GRID }).getByRole('row').nth(1);
  return (await row.getByRole('gridcell').allInnerTexts()).map((t) => t.trim());
}

test('CSV holds exactly the rows the table shows after a filter and a search, with BOM and CRLF', async ({ page }) => {
  const dataset = await readDataset(page);
  const { shown, figures, cityName } = await filterAndSearch(page, 'zh');
  const { download, bytes } = await saveDownload(page, () =>
    page.getByRole('button', { name: '导出CSV', exact: true }).click(),
  );
  // The name says the filter, so a folder of exports reads without opening them.
  expect(download.suggestedFilename()).toBe(`党史学习教育_${cityName}_数据明细_${dataset.asOf ?? ''}.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.endsWith('\r\n')).toBe(true);
  const records = parseCsv(text);
  expect(records.length).toBe(shown + 1);
  const header = records[0]!;
  expect(header).toContain('数值');
  expect(header).toContain('限定');
  // Row for row the figures the grid shows, in its order. (Not "every row holds the word": the search also
  // matches category names and Traditional spellings, which the CSV does not carry.)
  const ids = await shownFigureIds(page.getByRole('grid', { name: GRID }));
  expect(ids.length).toBe(shown);
  const activity = header.indexOf('活动');
  const quote = header.indexOf('原文摘录');
  expect(records.slice(1).map((r) => [r[activity], r[quote]])).toEqual(
    ids.map((id) => [figures.get(id)?.activity, figures.get(id)?.quote]),
  );
  // Each row names its report, so a printed sheet can be traced without the dashboard.
  const reports = new Map(dataset.reports.map((r) => [r.id, r]));
  const sourceColumns = ['报道单位', '报道标题', '发布媒体', '链接'].map((h) => header.indexOf(h));
  expect(sourceColumns.every((i) => i >= 0)).toBe(true);
  expect(header).toContain('活动类别');
  expect(records.slice(1).map((r) => sourceColumns.map((i) => r[i]))).toEqual(
    ids.map((id) => {
      const report = reports.get(figures.get(id)?.reportId ?? '');
      return [report?.reportingUnit, report?.title, report?.publisher, report?.url].map((v) => v ?? '');
    }),
  );
  const first = await visibleFirstRowCells(page);
  expect(records[1]![0]).toBe(first[0]);
  // Values are plain numbers, the qualifier in its own column.
  const valueColumn = header.indexOf('数值');
  for (const r of records.slice(1)) expect(r[valueColumn]).toMatch(/^\d+(\.\d+)?$/);
});

test('CSV follows the table sort order', async ({ page }) => {
  await openDashboard(page);
  const grid = page.getByRole('grid', { name: GRID });
  await grid.getByRole('columnheader', { name: /数值/ }).getByRole('button').click();
  await expect(grid.getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', /ending/);
  const direction = await grid.getByRole('columnheader', { name: /数值/ }).getAttribute('aria-sort');
  const { bytes } = await saveDownload(page, () => page.getByRole('button', { name: '导出CSV', exact: true }).click());
  const records = parseCsv(bytes.toString('utf8').slice(1));
  const col = records[0]!.indexOf('数值');
  const values = records.slice(1).map((r) => Number(r[col]));
  const expected = [...values].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
  expect(values).toEqual(expected);
  expect(records.length - 1).toBe(await gridRowCount(page, GRID));
});

for (const lang of ['zh', 'en'] as const) {
  test(`Excel export holds the same rows with numeric values and a sheet about the filters (${lang})`, async ({
    page,
  }) => {
    const dataset = await readDataset(page);
    const { shown, cityName } = await filterAndSearch(page, lang);
    const { download, bytes } = await saveDownload(page, () =>
      page.getByRole('button', { name: lang === 'zh' ? '导出Excel' : 'Export Excel', exact: true }).click(),
    );
    expect(download.suggestedFilename()).toBe(
      lang === 'zh'
        ? `党史学习教育_${cityName}_数据明细_${dataset.asOf ?? ''}.xlsx`
        : `Party-history-campaign_${cityName}_Figures_${dataset.asOf ?? ''}.xlsx`,
    );
    const { bytes: csvBytes } = await saveDownload(page, () =>
      page.getByRole('button', { name: lang === 'zh' ? '导出CSV' : 'Export CSV', exact: true }).click(),
    );
    const csv = parseCsv(csvBytes.toString('utf8').slice(1));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.length).toBe(3);
    const sheet = wb.worksheets[1]!;
    expect(sheet.rowCount).toBe(shown + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(csv[0]);
    const valueCol = header.indexOf(lang === 'zh' ? '数值' : 'Value') + 1;
    expect(valueCol).toBeGreaterThan(0);
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(valueCol);
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.value).toBe(Number(csv[r - 1]![valueCol - 1]));
      // A format ending in "." or ".##" shows whole numbers as "1,145." in Excel and WPS.
      expect(cell.numFmt).not.toMatch(/\.#*$/);
    }
    const dateCol = header.indexOf(lang === 'zh' ? '日期' : 'Date') + 1;
    const dated = (sheet.getColumn(dateCol).values as unknown[]).slice(2).filter((v) => v !== null && v !== undefined);
    for (const v of dated) expect(v).toBeInstanceOf(Date);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });

    // The summary's totals are the headline cards' totals.
    const summary = wb.worksheets[0]!;
    const summaryRows = (summary.getSheetValues() as unknown[]).filter((r): r is unknown[] => Array.isArray(r));
    const summaryHeader = summaryRows.find((r) => r[1] === (lang === 'zh' ? '地区' : 'Region'))!;
    const total = summaryRows.find((r) => r[1] === (lang === 'zh' ? '合计' : 'Total'))!;
    for (const metric of ['sessions', 'problemsCollected', 'problemsResolved'] as const) {
      const card = await page.locator(`.card[data-metric=${metric}] .card-value`).getAttribute('data-value');
      const label = {
        sessions: { zh: '开展场次', en: 'Sessions held' },
        problemsCollected: { zh: '收集问题', en: 'Problems collected' },
        problemsResolved: { zh: '解决问题', en: 'Problems resolved' },
      }[metric][lang];
      const col = summaryHeader.findIndex((h) => typeof h === 'string' && h.startsWith(label));
      expect(col).toBeGreaterThan(0);
      expect(total[col] ?? null).toBe(card === null ? null : Number(card));
    }
    // Person-times and people in columns of their own, never one added-up participants column.
    expect(summaryHeader.filter((h) => typeof h === 'string' && /人次|person-times/.test(h))).toHaveLength(1);
    expect(summaryHeader.filter((h) => typeof h === 'string' && /参与人数|\(people\)/.test(h))).toHaveLength(1);
    const about = wb.worksheets[2]!;
    const aboutText = (about.getColumn(2).values as unknown[]).join('\n');
    expect(aboutText).toContain(lang === 'zh' ? '搜索' : 'Search');
    // The source has its own labelled row, and its value does not repeat the label.
    const rows = (about.getSheetValues() as unknown[]).filter((r): r is unknown[] => Array.isArray(r));
    const source = rows.find((r) => r[1] === (lang === 'zh' ? '数据来源' : 'Source'));
    expect(String(source?.[2])).toContain(String(dataset.reports.length));
    expect(String(source?.[2])).not.toMatch(/^(数据来源|Source)/);
  });
}

test('export code loads on first use, not with the first page', async ({ page }) => {
  // Bodies arrive after the response event: keep their promises, so a check can wait for every body so far
  // (reading the map straight after a download raced with the exceljs chunk's body under load).
  const scripts = new Map<string, string>();
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) {
      bodies.push(
        response.text().then(
          (code) => void scripts.set(response.url(), code),
          () => undefined,
        ),
      );
    }
  });
  const loadedScripts = async () => {
    await Promise.all(bodies);
    return [...scripts.entries()];
  };
  const outside: string[] = [];
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin;
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) outside.push(r.url());
  });
  await openDashboard(page);
  await page.waitForLoadState('networkidle');
  const firstLoad = new Map(await loadedScripts());
  expect(firstLoad.size).toBeGreaterThan(0);
  // Strings only exceljs and the off-screen renderer contain.
  const isExcel = (code: string) => code.includes('sharedStrings') && code.includes('worksheets');
  const isRenderer = (code: string) => code.includes('canvas.toBlob returned nothing');
  for (const code of firstLoad.values()) {
    expect(isExcel(code)).toBe(false);
    expect(isRenderer(code)).toBe(false);
  }

  await saveDownload(page, () => page.getByRole('button', { name: '导出Excel', exact: true }).click());
  const excelLoaded = async () => (await loadedScripts()).some(([url, code]) => !firstLoad.has(url) && isExcel(code));
  await expect.poll(excelLoaded).toBe(true);

  const figure = page
    .getByRole('figure')
    .filter({ has: page.getByRole('button', { name: '导出PNG' }) })
    .first();
  await saveDownload(page, () => figure.getByRole('button', { name: '导出PNG', exact: true }).click());
  await expect.poll(async () => (await loadedScripts()).some(([, code]) => isRenderer(code))).toBe(true);
  expect(outside).toEqual([]);
});
