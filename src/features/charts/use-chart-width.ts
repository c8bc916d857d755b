import { useLayoutEffect, useState, type RefObject } from 'react';
import { NARROW_WIDTH } from '@/features/charts/options/common';

/** Padding and border around a chart's canvas inside its card (.chart-card in app.css). */
const CARD_INSET = 2 * 14 + 2 * 1;

/** Widths are rounded down in steps: resizing a window rebuilds the charts now and then, not at every pixel. */
const STEP = 40;

/**
 * A chart's width in the grid, read from the grid's column tracks, which exist before any chart does: the
 * charts are built once, for their real width, with legends given the room they take there (a fixed guess
 * left a gap under the legend on wide screens and would overlap the plot on a phone). Null until measured.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const grid = ref.current;
    if (!grid) return;
    const measure = () => {
      const column = parseFloat(getComputedStyle(grid).gridTemplateColumns);
      const inner = Number.isFinite(column) ? column - CARD_INSET : 0;
      setWidth(inner > 0 ? Math.max(STEP, Math.floor(inner / STEP) * STEP) : NARROW_WIDTH);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(grid);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
