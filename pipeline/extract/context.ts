/** Clause, sentence and quotation boundaries in normalised text, found by scanning outwards from a figure. */

/*
 * Emoji end a clause in WeChat scrapes (听众约8.5万人👏 三峡大坝旁…): pictographs (high surrogates D83C–D83E,
 * which no CJK extension uses), dingbats and miscellaneous symbols (✅ ✔ ☀).
 */
const EMOJI_RANGES: readonly (readonly [number, number])[] = [
  [0xd83c, 0xd83e],
  [0x2600, 0x27bf],
  [0x2b00, 0x2bff],
];

function codeTable(chars: string, emoji = false): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  if (emoji) for (const [from, to] of EMOJI_RANGES) table.fill(1, from, to + 1);
  return table;
}

/** What trails an emoji's first code unit: its low surrogate, a variation selector, a zero-width joiner. */
const isEmojiTail = (c: number) => (c >= 0xdc00 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d || c === 0x20;

/** Where a clause stops: the punctuation that separates clauses (and page-furniture bars). */
const CLAUSE_BREAK = codeTable(',;。!?:、\n|…—', true);
/** The same without the enumeration comma 、, for the longer clause a lone figure is quoted in. */
const PHRASE_BREAK = codeTable(',;。!?:\n|…—', true);
const SENTENCE_BREAK = codeTable('。!?;\n');
/** Punctuation that cannot occur inside a name or slogan. */
const PROSE_PUNCTUATION = codeTable(',;。!?\n');

const MAX_CLAUSE = 80;
const MAX_SENTENCE = 400;

const COLON = 0x3a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** 党员与群众3:1, 按1∶5配备: a colon between digits is a ratio inside the clause, not the end of one. */
const isRatio = (text: string, at: number) =>
  text.charCodeAt(at) === COLON && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1));

function scanBack(text: string, pos: number, breaks: Uint8Array): number {
  const limit = Math.max(0, pos - MAX_CLAUSE);
  let i = pos;
  while (i > limit && (breaks[text.charCodeAt(i - 1)] !== 1 || isRatio(text, i - 1))) i--;
  while (i < pos && isEmojiTail(text.charCodeAt(i))) i++;
  return i;
}

function scanForward(text: string, pos: number, breaks: Uint8Array): number {
  const limit = Math.min(text.length, pos + MAX_CLAUSE);
  let i = pos;
  while (i < limit && (breaks[text.charCodeAt(i)] !== 1 || isRatio(text, i))) i++;
  while (i > pos && text.charCodeAt(i - 1) === 0x20) i--;
  return i;
}

/**
 * 收集问题:2.1万个, 已办结:2.03万个: in a table flattened into text a label and a colon stand right before the
 * number, and the label is what the number counts, so such a colon does not end the clause.
 */
function throughLabel(text: string, pos: number, found: number, breaks: Uint8Array): number {
  return found === pos && found > 0 && text.charCodeAt(found - 1) === COLON ? scanBack(text, found - 1, breaks) : found;
}

/** Start of the clause around `pos`, bounded by any clause punctuation including 、. */
export function clauseStart(text: string, pos: number): number {
  return throughLabel(text, pos, scanBack(text, pos, CLAUSE_BREAK), CLAUSE_BREAK);
}

export function clauseEnd(text: string, pos: number): number {
  return scanForward(text, pos, CLAUSE_BREAK);
}

/**
 * Start of the clause around `pos` where 、 does not break it (组织2万名党员干部、农牧民群众参与…), or -1 when
 * no punctuation is near enough (a long enumeration), so the caller can fall back to the shorter clause.
 */
export function phraseStart(text: string, pos: number): number {
  const i = throughLabel(text, pos, scanBack(text, pos, PHRASE_BREAK), PHRASE_BREAK);
  return i > 0 && i <= pos - MAX_CLAUSE ? -1 : i;
}

/** End of the clause around `pos` where 、 does not break it, or -1 (see phraseStart). */
export function phraseEnd(text: string, pos: number): number {
  const i = scanForward(text, pos, PHRASE_BREAK);
  return i < text.length && i >= pos + MAX_CLAUSE ? -1 : i;
}

export function sentenceStart(text: string, pos: number): number {
  const limit = Math.max(0, pos - MAX_SENTENCE);
  let i = pos;
  while (i > limit && SENTENCE_BREAK[text.charCodeAt(i - 1)] !== 1) i--;
  return i;
}

function hasProseBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (PROSE_PUNCTUATION[text.charCodeAt(i)] === 1) return true;
  return false;
}

const OPENERS = '“《「『';
const CLOSERS = '”》」』';
const NAME_WINDOW = 24;
const TITLE_WINDOW = 40;

/**
 * True when [start, end) lies inside a book title 《…》 or a short quotation (“十个一”, “百人千场”) — names and
 * slogans, whose numbers count nothing. Long quotations with clause punctuation are reported speech and are
 * analysed like the rest of the text.
 */
export function insideName(text: string, start: number, end: number): boolean {
  const backLimit = Math.max(0, start - TITLE_WINDOW);
  let opener = -1;
  let kind = -1;
  for (let i = start - 1; i >= backLimit; i--) {
    const ch = text.charAt(i);
    if (CLOSERS.includes(ch) || SENTENCE_BREAK[text.charCodeAt(i)] === 1) break;
    const k = OPENERS.indexOf(ch);
    if (k >= 0) {
      opener = i;
      kind = k;
      break;
    }
    if (ch === '"') {
      opener = i;
      kind = 4;
      break;
    }
  }
  if (opener < 0) return false;
  const closer = kind === 4 ? '"' : CLOSERS.charAt(kind);
  const isTitle = kind === 1;
  const window = isTitle ? TITLE_WINDOW : NAME_WINDOW;
  if (!isTitle && (start - opener > NAME_WINDOW || hasProseBetween(text, opener, start))) return false;
  const fwdLimit = Math.min(text.length, opener + window + 1);
  for (let i = end; i < fwdLimit; i++) {
    const ch = text.charAt(i);
    if (ch === closer) return true;
    if (!isTitle && PROSE_PUNCTUATION[text.charCodeAt(i)] === 1) return false;
  }
  return false;
}
