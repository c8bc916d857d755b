import { describe, expect, it } from 'vitest';
import { goldTests } from './scoring/gold-tests';
import { runAgainstGold } from './scoring/run-against-gold';
import {
  expectedFiles,
  regressionGold,
  regressionReports,
  serialiseSnapshot,
  snapshotOf,
} from './scoring/regression-snapshot';

/*
 * The regression corpus: reports the rules have been written against, batch by batch (their history and how to
 * add a batch: __regression__/README.md). A score on them says that nothing that once worked broke, not how the
 * rules do on reports they have not seen; a new batch's first run says that. The floors are a margin below 1.000; the golden files below catch any change at all.
 */
const RECALL_FLOOR = 0.98;
const PRECISION_FLOOR = 0.98;

const run = await runAgainstGold(regressionReports, regressionGold);

describe('pipeline on the regression corpus', () => {
  goldTests('regression', run, { recall: RECALL_FLOOR, precision: PRECISION_FLOOR });
});

describe('pipeline output per report equals its golden file (npm run regression:update, then review the diff)', () => {
  const expected = expectedFiles();

  it('has a golden file for every report and none for a report that is gone', () => {
    expect([...expected.keys()].sort()).toEqual(run.dataset.reports.map((r) => r.file).sort());
  });

  it.each(run.dataset.reports.map((r) => [r.file] as const))('%s', (file) => {
    expect(serialiseSnapshot(snapshotOf(run.dataset, file))).toBe(expected.get(file));
  });
});
