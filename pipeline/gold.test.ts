import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldTests } from './scoring/gold-tests';
import { runAgainstGold } from './scoring/run-against-gold';

/** The five seed reports and what a careful reader finds in them (../shared/spec/seed-gold.json). */
const seeds = fileURLToPath(new URL('../../shared/seeds', import.meta.url));
const goldPath = fileURLToPath(new URL('../../shared/spec/seed-gold.json', import.meta.url));

const run = await runAgainstGold(seeds, goldPath);

describe('pipeline on the seed reports against the gold annotations', () => {
  goldTests('gold', run, { recall: 0.95, precision: 0.95 });

  it.each(run.gold.map((g) => [g.file, g] as const))('reads the title, unit, publisher and date of %s', (file, g) => {
    const report = run.dataset.reports.find((r) => r.file === file);
    expect({
      title: report?.title,
      reportingUnit: report?.reportingUnit,
      publisher: report?.publisher,
      publishedAt: report?.publishedAt,
    }).toEqual({ title: g.title, reportingUnit: g.reportingUnit, publisher: g.publisher, publishedAt: g.publishedAt });
  });
});
