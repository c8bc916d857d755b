import type { Region } from '@/lib/figures-schema';

/** The levels a comparison can be restricted to (层级 / Level); `all` shows every region side by side. */
export const LEVEL_CHOICES = ['all', 'province', 'city', 'district'] as const;
export type LevelChoice = (typeof LEVEL_CHOICES)[number];

export const LEVEL_LABELS: Record<LevelChoice, { zh: string; en: string }> = {
  all: { zh: '全部层级', en: 'All levels' },
  province: { zh: '省级', en: 'Provinces' },
  city: { zh: '市级', en: 'Cities' },
  district: { zh: '区县级', en: 'Districts and counties' },
};

export function isLevelChoice(value: string): value is LevelChoice {
  return (LEVEL_CHOICES as readonly string[]).includes(value);
}

/**
 * The level a view compares when the address names none: the level most reporting regions are at, so the
 * first ranking puts like with like (ties go to the wider level, which more readers compare). With regions of
 * one level only, that level; with none, all.
 */
export function defaultLevel(reportingRegions: readonly Pick<Region, 'level'>[]): LevelChoice {
  const counts = new Map<Region['level'], number>();
  for (const r of reportingRegions) counts.set(r.level, (counts.get(r.level) ?? 0) + 1);
  let best: LevelChoice = 'all';
  let most = 0;
  for (const level of ['province', 'city', 'district'] as const) {
    const n = counts.get(level) ?? 0;
    if (n > most) {
      best = level;
      most = n;
    }
  }
  return best;
}

/** Whether a region is compared under a level choice. */
export function atLevel(region: Pick<Region, 'level'>, level: LevelChoice): boolean {
  return level === 'all' || region.level === level;
}
