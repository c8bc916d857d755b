import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { chartFigures, openDashboard, saveDownload } from './export-helpers';
import { readDataset } from './table-helpers';

/** The text of a Word XML part, paragraph by paragraph (runs joined, entities decoded). */
function paragraphs(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    decode((p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  );
}

for (const lang of ['zh', 'en'] as const) {
  test(`Export Word report: title, cards, one caption and image per chart, the table, caveats and sources (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const dataset = await readDataset(page);
    await openDashboard(page, lang === 'en' ? '?lang=en&level=all' : '?level=all');
    const charts = await chartFigures(page);
    const cards = await page.locator('.card .card-value').allInnerTexts();
    const { download, bytes } = await saveDownload(page, () =>
      page.getByRole('button', { name: lang === 'zh' ? '导出Word报告' : 'Export Word report', exact: true }).click(),
    );
    expect(download.suggestedFilename()).toBe(
      lang === 'zh'
        ? `党史学习教育_全部地区_开展场次_${dataset.asOf ?? ''}.docx`
        : `Party-history-campaign_All-regions_Sessions-held_${dataset.asOf ?? ''}.docx`,
    );
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = paragraphs(xml);
    const all = text.join('\n');
    expect(text[0]).toBe(
      lang === 'zh' ? '党史学习教育开展情况统计' : 'Party-history learning campaign: figures by region',
    );
    // The headline figures as the cards show them, qualifiers included.
    for (const card of cards) expect(all.replace(/\s+/g, '')).toContain(card.replace(/\s+/g, ''));
    // One numbered caption per chart, and an image for each.
    const captions = text.filter((p) => (lang === 'zh' ? /^图\d+ / : /^Figure \d+\. /).test(p));
    expect(captions).toHaveLength(charts.length);
    const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media).toHaveLength(charts.length);
    // Region by region, and the total row.
    const rows = xml.match(/<w:tr[ >]/g) ?? [];
    const regionsWithFigures = new Set(dataset.figures.filter((f) => f.status === 'done').map((f) => f.regionCode));
    expect(rows.length).toBeGreaterThanOrEqual(regionsWithFigures.size + 2);
    expect(text).toContain(lang === 'zh' ? '合计' : 'Total');
    // The caveats: measures kept apart, undated figures left out of the time chart, levels.
    expect(all).toMatch(lang === 'zh' ? /不相加/ : /never added together/);
    expect(all).toMatch(lang === 'zh' ? /未注明日期/ : /without a date/);
    expect(all).toMatch(lang === 'zh' ? /层级不同/ : /different levels/);
    // Every report is listed (all have figures here), by its title where it has one, with its publisher and date.
    const sources = text.filter((p) => /^\[\d+\] /.test(p));
    expect(sources).toHaveLength(dataset.reports.length);
    for (const report of dataset.reports.filter((r) => r.title !== null)) {
      const line = sources.find((p) => p.includes(report.title ?? ''));
      expect(line, report.title ?? report.id).toBeDefined();
      expect(line).toContain(report.publisher ?? '');
      expect(line).toContain(report.publishedAt ?? '');
    }
    // Page numbers in the footer.
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/footer\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(footers.join('')).toContain('PAGE');
  });
}
