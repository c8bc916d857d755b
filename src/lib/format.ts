import type { Lang } from '@/lib/i18n';
import type { Qualifier } from '@/lib/figures-schema';

const enFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const zhPlain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false });
const zhScaled = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4, useGrouping: false });

/**
 * 万/亿 for Chinese readers, thousands separators for English ones.
 * Intl's compact notation rounds to 2–3 significant digits, which hides real differences
 * between cities (291.4万 vs 291万), so Chinese grouping is done here with 4 significant decimals at most.
 */
export function formatNumber(value: number, lang: Lang): string {
  if (lang === 'en') return enFormat.format(value);
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trimDecimals(value / 1e8)}亿`;
  if (abs >= 1e4) return `${trimDecimals(value / 1e4)}万`;
  return zhPlain.format(value);
}

function trimDecimals(n: number): string {
  // Up to 4 decimals keeps 1.2345万 = 12345 exact; trailing zeros go.
  return zhScaled.format(Number(n.toFixed(4)));
}

const SHORT_FORMATS: Record<Lang, Record<'halfExpand' | 'trunc', Intl.NumberFormat>> = {
  zh: {
    halfExpand: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false }),
    trunc: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2, useGrouping: false, roundingMode: 'trunc' }),
  },
  en: {
    halfExpand: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    trunc: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, roundingMode: 'trunc' }),
  },
};

/** Largest unit first. A value takes a unit it reaches, or would reach once rounded in the next unit down (99,999,999 is 1亿, not 10000万). */
const SHORT_UNITS: Record<Lang, readonly (readonly [number, string])[]> = {
  zh: [
    [1e8, '亿'],
    [1e4, '万'],
  ],
  en: [
    [1e9, 'B'],
    [1e6, 'M'],
  ],
};

/**
 * A short number for chart labels and cards, where space is tight: at most two decimals of 万/亿 (16.44万)
 * or of M/B in English (6.34M), below those whole thousands-grouped numbers. Tooltips and data
 * tables keep the exact value (formatNumber).
 * A lower bound (余/多) is rounded down, never up: ≥16.65万 for 166,455 would claim more than the reports do.
 */
export function formatCompact(value: number, lang: Lang, qualifier: Qualifier = 'exact'): string {
  const down = qualifier === 'atLeast';
  const format = SHORT_FORMATS[lang][down ? 'trunc' : 'halfExpand'];
  const abs = Math.abs(value);
  const units = SHORT_UNITS[lang];
  for (const [i, [size, unit]] of units.entries()) {
    const smaller = units[i + 1]?.[0];
    const roundsUp = !down && smaller !== undefined && Math.round((abs / smaller) * 100) >= (size / smaller) * 100;
    if (abs >= size || roundsUp) return `${format.format(value / size)}${unit}`;
  }
  return format.format(value);
}

/** A value with its qualifier kept visible: 2000余 / 近1.5万 in Chinese, 2,000+ / ~15,000 in English. */
export function formatQualified(value: number, qualifier: Qualifier, lang: Lang): string {
  const n = formatNumber(value, lang);
  if (qualifier === 'exact') return n;
  if (lang === 'en') return qualifier === 'atLeast' ? `${n}+` : `~${n}`;
  return qualifier === 'atLeast' ? `${n}余` : `近${n}`;
}

const percent: Record<Lang, Intl.NumberFormat> = {
  zh: new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }),
};

/** A ratio as a percentage with one decimal at most (0.8241 → 82.4%): resolution rates on cards, charts and tables. */
export function formatPercent(ratio: number, lang: Lang): string {
  return percent[lang].format(ratio);
}

/** Mark for sums and cards: ≥ where any part is a lower bound, ≈ where any is approximate. */
export function qualifierMark(qualifier: Qualifier): string {
  return qualifier === 'atLeast' ? '≥' : qualifier === 'approx' ? '≈' : '';
}

/** Qualifier words a report writes before a number (不少于4次) and after it (2000人以上), as the pipeline reads them. */
const WRITTEN_BEFORE = [
  '不少于',
  '不低于',
  '将近',
  '接近',
  '大约',
  '大概',
  '超过',
  '突破',
  '多于',
  '至少',
  '不下',
  '近',
  '约',
  '逾',
  '超',
];
const WRITTEN_AFTER = ['以上', '之多', '左右', '上下'];

/**
 * One figure's value with its qualifier in the report's own words (不少于4, 2000以上, 近3万), not a generic 余:
 * "at least 4" written 4余 reads as "a little over 4". English keeps +/~.
 */
/** The qualifier word the report wrote (不少于, 以上, 近), or null where it wrote none the reader would miss. */
export function writtenQualifier(figure: { qualifier: Qualifier; valueText: string }): string | null {
  if (figure.qualifier === 'exact') return null;
  return (
    WRITTEN_BEFORE.find((w) => figure.valueText.startsWith(w)) ??
    WRITTEN_AFTER.find((w) => figure.valueText.endsWith(w)) ??
    null
  );
}

export function formatWritten(figure: { value: number; qualifier: Qualifier; valueText: string }, lang: Lang): string {
  if (lang === 'en' || figure.qualifier === 'exact') return formatQualified(figure.value, figure.qualifier, lang);
  // 上千/上万 is a word, not a prefix to a number: shown as the report wrote it.
  if (figure.valueText.startsWith('上')) return figure.valueText;
  const before = WRITTEN_BEFORE.find((w) => figure.valueText.startsWith(w));
  const after = WRITTEN_AFTER.find((w) => figure.valueText.endsWith(w));
  if (!before && !after) return formatQualified(figure.value, figure.qualifier, lang);
  return `${before ?? ''}${formatNumber(figure.value, 'zh')}${after ?? ''}`;
}
