import { expect, type Locator, type Page } from '@playwright/test';
import type { Dataset, Figure } from '@/lib/figures-schema';

export const TITLES = {
  ranking: { zh: (metric: string) => `各地区${metric}排名`, en: (metric: string) => `${metric} by region` },
};

export interface Expected {
  value: number;
  qualifier: Figure['qualifier'];
}

/**
 * The test's own oracle, written from figures.md rather than from app code: done figures of the
 * metric in the regions a selection covers (a city code covers its districts), summed per region,
 * approximate if any part is, else at-least if any part is. A sub-count (partOf) is inside its done
 * total, which is in the same report and so the same region: it is not added again.
 */
export function expectedByRegion(data: Dataset, selected: string[], metric: Figure['metric']): Map<string, Expected> {
  const done = new Set(data.figures.filter((f) => f.status === 'done').map((f) => f.id));
  const covered = (code: string) => {
    if (selected.length === 0) return true;
    const region = data.regions.find((r) => r.code === code);
    return selected.includes(code) || (region !== undefined && selected.includes(region.cityCode));
  };
  const out = new Map<string, Expected>();
  for (const f of data.figures) {
    if (f.metric !== metric || f.status !== 'done' || f.regionCode === null || !covered(f.regionCode)) continue;
    // Participants are charted in one measure at a time, person-times by default: never added to people.
    if (metric === 'participants' && f.measure !== 'personTimes') continue;
    if (f.partOf !== undefined && done.has(f.partOf)) continue;
    const prev = out.get(f.regionCode) ?? { value: 0, qualifier: 'exact' as const };
    const qualifier =
      prev.qualifier === 'approx' || f.qualifier === 'approx'
        ? 'approx'
        : prev.qualifier === 'atLeast' || f.qualifier === 'atLeast'
          ? 'atLeast'
          : 'exact';
    out.set(f.regionCode, { value: prev.value + f.value, qualifier });
  }
  return out;
}

/** Regions that have a report and fall under the selection: the rows a by-region chart must list. */
export function reportingRegions(data: Dataset, selected: string[]): string[] {
  const codes = new Set(data.reports.map((r) => r.regionCode));
  return data.regions
    .filter((r) => codes.has(r.code))
    .filter((r) => selected.length === 0 || selected.includes(r.code) || selected.includes(r.cityCode))
    .map((r) => r.code);
}

export function chart(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

export interface ChartRow {
  region: string;
  cells: { text: string; value: number | null; qualifier: string | null }[];
}

/** Opens a chart's data table (a disclosure under the chart) and reads it. */
export async function readChartTable(figure: Locator, lang: 'zh' | 'en' = 'zh'): Promise<ChartRow[]> {
  const details = figure.locator('details');
  const summary = details.locator('summary');
  await expect(summary).toContainText(lang === 'zh' ? '数据表' : 'Data table');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
  const table = figure.getByRole('table');
  await expect(table).toBeVisible();
  return table.locator('tbody tr').evaluateAll((rows) =>
    rows.map((tr) => ({
      region: tr.getAttribute('data-region') ?? '',
      cells: [...tr.querySelectorAll('td')].map((td) => ({
        text: td.textContent.trim(),
        value: td.hasAttribute('data-value') ? Number(td.getAttribute('data-value')) : null,
        qualifier: td.getAttribute('data-qualifier'),
      })),
    })),
  );
}
