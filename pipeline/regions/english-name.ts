import { pinyin } from 'pinyin-pro';

/**
 * The 55 minority nationalities (GB 3304) plus 各族, to strip from the names of autonomous divisions
 * (延边朝鲜族自治州 → Yanbian). Typed here because no installed package lists them.
 */
const ETHNIC_NAMES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'.split(
    ' ',
  );

/** English names in wide use that pinyin does not give (or gives ambiguously: 陕西 and 山西 are both "Shanxi"). */
const CONVENTIONAL: Record<string, string> = {
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  陕西: 'Shaanxi',
  拉萨: 'Lhasa',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  香港: 'Hong Kong',
  澳门: 'Macao',
  台湾: 'Taiwan',
};

/** Longest suffix first, so 自治县 wins over 县. */
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['特别行政区', ' SAR'],
  ['自治区', ''],
  ['自治州', ' Autonomous Prefecture'],
  ['自治县', ' Autonomous County'],
  ['自治旗', ' Autonomous Banner'],
  ['新区', ' New Area'],
  ['林区', ' Forestry District'],
  ['特区', ' Special District'],
  ['地区', ' Prefecture'],
  ['省', ''],
  ['市', ''],
  ['区', ' District'],
  ['县', ' County'],
  ['旗', ' Banner'],
  ['盟', ' League'],
];

/** Removes trailing nationality names (阿坝藏族羌族 → 阿坝) while at least two characters remain. */
function stripEthnic(core: string): string {
  let rest = core;
  for (;;) {
    const token = ETHNIC_NAMES.flatMap((n) => (n.length >= 2 ? [`${n}族`, n] : [`${n}族`])).find(
      (t) => rest.endsWith(t) && rest.length - t.length >= 2,
    );
    if (!token) return rest;
    rest = rest.slice(0, -token.length);
  }
}

/** Splits an official name into its proper part and its administrative suffix: 蔡甸区 → [蔡甸, 区]. */
export function splitSuffix(name: string): { core: string; suffix: string } {
  for (const [suffix] of SUFFIXES) {
    if (name.endsWith(suffix) && name.length > suffix.length) {
      const core = name.slice(0, -suffix.length);
      return { core: suffix.startsWith('自治') ? stripEthnic(core) : core, suffix };
    }
  }
  return { core: name, suffix: '' };
}

/** Hanyu Pinyin without tones, one word, with the apostrophe before a/o/e syllables (Guang'an, Xi'an). */
function romanise(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** English name of a division: "Caidian District", "Wuhan", "Hubei", "Yanbian Autonomous Prefecture". */
export function englishName(name: string): string {
  const { core, suffix } = splitSuffix(name);
  const english = SUFFIXES.find(([s]) => s === suffix)?.[1] ?? '';
  // A one-character core (城区, 矿区) reads better romanised whole than as "Cheng District".
  const base = core.length < 2 ? name : core;
  const romanised = CONVENTIONAL[base] ?? romanise(base);
  return core.length < 2 ? romanised : `${romanised}${english}`;
}
