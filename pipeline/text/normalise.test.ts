import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { toSimplified } from './to-simplified';

/** Every analysis character must map back to a stored character at or after the previous one. */
function expectMonotonicMap(stored: string): void {
  const { text, toStored } = normalise(stored);
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const s = toStored(i);
    expect(s).toBeGreaterThan(last);
    expect(s).toBeLessThanOrEqual(stored.length);
    last = s;
  }
  expect(toStored(text.length)).toBe(stored.length);
}

describe('normalise', () => {
  it.each([
    ['舉辦全市黨史學習教育專題學習班6期', '举办全市党史学习教育专题学习班6期'],
    ['沿著習近平總書記指引的方向', '沿着习近平总书记指引的方向'],
    ['學(xué)習(xí)教育', '学习教育'],
    ['專題學（xué）習（xí）班', '专题学习班'],
    ['百姓宣講進基 層 活動', '百姓宣讲进基层活动'],
    ['开展宣讲 1145 场次', '开展宣讲1145场次'],
    ['共开展１１４５场次，覆盖２．６万人次！', '共开展1145场次,覆盖2.6万人次!'],
    ['2021-06-07 15:21:04来源', '2021-06-07 15:21:04来源'],
    ['要闻     |     城市远洋', '要闻 | 城市远洋'],
    ['Hello World', 'Hello World'],
    ['第一要?jiǎng)?wù),各基层', '第一要,各基层'],
    ['行动(app)上线', '行动(app)上线'],
    ['全市(含县区)开展', '全市(含县区)开展'],
    ['第一行\r\n第二行', '第一行\n第二行'],
    ['第一行\r第二行', '第一行\n第二行'],
    ['党史\u200b学习1\u200b000人', '党史学习1000人'],
    ['基\u00a0層&nbsp;活動', '基层活动'],
    ['要闻&nbsp;&nbsp;|&nbsp;城市', '要闻 | 城市'],
    ['AT&T 公司', 'AT&T 公司'],
  ])('%s → %s', (stored, expected) => {
    expect(normalise(stored).text).toBe(expected);
  });

  it('maps analysis offsets back to the stored text across removed pinyin and spaces', () => {
    const stored = '舉辦全市黨史學(xué)習(xí)教育專題學(xué)習(xí)班6期';
    const { text, toStored } = normalise(stored);
    const at = text.indexOf('6期');
    expect(stored.slice(toStored(at), toStored(at + 1) + 1)).toBe('6期');
    const study = text.indexOf('学习');
    expect(stored.slice(toStored(study), toStored(study + 1) + 1)).toBe('學(xué)習');
    expectMonotonicMap(stored);
  });

  it.each(['基 層 活動 近1.5萬人', '  原标题：蔡甸区\r\n  2021-06-07', '（xué）開頭', 'ＡＢＣ　１２３', ''])(
    'keeps a monotonic map for %j',
    (stored) => {
      expectMonotonicMap(stored);
    },
  );
});

describe('toSimplified', () => {
  it('never changes the length, even where a phrase conversion would', () => {
    const samples = ['參與人數1.3萬人次', '為什麼這麼多', '一目瞭然', '蒍', '二噁英與㗲', 'plain ascii', ''];
    for (const s of samples) expect(toSimplified(s)).toHaveLength(s.length);
  });

  it('leaves Simplified text untouched', () => {
    const s = '下一步将怎么搞？全市共收集问题2308个、已办结1902个。';
    expect(toSimplified(s)).toBe(s);
  });
});
