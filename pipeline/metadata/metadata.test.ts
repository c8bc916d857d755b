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

  it('takes a bank branch the title leads with (农行赣州分行:…)', () => {
    const ganzhou = divisionByCode('360700')!;
    expect(findReportingUnit('农行赣州分行:党史学习教育与金融服务同频共振', '', ganzhou)).toBe('农行赣州分行');
  });

  it('takes a school, a 妇联 or a development zone the title leads with', () => {
    const beijing = divisionByCode('110105')!;
    expect(findReportingUnit('北京市第八十中学:让党史教育“活”起来', '', beijing)).toBe('北京市第八十中学');
    expect(findReportingUnit('休宁县妇联:巾帼宣讲进万家', '', divisionByCode('341022')!)).toBe('休宁县妇联');
    expect(findReportingUnit('成都高新区:党史学习教育赋能', '', divisionByCode('510100')!)).toBe('成都高新区');
  });

  it('is null where the title is about the region itself, or the text never gives a full name', () => {
    expect(findReportingUnit('绍兴市党史学习教育:学党史砺初心', text, shaoxing)).toBeNull();
    expect(findReportingUnit('市卫健委扎实推进党史学习教育', text, shaoxing)).toBeNull();
  });
});

describe('datelines without labels', () => {
  it('takes the outlet and date written beside each other above the body', () => {
    const text = n(
      '锡林郭勒盟:党史学习教育落地生根\n\n内蒙古日报　2021-09-14\n\n　　党史学习教育开展以来,全盟各级党组织……。',
    );
    expect(findPublisher(text)).toBe('内蒙古日报');
    expect(findPublishedAt(text)).toBe('2021-09-14');
  });

  it('does not take an issuing office for a publisher, but keeps its date', () => {
    const text = n(
      '某区党史学习教育情况通报\n\n某区委党史学习教育领导小组办公室　　2021年12月20日\n\n　　今年以来,各项工作有序推进。',
    );
    expect(findPublisher(text)).toBeNull();
    expect(findPublishedAt(text)).toBe('2021-12-20');
  });

  it('reads a news dateline opening the body (洛阳网讯), but not 本报讯 or 通讯员', () => {
    expect(findPublisher(n('洛阳市召开总结大会\n\n　　洛阳网讯 1月25日,洛阳市召开大会。'))).toBe('洛阳网');
    expect(findPublisher(n('某县召开总结大会\n\n　　本报讯 1月25日,某县召开大会。'))).toBeNull();
    expect(findPublisher(n('某县召开总结大会\n\n　　记者通讯员报道,某县召开大会。'))).toBeNull();
  });

  it('reads a dateline written in Chinese numerals (洛阳日报　二〇二一年九月二十三日)', () => {
    const text = n(
      '嵩县:党史宣讲\n\n洛阳日报　二〇二一年九月二十三日\n\n　　党史学习教育开展以来,嵩县开展宣讲一千二百余场。',
    );
    expect(findPublisher(text)).toBe('洛阳日报');
    expect(findPublishedAt(text)).toBe('2021-09-23');
    expect(findPublishedAt(n('某县\n\n某日报　二〇二一年二月三十日\n\n　　正文。'))).toBeNull();
  });

  it('reads a wire dateline (新华社西宁6月1日电) as the publisher, but not 本报…电, and gives it no year', () => {
    const text = n(
      '青海:党史学习教育走进牧区\n\n新华社西宁6月1日电(记者 张龙)记者从青海省获悉,全省开展宣讲2.3万场次。',
    );
    expect(findPublisher(text)).toBe('新华社');
    expect(findPublishedAt(text)).toBeNull();
    expect(findPublisher(n('某县\n\n本报北京3月5日电 全国开展宣讲。'))).toBeNull();
  });

  it('reads a title giving the date its figures run to (截至2021年12月31日) as a title, not a dateline', () => {
    const stored =
      '常德市党史学习教育主要数据（截至2021年12月31日）\n\n常德市委党史学习教育领导小组办公室　2022年1月5日\n\n　　现将全市主要数据汇总如下：\n\n　　开展集中学习：4.2万场次。';
    const text = n(stored);
    expect(findTitle(stored, normalise(stored))).toBe('常德市党史学习教育主要数据（截至2021年12月31日）');
    expect(findPublishedAt(text)).toBe('2022-01-05');
  });

  it('reads a date after the source on the same line', () => {
    expect(findPublishedAt(n('苏州推动党史学习教育\n\n来源:苏州日报　2022-07-08\n\n　　今年以来……。'))).toBe(
      '2022-07-08',
    );
    expect(findPublisher(n('苏州推动党史学习教育\n\n来源:苏州日报　2022-07-08\n\n　　今年以来……。'))).toBe('苏州日报');
  });
});

describe('titles below breadcrumbs and page tools', () => {
  it('skips 当前位置 breadcrumbs, font-size tools and app banners', () => {
    const s =
      '首页 | 新闻 | 政务公开 | 专题\n当前位置:首页 > 新闻中心 > 要闻\n【字体:大 中 小】 打印本页 关闭窗口\n南方+ 客户端  打开\n某区举办党史大讲堂\n正文。';
    expect(findTitle(s, normalise(s))).toBe('某区举办党史大讲堂');
  });
});

describe('reporting units a title leads with', () => {
  const xiangtan = divisionByCode('430300')!;
  it('takes an organisation before the title colon', () => {
    expect(findReportingUnit('湘潭大学:用好红色资源 上好党史课', '正文', xiangtan)).toBe('湘潭大学');
  });
  it('not the region, nor its own Party committee', () => {
    expect(findReportingUnit('湘潭市:用好红色资源', '正文', xiangtan)).toBeNull();
    expect(findReportingUnit('湘潭市委:用好红色资源', '正文', xiangtan)).toBeNull();
  });
});

describe('headers of scrapes, notices and old pages (6xx batch)', () => {
  const title = (s: string) => findTitle(s, normalise(s));

  it('skips a WeChat account name above the headline, and a 主办 line of the site owner', () => {
    expect(
      title(
        '神木发布\n2021-07-12 18:30 发表于陕西\n点击蓝字 关注我们\n🔥神木：党史学习教育火热开展！\n今年以来，神木市党史学习教育热潮迭起。全市开展学习。',
      ),
    ).toBe('🔥神木：党史学习教育火热开展！');
    expect(
      title('临泽县融媒体中心　主办\n临泽县：“五个一”活动推动党史学习教育\n　　本网讯 今年以来，临泽县开展学习。'),
    ).toBe('临泽县：“五个一”活动推动党史学习教育');
    expect(title('神木发布\n　　今年以来，神木市党史学习教育热潮迭起。')).toBe('神木发布');
  });

  it('takes the 关于…的通知 line of a notice, not the issuing office above it', () => {
    expect(
      title(
        '中共某区委党史学习教育领导小组办公室\n关于进一步推动党史学习教育走深走实的通知\n某党史学〔2021〕9号\n各镇街党委：\n　　现就有关事项通知如下。',
      ),
    ).toBe('关于进一步推动党史学习教育走深走实的通知');
  });

  it('closes up a headline spaced out character by character, but not a headline with a gap', () => {
    expect(title('保 定 市 党 史 学 习 教 育 工 作 综 述\n　　今年以来，全市开展学习。')).toBe(
      '保定市党史学习教育工作综述',
    );
    expect(title('盐城：党史宣讲3.6万场 覆盖群众超300万人次\n　　全市共开展党史宣讲。')).toBe(
      '盐城：党史宣讲3.6万场 覆盖群众超300万人次',
    );
  });

  it('reads a publisher up to a page counter, a closing bracket, and after 转载自', () => {
    expect(
      findPublisher(n('某支队开展学习\n来源：齐齐哈尔市消防救援支队　阅读：2856\n　　今年以来，支队开展学习。')),
    ).toBe('齐齐哈尔市消防救援支队');
    expect(
      findPublisher(n('某市综述\n【 发布日期：2021-09-30 】【 来源：保定日报 】【 字体：大 中 小 】\n　　今年以来。')),
    ).toBe('保定日报');
    expect(findPublisher(n('某区综述\n来源：（转载自 东南网）\n　　今年以来，全区开展学习。'))).toBe('东南网');
  });

  it('takes a customs house or a brigade a title leads with as the reporting unit', () => {
    const zhuhai = divisionByCode('440400')!;
    expect(findReportingUnit('拱北海关:党史学习教育与口岸监管深度融合', '正文', zhuhai)).toBe('拱北海关');
  });
});

describe('outlets of WeChat accounts and 融媒 sites on an unlabelled dateline', () => {
  it('takes a 发布 account beside its date, after 原创, and not 发布 of 发布时间', () => {
    expect(findPublisher(n('仁化县：流动课堂\n\n韶关发布　2021年5月20日\n\n　　今年以来，仁化县开展学习。'))).toBe(
      '韶关发布',
    );
    expect(
      findPublisher(n('夷陵区答卷\n\n原创 夷陵发布 2021-12-27 18:30 发表于湖北\n\n　　今年以来，夷陵区开展学习。')),
    ).toBe('夷陵发布');
    expect(findPublisher(n('某区综述\n来源：区融媒体中心　发布时间：2021-09-30\n　　今年以来。'))).toBe('区融媒体中心');
  });
});
