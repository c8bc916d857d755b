/** Labels that end a publisher name on a byline: 来源:长江日报编辑:李燕. */
const NEXT_FIELD = /(编辑|责编|责任编辑|作者|记者|通讯员|时间|日期|发布|浏览|点击|字号|【|\[|\s{2,}|[|｜,，。;；])/;
const SOURCE = /(?:来源|稿源|来源于)\s*[:：]\s*([^\n]{2,60})/g;

/**
 * The outlet the text names as its source (来源:中国西藏新闻网). Takes the first 来源 that is a byline,
 * not one quoted in a copyright notice (凡本网注明“来源:国际在线”…).
 */
export function findPublisher(text: string): string | null {
  for (const m of text.matchAll(SOURCE)) {
    const before = text.charAt(m.index - 1);
    if ('“"「『\''.includes(before) && before !== '') continue;
    const cut = m[1]!.split(NEXT_FIELD)[0]!.trim();
    const name = cut.replace(/[”"」』)）]+$/, '').trim();
    if (name.length >= 2 && name.length <= 30 && !/xxx/i.test(name)) return name;
  }
  return null;
}
