import { execFile } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { datasetSchema } from '@/lib/figures-schema';
import { runExtract } from './run-extract';
import { PipelineError } from './pipeline-error';

// Lets a test make one rename fail, as a full disk or a killed run would, to see what a failure leaves behind.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});
const { renameSync: realRename } = await vi.importActual<typeof import('node:fs')>('node:fs');

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = (name: string) => join(root, 'data/reports', name);
const GOOD = '003_369531108c682d94.txt';
const OLD_FIGURES = '{"old":true}\n';
const OLD_TEXT = 'old text';

let work: string;
let input: string;
let output: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'extract-test-'));
  input = join(work, 'reports');
  mkdirSync(input);
  mkdirSync(join(work, 'out', 'texts'), { recursive: true });
  output = join(work, 'out', 'figures.json');
  writeFileSync(output, OLD_FIGURES);
  writeFileSync(join(work, 'out', 'texts', 'r-000000000000.txt'), OLD_TEXT);
  copyFileSync(seed(GOOD), join(input, GOOD));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the extraction and returns the problems it failed with. */
async function failure(
  options: { corrections?: string | null; output?: string; strict?: boolean } = {},
): Promise<readonly string[]> {
  try {
    await runExtract({
      input,
      output: options.output ?? output,
      corrections: options.corrections ?? null,
      strict: options.strict ?? false,
    });
  } catch (e) {
    if (e instanceof PipelineError) return e.problems;
    throw e;
  }
  throw new Error('extraction succeeded but should have failed');
}

function expectOutputUntouched() {
  expect(readFileSync(output, 'utf8')).toBe(OLD_FIGURES);
  expect(readFileSync(join(work, 'out', 'texts', 'r-000000000000.txt'), 'utf8')).toBe(OLD_TEXT);
  const all = [...readdirSync(join(work, 'out')), ...readdirSync(join(work, 'out', 'texts'))];
  expect(all.filter((n) => n.includes('.tmp'))).toEqual([]);
  expect(readdirSync(join(work, 'out', 'texts'))).toEqual(['r-000000000000.txt']);
}

describe('bad input stops the extraction, names every offending file and leaves the output alone', () => {
  it('an unreadable file (a folder named like a report)', async () => {
    mkdirSync(join(input, 'x.txt'));
    expect(await failure()).toEqual([expect.stringMatching(/^x\.txt: cannot read \(EISDIR\)/)]);
    expectOutputUntouched();
  });

  it('an unreadable file (a broken link)', async () => {
    symlinkSync(join(work, 'nowhere.txt'), join(input, 'gone.txt'));
    expect(await failure()).toEqual([expect.stringMatching(/^gone\.txt: cannot read \(ENOENT\)/)]);
    expectOutputUntouched();
  });

  it('an empty file and a whitespace-only file', async () => {
    writeFileSync(join(input, 'empty.txt'), '');
    writeFileSync(join(input, 'blank.txt'), ' \n\u3000\n\t');
    expect(await failure()).toEqual(['blank.txt: no text (whitespace only)', 'empty.txt: empty file']);
    expectOutputUntouched();
  });

  it('binary files, with and without NUL bytes', async () => {
    writeFileSync(join(input, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(input, 'noise.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => 1 + (i % 30))));
    expect(await failure()).toEqual([
      expect.stringMatching(/^image\.txt: image file \(PNG\); OCR is not supported/),
      expect.stringMatching(/^noise\.txt: binary file \(\d+% control characters\)/),
    ]);
    expectOutputUntouched();
  });

  it('reports all problems of one run together, not just the first', async () => {
    writeFileSync(join(input, 'a-empty.txt'), '');
    mkdirSync(join(input, 'b-dir.txt'));
    writeFileSync(join(input, 'c-noise.txt'), Buffer.from([0x89, 0x50, 0, 0]));
    const problems = await failure();
    expect(problems.map((p) => p.split(':')[0])).toEqual(['a-empty.txt', 'b-dir.txt', 'c-noise.txt']);
    expectOutputUntouched();
  });

  it('a correction that matches no figure, naming the entry', async () => {
    const corrections = join(work, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({
        corrections: [{ action: 'drop', file: GOOD, quote: '共开展党史宣讲', value: 99999, reason: 'test' }],
      }),
    );
    expect(await failure({ corrections })).toEqual([
      `corrections[0] (drop ${GOOD} "共开展党史宣讲" 99999): matches no extracted figure`,
    ]);
    expectOutputUntouched();
  });

  it('a corrections file named but missing (only the default one may be absent)', async () => {
    const corrections = join(work, 'missing.json');
    expect(await failure({ corrections })).toEqual([`${corrections}: no such corrections file`]);
    expectOutputUntouched();
  });

  it('a correction for a file that is not in the input, and one without a reason', async () => {
    const corrections = join(work, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({ corrections: [{ action: 'region', file: 'missing.txt', code: '420114', reason: 'test' }] }),
    );
    expect(await failure({ corrections })).toEqual([
      'corrections[0] (region missing.txt 420114): missing.txt is not in the input',
    ]);
    writeFileSync(corrections, JSON.stringify({ corrections: [{ action: 'region', file: GOOD, code: '420114' }] }));
    expect(await failure({ corrections })).toEqual([
      expect.stringMatching(/corrections\.json: corrections\[0\]\.reason/),
    ]);
    expectOutputUntouched();
  });
});

/** Three reports that name no place the rules know, in three ways, beside the good one. */
const UNPLACEABLE: Record<string, string> = {
  'a-nowhere.txt': '党史学习教育开展以来,共开展宣讲100场次,参与人数2000人次。\n',
  'b-village.txt': '村党支部组织党员学习党史\n本村开展主题党日活动6次。\n',
  'c-school.txt': '某中学:学党史 强信念\n学校举办党史知识竞赛3场,覆盖师生1200人。\n',
};

describe('reports whose region is not known', () => {
  beforeEach(() => {
    for (const [file, text] of Object.entries(UNPLACEABLE)) writeFileSync(join(input, file), text);
  });

  it('are kept with their figures, regionCode null and a note, and named in the log', async () => {
    const log = await runExtract({ input, output, corrections: null });
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(dataset.reports.map((r) => r.file)).toEqual([GOOD, ...Object.keys(UNPLACEABLE)]);
    const unplaced = dataset.reports.filter((r) => r.regionCode === null);
    expect(unplaced.map((r) => r.file)).toEqual(Object.keys(UNPLACEABLE));
    for (const r of unplaced) expect(r.regionNote).toMatch(/no division named/);
    const ofUnplaced = dataset.figures.filter((f) => unplaced.some((r) => r.id === f.reportId));
    expect(ofUnplaced.map((f) => f.value).sort((a, b) => a - b)).toEqual([3, 6, 100, 1200, 2000]);
    expect(ofUnplaced.every((f) => f.regionCode === null)).toBe(true);
    const named = log.filter((l) => /^ {2}\S+\.txt: no division named/.test(l)).map((l) => l.trim().split(':')[0]);
    expect(named).toEqual(Object.keys(UNPLACEABLE));
  });

  it('fail the run under strict, naming each, with the output left alone', async () => {
    expect((await failure({ strict: true })).map((p) => p.split(':')[0])).toEqual(Object.keys(UNPLACEABLE));
    expectOutputUntouched();
  });

  it('are placed by a region correction, Macau included', async () => {
    const corrections = join(work, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({
        corrections: Object.keys(UNPLACEABLE).map((file) => ({
          action: 'region',
          file,
          code: '820000',
          reason: 'byline',
        })),
      }),
    );
    await runExtract({ input, output, corrections, strict: true });
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(dataset.reports.map((r) => r.regionCode)).toEqual(['420114', '820000', '820000', '820000']);
    expect(dataset.regions.find((r) => r.code === '820000')).toMatchObject({
      name: '澳门特别行政区',
      nameEn: 'Macao SAR',
    });
  });
});

describe('good input', () => {
  it('reads a GB18030-encoded report exactly as its UTF-8 original', async () => {
    rmSync(join(input, GOOD));
    copyFileSync(join(root, 'pipeline/io/fixtures/003-gb18030.txt'), join(input, GOOD));
    const log = await runExtract({ input, output, corrections: null });
    expect(log.join('\n')).toMatch(/\[gb18030\]: 蔡甸区 \(420114\)/);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    const text = readFileSync(join(work, 'out', dataset.reports[0]!.textPath), 'utf8');
    expect(text).toBe(readFileSync(seed(GOOD), 'utf8'));
    expect(dataset.reports[0]?.regionCode).toBe('420114');
  });

  it('strips a UTF-8 byte-order mark and CRLF line ends from the stored text', async () => {
    const original = readFileSync(seed(GOOD), 'utf8');
    writeFileSync(join(input, GOOD), `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    await runExtract({ input, output, corrections: null });
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(readFileSync(join(work, 'out', dataset.reports[0]!.textPath), 'utf8')).toBe(original);
  });

  it('takes the region from a correction where the text names none, and reports the correction', async () => {
    writeFileSync(join(input, 'nowhere.txt'), '党史学习教育开展以来,共开展宣讲100场次。\n');
    const corrections = join(work, 'corrections.json');
    writeFileSync(
      corrections,
      JSON.stringify({ corrections: [{ action: 'region', file: 'nowhere.txt', code: '330600', reason: 'byline' }] }),
    );
    await runExtract({ input, output, corrections });
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(dataset.reports.find((r) => r.file === 'nowhere.txt')?.regionCode).toBe('330600');
    expect(dataset.corrections).toEqual([{ file: 'nowhere.txt', action: 'region', reason: 'byline', figureId: null }]);
  });

  it('replaces stale texts, and writes byte-identical output on a re-run', async () => {
    await runExtract({ input, output, corrections: null });
    const first = readFileSync(output);
    const texts = readdirSync(join(work, 'out', 'texts'));
    expect(texts).not.toContain('r-000000000000.txt');
    await runExtract({ input, output, corrections: null });
    expect(readFileSync(output).equals(first)).toBe(true);
    expect(readdirSync(join(work, 'out', 'texts'))).toEqual(texts);
  });
});

describe('the command line', () => {
  const run = promisify(execFile);
  const cli = (args: string[]) =>
    run('npx', ['tsx', join(root, 'scripts/extract.ts'), ...args], { cwd: root }).then(
      (r) => ({ code: 0, ...r }),
      (e: unknown) => e as { code: number; stdout: string; stderr: string },
    );

  it('exits non-zero naming the bad file, prints nothing on stdout and leaves the output alone', async () => {
    writeFileSync(join(input, 'empty.txt'), '');
    const { code, stdout, stderr } = await cli(['--input', input, '--output', output]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('empty.txt: empty file');
    expectOutputUntouched();
  }, 30_000);

  it('writes the figures and texts with a summary on stderr only', async () => {
    const { code, stdout, stderr } = await cli(['--input', input, '--output', output]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/1 reports, 2 regions, \d+ figures \(sessions \d+/);
    const dataset = datasetSchema.parse(JSON.parse(readFileSync(output, 'utf8')));
    expect(dataset.reports.map((r) => r.file)).toEqual([GOOD]);
  }, 30_000);

  it('exits 0 with unplaced reports named on stderr, and non-zero writing nothing under --strict', async () => {
    for (const [file, text] of Object.entries(UNPLACEABLE)) writeFileSync(join(input, file), text);
    const strict = await cli(['--input', input, '--output', output, '--strict']);
    expect(strict.code).toBe(1);
    for (const file of Object.keys(UNPLACEABLE)) expect(strict.stderr).toContain(`${file}: no division named`);
    expectOutputUntouched();
    const lenient = await cli(['--input', input, '--output', output]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('3 reports kept without a region');
    for (const file of Object.keys(UNPLACEABLE)) expect(lenient.stderr).toContain(`${file}: no division named`);
  }, 30_000);
});

describe('a failure while writing', () => {
  afterEach(() => {
    vi.mocked(renameSync).mockImplementation(realRename);
  });

  /** Every report text the figures file points to is on disk, and every quote is where its offsets say. */
  function expectConsistent(figuresJson: string) {
    const dataset = datasetSchema.parse(JSON.parse(figuresJson));
    const texts = new Map(dataset.reports.map((r) => [r.id, readFileSync(join(work, 'out', r.textPath), 'utf8')]));
    for (const f of dataset.figures) expect(texts.get(f.reportId)?.slice(f.start, f.end)).toBe(f.quote);
    return dataset;
  }

  it('of the figures file after the texts leaves the previous figures file with the texts it points to', async () => {
    await runExtract({ input, output, corrections: null });
    const before = readFileSync(output, 'utf8');
    const textsBefore = readdirSync(join(work, 'out', 'texts'));
    expectConsistent(before);

    // The report gains a paragraph at the top, so every offset moves and its text gets a new name.
    const report = readFileSync(join(input, GOOD), 'utf8');
    writeFileSync(join(input, GOOD), `蔡甸区召开推进会,开展宣讲12场次。\n${report}`);
    vi.mocked(renameSync).mockImplementation((from, to) => {
      if (to === output) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      realRename(from, to);
    });
    expect(await failure()).toEqual([`${output}: cannot write (EIO)`]);
    expect(readFileSync(output, 'utf8')).toBe(before);
    expect(readdirSync(join(work, 'out', 'texts'))).toEqual(textsBefore);
    expect(readdirSync(join(work, 'out'))).toEqual(['figures.json', 'texts']);
    expectConsistent(before);

    vi.mocked(renameSync).mockImplementation(realRename);
    await runExtract({ input, output, corrections: null });
    const after = expectConsistent(readFileSync(output, 'utf8'));
    expect(readdirSync(join(work, 'out', 'texts'))).toEqual([after.reports[0]!.textPath.replace('texts/', '')]);
    expect(textsBefore).not.toContain(after.reports[0]!.textPath.replace('texts/', ''));
  });

  it('names the file and why, and leaves nothing behind, where the output folder cannot be made', async () => {
    appendFileSync(join(work, 'not-a-folder'), 'x');
    const bad = join(work, 'not-a-folder', 'figures.json');
    expect(await failure({ output: bad })).toEqual([`${join(work, 'not-a-folder')}: cannot write (ENOTDIR)`]);
    expect(readdirSync(work).sort()).toEqual(['not-a-folder', 'out', 'reports']);
    expectOutputUntouched();
  });
});

describe('leftovers', () => {
  it('removes temporary files a killed run left behind, and only texts this pipeline wrote', async () => {
    writeFileSync(`${output}.tmp-12345`, 'half');
    writeFileSync(join(work, 'out', 'texts', 'r-aaaaaaaaaaaa.txt.tmp-12345'), 'half');
    writeFileSync(join(work, 'out', 'texts', 'notes.txt'), 'kept');
    await runExtract({ input, output, corrections: null });
    expect(readdirSync(join(work, 'out')).sort()).toEqual(['figures.json', 'texts']);
    expect(readdirSync(join(work, 'out', 'texts'))).toContain('notes.txt');
    expect(readdirSync(join(work, 'out', 'texts')).filter((n) => n.includes('.tmp'))).toEqual([]);
  });
});
