import type { Lang } from '@/lib/i18n';

/**
 * The date filter offers the months that reports were published in, as two <select>s: a native date
 * input shows the browser's own format (mm/dd/yyyy in an English browser, whatever the page's
 * language) and offers every day of every year, most of which hold no report.
 */

export interface DateOption {
  /** YYYY-MM for a month, YYYY-MM-DD for a date from a link that is not a month's edge. */
  value: string;
  label: string;
}

/** YYYY-MM of every date given, once, in order. */
export function monthsOf(dates: readonly (string | null)[]): string[] {
  return [...new Set(dates.flatMap((d) => (d ? [d.slice(0, 7)] : [])))].sort();
}

function monthStart(month: string): string {
  return `${month}-01`;
}

export function monthEnd(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(year ?? 1970, mon ?? 1, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

const enMonth = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 2021年6月 / Jun 2021. */
export function monthLabel(month: string, lang: Lang): string {
  const [year, mon] = month.split('-').map(Number);
  if (lang === 'zh') return `${year ?? ''}年${mon ?? ''}月`;
  return enMonth.format(new Date(Date.UTC(year ?? 1970, (mon ?? 1) - 1, 1)));
}

/**
 * Options for one end of the range and the chosen one's value. A date that is not the edge of a
 * month in the list (from an older link) is kept as an option of its own, so the filter shows
 * exactly what is applied.
 */
export function dateOptions(
  months: readonly string[],
  chosen: string | null,
  end: 'from' | 'to',
  lang: Lang,
): { options: DateOption[]; value: string } {
  const edge = end === 'from' ? monthStart : monthEnd;
  const options = months.map((m) => ({ value: m, label: monthLabel(m, lang) }));
  if (!chosen) return { options, value: '' };
  const month = chosen.slice(0, 7);
  if (months.includes(month) && edge(month) === chosen) return { options, value: month };
  const exact = { value: chosen, label: chosen };
  const at = options.findIndex((o) => o.value > chosen);
  options.splice(at === -1 ? options.length : at, 0, exact);
  return { options, value: chosen };
}

/** The store's date for a chosen option: a month's first or last day, or the exact date itself. */
export function dateOfOption(value: string, end: 'from' | 'to'): string | null {
  if (!value) return null;
  if (value.length === 7) return end === 'from' ? monthStart(value) : monthEnd(value);
  return value;
}

/** Whether putting one end of the range at `date` would pass the other end: such a range matches nothing. */
export function invertsRange(end: 'from' | 'to', date: string | null, other: string | null): boolean {
  if (!date || !other) return false;
  return end === 'from' ? date > other : date < other;
}
