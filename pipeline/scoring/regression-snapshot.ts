import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@/lib/figures-schema';

export const regressionDir = fileURLToPath(new URL('../__regression__', import.meta.url));
export const regressionReports = join(regressionDir, 'reports');
export const regressionGold = join(regressionDir, 'gold.json');
export const expectedDir = join(regressionDir, 'expected');

/** The expected-output file of a report: its name with .json added (1102_x.pdf → 1102_x.pdf.json). */
export const expectedPath = (file: string) => join(expectedDir, `${file}.json`);

/**
 * Everything the pipeline says about one report, for a golden file: its region and metadata, and every figure
 * in text order with all its fields (ids included: they derive from the file name and offsets, so a changed id
 * is a moved quote). Fields repeated from the report on each figure are left out.
 */
export function snapshotOf(dataset: Dataset, file: string): unknown {
  const report = dataset.reports.find((r) => r.file === file);
  if (!report) return null;
  const { id, textPath, ...fields } = report;
  return {
    report: fields,
    textName: textPath,
    figures: dataset.figures
      .filter((f) => f.reportId === id)
      .map(({ reportId: _reportId, regionCode: _regionCode, ...rest }) => rest),
  };
}

/** Serialised as the golden files are: stable key order, one field a line, a final newline. */
export const serialiseSnapshot = (snapshot: unknown) => `${JSON.stringify(snapshot, null, 1)}\n`;

/** The golden files present, by report file name. */
export function expectedFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(expectedDir).filter((n) => n.endsWith('.json'))) {
    out.set(name.slice(0, -'.json'.length), readFileSync(join(expectedDir, name), 'utf8'));
  }
  return out;
}
