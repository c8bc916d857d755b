import type { Figure } from '@/lib/figures-schema';

export interface ProblemPair {
  collected: Figure;
  resolved: Figure;
}

export interface ProblemPairing {
  pairs: ProblemPair[];
  /** Problem figures with no partner in their report: shown and summed on their own, never in a rate. */
  unpaired: Figure[];
}

/**
 * A resolution rate divides resolutions by the problems they resolve. A report often states other
 * problem counts beside its pair — 拉萨's 检视问题11.9万余条 (self-examination, rectified by measures, not
 * resolved) next to 收集问题2308个，已办结1902个 — and dividing by every collected figure of a region
 * would make a rate of 1.6% out of one of 82%. So each resolved figure is paired with the collected
 * figure of the same report it follows most closely (the order reports write them in: 收集…, 已办结…),
 * or, where none precedes it, one right after it in the same clause; a collected figure pairs once, and never with a
 * resolved count larger than itself. No library does this: it is this dataset's own reading rule.
 */
/** How far after a resolved figure (UTF-16 units) its collected partner may stand: one clause. */
const FOLLOWING_WINDOW = 40;

export function pairProblems(figures: readonly Figure[]): ProblemPairing {
  const byReport = new Map<string, { collected: Figure[]; resolved: Figure[] }>();
  for (const f of figures) {
    if (f.metric !== 'problemsCollected' && f.metric !== 'problemsResolved') continue;
    let group = byReport.get(f.reportId);
    if (!group) {
      group = { collected: [], resolved: [] };
      byReport.set(f.reportId, group);
    }
    (f.metric === 'problemsCollected' ? group.collected : group.resolved).push(f);
  }
  const pairs: ProblemPair[] = [];
  const unpaired: Figure[] = [];
  for (const { collected, resolved } of byReport.values()) {
    const free = new Set(collected);
    for (const r of resolved.slice().sort((a, b) => a.start - b.start)) {
      let best: Figure | null = null;
      let bestDistance = Infinity;
      for (const c of free) {
        if (c.value < r.value) continue;
        // Before the resolved figure is the usual order; after it only within the same clause
        // (已办结1902个，占收集问题2308个的82%), and only where nothing precedes.
        const after = c.start - r.end;
        if (c.start > r.start && after > FOLLOWING_WINDOW) continue;
        const distance = c.start <= r.start ? r.start - c.start : FOLLOWING_WINDOW * 1e6 + after;
        if (distance < bestDistance) {
          best = c;
          bestDistance = distance;
        }
      }
      if (best) {
        free.delete(best);
        pairs.push({ collected: best, resolved: r });
      } else unpaired.push(r);
    }
    unpaired.push(...free);
  }
  return { pairs, unpaired };
}
