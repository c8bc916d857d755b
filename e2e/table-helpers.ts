import { expect, type Locator, type Page } from '@playwright/test';
import type { Dataset, Figure, Region } from '@/lib/figures-schema';

export const GRID_NAME = { zh: '数据明细', en: 'Figures' } as const;

/** The data file the built app serves, read as the app reads it (nothing about its content is assumed). */
export async function readDataset(page: Page): Promise<Dataset> {
  const response = await page.request.get('data/figures.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as Dataset;
}

export function grid(page: Page, lang: 'zh' | 'en' = 'zh'): Locator {
  return page.getByRole('grid', { name: GRID_NAME[lang], exact: true });
}

/** Opens the dashboard on every level (the table then lists every figure of the file) unless the query names one. */
export async function openTable(page: Page, query = '', lang: 'zh' | 'en' = 'zh'): Promise<Locator> {
  const everyLevel = query.includes('level=') ? query : `${query ? `${query}&` : '?'}level=all`;
  await page.goto(`./${everyLevel}`);
  const table = grid(page, lang);
  await expect(table).toBeVisible({ timeout: 60_000 });
  return table;
}

/** Rows the grid says it has (aria-rowcount counts the header row), once a deferred search has settled. */
export async function rowCount(table: Locator): Promise<number> {
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  return Number(await table.getAttribute('aria-rowcount')) - 1;
}

/**
 * Figure ids of every row in display order. The grid renders only rows in view, so this scrolls
 * through it and collects rows by their aria-rowindex.
 */
export async function shownFigureIds(table: Locator): Promise<string[]> {
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  return table.evaluate(async (el) => {
    const byIndex = new Map<number, string>();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
    el.scrollTop = 0;
    for (;;) {
      await settle();
      for (const row of el.querySelectorAll<HTMLElement>('[role=row][data-figure-id]')) {
        byIndex.set(Number(row.getAttribute('aria-rowindex')), row.dataset.figureId ?? '');
      }
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += Math.max(1, Math.floor(el.clientHeight * 0.8));
    }
    el.scrollTop = 0;
    return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  });
}

/** Figure ids of the rows currently rendered, top to bottom. */
export async function renderedFigureIds(table: Locator): Promise<string[]> {
  await expect(table).not.toHaveAttribute('aria-busy', 'true');
  return table.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('[role=row][data-figure-id]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((row) => row.dataset.figureId ?? ''),
  );
}

export function cityOf(data: Dataset, figure: Figure): string | undefined {
  return data.regions.find((r: Region) => r.code === figure.regionCode)?.cityCode;
}
