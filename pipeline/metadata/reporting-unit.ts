import type { Division } from '../regions/divisions';

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

/**
 * The department a report is by or about where the title names one (市文广旅游局) and the text gives its
 * full name under the region (绍兴市文化广电旅游局). Null where the title's subject is the region itself.
 */
export function findReportingUnit(title: string | null, text: string, region: Division): string | null {
  if (!title) return null;
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
