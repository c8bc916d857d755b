import { isParagraph } from '../metadata/page-lines';
import type { ExtractedFigure } from './extract-figures';
import { TOTAL_WORDS } from '../lexicon/totals';

/** What a figure needs for the restatement test, with where its sentence and line start in the analysed text. */
export interface Placed {
  figure: ExtractedFigure;
  sentence: number;
  /** The analysed (Simplified) text, and the quoted clause's bounds in it. */
  text: string;
  clauseStart: number;
  clauseEnd: number;
  /** Where the number starts in the analysed text. */
  position: number;
  /** The total this figure is a sub-count of (其中…), see sub-counts.ts. */
  partOf?: Placed;
}

/** A whole-region or running total (全市共开展…, 累计…, 市级8个督导组): what a report restates. */
const TOTAL = new RegExp(`[全本我][省市县区旗州盟镇乡]|${TOTAL_WORDS.join('|')}|总数|[省市县区]级`);

/**
 * Only a headline or a total is restated (并成立…8个综合指导督导组 … 市级8个综合指导督导组全覆盖…):
 * 城关镇开展宣讲30场。新城镇开展宣讲30场。 are two towns' counts that happen to be equal.
 */
// Computed only for the rare figures that share a count: most figures of a report share none.
const clauseOf = (p: Placed) => p.text.slice(p.clauseStart, p.clauseEnd);

function lineOf(p: Placed): string {
  const end = p.text.indexOf('\n', p.position);
  return p.text.slice(p.text.lastIndexOf('\n', p.position) + 1, end < 0 ? p.text.length : end);
}

const mayRestate = (a: Placed, b: Placed) =>
  !isParagraph(lineOf(a)) || !isParagraph(lineOf(b)) || TOTAL.test(clauseOf(a)) || TOTAL.test(clauseOf(b));

const countKey = (f: ExtractedFigure) => `${f.metric}|${f.value}|${f.qualifier}|${f.unit}|${f.status}`;

const sameActivity = (a: string, b: string) =>
  a === b || (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a)));

/**
 * A body paragraph says more than a headline (盐城:党史宣讲3.6万场 覆盖群众超300万人次); in the body the first
 * statement is where the report introduces the count, later ones refer back to it (the seed gold marks those
 * optional).
 */
function moreSpecific(a: Placed, b: Placed): boolean {
  const pa = isParagraph(lineOf(a));
  const pb = isParagraph(lineOf(b));
  return pa !== pb ? pa : a.figure.start < b.figure.start;
}

/**
 * Drops figures that restate another of the same report: the title and the lead and the body often give the
 * same total (全市共开展党史宣讲3.6万场 … 宣讲队伍共开展党史宣讲3.6万场), and the dashboard sums figures per
 * region, so keeping both would count it twice. A restatement has the same metric, value, qualifier, unit and
 * status, an activity equal to or containing the other's, stands in another sentence (within one sentence the
 * same count twice is two things), and one is a headline or a total. Of each group the most specific statement is kept. Text order is kept.
 */
export function withoutRestatements(placed: readonly Placed[]): ExtractedFigure[] {
  const groups = new Map<string, Placed[]>();
  const kept = new Set<Placed>();
  const keptFor = new Map<Placed, Placed>();
  for (const p of placed) {
    const key = countKey(p.figure);
    const group = groups.get(key) ?? [];
    groups.set(key, group);
    const i = group.findIndex(
      (k) => k.sentence !== p.sentence && sameActivity(k.figure.activity, p.figure.activity) && mayRestate(k, p),
    );
    if (i < 0) {
      group.push(p);
      kept.add(p);
    } else if (moreSpecific(p, group[i]!)) {
      kept.delete(group[i]!);
      keptFor.set(group[i]!, p);
      group[i] = p;
      kept.add(p);
    } else {
      keptFor.set(p, group[i]!);
    }
  }
  const representative = (p: Placed): Placed => {
    let r = p;
    for (let next = keptFor.get(r); next; next = keptFor.get(r)) r = next;
    return r;
  };
  return placed
    .filter((p) => kept.has(p))
    .map((p) => {
      // A part of a total stated twice is part of the statement kept.
      const total = p.partOf && representative(p.partOf);
      if (!total) return p.figure;
      const { start, end, metric } = total.figure;
      return { ...p.figure, partOfSpan: { start, end, metric } };
    });
}
