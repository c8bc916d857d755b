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
  noDates: { zh: '数据中的报道均未注明日期。', en: 'No report in the data states a date.' },
} satisfies Record<string, Bilingual>;
