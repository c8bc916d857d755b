import type { Figure } from '@/lib/figures-schema';

export interface TextRange {
  start: number;
  end: number;
}

export interface QuoteLocation extends TextRange {
  /** False when the quote was found elsewhere in the text than its stored offsets say. */
  atStoredOffsets: boolean;
}

/**
 * Where a figure's quote is in its report's text: at its stored offsets, or else (a text edited
 * after extraction) its occurrence nearest to them; null when the text does not hold it at all.
 */
export function locateQuote(text: string, figure: Pick<Figure, 'quote' | 'start' | 'end'>): QuoteLocation | null {
  if (text.slice(figure.start, figure.end) === figure.quote) {
    return { start: figure.start, end: figure.end, atStoredOffsets: true };
  }
  let best: number | null = null;
  for (let at = text.indexOf(figure.quote); at !== -1; at = text.indexOf(figure.quote, at + 1)) {
    if (best === null || Math.abs(at - figure.start) < Math.abs(best - figure.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + figure.quote.length, atStoredOffsets: false };
}

export interface TextSegment {
  text: string;
  /** `active`: the open figure's quote; `other`: a quote of another figure of the same report. */
  kind: 'plain' | 'active' | 'other';
}

/**
 * Cuts the text into plain runs, the other figures' quotes, and the open quote as one piece (one
 * <mark>), which wins where quotes overlap.
 */
export function segmentText(text: string, active: TextRange | null, others: readonly TextRange[]): TextSegment[] {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const ranges = others.map((r) => ({ start: clamp(r.start), end: clamp(r.end) })).filter((r) => r.end > r.start);
  const cuts = new Set([0, text.length]);
  for (const r of ranges) cuts.add(r.start).add(r.end);
  if (active) cuts.add(clamp(active.start)).add(clamp(active.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const kind =
      active && start >= active.start && end <= active.end
        ? 'active'
        : ranges.some((r) => start >= r.start && end <= r.end)
          ? 'other'
          : 'plain';
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), kind });
  }
  return segments;
}
