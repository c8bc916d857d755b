/**
 * Counts in event units (次, 场) that are not events organised for a group (../shared/spec/figures.md): one-on-one
 * talks, officials' visits to households or firms, research trips, publicity items. Each word names the kind;
 * `unlessFollowedBy` lists the words that, between it and the number, make the count one of events after all
 * (普法宣传活动60余场 is events held; 宣传2万余次 is publicity items; 调研座谈会 is a meeting).
 */
export interface NotEventWord {
  readonly word: string;
  readonly kind: 'talk' | 'visit' | 'research' | 'publicity';
  readonly unlessFollowedBy: readonly string[];
  /**
   * Units that count only gatherings, so that the count is of events after all (消防宣传进学校2,100场次 counts
   * sessions held in schools; 宣传2万余次 counts items).
   */
  readonly eventUnits: readonly string[];
  /** Characters right after the word that make it part of another noun (宣传部 is a department). */
  readonly notBefore?: readonly string[];
}

/** Units that name only gatherings: 场 and 场次 are never an item, a talk or a trip. */
const GATHERING_UNITS = ['场', '场次', '期', '堂'];

/** Words that name a gathering: after a not-event word they make its count one of events again. */
const GATHERINGS = [
  '活动',
  '会',
  '座谈',
  '讲座',
  '党课',
  '宣讲',
  '报告',
  '培训',
  '班',
  '展',
  '演出',
  '放映',
  '竞赛',
  '学习',
  '研讨',
  '参观',
  '党日',
];

export const NOT_EVENT_WORDS: readonly NotEventWord[] = [
  { word: '谈心谈话', kind: 'talk', unlessFollowedBy: [], eventUnits: [] },
  { word: '谈心', kind: 'talk', unlessFollowedBy: [], eventUnits: [] },
  { word: '谈话', kind: 'talk', unlessFollowedBy: ['会'], eventUnits: GATHERING_UNITS },
  { word: '走访', kind: 'visit', unlessFollowedBy: GATHERINGS, eventUnits: GATHERING_UNITS },
  { word: '慰问', kind: 'visit', unlessFollowedBy: ['演出', '活动'], eventUnits: GATHERING_UNITS },
  { word: '看望', kind: 'visit', unlessFollowedBy: [], eventUnits: [] },
  { word: '家访', kind: 'visit', unlessFollowedBy: [], eventUnits: [] },
  { word: '入户', kind: 'visit', unlessFollowedBy: GATHERINGS, eventUnits: GATHERING_UNITS },
  { word: '调研', kind: 'research', unlessFollowedBy: GATHERINGS, eventUnits: GATHERING_UNITS },
  {
    word: '宣传',
    kind: 'publicity',
    unlessFollowedBy: GATHERINGS,
    eventUnits: GATHERING_UNITS,
    notBefore: ['部', '委员'],
  },
  { word: '报道', kind: 'publicity', unlessFollowedBy: ['会'], eventUnits: GATHERING_UNITS },
];
