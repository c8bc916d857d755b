import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise';
import { divisionByCode } from '../regions/divisions';
import { findPublishedAt } from './published-at';
import { findPublisher } from './publisher';
import { findReportingUnit } from './reporting-unit';
import { findTitle } from './title';

const n = (s: string) => normalise(s).text;

describe('findPublishedAt', () => {
  it('takes a labelled publication date, not the page print date above it', () => {
    expect(findPublishedAt(n('2023年03月29日 星期三\n\n標題\n\n發布日期:2021-10-22\n正文'))).toBe('2021-10-22');
  });

  it('takes a date-time stamp and a date on the byline', () => {
    expect(findPublishedAt(n('标题\n2021-06-07 15:21:04来源:长江日报\n正文'))).toBe('2021-06-07');
    expect(findPublishedAt(n('标题\n2021年6月7日 来源:长江日报\n正文'))).toBe('2021-06-07');
  });

  it('never invents a year, and ignores print dates and impossible dates', () => {
    expect(findPublishedAt(n('5月7日上午,市党史学习教育巡回指导组进驻。'))).toBeNull();
    expect(findPublishedAt(n('2023年03月29日 星期三\n标题\n正文'))).toBeNull();
    expect(findPublishedAt(n('发布时间:2021-02-30'))).toBeNull();
  });
});

describe('findPublisher', () => {
  it('reads the byline source up to the next field', () => {
    expect(findPublisher(n('2021-06-07 15:21:04来源:长江日报编辑:李燕责编:李玥'))).toBe('长江日报');
    expect(findPublisher(n('正文。\n来源：中国西藏新闻网\n本文为澎湃号作者上传'))).toBe('中国西藏新闻网');
  });

  it('ignores sources quoted in a copyright notice', () => {
    expect(findPublisher(n('凡本网注明“来源:国际在线”的所有信息内容,未经书面授权'))).toBeNull();
  });
});

describe('findTitle', () => {
  const title = (s: string) => findTitle(s, normalise(s));

  it('skips navigation bars, page numbers and print dates', () => {
    expect(title('要闻 | 城市远洋 | 老外在湖北 | 视频\n武汉蔡甸区:推动党史学习教育走深走实\n正文……。')).toBe(
      '武汉蔡甸区:推动党史学习教育走深走实',
    );
    expect(title('- +1\n拉萨市党史学习教育:学党史砺初心\n正文。')).toBe('拉萨市党史学习教育:学党史砺初心');
    expect(title('2023年03月29日 星期三\n\n學(xué)史力行 砥礪奮進\n')).toBe('學(xué)史力行 砥礪奮進');
  });

  it('drops trailing separator bars', () => {
    expect(title('抓学习,创特色!市文广旅游局扎实推进党史学习教育工作 | ||||||\n|\n正文。')).toBe(
      '抓学习,创特色!市文广旅游局扎实推进党史学习教育工作',
    );
  });

  it('is null when the text starts with a paragraph', () => {
    expect(title('4月8日下午,广安市广安区召开党史学习教育推进会,深入学习贯彻讲话精神。\n会上……')).toBeNull();
  });
});

describe('findReportingUnit', () => {
  const shaoxing = divisionByCode('330600')!;
  const text = '绍兴市文化广电旅游局会议在绍兴市文化广电旅游局会议室召开。市文广旅游局组织学习。';

  it('expands the bureau the title abbreviates to its full name in the text', () => {
    expect(findReportingUnit('抓学习,创特色!市文广旅游局扎实推进党史学习教育工作', text, shaoxing)).toBe(
      '绍兴市文化广电旅游局',
    );
  });

  it('is null where the title is about the region itself, or the text never gives a full name', () => {
    expect(findReportingUnit('绍兴市党史学习教育:学党史砺初心', text, shaoxing)).toBeNull();
    expect(findReportingUnit('市卫健委扎实推进党史学习教育', text, shaoxing)).toBeNull();
  });
});
