/**
 * Throughput of the figure pipeline on one core, next to OpenCC conversion alone on the same text:
 *
 *     npm run bench:extract [-- --reports 10000]
 *
 * The corpus is made from the seed reports (body paragraphs shuffled, numbers varied, a quarter converted
 * to Traditional) with a seeded PRNG, so every run measures the same text. Prints numbers, asserts nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { decodeReport } from '../pipeline/io/decode-report';
import { buildDataset } from '../pipeline/build-dataset';
import { runExtract, serialise } from '../pipeline/run-extract';
import { normalise } from '../pipeline/text/normalise';
import { extractFigures } from '../pipeline/extract/extract-figures';
import { detectRegion } from '../pipeline/regions/detect-region';
import type { InputReport } from '../pipeline/io/read-input-dir';
import { seededRandom } from '../scripts/seeded-random';
import { decodeDocument } from '../pipeline/io/decode-document';
import { makeDocx, makeHtml, makePdf } from '../pipeline/io/fixtures/make-documents';

const { values } = parseArgs({ options: { reports: { type: 'string', default: '10000' } } });
const COUNT = Number(values.reports);
const seedsDir = new URL('../data/reports/', import.meta.url);

function buildCorpus(count: number): { file: string; bytes: Buffer }[] {
  const seeds = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(new URL(n, seedsDir), 'utf8'));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const random = seededRandom(42);
  const corpus: { file: string; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const lines = seeds[i % seeds.length]!.split('\n');
    // Keep the header (title, byline) in place; shuffle the body paragraphs.
    const head = lines.slice(0, 3);
    const body = lines.slice(3);
    for (let j = body.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [body[j], body[k]] = [body[k]!, body[j]!];
    }
    let text = [...head, ...body]
      .join('\n')
      .replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + random())))));
    if (random() < 0.25) text = toTraditional(text);
    corpus.push({ file: `${String(i).padStart(5, '0')}.txt`, bytes: Buffer.from(text, 'utf8') });
  }
  return corpus;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function decodeAll(corpus: { file: string; bytes: Buffer }[]): InputReport[] {
  return corpus.map(({ file, bytes }) => {
    const decoded = decodeReport(bytes);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.reason}`);
    return { file, text: decoded.text, encoding: decoded.encoding };
  });
}

const corpus = buildCorpus(COUNT);
const megabytes = corpus.reduce((s, r) => s + r.bytes.length, 0) / 1e6;
const texts = decodeAll(corpus).map((r) => r.text);

// Warm up both sides so the JIT has compiled the hot paths before timing.
const warm = corpus.slice(0, 200);
buildDataset({ reports: decodeAll(warm) });
const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
for (const t of texts.slice(0, 200)) opencc(t);

const pipeline = time(() => serialise(buildDataset({ reports: decodeAll(corpus) }).dataset));
const openccOnly = time(() => {
  for (const t of texts) opencc(t);
});
const stages = {
  decode: time(() => decodeAll(corpus)).ms,
  normalise: time(() => {
    texts.forEach((t) => normalise(t));
  }).ms,
  'extract figures (incl. its normalise)': time(() => {
    texts.forEach((t) => extractFigures(t));
  }).ms,
  'detect region (incl. normalise)': time(() => {
    texts.forEach((t) => detectRegion(normalise(t).text));
  }).ms,
};

const line = (label: string, ms: number) =>
  `${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${(megabytes / (ms / 1000)).toFixed(1).padStart(6)} MB/s  ${(COUNT / (ms / 1000)).toFixed(0).padStart(6)} reports/s`;

const out = [
  `corpus: ${COUNT} reports, ${megabytes.toFixed(1)} MB (UTF-8), one core`,
  line('whole pipeline (decode → JSON string)', pipeline.ms),
  line('OpenCC tw→cn alone', openccOnly.ms),
  `pipeline / OpenCC alone: ${(pipeline.ms / openccOnly.ms).toFixed(2)}×  (target ≤ 3×, ≥ 10 MB/s)`,
  'stages (each over the whole corpus, for finding where the time goes):',
  ...Object.entries(stages).map(([label, ms]) => line(`  ${label}`, ms)),
  '  (subtract the normalise line from the two stages that include it)',
];

// End to end through the files, as `npm run extract` runs: read folder, build, write figures and texts.
const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
try {
  mkdirSync(join(dir, 'reports'));
  for (const { file, bytes } of corpus) writeFileSync(join(dir, 'reports', file), bytes);
  const start = process.hrtime.bigint();
  await runExtract({ input: join(dir, 'reports'), output: join(dir, 'out', 'figures.json'), corrections: null });
  const e2e = { ms: Number(process.hrtime.bigint() - start) / 1e6 };
  out.push(line('end to end (files in → files out)', e2e.ms));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Reading the other formats costs more than the figures do: per report, on the first seeds as each format.
const FORMAT_SAMPLE = 10;
const sample = texts.slice(0, FORMAT_SAMPLE);
const sampleMb = sample.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
const makers: Record<string, (lines: string[]) => Promise<Uint8Array>> = {
  docx: (lines) => makeDocx(lines),
  pdf: (lines) => makePdf(lines),
  html: (lines) => Promise.resolve(new TextEncoder().encode(makeHtml(lines, 'utf-8'))),
};
out.push(`decoding other formats (${FORMAT_SAMPLE} reports each, text MB/s of what they hold):`);
for (const [format, make] of Object.entries(makers)) {
  const files = await Promise.all(sample.map((t) => make(t.trimEnd().split('\n'))));
  await decodeDocument(`warm.${format}`, files[0]!);
  const start = process.hrtime.bigint();
  for (const [i, bytes] of files.entries()) {
    const decoded = await decodeDocument(`${i}.${format}`, bytes);
    if (!decoded.ok) throw new Error(`${format}: ${decoded.reason}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  out.push(
    `  ${format.padEnd(42)} ${ms.toFixed(0).padStart(7)} ms  ${(sampleMb / (ms / 1000)).toFixed(2).padStart(6)} MB/s  ${(ms / FORMAT_SAMPLE).toFixed(1).padStart(6)} ms/report`,
  );
}
process.stdout.write(`${out.join('\n')}\n`);
