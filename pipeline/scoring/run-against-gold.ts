import type { Dataset, Figure } from '@/lib/figures-schema';
import { buildDataset } from '../build-dataset';
import { type InputDir, readInputDir } from '../io/read-input-dir';
import { type GoldReport, type GoldScore, loadGold, scoreAgainstGold } from './score-against-gold';

export type FoundInDataset = Figure & { file: string };

export interface GoldRun {
  gold: GoldReport[];
  input: InputDir;
  dataset: Dataset;
  /** The dataset's figures, each with its report's file name. */
  found: FoundInDataset[];
  score: GoldScore<FoundInDataset>;
  /** True positives whose qualifier / status is the gold one. */
  qualifierRight: number;
  statusRight: number;
  /** Gold reports whose region the pipeline named otherwise, with the code it named. */
  wrongRegions: { gold: GoldReport; code: string | null | undefined }[];
}

/** Runs the pipeline over a folder of reports, without corrections (they would hide the rules' mistakes), and scores it. */
export async function runAgainstGold(reportsDir: string, goldPath: string): Promise<GoldRun> {
  const gold = loadGold(goldPath);
  const input = await readInputDir(reportsDir);
  const { dataset } = buildDataset({ reports: input.reports });
  const fileOf = new Map(dataset.reports.map((r) => [r.id, r.file]));
  const codeOf = new Map(dataset.reports.map((r) => [r.file, r.regionCode]));
  const found = dataset.figures.map((f) => ({ ...f, file: fileOf.get(f.reportId)! }));
  const score = scoreAgainstGold(gold, found);
  return {
    gold,
    input,
    dataset,
    found,
    score,
    qualifierRight: score.truePositives.filter((t) => t.found.qualifier === t.gold.qualifier).length,
    statusRight: score.truePositives.filter((t) => t.found.status === t.gold.status).length,
    wrongRegions: gold.flatMap((g) => {
      const code = codeOf.get(g.file);
      return code === g.region.code ? [] : [{ gold: g, code }];
    }),
  };
}

/** A summary line, then one line per miss, false positive, wrong qualifier or status, and wrong region. */
export function describeRun(label: string, run: GoldRun): string[] {
  const { score, gold } = run;
  const tp = score.truePositives.length;
  return [
    `${label}: recall ${score.recall.toFixed(3)} (${tp}/${tp + score.misses.length}), ` +
      `precision ${score.precision.toFixed(3)} (${score.falsePositives.length} false positives), ` +
      `regions ${gold.length - run.wrongRegions.length}/${gold.length}, qualifiers ${run.qualifierRight}/${tp}, ` +
      `status ${run.statusRight}/${tp}`,
    ...score.misses.map((m) => `  miss: ${m.file} ${m.metric} ${m.value} «${m.quote}»`),
    ...score.falsePositives.map((f) => `  false positive: ${f.file} ${f.metric} ${f.value} «${f.quote}»`),
    ...score.truePositives
      .filter(({ found, gold: g }) => found.qualifier !== g.qualifier || found.status !== g.status)
      .map(
        ({ found, gold: g }) =>
          `  wrong qualifier/status: ${found.file} ${found.value} ${found.qualifier}/${found.status}, gold ${g.qualifier}/${g.status}`,
      ),
    ...run.wrongRegions.map(
      ({ gold: g, code }) => `  region: ${g.file} ${String(code)}, gold ${g.region.code} ${g.region.name}`,
    ),
  ];
}
