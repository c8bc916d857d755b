import { chineseNumeralValue } from '../numbers/chinese-numeral';
import { CHINESE_DATE, FULL_DATE as DATE, bylineName, linesAboveBody, splitLines } from './page-lines';

/** A date the page labels as its publication date (发布日期:2021-10-22). */
const LABELLED = new RegExp(String.raw`(?:发布|发表|发稿|更新)(?:日期|时间)\s*[:：]?\s*${DATE}`, 'g');
/** A date-time stamp (2021-06-07 15:21:04), as news pages print above or below the article. */
const STAMP = new RegExp(String.raw`${DATE}\s*\d{1,2}:\d{2}`, 'g');
/** A date on the same line as the source byline (2021年6月7日 来源:长江日报, 来源:苏州日报 2022-07-08). */
const BYLINE = new RegExp(
  String.raw`${DATE}[^\n]{0,20}?(?:来源|稿源)\s*[:：]|(?:来源|稿源)\s*[:：][^\n\d]{1,30}?${DATE}`,
  'g',
);

/** Arabic or Chinese digits (2021, 二〇二一, 二十三); NaN where neither. */
const numberOf = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseNumeralValue(s, 0, s.length));

const DATELINE = new RegExp(String.raw`${DATE}|${CHINESE_DATE}`);

function toIso(m: RegExpMatchArray): string | null {
  // BYLINE and DATELINE have the date's groups in one of two places.
  const [year, month, day] = (m[4] === undefined ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]).map((g) =>
    numberOf(g ?? ''),
  ) as [number, number, number];
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * The report's publication date where the text states one with its year, as YYYY-MM-DD; null otherwise
 * (4月8日 alone never gets a year). A bare date line such as "2023年03月29日 星期三" is the date the
 * page was printed or viewed, not published, so only labelled dates, time stamps and byline dates count.
 */
export function findPublishedAt(text: string): string | null {
  for (const pattern of [LABELLED, BYLINE]) {
    for (const m of text.matchAll(pattern)) {
      const iso = toIso(m);
      if (iso) return iso;
    }
  }
  // An unlabelled dateline above the body gives its outlet beside the date (内蒙古日报 2021-09-14).
  for (const line of linesAboveBody(splitLines(text)).above) {
    const m = bylineName(line.text) ? DATELINE.exec(line.text) : null;
    const iso = m ? toIso(m) : null;
    if (iso) return iso;
  }
  for (const m of text.matchAll(STAMP)) {
    const iso = toIso(m);
    if (iso) return iso;
  }
  return null;
}
