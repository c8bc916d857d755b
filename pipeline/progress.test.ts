import { describe, expect, it } from 'vitest';
import { progress } from './progress';

function run(ticks: { at: number; step: string; total: number; bytes: number }[]) {
  const lines: string[] = [];
  let clock = 0;
  const tracker = progress({ write: (l) => lines.push(l), quietFor: 3000, every: 1000, now: () => clock });
  for (const t of ticks) {
    clock = t.at;
    tracker.tick(t.step, t.total, t.bytes);
  }
  return lines;
}

describe('progress of a long run', () => {
  it('says nothing for a short run', () => {
    const ticks = Array.from({ length: 10 }, (_, i) => ({ at: i * 200, step: 'read', total: 10, bytes: 1e6 }));
    expect(run(ticks)).toEqual([]);
  });

  it('after the first seconds, gives files done of the total and MB/s about once a second, and the last', () => {
    // One 0.5 MB report every 250 ms: 2 MB/s.
    const ticks = Array.from({ length: 24 }, (_, i) => ({
      at: (i + 1) * 250,
      step: 'analysed',
      total: 24,
      bytes: 5e5,
    }));
    expect(run(ticks)).toEqual([
      'analysed 12/24 reports, 6.0 MB, 2.0 MB/s',
      'analysed 16/24 reports, 8.0 MB, 2.0 MB/s',
      'analysed 20/24 reports, 10.0 MB, 2.0 MB/s',
      'analysed 24/24 reports, 12.0 MB, 2.0 MB/s',
    ]);
  });
});
