import { describe, expect, it } from 'vitest';
import { normalise } from '../text/normalise';
import { detectRegion } from './detect-region';
import { divisionByCode, toRegion } from './divisions';
import { englishName } from './english-name';

const detect = (text: string) => detectRegion(normalise(text).text)?.code ?? null;

describe('detectRegion', () => {
  it('resolves a name shared by several districts through the city the text names', () => {
    expect(detect('兰州市城关区召开党史学习教育推进会。\n城关区各级党组织开展集中学习,全区共开展宣讲200场次。')).toBe(
      '620102',
    );
    expect(detect('拉萨市城关区召开党史学习教育推进会。\n城关区各级党组织开展集中学习,全区共开展宣讲200场次。')).toBe(
      '540102',
    );
  });

  it('does not guess between same-named districts when nothing places them', () => {
    expect(detect('城关区召开党史学习教育推进会。\n城关区各级党组织开展集中学习。')).toBeNull();
  });

  it('names a municipality district, and the municipality itself as a city', () => {
    expect(detect('北京市朝阳区扎实推进党史学习教育\n朝阳区委理论学习中心组开展专题学习,全区党员参加。')).toBe(
      '110105',
    );
    expect(detect('重庆市扎实推进党史学习教育\n全市各级党组织开展专题学习,重庆各区县迅速行动。')).toBe('500100');
  });

  it('stays at the province for a provincial report that mentions a city in passing', () => {
    expect(
      detect('湖北省党史学习教育工作综述\n全省各级党组织开展学习。湖北省委要求,全省上下……武汉市作交流发言。'),
    ).toBe('420000');
  });

  it('does not take a provincial outlet in the byline for the region reported on', () => {
    expect(
      detect(
        '郑大一附院：党史学习教育同频共振\n河南日报客户端　记者 王平\n　　党史学习教育开展以来，郑州大学第一附属医院党委开展集体学习14次。',
      ),
    ).toBe('410100');
    expect(detect('河南省党史学习教育综述\n河南日报　2021-07-01\n　　全省各级党组织开展学习，郑州市作交流发言。')).toBe(
      '410000',
    );
  });

  it('prefers the city when it is the subject and a district is only mentioned', () => {
    expect(
      detect('武汉市党史学习教育综述\n全市开展宣讲。武汉市委要求全市各级……蔡甸区作交流发言。全市共开展学习。'),
    ).toBe('420100');
  });

  it('goes down to the district the report is about, named by a short city form (武汉蔡甸区)', () => {
    expect(detect('武汉蔡甸区:推动党史学习教育走深走实\n蔡甸区开展宣讲,全区党员参加。蔡甸区委要求……')).toBe('420114');
  });

  it('reads Traditional text through the normaliser', () => {
    expect(detect('濟南市扎實開展黨史學習教育綜述\n我市堅持將黨史學習教育作為大事。濟南認真貫徹。')).toBe('370100');
  });

  it('does not take ordinary words for county names (惠民, 资源, 东方, 平安)', () => {
    expect(detect('坚持惠民利民,整合资源,东方红,平安建设,开展党史学习教育。')).toBeNull();
  });
});

describe('regions', () => {
  it('gives a district its parent city and province with English names', () => {
    expect(toRegion(divisionByCode('420114')!)).toEqual({
      code: '420114',
      name: '蔡甸区',
      nameEn: 'Caidian District',
      level: 'district',
      city: '武汉市',
      cityEn: 'Wuhan',
      cityCode: '420100',
      province: '湖北省',
      provinceEn: 'Hubei',
      provinceCode: '420000',
    });
  });

  it('maps municipality districts to the municipality (not 市辖区)', () => {
    const chaoyang = divisionByCode('110105')!;
    expect([chaoyang.cityName, chaoyang.cityCode]).toEqual(['北京市', '110100']);
  });

  it('treats a county-level city under a province as its own city (济源市)', () => {
    const jiyuan = divisionByCode('419001')!;
    expect([jiyuan.level, jiyuan.cityCode, jiyuan.provinceName]).toEqual(['city', '419001', '河南省']);
  });

  it.each([
    ['西藏自治区', 'Tibet'],
    ['广西壮族自治区', 'Guangxi'],
    ['陕西省', 'Shaanxi'],
    ['山西省', 'Shanxi'],
    ['广安区', "Guang'an District"],
    ['延边朝鲜族自治州', 'Yanbian Autonomous Prefecture'],
    ['彭水苗族土家族自治县', 'Pengshui Autonomous County'],
    ['正镶白旗', 'Zhengxiangbai Banner'],
    ['浦东新区', 'Pudong New Area'],
  ])('names %s in English as %s', (name, english) => {
    expect(englishName(name)).toBe(english);
  });
});

describe('detectRegion for county-level cities', () => {
  it('names a county-level city whose report calls itself 全市', () => {
    const text = [
      '都江堰市扎实推进党史学习教育',
      '理论学习中心组开展专题学习。全市各级党组织迅速行动,全市党员干部积极参与,全市机关率先垂范。',
      '成都市委督导组给予肯定。全市共开展宣讲,全市群众广泛参与,全市上下形成热潮。成都市委要求持续推进。全市……',
    ].join('\n');
    expect(detect(text)).toBe('510181');
  });
});

describe('detectRegion for leagues and autonomous prefectures', () => {
  it('reads the conventional abbreviation of a league or prefecture (锡盟, 巴州)', () => {
    expect(detect('锡盟:党史学习教育走深走实\n今年以来,锡盟各旗县市(区)开展宣讲2100场,全盟各级党组织积极行动。')).toBe(
      '152500',
    );
    expect(detect('博州:红色宣讲进牧区\n博州各县市开展宣讲。全州各族群众踊跃参与。')).toBe('652700');
  });

  it('places an ambiguous short name by a place named inside it (巴州 with 库尔勒市 is not 巴中的巴州区)', () => {
    const text = '巴州党史学习教育成效显著\n巴州各县市开展宣讲3000场。全州各族群众踊跃参与。库尔勒市开展宣讲800场。';
    expect(detect(text)).toBe('652800');
    expect(detect('巴州区党史学习教育\n巴中市巴州区开展宣讲,全区党员参加。巴州区委要求……')).toBe('511902');
  });

  it('counts 全州 as the prefecture speaking of itself, not of a county it names', () => {
    const text = [
      '伊犁州党史学习教育扎实推进',
      '伊犁哈萨克自治州坚持“州直示范、县市跟进”。全州各级党组织开展专题学习,全州党员干部参与。',
      '伊宁市开展宣讲。伊宁市委宣讲团深入基层。全州共开展宣讲1.8万场,全州群众广泛参与。',
    ].join('\n');
    expect(detect(text)).toBe('654000');
  });

  it('reads a city written right before its district as naming the district (西宁市城东区人民法院)', () => {
    const text =
      '西宁市城东区人民法院：党史学习教育推动司法为民\n青海法院网　2021-11-22\n　　西宁市城东区人民法院将党史学习教育成果转化为司法为民的具体行动。院党组开展专题学习12次。';
    expect(detect(text)).toBe('630102');
  });

  it('does not take a company named after a province for the province (新疆油田公司 in 克拉玛依)', () => {
    const text =
      '新疆油田公司：党史学习教育扎根一线\n克拉玛依日报讯 今年以来，中国石油新疆油田公司党委开展集中学习。\n　　公司在克拉玛依一号井建成现场教学点8处。';
    expect(detect(text)).toBe('650200');
  });

  it('reads no place inside an organisation named after a town (北海 in 拱北海关, of 珠海)', () => {
    const text =
      '拱北海关：党史学习教育与口岸监管深度融合\n　　地处珠海的拱北海关开展专题学习14次。拱北海关“口岸党史讲堂”开讲48期。\n　　拱北海关编印关史读本5000册。';
    expect(detect(text)).toBe('440400');
  });

  it('reads no place in a road named after another city, and places a street by its county (玉林北路, 玉林街道)', () => {
    const text =
      '玉林北路社区：小院党课讲出大道理\n武侯发布　2021年8月16日\n　　8月12日晚，成都市武侯区玉林街道玉林北路社区的“小院党课”又开讲了。\n　　社区党委开设“小院党课”，已开课58次。玉林街道各社区参与。';
    expect(detect(text)).toBe('510107');
  });

  it("places a post that names no division, only its street, in that street's county (猎德街道 → 天河区)", () => {
    const text = '猎德社区：干货来啦\n原创 猎德街道 天河猎德 2021-07-03\n【学党史】\n社区党委开展专题学习24次。';
    expect(detect(text)).toBe('440106');
  });

  it('places a school named after a municipality in the district the text names (北京市第八十中学, 朝阳区)', () => {
    const text =
      '北京市第八十中学：让党史教育“活”起来\n朝阳教育　2021年6月25日\n　　北京市第八十中学是朝阳区的一所老校。学校党委开展专题学习18次。';
    expect(detect(text)).toBe('110105');
    expect(detect('北京市:党史学习教育成效显著\n　　北京市各级党组织开展专题学习。朝阳区开展宣讲12场。')).toBe(
      '110100',
    );
  });

  it('reads no county from a town name that several counties share, nor from streets of two counties', () => {
    expect(detect('城关镇:学党史办实事\n　　城关镇开展宣讲20场。')).toBeNull();
    expect(detect('猎德街道与玉林街道结对共建\n　　两个街道开展联学12次。')).toBeNull();
  });

  it('reads no region from the places people travel to (赴井冈山、瑞金等地), only from where they are', () => {
    const trip = '组织党员师生赴井冈山、瑞金、方志敏纪念馆等地开展现场教学65批次。';
    expect(detect(`江西师范大学扎实推进党史学习教育\n学校党委开展专题学习14次,${trip}`)).toBe('360000');
    expect(detect(`南昌市青山湖区扎实推进党史学习教育\n全区开展专题学习14次,${trip}`)).toBe('360111');
    expect(detect('瑞金市扎实推进党史学习教育\n全市开展专题学习14次,接待各地党员干部1.2万人次。')).toBe('360781');
  });

  it('places Hong Kong, Macau and Taiwan as the divisions 810000, 820000 and 710000, with English names', () => {
    expect(detect('澳門特區政府舉辦國情教育講座\n澳門各界人士參加講座共12場,參與市民1,500人次。')).toBe('820000');
    expect(detect('香港各界舉辦慶祝活動\n香港多個團體合辦展覽,參觀市民逾3萬人次。')).toBe('810000');
    expect(detect('台湾同胞参访团来访\n台湾青年参加交流活动。')).toBe('710000');
    expect(toRegion(divisionByCode('820000')!)).toMatchObject({ level: 'province', nameEn: 'Macao SAR' });
    expect(divisionByCode('810000')?.name).toBe('香港特别行政区');
  });

  it('places a town of a county-level city in that city, not in the prefecture the text names more', () => {
    const town =
      '新塘镇扎实推进党史学习教育\n今年以来,全镇开展专题宣讲40场。广州市委宣讲团到新塘镇宣讲,广州市委组织部调研。';
    expect(detect(town)).toBe('440118');
    const county = '鳌江镇召开学史力行推进会\n温州市委宣讲团来镇宣讲3场,温州日报记者随行。';
    expect(detect(county)).toBe('330326');
    expect(detect('安海镇开展红色宣讲\n泉州网讯 全镇开展宣讲80场,泉州市委宣讲团到安海镇宣讲。')).toBe('350582');
    // A 市 report naming one of its towns in passing stays with the city.
    expect(detect('温州市扎实推进党史学习教育\n全市开展宣讲300场,其中鳌江镇举办宣讲20场。')).toBe('330300');
  });

  it('places a county named in Traditional characters as its Simplified name, variant forms included', () => {
    expect(detect('專訪濬縣縣委書記:以學促幹\n記者:全縣開展宣講多少場?\n答:全縣共開展宣講320場。')).toBe(
      detect('专访浚县县委书记:以学促干\n记者:全县开展宣讲多少场?\n答:全县共开展宣讲320场。'),
    );
    expect(detect('专访浚县县委书记:以学促干\n答:全县共开展宣讲320场。')).toBe('410621');
    expect(detect('衞輝市召開黨史學習教育推進會\n全市開展宣講150場。')).toBe('410781');
  });
});
