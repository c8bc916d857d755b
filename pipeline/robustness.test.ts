import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetSchema } from '@/lib/figures-schema';
import { runExtract } from './run-extract';
import { PipelineError } from './pipeline-error';

const root = fileURLToPath(new URL('..', import.meta.url));
const SEED = '004_13c419424a7d791f.txt';
const seedText = readFileSync(join(root, '../shared/seeds', SEED), 'utf8');
const JINAN = '370100';

let work: string;
let input: string;
let output: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'robustness-test-'));
  input = join(work, 'reports');
  output = join(work, 'out', 'figures.json');
  mkdirSync(input);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

async function problems(run: () => Promise<unknown>): Promise<readonly string[]> {
  try {
    await run();
  } catch (e) {
    if (e instanceof PipelineError) return e.problems;
    throw e;
  }
  throw new Error('extraction succeeded but should have failed');
}

const dataset = () => datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
const storedText = (textPath: string) => readFileSync(join(work, 'out', textPath), 'utf8');

describe('encodings detected from the bytes, named on stderr', () => {
  it('reads a Big5-HKSCS copy of a seed (Traditional, as Hong Kong pages are saved) and finds its region', async () => {
    const traditional = OpenCC.Converter({ from: 'cn', to: 'hk' })(seedText);
    const bytes = iconv.encode(traditional, 'big5hkscs');
    writeFileSync(join(input, SEED), bytes);
    const log = await runExtract({ input, output, corrections: null });
    expect(log.join('\n')).toContain(`${SEED} [big5]: 济南市 (${JINAN})`);
    expect(dataset().reports[0]?.regionCode).toBe(JINAN);
    expect(storedText(dataset().reports[0]!.textPath)).toBe(iconv.decode(bytes, 'big5hkscs'));
  });

  it.each(['utf-16le', 'utf-16be'])('reads %s without a byte-order mark', async (encoding) => {
    writeFileSync(join(input, SEED), iconv.encode(seedText, encoding, { addBOM: false }));
    const log = await runExtract({ input, output, corrections: null });
    expect(log.join('\n')).toContain(`${SEED} [${encoding}]: 济南市 (${JINAN})`);
    expect(storedText(dataset().reports[0]!.textPath)).toBe(seedText);
  });
});

describe('files that are not reports are refused by type or size before they are read', () => {
  it('a FIFO and a link to /dev/zero, naming each; the run ends', async () => {
    copyFileSync(join(root, '../shared/seeds', SEED), join(input, SEED));
    execFileSync('mkfifo', [join(input, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(input, 'zero.txt'));
    expect(await problems(() => runExtract({ input, output, corrections: null }))).toEqual([
      'pipe.txt: not a regular file (a named pipe (FIFO)); refused without reading',
      'zero.txt: not a regular file (a character device); refused without reading',
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it('a report over the size limit, with the limit and how to raise it; a raised limit reads it', async () => {
    copyFileSync(join(root, '../shared/seeds', SEED), join(input, SEED));
    // Sparse: 60 MB on paper, no time or disk to make. Refused by its size, so never read.
    writeFileSync(join(input, 'dump.txt'), '');
    truncateSync(join(input, 'dump.txt'), 60_000_000);
    const started = Date.now();
    expect(await problems(() => runExtract({ input, output, corrections: null, limitHint: '; use --max' }))).toEqual([
      'dump.txt: too large (60.0 MB; the limit is 1.0 MB; use --max)',
    ]);
    expect(Date.now() - started).toBeLessThan(5000);
    rmSync(join(input, 'dump.txt'));
    const size = readFileSync(join(input, SEED)).length;
    expect(await problems(() => runExtract({ input, output, corrections: null, maxReportBytes: size - 1 }))).toEqual([
      expect.stringMatching(new RegExp(`^${SEED}: too large`)),
    ]);
    await runExtract({ input, output, corrections: null, maxReportBytes: size });
    expect(dataset().reports).toHaveLength(1);
  });
});

describe('JSON files a person edits, saved with a UTF-8 byte-order mark (Windows Notepad)', () => {
  it('reads sources.json and corrections.json with one', async () => {
    copyFileSync(join(root, '../shared/seeds', SEED), join(input, SEED));
    const title = '济南市党史学习教育综述';
    writeFileSync(join(input, 'sources.json'), `\uFEFF${JSON.stringify([{ file: SEED, url: null, title }])}`);
    const corrections = join(work, 'corrections.json');
    const fix = { action: 'region', file: SEED, code: '370102', reason: 'test' };
    writeFileSync(corrections, `\uFEFF${JSON.stringify({ corrections: [fix] })}`);
    await runExtract({ input, output, corrections });
    expect(dataset().reports[0]).toMatchObject({ title, regionCode: '370102' });
  });
});

describe('one run at a time per output', () => {
  beforeEach(() => {
    copyFileSync(join(root, '../shared/seeds', SEED), join(input, SEED));
    mkdirSync(join(work, 'out'));
  });

  it('refuses while a live process holds the lock, naming the lock and its owner, and leaves the lock alone', async () => {
    const lock = `${output}.lock`;
    const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: '2024-01-01T00:00:00.000Z' });
    writeFileSync(lock, owner);
    expect(await problems(() => runExtract({ input, output, corrections: null }))).toEqual([
      expect.stringContaining(`${lock}: another extraction (pid ${process.pid} on ${hostname()}`),
    ]);
    expect(readFileSync(lock, 'utf8')).toBe(owner);
    expect(existsSync(output)).toBe(false);
  });

  it('takes over the lock of a process that is gone, and removes it when done', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${output}.lock`, JSON.stringify({ pid: dead, host: hostname(), since: 'then' }));
    const log = await runExtract({ input, output, corrections: null });
    expect(log[0]).toBe(`took over ${output}.lock left by pid ${dead}, which is no longer running`);
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['figures.json', 'texts']);
  });
});

describe('the command line, killed or run twice at once', () => {
  const REPORTS = 1500;
  // Node itself runs the script (tsx as a loader, not its CLI, which would run it in a child): the pid is the run's.
  const cli = () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/extract.ts'), '--input', input, '--output', output, '--no-corrections'],
      { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  const finished = (child: ReturnType<typeof cli>) =>
    new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => {
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code, signal) => {
        resolve({ code, signal, stderr });
      });
    });

  beforeEach(() => {
    // Many reports, so the writing of their texts takes long enough to be interrupted.
    const seeds = readdirSync(join(root, 'data/reports'))
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(join(root, 'data/reports', n), 'utf8'));
    for (let i = 0; i < REPORTS; i++) {
      writeFileSync(join(input, `${String(i).padStart(5, '0')}.txt`), `${seeds[i % seeds.length]}\n第${i}号\n`);
    }
    mkdirSync(join(work, 'out', 'texts'), { recursive: true });
    writeFileSync(output, '{"reports":[]}\n');
  });

  it('a second run on the same output while one runs is refused naming the lock; kill -9 mid-write leaves the output whole and the next run cleans up', async () => {
    const first = cli();
    const firstDone = finished(first);
    // Kill it the moment it starts writing texts: that is when a kill leaves debris.
    const killed = new Promise<void>((resolve) => {
      const watcher = watch(join(work, 'out', 'texts'), () => {
        watcher.close();
        first.kill('SIGKILL');
        resolve();
      });
    });
    while (!existsSync(`${output}.lock`)) await new Promise((r) => setTimeout(r, 20));
    // Paused while the second run starts (a stopped process is alive), so the second surely meets a live lock.
    first.kill('SIGSTOP');
    const second = await finished(cli());
    first.kill('SIGCONT');
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${output}.lock: another extraction (pid ${first.pid}`);

    await killed;
    expect((await firstDone).signal).toBe('SIGKILL');
    expect(readFileSync(output, 'utf8')).toBe('{"reports":[]}\n');
    expect(existsSync(`${output}.lock`)).toBe(true);
    expect(readdirSync(join(work, 'out', 'texts')).length).toBeGreaterThan(0);

    const next = await finished(cli());
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`took over ${output}.lock left by pid ${first.pid}`);
    expect(next.stderr).toMatch(/removed \d+ files left by an interrupted run/);
    const written = dataset();
    expect(written.reports).toHaveLength(REPORTS);
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['figures.json', 'texts']);
    expect(readdirSync(join(work, 'out', 'texts')).sort()).toEqual(
      written.reports.map((r) => r.textPath.replace('texts/', '')).sort(),
    );
  }, 120_000);
});
