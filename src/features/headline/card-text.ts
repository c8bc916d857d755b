import { formatCompact, formatNumber } from '@/lib/format';
import type { Qualifier } from '@/lib/figures-schema';
import type { Lang } from '@/lib/i18n';

/**
 * Cards round so a total reads at a glance and fits its card: 万/亿 to two decimals in Chinese
 * (16.65万, not 16.6455万), millions and billions in English from ten million (1.52B, not
 * 1,522,690,973); the exact sum stays on the card's note line.
 */
export function cardText(value: number, lang: Lang, qualifier: Qualifier): { text: string; rounded: boolean } {
  const abs = Math.abs(value);
  // A lower bound is rounded down, never up: ≥16.65万 for 166,455 would claim more than the reports do.
  if (lang === 'en') {
    if (abs < 1e7) return { text: formatNumber(value, 'en'), rounded: false };
    return { text: formatCompact(value, 'en', qualifier), rounded: true };
  }
  const round = qualifier === 'atLeast' ? Math.floor : Math.round;
  const shown = abs >= 1e8 ? round(value / 1e6) * 1e6 : abs >= 1e4 ? round(value / 100) * 100 : value;
  return { text: formatNumber(shown, 'zh'), rounded: shown !== value };
}
