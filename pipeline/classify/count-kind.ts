import { lastMatchIndex } from './last-match';
import { NOT_EVENT_WORDS, type NotEventWord } from '../lexicon/not-events';
import { SELF_EXAMINATION_VERBS } from '../lexicon/self-examination';

function lastUse(before: string, entry: NotEventWord): number {
  for (let i = before.lastIndexOf(entry.word); i >= 0; i = before.lastIndexOf(entry.word, i - 1)) {
    const next = before.slice(i + entry.word.length);
    if (!entry.notBefore?.some((w) => next.startsWith(w))) return i;
    if (i === 0) break;
  }
  return -1;
}

/**
 * The kind of a count in event units that is not events held (开展谈心谈话5.2万余次, 调研1600余次, 宣传2万余次),
 * or null: the last such word before the number decides, unless a gathering follows it (调研座谈会12场) or the unit
 * counts only gatherings.
 */
export function notEventKind(before: string, unit: string): NotEventWord['kind'] | null {
  let best: { at: number; entry: NotEventWord } | null = null;
  for (const entry of NOT_EVENT_WORDS) {
    const at = lastUse(before, entry);
    // Longer words first in the lexicon: 谈心谈话 wins over 谈话 at the same end.
    if (at >= 0 && (!best || at + entry.word.length > best.at + best.entry.word.length)) best = { at, entry };
  }
  if (!best) return null;
  const rest = before.slice(best.at + best.entry.word.length);
  if (best.entry.eventUnits.includes(unit)) return null;
  return best.entry.unlessFollowedBy.some((w) => rest.includes(w)) ? null : best.entry.kind;
}

const SELF_EXAMINATION = new RegExp(SELF_EXAMINATION_VERBS.join('|'), 'g');

/**
 * Where the last self-examination verb of the clause before the number ends, or -1: the end, because a
 * collecting verb may overlap it (对照检查找出: 查找 inside 检查找出).
 */
export function lastSelfExaminationEnd(before: string): number {
  const at = lastMatchIndex(SELF_EXAMINATION, before);
  if (at < 0) return -1;
  const verb = SELF_EXAMINATION_VERBS.find((v) => before.startsWith(v, at));
  return at + (verb?.length ?? 0);
}
