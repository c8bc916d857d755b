import type { Division } from '../regions/divisions';
import { TITLE_ORGANISATIONS } from '../lexicon/organisations';

const SUFFIX = '局|委员会|委|办公室|办|厅|中心|部';
/** A department named by its level alone, as titles do: 市文广旅游局. */
const ABBREVIATED = new RegExp(String.raw`([省市区县])([\u4e00-\u9fff]{2,10}?)(${SUFFIX})`, 'g');

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Organisations a title can lead with, before its colon: 湘潭大学:…, 国网鄂尔多斯供电公司:… */
const ORGANISATION = new RegExp(`^([\u4e00-\u9fffA-Za-z()（）]{2,30}?(?:${TITLE_ORGANISATIONS.join('|')}))\\s*[:：]`);
/** A region's own Party committee or government speaks for the whole region: not a narrower unit. */
const REGION_ITSELF = /^(中共)?[\u4e00-\u9fff]{1,10}[省市区县州盟旗](委|人民政府|政府|委员会)$/;

/**
 * The organisation a report is by or about, where that is narrower than its region: one the title leads
 * with (湘潭大学:…), or a department the title abbreviates (市文广旅游局) whose full name under the region
 * the text gives (绍兴市文化广电旅游局). Null where the title's subject is the region itself.
 */
export function findReportingUnit(title: string | null, text: string, region: Division): string | null {
  if (!title) return null;
  const lead = ORGANISATION.exec(title.trim())?.[1];
  if (lead && !REGION_ITSELF.test(lead)) return lead;
  const owners: Record<string, string> = { 省: region.provinceName, 市: region.cityName };
  if (region.level === 'district') owners.区 = owners.县 = region.name;
  const counts = new Map<string, number>();
  for (const abbr of title.matchAll(ABBREVIATED)) {
    const owner = owners[abbr[1]!];
    const [core, suffix] = [abbr[2]!, abbr[3]!];
    if (!owner) continue;
    const full = new RegExp(String.raw`${escape(owner)}([\u4e00-\u9fff]{2,14}?)${escape(suffix)}`, 'g');
    for (const m of text.matchAll(full)) {
      if (isSubsequence(core, m[1]!)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return best?.[0] ?? null;
}
