/**
 * How fast the built dashboard opens on a large dataset, in a real browser:
 *
 *     npx vite build && npm run bench:page [-- --figures 100000 --runs 3 --profile]
 *
 * Serves dist/ with `vite preview`, answers data/figures.json with a dataset from scripts/gen-large.ts,
 * and prints per run: ms to the first chart drawn (pixels on its canvas), ms to the figures table,
 * and the page's DOM element count (whole page and per part). --profile also prints the functions
 * with the most self time during load (Chrome's CPU profiler), to see what the time is spent on.
 */
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { generateLargeDataset } from '../scripts/gen-large';

const { values } = parseArgs({
  options: {
    figures: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4179' },
    profile: { type: 'boolean', default: false },
    // e.g. a `npx vite build --minify false --outDir /tmp/dist-plain` build, for readable profiles.
    dist: { type: 'string', default: 'dist' },
  },
});
const figures = Number(values.figures);
const runs = Number(values.runs);
const base = `http://127.0.0.1:${values.port}/`;

const json = JSON.stringify(generateLargeDataset({ figures, seed: 1 }).dataset);
console.log(`${figures} figures, ${(json.length / 1e6).toFixed(1)} MB of JSON`);

const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', values.dist, '--host', '127.0.0.1', '--port', values.port, '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${base}`);
}

/**
 * Runs in the page before its scripts: notes when the first chart canvas first has pixels on it.
 * A string, not a function: tsx's name helpers would not exist inside the page.
 */
const watchFirstChart = `
  const check = () => {
    const canvas = document.querySelector('figure canvas');
    const ctx = canvas && canvas.width > 0 ? canvas.getContext('2d') : null;
    if (ctx) {
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4 * 97) {
        if (data[i] !== 0) {
          window.firstChartMs = performance.now();
          return;
        }
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
`;

async function measure(page: Page) {
  await page.route('**/data/figures.json', (route) =>
    route.fulfill({ body: json, contentType: 'application/json; charset=utf-8' }),
  );
  await page.addInitScript({ content: watchFirstChart });
  await page.goto(base);
  await page.waitForFunction('window.firstChartMs', null, { timeout: 120_000, polling: 100 });
  await page.getByRole('grid').waitFor({ timeout: 120_000 });
  // A string for the same reason as watchFirstChart.
  return page.evaluate<PageNumbers>(`(() => {
    const count = (selector) =>
      [...document.querySelectorAll(selector)].reduce((n, el) => n + 1 + el.getElementsByTagName('*').length, 0);
    return {
      firstChartMs: window.firstChartMs,
      marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]),
      dataMs: performance.getEntriesByType('resource').find((e) => e.name.endsWith('data/figures.json'))?.responseEnd ?? 0,
      fonts: performance.getEntriesByType('resource').filter((e) => e.name.includes('.woff')).map((e) => e.responseEnd),
      elements: document.getElementsByTagName('*').length,
      nodes: (() => {
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      })(),
      filters: count('.sidebar'),
      charts: count('.charts'),
      table: count('.ft'),
      heapBytes: performance.memory?.usedJSHeapSize ?? 0,
    };
  })()`);
}

interface PageNumbers {
  firstChartMs: number;
  dataMs: number;
  marks: [string, number][];
  fonts: number[];
  elements: number;
  nodes: number;
  filters: number;
  charts: number;
  table: number;
  heapBytes: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function topSelfTime(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, n = 25) {
  const byNode = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\//, '');
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + (byNode.get(node.id) ?? 0) / 1000);
  }
  return [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  for (let run = 1; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const r = await measure(page);
    console.log(
      `run ${run}: data received ${r.dataMs.toFixed(0)} ms, first chart ${r.firstChartMs.toFixed(0)} ms (${r.fonts.filter((t) => t < r.firstChartMs).length} font files before it, last at ${Math.max(0, ...r.fonts.filter((t) => t < r.firstChartMs)).toFixed(0)} ms); DOM nodes ${r.nodes}, elements ${r.elements} ` +
        `(filters ${r.filters}, charts ${r.charts}, table ${r.table}); JS heap ${(r.heapBytes / 1e6).toFixed(0)} MB`,
    );
    console.log(`       ${r.marks.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
    await context.close();
  }
  if (values.profile) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await measure(page);
    const { profile } = await cdp.send('Profiler.stop');
    console.log('\nself time during load (ms):');
    for (const [name, ms] of topSelfTime(profile)) console.log(`${ms.toFixed(0).padStart(7)}  ${name}`);
    await context.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
