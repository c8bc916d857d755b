/**
 * A word of a lexicon with its exceptions as data rather than inside a pattern: `notBefore` lists what, right
 * after the word, makes it part of another (发布会 is a meeting, 整改措施 a plan); `atClauseEnd` makes it count
 * only right before the number (已整改23个, not 已整改的问题).
 */
export interface LexiconWord {
  readonly word: string;
  readonly notBefore?: readonly string[];
  readonly atClauseEnd?: true;
}

/** A RegExp alternation of lexicon words in their order, each with its exceptions. */
export function wordsPattern(words: readonly LexiconWord[]): string {
  return words
    .map((w) => `${w.word}${w.notBefore?.length ? `(?!${w.notBefore.join('|')})` : ''}${w.atClauseEnd ? '$' : ''}`)
    .join('|');
}
