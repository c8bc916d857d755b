/**
 * Development tool: runs extractFigures over the seed reports and scores it against seed-gold.json by
 * (file, metric, value) on non-optional gold figures; an extracted figure matching an optional gold figure
 * (metric or one of its alt metrics) counts neither way. Prints misses and false positives.
 *
 *   npx tsx pipeline/extract/score-seeds.ts [seedDir] [goldFile] [--all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures, type ExtractedFigure } from './extract-figures';

interface GoldFigure {
  metric: string;
  value: number;
  quote: string;
  optional: boolean;
  alt: string[];
}
interface GoldReport {
  file: string;
  figures: GoldFigure[];
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showAll = process.argv.includes('--all');
const seedDir = args[0] ?? '/work/shared/seeds';
const goldFile = args[1] ?? '/work/shared/spec/seed-gold.json';
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldReport[];

let truePositives = 0;
let falsePositives = 0;
let goldRequired = 0;
let found = 0;
for (const file of readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const stored = readFileSync(join(seedDir, file), 'utf8');
  const figures = extractFigures(stored);
  const goldFigures = gold.find((g) => g.file === file)?.figures ?? [];
  const required = goldFigures.filter((g) => !g.optional);
  goldRequired += required.length;
  const matches = (f: ExtractedFigure, g: GoldFigure): boolean =>
    g.value === f.value && (g.metric === f.metric || (g.optional && g.alt.includes(f.metric)));
  const usedGold = new Set<GoldFigure>();
  console.log(`\n== ${file}: ${figures.length} extracted, ${required.length} required gold`);
  for (const f of figures) {
    const g = goldFigures.find((x) => !usedGold.has(x) && matches(f, x));
    const tag = g ? (g.optional ? 'opt' : 'ok ') : 'FP ';
    if (g) usedGold.add(g);
    if (g && !g.optional) truePositives++;
    if (!g) falsePositives++;
    if (showAll || !g) {
      console.log(
        `  ${tag} ${f.metric.padEnd(17)} ${String(f.value).padStart(8)} ${f.qualifier.padEnd(7)} ${f.unit.padEnd(3)} ` +
          `[${f.status}/${f.category}] ${f.activity} | ${f.quote}`,
      );
    }
  }
  for (const g of required) {
    if (usedGold.has(g)) found++;
    else console.log(`  MISS ${g.metric} ${g.value} | ${g.quote}`);
    const f = figures.find((x) => matches(x, g));
    if (f && !f.quote.includes(g.quote) && !g.quote.includes(f.quote)) {
      console.log(`  QUOTE ${g.value}: gold «${g.quote}» vs «${f.quote}»`);
    }
  }
}
const precision = truePositives / Math.max(1, truePositives + falsePositives);
const recall = found / Math.max(1, goldRequired);
console.log(
  `\nrecall ${recall.toFixed(3)} (${found}/${goldRequired})  precision ${precision.toFixed(3)} (${truePositives}/${truePositives + falsePositives})`,
);
