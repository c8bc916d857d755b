/**
 * What the built dashboard makes a reader download before the first view, against its budget:
 *
 *     npx vite build && npm run bench:size [-- --dist dist]
 *
 * First view = the entry chunk and every chunk it imports statically (dist/.vite/manifest.json, written by
 * `build.manifest` in vite.config.ts), with their CSS; exports, the Word report and the print view are
 * dynamic imports and load only when used. Sizes are gzip at zlib's default level (what an intranet server's
 * gzip sends, roughly), in kB of 1,000 bytes as Vite prints them. Exits 1 when a budget is exceeded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** The budgets of the first view, gzip kB. */
export const BUDGET_KB = { firstViewJs: 250, firstViewCss: 15 } as const;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist;

let manifest: Record<string, ManifestChunk>;
try {
  manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
} catch {
  console.error(`No ${dist}/.vite/manifest.json: run \`npx vite build\` first.`);
  process.exit(2);
}

/** The entries and their static imports, each once. */
function firstViewChunks(): ManifestChunk[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key]!);
}

const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1000;
const sum = (files: readonly string[]) => files.reduce((total, f) => total + gzipKb(f), 0);

const chunks = firstViewChunks();
const jsFiles = chunks.map((c) => c.file);
const cssFiles = [...new Set(chunks.flatMap((c) => c.css ?? []))];
const allJs = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);

const rows: { label: string; kb: number; budget: number | null; files: string[] }[] = [
  { label: 'first-view JS', kb: sum(jsFiles), budget: BUDGET_KB.firstViewJs, files: jsFiles },
  { label: 'first-view CSS', kb: sum(cssFiles), budget: BUDGET_KB.firstViewCss, files: cssFiles },
  { label: 'total JS', kb: sum(allJs), budget: null, files: [] },
];

let over = false;
for (const { label, kb, budget, files } of rows) {
  const verdict =
    budget === null
      ? 'no budget'
      : kb <= budget
        ? `ok, ${(budget - kb).toFixed(1)} kB to spare`
        : `OVER by ${(kb - budget).toFixed(1)} kB`;
  if (budget !== null && kb > budget) over = true;
  console.log(
    `${label.padEnd(15)} ${kb.toFixed(1).padStart(7)} kB gzip   budget ${budget === null ? '   —' : String(budget).padStart(4)} kB   ${verdict}`,
  );
  for (const f of files) console.log(`  ${f.padEnd(44)} ${gzipKb(f).toFixed(1).padStart(7)} kB gzip`);
}
if (over) process.exitCode = 1;
