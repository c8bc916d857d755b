/** The metrics of ../shared/spec/figures.md. Everything that names a metric uses this type, never a loose string. */
export const METRICS = [
  'sessions',
  'participants',
  'problemsCollected',
  'problemsResolved',
  'materials',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

/** Metrics an official can chart and put in the address (`metric=`); `other` mixes units and is only listed. */
export const CHART_METRICS = [
  'sessions',
  'participants',
  'problemsCollected',
  'problemsResolved',
  'materials',
] as const satisfies readonly Metric[];
export type ChartMetric = (typeof CHART_METRICS)[number];

export const METRIC_LABELS: Record<Metric, { zh: string; en: string; unitZh: string; unitEn: string }> = {
  sessions: { zh: '开展场次', en: 'Sessions held', unitZh: '场次', unitEn: 'sessions' },
  participants: { zh: '参与人次', en: 'Participants', unitZh: '人次', unitEn: 'people' },
  problemsCollected: { zh: '收集问题', en: 'Problems collected', unitZh: '个', unitEn: 'items' },
  problemsResolved: { zh: '解决问题', en: 'Problems resolved', unitZh: '个', unitEn: 'items' },
  materials: { zh: '发放材料', en: 'Materials handed out', unitZh: '份', unitEn: 'copies' },
  other: { zh: '其他', en: 'Other counts', unitZh: '', unitEn: '' },
};

export function isChartMetric(value: string): value is ChartMetric {
  return (CHART_METRICS as readonly string[]).includes(value);
}

/**
 * The two measures of participants (../shared/spec/figures.md), never added together: person-times (人次)
 * count attendances, people (人, 名, 位) count heads.
 */
export const PARTICIPANT_MEASURES = ['personTimes', 'people'] as const;
export type ParticipantMeasure = (typeof PARTICIPANT_MEASURES)[number];

export function isParticipantMeasure(value: string): value is ParticipantMeasure {
  return (PARTICIPANT_MEASURES as readonly string[]).includes(value);
}

/** The measure a participants unit counts: 人次 (and 人天-like times units) are person-times, the rest heads. */
export function measureOfUnit(unit: string): ParticipantMeasure {
  return unit.endsWith('次') ? 'personTimes' : 'people';
}

export const MEASURE_LABELS: Record<ParticipantMeasure, { zh: string; en: string; unitZh: string; unitEn: string }> = {
  personTimes: { zh: '人次', en: 'person-times', unitZh: '人次', unitEn: 'person-times' },
  people: { zh: '人数', en: 'people', unitZh: '人', unitEn: 'people' },
};

/** A chart metric's name; participants name their measure, since the two are never one number. */
export function metricLabel(metric: Metric, measure: ParticipantMeasure, lang: 'zh' | 'en'): string {
  if (metric !== 'participants') return METRIC_LABELS[metric][lang];
  return lang === 'zh'
    ? measure === 'personTimes'
      ? '参与人次'
      : '参与人数'
    : `Participants (${MEASURE_LABELS[measure].en})`;
}
