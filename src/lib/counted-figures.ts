import type { Figure } from '@/lib/figures-schema';

/**
 * Whether a figure enters sums, charts and cards. Plans (将/计划/力争…) state intentions, not
 * what was done, so adding them to "sessions held" would overstate the work; they stay in the table.
 */
export function isCounted(figure: Pick<Figure, 'status'>): boolean {
  return figure.status === 'done';
}
