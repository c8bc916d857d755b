import { bylineName, linesAboveBody, splitLines } from './page-lines';

/** Labels that end a publisher name on a byline: 来源:长江日报编辑:李燕. */
const NEXT_FIELD =
  /(\s*\d{4}\s*[-/.年]|编辑|责编|责任编辑|作者|记者|通讯员|时间|日期|发布(?=时间|日期|人|者|于|\s*[:：])|发表于|浏览|点击|阅读|字号|【|\[|\s{2,}|[|｜,，。;；])/;
const SOURCE = /(?:来源|稿源|来源于)\s*[:：]\s*([^\n]{2,60})/g;

/** A news dateline opening the first paragraph: 洛阳网讯 1月25日, 华龙网讯(通讯员 …). */
const DATELINE = /^\s*([\u4e00-\u9fffA-Za-z+]{2,12}?)讯(?!员)/;
/** A wire dateline: the agency, the place filed from and the date (新华社西宁6月1日电, 本报北京3月5日电). */
const WIRE = /^\s*([\u4e00-\u9fff]{2,6}?(?:社|网|报|台))[\u4e00-\u9fff]{2,8}?\d{1,2}月\d{1,2}日电/;
/**
 * Unlabelled, a name beside a date is an outlet only if it reads like one; an office on the dateline of
 * a notice (道里区委…办公室 2021年12月20日) is its issuer, not a publisher.
 */
const OUTLET = /(报|网|台|社|刊|客户端|新闻|\+|号|APP|融媒体中心|融媒|发布|传媒|在线|频道|杂志)$/i;
/** "This paper/site reports": names no outlet. */
const SELF = /^本(报|网|台|刊|站)$/;

function clean(raw: string): string | null {
  const name = raw
    .split(NEXT_FIELD)[0]!
    .trim()
    .replace(/[”"」』)）】\]]+$/, '')
    .trim()
    // (转载自 东南网): a reprint names its outlet after the verb.
    .replace(/^[(（]?\s*(?:转载自|转自|摘自|来自)\s*/, '')
    // 原创 夷陵发布 2021-12-27: WeChat marks its own articles so.
    .replace(/^原创\s*/, '');
  return name.length >= 2 && name.length <= 30 && !/xxx/i.test(name) ? name : null;
}

/**
 * The outlet the text names as its source: a 来源 byline (来源:中国西藏新闻网) but not one quoted in a
 * copyright notice (凡本网注明“来源:国际在线”…); else the name on an unlabelled dateline above the body
 * (内蒙古日报 2021-09-14); else a news or wire dateline opening the body (大理日报讯, 新华社西宁6月1日电).
 */
export function findPublisher(text: string): string | null {
  return labelledSource(text) ?? datelineSource(text);
}

function datelineSource(text: string): string | null {
  const { above, firstParagraph } = linesAboveBody(splitLines(text));
  for (const line of above) {
    const name = bylineName(line.text);
    const outlet = name ? clean(name) : null;
    if (outlet && OUTLET.test(outlet)) return outlet;
  }
  const m = firstParagraph ? (DATELINE.exec(firstParagraph.text) ?? WIRE.exec(firstParagraph.text)) : null;
  return m && !SELF.test(m[1]!) ? m[1]! : null;
}

function labelledSource(text: string): string | null {
  for (const m of text.matchAll(SOURCE)) {
    const before = text.charAt(m.index - 1);
    if ('“"「『\''.includes(before) && before !== '') continue;
    const name = clean(m[1]!);
    if (name) return name;
  }
  return null;
}
