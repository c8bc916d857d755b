import type { Bilingual } from '@/lib/i18n';

export const filterMessages = {
  heading: { zh: '筛选', en: 'Filters' },
  city: { zh: '城市', en: 'City' },
  searchCity: { zh: '搜索城市或区县', en: 'Search cities or districts' },
  searchPlaceholder: { zh: '中文或英文名称', en: 'Chinese or English name' },
  selectAll: { zh: '全选', en: 'Select all' },
  selectAllShown: { zh: '全选搜索结果', en: 'Select all results' },
  clear: { zh: '清除', en: 'Clear' },
  allRegions: { zh: '未筛选：显示全部{n}个城市', en: 'No filter: all {n} cities' },
  selectedCount: { zh: '已选{n}项', en: '{n} selected' },
  noMatch: { zh: '没有匹配的城市或区县', en: 'No matching city or district' },
  showDistricts: { zh: '{city}的{n}个区县', en: '{n} districts of {city}' },
  includedByCity: { zh: '已随所属城市选中', en: 'Included with its city' },
  metric: { zh: '指标', en: 'Metric' },
  measure: { zh: '计量', en: 'Measure' },
  measureNote: {
    zh: '人次与人数是两种计量，不相加。',
    en: 'Person-times and people are two measures and are never added together.',
  },
  level: { zh: '层级', en: 'Level' },
  category: { zh: '活动类别', en: 'Activity type' },
  allCategories: { zh: '未选择时包括全部类别', en: 'None ticked: all types' },
  date: { zh: '报道日期', en: 'Report date' },
  dateFrom: { zh: '起', en: 'From' },
  dateTo: { zh: '止', en: 'To' },
  anyDate: { zh: '不限', en: 'Any' },
  dateNote: {
    zh: '设定日期后，未注明日期的{n}篇报道不计入。',
    en: 'With a date set, the {n} reports without a date are left out.',
  },
  dateNoteIncluded: {
    zh: '设定日期后，未注明日期的{n}篇报道仍计入。',
    en: 'With a date set, the {n} reports without a date are still counted.',
  },
  includeUndated: { zh: '含未注明日期的报道', en: 'Include undated reports' },
  endBeforeStart: {
    zh: '结束日期不能早于开始日期，已保留原来的选择。',
    en: 'The end date cannot be before the start date; the previous choice is kept.',
  },
  startAfterEnd: {
    zh: '开始日期不能晚于结束日期，已保留原来的选择。',
    en: 'The start date cannot be after the end date; the previous choice is kept.',
  },
  noDates: { zh: '数据中的报道均未注明日期。', en: 'No report in the data states a date.' },
} satisfies Record<string, Bilingual>;
